package discord

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/commands"
)

// observingAnswerer also hears of answers served from the cache.
type observingAnswerer struct {
	countingAnswerer
	cached atomic.Int64
}

func (o *observingAnswerer) ObserveCached(ctx context.Context, req commands.Request, r commands.Reply) {
	o.cached.Add(1)
}

// TestCache: a pure command is composed once and then served from the cache, with the
// observer told; other commands, autocomplete and a disabled cache always ask.
func TestCache(t *testing.T) {
	pub, priv := testKey(t)
	digest := `{"type":2,"id":"9","channel_id":"c1","user":{"id":"u1"},"data":{"name":"digest","options":[{"name":"action","type":3,"value":"pause 1"}]}}`
	tests := []struct {
		name      string
		body      string
		entries   int
		wantCalls int64 // of three identical requests
	}{
		{"pure command", relationsBody, 0, 1},
		{"button running a pure command", buttonBody("/country japan"), 0, 1},
		{"command with state", digest, 0, 3},
		{"button running a command with state", buttonBody("/digest pause"), 0, 3},
		{"autocomplete", autocompleteBody, 0, 0},
		{"cache off", relationsBody, -1, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := &observingAnswerer{}
			a := New(nil, ans, &countingCompleter{}, Options{PublicKey: pub, Now: func() time.Time { return testNow }, CacheEntries: tt.entries})
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
			if got := ans.calls.Load(); got != tt.wantCalls {
				t.Errorf("answerer called %d times; want %d", got, tt.wantCalls)
			}
			if tt.wantCalls == 1 && ans.cached.Load() != 2 {
				t.Errorf("observer told of %d cached answers; want 2", ans.cached.Load())
			}
		})
	}
}

// TestCacheSkipsInternalErrors: an apology for a failure is not served again.
func TestCacheSkipsInternalErrors(t *testing.T) {
	pub, priv := testKey(t)
	ans := &countingAnswerer{HandleFn: func(context.Context, commands.Request) commands.Reply {
		return commands.Reply{Command: "relations", Code: commands.CodeInternal, Title: "Something went wrong", Ephemeral: true}
	}}
	a := New(nil, ans, &countingCompleter{}, Options{PublicKey: pub, Now: func() time.Time { return testNow }})
	for range 2 {
		a.Interactions().ServeHTTP(httptest.NewRecorder(), signedRequest(t, priv, testNow, relationsBody))
	}
	if n := ans.calls.Load(); n != 2 {
		t.Errorf("answerer called %d times; want 2", n)
	}
}

func TestResponseCacheBounded(t *testing.T) {
	c := newResponseCache(2)
	put := func(k string) { c.put(k, cacheEntry{body: []byte(k)}) }
	put("a")
	put("b")
	put("c") // a and b become old
	if _, ok := c.get("a"); !ok {
		t.Fatal("a lost one generation early")
	}
	put("d")
	put("e") // c and a (promoted) old; b gone
	if _, ok := c.get("b"); ok {
		t.Error("b kept past two generations")
	}
	for _, k := range []string{"a", "d", "e"} {
		if _, ok := c.get(k); !ok {
			t.Errorf("%s lost", k)
		}
	}
	if n := len(c.cur) + len(c.old); n > 4 {
		t.Errorf("%d entries; want at most 2 generations of 2", n)
	}
	var off *responseCache
	off.put("x", cacheEntry{})
	if _, ok := off.get("x"); ok {
		t.Error("a disabled cache found something")
	}
}
