package slack

import (
	"context"
	"io"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/store/open"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// digestDispatcher is the real dispatcher with /digest over a SQLite store in a temp dir.
func digestDispatcher(t *testing.T) *commands.Dispatcher {
	t.Helper()
	fs, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	d := commands.NewDispatcher(nil, fs)
	st, err := open.Open(context.Background(), filepath.Join(t.TempDir(), "b.db"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	d.Register(digest.NewCommands(st, d, nil, time.UTC, nil).Command())
	return d
}

// TestDigestPermissionsEndToEnd: through the signed slash-command route, a workspace member
// is refused /digest subscribe (privately, saying why) and a workspace admin (users.info) or a
// listed digest admin subscribes the channel.
func TestDigestPermissionsEndToEnd(t *testing.T) {
	d := digestDispatcher(t)
	api := newFakeWebAPI(t)
	a := newAdapter(nil, bot.New(nil, d, nil, nil), api.client(), Options{SigningSecret: testSecret, Now: fixedClock, DigestAdmins: []string{"ULISTED"}})
	tests := []struct {
		name, user, text, want, responseType string
	}{
		{"member refused", "UMEMBER", "subscribe daily 08:00 about japan", "Only channel managers", responseEphemeral},
		{"workspace admin subscribes", "UADMIN", "subscribe daily 08:00 about japan", "Subscribed: digest 1", responseInChannel},
		{"listed admin subscribes", "ULISTED", "subscribe daily 09:00 about korea", "Subscribed: digest 2", responseInChannel},
		{"member may list", "UMEMBER", "list", "#2", responseEphemeral},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			form, _ := url.ParseQuery(string(slashBody("/digest", tc.text)))
			form.Set("user_id", tc.user)
			w := httptest.NewRecorder()
			a.Commands().ServeHTTP(w, signedRequest(t, testSecret, testNow, "/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode())))
			b, _ := io.ReadAll(w.Result().Body)
			out := string(b)
			if w.Code != 200 || !strings.Contains(out, tc.want) || !strings.Contains(out, `"response_type":"`+tc.responseType+`"`) {
				t.Errorf("status %d body %.300s; want %q, %s", w.Code, out, tc.want, tc.responseType)
			}
		})
	}
}

// TestOnlyDigestLooksUpAdmins: users.info is called only when /digest needs to know whether
// the user may manage the channel's digests — never for another command, even one that
// mentions digests, nor for /digest list, which anyone may run.
func TestOnlyDigestLooksUpAdmins(t *testing.T) {
	d := digestDispatcher(t)
	tests := []struct {
		command, text string
		lookups       int32
	}{
		{"/relations", "japan korea", 0},
		{"/ask", "what is a digest?", 0},
		{"/briefbot", "relations japan korea", 0},
		{"/digest", "list", 0},
		{"/digest", "preview about japan", 0},
		{"/digest", "subscribe daily 08:00 about japan", 1},
		{"/briefbot", "digest pause 1", 1},
	}
	for _, tc := range tests {
		t.Run(tc.command+" "+tc.text, func(t *testing.T) {
			api := newFakeWebAPI(t)
			a := newAdapter(nil, bot.New(nil, d, nil, nil), api.client(), Options{SigningSecret: testSecret, Now: fixedClock})
			form, _ := url.ParseQuery(string(slashBody(tc.command, tc.text)))
			form.Set("user_id", "UADMIN")
			w := httptest.NewRecorder()
			a.Commands().ServeHTTP(w, signedRequest(t, testSecret, testNow, "/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode())))
			if w.Code != 200 {
				t.Fatalf("status %d", w.Code)
			}
			if n := api.userInfos.Load(); n != tc.lookups {
				t.Errorf("%d users.info calls; want %d", n, tc.lookups)
			}
		})
	}
}
