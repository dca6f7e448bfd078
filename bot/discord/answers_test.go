package discord

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/commands"
)

// countingDispatcher is the real dispatcher, counting the requests that reach it.
type countingDispatcher struct {
	*commands.Dispatcher
	calls atomic.Int64
}

func (c *countingDispatcher) Handle(ctx context.Context, req commands.Request) commands.Reply {
	c.calls.Add(1)
	return c.Dispatcher.Handle(ctx, req)
}

// TestReusesEncodedAnswers: through a real bot.Bot, a read-only command asked again (typed or
// from a button) in a server is served from the Bot's answer cache byte for byte; a command
// with state and autocomplete are answered afresh each time. (In a DM each one belongs to the
// conversation and is answered afresh.)
func TestReusesEncodedAnswers(t *testing.T) {
	pub, priv := testKey(t)
	digest := `{"type":2,"id":"9","channel_id":"c1","user":{"id":"u1"},"data":{"name":"digest","options":[{"name":"action","type":3,"value":"list"}]}}`
	tests := []struct {
		name      string
		body      string
		wantCalls int64 // of three identical requests
	}{
		{"read-only command", relationsBody, 1},
		{"button in a server running a read-only command", guildButtonBody("/country japan"), 1},
		{"command with state", digest, 3},
		{"autocomplete", autocompleteBody, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &countingDispatcher{Dispatcher: dispatcher(t)}
			d.Register(commands.Command{Name: "digest", Handler: func(ctx context.Context, req commands.Request, args string) (commands.Reply, error) {
				return commands.Reply{Found: true, Title: "digests"}, nil
			}})
			a := New(nil, bot.New(nil, d, nil, nil), d.Resolver(), Options{PublicKey: pub, Now: func() time.Time { return testNow }})
			var first string
			for i := range 3 {
				rec := httptest.NewRecorder()
				a.Interactions().ServeHTTP(rec, signedRequest(t, priv, testNow, tt.body))
				if rec.Code != http.StatusOK {
					t.Fatalf("status %d", rec.Code)
				}
				if i == 0 {
					first = rec.Body.String()
				} else if rec.Body.String() != first {
					t.Errorf("answer %d differs from the first", i)
				}
			}
			if got := d.calls.Load(); got != tt.wantCalls {
				t.Errorf("dispatcher asked %d times; want %d", got, tt.wantCalls)
			}
		})
	}
}
