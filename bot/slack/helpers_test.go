package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

const testSecret = "test-signing-secret"

// testNow is the fixed clock of every test that signs requests.
var testNow = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func fixedClock() time.Time { return testNow }

// loadBot is the real bot over the embedded fact store, loaded once for the package's tests.
var loadBot = sync.OnceValues(func() (*bot.Bot, error) {
	store, err := briefs.LoadEmbedded()
	if err != nil {
		return nil, err
	}
	return bot.New(nil, commands.NewDispatcher(nil, store), nil, nil), nil
})

func realBot(t testing.TB) *bot.Bot {
	t.Helper()
	b, err := loadBot()
	if err != nil {
		t.Fatalf("load fact store: %v", err)
	}
	return b
}

// fakeAnswerer counts requests and answers with HandleFn (or a fixed reply).
type fakeAnswerer struct {
	calls    atomic.Int32
	mu       sync.Mutex
	requests []commands.Request
	HandleFn func(ctx context.Context, req commands.Request) commands.Reply
}

func (f *fakeAnswerer) Handle(ctx context.Context, req commands.Request) commands.Reply {
	f.calls.Add(1)
	f.mu.Lock()
	f.requests = append(f.requests, req)
	f.mu.Unlock()
	if f.HandleFn != nil {
		return f.HandleFn(ctx, req)
	}
	return commands.Reply{Command: "test", Found: true, Title: "ok"}
}

func (f *fakeAnswerer) seen() []commands.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]commands.Request(nil), f.requests...)
}

// countingAnswerer wraps an answerer with a call counter.
type countingAnswerer struct {
	calls atomic.Int32
	next  Answerer
}

func (c *countingAnswerer) Handle(ctx context.Context, req commands.Request) commands.Reply {
	c.calls.Add(1)
	return c.next.Handle(ctx, req)
}

// signedRequest builds a POST to path signed at time ts with secret.
func signedRequest(t testing.TB, secret string, ts time.Time, path, contentType string, body []byte) *http.Request {
	t.Helper()
	r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(string(body)))
	r.Header.Set("Content-Type", contentType)
	sec := strconv.FormatInt(ts.Unix(), 10)
	r.Header.Set("X-Slack-Request-Timestamp", sec)
	r.Header.Set("X-Slack-Signature", Sign(secret, sec, body))
	return r
}

// slashBody is a slash-command form as Slack sends it.
func slashBody(command, text string) []byte {
	return []byte(url.Values{
		"token": {"legacy"}, "team_id": {"T0001"}, "team_domain": {"example"},
		"channel_id": {"C0001"}, "channel_name": {"general"}, "user_id": {"U0001"},
		"user_name": {"ada"}, "command": {command}, "text": {text}, "api_app_id": {"A0001"},
		"response_url": {"https://hooks.slack.invalid/commands/T0001/1/x"}, "trigger_id": {"1.2.3"},
	}.Encode())
}

// postedMessage is what the fake Web API recorded of one chat.postMessage.
type postedMessage struct {
	Channel  string
	User     string // chat.postEphemeral only
	Text     string
	ThreadTS string
	Blocks   json.RawMessage
}

// fakeWebAPI is a loopback Slack Web API: it records chat.postMessage calls and answers
// auth.test and conversations.open. PostFn, when set, answers chat.postMessage instead.
type fakeWebAPI struct {
	srv    *httptest.Server
	posted chan postedMessage
	calls  atomic.Int32
	// userInfos counts users.info calls.
	userInfos atomic.Int32
	PostFn    func(w http.ResponseWriter, n int) bool // return false to fall through to ok
	// ephemeral records chat.postEphemeral calls.
	ephemeral chan postedMessage
	// history holds the metadata of posted messages, for conversations.history.
	mu      sync.Mutex
	history []json.RawMessage
}

func newFakeWebAPI(t testing.TB) *fakeWebAPI {
	t.Helper()
	f := &fakeWebAPI{posted: make(chan postedMessage, 100), ephemeral: make(chan postedMessage, 10)}
	mux := http.NewServeMux()
	mux.HandleFunc("/chat.postEphemeral", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		f.ephemeral <- postedMessage{Channel: r.Form.Get("channel"), User: r.Form.Get("user"), Text: r.Form.Get("text"),
			ThreadTS: r.Form.Get("thread_ts")}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"ok":true,"message_ts":"1700000000.000200"}`)
	})
	mux.HandleFunc("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
		n := int(f.calls.Add(1))
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if f.PostFn != nil && f.PostFn(w, n) {
			return
		}
		if md := r.Form.Get("metadata"); md != "" {
			f.mu.Lock()
			f.history = append(f.history, json.RawMessage(md))
			f.mu.Unlock()
		}
		f.posted <- postedMessage{
			Channel: r.Form.Get("channel"), Text: r.Form.Get("text"),
			ThreadTS: r.Form.Get("thread_ts"), Blocks: json.RawMessage(r.Form.Get("blocks")),
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"ok":true,"channel":"`+r.Form.Get("channel")+`","ts":"1700000000.000100"}`)
	})
	mux.HandleFunc("/conversations.history", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		var msgs []string
		for _, md := range f.history {
			msgs = append(msgs, `{"type":"message","ts":"1700000000.000100","metadata":`+string(md)+`}`)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"ok":true,"has_more":false,"messages":[`+strings.Join(msgs, ",")+`]}`)
	})
	mux.HandleFunc("/auth.test", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team_id":"T0001","user":"briefbot"}`)
	})
	mux.HandleFunc("/users.info", func(w http.ResponseWriter, r *http.Request) {
		f.userInfos.Add(1)
		_ = r.ParseForm()
		admin := r.Form.Get("user") == "UADMIN"
		w.Header().Set("Content-Type", "application/json")
		_, _ = fmt.Fprintf(w, `{"ok":true,"user":{"id":%q,"is_admin":%v}}`, r.Form.Get("user"), admin)
	})
	mux.HandleFunc("/conversations.open", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = r.ParseForm()
		if r.Form.Get("users") == "UGONE" {
			_, _ = io.WriteString(w, `{"ok":false,"error":"user_not_found"}`)
			return
		}
		_, _ = io.WriteString(w, `{"ok":true,"channel":{"id":"D0DM"}}`)
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

// client is a slack-go client for the fake, the way the adapter builds one.
func (f *fakeWebAPI) client() *slackapi.Client {
	return slackapi.New("xoxb-test", slackapi.OptionAPIURL(f.srv.URL+"/"))
}

// next waits for the next chat.postMessage.
func (f *fakeWebAPI) next(t testing.TB) postedMessage {
	t.Helper()
	select {
	case p := <-f.posted:
		return p
	case <-time.After(5 * time.Second):
		t.Fatal("no chat.postMessage within 5s")
		return postedMessage{}
	}
}

// none asserts no further chat.postMessage arrives within d.
func (f *fakeWebAPI) none(t testing.TB, d time.Duration) {
	t.Helper()
	select {
	case p := <-f.posted:
		t.Fatalf("unexpected chat.postMessage to %s", p.Channel)
	case <-time.After(d):
	}
}

// responseURLServer is a loopback response_url: it records the JSON bodies posted to it.
type responseURLServer struct {
	srv    *httptest.Server
	bodies chan []byte
}

func newResponseURLServer(t testing.TB) *responseURLServer {
	t.Helper()
	s := &responseURLServer{bodies: make(chan []byte, 10)}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if r.Header.Get("Content-Type") != "application/json" || r.Header.Get("Authorization") != "" {
			http.Error(w, "want JSON without a token", http.StatusBadRequest)
			return
		}
		s.bodies <- b
		_, _ = io.WriteString(w, "ok")
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *responseURLServer) next(t testing.TB) wireMessage {
	t.Helper()
	select {
	case b := <-s.bodies:
		var m wireMessage
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("response_url body is not a message: %v\n%s", err, b)
		}
		m.raw = b
		return m
	case <-time.After(5 * time.Second):
		t.Fatal("nothing posted to the response_url within 5s")
		return wireMessage{}
	}
}

// wireMessage is a rendered message decoded with slack-go's own types.
type wireMessage struct {
	ResponseType    string          `json:"response_type"`
	ReplaceOriginal *bool           `json:"replace_original"`
	Text            string          `json:"text"`
	Blocks          slackapi.Blocks `json:"blocks"`
	raw             []byte
}

func decodeMessage(t testing.TB, b []byte) wireMessage {
	t.Helper()
	var m wireMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("decode message: %v\n%s", err, b)
	}
	m.raw = b
	return m
}

// texts returns every text a reader sees in the message: the fallback and each text object.
func (m wireMessage) texts() []string {
	out := []string{m.Text}
	for _, b := range m.Blocks.BlockSet {
		out = append(out, blockTexts(b)...)
	}
	return out
}

func blockTexts(b slackapi.Block) []string {
	var out []string
	switch b := b.(type) {
	case *slackapi.HeaderBlock:
		out = append(out, b.Text.Text)
	case *slackapi.SectionBlock:
		if b.Text != nil {
			out = append(out, b.Text.Text)
		}
	case *slackapi.ContextBlock:
		for _, e := range b.ContextElements.Elements {
			if t, ok := e.(*slackapi.TextBlockObject); ok {
				out = append(out, t.Text)
			}
		}
	case *slackapi.ActionBlock:
		for _, e := range b.Elements.ElementSet {
			if btn, ok := e.(*slackapi.ButtonBlockElement); ok {
				out = append(out, btn.Text.Text)
			}
		}
	}
	return out
}

// buttons returns the message's buttons.
func (m wireMessage) buttons() []*slackapi.ButtonBlockElement {
	var out []*slackapi.ButtonBlockElement
	for _, b := range m.Blocks.BlockSet {
		if a, ok := b.(*slackapi.ActionBlock); ok {
			for _, e := range a.Elements.ElementSet {
				if btn, ok := e.(*slackapi.ButtonBlockElement); ok {
					out = append(out, btn)
				}
			}
		}
	}
	return out
}

// waitFor polls cond until it holds or a few seconds pass.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
