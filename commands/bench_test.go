package commands

import (
	"context"
	"fmt"
	"slices"
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

// BenchmarkEveryQuestion answers every question of every eval set, once each per op, on the
// real store and on a 50,000-fact one, and reports how long the slowest took: the benchmarks
// above time a few questions, and the slow ones are elsewhere. p50, p99 and max are
// microseconds per question, the fastest of the ops for each.
func BenchmarkEveryQuestion(b *testing.B) {
	var qs []string
	seen := map[string]bool{}
	for _, path := range evalFiles(b) {
		for _, c := range readEval(b, path) {
			if !seen[c.Q] {
				seen[c.Q] = true
				qs = append(qs, c.Q)
			}
		}
	}
	stores := benchStores(b)
	for _, st := range []string{"real", "synthetic50k"} {
		d := stores[st]
		b.Run(st, func(b *testing.B) {
			ctx := context.Background()
			took := make([]time.Duration, len(qs))
			for i := range took {
				took[i] = time.Hour
			}
			for b.Loop() {
				for i, q := range qs {
					start := time.Now()
					d.Handle(ctx, Request{Text: q, Platform: "bench"})
					took[i] = min(took[i], time.Since(start))
				}
			}
			slices.Sort(took)
			at := func(p float64) float64 { return float64(took[int(p*float64(len(took)-1))].Nanoseconds()) / 1e3 }
			b.ReportMetric(at(0.5), "p50-µs")
			b.ReportMetric(at(0.99), "p99-µs")
			b.ReportMetric(at(1), "max-µs")
			b.ReportMetric(float64(len(qs)), "questions")
		})
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
