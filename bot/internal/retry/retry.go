// Package retry runs an operation again after failures, with capped, jittered exponential
// backoff, under a context. The adapters' posters and reconnect loops share it; each supplies
// only its classification of errors (retry or not, and after how long when the platform says).
package retry

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// Policy says how often and how long to retry.
type Policy struct {
	// First is the first backoff wait; each backoff wait doubles it, up to Max (a Max below
	// First keeps every wait at First).
	First, Max time.Duration
	// Attempts bounds the calls of op; 0 retries until ctx ends.
	Attempts int
	// Jitter draws each backoff wait d from [d·(1−Jitter), d], so that many callers failing
	// together do not come back together. 0 waits exactly d; it is clamped to [0, 1].
	Jitter float64
	// Within bounds the whole of Do, on top of ctx's deadline: a wait that would end later
	// is not begun. 0 leaves only ctx's deadline.
	Within time.Duration
	// ResetAfter starts the backoff and the attempt count over after an attempt that ran at
	// least this long before failing (a connection that stayed up is not a failure to back
	// off from). 0 never resets.
	ResetAfter time.Duration
	// OnRetry, when set, hears of each retry before its wait: for logs.
	OnRetry func(ctx context.Context, attempt int, wait time.Duration, err error)
}

// ErrDeadline marks a retry that was not made because its wait would end after ctx's
// deadline or Policy.Within.
var ErrDeadline = errors.New("retry would pass the deadline")

// Classify says whether err is worth another attempt, and after how long: wait > 0 (a rate
// limit's Retry-After) replaces the backoff for this attempt, without jitter and without
// advancing the doubling; 0 takes the backoff.
type Classify func(err error) (wait time.Duration, retry bool)

// Do calls op until it succeeds, classify says an error is not worth retrying (that error is
// returned as it is), the attempts run out ("gave up after n attempts" wrapping the last
// error), or the next wait would pass the deadline (ErrDeadline wrapping the last error).
// When ctx ends, a wait ends at once and Do returns ctx's error wrapped with the last error.
func Do(ctx context.Context, p Policy, op func(ctx context.Context) error, classify Classify) error {
	var deadline time.Time
	if p.Within > 0 {
		deadline = time.Now().Add(p.Within)
	}
	if d, ok := ctx.Deadline(); ok && (deadline.IsZero() || d.Before(deadline)) {
		deadline = d
	}
	backoff := p.First
	for attempt, total := 1, 1; ; attempt, total = attempt+1, total+1 {
		start := time.Now()
		err := op(ctx)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%w after: %w", ctx.Err(), err)
		}
		wait, again := classify(err)
		if !again {
			return err
		}
		if p.ResetAfter > 0 && time.Since(start) >= p.ResetAfter {
			attempt, backoff = 1, p.First
		}
		if p.Attempts > 0 && attempt >= p.Attempts {
			return fmt.Errorf("gave up after %d attempts: %w", total, err)
		}
		named := wait > 0
		if !named {
			wait = p.jitter(backoff)
		}
		if !deadline.IsZero() && time.Now().Add(wait).After(deadline) {
			return fmt.Errorf("%w (next try in %s): %w", ErrDeadline, wait, err)
		}
		if p.OnRetry != nil {
			p.OnRetry(ctx, total, wait, err)
		}
		if !sleep(ctx, wait) {
			return fmt.Errorf("%w after: %w", ctx.Err(), err)
		}
		if !named {
			backoff = p.next(backoff)
		}
	}
}

// next doubles a backoff wait up to Max.
func (p Policy) next(d time.Duration) time.Duration {
	if p.Max < p.First {
		return p.First
	}
	return min(2*d, p.Max)
}

// jitter draws a wait from [d·(1−Jitter), d].
func (p Policy) jitter(d time.Duration) time.Duration {
	spread := time.Duration(float64(d) * min(max(p.Jitter, 0), 1))
	if spread <= 0 {
		return d
	}
	return d - rand.N(spread+1)
}

// sleep waits d, or less when ctx ends first; it reports whether the whole wait passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
