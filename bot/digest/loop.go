package digest

import (
	"cmp"
	"container/heap"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

// entry is one subscription this replica schedules.
type entry struct {
	sub   store.Subscription
	sched Schedule
	next  time.Time // the first slot not yet handled by this replica
	index int       // in the due heap
}

// dueHeap orders entries by their next slot, so the loop finds what is due without looking
// at every subscription.
type dueHeap []*entry

func (h dueHeap) Len() int           { return len(h) }
func (h dueHeap) Less(i, j int) bool { return h[i].next.Before(h[j].next) }
func (h dueHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *dueHeap) Push(x any) {
	e := x.(*entry)
	e.index = len(*h)
	*h = append(*h, e)
}
func (h *dueHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	e.index = -1
	return e
}

// sweepMinGap is the least wait between two sweeps that found nothing to claim.
const sweepMinGap = 10 * time.Millisecond

// maxSkipRecords bounds how many missed slots of one subscription are written to the ledger
// in one go; the rest of a very long outage are only counted.
const maxSkipRecords = 1000

// pass does what is due at the clock's now without waiting for any post: it reloads changed
// subscriptions, renews its leases, records slots too old to post, claims as many due slots
// and claimable ledger rows as it has free workers and starts them. It returns when the loop
// should look again.
func (s *Scheduler) pass(ctx context.Context) (time.Time, error) {
	now := s.clock.Now()
	err := s.refresh(ctx, now)
	s.renew(ctx, now)
	if err == nil {
		err = s.claimDue(ctx, now)
	}
	if err != nil {
		s.mu.Lock()
		s.holdOff = now.Add(s.opts.Backoff)
		s.mu.Unlock()
	}
	return s.nextWake(now), err
}

// nextWake is the earliest time anything can be done after now.
func (s *Scheduler) nextWake(now time.Time) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	wake := s.lastRefresh.Add(s.opts.Poll)
	earlier := func(t time.Time) {
		if !t.IsZero() && t.Before(wake) {
			wake = t
		}
	}
	if len(s.held) > 0 {
		earlier(s.lastRenew.Add(s.opts.Lease / 3))
	}
	if s.freeWorkers() > 0 {
		// With no free worker, nothing can start before one comes free, which wakes the loop.
		// After a database error, claims wait for holdOff; renewals and polls do not.
		claimAt := s.sweepAt
		if len(s.due) > 0 && (claimAt.IsZero() || s.due[0].next.Before(claimAt)) {
			claimAt = s.due[0].next
		}
		if claimAt.Before(s.holdOff) {
			claimAt = s.holdOff
		}
		earlier(claimAt)
	}
	return wake
}

// refresh loads subscriptions: all active ones the first time, then only what changed since
// the version last seen (by any replica), once per poll interval or when woken.
func (s *Scheduler) refresh(ctx context.Context, now time.Time) error {
	s.mu.Lock()
	loaded, seen, due := s.loaded, s.version, s.reload || now.Sub(s.lastRefresh) >= s.opts.Poll || !s.loaded
	s.mu.Unlock()
	if !due {
		return nil
	}
	v, err := s.store.Version(ctx)
	if err != nil {
		return fmt.Errorf("read subscription version: %w", err)
	}
	var subs []store.Subscription
	if !loaded || v != seen {
		f := store.SubscriptionFilter{ActiveOnly: true}
		if loaded {
			f = store.SubscriptionFilter{ChangedAfter: seen, IncludeDeleted: true}
		}
		if subs, err = s.store.ListSubscriptions(ctx, f); err != nil {
			return fmt.Errorf("list subscriptions: %w", err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sub := range subs {
		s.load(ctx, sub)
	}
	s.version, s.loaded, s.reload, s.lastRefresh = v, true, false, now
	// Other replicas may have released slots or died holding them: look at the ledger too.
	s.sweepAt = now
	return nil
}

// load puts one subscription's latest state in the schedule. s.mu is held.
func (s *Scheduler) load(ctx context.Context, sub store.Subscription) {
	old := s.entries[sub.ID]
	if old != nil {
		heap.Remove(&s.due, old.index)
		delete(s.entries, sub.ID)
	}
	if !sub.DeletedAt.IsZero() || sub.Paused || s.posters[sub.Platform] == nil {
		return
	}
	sched, err := ParseSpec(sub.Schedule)
	if err != nil {
		s.logger.WarnContext(ctx, "digest_bad_schedule", "subscription", sub.ID, "err", err)
		return
	}
	// Start after whatever was already handled: the last slot in the ledger, or when the
	// subscription became active (nothing missed while paused, or before an edit, is posted).
	from := sub.ActiveSince
	if sub.LastSlot.After(from) {
		from = sub.LastSlot
	}
	next := sched.Next(from)
	if old != nil && old.sub.ActiveSince.Equal(sub.ActiveSince) && old.sub.Schedule == sub.Schedule && old.next.After(next) {
		next = old.next
	}
	if next.IsZero() {
		return // a schedule that never fires again
	}
	e := &entry{sub: sub, sched: sched, next: next}
	s.entries[sub.ID] = e
	heap.Push(&s.due, e)
}

// candidate is a slot the pass means to claim.
type candidate struct {
	e     *entry
	slot  time.Time
	fresh bool // from the schedule, not from the ledger
}

// skips are one subscription's slots too old to post.
type skips struct {
	sub   store.Subscription
	slots []time.Time
	total int
}

// claimDue claims up to the free workers' worth of due slots — first those the schedules make
// due, then pending ledger rows that can be taken over or retried — and starts a worker on
// each slot won.
func (s *Scheduler) claimDue(ctx context.Context, now time.Time) error {
	s.mu.Lock()
	if now.Before(s.holdOff) {
		s.mu.Unlock()
		return nil
	}
	free := s.freeWorkers()
	var cands []candidate
	var skipped []skips
	for free > len(cands) && len(s.due) > 0 && !s.due[0].next.After(now) {
		e := s.due[0]
		slot := e.next
		if now.Sub(slot) > s.opts.Grace {
			skipped = append(skipped, s.skipOld(e, now))
		} else {
			e.next = e.sched.Next(slot)
			cands = append(cands, candidate{e: e, slot: slot, fresh: true})
		}
		if e.next.IsZero() { // the schedule never fires again
			heap.Remove(&s.due, e.index)
			delete(s.entries, e.sub.ID)
		} else {
			heap.Fix(&s.due, e.index)
		}
	}
	sweep := free > len(cands) && !s.sweepAt.After(now)
	s.mu.Unlock()

	for _, sk := range skipped {
		s.recordSkips(ctx, sk)
	}
	if sweep {
		more, err := s.sweep(ctx, now, free-len(cands), cands)
		if err != nil {
			s.putBack(cands)
			return err
		}
		cands = append(cands, more...)
	}
	if len(cands) == 0 {
		return nil
	}
	return s.claim(ctx, cands)
}

// skipOld moves an entry past every slot older than the grace window and returns them.
// s.mu is held.
func (s *Scheduler) skipOld(e *entry, now time.Time) skips {
	sk := skips{sub: e.sub}
	for !e.next.IsZero() && now.Sub(e.next) > s.opts.Grace {
		sk.total++
		if len(sk.slots) < maxSkipRecords {
			sk.slots = append(sk.slots, e.next)
		}
		e.next = e.sched.Next(e.next)
	}
	return sk
}

// recordSkips writes a subscription's too-old slots to the ledger as skipped.
func (s *Scheduler) recordSkips(ctx context.Context, sk skips) {
	n, err := s.store.SkipSlots(ctx, sk.sub.ID, sk.slots, s.opts.Owner, "missed while the bot was down, beyond the grace window")
	if err != nil {
		s.logger.WarnContext(ctx, "digest_skip_failed", "subscription", sk.sub.ID, "err", err)
		return
	}
	// Replicas racing to skip count each slot once: only what this one recorded counts,
	// plus the tail of a very long outage that no replica records.
	counted := n + (sk.total - len(sk.slots))
	s.metrics.edition(outcomeSkipped, counted)
	if counted > 0 {
		s.logger.InfoContext(ctx, "digest_slots_skipped", "subscription", sk.sub.ID, "count", counted)
	}
}

// sweep asks the ledger for pending rows this replica could claim now — slots released for a
// retry, or held by a replica whose lease ran out — and notes when to look again.
func (s *Scheduler) sweep(ctx context.Context, now time.Time, limit int, already []candidate) ([]candidate, error) {
	st, err := s.store.ClaimableSlots(ctx, store.ClaimableFilter{Platforms: s.platforms, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("sweep the ledger: %w", err)
	}
	s.metrics.ledger(st.Leased, st.Waiting)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sweepAt = now.Add(s.opts.Poll)
	if !st.Next.IsZero() && st.Next.Before(s.sweepAt) {
		// Not before a moment from now: the store's clock may lag this one a little, and a
		// sweep at once would find the same rows still held.
		s.sweepAt = st.Next
		if gap := now.Add(sweepMinGap); s.sweepAt.Before(gap) {
			s.sweepAt = gap
		}
	}
	var out []candidate
	for _, ref := range st.Claimable {
		e := s.entries[ref.SubscriptionID]
		if e == nil || s.held[ref] != nil || slices.ContainsFunc(already, func(c candidate) bool {
			return c.e == e && c.slot.Equal(ref.Slot)
		}) {
			continue // not loaded here yet (the next refresh will), or this pass has it already
		}
		out = append(out, candidate{e: e, slot: ref.Slot})
	}
	if len(st.Claimable) == limit && len(out) > 0 {
		s.sweepAt = now // there may be more: look again as soon as workers are free
	}
	return out, nil
}

// maxHold bounds how long one job may keep its slot: waiting for the rate limits, a
// delivery check and a post, each bounded by PostTimeout, fit well within it.
func (s *Scheduler) maxHold() time.Duration { return 4 * (s.opts.Lease + s.opts.PostTimeout) }

// compareRefs orders slots as every replica locks them: by subscription, then slot.
func compareRefs(a, b store.SlotRef) int {
	return cmp.Or(cmp.Compare(a.SubscriptionID, b.SubscriptionID), a.Slot.Compare(b.Slot))
}

// putBack makes fresh candidates due again after their claim could not be tried.
func (s *Scheduler) putBack(cands []candidate) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range cands {
		if !c.fresh || s.entries[c.e.sub.ID] != c.e {
			continue
		}
		if c.slot.Before(c.e.next) {
			c.e.next = c.slot
			heap.Fix(&s.due, c.e.index)
		}
	}
}

// claim claims the candidates in one transaction and starts a worker on each slot won.
// Every replica claims in the same order, so two batches never wait on each other in a cycle
// (PostgreSQL would abort one as a deadlock).
func (s *Scheduler) claim(ctx context.Context, cands []candidate) error {
	slices.SortFunc(cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(a.e.sub.ID, b.e.sub.ID), a.slot.Compare(b.slot))
	})
	refs := make([]store.SlotRef, len(cands))
	for i, c := range cands {
		refs[i] = store.SlotRef{SubscriptionID: c.e.sub.ID, Slot: c.slot}
	}
	claims, err := s.store.ClaimSlots(ctx, refs, s.opts.Owner, s.opts.Lease)
	if err != nil {
		s.putBack(cands)
		return fmt.Errorf("claim due slots: %w", err)
	}
	now := s.clock.Now()
	for i, c := range claims {
		if !c.Won {
			continue // another replica holds it or it is settled; the ledger has it
		}
		j := &job{sub: cands[i].e.sub, sched: cands[i].e.sched, slot: cands[i].slot, attempts: c.Attempts, verify: c.Verify, claimedAt: now}
		jctx, cancel := context.WithCancel(ctx)
		j.cancel = cancel
		s.mu.Lock()
		if len(s.held) == 0 {
			s.lastRenew = now
		}
		s.held[refs[i]] = j
		s.mu.Unlock()
		s.workers.Go(func() { s.work(jctx, j) })
	}
	return nil
}

// renew extends the leases this replica holds, every Lease/3, and stops the posts whose slot
// it no longer holds (its lease ran out and another replica took the slot over). A job held
// longer than maxHold is not renewed: it is stuck (a platform call that ignores its
// deadline), and letting its lease run out lets another replica check and finish the slot.
func (s *Scheduler) renew(ctx context.Context, now time.Time) {
	s.mu.Lock()
	if len(s.held) == 0 || now.Sub(s.lastRenew) < s.opts.Lease/3 {
		s.mu.Unlock()
		return
	}
	var refs []store.SlotRef
	for ref, j := range s.held {
		if now.Sub(j.claimedAt) > s.maxHold() {
			if !j.lost.Swap(true) {
				s.logger.WarnContext(ctx, "digest_job_stuck", "subscription", ref.SubscriptionID, "slot", ref.Slot)
				j.cancel()
			}
			continue
		}
		refs = append(refs, ref)
	}
	slices.SortFunc(refs, compareRefs)
	s.lastRenew = now
	s.mu.Unlock()
	if len(refs) == 0 {
		return
	}
	renewed, err := s.store.RenewLeases(ctx, refs, s.opts.Owner, s.opts.Lease)
	if err != nil {
		if !errors.Is(err, context.Canceled) {
			s.logger.WarnContext(ctx, "digest_lease_renewal_failed", "slots", len(refs), "err", err)
		}
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, ok := range renewed {
		if j := s.held[refs[i]]; !ok && j != nil {
			s.logger.WarnContext(ctx, "digest_lease_lost", "subscription", refs[i].SubscriptionID, "slot", refs[i].Slot)
			j.lost.Store(true)
			j.cancel()
		}
	}
}
