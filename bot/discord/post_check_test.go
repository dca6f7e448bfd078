package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/open"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// Permission bits as Discord's JSON carries them.
const (
	view    = discordgo.PermissionViewChannel
	send    = discordgo.PermissionSendMessages
	embed   = discordgo.PermissionEmbedLinks
	inThr   = discordgo.PermissionSendMessagesInThreads
	allText = view | send | embed | inThr
)

const (
	channelRoute = "GET /api/v9/channels/c1"
	parentRoute  = "GET /api/v9/channels/p1"
	meRoute      = "GET /api/v9/users/@me"
	guildRoute   = "GET /api/v9/guilds/g1"
	memberRoute  = "GET /api/v9/guilds/g1/members/b1"
)

// overwrite is one permission overwrite as JSON; kind 0 is a role (g1 is @everyone), 1 a member.
func overwrite(id string, kind int, allow, deny int64) string {
	return fmt.Sprintf(`{"id":%q,"type":%d,"allow":"%d","deny":"%d"}`, id, kind, allow, deny)
}

// guildScript is a server g1 where @everyone has everyone and role r1 (the bot's) has role,
// and channel c1 has the given overwrites.
func guildScript(everyone, role int64, overwrites ...string) map[string][]fakeAnswer {
	return map[string][]fakeAnswer{
		channelRoute: {{200, `{"id":"c1","guild_id":"g1","type":0,"permission_overwrites":[` + strings.Join(overwrites, ",") + `]}`, nil}},
		meRoute:      {{200, `{"id":"b1","username":"briefbot","bot":true}`, nil}},
		guildRoute: {{200, fmt.Sprintf(`{"id":"g1","owner_id":"u0","roles":[{"id":"g1","permissions":"%d"},{"id":"r1","permissions":"%d"},{"id":"r2","permissions":"%d"}]}`,
			everyone, role, int64(discordgo.PermissionAll)), nil}},
		memberRoute: {{200, `{"user":{"id":"b1"},"roles":["r1"]}`, nil}},
	}
}

func TestPosterCanPost(t *testing.T) {
	thread := guildScript(allText, 0)
	thread[channelRoute] = []fakeAnswer{{200, `{"id":"c1","guild_id":"g1","type":11,"parent_id":"p1","permission_overwrites":[]}`, nil}}
	thread[parentRoute] = []fakeAnswer{{200, `{"id":"p1","guild_id":"g1","type":0,"permission_overwrites":[` + overwrite("g1", 0, 0, inThr) + `]}`, nil}}
	threadOK := guildScript(view|embed, 0)
	threadOK[channelRoute] = thread[channelRoute]
	threadOK[parentRoute] = []fakeAnswer{{200, `{"id":"p1","guild_id":"g1","type":0,"permission_overwrites":[` + overwrite("g1", 0, inThr, 0) + `]}`, nil}}
	hidden := guildScript(allText, 0)
	hidden[channelRoute] = []fakeAnswer{{403, `{"message":"Missing Access","code":50001}`, nil}}
	notMember := guildScript(allText, 0)
	notMember[memberRoute] = []fakeAnswer{{404, `{"message":"Unknown Member","code":10007}`, nil}}
	down := guildScript(allText, 0)
	down[channelRoute] = []fakeAnswer{{500, `{"message":"oops","code":0}`, nil}}

	tests := []struct {
		name       string
		script     map[string][]fakeAnswer
		wantReason string // a refusal containing this; "" = none
		wantErr    bool   // Discord could not tell
	}{
		{name: "@everyone may post", script: guildScript(allText, 0)},
		{name: "the bot's role may post", script: guildScript(0, view|send|embed)},
		{name: "channel denies Send Messages", script: guildScript(allText, 0, overwrite("g1", 0, 0, send)),
			wantReason: "lacks Send Messages in this channel"},
		{name: "role overwrite allows it again", script: guildScript(allText, 0, overwrite("g1", 0, 0, send), overwrite("r1", 0, send, 0))},
		{name: "member overwrite denies Embed Links", script: guildScript(allText, 0, overwrite("b1", 1, 0, embed)),
			wantReason: "lacks Embed Links"},
		{name: "role without Send Messages and Embed Links", script: guildScript(0, view),
			wantReason: "lacks Send Messages and Embed Links"},
		{name: "another role's overwrite does not apply", script: guildScript(view|embed, 0, overwrite("r2", 0, send, 0)),
			wantReason: "lacks Send Messages"},
		{name: "Administrator overrides overwrites", script: guildScript(0, discordgo.PermissionAdministrator, overwrite("g1", 0, 0, allText)), wantReason: ""},
		{name: "thread takes its parent's overwrites", script: thread, wantReason: "lacks Send Messages in Threads"},
		{name: "thread allowed by its parent", script: threadOK},
		{name: "channel the bot cannot see", script: hidden, wantReason: "can't see this channel"},
		{name: "server without the bot user", script: notMember, wantReason: "bot scope"},
		{name: "direct message with the bot", script: map[string][]fakeAnswer{channelRoute: {{200, `{"id":"c1","type":1}`, nil}}}},
		{name: "Discord down", script: down, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeDiscord(t, tc.script)
			err := testPoster(t, f, time.Second).CanPost(context.Background(), "c1")
			cp, refused := errors.AsType[*bot.CannotPostError](err)
			switch {
			case tc.wantReason != "":
				if !refused || !strings.Contains(cp.Reason, tc.wantReason) || !errors.Is(err, bot.ErrPermanent) {
					t.Errorf("CanPost = %v; want a refusal (ErrPermanent) saying %q", err, tc.wantReason)
				}
			case tc.wantErr:
				if err == nil || refused || errors.Is(err, bot.ErrPermanent) {
					t.Errorf("CanPost = %v; want an error that is not a refusal", err)
				}
			case err != nil:
				t.Errorf("CanPost = %v; want nil", err)
			}
			for _, r := range f.requests() {
				if !strings.HasPrefix(r.Route, "GET ") {
					t.Errorf("CanPost sent %s; want reads only", r.Route)
				}
			}
		})
	}
}

// TestPosterCanPostAsksWhoItIsOnce: the bot's user id is read once per Poster.
func TestPosterCanPostAsksWhoItIsOnce(t *testing.T) {
	f := newFakeDiscord(t, guildScript(allText, 0))
	p := testPoster(t, f, time.Second)
	for range 3 {
		if err := p.CanPost(context.Background(), "c1"); err != nil {
			t.Fatalf("CanPost = %v", err)
		}
	}
	n := 0
	for _, r := range f.requests() {
		if r.Route == meRoute {
			n++
		}
	}
	if n != 1 {
		t.Errorf("GET /users/@me %d times; want 1", n)
	}
}

// TestDigestSubscribeChecksDiscordChannel: /digest subscribe in a channel where the bot lacks
// Send Messages is refused, naming it, and makes nothing; one Discord does not answer about
// in time is subscribed, with a note.
func TestDigestSubscribeChecksDiscordChannel(t *testing.T) {
	fs, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	t.Cleanup(slow.Close)
	slowSession, err := NewSession("test-token", slow.URL)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		poster     func(t *testing.T) *Poster
		want       string
		subscribed bool
	}{
		{"may post", func(t *testing.T) *Poster {
			return testPoster(t, newFakeDiscord(t, guildScript(allText, 0)), time.Second)
		},
			"Subscribed: digest 1", true},
		{"missing Send Messages", func(t *testing.T) *Poster {
			return testPoster(t, newFakeDiscord(t, guildScript(allText, 0, overwrite("r1", 0, 0, send))), time.Second)
		}, "briefbot lacks Send Messages in this channel", false},
		{"Discord too slow", func(t *testing.T) *Poster { return NewPoster(nil, slowSession, PosterOptions{}) },
			"could not check that I can post in this channel (the platform did not answer in time)", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := open.Open(context.Background(), filepath.Join(t.TempDir(), "b.db"), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			d := commands.NewDispatcher(nil, fs)
			d.Register(digest.NewCommands(st, d, nil, time.UTC, nil).
				CheckPosting(nil, map[string]bot.Poster{store.PlatformDiscord: tc.poster(t)}, 300*time.Millisecond).Command())
			start := time.Now()
			r := d.Handle(context.Background(), commands.Request{Platform: store.PlatformDiscord, Workspace: "g1", Channel: "c1",
				User: "u1", CanManage: true, Text: "/digest subscribe daily 08:00 about japan"})
			if taken := time.Since(start); taken > time.Second {
				t.Errorf("answered in %v; want well within Discord's 3 s", taken)
			}
			if out := commands.RenderText(r); !strings.Contains(out, tc.want) {
				t.Errorf("subscribe = %q; want %q", out, tc.want)
			}
			subs, err := st.ListSubscriptions(context.Background(), store.SubscriptionFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(subs) == 1; got != tc.subscribed {
				t.Errorf("subscribed = %v; want %v", got, tc.subscribed)
			}
		})
	}
}
