package commands

import (
	"context"
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

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
		{"why", "Why did South Korea end the intelligence pact with Tokyo?"},
		{"differ", "How do Japan and South Korea differ on North Korea?"},
		{"uncovered", "Who is the prime minister of the United Kingdom?"},
	}
	for _, st := range []string{"real", "synthetic50k"} {
		d := stores[st]
		for _, rq := range requests {
			b.Run(st+"/"+rq.name, func(b *testing.B) {
				ctx := context.Background()
				req := Request{Text: rq.text, Platform: "bench"}
				b.ReportAllocs()
				cpu := processCPU()
				for b.Loop() {
					if r := d.Handle(ctx, req); r.Title == "" {
						b.Fatal("empty reply")
					}
				}
				// CPU time per request is steadier than wall time on a shared machine.
				b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

// BenchmarkSyntheticStores answers the questions that read the most facts on 50,000-fact
// stores drawn with several seeds: how many facts a question matches depends on the draw, and
// one store can hide a slow one.
func BenchmarkSyntheticStores(b *testing.B) {
	for seed := uint64(1); seed <= 4; seed++ {
		d, err := brieftest.Synthetic(50_000, seed)
		if err != nil {
			b.Fatal(err)
		}
		store, err := briefs.New(d)
		if err != nil {
			b.Fatal(err)
		}
		for _, rq := range []struct{ name, text string }{
			{"differ", "How do Japan and South Korea differ on North Korea?"},
			{"why", "Why did South Korea end the intelligence pact with Tokyo?"},
		} {
			b.Run(fmt.Sprintf("seed%d/%s", seed, rq.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if a := store.Answer(rq.text); a.Empty() {
						b.Fatal("no answer")
					}
				}
			})
		}
	}
}

// processCPU is the CPU time this process has used (user and system), in nanoseconds.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
