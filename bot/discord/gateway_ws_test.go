package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/gorilla/websocket"
)

// The unit tests in gateway_test.go drive Gateway through a fake gatewayConn. This test drives
// the real discordgo session from NewSession instead, against a fake Discord on loopback that
// speaks the gateway protocol the way discordgo v0.29.0 expects it, so it breaks if the session
// settings, the handler signatures or the reconnect and shutdown paths stop fitting discordgo.

const (
	wsTimeout     = 5 * time.Second
	gatewayRoute  = "GET /api/v9/gateway"
	dmRoute       = "POST /api/v9/channels/dm1/messages"
	callbackRoute = "POST /api/v9/interactions/1100000000000000001/bench-interaction-token/callback" // relationsBody's
	// heartbeatMS is Discord's usual interval. discordgo sends one heartbeat as soon as it is
	// connected and the next only after this long, so each connection sees exactly one: a
	// short interval would let a slow -race run miss an ack and make discordgo reconnect on
	// its own, when the test wants to decide when connections drop.
	heartbeatMS = 41250
)

// gatewayFrame is one gateway payload, in either direction.
type gatewayFrame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  int64           `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

// fakeGateway is the websocket side of the fake Discord. Each connection the bot opens is
// handed to the test as a wsPeer, on which the test plays Discord's part step by step.
type fakeGateway struct {
	t     *testing.T
	peers chan *wsPeer // connections not yet taken by accept

	mu  sync.Mutex
	all []*wsPeer // every connection, for cleanup
}

func (g *fakeGateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// discordgo dials the URL from GET /gateway with "/?v=9&encoding=json" appended.
	if q := r.URL.Query(); q.Get("v") != discordgo.APIVersion || q.Get("encoding") != "json" {
		g.t.Errorf("gateway dialled with query %q; want v=%s&encoding=json", r.URL.RawQuery, discordgo.APIVersion)
	}
	ws, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
	if err != nil {
		g.t.Errorf("gateway upgrade: %v", err)
		return
	}
	p := &wsPeer{ws: ws, frames: make(chan gatewayFrame, 16), done: make(chan struct{})}
	g.mu.Lock()
	g.all = append(g.all, p)
	g.mu.Unlock()
	go p.read()
	select {
	case g.peers <- p:
	default:
		g.t.Errorf("gateway: more connections than the test expects")
	}
}

// accept waits for the bot's next connection.
func (g *fakeGateway) accept(t *testing.T) *wsPeer {
	t.Helper()
	select {
	case p := <-g.peers:
		return p
	case <-time.After(wsTimeout):
		t.Fatal("the bot did not connect to the gateway")
		return nil
	}
}

// closeAll ends every connection still open and waits for its reader.
func (g *fakeGateway) closeAll() {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, p := range g.all {
		_ = p.ws.Close()
		<-p.done
	}
}

// wsPeer is the fake's end of one gateway connection. It acknowledges heartbeats itself, as
// Discord does, and queues every frame the bot sends (heartbeats included) for the test.
type wsPeer struct {
	ws     *websocket.Conn
	wmu    sync.Mutex // gorilla allows one writer at a time
	frames chan gatewayFrame
	done   chan struct{} // closed when the bot's side is gone; err says how
	err    error
}

func (p *wsPeer) read() {
	defer close(p.done)
	for {
		_, data, err := p.ws.ReadMessage()
		if err != nil {
			p.err = err
			return
		}
		var f gatewayFrame
		if err := json.Unmarshal(data, &f); err != nil {
			p.err = fmt.Errorf("frame %q is not JSON: %w", data, err)
			return
		}
		if f.Op == 1 {
			_ = p.write(gatewayFrame{Op: 11})
		}
		select {
		case p.frames <- f:
		default:
			p.err = fmt.Errorf("frame %s: the test is not reading", data)
			return
		}
	}
}

func (p *wsPeer) write(f gatewayFrame) error {
	p.wmu.Lock()
	defer p.wmu.Unlock()
	return p.ws.WriteJSON(f)
}

// send writes a payload with data d to the bot; seq and typ are for dispatches (op 0).
func (p *wsPeer) send(t *testing.T, op int, seq int64, typ string, d any) {
	t.Helper()
	raw, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.write(gatewayFrame{Op: op, D: raw, S: seq, T: typ}); err != nil {
		t.Fatalf("gateway send op %d %s: %v", op, typ, err)
	}
}

// expect waits for the bot's next frame and fails unless it has the given op code.
func (p *wsPeer) expect(t *testing.T, op int) gatewayFrame {
	t.Helper()
	select {
	case f := <-p.frames:
		if f.Op != op {
			t.Fatalf("the bot sent op %d %s; want op %d", f.Op, f.D, op)
		}
		return f
	case <-p.done:
		t.Fatalf("connection ended (%v) while waiting for op %d", p.err, op)
	case <-time.After(wsTimeout):
		t.Fatalf("the bot sent no op %d", op)
	}
	return gatewayFrame{}
}

// newGatewayFake is the REST fakeDiscord of post_test.go and a fakeGateway on one loopback
// server, as discord.com and its gateway: GET /api/v9/gateway names the server itself. rest
// gets the route of each REST request once it is recorded, so tests wait for it.
func newGatewayFake(t *testing.T) (f *fakeDiscord, gw *fakeGateway, rest <-chan string) {
	t.Helper()
	gw = &fakeGateway{t: t, peers: make(chan *wsPeer, 4)}
	routes := make(chan string, 32)
	f = &fakeDiscord{t: t, handled: map[string]int{}}
	f.srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if websocket.IsWebSocketUpgrade(r) {
			gw.ServeHTTP(w, r)
			return
		}
		f.serve(w, r)
		select {
		case routes <- r.Method + " " + r.URL.Path:
		default: // the route list checked at the end still shows it
		}
	}))
	f.script = map[string][]fakeAnswer{
		gatewayRoute:  {{200, `{"url":"ws://` + f.srv.Listener.Addr().String() + `"}`, nil}},
		dmRoute:       {{200, `{"id":"m2","channel_id":"dm1"}`, nil}},
		callbackRoute: {{204, ``, nil}},
	}
	f.srv.Start()
	t.Cleanup(f.srv.Close)
	t.Cleanup(gw.closeAll) // hijacked connections outlive srv.Close
	return f, gw, routes
}

// waitRequest waits until the fake has recorded a request to route and returns it.
func waitRequest(t *testing.T, f *fakeDiscord, rest <-chan string, route string) fakeRequest {
	t.Helper()
	timeout := time.After(wsTimeout)
	for {
		select {
		case got := <-rest:
			if got != route {
				continue
			}
			reqs := f.requests()
			for i := len(reqs) - 1; i >= 0; i-- {
				if reqs[i].Route == route {
					return reqs[i]
				}
			}
		case <-timeout:
			t.Fatalf("the bot sent no %s", route)
			return fakeRequest{}
		}
	}
}

// dmEvent is a MESSAGE_CREATE in a DM (no guild_id) from a person.
func dmEvent(id, content string) map[string]any {
	return map[string]any{"id": id, "channel_id": "dm1", "type": 0, "content": content,
		"author": map[string]any{"id": "u1", "username": "reader"}}
}

// checkDMReply checks a DM answer carries the relations brief and mentions nobody.
func checkDMReply(t *testing.T, req fakeRequest) {
	t.Helper()
	if req.Auth != "Bot test-token" {
		t.Errorf("DM reply Authorization %q; want the bot token", req.Auth)
	}
	if diff := cmp.Diff(map[string]any{"parse": []any{}}, req.Body["allowed_mentions"]); diff != "" {
		t.Errorf("DM reply allowed_mentions (-want +got):\n%s", diff)
	}
	embeds, _ := req.Body["embeds"].([]any)
	if len(embeds) == 0 {
		t.Fatalf("DM reply has no embeds: %v", req.Body)
	}
	if title := embeds[0].(map[string]any)["title"]; title != "Japan ↔ South Korea" {
		t.Errorf("DM reply title %q; want the Japan–South Korea brief", title)
	}
}

// TestGatewayWebsocket runs Gateway.Run over a real discordgo session against the fake
// Discord: identify, a DM and an interaction answered over REST, a dropped connection
// resumed, and a clean shutdown.
func TestGatewayWebsocket(t *testing.T) {
	f, gw, rest := newGatewayFake(t)
	g := NewGateway(nil, realAdapter(t, nil), f.session(t), nil)
	g.policy.First, g.policy.Max = time.Millisecond, 5*time.Millisecond // reconnect at once

	ctx, cancel := context.WithCancel(context.Background())
	var runErr error
	stopped := make(chan struct{})
	go func() {
		runErr = g.Run(ctx)
		close(stopped)
	}()
	// On an early failure, stop Run before the fake's connections are closed.
	t.Cleanup(func() {
		cancel()
		select {
		case <-stopped:
		case <-time.After(wsTimeout):
			t.Error("Run did not return after cancel")
		}
	})

	// Connect: Hello, Identify, READY.
	c1 := gw.accept(t)
	c1.send(t, 10, 0, "", map[string]any{"heartbeat_interval": heartbeatMS})
	var identify struct {
		Token   string           `json:"token"`
		Intents discordgo.Intent `json:"intents"`
	}
	if err := json.Unmarshal(c1.expect(t, 2).D, &identify); err != nil {
		t.Fatal(err)
	}
	if want := discordgo.IntentsDirectMessages | discordgo.IntentsGuildMessages; identify.Intents != want {
		t.Errorf("identify intents = %d; want DIRECT_MESSAGES and GUILD_MESSAGES (%d) only", identify.Intents, want)
	}
	if identify.Token != "Bot test-token" {
		t.Errorf("identify token = %q; want the bot token", identify.Token)
	}
	addr := f.srv.Listener.Addr().String()
	c1.send(t, 0, 1, "READY", map[string]any{"v": 9, "session_id": "sess1", "resume_gateway_url": "ws://" + addr,
		"user": map[string]any{"id": "bot1", "username": "briefbot", "bot": true}, "guilds": []any{},
		"application": map[string]any{"id": "app1"}})
	// discordgo starts heartbeating only when Open has read READY: the first heartbeat says
	// the bot is connected, and carries READY's sequence number.
	if hb := c1.expect(t, 1); string(hb.D) != "1" {
		t.Errorf("first heartbeat d = %s; want 1", hb.D)
	}

	// A DM is answered in its channel over REST.
	c1.send(t, 0, 2, "MESSAGE_CREATE", dmEvent("m1", "/relations japan korea"))
	checkDMReply(t, waitRequest(t, f, rest, dmRoute))

	// An interaction over the gateway is answered at its callback URL.
	c1.send(t, 0, 3, "INTERACTION_CREATE", json.RawMessage(relationsBody))
	cb := waitRequest(t, f, rest, callbackRoute)
	if cb.Body["type"] != float64(discordgo.InteractionResponseChannelMessageWithSource) {
		t.Errorf("callback type %v; want 4", cb.Body["type"])
	}
	data, _ := cb.Body["data"].(map[string]any)
	if embeds, _ := json.Marshal(data["embeds"]); !strings.Contains(string(embeds), "Dokdo") {
		t.Errorf("callback embeds %s; want the Japan–South Korea brief, which mentions Dokdo", embeds)
	}

	// Discord goes away (as on a gateway restart): the Gateway reconnects by itself, and
	// discordgo resumes the session where it stopped rather than identifying again.
	_ = c1.ws.WriteControl(websocket.CloseMessage,
		websocket.FormatCloseMessage(websocket.CloseGoingAway, "restarting"), time.Now().Add(time.Second))
	_ = c1.ws.Close()
	c2 := gw.accept(t)
	c2.send(t, 10, 0, "", map[string]any{"heartbeat_interval": heartbeatMS})
	var resume struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if err := json.Unmarshal(c2.expect(t, 6).D, &resume); err != nil {
		t.Fatal(err)
	}
	if resume.Token != "Bot test-token" || resume.SessionID != "sess1" || resume.Seq != 3 {
		t.Errorf("resume = %+v; want the bot token, session sess1, seq 3", resume)
	}
	c2.send(t, 0, 4, "RESUMED", map[string]any{})
	if hb := c2.expect(t, 1); string(hb.D) != "4" {
		t.Errorf("first heartbeat after resume d = %s; want 4", hb.D)
	}

	// Still answering after the reconnect. The mention is stripped with the bot's id from
	// READY (unstripped, the text is not a command), which shows the READY handler was wired;
	// its goroutine ran long before, the reconnect alone taking discordgo a second.
	c2.send(t, 0, 5, "MESSAGE_CREATE", dmEvent("m3", "<@bot1> /relations japan korea"))
	checkDMReply(t, waitRequest(t, f, rest, dmRoute))

	// Shutdown: Run closes the websocket with a normal close and returns nil.
	cancel()
	select {
	case <-stopped:
		if runErr != nil {
			t.Errorf("Run = %v; want nil on shutdown", runErr)
		}
	case <-time.After(wsTimeout):
		t.Fatal("Run did not return after cancel")
	}
	select {
	case <-c2.done:
		if !websocket.IsCloseError(c2.err, websocket.CloseNormalClosure) {
			t.Errorf("connection ended with %v; want a normal close from the bot", c2.err)
		}
	case <-time.After(wsTimeout):
		t.Error("the bot did not close the websocket")
	}
	select {
	case <-gw.peers:
		t.Error("the bot connected again after shutdown")
	default:
	}
	for i, c := range []*wsPeer{c1, c2} {
		if n := len(c.frames); n != 0 {
			t.Errorf("connection %d: %d unexpected frames from the bot (first: op %d)", i+1, n, (<-c.frames).Op)
		}
	}
	// The gateway URL is fetched once: discordgo keeps it for reconnects.
	var routes []string
	for _, r := range f.requests() {
		routes = append(routes, r.Route)
	}
	if diff := cmp.Diff([]string{gatewayRoute, dmRoute, callbackRoute, dmRoute}, routes); diff != "" {
		t.Errorf("REST requests (-want +got):\n%s", diff)
	}
	waitGoroutinesGone(t, "discordgo.(*Session).listen", "discordgo.(*Session).heartbeat")
}

// waitGoroutinesGone fails unless no goroutine runs any of fns soon. discordgo's reader and
// heartbeat goroutines notice the closed connection on their own after Close returns, and
// nothing signals when, so this polls.
func waitGoroutinesGone(t *testing.T, fns ...string) {
	t.Helper()
	deadline := time.Now().Add(wsTimeout)
	buf := make([]byte, 1<<20)
	for {
		stacks := string(buf[:runtime.Stack(buf, true)])
		var running []string
		for _, fn := range fns {
			if strings.Contains(stacks, fn) {
				running = append(running, fn)
			}
		}
		if len(running) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("still running after shutdown: %v", running)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestGatewayWebsocketMention: a server message mentioning the bot, as discordgo decodes it
// from the wire (mentions, then a reply's referenced_message), starts a thread answered in
// place, and a reply to the answer there follows up in the thread.
func TestGatewayWebsocketMention(t *testing.T) {
	f, gw, rest := newGatewayFake(t)
	f.mu.Lock()
	f.script[threadStart] = []fakeAnswer{{201, `{"id":"t1","type":11,"guild_id":"g1","parent_id":"c1"}`, nil}}
	f.script[threadMessages] = []fakeAnswer{{200, `{"id":"a1","channel_id":"t1"}`, nil}}
	f.mu.Unlock()
	g := NewGateway(nil, realAdapter(t, nil), f.session(t), nil)
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() {
		_ = g.Run(ctx)
		close(stopped)
	}()
	t.Cleanup(func() {
		cancel()
		<-stopped
	})
	c := gw.accept(t)
	c.send(t, 10, 0, "", map[string]any{"heartbeat_interval": heartbeatMS})
	c.expect(t, 2)
	c.send(t, 0, 1, "READY", map[string]any{"v": 9, "session_id": "sess1", "guilds": []any{},
		"user": map[string]any{"id": "bot1", "username": "briefbot", "bot": true}, "application": map[string]any{"id": "app1"}})
	c.expect(t, 1)

	botUser := map[string]any{"id": "bot1", "username": "briefbot", "bot": true}
	c.send(t, 0, 2, "MESSAGE_CREATE", map[string]any{"id": "m1", "channel_id": "c1", "guild_id": "g1", "type": 0,
		"content": "<@bot1> /relations japan korea", "author": map[string]any{"id": "u1", "username": "reader"},
		"mentions": []any{botUser}})
	if start := waitRequest(t, f, rest, threadStart); start.Body["name"] != "/relations japan korea" {
		t.Errorf("thread name %v; want the question", start.Body["name"])
	}
	if title := readShown(t, waitRequest(t, f, rest, threadMessages).Body).Title; title != "Japan ↔ South Korea" {
		t.Errorf("answer in the thread %q; want the Japan–South Korea brief", title)
	}
	c.send(t, 0, 3, "MESSAGE_CREATE", map[string]any{"id": "m2", "channel_id": "t1", "guild_id": "g1", "type": 19,
		"content": "/relations japan china", "author": map[string]any{"id": "u1", "username": "reader"},
		"mentions": []any{botUser}, "message_reference": map[string]any{"message_id": "a1", "channel_id": "t1"},
		"referenced_message": map[string]any{"id": "a1", "channel_id": "t1", "type": 0, "content": "", "author": botUser}})
	if got := readShown(t, waitRequest(t, f, rest, threadMessages).Body); !strings.Contains(got.Title, "China") || got.Reference != "m2" {
		t.Errorf("reply in the thread: title %q reference %q; want Japan–China, replying to m2", got.Title, got.Reference)
	}
}
