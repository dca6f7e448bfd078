package slack

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/open"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// channelInfoAPI is a loopback Slack Web API that answers conversations.info as a workspace
// would for a bot with chat:write.public: the channels it can see, channel_not_found for a
// private channel it was never invited to. CSLOW holds its answer until the caller gives up.
func channelInfoAPI(t *testing.T) *httptest.Server {
	t.Helper()
	channels := map[string]string{
		"CPUBLIC":  `{"id":"CPUBLIC","is_channel":true,"is_member":true}`,
		"CNOTJOIN": `{"id":"CNOTJOIN","is_channel":true,"is_member":false}`,
		"GPRIVATE": `{"id":"GPRIVATE","is_private":true,"is_member":true}`,
		"GLEFT":    `{"id":"GLEFT","is_private":true,"is_member":false}`,
		"CARCHIVE": `{"id":"CARCHIVE","is_channel":true,"is_member":true,"is_archived":true}`,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/conversations.info", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		id := r.Form.Get("channel")
		w.Header().Set("Content-Type", "application/json")
		switch id {
		case "CSLOW":
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
			return
		case "CSCOPE":
			_, _ = io.WriteString(w, `{"ok":false,"error":"missing_scope","needed":"channels:read"}`)
			return
		case "C500":
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		ch, ok := channels[id]
		if !ok {
			_, _ = io.WriteString(w, `{"ok":false,"error":"channel_not_found"}`)
			return
		}
		_, _ = io.WriteString(w, `{"ok":true,"channel":`+ch+`}`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestPosterCanPost(t *testing.T) {
	srv := channelInfoAPI(t)
	p := newPoster(nil, slackapi.New("xoxb-test", slackapi.OptionAPIURL(srv.URL+"/")))
	tests := []struct {
		channel    string
		wantReason string // a refusal containing this; "" = no refusal
		wantErr    bool   // Slack could not tell
	}{
		{channel: "CPUBLIC"},
		{channel: "CNOTJOIN"}, // public: chat:write.public posts without joining
		{channel: "GPRIVATE"},
		{channel: "GSECRET", wantReason: "/invite @briefbot"}, // private, never invited: Slack hides it
		{channel: "GLEFT", wantReason: "/invite @briefbot"},
		{channel: "CARCHIVE", wantReason: "archived"},
		{channel: "CSCOPE", wantErr: true},
		{channel: "C500", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.channel, func(t *testing.T) {
			err := p.CanPost(context.Background(), tc.channel)
			cp, refused := errors.AsType[*bot.CannotPostError](err)
			switch {
			case tc.wantReason != "":
				if !refused || !strings.Contains(cp.Reason, tc.wantReason) || !errors.Is(err, bot.ErrPermanent) {
					t.Errorf("CanPost(%s) = %v; want a refusal (ErrPermanent) saying %q", tc.channel, err, tc.wantReason)
				}
			case tc.wantErr:
				if err == nil || refused || errors.Is(err, bot.ErrPermanent) {
					t.Errorf("CanPost(%s) = %v; want an error that is not a refusal", tc.channel, err)
				}
			case err != nil:
				t.Errorf("CanPost(%s) = %v; want nil", tc.channel, err)
			}
		})
	}
	if err := p.CanPost(context.Background(), "CSCOPE"); !strings.Contains(err.Error(), "groups:read") {
		t.Errorf("CanPost(CSCOPE) = %v; want it to name the missing scopes", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	if err := p.CanPost(ctx, "CSLOW"); err == nil || errors.Is(err, bot.ErrPermanent) {
		t.Errorf("CanPost(CSLOW) = %v; want a timeout, not a refusal", err)
	}
	if taken := time.Since(start); taken > time.Second {
		t.Errorf("CanPost(CSLOW) took %v; want it bounded by the context", taken)
	}
}

// TestDigestSubscribeChecksChannelEndToEnd: a signed /digest subscribe in a channel the bot
// cannot post in is refused at once, telling the user to /invite the bot; one Slack does not
// answer about in time is subscribed, with a note.
func TestDigestSubscribeChecksChannelEndToEnd(t *testing.T) {
	fs, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	d := commands.NewDispatcher(nil, fs)
	st, err := open.Open(context.Background(), filepath.Join(t.TempDir(), "b.db"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := channelInfoAPI(t)
	a := newAdapter(nil, bot.New(nil, d, nil, nil), slackapi.New("xoxb-test", slackapi.OptionAPIURL(srv.URL+"/")),
		Options{SigningSecret: testSecret, Now: fixedClock, DigestAdmins: []string{"ULISTED"}})
	poster, err := a.Poster()
	if err != nil {
		t.Fatal(err)
	}
	d.Register(digest.NewCommands(st, d, nil, time.UTC, nil).
		CheckPosting(nil, map[string]bot.Poster{store.PlatformSlack: poster}, 300*time.Millisecond).Command())

	tests := []struct {
		channel, want string
		subscribed    bool
	}{
		{"CPUBLIC", "Subscribed: digest", true},
		{"GSECRET", "/invite @briefbot", false},
		{"CARCHIVE", "archived", false},
		{"CSLOW", "could not check that I can post in this channel (the platform did not answer in time)", true},
	}
	for _, tc := range tests {
		t.Run(tc.channel, func(t *testing.T) {
			form, _ := url.ParseQuery(string(slashBody("/digest", "subscribe daily 08:00 about japan")))
			form.Set("user_id", "ULISTED")
			form.Set("channel_id", tc.channel)
			w := httptest.NewRecorder()
			start := time.Now()
			a.Commands().ServeHTTP(w, signedRequest(t, testSecret, testNow, "/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode())))
			if taken := time.Since(start); taken > slashDeadline {
				t.Errorf("answered in %v; want within Slack's %v", taken, slashDeadline)
			}
			b, _ := io.ReadAll(w.Result().Body)
			if out := string(b); w.Code != 200 || !strings.Contains(out, tc.want) {
				t.Errorf("status %d body %.400s; want %q", w.Code, out, tc.want)
			}
			subs, err := st.ListSubscriptions(context.Background(), store.SubscriptionFilter{Channel: tc.channel})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(subs) == 1; got != tc.subscribed {
				t.Errorf("subscribed = %v; want %v", got, tc.subscribed)
			}
		})
	}
}
