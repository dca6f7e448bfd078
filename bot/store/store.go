// Package store holds what briefbot must remember between runs: digest
// subscriptions, the per-subscription cursor of facts already sent, the
// delivery ledger that makes every scheduled slot post once, and the bot's
// memory (Memory): each conversation's last answer, the answers given and the
// votes on them.
//
// The Store interface has two implementations, bot/store/sqlite (the
// embedded default) and bot/store/postgres (for several replicas), and one
// conformance suite, bot/store/storetest, that both pass. Both map their
// driver's errors to the codes in this package, so callers check
// errors.Is(err, store.ErrNotFound) and never a driver error.
//
// # Delivery: a ledger of leases
//
// Each (subscription, slot) has at most one ledger row. A scheduler that is
// about to post a slot claims it with ClaimSlots: the claim inserts the row,
// or takes over a pending row whose lease has expired and whose "not before"
// has passed, in one conditional statement, so of any number of replicas
// racing for a slot exactly one wins. The winner holds a lease (owner and
// lease_until), renews it with RenewLeases while a long post runs, and ends
// it one of two ways: CompleteSlots records a final outcome, or ReleaseSlots
// hands the slot back with a "not before" for a retry. A replica that dies
// simply stops renewing: when its lease runs out, any replica, on any host,
// claims the row again. A claim that takes over a lease nobody released, or a
// release after an attempt whose outcome is unknown, comes back with Verify
// set: the new holder must ask the platform whether the edition went out
// before posting it again. ClaimableSlots lists the pending rows that can be
// claimed now, for the scheduler's continuous sweep.
//
// # Seeing changes without a restart
//
// Every change to a subscription's settings (create, pause, resume, delete)
// takes the next value of one store-wide counter and stamps it on the row,
// in commit order. A replica keeps the highest version it has seen, polls
// Version (one row read), and when it moved lists
// SubscriptionFilter{ChangedAfter: v, IncludeDeleted: true} to learn exactly
// what changed, deletions included. Deletion is therefore soft: the row stays
// (with DeletedAt set) and so does its ledger, for the record.
//
// # Errors
//
// Errors carry a Code (see Error): ErrInvalid for bad input, with a message
// fit for the user; ErrNotFound; ErrConflict; ErrUnavailable when the
// database is busy or unreachable, which is worth retrying (a SQLite writer
// that waited out its busy timeout behind another process gets it); and
// ErrInternal for the rest. Cancelled contexts come back as
// context.Canceled or context.DeadlineExceeded.
package store

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/internal/runes"
)

// platformRE is what a platform id looks like: a short lowercase word.
var platformRE = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)

// The platforms briefbot's own adapters use.
const (
	PlatformSlack   = "slack"
	PlatformDiscord = "discord"
	PlatformLocal   = "local" // briefbot chat's terminal channel
)

// Limits on what a subscription holds; anything larger is rejected as invalid
// input rather than stored.
const (
	DefaultPerEdition = 5
	MaxPerEdition     = 50
	MaxIDLength       = 255  // platform ids, fact ids, owners
	MaxScheduleLength = 200  // a cron spec with its CRON_TZ= prefix
	MaxFilterItems    = 100  // per list
	MaxTextLength     = 2000 // pause reasons and ledger details are cut to this many runes
	// MaxPerChannel is how many live digests (active or paused) one channel may
	// have. CreateSubscription enforces it inside its transaction, so parallel
	// subscribes cannot pass it together.
	MaxPerChannel = 10
	// DefaultLease is the lease ClaimSlot takes: long enough for one post.
	DefaultLease = 30 * time.Second
)

// Filter selects the facts a subscription receives: the one filter type of every layer
// (briefs.Filter), stored as two lists of ids. Filters are stored normalised (Normalize), so
// that equal filters are stored equal.
type Filter = briefs.Filter

// Subscription is one channel's scheduled digest.
type Subscription struct {
	ID        int64  // set by the store; small and typable: /digest pause 12
	Platform  string // an adapter's id: PlatformSlack, PlatformDiscord, PlatformLocal, …
	Workspace string // Slack team or Discord guild id; may be empty only for PlatformLocal
	Channel   string
	// Schedule is the cron spec as stored, with its CRON_TZ= prefix. The store
	// does not parse it.
	Schedule   string
	TimeZone   string // IANA name, as the user gave it
	Filter     Filter
	PerEdition int    // facts per edition; 0 means DefaultPerEdition on create
	CreatedBy  string // user id, told by direct message when the digest pauses itself

	// Set by the store; all times are UTC with microsecond precision.
	CreatedAt time.Time
	UpdatedAt time.Time
	// ActiveSince is when the subscription last became active (created or
	// resumed). A scheduler catching up missed slots starts after
	// max(ActiveSince, LastSlot), so nothing missed while paused is posted.
	ActiveSince  time.Time
	Paused       bool
	PausedReason string
	PausedAt     time.Time
	DeletedAt    time.Time // non-zero only in lists with IncludeDeleted
	// Rotation counts refresher rotations: ResetCursor increments it.
	Rotation int
	// LastSlot is the latest slot in the ledger for this subscription,
	// whatever its outcome; zero if none.
	LastSlot time.Time
	// Version is the store-wide change counter's value at this row's last
	// settings change; see the package documentation.
	Version int64
}

// Validate reports, as an ErrInvalid-coded error, what is wrong with a
// subscription about to be created. Both backends call it so they reject the
// same input with the same message.
//
// The platform is any adapter's id ("slack", "discord", "local", or a new one): the store
// does not keep a list of platforms, so adding one touches no code here.
func (s Subscription) Validate() error {
	if !platformRE.MatchString(s.Platform) {
		return Errorf(CodeInvalid, "platform must be a lowercase id such as %q, not %q", PlatformSlack, s.Platform)
	}
	if s.Workspace == "" && s.Platform != PlatformLocal {
		return Errorf(CodeInvalid, "workspace is required on %s", s.Platform)
	}
	for _, f := range []struct{ name, value string }{
		{"workspace", s.Workspace},
		{"channel", s.Channel},
		{"time zone", s.TimeZone},
		{"created by", s.CreatedBy},
	} {
		if err := checkID(f.name, f.value, f.name == "workspace"); err != nil {
			return err
		}
	}
	if strings.TrimSpace(s.Schedule) == "" {
		return Errorf(CodeInvalid, "schedule is required")
	}
	if len(s.Schedule) > MaxScheduleLength {
		return Errorf(CodeInvalid, "schedule is longer than %d bytes", MaxScheduleLength)
	}
	if s.PerEdition < 0 || s.PerEdition > MaxPerEdition {
		return Errorf(CodeInvalid, "facts per edition must be between 1 and %d, not %d", MaxPerEdition, s.PerEdition)
	}
	for _, l := range []struct {
		name  string
		items []string
	}{{"entities", s.Filter.Entities}, {"topics", s.Filter.Topics}} {
		if len(l.items) > MaxFilterItems {
			return Errorf(CodeInvalid, "filter has more than %d %s", MaxFilterItems, l.name)
		}
		for _, it := range l.items {
			if len(it) > MaxIDLength {
				return Errorf(CodeInvalid, "filter %s entry is longer than %d bytes", l.name, MaxIDLength)
			}
		}
	}
	return nil
}

// checkID rejects empty (unless allowed), oversized and non-UTF-8 ids.
func checkID(name, v string, emptyOK bool) error {
	switch {
	case v == "" && !emptyOK:
		return Errorf(CodeInvalid, "%s is required", name)
	case len(v) > MaxIDLength:
		return Errorf(CodeInvalid, "%s is longer than %d bytes", name, MaxIDLength)
	case !utf8.ValidString(v):
		return Errorf(CodeInvalid, "%s is not valid UTF-8", name)
	}
	return nil
}

// CheckID is checkID for backends: owners and fact ids go through it.
func CheckID(name, v string) error { return checkID(name, v, false) }

// SubscriptionFilter selects subscriptions for ListSubscriptions; zero fields
// match everything. Deleted subscriptions are left out unless IncludeDeleted.
type SubscriptionFilter struct {
	Platform  string
	Workspace string
	Channel   string
	// ActiveOnly leaves out paused subscriptions.
	ActiveOnly bool
	// ChangedAfter keeps only subscriptions whose Version is greater: the
	// change feed. Use it with IncludeDeleted to see unsubscriptions.
	ChangedAfter   int64
	IncludeDeleted bool
}

// Outcome is the state of a ledger entry.
type Outcome string

const (
	// OutcomePending: claimed, not yet completed. The only state ClaimSlot
	// creates.
	OutcomePending Outcome = "pending"
	// OutcomePosted: the edition was posted on time.
	OutcomePosted Outcome = "posted"
	// OutcomeDelayed: posted late, as a catch-up within the grace window.
	OutcomeDelayed Outcome = "delayed"
	// OutcomeFailed: posting failed for good (after retries, or permanently).
	OutcomeFailed Outcome = "failed"
	// OutcomeSkipped: missed while down and too old to catch up.
	OutcomeSkipped Outcome = "skipped"
	// OutcomeMissed: every attempt failed transiently until the grace
	// period ended.
	OutcomeMissed Outcome = "missed"
	// OutcomeUnknown: an attempt's outcome could not be learnt (the post timed
	// out, or its holder died) and the platform cannot tell whether the edition
	// went out, so it is not posted again. A later CompleteSlot may still
	// record the truth.
	OutcomeUnknown Outcome = "unknown"
)

// Final reports whether o is an outcome CompleteSlot may record.
func (o Outcome) Final() bool {
	switch o {
	case OutcomePosted, OutcomeDelayed, OutcomeFailed, OutcomeSkipped, OutcomeMissed, OutcomeUnknown:
		return true
	}
	return false
}

// Valid reports whether o is any known outcome.
func (o Outcome) Valid() bool { return o.Final() || o == OutcomePending }

// Delivery is one ledger entry: a (subscription, slot) pair and what became
// of it.
type Delivery struct {
	SubscriptionID int64
	Slot           time.Time
	Owner          string    // the replica that claimed it last
	ClaimedAt      time.Time // when it was claimed last
	Outcome        Outcome
	Detail         string
	CompletedAt    time.Time // zero while pending
	// LeaseUntil is when the holder's lease ends; zero once released or
	// completed.
	LeaseUntil time.Time
	// Attempts counts the claims so far.
	Attempts int
	// NotBefore is when a released slot may be claimed again; zero: at once.
	NotBefore time.Time
	// Verify: the last attempt's outcome is unknown; ask the platform before
	// posting again.
	Verify bool
}

// Claim is what ClaimSlots reports for one slot.
type Claim struct {
	Won      bool
	Attempts int  // counting this one
	Verify   bool // a previous attempt may have posted: check before posting
}

// SlotRelease hands a held slot back for a later attempt.
type SlotRelease struct {
	SlotRef
	NotBefore time.Time // zero: claimable at once
	Verify    bool      // the attempt's outcome is unknown
	Detail    string    // why, for the record; cut to MaxTextLength
}

// ClaimableFilter selects the pending rows ClaimableSlots returns.
type ClaimableFilter struct {
	Platforms []string // only subscriptions on these platforms; empty: all
	Limit     int      // at most this many rows, oldest slot first; 0: none (counts only)
}

// LedgerState is the ledger's pending work as ClaimableSlots sees it.
type LedgerState struct {
	// Claimable are pending slots of live, active subscriptions whose lease
	// has run out (or was released) and whose NotBefore has passed.
	Claimable []SlotRef
	// Leased counts pending rows under a live lease; Waiting counts released
	// ones whose NotBefore is still ahead (retries).
	Leased, Waiting int
	// Next is the earliest time after now at which a pending row can be
	// claimed, as far as its lease and NotBefore tell; zero if none.
	Next time.Time
}

// SlotResult is what CompleteSlot records.
type SlotResult struct {
	Outcome Outcome // a Final outcome
	Detail  string  // why it failed or was skipped, or anything worth keeping; cut to MaxTextLength
	// FactIDs are the facts the edition carried. When Outcome is posted or
	// delayed they are marked sent in the same transaction, so a crash cannot
	// leave a posted slot whose facts come round again.
	FactIDs []string
}

// SlotRef names one slot of one subscription.
type SlotRef struct {
	SubscriptionID int64
	Slot           time.Time
}

// SlotCompletion is one CompleteSlot of a CompleteSlots batch.
type SlotCompletion struct {
	SlotRef
	Result SlotResult
}

// SlotFilter selects ledger entries; zero fields match everything.
type SlotFilter struct {
	SubscriptionID int64
	Outcome        Outcome
	From, To       time.Time // slot in [From, To) when set
	Limit          int       // newest slots first; 0 means no limit
}

// Store is everything briefbot persists. Every method runs in one
// transaction; times come back in UTC, truncated to microseconds (the finer
// of the two backends' precisions), so a value round-trips identically
// through both.
type Store interface {
	// Memory: conversations' last answers, the answers given and the votes on them.
	Memory

	// CreateSubscription validates s, fills in ID, CreatedAt, UpdatedAt,
	// ActiveSince and Version (and PerEdition when zero), stores it and
	// returns the stored value. ErrInvalid for bad input; ErrConflict if the
	// channel already has a live subscription with the same schedule and
	// filter.
	CreateSubscription(ctx context.Context, s Subscription) (Subscription, error)
	// GetSubscription returns a live subscription, or ErrNotFound (deleted
	// ones too).
	GetSubscription(ctx context.Context, id int64) (Subscription, error)
	// ListSubscriptions returns the subscriptions f selects, by ID. One query:
	// cheap enough for a replica to poll.
	ListSubscriptions(ctx context.Context, f SubscriptionFilter) ([]Subscription, error)
	// Pause stops a subscription and records why (reason is required and cut
	// to MaxTextLength). Pausing a paused subscription replaces the reason.
	Pause(ctx context.Context, id int64, reason string) (Subscription, error)
	// Resume restarts a paused subscription, clears the reason and sets
	// ActiveSince; resuming an active one changes nothing.
	Resume(ctx context.Context, id int64) (Subscription, error)
	// UpdateSubscription changes a live subscription's schedule, time zone and
	// filter (all three are written; pass the old values to keep them). A new
	// schedule or zone restarts ActiveSince, so no slot of the new schedule
	// before the change is caught up. ErrConflict if that duplicates another
	// of the channel's subscriptions.
	UpdateSubscription(ctx context.Context, id int64, schedule, timeZone string, filter Filter) (Subscription, error)
	// DeleteSubscription unsubscribes: the subscription disappears from Get
	// and from lists without IncludeDeleted, its cursor is dropped, its
	// ledger is kept. ErrNotFound if it is already gone.
	DeleteSubscription(ctx context.Context, id int64) error
	// Version returns the store-wide change counter: when it has not moved,
	// no subscription's settings have changed.
	Version(ctx context.Context) (int64, error)

	// MarkSent records that the subscription's channel received the facts in
	// the current rotation. Already-recorded facts keep their first time.
	MarkSent(ctx context.Context, subID int64, factIDs []string, at time.Time) error
	// SentFacts returns the facts sent in the current rotation.
	SentFacts(ctx context.Context, subID int64) (map[string]bool, error)
	// ResetCursor starts a refresher rotation: it forgets what was sent and
	// returns the new rotation number.
	ResetCursor(ctx context.Context, subID int64) (rotation int, err error)

	// ClaimSlot is ClaimSlots for one slot with DefaultLease, failing rather
	// than returning false for a deleted (ErrNotFound) or paused
	// (ErrConflict) subscription: a replica that has not yet seen the pause
	// must not post. Kept for tests and tools; the scheduler claims in batches.
	ClaimSlot(ctx context.Context, subID int64, slot time.Time, owner string) (claimed bool, err error)
	// ClaimSlots claims many slots in one transaction, each with a lease of
	// the given length from the store's now: it inserts the slot's row, or
	// takes over a pending row whose lease has run out (or was released) and
	// whose NotBefore has passed. Exactly one of any number of concurrent
	// claims of a slot, across processes, wins. Slots of paused or deleted
	// subscriptions are not claimed rather than failing the batch.
	ClaimSlots(ctx context.Context, refs []SlotRef, owner string, lease time.Duration) ([]Claim, error)
	// RenewLeases extends owner's leases on refs to now+lease; renewed[i] is
	// false where owner no longer holds refs[i] (completed, released, or
	// taken over after the lease ran out): its post must stop.
	RenewLeases(ctx context.Context, refs []SlotRef, owner string, lease time.Duration) (renewed []bool, err error)
	// ReleaseSlots ends owner's leases on slots it could not finish, leaving
	// them pending for a later claim; released[i] is false where owner no
	// longer held the slot.
	ReleaseSlots(ctx context.Context, rel []SlotRelease, owner string) (released []bool, err error)
	// ClaimableSlots reports the ledger's pending work: see LedgerState.
	ClaimableSlots(ctx context.Context, f ClaimableFilter) (LedgerState, error)
	// CompleteSlots is CompleteSlot for many slots in one transaction. errs[i] is what
	// CompleteSlot would have returned for done[i] (never claimed, already completed); err is
	// for the batch as a whole.
	CompleteSlots(ctx context.Context, done []SlotCompletion) (errs []error, err error)
	// CompleteSlot records what became of a claimed slot and ends its lease.
	// ErrNotFound if it was never claimed; ErrConflict if it was already
	// completed (a slot marked unknown may still be completed, since the
	// truth arrived late).
	CompleteSlot(ctx context.Context, subID int64, slot time.Time, r SlotResult) error
	// SkipSlots records slots that will never be posted (missed while down,
	// beyond the grace window) as skipped, claiming and completing each at
	// once; slots already in the ledger are left alone. It returns how many
	// it recorded, so that replicas racing to skip count each slot once.
	SkipSlots(ctx context.Context, subID int64, slots []time.Time, owner, detail string) (int, error)
	// ListSlots returns ledger entries, newest slot first.
	ListSlots(ctx context.Context, f SlotFilter) ([]Delivery, error)
	// CountSlots counts ledger entries by outcome (f.Limit is ignored).
	CountSlots(ctx context.Context, f SlotFilter) (map[Outcome]int, error)

	// Ping checks the database is reachable, for /readyz.
	Ping(ctx context.Context) error
	// Close releases the connections.
	Close() error
}

// CanonicalTime is how every time is stored: UTC, truncated to microseconds.
func CanonicalTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// CheckTime rejects zero times and years the backends cannot both hold.
func CheckTime(name string, t time.Time) error {
	if t.IsZero() {
		return Errorf(CodeInvalid, "%s is required", name)
	}
	if y := t.UTC().Year(); y < 1 || y > 9999 {
		return Errorf(CodeInvalid, "%s is out of range", name)
	}
	return nil
}

// CheckSubscriptionID rejects ids no subscription can have, as not found.
func CheckSubscriptionID(id int64) error {
	if id <= 0 {
		return NotFound(id)
	}
	return nil
}

// CheckSlot validates ClaimSlot's and CompleteSlot's common arguments.
func CheckSlot(subID int64, slot time.Time) error {
	if err := CheckSubscriptionID(subID); err != nil {
		return err
	}
	return CheckTime("slot", slot)
}

// CheckFactIDs validates a list of fact ids for the cursor.
func CheckFactIDs(ids []string) error {
	for _, id := range ids {
		if err := CheckID("fact id", id); err != nil {
			return err
		}
	}
	return nil
}

// Clip cuts free text (pause reasons, ledger details) to MaxTextLength runes
// and repairs invalid UTF-8, so a long platform error can always be recorded.
func Clip(s string) string {
	return runes.Clip(strings.ToValidUTF8(s, "\uFFFD"), MaxTextLength, "…")
}

// NotFound is the error every backend returns for a missing subscription.
func NotFound(id int64) error { return Errorf(CodeNotFound, "subscription %d not found", id) }

// Paused is the error ClaimSlot returns for a paused subscription.
func Paused(id int64) error { return Errorf(CodeConflict, "subscription %d is paused", id) }

// NeverClaimed is the error CompleteSlot returns for a slot not in the ledger.
func NeverClaimed(subID int64, slot time.Time) error {
	return Errorf(CodeNotFound, "slot %s of subscription %d was never claimed", slot.UTC().Format(time.RFC3339), subID)
}

// AlreadyCompleted is the error CompleteSlot returns for a completed slot.
func AlreadyCompleted(subID int64, slot time.Time, o Outcome) error {
	return Errorf(CodeConflict, "slot %s of subscription %d is already %s", slot.UTC().Format(time.RFC3339), subID, o)
}

// ErrChannelFull is wrapped by the error CreateSubscription returns for a
// channel that already has MaxPerChannel live subscriptions.
var ErrChannelFull = errors.New("channel has the most digests it may have")

// ChannelFull is the error CreateSubscription returns for a full channel.
func ChannelFull(n int) error {
	return &Error{Code: CodeConflict, Message: fmt.Sprintf("this channel already has %d digests, the most one channel may have", n), Err: ErrChannelFull}
}

// Duplicate is the error CreateSubscription returns for a duplicate.
func Duplicate(err error) error {
	return &Error{Code: CodeConflict, Message: "this channel already has a digest with that schedule and filter", Err: err}
}

// String makes subscriptions readable in logs and test failures.
func (s Subscription) String() string {
	return fmt.Sprintf("subscription %d (%s %s/%s %q)", s.ID, s.Platform, s.Workspace, s.Channel, s.Schedule)
}

// CheckCompletion validates one completion's arguments, as CompleteSlot does.
func CheckCompletion(subID int64, slot time.Time, r SlotResult) error {
	if err := CheckSlot(subID, slot); err != nil {
		return err
	}
	if !r.Outcome.Final() {
		return Errorf(CodeInvalid, "outcome %q cannot be recorded", r.Outcome)
	}
	return CheckFactIDs(r.FactIDs)
}

// CompleteEach runs a backend's single-slot completion for each of a CompleteSlots batch,
// inside the backend's one transaction: an error a caller caused (never claimed, already
// completed, invalid) is that completion's alone; any other error fails the batch.
func CompleteEach(done []SlotCompletion, complete func(SlotCompletion) error) ([]error, error) {
	errs := make([]error, len(done))
	for i, c := range done {
		err := CheckCompletion(c.SubscriptionID, c.Slot, c.Result)
		if err == nil {
			err = complete(c)
		}
		switch ErrorCode(err) {
		case "":
		case CodeNotFound, CodeConflict, CodeInvalid:
			errs[i] = fmt.Errorf("complete slot: %w", err)
		default:
			return nil, err
		}
	}
	return errs, nil
}

// CheckClaims validates a ClaimSlots batch's arguments, as ClaimSlot does for one.
func CheckClaims(refs []SlotRef, owner string) error {
	if err := CheckID("owner", owner); err != nil {
		return err
	}
	for _, r := range refs {
		if err := CheckSlot(r.SubscriptionID, r.Slot); err != nil {
			return err
		}
	}
	return nil
}

// ClaimEach runs a backend's single-slot claim for each of a ClaimSlots batch, inside the
// backend's one transaction. claimable is asked once per subscription: a deleted or paused
// one's slots are not claimed rather than failing the batch; any other error does.
func ClaimEach(refs []SlotRef, claimable func(subID int64) error, claim func(SlotRef) (Claim, error)) ([]Claim, error) {
	claimed := make([]Claim, len(refs))
	ok := map[int64]bool{}
	for i, r := range refs {
		can, seen := ok[r.SubscriptionID]
		if !seen {
			switch err := claimable(r.SubscriptionID); ErrorCode(err) {
			case "":
				can = true
			case CodeNotFound, CodeConflict:
			default:
				return nil, err
			}
			ok[r.SubscriptionID] = can
		}
		if !can {
			continue
		}
		won, err := claim(r)
		if err != nil {
			return nil, err
		}
		claimed[i] = won
	}
	return claimed, nil
}
