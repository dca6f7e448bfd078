package digest

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
)

// BenchmarkDeliverDueMinute delivers one minute's slot of 10,000 subscriptions (all due at
// once) to a fake chat API on loopback, under a global and a per-channel rate limit, and
// reports the wall time per minute's batch against the bound the global limit sets
// (10,000 / rate), and the scheduler's memory per subscription.
func BenchmarkDeliverDueMinute(b *testing.B) {
	const subs = 10_000
	const globalRate = 2_000.0 // posts per second over all channels
	const perChannel = 1.0     // posts per second per channel
	clock := NewFakeClock(t0)
	st := openStore(b, filepath.Join(b.TempDir(), "scale.db"), clock)
	ctx := context.Background()
	for i := range subs {
		if _, err := st.CreateSubscription(ctx, store.Subscription{
			Platform: store.PlatformSlack, Workspace: "T1", Channel: fmt.Sprintf("C%05d", i),
			Schedule: "CRON_TZ=UTC * * * * *", TimeZone: "UTC", CreatedBy: "U1",
		}); err != nil {
			b.Fatal(err)
		}
	}
	api := &fakeChannelAPI{received: map[string]int{}}
	srv := httptest.NewServer(api)
	defer srv.Close()
	d := newDispatcher(b)
	s := New(nil, st, d, map[string]bot.Poster{store.PlatformSlack: httpPoster{base: srv.URL}}, clock, nil,
		Options{Workers: 64, GlobalRate: globalRate, PerChannelRate: perChannel})

	// Memory: what the scheduler holds per subscription once they are loaded.
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if err := s.refresh(ctx, clock.Now()); err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	perSub := float64(after.HeapInuse-before.HeapInuse) / subs

	b.ResetTimer()
	for range b.N {
		clock.Advance(time.Minute)
		if err := s.Tick(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if got, want := api.count(), subs*b.N; got != want {
		b.Fatalf("delivered %d; want %d", got, want)
	}
	bound := time.Duration(float64(subs) / globalRate * float64(time.Second))
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/minute-batch")
	b.ReportMetric(float64(bound.Milliseconds()), "ms-rate-bound")
	b.ReportMetric(perSub, "heap-bytes/sub")
}
