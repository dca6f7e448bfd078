package digest

import (
	"context"
	"slices"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

// settleTimeout bounds the write that ends a lease. It runs even after the scheduler's
// context ends, so that shutdown hands back every slot it held.
const settleTimeout = 10 * time.Second

// settle ends a worker's lease. Settlements are written in batches: at thousands of slots a
// minute, one transaction each would make the database, not the platform, the bottleneck. No
// timer decides a batch: the first worker to settle while no write is running writes, and
// keeps writing what the others queue meanwhile, so batches grow exactly as fast as the
// database falls behind. A slot is held (its lease renewed) until its settlement is written;
// if this process dies first, the lease runs out and the next holder checks the platform.
func (s *Scheduler) settle(ctx context.Context, st settlement) {
	s.mu.Lock()
	s.settlingN++
	s.mu.Unlock()
	s.signalFreed() // the worker is free for another slot while this one is written
	s.settleMu.Lock()
	s.toSettle = append(s.toSettle, st)
	if s.settling {
		s.settleMu.Unlock()
		return
	}
	s.settling = true
	for len(s.toSettle) > 0 {
		batch := s.toSettle
		s.toSettle = nil
		s.settleMu.Unlock()
		s.write(ctx, batch)
		s.settleMu.Lock()
	}
	s.settling = false
	s.settleMu.Unlock()
}

// write records a batch of settlements and lets go of their slots.
func (s *Scheduler) write(ctx context.Context, batch []settlement) {
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), settleTimeout)
	defer cancel()
	var done []store.SlotCompletion
	var rel []store.SlotRelease
	for _, st := range batch {
		switch {
		case st.complete != nil:
			done = append(done, store.SlotCompletion{SlotRef: st.j.ref(), Result: *st.complete})
		case st.release != nil:
			rel = append(rel, *st.release)
		}
	}
	// In the order claims take rows, so that a batch never waits on a claim in a cycle.
	slices.SortFunc(done, func(a, b store.SlotCompletion) int { return compareRefs(a.SlotRef, b.SlotRef) })
	slices.SortFunc(rel, func(a, b store.SlotRelease) int { return compareRefs(a.SlotRef, b.SlotRef) })
	if len(done) > 0 {
		errs, err := s.store.CompleteSlots(wctx, done)
		for i, c := range done {
			e := err
			if e == nil {
				e = errs[i]
			}
			if e != nil {
				// Left pending: the lease runs out and the next holder finds the post on the
				// platform (or marks the slot unknown), rather than posting it twice.
				s.logger.ErrorContext(ctx, "digest_complete_failed", "subscription", c.SubscriptionID, "slot", c.Slot, "err", e)
			}
		}
	}
	if len(rel) > 0 {
		if _, err := s.store.ReleaseSlots(wctx, rel, s.opts.Owner); err != nil {
			s.logger.ErrorContext(ctx, "digest_release_failed", "slots", len(rel), "err", err)
		}
	}
	s.mu.Lock()
	for _, st := range batch {
		delete(s.held, st.j.ref())
	}
	s.settlingN -= len(batch)
	s.mu.Unlock()
	s.signalFreed()
}
