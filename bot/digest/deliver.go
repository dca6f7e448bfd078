package digest

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

// job is one slot this replica holds a lease on.
type job struct {
	sub      store.Subscription
	sched    Schedule
	slot     time.Time
	attempts int  // claims so far, this one included
	verify   bool // an earlier attempt may have posted: ask the platform first
	// claimedAt is when this replica claimed it, on the scheduler's clock.
	claimedAt time.Time
	cancel    context.CancelFunc
	lost      atomic.Bool // the lease was lost: another replica holds the slot now
}

func (j *job) ref() store.SlotRef { return store.SlotRef{SubscriptionID: j.sub.ID, Slot: j.slot} }

// settlement is how a worker ends its lease: a final outcome, or a release for a retry.
type settlement struct {
	j        *job
	complete *store.SlotResult
	release  *store.SlotRelease
}

// work delivers one held slot and settles it. It never retries in place: a failure that time
// may cure hands the slot back with a "not before", and whichever replica claims it next tries
// again.
func (s *Scheduler) work(ctx context.Context, j *job) {
	log := s.logger.With("subscription", j.sub.ID, "slot", j.slot.UTC().Format(time.RFC3339), "attempt", j.attempts)
	st := s.deliver(ctx, j, log)
	j.cancel()
	s.settle(ctx, st)
}

// deliver runs one attempt: check first when an earlier attempt may have posted, then post.
func (s *Scheduler) deliver(ctx context.Context, j *job, log *slog.Logger) settlement {
	poster := s.posters[j.sub.Platform]
	ed, err := s.edition(ctx, j)
	if err != nil {
		if ctx.Err() != nil {
			return s.release(j, time.Time{}, j.verify, "stopped before posting")
		}
		s.metrics.failure(reasonEdition)
		log.WarnContext(ctx, "digest_edition_failed", "err", err)
		return s.retry(ctx, j, 0, j.verify, "compose edition: "+err.Error(), log)
	}
	if j.verify {
		st, done := s.check(ctx, j, poster, ed, log)
		if done {
			return st
		}
	}
	if s.pastGrace(j) {
		return s.missed(ctx, j, "the grace period ended before it could be posted", log)
	}
	if err := s.wait(ctx, j.sub.Channel); err != nil {
		return s.release(j, time.Time{}, false, "stopped before posting")
	}
	pctx, cancel := context.WithTimeout(ctx, s.opts.PostTimeout)
	err = poster.Post(pctx, j.sub.Channel, ed.Reply)
	cancel()
	outcome, after := bot.Classify(err)
	switch {
	case outcome == bot.PostDelivered:
		return s.posted(j, ed, "", log)
	case outcome == bot.PostPermanent:
		s.metrics.failure(reasonPermanent)
		s.pauseForGood(ctx, j, err)
		return s.finish(j, store.OutcomeFailed, err.Error(), outcomeFailed)
	case outcome == bot.PostUnknown || ctx.Err() != nil:
		// It may have gone out. Whoever holds the slot next asks the platform before posting
		// again; on shutdown that is the next replica, at once.
		if ctx.Err() != nil && !j.lost.Load() {
			return s.release(j, time.Time{}, true, "stopped while posting: "+err.Error())
		}
		s.metrics.failure(reasonUnknown)
		log.WarnContext(ctx, "digest_post_outcome_unknown", "err", err)
		return s.retry(ctx, j, 0, true, "outcome unknown: "+err.Error(), log)
	default:
		reason := reasonTransient
		if after > 0 {
			reason = reasonRateLimited
		}
		s.metrics.failure(reason)
		log.InfoContext(ctx, "digest_post_failed", "err", err, "retry_after", after)
		return s.retry(ctx, j, after, false, err.Error(), log)
	}
}

// check asks the platform whether an earlier attempt posted the edition. done is true when
// that settles the slot (or the check could not be made); otherwise posting goes ahead.
func (s *Scheduler) check(ctx context.Context, j *job, poster bot.Poster, ed commands.DigestEdition, log *slog.Logger) (settlement, bool) {
	checker, ok := poster.(bot.DeliveryChecker)
	if !ok {
		// A platform that cannot tell: never risk a double post.
		return s.finish(j, store.OutcomeUnknown, "an earlier attempt may have posted and this platform cannot tell", outcomeUnknown), true
	}
	cctx, cancel := context.WithTimeout(ctx, s.opts.PostTimeout)
	delivered, err := checker.Delivered(cctx, j.sub.Channel, deliveryKey(j.sub.ID, j.slot), j.slot)
	cancel()
	switch {
	case err != nil && ctx.Err() != nil:
		return s.release(j, time.Time{}, true, "stopped while checking delivery"), true
	case err != nil:
		s.metrics.failure(reasonCheck)
		log.WarnContext(ctx, "digest_delivery_check_failed", "err", err)
		if s.pastGrace(j) {
			return s.finish(j, store.OutcomeUnknown, "cannot tell whether an earlier attempt posted: "+err.Error(), outcomeUnknown), true
		}
		return s.retry(ctx, j, 0, true, "check delivery: "+err.Error(), log), true
	case delivered:
		// It went out before: record it, with the facts it carried (the cursor did not move,
		// so the same edition comes out again).
		log.InfoContext(ctx, "digest_found_delivered")
		return s.posted(j, ed, "found on the platform: posted by an earlier attempt", log), true
	}
	return settlement{}, false
}

func (s *Scheduler) pastGrace(j *job) bool { return s.clock.Now().After(j.slot.Add(s.opts.Grace)) }

// posted records a delivered edition, on time or delayed.
func (s *Scheduler) posted(j *job, ed commands.DigestEdition, detail string, log *slog.Logger) settlement {
	now := s.clock.Now()
	outcome, metric := store.OutcomePosted, outcomePosted
	if now.Sub(j.slot) > s.opts.Late {
		outcome, metric = store.OutcomeDelayed, outcomeCaughtUp
	}
	if detail == "" { // posted now, not found from an earlier attempt
		s.metrics.lag(now.Sub(j.slot))
	}
	s.mu.Lock()
	delete(s.toldMissed, j.sub.ID) // a run of missed slots, if any, has ended
	s.mu.Unlock()
	log.Info("digest_posted", "facts", len(ed.FactIDs), "outcome", outcome)
	st := s.finish(j, outcome, detail, metric)
	st.complete.FactIDs = ed.FactIDs
	return st
}

func (s *Scheduler) finish(j *job, o store.Outcome, detail, metric string) settlement {
	s.metrics.edition(metric, 1)
	return settlement{j: j, complete: &store.SlotResult{Outcome: o, Detail: detail}}
}

func (s *Scheduler) release(j *job, notBefore time.Time, verify bool, detail string) settlement {
	return settlement{j: j, release: &store.SlotRelease{SlotRef: j.ref(), NotBefore: notBefore, Verify: verify, Detail: detail}}
}

// retry hands the slot back to be tried again after a backoff (or the wait the platform
// asked for), or marks it missed when that would pass the grace period.
func (s *Scheduler) retry(ctx context.Context, j *job, after time.Duration, verify bool, detail string, log *slog.Logger) settlement {
	notBefore := s.clock.Now().Add(max(s.backoff(j.attempts), after))
	if notBefore.After(j.slot.Add(s.opts.Grace)) && !verify {
		return s.missed(ctx, j, detail, log)
	}
	// An unknown outcome is released even past the grace period: the next holder checks, and
	// records posted, missed or unknown.
	s.mu.Lock()
	if notBefore.Before(s.sweepAt) {
		s.sweepAt = notBefore
	}
	s.mu.Unlock()
	return s.release(j, notBefore, verify, detail)
}

// backoff is the wait before attempt n+1: doubling from Backoff, capped, with jitter over its
// upper half so that many slots failing together do not come back together.
func (s *Scheduler) backoff(attempts int) time.Duration {
	d := s.opts.Backoff
	for i := 1; i < attempts && d < s.opts.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, s.opts.MaxBackoff)
	return d/2 + rand.N(d/2+1)
}

// missed records a slot that could not be posted within the grace period and tells the
// subscriber, once for a run of missed slots rather than every slot.
func (s *Scheduler) missed(ctx context.Context, j *job, why string, log *slog.Logger) settlement {
	log.WarnContext(ctx, "digest_slot_missed", "reason", why)
	// The ledger tells whether an earlier slot already started the run (seen by any replica);
	// this replica's memory covers misses decided together, before either is written.
	s.mu.Lock()
	told := s.toldMissed[j.sub.ID]
	s.toldMissed[j.sub.ID] = true
	s.mu.Unlock()
	if !told && !s.missedBefore(ctx, j) {
		s.tellOwner(ctx, j, fmt.Sprintf("Your digest %d missed an edition", j.sub.ID),
			fmt.Sprintf("The edition due %s could not be posted to %s before the grace period ended. Last error: %s",
				j.slot.In(j.sched.Zone).Format("Mon 2 Jan 15:04 MST"), j.sub.Channel, why),
			"The digest keeps its schedule and tries again at the next edition; I will not write again while editions keep failing this way.")
	}
	return s.finish(j, store.OutcomeMissed, why, outcomeMissed)
}

// missedBefore reports whether the latest settled slot before j's was missed.
func (s *Scheduler) missedBefore(ctx context.Context, j *job) bool {
	prev, err := s.store.ListSlots(ctx, store.SlotFilter{SubscriptionID: j.sub.ID, To: j.slot, Limit: 10})
	if err != nil {
		return true // unsure: stay quiet rather than repeat
	}
	for _, d := range prev {
		if d.Outcome != store.OutcomePending {
			return d.Outcome == store.OutcomeMissed
		}
	}
	return false
}

// edition composes the slot's edition from the subscription's cursor.
func (s *Scheduler) edition(ctx context.Context, j *job) (commands.DigestEdition, error) {
	sent, err := s.store.SentFacts(ctx, j.sub.ID)
	if err != nil {
		return commands.DigestEdition{}, fmt.Errorf("read cursor: %w", err)
	}
	f := j.sub.Filter
	opts := commands.EditionOptions{Slot: j.slot, Zone: j.sched.Zone, Since: j.sub.LastSlot,
		Delayed: s.clock.Now().Sub(j.slot) > s.opts.Late, ID: strconv.FormatInt(j.sub.ID, 10), DeliveryKey: deliveryKey(j.sub.ID, j.slot)}
	n := j.sub.PerEdition
	ed := s.editions.DigestEdition(f, func(id string) bool { return sent[id] }, n, opts)
	if len(ed.FactIDs) == 0 && ed.Matching > 0 {
		// Everything has been sent once: start a refresher rotation.
		if _, err := s.store.ResetCursor(ctx, j.sub.ID); err != nil {
			return commands.DigestEdition{}, fmt.Errorf("start refresher rotation: %w", err)
		}
		opts.Refresher = true
		ed = s.editions.DigestEdition(f, nil, n, opts)
	}
	return ed, nil
}

// wait applies the global and per-channel rate limits.
func (s *Scheduler) wait(ctx context.Context, channel string) error {
	if s.global != nil {
		if err := s.global.Wait(ctx); err != nil {
			return err
		}
	}
	if s.opts.PerChannelRate <= 0 {
		return nil
	}
	s.chanMu.Lock()
	l := s.perChan[channel]
	if l == nil {
		l = rate.NewLimiter(rate.Limit(s.opts.PerChannelRate), 1)
		s.perChan[channel] = l
	}
	s.chanMu.Unlock()
	return l.Wait(ctx)
}

// pauseForGood pauses a subscription whose channel can no longer be posted to, records why,
// and tells the person who subscribed it: a digest never goes quiet without a word.
func (s *Scheduler) pauseForGood(ctx context.Context, j *job, cause error) {
	reason := "posting failed for good: " + cause.Error()
	if _, err := s.store.Pause(context.WithoutCancel(ctx), j.sub.ID, reason); err != nil {
		s.logger.ErrorContext(ctx, "digest_pause_failed", "subscription", j.sub.ID, "err", err)
	}
	s.Changed()
	s.logger.WarnContext(ctx, "digest_paused", "subscription", j.sub.ID, "reason", reason)
	f := j.sub.Filter
	s.tellOwner(ctx, j, fmt.Sprintf("Your digest %d is paused", j.sub.ID),
		fmt.Sprintf("The digest on %s that you subscribed channel %s to could not be posted, so I paused it. Reason: %s",
			s.editions.Describe(f), j.sub.Channel, cause.Error()),
		fmt.Sprintf("Once the bot can post there again (invite it back, or check the channel still exists), run /digest resume %d in that channel.", j.sub.ID))
}

// tellOwner sends the subscriber a direct message.
func (s *Scheduler) tellOwner(ctx context.Context, j *job, title, lead, next string) {
	if j.sub.CreatedBy == "" {
		return
	}
	msg := commands.Reply{Command: "digest", Found: true, Title: title, Lead: lead, Sections: []commands.Section{{Text: next}}}
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if err := s.posters[j.sub.Platform].DirectMessage(dctx, j.sub.CreatedBy, msg); err != nil {
		s.logger.WarnContext(ctx, "digest_owner_dm_failed", "subscription", j.sub.ID, "err", err)
	}
}
