package slack

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// countingDispatcher is the real dispatcher, counting the requests that reach it.
type countingDispatcher struct {
	*commands.Dispatcher
	calls atomic.Int32
}

func (c *countingDispatcher) Handle(ctx context.Context, req commands.Request) commands.Reply {
	c.calls.Add(1)
	return c.Dispatcher.Handle(ctx, req)
}

// TestSlashReusesEncodedAnswers: through a real bot.Bot, a briefing asked again is served
// from the Bot's answer cache byte for byte, and an answerer without one renders each time.
func TestSlashReusesEncodedAnswers(t *testing.T) {
	store, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	d := &countingDispatcher{Dispatcher: commands.NewDispatcher(nil, store)}
	s := newTestServer(t, bot.New(nil, d, nil, nil))
	first := s.slash(t, "/relations", "japan korea")
	second := s.slash(t, "/relations", "japan korea")
	if first.Code != http.StatusOK || first.Body.String() != second.Body.String() {
		t.Fatalf("second answer differs from the first (status %d)", first.Code)
	}
	if n := d.calls.Load(); n != 1 {
		t.Errorf("dispatcher asked %d times; want 1", n)
	}
	// The same bytes as a fresh rendering, through an answerer that keeps nothing.
	plain := newTestServer(t, &fakeAnswerer{HandleFn: d.Dispatcher.Handle})
	if got := plain.slash(t, "/relations", "japan korea").Body.String(); got != first.Body.String() {
		t.Errorf("kept answer differs from a fresh rendering")
	}
}
