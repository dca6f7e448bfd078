package digest

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"slices"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// Editions is what the scheduler needs of the command layer: composing an edition and naming
// a filter. *commands.Dispatcher implements it.
type Editions interface {
	DigestEdition(f briefs.Filter, sent func(id string) bool, n int, opts commands.EditionOptions) commands.DigestEdition
	Describe(f briefs.Filter) string
}

// Options tune the scheduler. Zero values take the defaults.
type Options struct {
	// Owner names this replica in the ledger (default: the host name and a random suffix). It
	// is only a name: whether a replica is alive is told by its leases, never by the name.
	Owner string
	// Grace is how late a slot may still be posted: missed slots younger than this are posted
	// once, marked delayed; older ones are skipped and counted; retries stop at slot+Grace and
	// the slot is marked missed (default 1h).
	Grace time.Duration
	// Poll is how often the scheduler looks for changes made by other replicas: subscriptions,
	// and ledger rows to take over or retry (default 5s). Changes made through this process
	// are seen at once.
	Poll time.Duration
	// Workers bounds how many editions are posted at once, and so how many slots this replica
	// holds (default 16).
	Workers int
	// GlobalRate and PerChannelRate bound posts per second over all channels and per channel
	// (0: unlimited). Platforms enforce their own limits too; these keep a burst of thousands
	// of due slots from tripping them.
	GlobalRate     float64
	PerChannelRate float64
	// Backoff is the first retry delay after a transient failure (default 2s); it doubles per
	// attempt up to MaxBackoff (default 5m), with jitter.
	Backoff    time.Duration
	MaxBackoff time.Duration
	// Late is how far past its slot an edition may be and still count as on time (default 2m).
	Late time.Duration
	// Lease is how long a claim holds a slot without renewal (default 30s). The scheduler
	// renews its leases every Lease/3 while their posts run; a replica that dies loses them
	// within Lease, and another replica takes its slots over.
	Lease time.Duration
	// PostTimeout bounds one attempt to post or to check a delivery (default 2/3 of Lease).
	PostTimeout time.Duration
}

func (o Options) withDefaults() Options {
	if o.Owner == "" {
		o.Owner = defaultOwner()
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
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 5 * time.Minute
	}
	if o.Late <= 0 {
		o.Late = 2 * time.Minute
	}
	if o.Lease <= 0 {
		o.Lease = 30 * time.Second
	}
	if o.PostTimeout <= 0 || o.PostTimeout >= o.Lease {
		o.PostTimeout = o.Lease * 2 / 3
	}
	return o
}

// defaultOwner names this process: its host, for people reading the ledger, and a random
// suffix, so that a restart on the same host is another owner.
func defaultOwner() string {
	host, _ := os.Hostname()
	var b [4]byte
	_, _ = crand.Read(b[:])
	return host + "/" + hex.EncodeToString(b[:])
}

// Scheduler posts due digest slots. Several schedulers (replicas) may share one store: each
// slot is claimed in the ledger before it is posted, under a lease that the holder renews
// while it posts, so each slot posts once, and any replica takes over what a dead one held.
//
// The loop (Run) never waits for a post: it claims only as many slots as it has free workers,
// hands each to a worker, and sleeps until the earliest of the next due slot, the ledger's next
// retry or lease expiry, its own next lease renewal, the next poll — or a worker coming free.
type Scheduler struct {
	logger    *slog.Logger
	store     store.Store
	editions  Editions
	posters   map[string]bot.Poster
	platforms []string
	clock     Clock
	metrics   *Metrics
	opts      Options

	global  *rate.Limiter
	chanMu  sync.Mutex
	perChan map[string]*rate.Limiter

	wake  chan struct{} // Changed: reload subscriptions now
	freed chan struct{} // a worker settled its slot

	mu          sync.Mutex
	entries     map[int64]*entry
	due         dueHeap
	version     int64
	loaded      bool
	reload      bool
	lastRefresh time.Time
	held        map[store.SlotRef]*job // slots this replica holds a lease on
	settlingN   int                    // of those, how many are done and wait for their write
	lastRenew   time.Time
	sweepAt     time.Time      // when to look at the ledger for slots to take over or retry
	holdOff     time.Time      // after a database error, no claims before this
	toldMissed  map[int64]bool // subscriptions whose subscriber heard of the current run of missed slots

	settleMu sync.Mutex
	settling bool
	toSettle []settlement
	workers  sync.WaitGroup
}

// New makes a scheduler. posters maps a platform (store.PlatformSlack, …) to its poster;
// subscriptions on a platform without one are left alone (another replica may serve it).
// A nil logger discards; a nil clock is the wall clock; metrics may be nil.
func New(logger *slog.Logger, st store.Store, editions Editions, posters map[string]bot.Poster, clock Clock, metrics *Metrics, opts Options) *Scheduler {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if clock == nil {
		clock = RealClock{}
	}
	opts = opts.withDefaults()
	s := &Scheduler{logger: logger, store: st, editions: editions, posters: posters,
		platforms: slices.Sorted(maps.Keys(posters)), clock: clock, metrics: metrics, opts: opts,
		perChan: map[string]*rate.Limiter{}, wake: make(chan struct{}, 1), freed: make(chan struct{}, 1),
		entries: map[int64]*entry{}, held: map[store.SlotRef]*job{}, toldMissed: map[int64]bool{}}
	if opts.GlobalRate > 0 {
		s.global = rate.NewLimiter(rate.Limit(opts.GlobalRate), 1)
	}
	return s
}

// Name names the runner in logs.
func (s *Scheduler) Name() string { return "digest-scheduler" }

// Owner is the name this replica's claims carry in the ledger.
func (s *Scheduler) Owner() string { return s.opts.Owner }

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
// skipped and counted. When ctx ends, posts in flight are stopped and their slots released,
// never marked failed: the next holder checks with the platform before posting again.
func (s *Scheduler) Run(ctx context.Context) error {
	for {
		wake, err := s.pass(ctx)
		if err != nil && ctx.Err() == nil {
			// A database hiccup must not stop the digests: log it and try again shortly.
			s.logger.WarnContext(ctx, "digest_pass_failed", "err", err)
		}
		select {
		case <-ctx.Done():
			s.workers.Wait()
			return nil
		case <-s.wake:
			s.mu.Lock()
			s.reload = true
			s.mu.Unlock()
		case <-s.freed:
		case <-s.clock.After(max(wake.Sub(s.clock.Now()), 0)):
		}
	}
}

// Tick brings the scheduler up to the clock's now and waits until nothing more can be done
// at this instant: every due slot and every claimable ledger row has been posted, settled
// or handed back for a later retry. Tests and one-shot tools use it; Run never waits so.
func (s *Scheduler) Tick(ctx context.Context) error {
	for {
		_, err := s.pass(ctx)
		s.mu.Lock()
		holding := len(s.held) > 0
		more := s.workToDo(s.clock.Now())
		s.mu.Unlock()
		if !holding && (!more || err != nil) {
			s.workers.Wait()
			return err
		}
		if !holding {
			continue
		}
		select {
		case <-ctx.Done():
			s.workers.Wait()
			return ctx.Err()
		case <-s.freed:
		}
	}
}

// workToDo reports whether a pass at now would find anything to claim. s.mu is held.
func (s *Scheduler) workToDo(now time.Time) bool {
	if now.Before(s.holdOff) {
		return false
	}
	if len(s.due) > 0 && !s.due[0].next.After(now) {
		return true
	}
	return !s.sweepAt.After(now)
}

// freeWorkers is how many more slots this replica may start. A slot whose worker is done
// no longer counts, though its lease is kept (and renewed) until its outcome is written.
// s.mu is held.
func (s *Scheduler) freeWorkers() int { return s.opts.Workers - (len(s.held) - s.settlingN) }

// signalFreed wakes the loop: a worker came free.
func (s *Scheduler) signalFreed() {
	select {
	case s.freed <- struct{}{}:
	default:
	}
}

// deliveryKey identifies a slot's post on the platform, for DeliveryChecker.
func deliveryKey(subID int64, slot time.Time) string {
	return fmt.Sprintf("briefbot-digest-%d-%d", subID, slot.Unix())
}
