package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"
	"github.com/slack-go/slack/socketmode"

	"github.com/briefbot/briefbot/commands"
)

// logRecorder is a slog handler that keeps the messages logged, for tests that check what
// the runner reports.
type logRecorder struct {
	mu   sync.Mutex
	msgs []string
}

func (l *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (l *logRecorder) Handle(_ context.Context, r slog.Record) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.msgs = append(l.msgs, r.Message)
	return nil
}
func (l *logRecorder) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logRecorder) WithGroup(string) slog.Handler      { return l }

func (l *logRecorder) count(msg string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, m := range l.msgs {
		if m == msg {
			n++
		}
	}
	return n
}

// socketFixture is a Socket Mode runner connected to slacktest's fake Slack.
type socketFixture struct {
	srv    *slacktest.Server
	logs   *logRecorder
	posted chan postedMessage
	acks   chan socketmode.Response
	opens  atomic.Int32
}

// newSocketFixture starts slacktest (whose apps.connections.open fails failOpens times
// first), and a runner over answer; both stop when the test ends.
func newSocketFixture(t *testing.T, answer Answerer, failOpens int32) *socketFixture {
	t.Helper()
	f := &socketFixture{logs: &logRecorder{}, posted: make(chan postedMessage, 10), acks: make(chan socketmode.Response, 10)}
	f.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		// slacktest's own chat.postMessage records nothing queryable and blocks on its
		// websocket hub; this one records the post.
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			_ = r.ParseForm()
			f.posted <- postedMessage{Channel: r.Form.Get("channel"), Text: r.Form.Get("text"),
				ThreadTS: r.Form.Get("thread_ts"), Blocks: json.RawMessage(r.Form.Get("blocks"))}
			_, _ = io.WriteString(w, `{"ok":true,"channel":"`+r.Form.Get("channel")+`","ts":"1.2"}`)
		})
		c.Handle("/auth.test", func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.WriteString(w, `{"ok":true,"user_id":"UBOT","bot_id":"BBOT"}`)
		})
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			if f.opens.Add(1) <= failOpens {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			_, _ = fmt.Fprintf(w, `{"ok":true,"url":%q}`, f.srv.GetWSURL())
		})
	})
	f.srv.Start()
	// Acks arrive on slacktest's unbuffered feed, which must be drained.
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case m := <-f.srv.SeenFeed:
				var res socketmode.Response
				if json.Unmarshal([]byte(m), &res) == nil && res.EnvelopeID != "" {
					f.acks <- res
				}
			case <-stop:
				return
			}
		}
	}()
	api := slackapi.New("xoxb-test", slackapi.OptionAPIURL(f.srv.GetAPIURL()), slackapi.OptionAppLevelToken("xapp-1-test"))
	a := newAdapter(slog.New(f.logs), answer, api, Options{AppToken: "xapp-1-test", Now: fixedClock})
	a.client = api
	r := a.socketRunner(api)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run = %v; want nil after cancel", err)
			}
		case <-time.After(15 * time.Second):
			t.Errorf("runner did not stop")
		}
		close(stop)
		f.srv.Stop()
	})
	waitFor(t, "the Socket Mode connection", func() bool { return f.logs.count("slack_socket_connected") > 0 })
	return f
}

func (f *socketFixture) send(envelope string) { f.srv.SendToWebsocket(envelope) }

func (f *socketFixture) ack(t *testing.T, envelopeID string) socketmode.Response {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case res := <-f.acks:
			if res.EnvelopeID == envelopeID {
				return res
			}
		case <-deadline:
			t.Fatalf("no ack for %s", envelopeID)
			return socketmode.Response{}
		}
	}
}

func slashEnvelope(id, command, text, responseURL string) string {
	return fmt.Sprintf(`{"type":"slash_commands","envelope_id":%q,"accepts_response_payload":true,
		"payload":{"token":"legacy","team_id":"T0001","channel_id":"C0001","user_id":"U0001","command":%q,"text":%q,
		"api_app_id":"A0001","is_enterprise_install":"false","response_url":%q,"trigger_id":"1.2.3"}}`, id, command, text, responseURL)
}

// TestSocketModeSlashCommand: the reply to a slash command rides on its ack.
func TestSocketModeSlashCommand(t *testing.T) {
	f := newSocketFixture(t, realBot(t), 0)
	f.send(slashEnvelope("env-1", "/relations", "japan korea", "https://hooks.slack.invalid/x"))
	res := f.ack(t, "env-1")
	payload, err := json.Marshal(res.Payload)
	if err != nil {
		t.Fatal(err)
	}
	m := decodeMessage(t, payload)
	if m.ResponseType != responseInChannel || len(m.Blocks.BlockSet) == 0 {
		t.Fatalf("ack payload is not the reply: %s", payload)
	}
	if head := blockTexts(m.Blocks.BlockSet[0]); head[0] != "Japan ↔ South Korea" {
		t.Errorf("header %q", head)
	}
}

// TestSocketModeLargeReply: a reply too big for a Socket Mode frame is acknowledged empty and
// posted to the response_url.
func TestSocketModeLargeReply(t *testing.T) {
	// Pages are bounded in bytes, so only an outsized footer (the source lines every page
	// repeats) makes one page too big for an ack.
	big := commands.Reply{Title: "大", Source: strings.Repeat(strings.Repeat("漢字", 1400)+"\n", 4)}
	f := newSocketFixture(t, &fakeAnswerer{HandleFn: func(context.Context, commands.Request) commands.Reply { return big }}, 0)
	ru := newResponseURLServer(t)
	f.send(slashEnvelope("env-big", "/brief", "", ru.srv.URL+"/r"))
	if res := f.ack(t, "env-big"); res.Payload != nil {
		t.Errorf("ack carries a payload of a too-big reply")
	}
	m := ru.next(t)
	if len(m.raw) < maxAckBytes {
		t.Errorf("response_url got %d bytes; the test reply should exceed an ack", len(m.raw))
	}
}

// TestSocketModeEvents: a DM over Socket Mode is acknowledged, answered by chat.postMessage,
// and its retry is not answered again.
func TestSocketModeEvents(t *testing.T) {
	ans := &countingAnswerer{next: realBot(t)}
	f := newSocketFixture(t, ans, 0)
	event := dmEvent("EvS1", "what is the dokdo dispute?", "1700000000.001000", "")
	f.send(fmt.Sprintf(`{"type":"events_api","envelope_id":"env-2","accepts_response_payload":false,"retry_attempt":0,"payload":%s}`, event))
	if res := f.ack(t, "env-2"); res.Payload != nil {
		t.Errorf("event ack has a payload")
	}
	select {
	case p := <-f.posted:
		if p.Channel != "D0USER" || !strings.Contains(string(p.Blocks), "Dokdo") {
			t.Errorf("posted to %s: %.200s", p.Channel, p.Blocks)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no chat.postMessage")
	}
	f.send(fmt.Sprintf(`{"type":"events_api","envelope_id":"env-3","retry_attempt":1,"retry_reason":"timeout","payload":%s}`, event))
	f.ack(t, "env-3")
	select {
	case p := <-f.posted:
		t.Errorf("retry answered again, to %s", p.Channel)
	case <-time.After(200 * time.Millisecond):
	}
	if n := ans.calls.Load(); n != 1 {
		t.Errorf("answered %d times; want 1", n)
	}
}

func TestSocketModeInteraction(t *testing.T) {
	f := newSocketFixture(t, realBot(t), 0)
	ru := newResponseURLServer(t)
	payload := fmt.Sprintf(`{"type":"block_actions","team":{"id":"T0001"},"user":{"id":"U0001"},"channel":{"id":"C0001"},
		"response_url":%q,"actions":[{"action_id":"run:0","block_id":"briefbot_actions","value":"/country new zealand","type":"button"}]}`,
		ru.srv.URL+"/r")
	f.send(fmt.Sprintf(`{"type":"interactive","envelope_id":"env-4","payload":%s}`, payload))
	f.ack(t, "env-4")
	m := ru.next(t)
	if head := blockTexts(m.Blocks.BlockSet[0]); head[0] != "New Zealand" {
		t.Errorf("header %q; want New Zealand", head)
	}
}

// TestSocketModeReconnects: failed connection attempts are retried with backoff and logged,
// and after Slack asks the bot to reconnect, commands are served on the new connection.
func TestSocketModeReconnects(t *testing.T) {
	f := newSocketFixture(t, realBot(t), 2)
	if n := f.logs.count("slack_socket_connection_error"); n != 2 {
		t.Errorf("logged %d connection errors; want 2", n)
	}
	f.send(`{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"test"}}`)
	waitFor(t, "a second connection", func() bool { return f.logs.count("slack_socket_connected") >= 2 })
	// slacktest's hub keeps a writer for the dead connection that swallows some messages, so
	// send until one command is acknowledged over the new one.
	deadline := time.Now().Add(5 * time.Second)
	for i := 0; ; i++ {
		id := fmt.Sprint("env-after-", i)
		f.send(slashEnvelope(id, "/help", "", "https://hooks.slack.invalid/x"))
		select {
		case res := <-f.acks:
			if res.Payload == nil {
				t.Errorf("ack after reconnect has no reply")
			}
			return
		case <-time.After(300 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("no command acknowledged after reconnecting")
		}
	}
}
