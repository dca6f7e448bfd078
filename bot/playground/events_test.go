package playground

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

// openEvents opens the channel's event stream; the stream ends with the test.
func openEvents(t *testing.T, e *env, query string, header map[string]string) (*http.Response, <-chan sseEvent) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, e.srv.URL+"/events?"+query, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET /events: %v", err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp, readEvents(resp.Body)
}

func next(t *testing.T, events <-chan sseEvent) messageJSON {
	t.Helper()
	select {
	case ev, ok := <-events:
		if !ok {
			t.Fatal("event stream ended")
		}
		if ev.event != "message" {
			t.Fatalf("event type %q; want message", ev.event)
		}
		var m messageJSON
		if err := json.Unmarshal([]byte(ev.data), &m); err != nil {
			t.Fatalf("event data %q: %v", ev.data, err)
		}
		if ev.id == "" || ev.id != jsonID(m.ID) {
			t.Errorf("event id %q; want the message id %d", ev.id, m.ID)
		}
		return m
	case <-time.After(10 * time.Second):
		t.Fatal("no event within 10s")
	}
	return messageJSON{}
}

func jsonID(id int64) string { b, _ := json.Marshal(id); return string(b) }

func TestEventsDeliverPosts(t *testing.T) {
	e := newEnv(t)
	const ch = "pg-00000000000000000000000000000001"
	resp, events := openEvents(t, e, "channel="+ch, nil)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("GET /events = %d %q; want 200 text/event-stream", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	waitFor(t, "the stream to subscribe", 5*time.Second, func() bool { return e.pg.subscribers(ch) == 1 })
	r := commands.Reply{Found: true, Title: "Morning digest <b>", Lead: "Three facts.", Source: "Source: the test"}
	if err := e.pg.Poster().Post(context.Background(), ch, r); err != nil {
		t.Fatal(err)
	}
	m := next(t, events)
	if m.Kind != kindDigest || m.ID != 1 {
		t.Errorf("event = %d %s; want message 1, a digest", m.ID, m.Kind)
	}
	sk, dc := panes(string(m.HTML))
	if !strings.Contains(sk, "Morning digest &lt;b&gt;") || !strings.Contains(dc, "Morning digest &lt;b&gt;") {
		t.Errorf("digest not drawn, escaped, in both renderings: %s", m.HTML)
	}
}

func TestEventsReplayWhatWasMissed(t *testing.T) {
	e := newEnv(t)
	const ch = "pg-00000000000000000000000000000002"
	for i := range 3 {
		_ = e.pg.Poster().Post(context.Background(), ch, commands.Reply{Found: true, Title: "Edition " + jsonID(int64(i+1))})
	}
	// A reconnecting browser sends the last id it saw.
	_, events := openEvents(t, e, "channel="+ch, map[string]string{"Last-Event-ID": "1"})
	if m := next(t, events); m.ID != 2 {
		t.Errorf("first replayed = %d; want 2", m.ID)
	}
	if m := next(t, events); m.ID != 3 {
		t.Errorf("second replayed = %d; want 3", m.ID)
	}
	// A page that already shows everything gets only what is new.
	_, events = openEvents(t, e, "channel="+ch+"&after=3", nil)
	waitFor(t, "the second stream to subscribe", 5*time.Second, func() bool { return e.pg.subscribers(ch) == 2 })
	_ = e.pg.Poster().Post(context.Background(), ch, commands.Reply{Found: true, Title: "Edition 4"})
	if m := next(t, events); m.ID != 4 {
		t.Errorf("after=3: got %d; want 4", m.ID)
	}
}

func TestEventsCarryTheSessionsOwnMessages(t *testing.T) {
	// A second tab of the same session sees what the first asked.
	e := newEnv(t)
	c := e.client(t)
	get(t, c, e.srv.URL+"/")
	ch := e.channel(t, c)
	_, events := openEvents(t, e, "channel="+ch, nil)
	waitFor(t, "the stream to subscribe", 5*time.Second, func() bool { return e.pg.subscribers(ch) == 1 })
	ask(t, c, e.srv.URL, url.Values{"q": {"/topic dokdo"}}, nil)
	if m := next(t, events); m.Kind != kindYou {
		t.Errorf("first event %s; want the question", m.Kind)
	}
	if m := next(t, events); m.Kind != kindBot || !strings.Contains(string(m.HTML), "Dokdo") {
		t.Errorf("second event %s; want the reply about Dokdo", m.Kind)
	}
}

func TestEventsRefuse(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	for _, q := range []string{"", "channel=" + url.QueryEscape("<script>"), "channel=pg-1&after=-1", "channel=pg-1&after=x"} {
		if resp, body := get(t, c, e.srv.URL+"/events?"+q); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("GET /events?%s = %d %q; want 400", q, resp.StatusCode, body)
		}
	}
}

func TestEventsEndWhenTheServerStops(t *testing.T) {
	e := newEnv(t)
	_, events := openEvents(t, e, "channel=pg-3", nil)
	waitFor(t, "the stream to subscribe", 5*time.Second, func() bool { return e.pg.subscribers("pg-3") == 1 })
	e.pg.Close()
	select {
	case _, ok := <-events:
		if ok {
			t.Error("an event after Close; want the stream to end")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("stream still open 5s after Close: a graceful shutdown would hang on it")
	}
}

func TestEventsHeartbeat(t *testing.T) {
	e := newEnv(t)
	e.pg.opts.Heartbeat = 20 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.srv.URL+"/events?channel=pg-4", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	buf := make([]byte, 0, 256)
	tmp := make([]byte, 64)
	for !strings.Contains(string(buf), ": ping") {
		n, err := resp.Body.Read(tmp)
		if err != nil {
			t.Fatalf("read: %v (got %q)", err, buf)
		}
		buf = append(buf, tmp[:n]...)
	}
	if !strings.HasPrefix(string(buf), "retry: ") {
		t.Errorf("stream starts %q; want the reconnection delay first", buf)
	}
}

// TestDigestArrivesThroughTheScheduler subscribes a session with /digest, as a user does on
// the page, and lets the real scheduler, over the SQLite store, post the edition when it is
// due: it arrives on the session's event stream.
func TestDigestArrivesThroughTheScheduler(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	get(t, c, e.srv.URL+"/")
	ch := e.channel(t, c)
	resp, body := ask(t, c, e.srv.URL, url.Values{"q": {"/digest subscribe * * * * * about japan korea"}}, map[string]string{"Accept": "application/json"})
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "Subscribed: digest 1") {
		t.Fatalf("subscribe = %d %s", resp.StatusCode, body)
	}
	_, events := openEvents(t, e, "channel="+ch+"&after=2", nil)
	waitFor(t, "the stream to subscribe", 5*time.Second, func() bool { return e.pg.subscribers(ch) == 1 })
	e.clock.Advance(time.Minute) // 09:00:30: the 09:00 slot is due
	m := next(t, events)
	if m.Kind != kindDigest {
		t.Fatalf("event %s; want the digest edition", m.Kind)
	}
	sk, dc := panes(string(m.HTML))
	if !strings.Contains(sk, "Japan") || !strings.Contains(dc, "Japan") {
		t.Errorf("edition does not show in both renderings: %s", m.HTML)
	}
	// The ledger records the slot as posted, once.
	waitFor(t, "the ledger to record the slot", 5*time.Second, func() bool {
		slots, err := e.store.ListSlots(context.Background(), store.SlotFilter{SubscriptionID: 1})
		return err == nil && len(slots) == 1 && slots[0].Outcome == store.OutcomePosted
	})
}
