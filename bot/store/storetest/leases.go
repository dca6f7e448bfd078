package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/google/go-cmp/cmp"
)

// claimOne claims one slot with lease and returns what ClaimSlots said.
func claimOne(t *testing.T, s store.Store, ref store.SlotRef, owner string, lease time.Duration) store.Claim {
	t.Helper()
	got, err := s.ClaimSlots(context.Background(), []store.SlotRef{ref}, owner, lease)
	if err != nil || len(got) != 1 {
		t.Fatalf("ClaimSlots(%v, %q) = %v, %v", ref, owner, got, err)
	}
	return got[0]
}

func slotOf(t *testing.T, s store.Store, ref store.SlotRef) store.Delivery {
	t.Helper()
	got, err := s.ListSlots(context.Background(), store.SlotFilter{SubscriptionID: ref.SubscriptionID, From: ref.Slot, To: ref.Slot.Add(time.Microsecond)})
	if err != nil || len(got) != 1 {
		t.Fatalf("ListSlots(%v) = %v, %v; want the slot", ref, got, err)
	}
	return got[0]
}

// testLeases walks one slot through a lease's life: held, renewed, taken over
// once it runs out, released for a retry, and completed.
func testLeases(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	sub := mustCreate(t, e.s, sample("C1"))
	ref := store.SlotRef{SubscriptionID: sub.ID, Slot: time.Date(2024, 3, 11, 8, 0, 0, 0, kst)}
	const lease = 30 * time.Second

	steps := []struct {
		name    string
		advance time.Duration
		do      func() any
		want    any
	}{
		{"first claim wins", 0, func() any { return claimOne(t, e.s, ref, "a", lease) }, store.Claim{Won: true, Attempts: 1}},
		{"held: another loses", 0, func() any { return claimOne(t, e.s, ref, "b", lease) }, store.Claim{}},
		{"holder renews", 10 * time.Second, func() any { return renew(t, e.s, ref, "a", lease) }, true},
		{"another cannot renew", 0, func() any { return renew(t, e.s, ref, "b", lease) }, false},
		{"renewed lease still held", 25 * time.Second, func() any { return claimOne(t, e.s, ref, "b", lease) }, store.Claim{}},
		// The holder died: its lease runs out and another replica, whoever it
		// is, takes the slot over, told to check before posting.
		{"expired lease taken over", 10 * time.Second, func() any { return claimOne(t, e.s, ref, "b", lease) }, store.Claim{Won: true, Attempts: 2, Verify: true}},
		{"old holder cannot renew", 0, func() any { return renew(t, e.s, ref, "a", lease) }, false},
		{"old holder cannot release", 0, func() any { return release(t, e.s, store.SlotRelease{SlotRef: ref}, "a") }, false},
		{"holder releases for a retry", 0, func() any {
			return release(t, e.s, store.SlotRelease{SlotRef: ref, NotBefore: e.clock.Now().Add(time.Minute), Detail: "HTTP 500"}, "b")
		}, true},
		{"not before the retry time", 30 * time.Second, func() any { return claimOne(t, e.s, ref, "a", lease) }, store.Claim{}},
		{"retry time passed", 30 * time.Second, func() any { return claimOne(t, e.s, ref, "a", lease) }, store.Claim{Won: true, Attempts: 3}},
		{"released after an unknown outcome", 0, func() any {
			return release(t, e.s, store.SlotRelease{SlotRef: ref, Verify: true, Detail: "timed out"}, "a")
		}, true},
		{"next claimant is told to check", 0, func() any { return claimOne(t, e.s, ref, "c", lease) }, store.Claim{Won: true, Attempts: 4, Verify: true}},
	}
	for _, st := range steps {
		e.clock.Advance(st.advance)
		if diff := cmp.Diff(st.want, st.do()); diff != "" {
			t.Fatalf("%s (-want +got):\n%s", st.name, diff)
		}
	}
	held := slotOf(t, e.s, ref)
	now := canon(e.clock.Now())
	want := store.Delivery{SubscriptionID: sub.ID, Slot: canon(ref.Slot), Owner: "c", ClaimedAt: now, Outcome: store.OutcomePending,
		Detail: "timed out", LeaseUntil: canon(now.Add(lease)), Attempts: 4, Verify: true}
	if diff := cmp.Diff(want, held); diff != "" {
		t.Errorf("ledger while held (-want +got):\n%s", diff)
	}
	if err := e.s.CompleteSlot(ctx, sub.ID, ref.Slot, store.SlotResult{Outcome: store.OutcomePosted, Detail: "found on the platform"}); err != nil {
		t.Fatalf("CompleteSlot() = %v", err)
	}
	done := slotOf(t, e.s, ref)
	if done.Outcome != store.OutcomePosted || !done.LeaseUntil.IsZero() || !done.CompletedAt.Equal(now) {
		t.Errorf("ledger after completion = %+v; want posted, lease ended, completed now", done)
	}
	e.clock.Advance(time.Hour)
	if c := claimOne(t, e.s, ref, "d", lease); c.Won {
		t.Errorf("ClaimSlots(completed slot) = %+v; want lost", c)
	}
	if ok := renew(t, e.s, ref, "c", lease); ok {
		t.Errorf("RenewLeases(completed slot) = true; want false")
	}
	if _, err := e.s.ClaimSlots(ctx, []store.SlotRef{ref}, "d", 0); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("ClaimSlots(zero lease) = %v; want invalid", err)
	}
}

func renew(t *testing.T, s store.Store, ref store.SlotRef, owner string, lease time.Duration) bool {
	t.Helper()
	got, err := s.RenewLeases(context.Background(), []store.SlotRef{ref}, owner, lease)
	if err != nil || len(got) != 1 {
		t.Fatalf("RenewLeases(%v, %q) = %v, %v", ref, owner, got, err)
	}
	return got[0]
}

func release(t *testing.T, s store.Store, r store.SlotRelease, owner string) bool {
	t.Helper()
	got, err := s.ReleaseSlots(context.Background(), []store.SlotRelease{r}, owner)
	if err != nil || len(got) != 1 {
		t.Fatalf("ReleaseSlots(%v, %q) = %v, %v", r, owner, got, err)
	}
	return got[0]
}

// testLeaseTakeOverRace has replicas on two handles race to take over a dead
// replica's expired lease: exactly one wins, and the ledger names it.
func testLeaseTakeOverRace(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	sub := mustCreate(t, e.s, sample("C1"))
	ref := store.SlotRef{SubscriptionID: sub.ID, Slot: time.Date(2024, 3, 11, 8, 0, 0, 0, kst)}
	claimOne(t, e.s, ref, "dead", time.Second)
	e.clock.Advance(2 * time.Second)
	handles := []store.Store{e.s, e.another(t)}
	var mu sync.Mutex
	var winners []string
	var wg sync.WaitGroup
	for i := range 8 {
		owner := fmt.Sprintf("live-%d", i)
		wg.Go(func() {
			got, err := handles[i%2].ClaimSlots(context.Background(), []store.SlotRef{ref}, owner, time.Minute)
			if err != nil {
				t.Errorf("ClaimSlots(%s) = %v", owner, err)
				return
			}
			if got[0].Won {
				mu.Lock()
				winners = append(winners, owner)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(winners) != 1 {
		t.Fatalf("take-over winners = %v; want exactly one", winners)
	}
	if d := slotOf(t, e.s, ref); d.Owner != winners[0] || d.Attempts != 2 || !d.Verify {
		t.Errorf("ledger after take-over = %+v; want held by %s, 2 attempts, verify", d, winners[0])
	}
}

// testClaimableSlots checks the sweep: which pending rows can be claimed now,
// the counts, and when the next one can.
func testClaimableSlots(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	mk := func(platform, channel string) store.Subscription {
		s := sample(channel)
		s.Platform = platform
		return mustCreate(t, e.s, s)
	}
	a, b, c, paused := mk("slack", "C1"), mk("slack", "C2"), mk("discord", "C3"), mk("slack", "C4")
	base := time.Date(2024, 3, 11, 8, 0, 0, 0, time.UTC)
	ref := func(sub store.Subscription, h int) store.SlotRef {
		return store.SlotRef{SubscriptionID: sub.ID, Slot: base.Add(time.Duration(h) * time.Hour)}
	}
	claimOne(t, e.s, ref(b, 1), "dead", 10*time.Second)   // will expire
	claimOne(t, e.s, ref(paused, 1), "dead", time.Second) // expired, but paused
	claimOne(t, e.s, ref(c, 2), "r", time.Minute)         // released at once below
	claimOne(t, e.s, ref(a, 3), "r", time.Minute)         // released for later below
	claimOne(t, e.s, ref(a, 4), "r", time.Minute)         // completed below
	if _, err := e.s.ReleaseSlots(ctx, []store.SlotRelease{{SlotRef: ref(c, 2)}, {SlotRef: ref(a, 3), NotBefore: e.clock.Now().Add(5 * time.Minute)}}, "r"); err != nil {
		t.Fatal(err)
	}
	if err := e.s.CompleteSlot(ctx, a.ID, ref(a, 4).Slot, store.SlotResult{Outcome: store.OutcomePosted}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.s.Pause(ctx, paused.ID, "quiet"); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(20 * time.Second)
	claimOne(t, e.s, ref(a, 5), "r", time.Minute) // live lease: ends in a minute
	now := e.clock.Now()

	tests := []struct {
		name string
		f    store.ClaimableFilter
		want store.LedgerState
	}{
		{"all platforms", store.ClaimableFilter{Limit: 10}, store.LedgerState{
			Claimable: []store.SlotRef{canonRef(ref(b, 1)), canonRef(ref(c, 2))}, Leased: 1, Waiting: 1,
			Next: canon(now.Add(time.Minute)).Add(time.Microsecond)}},
		{"slack only", store.ClaimableFilter{Platforms: []string{"slack"}, Limit: 10}, store.LedgerState{
			Claimable: []store.SlotRef{canonRef(ref(b, 1))}, Leased: 1, Waiting: 1, Next: canon(now.Add(time.Minute)).Add(time.Microsecond)}},
		{"limit", store.ClaimableFilter{Limit: 1}, store.LedgerState{
			Claimable: []store.SlotRef{canonRef(ref(b, 1))}, Leased: 1, Waiting: 1, Next: canon(now.Add(time.Minute)).Add(time.Microsecond)}},
		{"counts only", store.ClaimableFilter{}, store.LedgerState{Leased: 1, Waiting: 1, Next: canon(now.Add(time.Minute)).Add(time.Microsecond)}},
	}
	for _, tt := range tests {
		got, err := e.s.ClaimableSlots(ctx, tt.f)
		if err != nil {
			t.Errorf("ClaimableSlots(%s) = %v", tt.name, err)
			continue
		}
		if len(got.Claimable) == 0 {
			got.Claimable = nil
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ClaimableSlots(%s) (-want +got):\n%s", tt.name, diff)
		}
	}
	// Once the live lease is gone, the next time is the retry's.
	if err := e.s.CompleteSlot(ctx, a.ID, ref(a, 5).Slot, store.SlotResult{Outcome: store.OutcomePosted}); err != nil {
		t.Fatal(err)
	}
	got, err := e.s.ClaimableSlots(ctx, store.ClaimableFilter{})
	if want := canon(now.Add(5*time.Minute - 20*time.Second)); err != nil || !got.Next.Equal(want) || got.Leased != 0 {
		t.Errorf("ClaimableSlots() = %+v, %v; want next %v, none leased", got, err, want)
	}
}

func canonRef(r store.SlotRef) store.SlotRef {
	r.Slot = canon(r.Slot)
	return r
}

func testUpdateSubscription(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	sub := mustCreate(t, e.s, sample("C1"))
	other := sample("C1")
	other.Schedule = "CRON_TZ=Asia/Seoul 0 9 * * *"
	mustCreate(t, e.s, other)
	e.clock.Advance(time.Hour)
	now := canon(e.clock.Now())

	got, err := e.s.UpdateSubscription(ctx, sub.ID, sub.Schedule, sub.TimeZone, store.Filter{Topics: []string{"trade", "trade"}})
	if err != nil {
		t.Fatalf("UpdateSubscription(filter) = %v", err)
	}
	if !slices.Equal(got.Filter.Topics, []string{"trade"}) || got.Filter.Entities != nil || !got.ActiveSince.Equal(sub.ActiveSince) ||
		!got.UpdatedAt.Equal(now) || got.Version <= sub.Version {
		t.Errorf("UpdateSubscription(filter) = %+v; want the normalised filter, ActiveSince kept, updated now, a new version", got)
	}
	got, err = e.s.UpdateSubscription(ctx, sub.ID, "CRON_TZ=Asia/Tokyo 30 17 * * 1-5", "Asia/Tokyo", got.Filter)
	if err != nil || got.Schedule != "CRON_TZ=Asia/Tokyo 30 17 * * 1-5" || got.TimeZone != "Asia/Tokyo" || !got.ActiveSince.Equal(now) {
		t.Errorf("UpdateSubscription(schedule) = %+v, %v; want the new schedule and zone, active since now", got, err)
	}
	for _, tt := range []struct {
		name           string
		id             int64
		schedule, zone string
		filter         store.Filter
		want           error
	}{
		{"duplicate of another", sub.ID, other.Schedule, other.TimeZone, other.Filter, store.ErrConflict},
		{"empty schedule", sub.ID, "", "UTC", store.Filter{}, store.ErrInvalid},
		{"missing", sub.ID + 100, "CRON_TZ=UTC 0 8 * * *", "UTC", store.Filter{}, store.ErrNotFound},
	} {
		_, err := e.s.UpdateSubscription(ctx, tt.id, tt.schedule, tt.zone, tt.filter)
		wantCode(t, fmt.Sprintf("UpdateSubscription(%s)", tt.name), err, tt.want)
	}
}

// testChannelCap races creates in one channel on two handles: exactly
// MaxPerChannel succeed, the rest are refused as ErrChannelFull.
func testChannelCap(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	handles := []store.Store{e.s, e.another(t)}
	const tries = 3 * store.MaxPerChannel
	var wg sync.WaitGroup
	var mu sync.Mutex
	created, full := 0, 0
	for i := range tries {
		wg.Go(func() {
			sub := sample("C1")
			sub.Schedule = fmt.Sprintf("CRON_TZ=Asia/Seoul %d 7 * * *", i)
			_, err := handles[i%2].CreateSubscription(ctx, sub)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				created++
			case errors.Is(err, store.ErrChannelFull) && errors.Is(err, store.ErrConflict):
				full++
			default:
				t.Errorf("CreateSubscription(%d) = %v; want success or ErrChannelFull", i, err)
			}
		})
	}
	wg.Wait()
	if created != store.MaxPerChannel || full != tries-store.MaxPerChannel {
		t.Fatalf("%d parallel creates: %d created, %d refused as full; want %d created", tries, created, full, store.MaxPerChannel)
	}
	mustCreate(t, e.s, sample("C2")) // another channel has room
	subs, err := e.s.ListSubscriptions(ctx, store.SubscriptionFilter{Channel: "C1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.s.DeleteSubscription(ctx, subs[0].ID); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, e.s, sample("C1")) // an unsubscribe makes room
}
