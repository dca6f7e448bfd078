package playground

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/open"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// t0 is the fake clock's start: thirty seconds before a minute, so a "* * * * *" digest is due
// as soon as the test moves the clock on.
var t0 = time.Date(2030, 1, 7, 8, 59, 30, 0, time.UTC)

var (
	factsOnce  sync.Once
	factsStore *briefs.Store
	factsErr   error
)

// facts is the embedded fact store, loaded once per test binary.
func facts(t testing.TB) *briefs.Store {
	t.Helper()
	factsOnce.Do(func() { factsStore, factsErr = briefs.LoadEmbedded() })
	if factsErr != nil {
		t.Fatalf("load facts: %v", factsErr)
	}
	return factsStore
}

// env is a playground wired as `briefbot serve` wires it — the Bot, /digest on a SQLite store
// in a temporary directory, the real scheduler with the playground as the local poster — on
// the server's own routes, with a fake clock for the scheduler.
type env struct {
	pg    *Playground
	srv   *httptest.Server
	clock *digest.FakeClock
	store store.Store // digests, and the Bot's conversations and feedback
	d     *commands.Dispatcher

	// What restart needs to make the playground again behind the same address.
	bot     *bot.Bot
	metrics *bot.Metrics
	opts    Options
	sched   *digest.Scheduler
	handler atomic.Pointer[http.Handler]
}

// restart stands a new playground — a new process: new boot id, no sessions in memory — in
// for the old one at the same address, and ends the old one's event streams, as a restarted
// server would.
func (e *env) restart(t testing.TB) *Playground {
	t.Helper()
	pg, err := New(nil, e.bot, e.d, e.opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	pg.AttachDigests(e.store, e.sched.Changed)
	h := bot.NewServer(nil, e.metrics, bot.ServerOptions{Adapters: []bot.Adapter{{Platform: "local", Routes: pg.Routes()}}}).Handler()
	e.handler.Store(&h)
	old := e.pg
	e.pg = pg
	old.Close()
	return pg
}

func newEnv(t testing.TB) *env {
	t.Helper()
	return newEnvWith(t, nil)
}

// newEnvWith is newEnv with options changed by tune (the clock is the env's).
func newEnvWith(t testing.TB, tune func(*Options)) *env {
	t.Helper()
	clock := digest.NewFakeClock(t0)
	st, err := open.Open(context.Background(), filepath.Join(t.TempDir(), "digests.db"), nil, clock.Now)
	if err != nil {
		t.Fatalf("open digest store: %v", err)
	}
	d := commands.NewDispatcher(nil, facts(t))
	// Metrics on, as in serve: the server then wraps every response (to count statuses),
	// and the event stream must still flush through the wrapper.
	metrics := bot.NewMetrics()
	b := bot.New(nil, d, metrics, nil)
	// Conversations and feedback in the same store, as serve keeps them.
	b.Remember(st, 0)
	opts := Options{Now: clock.Now}
	if tune != nil {
		tune(&opts)
	}
	pg, err := New(nil, b, d, opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	posters := map[string]bot.Poster{store.PlatformLocal: pg.Poster()}
	sched := digest.New(nil, st, d, posters, clock, nil, digest.Options{Owner: "playground-test"})
	d.Register(digest.NewCommands(st, d, sched.Changed, time.UTC, clock).Command())
	pg.AttachDigests(st, sched.Changed)

	e := &env{pg: pg, clock: clock, store: st, d: d, bot: b, metrics: metrics, opts: opts, sched: sched}
	h := bot.NewServer(nil, metrics, bot.ServerOptions{Adapters: []bot.Adapter{{Platform: "local", Routes: pg.Routes()}}}).Handler()
	e.handler.Store(&h)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		(*e.handler.Load()).ServeHTTP(w, r)
	}))
	e.srv = srv
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { _ = sched.Run(ctx) })
	wg.Go(func() { _ = pg.Run(ctx) })
	t.Cleanup(func() {
		cancel() // ends the scheduler and, through Run, every event stream
		wg.Wait()
		srv.Close()
		st.Close()
	})
	return e
}

// client is a browser-like HTTP client: it keeps the session cookie and does not follow
// redirects, so tests see them.
func (e *env) client(t testing.TB) *http.Client {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, Timeout: 20 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// channel returns the session channel the client's cookie names.
func (e *env) channel(t testing.TB, c *http.Client) string {
	t.Helper()
	u, _ := url.Parse(e.srv.URL)
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == cookieName {
			return ck.Value
		}
	}
	t.Fatal("no session cookie")
	return ""
}

func get(t testing.TB, c *http.Client, u string) (*http.Response, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", u, err)
	}
	return resp, string(b)
}

// ask posts the form as a browser without JavaScript does.
func ask(t testing.TB, c *http.Client, base string, form url.Values, header map[string]string) (*http.Response, string) {
	t.Helper()
	return postForm(t, c, base+"/ask", form, header)
}

// postForm posts a form to url with the extra headers and returns the response and its body.
func postForm(t testing.TB, c *http.Client, url string, form url.Values, header map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// sseEvent is one Server-Sent Event.
type sseEvent struct{ id, event, data string }

// readEvents streams events from r into a channel until r ends.
func readEvents(r io.Reader) <-chan sseEvent {
	ch := make(chan sseEvent, 16)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
		var ev sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev.data != "" {
					ch <- ev
				}
				ev = sseEvent{}
			case strings.HasPrefix(line, "id: "):
				ev.id = line[4:]
			case strings.HasPrefix(line, "event: "):
				ev.event = line[7:]
			case strings.HasPrefix(line, "data: "):
				ev.data += line[6:]
			}
		}
	}()
	return ch
}

// subscribers reports how many event streams watch a channel.
func (p *Playground) subscribers(channel string) int {
	s := p.sessions.peek(channel)
	if s == nil {
		return 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.subs)
}

// waitFor polls cond until it holds or the time is up.
func waitFor(t testing.TB, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
