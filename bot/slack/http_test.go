package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/commands"
)

// testServer is the real HTTP server with a Slack adapter over answer and a fake Web API.
type testServer struct {
	handler http.Handler
	adapter *Adapter
	api     *fakeWebAPI
}

func newTestServer(t *testing.T, answer Answerer) *testServer {
	t.Helper()
	api := newFakeWebAPI(t)
	a, err := New(nil, answer, Options{SigningSecret: testSecret, BotToken: "xoxb-test", APIURL: api.srv.URL, Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.drain(5 * time.Second) })
	srv := bot.NewServer(nil, bot.NewMetrics(), bot.ServerOptions{Adapters: []bot.Adapter{{Platform: "slack", Routes: a.Routes()}}})
	return &testServer{handler: srv.Handler(), adapter: a, api: api}
}

func (s *testServer) do(t *testing.T, r *http.Request) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	s.handler.ServeHTTP(w, r)
	return w
}

func (s *testServer) slash(t *testing.T, command, text string) *httptest.ResponseRecorder {
	t.Helper()
	return s.do(t, signedRequest(t, testSecret, testNow, "/slack/commands", "application/x-www-form-urlencoded", slashBody(command, text)))
}

func (s *testServer) event(t *testing.T, body string, retry int) *httptest.ResponseRecorder {
	t.Helper()
	r := signedRequest(t, testSecret, testNow, "/slack/events", "application/json", []byte(body))
	if retry > 0 {
		r.Header.Set("X-Slack-Retry-Num", fmt.Sprint(retry))
		r.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	}
	return s.do(t, r)
}

// TestSlashCommandEndToEnd: a signed /relations through the real server answers with the
// golden Block Kit.
func TestSlashCommandEndToEnd(t *testing.T) {
	s := newTestServer(t, realBot(t))
	w := s.slash(t, "/relations", "japan korea")
	if w.Code != http.StatusOK || w.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("status %d, content type %q: %s", w.Code, w.Header().Get("Content-Type"), w.Body)
	}
	want, err := os.ReadFile(goldenPath("relations_japan_korea"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(indentJSON(t, w.Body.Bytes()))); diff != "" {
		t.Errorf("/relations japan korea (-golden +got):\n%s", diff)
	}
}

// TestSlashCommandsMapToRequests checks each command, and the umbrella, reaches the bot as
// the neutral request and is answered with a header.
func TestSlashCommandsMapToRequests(t *testing.T) {
	tests := []struct {
		command, text string
		want          string
	}{
		{"/relations", "japan korea", "/relations japan korea"},
		{"/country", "new zealand", "/country new zealand"},
		{"/topic", "dokdo", "/topic dokdo"},
		{"/timeline", "", "/timeline"},
		{"/brief", "", "/brief"},
		{"/sources", "", "/sources"},
		{"/ask", "what is the dokdo dispute?", "/ask what is the dokdo dispute?"},
		{"/help", "", "/help"},
		{"/briefbot", "relations japan korea", "/briefbot relations japan korea"},
		{"/briefbot", "", "/briefbot"},
		{"/Relations", "  japan   korea ", "/relations japan   korea"},
		{"/ask", "a &lt;b&gt; &amp; c", "/ask a <b> & c"},
	}
	for _, tc := range tests {
		t.Run(tc.command+" "+tc.text, func(t *testing.T) {
			ans := &fakeAnswerer{HandleFn: func(ctx context.Context, req commands.Request) commands.Reply {
				return realBot(t).Handle(ctx, req)
			}}
			s := newTestServer(t, ans)
			w := s.slash(t, tc.command, tc.text)
			if w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			want := commands.Request{Text: tc.want, Platform: "slack", Workspace: "T0001", Channel: "C0001", User: "U0001"}
			// CheckManage is a function (asked only by /digest): compared by whether it is set.
			seen := ans.seen()
			for i := range seen {
				if seen[i].CheckManage == nil {
					t.Errorf("request %d has no CheckManage: /digest could not find out who may manage", i)
				}
				seen[i].CheckManage = nil
			}
			if diff := cmp.Diff([]commands.Request{want}, seen); diff != "" {
				t.Errorf("requests (-want +got):\n%s", diff)
			}
			m := decodeMessage(t, w.Body.Bytes())
			if len(m.Blocks.BlockSet) == 0 || m.Blocks.BlockSet[0].BlockType() != "header" {
				t.Errorf("reply does not start with a header: %s", w.Body)
			}
			checkLimits(t, w.Body.Bytes())
		})
	}
}

func TestSlashMentionInjection(t *testing.T) {
	s := newTestServer(t, realBot(t))
	for _, text := range []string{"<!channel> japan", "<@U999|ada> korea", "<!here|here> & <!everyone>"} {
		w := s.slash(t, "/relations", text)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d", w.Code)
		}
		assertNoMarkup(t, decodeMessage(t, w.Body.Bytes()))
	}
}

// dmEvent is a message.im delivery as Slack sends it.
func dmEvent(eventID, text, ts string, extra string) string {
	return fmt.Sprintf(`{"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",
		"event_id":%q,"event_time":1700000000,
		"event":{"type":"message","channel":"D0USER","channel_type":"im","user":"U0001","text":%q,"ts":%q,"event_ts":%q%s}}`,
		eventID, text, ts, ts, extra)
}

func mentionEvent(eventID, text, ts, threadTS string) string {
	thread := ""
	if threadTS != "" {
		thread = fmt.Sprintf(`,"thread_ts":%q`, threadTS)
	}
	return fmt.Sprintf(`{"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",
		"event_id":%q,"event_time":1700000000,
		"event":{"type":"app_mention","channel":"C0GEN","user":"U0001","text":%q,"ts":%q,"event_ts":%q%s}}`,
		eventID, text, ts, ts, thread)
}

func TestURLVerification(t *testing.T) {
	s := newTestServer(t, &fakeAnswerer{})
	w := s.event(t, `{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`, 0)
	if w.Code != http.StatusOK || w.Body.String() != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("url_verification = %d %q; want the challenge", w.Code, w.Body)
	}
}

func TestDMEventPostsMessage(t *testing.T) {
	s := newTestServer(t, realBot(t))
	w := s.event(t, dmEvent("Ev001", "What did Japan change about exports to South Korea in July 2019?", "1700000000.000100", ""), 0)
	if w.Code != http.StatusOK || w.Body.Len() != 0 {
		t.Fatalf("ack = %d %q; want an empty 200", w.Code, w.Body)
	}
	p := s.api.next(t)
	if p.Channel != "D0USER" || p.ThreadTS != "" {
		t.Errorf("posted to %s thread %q; want the DM D0USER, not a thread", p.Channel, p.ThreadTS)
	}
	m := decodeMessage(t, fmt.Appendf(nil, `{"text":%q,"blocks":%s}`, p.Text, p.Blocks))
	all := strings.Join(m.texts(), "\n")
	if !strings.Contains(all, "export controls") || !strings.Contains(all, "Facts as of") {
		t.Errorf("DM answer lacks the facts or the source:\n%s", all)
	}
	if m.Blocks.BlockSet[0].BlockType() != "header" {
		t.Errorf("DM answer does not start with a header")
	}
}

func TestDMMentionInjection(t *testing.T) {
	s := newTestServer(t, realBot(t))
	s.event(t, dmEvent("Ev002", "<!here> what is the dokdo dispute? <@U999> &lt;!channel&gt;", "1700000000.000200", ""), 0)
	p := s.api.next(t)
	m := decodeMessage(t, fmt.Appendf(nil, `{"text":%q,"blocks":%s}`, p.Text, p.Blocks))
	assertNoMarkup(t, m)
	if strings.Contains(p.Text, "<!") {
		t.Errorf("fallback text %q holds a mention", p.Text)
	}
}

// TestRetriedEventAnsweredOnce: Slack's retries (same event id) and a re-delivery of the same
// message under another event id are answered once.
func TestRetriedEventAnsweredOnce(t *testing.T) {
	ans := &countingAnswerer{next: realBot(t)}
	s := newTestServer(t, ans)
	body := dmEvent("Ev003", "what is the dokdo dispute?", "1700000000.000300", "")
	for retry := range 4 {
		if w := s.event(t, body, retry); w.Code != http.StatusOK {
			t.Fatalf("delivery %d: status %d", retry, w.Code)
		}
	}
	if w := s.event(t, dmEvent("Ev003-other-id", "what is the dokdo dispute?", "1700000000.000300", ""), 0); w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	s.api.next(t)
	s.adapter.drain(5 * time.Second)
	s.api.none(t, 100*time.Millisecond)
	if n := ans.calls.Load(); n != 1 {
		t.Errorf("answered %d times; want 1", n)
	}
}

func TestAppMentionAnsweredInThread(t *testing.T) {
	tests := []struct {
		name, ts, thread, wantThread string
	}{
		{"top-level mention", "1700000000.000400", "", "1700000000.000400"},
		{"mention inside a thread", "1700000000.000500", "1699999999.000001", "1699999999.000001"},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ans := &fakeAnswerer{HandleFn: func(ctx context.Context, req commands.Request) commands.Reply {
				return realBot(t).Handle(ctx, req)
			}}
			s := newTestServer(t, ans)
			s.event(t, mentionEvent(fmt.Sprint("EvM", i), "<@UBOT> /relations japan korea", tc.ts, tc.thread), 0)
			p := s.api.next(t)
			if p.Channel != "C0GEN" || p.ThreadTS != tc.wantThread {
				t.Errorf("posted to %s thread %q; want C0GEN thread %q", p.Channel, p.ThreadTS, tc.wantThread)
			}
			if got := ans.seen(); len(got) != 1 || got[0].Text != "/relations japan korea" || got[0].Channel != "C0GEN" || got[0].User != "U0001" {
				t.Errorf("request = %+v; want the mention stripped", got)
			}
			if !strings.Contains(p.Text, "Japan ↔ South Korea") {
				t.Errorf("fallback text = %q", p.Text)
			}
		})
	}
}

// TestIgnoredEvents: bots (the bot itself included), edits and other subtypes, and events
// briefbot does not handle get an empty 200 and no answer.
func TestIgnoredEvents(t *testing.T) {
	tests := []struct{ name, body string }{
		{"other bot", dmEvent("EvI1", "hello", "1.1", `,"bot_id":"B0OTHER"`)},
		{"own DM (bot_id, no subtype)", dmEvent("EvI2", "hello", "1.2", `,"bot_id":"BBOT"`)},
		{"own user", strings.Replace(dmEvent("EvI3", "hello", "1.3", ""), `"user":"U0001"`, `"user":"UBOT"`, 1)},
		{"edit", dmEvent("EvI4", "hello", "1.4", `,"subtype":"message_changed"`)},
		{"join", dmEvent("EvI5", "hello", "1.5", `,"subtype":"channel_join"`)},
		{"channel message", strings.Replace(dmEvent("EvI6", "hello", "1.6", ""), `"channel_type":"im"`, `"channel_type":"channel"`, 1)},
		{"mention by a bot", strings.Replace(mentionEvent("EvI7", "<@UBOT> hi", "1.7", ""), `"user":"U0001"`, `"user":"U0001","bot_id":"B0OTHER"`, 1)},
		{"unknown event type", `{"type":"event_callback","event_id":"EvI8","team_id":"T0001","event":{"type":"no_such_event"}}`},
		{"reaction", `{"type":"event_callback","event_id":"EvI9","team_id":"T0001","event":{"type":"reaction_added","user":"U0001","reaction":"x","item":{"type":"message","channel":"C1","ts":"1.1"}}}`},
		{"app_rate_limited", `{"token":"t","type":"app_rate_limited","team_id":"T0001","minute_rate_limited":1518467820,"api_app_id":"A0001"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ans := &fakeAnswerer{}
			s := newTestServer(t, ans)
			if w := s.event(t, tc.body, 0); w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			s.adapter.drain(5 * time.Second)
			s.api.none(t, 20*time.Millisecond)
			if n := ans.calls.Load(); n != 0 {
				t.Errorf("bot asked %d times; want 0", n)
			}
		})
	}
}

// TestEventAckIsImmediate: the 200 goes back before the answer is composed or posted.
func TestEventAckIsImmediate(t *testing.T) {
	release := make(chan struct{})
	ans := &fakeAnswerer{HandleFn: func(ctx context.Context, req commands.Request) commands.Reply {
		<-release
		return commands.Reply{Title: "late"}
	}}
	s := newTestServer(t, ans)
	start := time.Now()
	w := s.event(t, dmEvent("EvSlow", "slow question", "1.9", ""), 0)
	if d := time.Since(start); w.Code != http.StatusOK || d > time.Second {
		t.Fatalf("ack %d after %s; want 200 at once", w.Code, d)
	}
	close(release)
	if p := s.api.next(t); p.Text != "late" {
		t.Errorf("posted %q", p.Text)
	}
}

// interactionBody is a block_actions payload for a press of actionID with value.
func interactionBody(actionID, value, responseURL string) []byte {
	payload := fmt.Sprintf(`{"type":"block_actions","team":{"id":"T0001","domain":"example"},
		"user":{"id":"U0001","username":"ada","team_id":"T0001"},"api_app_id":"A0001","token":"legacy",
		"container":{"type":"message","message_ts":"1700000000.000900","channel_id":"C0001","is_ephemeral":true},
		"trigger_id":"1.2.3","channel":{"id":"C0001","name":"general"},"response_url":%q,
		"actions":[{"action_id":%q,"block_id":"briefbot_actions","text":{"type":"plain_text","text":"x","emoji":true},
		"value":%q,"type":"button","action_ts":"1700000001.000000"}]}`, responseURL, actionID, value)
	return []byte(url.Values{"payload": {payload}}.Encode())
}

func TestInteractions(t *testing.T) {
	b := realBot(t)
	long := commands.Reply{Title: "Long", Source: "Source: test"}
	for i := range 120 {
		long.Sections = append(long.Sections, commands.Section{Heading: fmt.Sprint("S", i), Bullets: []commands.Bullet{{
			Text: strings.Repeat("word ", 30), Fact: &commands.FactRef{ID: fmt.Sprint("f", i), Quote: fmt.Sprint("quote ", i)}}}})
	}
	ans := &fakeAnswerer{HandleFn: func(ctx context.Context, req commands.Request) commands.Reply {
		if req.Text == "/long" {
			return long
		}
		return b.Handle(ctx, req)
	}}
	tests := []struct {
		name, actionID, value string
		wantHeader            string
		wantType              string
		wantReplace           bool // the answer replaces the pressed message
		check                 func(t *testing.T, m wireMessage)
	}{
		{"suggestion runs its command", "run:0", "/country australia", "Australia", responseInChannel, false, nil},
		{"More shows page 2 in place", actionMore, "2 /long", "Long (2/", responseInChannel, true, func(t *testing.T, m wireMessage) {
			if !strings.Contains(strings.Join(m.texts(), "\n"), "Part 2 of") {
				t.Errorf("page 2 lacks its page marker")
			}
		}},
		{"Sources shows quotes", actionSources, "1 /topic dokdo", "Sources: ", responseEphemeral, false, func(t *testing.T, m wireMessage) {
			all := strings.Join(m.texts(), "\n")
			if !strings.Contains(all, ">“") {
				t.Errorf("no quotes in the sources view:\n%s", all)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestServer(t, ans)
			ru := newResponseURLServer(t)
			w := s.do(t, signedRequest(t, testSecret, testNow, "/slack/interactions", "application/x-www-form-urlencoded",
				interactionBody(tc.actionID, tc.value, ru.srv.URL+"/actions/1")))
			if w.Code != http.StatusOK || w.Body.Len() != 0 {
				t.Fatalf("ack = %d %q; want an empty 200", w.Code, w.Body)
			}
			m := ru.next(t)
			head := blockTexts(m.Blocks.BlockSet[0])
			if len(head) == 0 || !strings.HasPrefix(head[0], tc.wantHeader) {
				t.Errorf("header %q; want prefix %q", head, tc.wantHeader)
			}
			if m.ResponseType != tc.wantType || m.ReplaceOriginal == nil || *m.ReplaceOriginal != tc.wantReplace {
				t.Errorf("response_type %q replace_original %v; want %s and %v", m.ResponseType, m.ReplaceOriginal, tc.wantType, tc.wantReplace)
			}
			if tc.check != nil {
				tc.check(t, m)
			}
			checkLimits(t, m.raw)
		})
	}
}

func TestInteractionsIgnored(t *testing.T) {
	for _, tc := range []struct{ name, body string }{
		{"unknown action", string(interactionBody("other", "x", "https://hooks.slack.invalid/x"))},
		{"bad page value", string(interactionBody(actionMore, "many /x", "https://hooks.slack.invalid/x"))},
		{"view submission", url.Values{"payload": {`{"type":"view_submission","team":{"id":"T1"},"user":{"id":"U1"}}`}}.Encode()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ans := &fakeAnswerer{}
			s := newTestServer(t, ans)
			w := s.do(t, signedRequest(t, testSecret, testNow, "/slack/interactions", "application/x-www-form-urlencoded", []byte(tc.body)))
			if w.Code != http.StatusOK {
				t.Fatalf("status %d", w.Code)
			}
			s.adapter.drain(5 * time.Second)
			if n := ans.calls.Load(); n != 0 {
				t.Errorf("bot asked %d times; want 0", n)
			}
		})
	}
}

func TestDedupeBounded(t *testing.T) {
	d := newDedupe(10*time.Minute, 3)
	now := testNow
	for _, k := range []string{"a", "b", "c"} {
		if !d.firstTime(k, now) {
			t.Fatalf("%s seen before", k)
		}
	}
	if d.firstTime("a", now.Add(9*time.Minute)) {
		t.Errorf("a forgotten within its TTL")
	}
	d.firstTime("d", now.Add(9*time.Minute)) // evicts the oldest, a
	if d.len() > 3 {
		t.Errorf("remembers %d keys; bound 3", d.len())
	}
	if !d.firstTime("b", now.Add(11*time.Minute)) {
		t.Errorf("b remembered past its TTL")
	}
	if got := d.len(); got > 3 {
		t.Errorf("remembers %d keys after expiry", got)
	}
}

func TestMessageText(t *testing.T) {
	tests := []struct{ in, bot, want string }{
		{"<@UBOT> what is dokdo?", "UBOT", "what is dokdo?"},
		{"hey <@UBOT|briefbot> /relations japan korea", "UBOT", "hey /relations japan korea"},
		{"<@UOTHER> /help", "", "/help"},
		{"a &lt;b&gt; &amp; c", "UBOT", "a <b> & c"},
		{"<@UBOT", "UBOT", "<@UBOT"},
		{"<@UBOT|unterminated", "UBOT", "<@UBOT|unterminated"},
	}
	for _, tc := range tests {
		if got := messageText(tc.in, tc.bot); got != tc.want {
			t.Errorf("messageText(%q, %q) = %q; want %q", tc.in, tc.bot, got, tc.want)
		}
	}
}

func TestNewRequiresConfiguration(t *testing.T) {
	for _, o := range []Options{{}, {AppToken: "xapp-1"}} {
		if _, err := New(nil, &fakeAnswerer{}, o); err == nil {
			t.Errorf("New(%+v) succeeded", o)
		}
	}
	a, err := New(nil, &fakeAnswerer{}, Options{SigningSecret: "s"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Poster(); err == nil {
		t.Errorf("Poster without a bot token succeeded")
	}
	if _, err := a.SocketMode(); err == nil {
		t.Errorf("SocketMode without tokens succeeded")
	}
	// An adapter without a bot token still answers slash commands, and acknowledges events it
	// cannot answer.
	srv := bot.NewServer(nil, nil, bot.ServerOptions{Adapters: []bot.Adapter{{Platform: "slack", Routes: a.Routes()}}})
	a.verify = newVerifier("s", fixedClock)
	w := httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, signedRequest(t, "s", testNow, "/slack/events", "application/json", []byte(dmEvent("E1", "hi", "1.1", ""))))
	if w.Code != http.StatusOK {
		t.Errorf("event without a bot token: %d", w.Code)
	}
	_ = json.Valid
}

// TestBodyLimit: a body over the cap is refused with 413, whether or not the request says
// its length up front, and one at the cap is read whole (and, here, fails only its decoding).
func TestBodyLimit(t *testing.T) {
	tests := []struct {
		name          string
		size          int
		declareLength bool
		want          int
	}{
		{"at the cap", maxBodyBytes, true, http.StatusBadRequest},
		{"over the cap", maxBodyBytes + 1, true, http.StatusRequestEntityTooLarge},
		{"over the cap, no length", maxBodyBytes + 1, false, http.StatusRequestEntityTooLarge},
		{"far over the cap, no length", 4 * maxBodyBytes, false, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestServer(t, &fakeAnswerer{})
			body := []byte("x=" + strings.Repeat("%", tt.size-2))
			r := signedRequest(t, testSecret, testNow, "/slack/commands", "application/x-www-form-urlencoded", body)
			if !tt.declareLength {
				r.ContentLength = -1
			}
			if w := s.do(t, r); w.Code != tt.want {
				t.Errorf("%d-byte body: status %d; want %d", tt.size, w.Code, tt.want)
			}
		})
	}
}
