package discord

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/gorilla/websocket"
)

// testGateway is a gateway over a real session pointed at the fake REST API.
func testGateway(t *testing.T, f *fakeDiscord) *Gateway {
	t.Helper()
	s := f.session(t)
	p := NewPoster(nil, s, PosterOptions{MaxWait: time.Second})
	p.policy.First = 5 * time.Millisecond
	g := NewGateway(nil, realAdapter(t, nil), s, p)
	g.onReady(&discordgo.Ready{User: &discordgo.User{ID: "bot1"}})
	return g
}

func dm(author *discordgo.User, guild, content string) *discordgo.MessageCreate {
	return &discordgo.MessageCreate{Message: &discordgo.Message{ID: "m1", ChannelID: "dm1", GuildID: guild,
		Content: content, Author: author, Type: discordgo.MessageTypeDefault}}
}

// TestGatewayDirectMessage: a DM is answered as a question, posted to the DM channel of the fake
// Discord with the brief's embed and empty allowed_mentions.
func TestGatewayDirectMessage(t *testing.T) {
	f := newFakeDiscord(t, map[string][]fakeAnswer{"POST /api/v9/channels/dm1/messages": {{200, `{"id":"m2"}`, nil}}})
	g := testGateway(t, f)
	g.onMessage(context.Background(), dm(&discordgo.User{ID: "u1"}, "", "<@bot1> /relations japan, korea"))
	got := f.requests()
	if len(got) != 1 || got[0].Route != "POST /api/v9/channels/dm1/messages" {
		t.Fatalf("requests = %+v; want one post to the DM channel", got)
	}
	body := got[0].Body
	if diff := cmp.Diff(map[string]any{"parse": []any{}}, body["allowed_mentions"]); diff != "" {
		t.Errorf("allowed_mentions (-want +got):\n%s", diff)
	}
	embed := body["embeds"].([]any)[0].(map[string]any)
	if embed["title"] != "Japan ↔ South Korea" || embed["footer"] == nil {
		t.Errorf("embed title %q footer %v; want the relations brief with its source", embed["title"], embed["footer"])
	}
	if _, ok := body["flags"]; ok {
		t.Errorf("a DM reply carries flags %v", body["flags"])
	}
}

// TestGatewayQuestion: a plain question in a DM is answered (the DM path of the dispatcher).
func TestGatewayQuestion(t *testing.T) {
	f := newFakeDiscord(t, map[string][]fakeAnswer{"POST /api/v9/channels/dm1/messages": {{200, `{"id":"m2"}`, nil}}})
	testGateway(t, f).onMessage(context.Background(), dm(&discordgo.User{ID: "u1"}, "", "what is the dokdo dispute?"))
	got := f.requests()
	if len(got) != 1 {
		t.Fatalf("%d requests; want 1", len(got))
	}
	if embeds := got[0].Body["embeds"].([]any); len(embeds) == 0 {
		t.Fatalf("no embeds")
	}
}

// TestGatewayIgnores: the bot's own messages, other bots, server messages not addressed to
// it, system messages and empty messages are not answered.
func TestGatewayIgnores(t *testing.T) {
	tests := []struct {
		name string
		m    *discordgo.MessageCreate
	}{
		{"own message", dm(&discordgo.User{ID: "bot1"}, "", "hello")},
		{"another bot", dm(&discordgo.User{ID: "b2", Bot: true}, "", "hello")},
		{"server message without a mention", dm(&discordgo.User{ID: "u1"}, "g1", "hello")},
		{"no author", dm(nil, "", "hello")},
		{"only a mention", dm(&discordgo.User{ID: "u1"}, "", "<@bot1>")},
		{"system message", func() *discordgo.MessageCreate {
			m := dm(&discordgo.User{ID: "u1"}, "", "hello")
			m.Type = discordgo.MessageTypeChannelPinnedMessage
			return m
		}()},
		{"nil message", &discordgo.MessageCreate{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeDiscord(t, nil)
			testGateway(t, f).onMessage(context.Background(), tt.m)
			if got := f.requests(); len(got) != 0 {
				t.Errorf("requests = %+v; want none", got)
			}
		})
	}
}

// TestGatewayInteraction: an interaction over the gateway is answered by the same code as
// HTTP, posted to its callback URL.
func TestGatewayInteraction(t *testing.T) {
	route := "POST /api/v9/interactions/i1/tok/callback"
	f := newFakeDiscord(t, map[string][]fakeAnswer{route: {{204, ``, nil}}})
	g := testGateway(t, f)
	in := &discordgo.Interaction{ID: "i1", Token: "tok", Type: discordgo.InteractionApplicationCommandAutocomplete,
		ChannelID: "c1", User: &discordgo.User{ID: "u1"},
		Data: discordgo.ApplicationCommandInteractionData{Name: "relations", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "first", Type: discordgo.ApplicationCommandOptionString, Value: "kor", Focused: true}}}}
	g.onInteraction(context.Background(), &discordgo.InteractionCreate{Interaction: in})
	got := f.requests()
	if len(got) != 1 || got[0].Route != route {
		t.Fatalf("requests = %+v; want one callback", got)
	}
	if got[0].Body["type"] != float64(8) {
		t.Fatalf("callback type %v; want 8", got[0].Body["type"])
	}
	first := got[0].Body["data"].(map[string]any)["choices"].([]any)[0].(map[string]any)
	if first["name"] != "South Korea" {
		t.Errorf("first choice %v; want South Korea", first)
	}
}

// fakeConn is a gateway connection whose Open answers come from a script.
type fakeConn struct {
	mu       sync.Mutex
	handlers []any
	opens    int
	closes   int
	openErrs []error // the i-th Open returns openErrs[i]; nil after the script
	opened   chan struct{}
	closed   chan struct{} // signalled on each Close, when set
}

func (c *fakeConn) Open() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var err error
	if c.opens < len(c.openErrs) {
		err = c.openErrs[c.opens]
	}
	c.opens++
	if err == nil {
		c.opened <- struct{}{}
	}
	return err
}

func (c *fakeConn) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closes++
	if c.closed != nil {
		select {
		case c.closed <- struct{}{}:
		default:
		}
	}
	return nil
}

func (c *fakeConn) AddHandler(h any) func() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.handlers = append(c.handlers, h)
	return func() {}
}

func (c *fakeConn) disconnect() {
	c.mu.Lock()
	hs := append([]any(nil), c.handlers...)
	c.mu.Unlock()
	for _, h := range hs {
		if f, ok := h.(func(*discordgo.Session, *discordgo.Disconnect)); ok {
			f(nil, &discordgo.Disconnect{})
		}
	}
}

func (c *fakeConn) counts() (opens, closes int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.opens, c.closes
}

func fastGateway(conn *fakeConn) *Gateway {
	g := newGateway(nil, New(nil, &countingAnswerer{}, &countingCompleter{}, Options{}), conn, nil, nil)
	g.policy.First, g.policy.Max = time.Millisecond, 5*time.Millisecond
	return g
}

// TestGatewayRun: the runner retries failed connects, reconnects after a disconnect, and on
// shutdown closes the connection and returns nil.
func TestGatewayRun(t *testing.T) {
	conn := &fakeConn{openErrs: []error{errors.New("network down"), errors.New("still down")}, opened: make(chan struct{}, 4), closed: make(chan struct{}, 1)}
	g := fastGateway(conn)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx) }()

	waitOpened(t, conn)
	conn.disconnect()
	waitOpened(t, conn)
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run = %v; want nil on shutdown", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	// A connection that opens as shutdown begins is closed in the background (Gateway.open):
	// Run may return first.
	select {
	case <-conn.closed:
	case <-time.After(5 * time.Second):
		t.Fatal("the connection was never closed")
	}
	opens, closes := conn.counts()
	if opens != 4 || closes != 1 {
		t.Errorf("opens %d closes %d; want 4 (two failures, connect, reconnect) and 1", opens, closes)
	}
}

func waitOpened(t *testing.T, c *fakeConn) {
	t.Helper()
	select {
	case <-c.opened:
	case <-time.After(5 * time.Second):
		t.Fatal("gateway did not connect")
	}
}

// TestGatewayFatal: a rejected token ends the runner with an error instead of retrying forever.
func TestGatewayFatal(t *testing.T) {
	conn := &fakeConn{openErrs: []error{&websocket.CloseError{Code: 4004, Text: "Authentication failed."}}, opened: make(chan struct{}, 1)}
	err := fastGateway(conn).Run(context.Background())
	if err == nil {
		t.Fatal("Run = nil; want an error for close code 4004")
	}
	if opens, _ := conn.counts(); opens != 1 {
		t.Errorf("%d opens; want 1", opens)
	}
}

// TestSessionConfig: the session asks for direct and server messages (no privileged intent), and
// leaves rate-limit waits and reconnects to briefbot.
func TestSessionConfig(t *testing.T) {
	s, err := NewSession("abc", "")
	if err != nil {
		t.Fatal(err)
	}
	if s.Identify.Intents != discordgo.IntentsDirectMessages|discordgo.IntentsGuildMessages || s.Identify.Intents&discordgo.IntentsMessageContent != 0 {
		t.Errorf("intents = %b; want DIRECT_MESSAGES and GUILD_MESSAGES only", s.Identify.Intents)
	}
	if s.ShouldRetryOnRateLimit || s.ShouldReconnectOnError || s.MaxRestRetries != 0 || s.StateEnabled {
		t.Errorf("session retries %v reconnects %v rest retries %d state %v; want all off",
			s.ShouldRetryOnRateLimit, s.ShouldReconnectOnError, s.MaxRestRetries, s.StateEnabled)
	}
	if s.Token != "Bot abc" {
		t.Errorf("token %q; want the Bot prefix", s.Token)
	}
	if _, err := NewSession("", ""); err == nil {
		t.Errorf("NewSession without a token = nil error")
	}
	if _, err := NewSession("abc", "ftp://x"); err == nil {
		t.Errorf("NewSession with a bad API URL = nil error")
	}
}

func TestStripMention(t *testing.T) {
	tests := []struct{ in, self, want string }{
		{"<@bot1> hello", "bot1", "hello"},
		{"<@!bot1>   hello", "bot1", "hello"},
		{"hello <@bot1>", "bot1", "hello <@bot1>"},
		{"<@other> hello", "bot1", "<@other> hello"},
		{"  hello ", "", "hello"},
	}
	for _, tt := range tests {
		if got := stripMention(tt.in, tt.self); got != tt.want {
			t.Errorf("stripMention(%q, %q) = %q; want %q", tt.in, tt.self, got, tt.want)
		}
	}
}

// TestCallbackErrorHidesToken: a failed callback's error never carries the interaction token
// (it is in the URL, which net/http errors would print).
func TestCallbackErrorHidesToken(t *testing.T) {
	f := newFakeDiscord(t, nil)
	s := f.session(t)
	f.srv.Close() // nothing listens any more
	g := NewGateway(nil, realAdapter(t, nil), s, nil)
	err := g.callback(context.Background(), "i1", "secret-token", []byte(`{"type":1}`))
	if err == nil || strings.Contains(err.Error(), "secret-token") {
		t.Fatalf("callback error = %v; want an error without the token", err)
	}
	if g.Name() != "discord-gateway" {
		t.Errorf("Name = %q", g.Name())
	}
}
