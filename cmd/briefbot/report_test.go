package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/open"
	"github.com/briefbot/briefbot/commands"
	"github.com/google/go-cmp/cmp"
)

func TestWordingKey(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"case, punctuation and stop words", "What did Yoon say about Dokdo?", "yoon dokdo", true},
		{"word order", "Dokdo — what did Yoon say?", "What did Yoon say about Dokdo?", true},
		{"stems", "relations between Japan and Korea", "/relations korea japan", true},
		{"possessive", "Japan's sanctions on Russia", "japan sanction russia", true},
		{"fillers", "please tell me about the IPEF", "IPEF?", true},
		{"stop words only keep their words", "why?", "Why", true},
		{"stop words only differ", "why?", "how come?", false},
		{"another actor", "What did Kishida say about Dokdo?", "What did Yoon say about Dokdo?", false},
		{"a word more", "yoon dokdo visit", "yoon dokdo", false},
	}
	for _, tt := range tests {
		ka, kb := wordingKey(tt.a), wordingKey(tt.b)
		if (ka == kb) != tt.same {
			t.Errorf("%s: wordingKey(%q) = %q, wordingKey(%q) = %q; want same %v", tt.name, tt.a, ka, tt.b, kb, tt.same)
		}
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 12, 1, 13, 0, 0, 0, time.UTC)
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{"7d", now.Add(-7 * 24 * time.Hour), false},
		{"2w", now.Add(-14 * 24 * time.Hour), false},
		{"36h", now.Add(-36 * time.Hour), false},
		{"90m", now.Add(-90 * time.Minute), false},
		{" 1d ", now.Add(-24 * time.Hour), false},
		{"2026-11-01", time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), false},
		{"", time.Time{}, true},
		{"d", time.Time{}, true},
		{"-3d", time.Time{}, true},
		{"0d", time.Time{}, true},
		{"7days", time.Time{}, true},
		{"99999999999999d", time.Time{}, true},
		{"2026-13-01", time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := parseSince(tt.in, now)
		if (err != nil) != tt.wantErr || !got.Equal(tt.want) {
			t.Errorf("parseSince(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestReport drives briefbot report against a SQLite file holding a test run's answers and
// votes: refused and voted-down questions grouped by wording, most asked first; the window,
// the limit, JSON; conversations as hashes, voters only when asked.
func TestReport(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	getenv := func(k string) string {
		if k == "BRIEFBOT_DATABASE_URL" {
			return path
		}
		return ""
	}
	cli := func(args ...string) (string, string, error) {
		t.Helper()
		var out, errOut bytes.Buffer
		err := runReport(ctx, args, getenv, &out, &errOut)
		return out.String(), errOut.String(), err
	}

	if _, stderr, err := cli(); !errors.Is(err, open.ErrNoDatabase) || !strings.Contains(stderr, "database: sqlite "+path) {
		t.Errorf("report without a database = %v (stderr %q); want ErrNoDatabase, naming the database", err, stderr)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("report created %s", path)
	}

	now := time.Now()
	const dm, thread = "slack/T1/D042", "slack/T1/C7/1700000000.000100"
	answer := func(id, conversation, question string, found bool, count int, ago time.Duration, facts ...string) store.Answer {
		return store.Answer{ID: id, Platform: store.PlatformSlack, Conversation: conversation, Command: "ask",
			Question: question, Found: found, FactIDs: facts, At: now.Add(-ago), Count: count}
	}
	st, err := open.Open(ctx, path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.RecordAnswers(ctx, []store.Answer{
		// One question, three wordings, two conversations and a one-shot: refused 6 times.
		answer("a1", dm, "What did Yoon say about Dokdo?", false, 3, time.Hour),
		answer("a2", thread, "dokdo - yoon?", false, 2, 2*time.Hour),
		answer("a3", "", "what did yoon say about dokdo", false, 1, 3*time.Hour),
		// Found, but voted down twice (and up once): on the list, after the most asked.
		answer("b1", dm, "relations between japan and korea", true, 2, time.Hour, "jp-kr-1", "jp-kr-2"),
		// Found and liked: never on the list.
		answer("c1", dm, "who is kishida?", true, 9, time.Hour, "kishida-1"),
		// Refused, but three weeks ago: outside the default window.
		answer("d1", thread, "what about the quad?", false, 5, 21*24*time.Hour),
	}); err != nil {
		t.Fatal(err)
	}
	for _, v := range []store.Vote{
		{AnswerID: "b1", User: "U1"}, {AnswerID: "b1", User: "U2"}, {AnswerID: "b1", User: "U3", Up: true},
		{AnswerID: "c1", User: "U1", Up: true},
	} {
		v.Platform, v.At = store.PlatformSlack, now.Add(-30*time.Minute)
		if err := st.Vote(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()

	out, _, err := cli()
	if err != nil {
		t.Fatalf("report = %v", err)
	}
	dmHash, threadHash := conversationHash(dm), conversationHash(thread)
	for _, want := range []string{
		"1. asked 6, refused 6, votes up 0 down 0",
		`"What did Yoon say about Dokdo?" ×3; "dokdo - yoon?" ×2; "what did yoon say about dokdo" ×1`,
		"conversations: " + dmHash + ", " + threadHash + ", 1 one-shot",
		"2. asked 2, refused 0, votes up 1 down 2",
		"facts shown:   jp-kr-1, jp-kr-2",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report output lacks %q:\n%s", want, out)
		}
	}
	for _, never := range []string{"kishida", "quad", dm, thread, "U1", "U2", "3."} {
		if strings.Contains(out, never) {
			t.Errorf("report output has %q:\n%s", never, out)
		}
	}

	out, _, err = cli("--who", "--since", "30d", "--limit", "2")
	if err != nil {
		t.Fatalf("report --who --since 30d --limit 2 = %v", err)
	}
	for _, want := range []string{"1. asked 6", "2. asked 5", "what about the quad?", "(1 more; --limit 0 lists all)"} {
		if !strings.Contains(out, want) {
			t.Errorf("report --since 30d --limit 2 lacks %q:\n%s", want, out)
		}
	}
	out, _, err = cli("--who", "--format", "json")
	if err != nil {
		t.Fatalf("report --who --format json = %v", err)
	}
	var got report
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("report --format json is not JSON: %v\n%s", err, out)
	}
	want := []reportGroup{
		{Key: "dokdo yoon", Asked: 6, Refused: 6, Commands: []string{"ask"},
			Wordings:      []wording{{"What did Yoon say about Dokdo?", 3}, {"dokdo - yoon?", 2}, {"what did yoon say about dokdo", 1}},
			Conversations: []string{dmHash, threadHash}, OneShot: 1},
		{Key: "japan korea relat", Asked: 2, Up: 1, Down: 2, Commands: []string{"ask"},
			Wordings: []wording{{"relations between japan and korea", 2}}, Facts: []string{"jp-kr-1", "jp-kr-2"},
			Conversations: []string{dmHash}, Voters: []string{"slack:U1", "slack:U2"}},
	}
	if diff := cmp.Diff(want, got.Groups, cmp.AllowUnexported(reportGroup{}),
		cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".LastAsked" || p.Last().String() == ".asked" }, cmp.Ignore())); diff != "" {
		t.Errorf("report --format json groups (-want +got):\n%s", diff)
	}
	if d := now.Add(-7 * 24 * time.Hour).Sub(got.Since); d < -time.Minute || d > time.Minute {
		t.Errorf("report since = %v; want about 7 days ago", got.Since)
	}

	out, _, err = cli("--since", "1m")
	if err != nil || !strings.Contains(out, "Nothing refused or voted down since") {
		t.Errorf("report --since 1m = %q, %v; want nothing", out, err)
	}

	for _, args := range [][]string{{"--since", "soon"}, {"--limit", "-1"}, {"--format", "yaml"}, {"extra"}} {
		var ue *usageError
		if _, _, err := cli(args...); !errors.As(err, &ue) {
			t.Errorf("report %v = %v; want a usage error", args, err)
		}
	}
	if out, _, err := cli("--help"); err != nil || !strings.Contains(out, "Usage: briefbot report") {
		t.Errorf("report --help = %q, %v; want the usage on stdout", out, err)
	}
}

// TestReportOfATestRun: the bot answers in a Slack DM, remembering into the store; a refused
// question and a voted-down answer are then on the report, and the good answer is not.
func TestReportOfATestRun(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	st, err := open.Open(ctx, path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := loadDispatcher()
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(nil, d, nil, nil)
	b.Remember(st, 0)
	ask := func(user, text string) commands.Reply {
		t.Helper()
		return b.Handle(ctx, commands.Request{Text: text, Platform: store.PlatformSlack, Workspace: "T1",
			Channel: "D042", User: user, Conversation: "D042"})
	}
	refusedQ := "What is the population of Peru?"
	if r := ask("U1", refusedQ); r.Found || r.AnswerID == "" {
		t.Fatalf("ask(%q) = found %v, answer id %q; want a refusal with an answer id", refusedQ, r.Found, r.AnswerID)
	}
	ask("U2", refusedQ)
	disliked := ask("U1", "/relations japan korea")
	liked := ask("U1", "/country japan")
	if !disliked.Found || !liked.Found {
		t.Fatalf("/relations japan korea found %v, /country japan found %v; want both found", disliked.Found, liked.Found)
	}
	for _, v := range []struct {
		user, id string
		up       bool
	}{{"U1", disliked.AnswerID, false}, {"U2", disliked.AnswerID, false}, {"U1", liked.AnswerID, true}} {
		if _, err := b.Vote(ctx, store.PlatformSlack, v.user, v.id, v.up); err != nil {
			t.Fatalf("Vote(%s, %s) = %v", v.user, v.id, err)
		}
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatalf("Flush() = %v", err)
	}
	st.Close()

	var out, errOut bytes.Buffer
	getenv := func(k string) string {
		if k == "BRIEFBOT_DATABASE_URL" {
			return path
		}
		return ""
	}
	if err := runReport(ctx, []string{"--format", "json"}, getenv, &out, &errOut); err != nil {
		t.Fatalf("report = %v (stderr %s)", err, errOut.String())
	}
	var got report
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, out.String())
	}
	if len(got.Groups) != 2 {
		t.Fatalf("report has %d groups; want the refused question and the voted-down answer:\n%s", len(got.Groups), out.String())
	}
	first, second := got.Groups[0], got.Groups[1]
	if first.Asked != 2 || first.Refused != 2 || first.Wordings[0].Text != refusedQ {
		t.Errorf("first group = %+v; want %q asked and refused twice", first, refusedQ)
	}
	if second.Asked != 1 || second.Refused != 0 || second.Down != 2 || len(second.Facts) == 0 ||
		!cmp.Equal(second.Commands, []string{"relations"}) {
		t.Errorf("second group = %+v; want /relations japan korea, found with facts, voted down twice", second)
	}
	for _, g := range got.Groups {
		if len(g.Conversations) != 1 || g.Conversations[0] != first.Conversations[0] || g.Voters != nil {
			t.Errorf("group %q: conversations %v, voters %v; want the one DM and no voters without --who", g.Key, g.Conversations, g.Voters)
		}
	}
	if strings.Contains(out.String(), "D042") {
		t.Errorf("report names the conversation:\n%s", out.String())
	}
}
