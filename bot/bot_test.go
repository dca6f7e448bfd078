package bot

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

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

func TestBotReusesReadOnlyReplies(t *testing.T) {
	d := newDispatcher(t)
	d.Register(commands.Command{Name: "digest", Handler: func(ctx context.Context, req commands.Request, args string) (commands.Reply, error) {
		return commands.Reply{Found: true, Title: "digest " + req.User}, nil
	}})
	b := New(nil, d, NewMetrics(), nil)
	ctx := context.Background()
	first := b.Handle(ctx, commands.Request{Text: "/relations japan korea", Platform: "slack"})
	second := b.Handle(ctx, commands.Request{Text: "/relations japan korea", Platform: "discord"})
	if first.Title != second.Title || len(first.Facts()) != len(second.Facts()) {
		t.Fatalf("cached reply differs: %q vs %q", first.Title, second.Title)
	}
	if n := d.calls.Load(); n != 1 {
		t.Errorf("dispatcher called %d times for the same briefing; want 1", n)
	}
	// A command with state (digests) is never reused: each user gets their own answer.
	a := b.Handle(ctx, commands.Request{Text: "/digest list", User: "U1"})
	c := b.Handle(ctx, commands.Request{Text: "/digest list", User: "U2"})
	if a.Title == c.Title {
		t.Errorf("/digest replies were reused across users: %q", a.Title)
	}
}

type fakeSlack struct{ hits atomic.Int64 }

func (f *fakeSlack) handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { f.hits.Add(1); w.Write([]byte("slack")) })
}
func (f *fakeSlack) Commands() http.Handler     { return f.handler() }
func (f *fakeSlack) Events() http.Handler       { return f.handler() }
func (f *fakeSlack) Interactions() http.Handler { return f.handler() }

func TestServerRoutes(t *testing.T) {
	slack := &fakeSlack{}
	dbDown := errors.New("database unreachable")
	ready := true
	srv := NewServer(nil, NewMetrics(), ServerOptions{
		Slack: slack,
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
		{"POST", "/discord/interactions", 503, "DISCORD_PUBLIC_KEY"},
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
	if _, body := get("GET", "/metrics"); !strings.Contains(body, `briefbot_http_requests_total{route="POST /slack/commands",status="200"} 1`) {
		t.Errorf("metrics lack the request count:\n%s", body)
	}
}

// TestReplyCacheConvergesOnOneReply: requests racing on a cold key each compose a reply, and
// all of them, and every later request, get the one the cache kept.
func TestReplyCacheConvergesOnOneReply(t *testing.T) {
	b := New(nil, newDispatcher(t), nil, nil)
	req := commands.Request{Text: "/relations japan korea"}
	const n = 16
	replies := make([]commands.Reply, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			replies[i] = b.Handle(context.Background(), req)
		})
	}
	close(start)
	wg.Wait()
	later := b.Handle(context.Background(), req)
	for i, r := range replies {
		if len(r.Sections) == 0 || &r.Sections[0] != &later.Sections[0] {
			t.Fatalf("reply %d is not the reply the cache kept", i)
		}
	}
}
