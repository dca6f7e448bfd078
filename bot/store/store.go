// Package store holds what briefbot must remember between runs: digest
// subscriptions, the per-subscription cursor of facts already sent, and the
// delivery ledger that makes every scheduled slot post at most once.
//
// The Store interface has two implementations, bot/store/sqlite (the
// embedded default) and bot/store/postgres (for several replicas), and one
// conformance suite, bot/store/storetest, that both pass. Both map their
// driver's errors to the codes in this package, so callers check
// errors.Is(err, store.ErrNotFound) and never a driver error.
//
// # Delivery: claim, then post
//
// A scheduler that finds a slot due calls ClaimSlot before posting. The
// ledger's primary key is (subscription, slot), so of any number of
// replicas racing for one slot exactly one gets claimed == true; the others
// do nothing. The winner posts, then records what happened with
// CompleteSlot. This is at-most-once per slot: if the process dies between
// claim and completion nobody knows whether the post went out, and posting
// again could double it, so the slot is never re-posted automatically.
// AbandonStaleClaims marks such claims "unknown" once they are older than any
// live attempt could be, which keeps them visible to operators and to
// /digest list instead of silently dropping them.
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
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Platforms a subscription can live on.
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
)

// Filter selects the facts a subscription receives: those about any of the
// entities or topics (both empty: everything).
type Filter struct {
	Entities []string
	Topics   []string
}

// Normalize trims, drops empty entries, sorts and de-duplicates both lists,
// so that equal filters are stored equal (the duplicate-subscription check
// depends on it). Empty lists become nil.
func (f Filter) Normalize() Filter {
	return Filter{Entities: normalizeList(f.Entities), Topics: normalizeList(f.Topics)}
}

func normalizeList(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Subscription is one channel's scheduled digest.
type Subscription struct {
	ID        int64  // set by the store; small and typable: /digest pause 12
	Platform  string // PlatformSlack, PlatformDiscord or PlatformLocal
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
func (s Subscription) Validate() error {
	switch s.Platform {
	case PlatformSlack, PlatformDiscord, PlatformLocal:
	default:
		return Errorf(CodeInvalid, "platform must be %q, %q or %q, not %q", PlatformSlack, PlatformDiscord, PlatformLocal, s.Platform)
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
	// OutcomeUnknown: claimed by a process that never completed it (it
	// crashed or hung); the edition may or may not have been posted, so it is
	// not posted again. Set by AbandonStaleClaims.
	OutcomeUnknown Outcome = "unknown"
)

// Final reports whether o is an outcome CompleteSlot may record.
func (o Outcome) Final() bool {
	switch o {
	case OutcomePosted, OutcomeDelayed, OutcomeFailed, OutcomeSkipped:
		return true
	}
	return false
}

// Valid reports whether o is any known outcome.
func (o Outcome) Valid() bool { return o.Final() || o == OutcomePending || o == OutcomeUnknown }

// Delivery is one ledger entry: a (subscription, slot) pair and what became
// of it.
type Delivery struct {
	SubscriptionID int64
	Slot           time.Time
	Owner          string // the process that claimed it
	ClaimedAt      time.Time
	Outcome        Outcome
	Detail         string
	CompletedAt    time.Time // zero while pending
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

	// ClaimSlot records that owner is about to post subID's slot, and
	// reports whether it won: exactly one of any number of concurrent calls
	// for the same (subID, slot), across processes, returns true; the others,
	// and every later call, return false. Post only on true. ErrNotFound if
	// the subscription is deleted; ErrConflict if it is paused (a replica
	// that has not yet seen the pause must not post).
	ClaimSlot(ctx context.Context, subID int64, slot time.Time, owner string) (claimed bool, err error)
	// ClaimSlots is ClaimSlot for many slots in one transaction, for a burst of due slots:
	// claimed[i] reports whether owner won refs[i]. Slots of paused or deleted subscriptions
	// are not claimed (false) rather than failing the batch.
	ClaimSlots(ctx context.Context, refs []SlotRef, owner string) (claimed []bool, err error)
	// CompleteSlots is CompleteSlot for many slots in one transaction. errs[i] is what
	// CompleteSlot would have returned for done[i] (never claimed, already completed); err is
	// for the batch as a whole.
	CompleteSlots(ctx context.Context, done []SlotCompletion) (errs []error, err error)
	// TakeOverClaim moves a pending claim from a replica known to be dead (from) to the
	// caller (to), so that it can find out whether the edition went out and finish the slot.
	// Exactly one of several concurrent takers wins (true); a claim that is no longer
	// pending, or no longer from's, is not taken (false). It does not check the subscription.
	TakeOverClaim(ctx context.Context, subID int64, slot time.Time, from, to string) (bool, error)
	// CompleteSlot records what became of a claimed slot. ErrNotFound if it
	// was never claimed; ErrConflict if it was already completed (a slot
	// marked unknown may still be completed, since the truth arrived late).
	CompleteSlot(ctx context.Context, subID int64, slot time.Time, r SlotResult) error
	// SkipSlots records slots that will never be posted (missed while down,
	// beyond the grace window) as skipped, claiming and completing each at
	// once; slots already in the ledger are left alone. It returns how many
	// it recorded, so that replicas racing to skip count each slot once.
	SkipSlots(ctx context.Context, subID int64, slots []time.Time, owner, detail string) (int, error)
	// AbandonStaleClaims marks pending claims made before claimedBefore as
	// unknown and returns them, for logging and for operators: see the
	// package documentation.
	AbandonStaleClaims(ctx context.Context, claimedBefore time.Time, detail string) ([]Delivery, error)
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
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf8.RuneCountInString(s) <= MaxTextLength {
		return s
	}
	r := []rune(s)
	return string(r[:MaxTextLength-1]) + "…"
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
// one's slots are not claimed (false) rather than failing the batch; any other error does.
func ClaimEach(refs []SlotRef, claimable func(subID int64) error, claim func(SlotRef) (bool, error)) ([]bool, error) {
	claimed := make([]bool, len(refs))
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
