package discord

import (
	"context"
	"io"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/store/open"
)

// digestBody is a /digest interaction by a member with the given permission bits.
func digestBody(perms, action string) string {
	return `{"id":"1100000000000000031","application_id":"1100000000000000002","type":2,` +
		`"token":"t","version":1,"channel_id":"1100000000000000003","guild_id":"1100000000000000004",` +
		`"member":{"user":{"id":"1100000000000000005"},"permissions":"` + perms + `"},` +
		`"data":{"id":"1100000000000000006","name":"digest","type":1,"options":[` +
		`{"name":"action","type":3,"value":"` + action + `"}]}}`
}

// TestDigestPermissions: a member without Manage Channels is refused (privately, saying why);
// one with it (or Administrator) subscribes the channel.
func TestDigestPermissions(t *testing.T) {
	pub, priv := testKey(t)
	d := dispatcher(t)
	st, err := open.Open(context.Background(), filepath.Join(t.TempDir(), "b.db"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d.Register(digest.NewCommands(st, d, nil, time.UTC, nil).Command())
	a := New(nil, bot.New(nil, d, nil, nil), d.Resolver(), Options{PublicKey: pub, Now: func() time.Time { return testNow }})
	tests := []struct {
		name, perms, action, want string
		ephemeral                 bool
	}{
		{"member refused", "0", "subscribe daily 08:00 about japan", "Only channel managers", true},
		{"send-messages only refused", "2048", "subscribe daily 08:00 about japan", "Only channel managers", true},
		{"manage channels subscribes", "16", "subscribe daily 08:00 about japan", "Subscribed: digest 1", false},
		{"administrator subscribes", "8", "subscribe daily 09:00 about korea", "Subscribed: digest 2", false},
		{"member may list", "0", "list", "#1", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			a.Interactions().ServeHTTP(w, signedRequest(t, priv, testNow, digestBody(tc.perms, tc.action)))
			body, _ := io.ReadAll(w.Result().Body)
			out := string(body)
			if w.Code != 200 || !strings.Contains(out, tc.want) {
				t.Fatalf("status %d body %.300s; want %q", w.Code, out, tc.want)
			}
			if got := strings.Contains(out, `"flags":64`); got != tc.ephemeral {
				t.Errorf("ephemeral = %v; want %v", got, tc.ephemeral)
			}
		})
	}
}
