package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/briefbot/briefbot/commands"
)

// TestRenderMemo: an answerer that hands back the very same reply gets the stored rendering;
// one that composes replies afresh is never served a stored one, and after maxReplaced
// replacements its key stops being stored.
func TestRenderMemo(t *testing.T) {
	b := realBot(t)
	shared := b.Handle(context.Background(), commands.Request{Text: "/relations japan korea"})
	var n atomic.Int32
	tests := []struct {
		name   string
		handle func(ctx context.Context, req commands.Request) commands.Reply
		same   bool // every answer renders the same
	}{
		{"memoising answerer", func(context.Context, commands.Request) commands.Reply { return shared }, true},
		{"fresh replies", func(ctx context.Context, req commands.Request) commands.Reply {
			r := b.Handle(ctx, req)
			r.Sections = slices.Clone(r.Sections) // the same content in a new reply
			return r
		}, true},
		{"changing replies", func(context.Context, commands.Request) commands.Reply {
			return commands.Reply{Title: fmt.Sprint("answer ", n.Add(1)), Found: true}
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestServer(t, &fakeAnswerer{HandleFn: tc.handle})
			var bodies []string
			for range maxReplaced + 3 {
				w := s.slash(t, "/relations", "japan korea")
				if w.Code != http.StatusOK || !json.Valid(w.Body.Bytes()) {
					t.Fatalf("status %d: %s", w.Code, w.Body)
				}
				bodies = append(bodies, w.Body.String())
			}
			for i := 1; i < len(bodies); i++ {
				if (bodies[i] == bodies[0]) != tc.same {
					t.Errorf("answer %d equal to the first: %v; want %v", i, bodies[i] == bodies[0], tc.same)
				}
			}
			e := s.adapter.memo.entries[renderKey{text: "/relations japan korea", page: 1}]
			if stored := e != nil && !e.unstable; stored != (tc.name == "memoising answerer") {
				t.Errorf("memo keeps a rendering: %v", stored)
			}
		})
	}
}

func TestRenderMemoBounded(t *testing.T) {
	m := newRenderMemo(3)
	r := commands.Reply{Title: "t", Sections: []commands.Section{{Heading: "h"}}}
	for i := range 10 {
		m.put(renderKey{text: fmt.Sprint(i), page: 1}, r, []byte("{}"))
	}
	if len(m.entries) > 3 {
		t.Errorf("memo holds %d entries; bound 3", len(m.entries))
	}
	copyR := r
	copyR.Sections = []commands.Section{{Heading: "h"}} // equal content, another reply
	for k := range m.entries {
		if _, ok, _ := m.get(k, copyR); ok {
			t.Errorf("memo served a rendering for a different reply object")
		}
		if _, ok, _ := m.get(k, r); !ok {
			t.Errorf("memo missed the reply it stored")
		}
	}
}

// TestRenderMemoSurvivesAColdStart: requests racing on a key before the answerer has kept a
// reply each bring a different one; once it keeps one, the memo must settle on it rather
// than give up on the key for good.
func TestRenderMemoSurvivesAColdStart(t *testing.T) {
	m := newRenderMemo(10)
	key := renderKey{text: "/relations japan korea", page: 1}
	fresh := func() commands.Reply {
		return commands.Reply{Title: "t", Sections: []commands.Section{{Heading: "h"}}}
	}
	for range maxReplaced { // the cold start: a new reply each time
		r := fresh()
		if _, ok, store := m.get(key, r); ok || !store {
			t.Fatalf("cold start: served %v, store %v", ok, store)
		}
		m.put(key, r, []byte("{}"))
	}
	kept := fresh() // the answerer keeps this one from now on
	m.put(key, kept, []byte(`{"kept":true}`))
	if js, ok, _ := m.get(key, kept); !ok || string(js) != `{"kept":true}` {
		t.Errorf("after the cold start the memo serves %q, %v; want the kept reply's rendering", js, ok)
	}
}
