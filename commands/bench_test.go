package commands

import (
	"context"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/brieftest"
)

var synthetic = sync.OnceValues(func() (*briefs.Store, error) {
	d, err := brieftest.Synthetic(50_000, 1)
	if err != nil {
		return nil, err
	}
	return briefs.New(d)
})

func benchStores(b *testing.B) map[string]*Dispatcher {
	b.Helper()
	real, err := briefs.LoadEmbedded()
	if err != nil {
		b.Fatal(err)
	}
	big, err := synthetic()
	if err != nil {
		b.Fatal(err)
	}
	return map[string]*Dispatcher{"real": NewDispatcher(nil, real), "synthetic50k": NewDispatcher(nil, big)}
}

// BenchmarkHandle measures a whole answer: parse, resolve names, compose, build the reply.
func BenchmarkHandle(b *testing.B) {
	stores := benchStores(b)
	requests := []struct{ name, text string }{
		{"relations", "/relations japan korea"},
		{"question", "What did Japan change about exports to South Korea in July 2019?"},
		{"refusal", "What is the recipe for chocolate cake?"},
		{"country", "/country new zealand"},
	}
	for _, st := range []string{"real", "synthetic50k"} {
		d := stores[st]
		for _, rq := range requests {
			b.Run(st+"/"+rq.name, func(b *testing.B) {
				ctx := context.Background()
				req := Request{Text: rq.text, Platform: "bench"}
				b.ReportAllocs()
				for b.Loop() {
					if r := d.Handle(ctx, req); r.Title == "" {
						b.Fatal("empty reply")
					}
				}
			})
		}
	}
}
