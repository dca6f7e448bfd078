package playground

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

func testEdition(title string) commands.Reply {
	return commands.Reply{Found: true, Title: title, Source: "Source: the test"}
}

// subscribe asks for an every-minute digest in the client's session, as the page does.
func subscribe(t *testing.T, e *env, c *http.Client, spec string) string {
	t.Helper()
	_, body := ask(t, c, e.srv.URL, url.Values{"q": {"/digest subscribe " + spec + " about japan"}}, map[string]string{"Accept": "application/json"})
	return body
}

func (e *env) subsOf(t *testing.T, channel string) int {
	t.Helper()
	subs, err := e.store.ListSubscriptions(context.Background(), store.SubscriptionFilter{Platform: store.PlatformLocal, Channel: channel})
	if err != nil {
		t.Fatal(err)
	}
	return len(subs)
}

func (e *env) allSubs(t *testing.T) int { t.Helper(); return e.subsOf(t, "") }

// TestSubscriptionsAreBoundedGlobally: dropping the cookie gives a new channel each time, so
// only a bound over every session stops a client from piling up subscriptions.
func TestSubscriptionsAreBoundedGlobally(t *testing.T) {
	e := newEnvWith(t, func(o *Options) { o.MaxSubscriptions = 3 })
	for i := range 5 {
		body := subscribe(t, e, e.client(t), "* * * * *") // a new cookie-less client each time
		if subscribed := strings.Contains(body, "Subscribed"); subscribed != (i < 3) {
			t.Errorf("subscribe %d: subscribed %v; want %v (bound 3): %.300s", i+1, subscribed, i < 3, body)
		}
		if i >= 3 && !strings.Contains(body, "its limit for all visitors") {
			t.Errorf("subscribe %d refused without saying why: %.300s", i+1, body)
		}
	}
	if n := e.allSubs(t); n != 3 {
		t.Errorf("store holds %d playground subscriptions; want 3", n)
	}
}

func TestSubscribeWithoutDigestsIsRefused(t *testing.T) {
	e := newEnv(t)
	e.pg.digests.Store(nil)
	if body := subscribe(t, e, e.client(t), "daily 08:00"); !strings.Contains(body, "not available") {
		t.Errorf("subscribe with no store attached = %.300s; want a refusal", body)
	}
}

// TestDigestsEndWithTheirSession: a new session (reset), an idle one and an evicted one each
// take their channel's digests with them; an open page keeps its own.
func TestDigestsEndWithTheirSession(t *testing.T) {
	ctx := context.Background()
	t.Run("reset", func(t *testing.T) {
		e := newEnv(t)
		c := e.client(t)
		subscribe(t, e, c, "daily 08:00")
		old := e.channel(t, c)
		req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/reset", nil)
		if resp, err := c.Do(req); err != nil || resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("POST /reset = %v, %v", resp, err)
		}
		e.pg.sweep(ctx)
		if n := e.subsOf(t, old); n != 0 {
			t.Errorf("after a reset the old channel has %d digests; want 0", n)
		}
	})
	t.Run("idle", func(t *testing.T) {
		e := newEnvWith(t, func(o *Options) { o.SessionIdle = 10 * time.Minute })
		idle, open := e.client(t), e.client(t)
		subscribe(t, e, idle, "daily 08:00")
		subscribe(t, e, open, "daily 09:00")
		_, _ = openEvents(t, e, "channel="+e.channel(t, open), nil)
		waitFor(t, "the open page's stream", 5*time.Second, func() bool { return e.pg.subscribers(e.channel(t, open)) == 1 })
		e.clock.Advance(9 * time.Minute)
		if e.pg.sweep(ctx); e.allSubs(t) != 2 {
			t.Errorf("before the idle time is up %d digests are left; want 2", e.allSubs(t))
		}
		e.clock.Advance(2 * time.Minute)
		e.pg.sweep(ctx)
		if n := e.subsOf(t, e.channel(t, idle)); n != 0 {
			t.Errorf("an idle session's channel keeps %d digests; want 0", n)
		}
		if n := e.subsOf(t, e.channel(t, open)); n != 1 {
			t.Errorf("an open page's channel keeps %d digests; want 1", n)
		}
	})
	t.Run("evicted", func(t *testing.T) {
		e := newEnvWith(t, func(o *Options) { o.MaxSessions = 4 })
		c := e.client(t)
		subscribe(t, e, c, "daily 08:00")
		for range 4 {
			ask(t, e.client(t), e.srv.URL, url.Values{"q": {"/help"}}, nil)
		}
		e.pg.sweep(ctx)
		if n := e.subsOf(t, e.channel(t, c)); n != 0 {
			t.Errorf("an evicted session's channel keeps %d digests; want 0", n)
		}
	})
}

// TestIdleTimeCountsFromWhenThePageClosed: a page open for longer than the idle time keeps
// its session for the whole idle time after it closes.
func TestIdleTimeCountsFromWhenThePageClosed(t *testing.T) {
	e := newEnvWith(t, func(o *Options) { o.SessionIdle = 10 * time.Minute })
	c := e.client(t)
	subscribe(t, e, c, "daily 08:00")
	ch := e.channel(t, c)
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.srv.URL+"/events?channel="+ch, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the stream", 5*time.Second, func() bool { return e.pg.subscribers(ch) == 1 })
	e.clock.Advance(30 * time.Minute) // the page stays open for half an hour
	cancel()
	resp.Body.Close()
	waitFor(t, "the stream to close", 5*time.Second, func() bool { return e.pg.subscribers(ch) == 0 })
	e.clock.Advance(5 * time.Minute)
	if e.pg.sweep(context.Background()); e.subsOf(t, ch) != 1 {
		t.Errorf("5 minutes after the page closed its channel has %d digests; want 1", e.subsOf(t, ch))
	}
	e.clock.Advance(6 * time.Minute)
	if e.pg.sweep(context.Background()); e.subsOf(t, ch) != 0 {
		t.Errorf("11 minutes after the page closed its channel has %d digests; want 0", e.subsOf(t, ch))
	}
}

// TestRestartKeepsDigestsWhileThePageComesBack: a new process adopts the playground channels
// the store holds, so a page that reconnects keeps its digests; they end after the idle time.
func TestRestartKeepsDigestsWhileThePageComesBack(t *testing.T) {
	e := newEnvWith(t, func(o *Options) { o.SessionIdle = time.Hour })
	c := e.client(t)
	subscribe(t, e, c, "daily 08:00")
	ch := e.channel(t, c)
	// The same store, a new playground: what a restart leaves.
	pg, err := New(nil, e.pg.answer, e.d, Options{Now: e.clock.Now, SessionIdle: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	pg.AttachDigests(e.store, nil)
	pg.adopt(context.Background())
	if pg.sweep(context.Background()); e.subsOf(t, ch) != 1 {
		t.Fatalf("right after a restart the channel has %d digests; want 1", e.subsOf(t, ch))
	}
	e.clock.Advance(61 * time.Minute)
	if pg.sweep(context.Background()); e.subsOf(t, ch) != 0 {
		t.Errorf("a channel no page came back to keeps %d digests after the idle time; want 0", e.subsOf(t, ch))
	}
}

// TestAdoptKeepsEvictedSessionsEnded: a session evicted while Run is still starting (the
// first visitors come before it adopts the store's channels) is not brought back by the
// adoption, so its digests end with it. It once was, now and then, when Run started late.
func TestAdoptKeepsEvictedSessionsEnded(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	subscribe(t, e, c, "daily 08:00")
	ch := e.channel(t, c)
	pg, err := New(nil, e.pg.answer, e.d, Options{Now: e.clock.Now, MaxSessions: 2})
	if err != nil {
		t.Fatal(err)
	}
	pg.AttachDigests(e.store, nil)
	for _, visitor := range []string{ch, "pg-first", "pg-second"} {
		_, ended := pg.sessions.get(visitor, e.clock.Now())
		pg.ended(ended)
	}
	pg.adopt(context.Background())
	if pg.sweep(context.Background()); e.subsOf(t, ch) != 0 {
		t.Errorf("a session evicted before adoption keeps %d digests; want 0", e.subsOf(t, ch))
	}
}

// TestHeldStreamsDoNotEvictNewVisitors: event streams held open on many channels cannot make
// every new session the next one evicted (they once did, losing its history at once).
func TestHeldStreamsDoNotEvictNewVisitors(t *testing.T) {
	e := newEnvWith(t, func(o *Options) { o.MaxSessions = 10 })
	refused := 0
	for i := range 20 {
		resp, _ := openEvents(t, e, fmt.Sprintf("channel=pg-hold%02d", i), nil)
		if resp.StatusCode == http.StatusServiceUnavailable {
			refused++
		}
	}
	if refused != 15 {
		t.Errorf("%d of 20 held streams refused; want 15 (at most half the sessions watched)", refused)
	}
	c := e.client(t)
	ask(t, c, e.srv.URL, url.Values{"q": {"/help"}}, nil)
	_, body := ask(t, c, e.srv.URL, url.Values{"q": {"/country japan"}}, map[string]string{"Accept": "application/json"})
	if !strings.Contains(body, `"id":3`) {
		t.Errorf("the visitor's second question is not message 3 (its session was evicted): %.200s", body)
	}
	_, page := get(t, c, e.srv.URL+"/")
	if strings.Count(page, `class="msg you"`) != 2 {
		t.Error("the visitor's history did not survive a reload")
	}
}

func TestHostAllowList(t *testing.T) {
	e := newEnvWith(t, func(o *Options) { o.AllowedHosts = []string{"bot.example.com"} })
	port := strings.TrimPrefix(e.srv.URL[strings.LastIndex(e.srv.URL, ":"):], ":")
	tests := []struct {
		host string
		want int
	}{
		{"127.0.0.1:" + port, http.StatusOK},
		{"localhost:" + port, http.StatusOK},
		{"LOCALHOST.", http.StatusOK},
		{"app.localhost:" + port, http.StatusOK},
		{"[::1]:" + port, http.StatusOK},
		{"192.168.1.20:" + port, http.StatusOK},
		{"bot.example.com", http.StatusOK},
		{"evil.example", http.StatusMisdirectedRequest},
		{"evil.example:" + port, http.StatusMisdirectedRequest},
		{"bot.example.com.evil.example", http.StatusMisdirectedRequest},
	}
	for _, tc := range tests {
		for _, path := range []string{"/", "/facts"} {
			req, _ := http.NewRequest(http.MethodGet, e.srv.URL+path, nil)
			req.Host = tc.host
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Errorf("GET %s with Host %q = %d; want %d", path, tc.host, resp.StatusCode, tc.want)
			}
		}
	}
	// The DNS-rebinding shape: Origin and Host agree, on the attacker's name.
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/ask", strings.NewReader("q=/help"))
	req.Host = "evil.example"
	req.Header.Set("Origin", "http://evil.example")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("rebinding-shaped POST /ask = %d; want 421", resp.StatusCode)
	}
}

// TestRestartedServerResetsThePagesIDs: a page made by an earlier process sends its boot id;
// this process tells it so and replays the session from its first message, since the ids
// the page has seen name other messages here.
func TestRestartedServerResetsThePagesIDs(t *testing.T) {
	e := newEnv(t)
	const ch = "pg-00000000000000000000000000000009"
	_ = e.pg.Poster().Post(context.Background(), ch, testEdition("Edition 1"))
	_, events := openEvents(t, e, "channel="+ch+"&after=7&boot=earlier", nil)
	select {
	case ev := <-events:
		if ev.event != "boot" || ev.data != e.pg.boot {
			t.Fatalf("first event = %q %q; want boot %q", ev.event, ev.data, e.pg.boot)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no boot event")
	}
	if m := next(t, events); m.ID != 1 {
		t.Errorf("after the boot event: message %d; want 1, though the page had seen 7", m.ID)
	}
	// The page's own boot: ids are trusted.
	_, events = openEvents(t, e, "channel="+ch+"&after=1&boot="+e.pg.boot, nil)
	_ = e.pg.Poster().Post(context.Background(), ch, testEdition("Edition 2"))
	if m := next(t, events); m.ID != 2 {
		t.Errorf("same boot: message %d; want 2", m.ID)
	}
}

func TestIsSubscribe(t *testing.T) {
	for text, want := range map[string]bool{
		"/digest subscribe daily 08:00":          true,
		"/DIGEST Subscribe * * * * *":            true,
		"/briefbot digest subscribe daily 08:00": true,
		"/digest list":                           false,
		"/digest":                                false,
		"subscribe me to japan":                  false,
		"/relations japan korea":                 false,
	} {
		if got := isSubscribe(text); got != want {
			t.Errorf("isSubscribe(%q) = %v; want %v", text, got, want)
		}
	}
}
