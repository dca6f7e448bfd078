package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/postgres"
	"github.com/briefbot/briefbot/bot/store/postgres/pgtest"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// TestReplicasShareAConversation is issue 13's promise for several replicas: two Bots, each
// with its own connection pool on one PostgreSQL database, take turns answering one Slack DM,
// and each understands the follow-up to what the other answered. Their answers and votes land
// in the one report.
func TestReplicasShareAConversation(t *testing.T) {
	ctx := context.Background()
	u := pgtest.Schema(t)
	facts, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	replicas := make([]*bot.Bot, 2)
	for i := range replicas {
		st, err := postgres.Open(ctx, u, nil, nil)
		if err != nil {
			t.Fatalf("replica %d: Open() = %v", i, err)
		}
		t.Cleanup(func() { st.Close() })
		replicas[i] = bot.New(nil, commands.NewDispatcher(nil, facts), nil, nil)
		replicas[i].Remember(st, 0)
	}
	ask := func(replica int, text string) commands.Reply {
		t.Helper()
		return replicas[replica].Handle(ctx, commands.Request{Text: text, Platform: store.PlatformSlack,
			Workspace: "T1", Channel: "D042", User: "U1", Conversation: "D042"})
	}

	first := ask(0, "/relations japan korea")
	if !first.Found || first.Turn == nil {
		t.Fatalf("replica 0: /relations japan korea = found %v, turn %v; want an answer to follow", first.Found, first.Turn)
	}
	china := ask(1, "and china?")
	if !china.Found || !strings.Contains(china.Title, "Japan") || !strings.Contains(china.Title, "China") {
		t.Errorf("replica 1: and china? = %q (found %v); want Japan and China's relations", china.Title, china.Found)
	}
	if !containsNote(china.Notes, "Read as /relations japan, china.") {
		t.Errorf("replica 1: and china? notes = %q; want it read as /relations japan, china", china.Notes)
	}
	why := ask(0, "why?")
	if !strings.HasPrefix(why.Title, "Why") {
		t.Errorf("replica 0: why? after replica 1's answer = %q; want a title starting Why", why.Title)
	}

	// Feedback from either replica reaches the one report.
	if _, err := replicas[1].Vote(ctx, store.PlatformSlack, "U1", china.AnswerID, false); err != nil {
		t.Fatalf("Vote() = %v", err)
	}
	for i, b := range replicas {
		if err := b.Flush(ctx); err != nil {
			t.Fatalf("replica %d: Flush() = %v", i, err)
		}
	}
	st, err := postgres.Open(ctx, u, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rep, err := st.Report(ctx, store.ReportFilter{})
	if err != nil {
		t.Fatalf("Report() = %v", err)
	}
	if len(rep) != 1 || rep[0].ID != china.AnswerID || rep[0].Question != "and china?" || rep[0].Down != 1 {
		t.Errorf("Report() = %+v; want replica 1's voted-down answer to and china?", rep)
	}
}

func containsNote(notes []string, want string) bool {
	for _, n := range notes {
		if strings.Contains(n, want) {
			return true
		}
	}
	return false
}
