package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/open"
)

// TestDigestOperatorCommands drives `briefbot digest list|pause|resume|unsubscribe` against a
// SQLite file: reading names the database and never creates one; changes reach any
// subscription by id or by channel.
func TestDigestOperatorCommands(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "digests.db")
	getenv := func(k string) string {
		if k == "BRIEFBOT_DATABASE_URL" {
			return path
		}
		return ""
	}
	cli := func(args ...string) (string, string, error) {
		var out, errOut bytes.Buffer
		err := runDigest(ctx, args, getenv, &out, &errOut)
		return out.String(), errOut.String(), err
	}

	if _, stderr, err := cli("list"); !errors.Is(err, open.ErrNoDatabase) || !strings.Contains(stderr, "database: sqlite "+path) {
		t.Errorf("list without a database = %v (stderr %q); want ErrNoDatabase, naming the database", err, stderr)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("list created %s", path)
	}

	st, err := open.Open(ctx, path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range []string{"C1", "C2", "C2"} {
		sched := "CRON_TZ=UTC 0 8 * * *"
		if _, err := st.CreateSubscription(ctx, store.Subscription{Platform: store.PlatformSlack, Workspace: "T1", Channel: ch,
			Schedule: sched, TimeZone: "UTC", CreatedBy: "U1", Filter: store.Filter{Topics: []string{ch}}}); err != nil {
			sched = "CRON_TZ=UTC 0 9 * * *"
			if _, err := st.CreateSubscription(ctx, store.Subscription{Platform: store.PlatformSlack, Workspace: "T1", Channel: ch,
				Schedule: sched, TimeZone: "UTC", CreatedBy: "U1"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	st.Close()

	steps := []struct {
		args    []string
		want    []string // in stdout
		wantErr bool
	}{
		{[]string{"list"}, []string{"#1 ", "#2 ", "#3 ", "every day at 08:00", "3 subscriptions"}, false},
		{[]string{"list", "--channel", "C2"}, []string{"#2 ", "#3 ", "2 subscriptions"}, false},
		{[]string{"pause", "1", "--reason", "channel archived"}, []string{"#1 paused"}, false},
		{[]string{"list", "--channel", "C1"}, []string{"paused: channel archived"}, false},
		{[]string{"resume", "#1"}, []string{"#1 resumed"}, false},
		{[]string{"unsubscribe", "--channel", "C2"}, []string{"#2 unsubscribed", "#3 unsubscribed"}, false},
		{[]string{"list"}, []string{"1 subscriptions"}, false},
		{[]string{"pause"}, nil, true},
		{[]string{"unsubscribe", "x"}, nil, true},
		{[]string{"unsubscribe", "2"}, nil, true}, // already gone
	}
	for _, s := range steps {
		out, _, err := cli(s.args...)
		if (err != nil) != s.wantErr {
			t.Errorf("digest %v = %v; want error %v", s.args, err, s.wantErr)
		}
		for _, w := range s.want {
			if !strings.Contains(out, w) {
				t.Errorf("digest %v printed %q; want %q", s.args, out, w)
			}
		}
	}
}
