package postgres

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/postgres/pgtest"
)

var (
	benchSizes = []int{100, 1_000, 10_000}
	benchBase  = time.Date(2024, 3, 11, 8, 0, 0, 0, time.UTC)
)

// seed makes a private schema with n subscriptions, each with one posted
// slot, in two statements.
func seed(b *testing.B, n int) (*Store, []int64) {
	b.Helper()
	ctx := context.Background()
	s, err := Open(ctx, pgtest.Schema(b), nil, nil)
	if err != nil {
		b.Fatalf("Open() = %v", err)
	}
	b.Cleanup(func() { s.Close() })
	_, err = s.pool.Exec(ctx, `INSERT INTO subscriptions (platform, workspace, channel, schedule, time_zone,
			filter_entities, filter_topics, per_edition, created_by, created_at, updated_at, active_since, version)
		SELECT 'slack', 'T' || (i % 100), 'C' || i, 'CRON_TZ=Asia/Seoul 0 8 * * *', 'Asia/Seoul',
			'{JP,KR}', '{history}', 5, 'U0001', now(), now(), now(), i
		FROM generate_series(1, $1) AS i`, n)
	if err == nil {
		_, err = s.pool.Exec(ctx, `INSERT INTO deliveries (subscription_id, slot, owner, claimed_at, outcome, completed_at)
			SELECT id, $1, 'seed', now(), 'posted', now() FROM subscriptions`, benchBase)
	}
	if err == nil {
		_, err = s.pool.Exec(ctx, `UPDATE store_state SET version = $1`, n)
	}
	if err == nil {
		_, err = s.pool.Exec(ctx, `ANALYZE subscriptions, deliveries`)
	}
	if err != nil {
		b.Fatalf("seed %d subscriptions: %v", n, err)
	}
	subs, err := s.ListSubscriptions(ctx, store.SubscriptionFilter{})
	if err != nil || len(subs) != n {
		b.Fatalf("ListSubscriptions() = %d, %v; want %d", len(subs), err, n)
	}
	ids := make([]int64, n)
	for i, sub := range subs {
		ids[i] = sub.ID
	}
	return s, ids
}

func BenchmarkClaimSlot(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("subs=%d", n), func(b *testing.B) {
			s, ids := seed(b, n)
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				slot := benchBase.Add(time.Duration(i/n+1) * time.Minute)
				if ok, err := s.ClaimSlot(ctx, ids[i%n], slot, "bench"); err != nil || !ok {
					b.Fatalf("ClaimSlot(%d, %v) = %v, %v; want true, nil", ids[i%n], slot, ok, err)
				}
				i++
			}
		})
	}
}

func BenchmarkListSubscriptions(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("subs=%d", n), func(b *testing.B) {
			s, _ := seed(b, n)
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if subs, err := s.ListSubscriptions(ctx, store.SubscriptionFilter{ActiveOnly: true}); err != nil || len(subs) != n {
					b.Fatalf("ListSubscriptions() = %d, %v; want %d", len(subs), err, n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/sub")
		})
	}
}

func BenchmarkPollChanges(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("subs=%d", n), func(b *testing.B) {
			s, _ := seed(b, n)
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				v, err := s.Version(ctx)
				if err != nil {
					b.Fatal(err)
				}
				if changed, err := s.ListSubscriptions(ctx, store.SubscriptionFilter{ChangedAfter: v, IncludeDeleted: true}); err != nil || len(changed) != 0 {
					b.Fatalf("ListSubscriptions(ChangedAfter %d) = %d, %v; want 0", v, len(changed), err)
				}
			}
		})
	}
}
