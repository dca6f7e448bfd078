// Package storebench holds the store benchmarks that more than one backend
// runs, written once so that the backends' numbers measure the same thing. A
// backend's bench_test.go calls them with a Seed that fills its database.
package storebench

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

// Seed makes a fresh store holding n live, active subscriptions on Slack,
// each with slot already posted, and the change counter at the highest
// subscription version. It seeds in bulk, the backend's fastest way, because
// the benchmarks at 10,000 subscriptions would otherwise spend minutes
// seeding.
type Seed func(b *testing.B, n int, slot time.Time) store.Store

// Posted is the slot every seeded subscription has posted.
func Posted() time.Time { return time.Date(2024, 3, 11, 8, 0, 0, 0, time.UTC) }

// EachSize runs bench as a sub-benchmark per number of subscriptions, up to
// the 10,000 of the scale target, to show how costs grow: the quality bar is
// at most linearly. bench gets the seeded store and its subscriptions' ids in
// order; allocations are reported.
func EachSize(b *testing.B, seed Seed, bench func(b *testing.B, s store.Store, ids []int64)) {
	for _, n := range []int{100, 1_000, 10_000} {
		b.Run(fmt.Sprintf("subs=%d", n), func(b *testing.B) {
			s := seed(b, n, Posted())
			subs, err := s.ListSubscriptions(context.Background(), store.SubscriptionFilter{})
			if err != nil || len(subs) != n {
				b.Fatalf("seeded ListSubscriptions() = %d, %v; want %d", len(subs), err, n)
			}
			ids := make([]int64, n)
			for i, sub := range subs {
				ids[i] = sub.ID
			}
			b.ReportAllocs()
			bench(b, s, ids)
		})
	}
}

// ClaimSlot claims fresh slots across all subscriptions: one write
// transaction per claim, whose cost must not depend on how many
// subscriptions there are.
func ClaimSlot(b *testing.B, seed Seed) {
	EachSize(b, seed, func(b *testing.B, s store.Store, ids []int64) {
		ctx := context.Background()
		n, posted := len(ids), Posted()
		i := 0
		for b.Loop() {
			slot := posted.Add(time.Duration(i/n+1) * time.Minute)
			if ok, err := s.ClaimSlot(ctx, ids[i%n], slot, "bench"); err != nil || !ok {
				b.Fatalf("ClaimSlot(%d, %v) = %v, %v; want true, nil", ids[i%n], slot, ok, err)
			}
			i++
		}
	})
}

// ClaimSlotLost is the other replica's side: the slot is taken.
func ClaimSlotLost(b *testing.B, seed Seed) {
	EachSize(b, seed, func(b *testing.B, s store.Store, ids []int64) {
		ctx := context.Background()
		n, posted := len(ids), Posted()
		i := 0
		for b.Loop() {
			if ok, err := s.ClaimSlot(ctx, ids[i%n], posted, "bench"); err != nil || ok {
				b.Fatalf("ClaimSlot(%d, seeded slot) = %v, %v; want false, nil", ids[i%n], ok, err)
			}
			i++
		}
	})
}

// ListSubscriptions lists every active subscription, as a scheduler does at
// start: linear in n, so ns/sub must stay flat.
func ListSubscriptions(b *testing.B, seed Seed) {
	EachSize(b, seed, func(b *testing.B, s store.Store, ids []int64) {
		ctx := context.Background()
		n := len(ids)
		for b.Loop() {
			if subs, err := s.ListSubscriptions(ctx, store.SubscriptionFilter{ActiveOnly: true}); err != nil || len(subs) != n {
				b.Fatalf("ListSubscriptions() = %d, %v; want %d", len(subs), err, n)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/sub")
	})
}

// PollChanges is a replica's idle poll: read the version, list what changed
// since (nothing). Its cost must not grow with n.
func PollChanges(b *testing.B, seed Seed) {
	EachSize(b, seed, func(b *testing.B, s store.Store, _ []int64) {
		ctx := context.Background()
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

// Sweep is a scheduler's look at the ledger for slots to take over or retry, when there are
// none: its cost must not grow with n, nor with the settled history every subscription has.
func Sweep(b *testing.B, seed Seed) {
	EachSize(b, seed, func(b *testing.B, s store.Store, _ []int64) {
		ctx := context.Background()
		for b.Loop() {
			st, err := s.ClaimableSlots(ctx, store.ClaimableFilter{Platforms: []string{store.PlatformSlack}, Limit: 16})
			if err != nil || len(st.Claimable) != 0 {
				b.Fatalf("ClaimableSlots() = %+v, %v; want nothing to claim", st, err)
			}
		}
	})
}

// ClaimSlots claims a batch of 64 fresh slots in one transaction, as the scheduler does when
// its workers come free: per slot, the cost must not depend on n.
func ClaimSlots(b *testing.B, seed Seed) {
	EachSize(b, seed, func(b *testing.B, s store.Store, ids []int64) {
		ctx := context.Background()
		const batch = 64
		n, posted := len(ids), Posted()
		refs := make([]store.SlotRef, batch)
		i := 0
		for b.Loop() {
			for k := range refs {
				refs[k] = store.SlotRef{SubscriptionID: ids[i%n], Slot: posted.Add(time.Duration(i/n+1) * time.Minute)}
				i++
			}
			slices.SortFunc(refs, func(a, b store.SlotRef) int { return cmp.Compare(a.SubscriptionID, b.SubscriptionID) })
			got, err := s.ClaimSlots(ctx, refs, "bench", time.Minute)
			if err != nil || len(got) != batch {
				b.Fatalf("ClaimSlots() = %d, %v", len(got), err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*batch), "ns/slot")
	})
}
