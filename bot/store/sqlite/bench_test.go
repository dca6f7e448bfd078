package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

// benchSizes show how costs grow with the number of subscriptions: the
// quality bar is at most linear, and 10,000 is the scale target.
var benchSizes = []int{100, 1_000, 10_000}

var benchBase = time.Date(2024, 3, 11, 8, 0, 0, 0, time.UTC)

// seed makes a file database with n subscriptions, each with one posted
// slot in the ledger, in one transaction (through the same helpers the
// public methods use, so the rows are what production writes).
func seed(b *testing.B, n int) (*Store, []int64) {
	b.Helper()
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"), nil, nil)
	if err != nil {
		b.Fatalf("Open() = %v", err)
	}
	b.Cleanup(func() { s.Close() })
	ids := make([]int64, 0, n)
	now := time.Now()
	err = s.write(ctx, func(tx *sql.Tx) error {
		for i := range n {
			sub := store.Subscription{
				Platform: "slack", Workspace: fmt.Sprintf("T%03d", i%100), Channel: fmt.Sprintf("C%06d", i),
				Schedule: "CRON_TZ=Asia/Seoul 0 8 * * *", TimeZone: "Asia/Seoul",
				Filter:     store.Filter{Entities: []string{"JP", "KR"}, Topics: []string{"history"}},
				PerEdition: 5, CreatedBy: "U0001",
			}
			id, err := createSubscription(ctx, tx, sub, now)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO deliveries (`+deliveryColumns+`) VALUES (?, ?, 'seed', ?, 'posted', '', ?)`,
				id, encodeTime(benchBase), encodeTime(now), encodeTime(now)); err != nil {
				return err
			}
			ids = append(ids, id)
		}
		return nil
	})
	if err != nil {
		b.Fatalf("seed %d subscriptions: %v", n, err)
	}
	return s, ids
}

// BenchmarkClaimSlot claims fresh slots across all subscriptions: one write
// transaction (with an fsync) per claim, whose cost must not depend on how
// many subscriptions there are.
func BenchmarkClaimSlot(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("subs=%d", n), func(b *testing.B) {
			s, ids := seed(b, n)
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				slot := benchBase.Add(time.Duration(i/n+1) * time.Minute)
				ok, err := s.ClaimSlot(ctx, ids[i%n], slot, "bench")
				if err != nil || !ok {
					b.Fatalf("ClaimSlot(%d, %v) = %v, %v; want true, nil", ids[i%n], slot, ok, err)
				}
				i++
			}
		})
	}
}

// BenchmarkClaimSlotLost is the other replica's side: the slot is taken.
func BenchmarkClaimSlotLost(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("subs=%d", n), func(b *testing.B) {
			s, ids := seed(b, n)
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				ok, err := s.ClaimSlot(ctx, ids[i%n], benchBase, "bench")
				if err != nil || ok {
					b.Fatalf("ClaimSlot(%d, seeded slot) = %v, %v; want false, nil", ids[i%n], ok, err)
				}
				i++
			}
		})
	}
}

// BenchmarkListSubscriptions lists every active subscription, as a
// scheduler does at start: linear in n, so ns/sub must stay flat.
func BenchmarkListSubscriptions(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("subs=%d", n), func(b *testing.B) {
			s, _ := seed(b, n)
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				subs, err := s.ListSubscriptions(ctx, store.SubscriptionFilter{ActiveOnly: true})
				if err != nil || len(subs) != n {
					b.Fatalf("ListSubscriptions() = %d, %v; want %d", len(subs), err, n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/sub")
		})
	}
}

// BenchmarkListChannel is /digest list: one channel among n.
func BenchmarkListChannel(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("subs=%d", n), func(b *testing.B) {
			s, _ := seed(b, n)
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				ch := fmt.Sprintf("C%06d", i%n)
				subs, err := s.ListSubscriptions(ctx, store.SubscriptionFilter{Platform: "slack", Workspace: fmt.Sprintf("T%03d", i%n%100), Channel: ch})
				if err != nil || len(subs) != 1 {
					b.Fatalf("ListSubscriptions(%s) = %d, %v; want 1", ch, len(subs), err)
				}
				i++
			}
		})
	}
}

// BenchmarkPollChanges is a replica's idle poll: read the version, list what
// changed since (nothing). Its cost must not grow with n.
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
				changed, err := s.ListSubscriptions(ctx, store.SubscriptionFilter{ChangedAfter: v, IncludeDeleted: true})
				if err != nil || len(changed) != 0 {
					b.Fatalf("ListSubscriptions(ChangedAfter %d) = %d, %v; want 0", v, len(changed), err)
				}
			}
		})
	}
}

// BenchmarkGetSubscriptionDeepLedger reads a subscription whose ledger holds
// many slots: LastSlot must cost one index seek, not a scan of its history.
func BenchmarkGetSubscriptionDeepLedger(b *testing.B) {
	for _, depth := range []int{1, 1_000, 100_000} {
		b.Run(fmt.Sprintf("slots=%d", depth), func(b *testing.B) {
			s, ids := seed(b, 1)
			ctx := context.Background()
			err := s.write(ctx, func(tx *sql.Tx) error {
				for i := 1; i < depth; i++ {
					if _, err := tx.ExecContext(ctx, `INSERT INTO deliveries (`+deliveryColumns+`) VALUES (?, ?, 'seed', ?, 'posted', '', ?)`,
						ids[0], encodeTime(benchBase.Add(-time.Duration(i)*time.Hour)), encodeTime(benchBase), encodeTime(benchBase)); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatalf("seed ledger: %v", err)
			}
			b.ReportAllocs()
			for b.Loop() {
				sub, err := s.GetSubscription(ctx, ids[0])
				if err != nil || !sub.LastSlot.Equal(benchBase) {
					b.Fatalf("GetSubscription() = %v, %v; want LastSlot %v", sub.LastSlot, err, benchBase)
				}
			}
		})
	}
}
