package bot

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// countingDispatcher wraps the real dispatcher and counts the requests that reach it.
type countingDispatcher struct {
	*commands.Dispatcher
	calls atomic.Int64
}

func (c *countingDispatcher) Handle(ctx context.Context, req commands.Request) commands.Reply {
	c.calls.Add(1)
	return c.Dispatcher.Handle(ctx, req)
}

func newDispatcher(t *testing.T) *countingDispatcher {
	t.Helper()
	st, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	return &countingDispatcher{Dispatcher: commands.NewDispatcher(nil, st)}
}

// TestBotReusesReadOnlyAnswers: the encoded answer to a read-only command is kept per
// platform and text — a copy, so the adapter may reuse its buffer — while commands with state,
// and plain Handle, always reach the dispatcher.
func TestBotReusesReadOnlyAnswers(t *testing.T) {
	d := newDispatcher(t)
	d.Register(commands.Command{Name: "digest", Handler: func(ctx context.Context, req commands.Request, args string) (commands.Reply, error) {
		return commands.Reply{Found: true, Title: "digest " + req.User}, nil
	}})
	b := New(nil, d, NewMetrics(), nil)
	ctx := context.Background()
	var buf []byte // one buffer, reused by every encoding as adapters do
	encodes := 0
	answer := func(platform, text, user string) string {
		t.Helper()
		out, err := b.HandleEncoded(ctx, commands.Request{Text: text, Platform: platform, User: user}, func(r commands.Reply) ([]byte, error) {
			encodes++
			buf = append(buf[:0], platform+": "+r.Title...)
			return buf, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	for _, tc := range []struct {
		platform, text, user string
		want                 string
		calls, encodes       int
	}{
		{"slack", "/relations japan korea", "U1", "slack: Japan ↔ South Korea", 1, 1},
		{"slack", "/country japan", "U1", "slack: Japan", 2, 2}, // overwrites the buffer
		{"slack", "/relations japan korea", "U2", "slack: Japan ↔ South Korea", 2, 2},
		{"discord", "/relations japan korea", "U1", "discord: Japan ↔ South Korea", 3, 3},
		{"slack", "/digest list", "U1", "slack: digest U1", 4, 4},
		{"slack", "/digest list", "U2", "slack: digest U2", 5, 5},
	} {
		if got := answer(tc.platform, tc.text, tc.user); got != tc.want {
			t.Errorf("%s %s = %q; want %q", tc.platform, tc.text, got, tc.want)
		}
		if int(d.calls.Load()) != tc.calls || encodes != tc.encodes {
			t.Errorf("after %s %s: %d dispatches, %d encodings; want %d, %d", tc.platform, tc.text, d.calls.Load(), encodes, tc.calls, tc.encodes)
		}
	}
	b.Handle(ctx, commands.Request{Text: "/relations japan korea", Platform: "slack"})
	if n := d.calls.Load(); n != 6 {
		t.Errorf("Handle reused an answer: %d dispatches; want 6", n)
	}
}

// fakeSlack is an adapter that serves two of Slack's routes and counts the requests.
type fakeSlack struct{ hits atomic.Int64 }

func (f *fakeSlack) adapter() Adapter {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { f.hits.Add(1); w.Write([]byte("slack")) })
	return Adapter{Platform: "slack", Routes: map[string]http.Handler{"POST /slack/commands": h, "POST /slack/events": h}}
}

func TestServerRoutes(t *testing.T) {
	slack := &fakeSlack{}
	dbDown := errors.New("database unreachable")
	ready := true
	srv := NewServer(nil, NewMetrics(), ServerOptions{
		Adapters: []Adapter{slack.adapter(), {Platform: "local", Routes: map[string]http.Handler{
			"GET /page": http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("a page")) }),
		}}},
		Ready: map[string]ReadyCheck{"database": func(context.Context) error {
			if ready {
				return nil
			}
			return dbDown
		}},
	})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	get := func(method, path string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(method, ts.URL+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	tests := []struct {
		method, path string
		status       int
		body         string
	}{
		{"GET", "/healthz", 200, "ok"},
		{"GET", "/readyz", 200, `"database":"ok"`},
		{"POST", "/slack/commands", 200, "slack"},
		{"POST", "/slack/events", 200, "slack"},
		{"POST", "/slack/interactions", 503, "SLACK_SIGNING_SECRET"}, // a platform route no adapter serves
		{"POST", "/discord/interactions", 503, "DISCORD_PUBLIC_KEY"},
		{"GET", "/page", 200, "a page"},
		{"GET", "/slack/commands", 405, ""},
		{"GET", "/nope", 404, ""},
	}
	for _, tc := range tests {
		status, body := get(tc.method, tc.path)
		if status != tc.status || !strings.Contains(body, tc.body) {
			t.Errorf("%s %s = %d %q; want %d containing %q", tc.method, tc.path, status, body, tc.status, tc.body)
		}
	}
	ready = false
	if status, body := get("GET", "/readyz"); status != 503 || !strings.Contains(body, "database unreachable") {
		t.Errorf("readyz with the database down = %d %q; want 503 naming it", status, body)
	}
	_, metrics := get("GET", "/metrics")
	for _, want := range []string{
		`briefbot_http_requests_total{route="POST /slack/commands",status="200"} 1`,
		`briefbot_http_requests_total{route="GET /page",status="200"} 1`,
		`briefbot_http_requests_total{route="POST /slack/interactions",status="503"} 1`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %s:\n%s", want, metrics)
		}
	}
}

// TestServerRouteClaimedTwice: two adapters serving one route is a wiring mistake, caught
// when the server is built rather than by whichever registration happened to win.
func TestServerRouteClaimedTwice(t *testing.T) {
	h := http.NotFoundHandler()
	defer func() {
		if recover() == nil {
			t.Error("NewServer with two adapters serving GET /page did not panic")
		}
	}()
	NewServer(nil, nil, ServerOptions{Adapters: []Adapter{
		{Platform: "a", Routes: map[string]http.Handler{"GET /page": h}},
		{Platform: "b", Routes: map[string]http.Handler{"GET /page": h}},
	}})
}

// fakeDispatcher answers with HandleFn and calls every request cacheable.
type fakeDispatcher struct {
	calls    atomic.Int64
	HandleFn func(req commands.Request) commands.Reply
}

func (f *fakeDispatcher) Handle(_ context.Context, req commands.Request) commands.Reply {
	f.calls.Add(1)
	return f.HandleFn(req)
}

func (f *fakeDispatcher) Cacheable(commands.Request) bool { return true }

// TestAnswerCacheBounded: beyond its bound the cache drops the answer used least recently.
func TestAnswerCacheBounded(t *testing.T) {
	rc := newAnswerCache(&fakeDispatcher{}, 2)
	put := func(key string) { rc.put(commands.Request{Text: key}, key, commands.Reply{Title: key}, []byte(key)) }
	put("a")
	put("b")
	if _, ok := rc.get("a"); !ok { // a is now the most recently used
		t.Fatal("a missing before the bound was reached")
	}
	put("c") // drops b
	for key, want := range map[string]bool{"a": true, "b": false, "c": true} {
		e, ok := rc.get(key)
		if ok != want || (ok && (e.reply.Title != key || string(e.body) != key)) {
			t.Errorf("get(%q) = %+v, %v; want found %v", key, e, ok, want)
		}
	}
	if n := rc.order.Len(); n != 2 || len(rc.byKey) != 2 {
		t.Errorf("cache holds %d entries (%d keys); bound 2", n, len(rc.byKey))
	}
}

func encodeTitle(r commands.Reply) ([]byte, error) { return []byte(r.Title), nil }

// TestBotSkipsInternalErrors: an apology for a failure is composed afresh next time.
func TestBotSkipsInternalErrors(t *testing.T) {
	d := &fakeDispatcher{HandleFn: func(commands.Request) commands.Reply {
		return commands.Reply{Command: "relations", Code: commands.CodeInternal}
	}}
	b := New(nil, d, nil, nil)
	for range 2 {
		if _, err := b.HandleEncoded(context.Background(), commands.Request{Text: "/relations japan korea"}, encodeTitle); err != nil {
			t.Fatal(err)
		}
	}
	if n := d.calls.Load(); n != 2 {
		t.Errorf("dispatcher called %d times; want 2", n)
	}
}

// TestBotTimesCachedReplies: a reply served from the cache records the time it really took,
// not zero, in the latency histogram.
func TestBotTimesCachedReplies(t *testing.T) {
	var ticks atomic.Int64
	clock := func() time.Time { return time.Unix(0, ticks.Add(3000)) } // 3 µs a reading
	m := NewMetrics("relations")
	d := &fakeDispatcher{HandleFn: func(commands.Request) commands.Reply {
		return commands.Reply{Command: "relations", Found: true}
	}}
	b := New(nil, d, m, clock)
	for range 2 {
		if _, err := b.HandleEncoded(context.Background(), commands.Request{Text: "/relations japan korea", Platform: "slack"}, encodeTitle); err != nil {
			t.Fatal(err)
		}
	}
	if n := d.calls.Load(); n != 1 {
		t.Fatalf("dispatcher called %d times; want 1 (the second from the cache)", n)
	}
	body := scrape(t, m)
	for name, want := range map[string]float64{
		`briefbot_command_duration_seconds_count{command="relations"}`:             2,
		`briefbot_command_duration_seconds_sum{command="relations"}`:               6e-6,
		`briefbot_command_duration_seconds_bucket{command="relations",le="1e-05"}`: 2,
	} {
		if got := sample(t, body, name); math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %g; want %g", name, got, want)
		}
	}
}

// sample reads one sample's value from a Prometheus text scrape.
func sample(t *testing.T, body, name string) float64 {
	t.Helper()
	for line := range strings.SplitSeq(body, "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("sample %s: %v", name, err)
			}
			return f
		}
	}
	t.Fatalf("no sample %s in:\n%s", name, body)
	return 0
}

// TestBotLogsCommandLabel: the log names a registered command, and "unknown" for anything
// else, so a name a user typed never reaches it; without metrics every command is unknown.
func TestBotLogsCommandLabel(t *testing.T) {
	d := &fakeDispatcher{HandleFn: func(req commands.Request) commands.Reply {
		return commands.Reply{Command: commands.Parse(req.Text).Name, Code: commands.CodeNotFound}
	}}
	for _, tc := range []struct {
		name    string
		metrics *Metrics
		want    []string
	}{
		{"with metrics", NewMetrics("relations"), []string{"command=relations", "command=unknown"}},
		{"without metrics", nil, []string{"command=unknown"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var log strings.Builder
			logger := slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug}))
			b := New(logger, d, tc.metrics, nil)
			b.Handle(context.Background(), commands.Request{Text: "/relations japan korea"})
			b.Handle(context.Background(), commands.Request{Text: "/zzsecretname x"})
			for _, w := range tc.want {
				if !strings.Contains(log.String(), w) {
					t.Errorf("log lacks %s:\n%s", w, log.String())
				}
			}
			if strings.Contains(log.String(), "zzsecretname") {
				t.Errorf("log holds a command name the user typed:\n%s", log.String())
			}
		})
	}
}
