package digest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

// Editions is what the scheduler needs of the command layer: composing an edition and naming
// a filter. *commands.Dispatcher implements it.
type Editions interface {
	DigestEdition(f commands.DigestFilter, sent func(id string) bool, n int, opts commands.EditionOptions) commands.DigestEdition
	Describe(f commands.DigestFilter) string
}

// Options tune the scheduler. Zero values take the defaults.
type Options struct {
	// Owner names this replica in the ledger (default ProcessOwner: host/pid/start).
	Owner string
	// OwnerDead reports whether the replica an owner string names is certainly gone, so its
	// pending claims can be settled now (default OwnerDead: same host, process gone).
	OwnerDead func(owner string) bool
	// Grace is how late a slot may still be posted: after a restart, missed slots younger than
	// this are posted once, marked delayed; older ones are skipped and counted (default 1h).
	// Retries of a failing post also stop at slot+Grace.
	Grace time.Duration
	// Poll is how often the scheduler looks for subscriptions changed by other replicas
	// (default 5s). Changes made through this process are seen at once.
	Poll time.Duration
	// Workers bounds how many editions are posted at once (default 16).
	Workers int
	// GlobalRate and PerChannelRate bound posts per second over all channels and per channel
	// (0: unlimited). Platforms enforce their own limits too; these keep a burst of thousands
	// of due slots from tripping them.
	GlobalRate     float64
	PerChannelRate float64
	// Backoff is the first retry delay after a transient failure (default 2s), doubling.
	Backoff time.Duration
	// Late is how far past its slot an edition may be and still count as on time (default 2m).
	Late time.Duration
}

func (o Options) withDefaults() Options {
	if o.Owner == "" {
		o.Owner = ProcessOwner()
	}
	if o.OwnerDead == nil {
		o.OwnerDead = OwnerDead
	}
	if o.Grace <= 0 {
		o.Grace = time.Hour
	}
	if o.Poll <= 0 {
		o.Poll = 5 * time.Second
	}
	if o.Workers <= 0 {
		o.Workers = 16
	}
	if o.Backoff <= 0 {
		o.Backoff = 2 * time.Second
	}
	if o.Late <= 0 {
		o.Late = 2 * time.Minute
	}
	return o
}

// maxSkipRecords bounds how many missed slots of one subscription are written to the ledger
// in one go; the rest of a very long outage are only counted.
const maxSkipRecords = 1000

// Scheduler posts due digest slots. Several schedulers (replicas) may share one store: the
// ledger's claim makes each slot post at most once, and every replica computes the same slots.
type Scheduler struct {
	logger   *slog.Logger
	store    store.Store
	editions Editions
	posters  map[string]bot.Poster
	clock    Clock
	metrics  *Metrics
	opts     Options

	global    *rate.Limiter
	chanMu    sync.Mutex
	perChan   map[string]*rate.Limiter
	wake      chan struct{}
	mu        sync.Mutex
	entries   map[int64]*entry
	version   int64
	loaded    bool
	lastPoll  time.Time
	abandoned bool
	recovered bool
	retry     []job // due slots whose claim failed on a database error
}

type entry struct {
	sub   store.Subscription
	sched Schedule
	next  time.Time // the first slot not yet handled by this replica
}

// New makes a scheduler. posters maps a platform (store.PlatformSlack, …) to its poster;
// subscriptions on a platform without one are left alone (another replica may serve it).
// A nil logger discards; a nil clock is the wall clock; metrics may be nil.
func New(logger *slog.Logger, st store.Store, editions Editions, posters map[string]bot.Poster, clock Clock, metrics *Metrics, opts Options) *Scheduler {
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if clock == nil {
		clock = RealClock{}
	}
	opts = opts.withDefaults()
	s := &Scheduler{logger: logger, store: st, editions: editions, posters: posters, clock: clock,
		metrics: metrics, opts: opts, perChan: map[string]*rate.Limiter{},
		wake: make(chan struct{}, 1), entries: map[int64]*entry{}}
	if opts.GlobalRate > 0 {
		s.global = rate.NewLimiter(rate.Limit(opts.GlobalRate), 1)
	}
	return s
}

// Name names the runner in logs.
func (s *Scheduler) Name() string { return "digest-scheduler" }

// Changed tells the scheduler that subscriptions changed in this process, so it reloads them
// now instead of at the next poll.
func (s *Scheduler) Changed() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Run posts due slots until ctx is done. On start it catches up the slots missed while no
// replica ran: those within the grace window are posted once, marked delayed; older ones are
// skipped and counted.
func (s *Scheduler) Run(ctx context.Context) error {
	for {
		if err := s.Tick(ctx); err != nil && ctx.Err() == nil {
			// A database hiccup must not stop the digests: log it and try at the next wake.
			s.logger.WarnContext(ctx, "digest_tick_failed", "err", err)
		}
		wait := s.opts.Poll
		if next, ok := s.nextDue(); ok {
			if d := next.Sub(s.clock.Now()); d < wait {
				wait = max(d, 0)
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-s.wake:
		case <-s.clock.After(wait):
		}
	}
}

func (s *Scheduler) nextDue() (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var best time.Time
	for _, e := range s.entries {
		if best.IsZero() || e.next.Before(best) {
			best = e.next
		}
	}
	return best, !best.IsZero()
}

type job struct {
	sub     store.Subscription
	sched   Schedule
	slot    time.Time
	delayed bool
	// done, when set, takes the outcome for a batched write instead of one transaction each.
	done *completer
}

// claimBatch bounds how many slots one ClaimSlots transaction takes.
const claimBatch = 500

// completer gathers outcomes and writes them in batches: at thousands of slots a minute, one
// transaction per outcome would make the database, not the platform, the bottleneck. A crash
// between posting and the batch write leaves the slot pending, which recovery settles from
// the platform's record.
type completer struct {
	s    *Scheduler
	ch   chan completion
	done chan struct{}
}

type completion struct {
	c   store.SlotCompletion
	log *slog.Logger
}

func (s *Scheduler) newCompleter(ctx context.Context) *completer {
	c := &completer{s: s, ch: make(chan completion, 256), done: make(chan struct{})}
	go c.run(ctx)
	return c
}

func (c *completer) run(ctx context.Context) {
	defer close(c.done)
	var batch []completion
	flush := func() {
		if len(batch) == 0 {
			return
		}
		done := make([]store.SlotCompletion, len(batch))
		for i, b := range batch {
			done[i] = b.c
		}
		errs, err := c.s.store.CompleteSlots(context.WithoutCancel(ctx), done)
		for i, b := range batch {
			e := err
			if e == nil {
				e = errs[i]
			}
			if e != nil {
				b.log.ErrorContext(ctx, "digest_complete_failed", "err", e)
			}
		}
		batch = batch[:0]
	}
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case x, ok := <-c.ch:
			if !ok {
				flush()
				return
			}
			batch = append(batch, x)
			if len(batch) >= 200 {
				flush()
			}
		case <-tick.C:
			flush()
		}
	}
}

// close writes what is left and waits for it.
func (c *completer) close() {
	close(c.ch)
	<-c.done
}

// Tick brings the scheduler up to the clock's now: it reloads changed subscriptions, skips
// slots too old to post, and posts every due slot it wins the claim for, waiting for them all.
func (s *Scheduler) Tick(ctx context.Context) error {
	now := s.clock.Now()
	if err := s.refresh(ctx, now); err != nil {
		return err
	}
	if !s.recovered {
		if err := s.recoverOrphans(ctx, now); err != nil {
			s.logger.WarnContext(ctx, "digest_recovery_failed", "err", err)
		} else {
			s.recovered = true
		}
	}
	var jobs []job
	type skips struct {
		sub   store.Subscription
		slots []time.Time
		total int
	}
	var skipped []skips
	s.mu.Lock()
	for _, j := range s.retry {
		if _, live := s.entries[j.sub.ID]; !live {
			continue // paused or gone meanwhile
		}
		if age := now.Sub(j.slot); age <= s.opts.Grace {
			j.delayed = age > s.opts.Late
			jobs = append(jobs, j)
		} else {
			skipped = append(skipped, skips{sub: j.sub, slots: []time.Time{j.slot}, total: 1})
		}
	}
	s.retry = nil
	for _, e := range s.entries {
		if _, ok := s.posters[e.sub.Platform]; !ok {
			continue
		}
		sk := skips{sub: e.sub}
		for !e.next.IsZero() && !e.next.After(now) {
			slot := e.next
			e.next = e.sched.Next(slot)
			age := now.Sub(slot)
			if age > s.opts.Grace {
				sk.total++
				if len(sk.slots) < maxSkipRecords {
					sk.slots = append(sk.slots, slot)
				}
				continue
			}
			jobs = append(jobs, job{sub: e.sub, sched: e.sched, slot: slot, delayed: age > s.opts.Late})
		}
		if sk.total > 0 {
			skipped = append(skipped, sk)
		}
	}
	s.mu.Unlock()
	for _, sk := range skipped {
		s.recordSkips(ctx, sk.sub, sk.slots, sk.total)
	}
	// Every replica claims in the same order, so their batches never wait on each other in
	// a cycle (PostgreSQL would abort one as a deadlock).
	slices.SortFunc(jobs, func(a, b job) int {
		if c := cmp.Compare(a.sub.ID, b.sub.ID); c != 0 {
			return c
		}
		return a.slot.Compare(b.slot)
	})
	won, failed, claimErr := s.claimAll(ctx, jobs)
	s.mu.Lock()
	s.retry = failed // tried again next tick, while within the grace window
	s.mu.Unlock()
	if len(won) > 0 {
		// Slots already won are posted even if a later batch failed: a claim is a promise.
		c := s.newCompleter(ctx)
		for i := range won {
			won[i].done = c
		}
		s.runJobs(ctx, won)
		c.close()
	}
	return claimErr
}

// claimAll claims the due slots in batches and returns the jobs this replica won, and those
// it could not try to claim because the database failed (to try again).
func (s *Scheduler) claimAll(ctx context.Context, jobs []job) (won, failed []job, err error) {
	for start := 0; start < len(jobs); start += claimBatch {
		chunk := jobs[start:min(start+claimBatch, len(jobs))]
		refs := make([]store.SlotRef, len(chunk))
		for i, j := range chunk {
			refs[i] = store.SlotRef{SubscriptionID: j.sub.ID, Slot: j.slot}
		}
		claimed, err := s.store.ClaimSlots(ctx, refs, s.opts.Owner, time.Hour)
		if err != nil {
			return won, jobs[start:], fmt.Errorf("claim due slots: %w", err)
		}
		for i, c := range claimed {
			if c.Won {
				won = append(won, chunk[i])
			}
		}
	}
	return won, nil, nil
}

func (s *Scheduler) recordSkips(ctx context.Context, sub store.Subscription, slots []time.Time, total int) {
	n, err := s.store.SkipSlots(ctx, sub.ID, slots, s.opts.Owner, "missed while the bot was down, beyond the grace window")
	if err != nil {
		s.logger.WarnContext(ctx, "digest_skip_failed", "subscription", sub.ID, "err", err)
		return
	}
	// Replicas racing to skip count each slot once: only what this one recorded counts,
	// plus the tail of a very long outage that no replica records.
	counted := n + (total - len(slots))
	s.metrics.add(outcomeSkipped, counted)
	if counted > 0 {
		s.logger.InfoContext(ctx, "digest_slots_skipped", "subscription", sub.ID, "count", counted)
	}
}

func (s *Scheduler) runJobs(ctx context.Context, jobs []job) {
	sem := make(chan struct{}, s.opts.Workers)
	var wg sync.WaitGroup
	for _, j := range jobs {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return
		}
		wg.Go(func() {
			defer func() { <-sem }()
			s.post1(ctx, j, s.logger.With("subscription", j.sub.ID, "slot", j.slot.UTC().Format(time.RFC3339)))
		})
	}
	wg.Wait()
}

// refresh loads subscriptions: all active ones the first time, then only what changed since
// the version last seen (by any replica), at most once per poll interval unless woken.
func (s *Scheduler) refresh(ctx context.Context, now time.Time) error {
	v, err := s.store.Version(ctx)
	if err != nil {
		return fmt.Errorf("read subscription version: %w", err)
	}
	s.mu.Lock()
	loaded, seen := s.loaded, s.version
	s.mu.Unlock()
	if loaded && v == seen {
		return nil
	}
	f := store.SubscriptionFilter{ActiveOnly: !loaded}
	if loaded {
		f = store.SubscriptionFilter{ChangedAfter: seen, IncludeDeleted: true}
	}
	subs, err := s.store.ListSubscriptions(ctx, f)
	if err != nil {
		return fmt.Errorf("list subscriptions: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sub := range subs {
		if !sub.DeletedAt.IsZero() || sub.Paused {
			delete(s.entries, sub.ID)
			continue
		}
		sched, err := ParseSpec(sub.Schedule)
		if err != nil {
			s.logger.WarnContext(ctx, "digest_bad_schedule", "subscription", sub.ID, "err", err)
			continue
		}
		// Start after whatever was already handled: the last slot in the ledger, or when the
		// subscription became active (nothing missed while paused is posted).
		from := sub.ActiveSince
		if sub.LastSlot.After(from) {
			from = sub.LastSlot
		}
		next := sched.Next(from)
		if old, ok := s.entries[sub.ID]; ok && old.sub.ActiveSince.Equal(sub.ActiveSince) && old.next.After(next) {
			next = old.next
		}
		s.entries[sub.ID] = &entry{sub: sub, sched: sched, next: next}
	}
	s.version, s.loaded = v, true
	return nil
}

// post1 composes and posts a slot this replica holds the claim for, and records the outcome.
func (s *Scheduler) post1(ctx context.Context, j job, log *slog.Logger) {
	ed, err := s.edition(ctx, j)
	if err != nil {
		s.complete(ctx, j, store.SlotResult{Outcome: store.OutcomeFailed, Detail: err.Error()})
		s.metrics.add(outcomeFailed, 1)
		log.ErrorContext(ctx, "digest_edition_failed", "err", err)
		return
	}
	deadline := j.slot.Add(s.opts.Grace)
	if earliest := s.clock.Now().Add(30 * time.Second); deadline.Before(earliest) {
		deadline = earliest
	}
	err = s.post(ctx, j, ed.Reply, deadline)
	switch {
	case err == nil:
		outcome, metric := store.OutcomePosted, outcomePosted
		if j.delayed {
			outcome, metric = store.OutcomeDelayed, outcomeCaughtUp
		}
		s.complete(ctx, j, store.SlotResult{Outcome: outcome, FactIDs: ed.FactIDs})
		s.metrics.add(metric, 1)
		log.InfoContext(ctx, "digest_posted", "facts", len(ed.FactIDs), "delayed", j.delayed)
	case errors.Is(err, bot.ErrPermanent):
		s.complete(ctx, j, store.SlotResult{Outcome: store.OutcomeFailed, Detail: err.Error()})
		s.metrics.add(outcomeFailed, 1)
		s.pauseForGood(ctx, j, err)
	default:
		s.complete(ctx, j, store.SlotResult{Outcome: store.OutcomeFailed, Detail: "gave up after retries: " + err.Error()})
		s.metrics.add(outcomeFailed, 1)
		log.WarnContext(ctx, "digest_post_failed", "err", err)
	}
}

func (s *Scheduler) edition(ctx context.Context, j job) (commands.DigestEdition, error) {
	sent, err := s.store.SentFacts(ctx, j.sub.ID)
	if err != nil {
		return commands.DigestEdition{}, fmt.Errorf("read cursor: %w", err)
	}
	f := commands.DigestFilter{Entities: j.sub.Filter.Entities, Topics: j.sub.Filter.Topics}
	opts := commands.EditionOptions{Slot: j.slot, Zone: j.sched.Zone, Since: j.sub.LastSlot,
		Delayed: j.delayed, ID: strconv.FormatInt(j.sub.ID, 10), DeliveryKey: deliveryKey(j.sub.ID, j.slot)}
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

// post sends the edition, retrying transient failures with backoff until deadline.
func (s *Scheduler) post(ctx context.Context, j job, r commands.Reply, deadline time.Time) error {
	poster := s.posters[j.sub.Platform]
	backoff := s.opts.Backoff
	for attempt := 1; ; attempt++ {
		if err := s.wait(ctx, j.sub.Channel); err != nil {
			return err
		}
		pctx, cancel := context.WithTimeout(ctx, max(deadline.Sub(s.clock.Now()), time.Second))
		err := poster.Post(pctx, j.sub.Channel, r)
		cancel()
		if err == nil || errors.Is(err, bot.ErrPermanent) || ctx.Err() != nil {
			return err
		}
		if s.clock.Now().Add(backoff).After(deadline) {
			return fmt.Errorf("attempt %d: %w", attempt, err)
		}
		s.logger.InfoContext(ctx, "digest_post_retry", "subscription", j.sub.ID, "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.clock.After(backoff):
		}
		backoff *= 2
	}
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

func (s *Scheduler) complete(ctx context.Context, j job, r store.SlotResult) {
	if j.done != nil {
		j.done.ch <- completion{c: store.SlotCompletion{SlotRef: store.SlotRef{SubscriptionID: j.sub.ID, Slot: j.slot}, Result: r},
			log: s.logger.With("subscription", j.sub.ID)}
		return
	}
	if err := s.store.CompleteSlot(ctx, j.sub.ID, j.slot, r); err != nil {
		s.logger.ErrorContext(ctx, "digest_complete_failed", "subscription", j.sub.ID, "err", err)
	}
}

// pauseForGood pauses a subscription whose channel can no longer be posted to, records why,
// and tells the person who subscribed it: a digest never goes quiet without a word.
func (s *Scheduler) pauseForGood(ctx context.Context, j job, cause error) {
	reason := "posting failed for good: " + cause.Error()
	if _, err := s.store.Pause(ctx, j.sub.ID, reason); err != nil {
		s.logger.ErrorContext(ctx, "digest_pause_failed", "subscription", j.sub.ID, "err", err)
	}
	s.mu.Lock()
	delete(s.entries, j.sub.ID)
	s.mu.Unlock()
	s.logger.WarnContext(ctx, "digest_paused", "subscription", j.sub.ID, "reason", reason)
	if j.sub.CreatedBy == "" {
		return
	}
	f := commands.DigestFilter{Entities: j.sub.Filter.Entities, Topics: j.sub.Filter.Topics}
	msg := commands.Reply{
		Command: "digest", Found: true,
		Title: fmt.Sprintf("Your digest %d is paused", j.sub.ID),
		Lead: fmt.Sprintf("The digest on %s that you subscribed channel %s to could not be posted, so I paused it. Reason: %s",
			s.editions.Describe(f), j.sub.Channel, cause.Error()),
		Sections: []commands.Section{{Text: fmt.Sprintf("Once the bot can post there again (invite it back, or check the channel still exists), run /digest resume %d in that channel.", j.sub.ID)}},
	}
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if err := s.posters[j.sub.Platform].DirectMessage(dctx, j.sub.CreatedBy, msg); err != nil {
		s.logger.WarnContext(ctx, "digest_owner_dm_failed", "subscription", j.sub.ID, "err", err)
	}
}

// deliveryKey identifies a slot's post on the platform, for DeliveryChecker.
func deliveryKey(subID int64, slot time.Time) string {
	return fmt.Sprintf("briefbot-digest-%d-%d", subID, slot.Unix())
}

// recoverOrphans settles the slots a dead replica claimed but never completed — it may have
// died before, during or after posting. For each, this replica takes the claim over (one
// replica wins), asks the platform whether the edition arrived, and either records it as
// posted or posts it now (if still within the grace window). Claims whose poster cannot check
// are left for the stale-claim sweep, which marks them unknown rather than risk a double post.
func (s *Scheduler) recoverOrphans(ctx context.Context, now time.Time) error {
	pending, err := s.store.ListSlots(ctx, store.SlotFilter{Outcome: store.OutcomePending})
	if err != nil {
		return fmt.Errorf("list pending slots: %w", err)
	}
	for _, d := range pending {
		if d.Owner == s.opts.Owner || !s.opts.OwnerDead(d.Owner) {
			continue
		}
		sub, err := s.store.GetSubscription(ctx, d.SubscriptionID)
		if err != nil {
			continue // unsubscribed: nothing to post; the sweep records it
		}
		checker, ok := s.posters[sub.Platform].(bot.DeliveryChecker)
		if !ok {
			continue
		}
		sched, err := ParseSpec(sub.Schedule)
		if err != nil {
			continue
		}
		taken, err := s.store.ClaimSlots(ctx, []store.SlotRef{{SubscriptionID: d.SubscriptionID, Slot: d.Slot}}, s.opts.Owner, time.Hour)
		if err != nil || !taken[0].Won {
			continue
		}
		j := job{sub: sub, sched: sched, slot: d.Slot, delayed: now.Sub(d.Slot) > s.opts.Late}
		log := s.logger.With("subscription", sub.ID, "slot", d.Slot.UTC().Format(time.RFC3339), "dead_owner", d.Owner)
		delivered, err := checker.Delivered(ctx, sub.Channel, deliveryKey(sub.ID, d.Slot), d.Slot)
		switch {
		case err != nil:
			// Unsure: leave the claim pending (ours now) for the sweep; never guess.
			log.WarnContext(ctx, "digest_recovery_check_failed", "err", err)
		case delivered:
			// It went out before the crash: record it, with the facts it carried (the cursor
			// did not move, so the same edition comes out again).
			ed, err := s.edition(ctx, j)
			if err != nil {
				log.WarnContext(ctx, "digest_recovery_edition_failed", "err", err)
				continue
			}
			outcome := store.OutcomePosted
			if j.delayed {
				outcome = store.OutcomeDelayed
			}
			s.complete(ctx, j, store.SlotResult{Outcome: outcome, FactIDs: ed.FactIDs, Detail: "posted by a process that died before recording it"})
			log.InfoContext(ctx, "digest_recovered_posted")
		case now.Sub(d.Slot) > s.opts.Grace:
			s.complete(ctx, j, store.SlotResult{Outcome: store.OutcomeSkipped, Detail: "claimed by a process that died before posting; too old to post now"})
			s.metrics.add(outcomeSkipped, 1)
		default:
			log.InfoContext(ctx, "digest_recovered_reposting")
			s.post1(ctx, j, log)
		}
	}
	return nil
}
