package retry

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"

	"github.com/google/go-cmp/cmp"
)

var (
	errTransient = errors.New("server error")
	errLimited   = errors.New("rate limited")
	errFatal     = errors.New("token revoked")
	errSlow      = errors.New("dropped after a long connection")
)

// classify is the test's platform: a rate limit names 7 s, a fatal error is not retried, a
// slow failure is an attempt that lasted a minute.
func classify(err error) (time.Duration, bool) {
	switch {
	case errors.Is(err, errLimited):
		return 7 * time.Second, true
	case errors.Is(err, errFatal):
		return 0, false
	}
	return 0, true
}

// script is an op that returns errs in turn, then nil; errSlow takes a minute first.
func script(calls *int, errs ...error) func(context.Context) error {
	return func(context.Context) error {
		*calls++
		if *calls > len(errs) {
			return nil
		}
		err := errs[*calls-1]
		if errors.Is(err, errSlow) {
			time.Sleep(time.Minute)
		}
		return err
	}
}

func TestDo(t *testing.T) {
	s := time.Second
	tests := []struct {
		name      string
		policy    Policy
		ctxLimit  time.Duration // 0: no deadline
		errs      []error
		wantCalls int
		wantWaits []time.Duration
		wantErr   error // nil: success
	}{
		{"succeeds after failures", Policy{First: s, Max: 10 * s, Attempts: 5},
			0, []error{errTransient, errTransient}, 3, []time.Duration{s, 2 * s}, nil},
		{"attempts counted", Policy{First: s, Max: 10 * s, Attempts: 4},
			0, []error{errTransient, errTransient, errTransient, errTransient, errTransient}, 4, []time.Duration{s, 2 * s, 4 * s}, errTransient},
		{"doubling capped at Max", Policy{First: s, Max: 5 * s, Attempts: 6},
			0, []error{errTransient, errTransient, errTransient, errTransient, errTransient, errTransient}, 6,
			[]time.Duration{s, 2 * s, 4 * s, 5 * s, 5 * s}, errTransient},
		{"Max below First keeps First", Policy{First: 2 * s, Attempts: 3},
			0, []error{errTransient, errTransient, errTransient}, 3, []time.Duration{2 * s, 2 * s}, errTransient},
		{"no attempt bound retries on", Policy{First: s, Max: s},
			0, []error{errTransient, errTransient, errTransient, errTransient, errTransient, errTransient, errTransient}, 8,
			[]time.Duration{s, s, s, s, s, s, s}, nil},
		{"Retry-After replaces the backoff and does not double it", Policy{First: s, Max: 10 * s, Attempts: 5},
			0, []error{errLimited, errTransient, errLimited, errTransient}, 5, []time.Duration{7 * s, s, 7 * s, 2 * s}, nil},
		{"permanent error stops at once", Policy{First: s, Max: 10 * s, Attempts: 5},
			0, []error{errFatal}, 1, nil, errFatal},
		{"permanent error after a retry", Policy{First: s, Max: 10 * s, Attempts: 5},
			0, []error{errTransient, errFatal}, 2, []time.Duration{s}, errFatal},
		{"wait past ctx's deadline is not begun", Policy{First: 10 * s, Max: 10 * s, Attempts: 5},
			5 * s, []error{errTransient}, 1, nil, ErrDeadline},
		{"Retry-After past ctx's deadline", Policy{First: s, Max: s, Attempts: 5},
			5 * s, []error{errLimited}, 1, nil, ErrDeadline},
		{"Within bounds the whole call", Policy{First: s, Max: 10 * s, Attempts: 9, Within: 3 * s},
			0, []error{errTransient, errTransient, errTransient}, 3, []time.Duration{s, 2 * s}, ErrDeadline},
		{"a long attempt starts the backoff over", Policy{First: s, Max: 10 * s, ResetAfter: time.Minute},
			0, []error{errTransient, errTransient, errSlow, errTransient}, 5, []time.Duration{s, 2 * s, s, 2 * s}, nil},
		{"a long attempt starts the count over", Policy{First: s, Max: 10 * s, Attempts: 3, ResetAfter: time.Minute},
			0, []error{errTransient, errSlow, errTransient, errTransient}, 4, []time.Duration{s, s, 2 * s}, errTransient},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ctx := t.Context()
				if tt.ctxLimit > 0 {
					var cancel context.CancelFunc
					ctx, cancel = context.WithTimeout(ctx, tt.ctxLimit)
					defer cancel()
				}
				var waits []time.Duration
				p := tt.policy
				p.OnRetry = func(_ context.Context, _ int, wait time.Duration, _ error) { waits = append(waits, wait) }
				calls := 0
				start := time.Now()
				err := Do(ctx, p, script(&calls, tt.errs...), classify)
				if tt.wantErr == nil && err != nil || tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
					t.Errorf("Do = %v; want %v", err, tt.wantErr)
				}
				if calls != tt.wantCalls {
					t.Errorf("Do made %d calls; want %d", calls, tt.wantCalls)
				}
				if diff := cmp.Diff(tt.wantWaits, waits); diff != "" {
					t.Errorf("waits (-want +got):\n%s", diff)
				}
				var slept time.Duration
				for _, w := range waits {
					slept += w
				}
				for _, e := range tt.errs[:min(calls, len(tt.errs))] {
					if errors.Is(e, errSlow) {
						slept += time.Minute
					}
				}
				if got := time.Since(start); got != slept {
					t.Errorf("Do took %s; want the %s of its waits", got, slept)
				}
			})
		})
	}
}

// TestDoJitter: jittered waits stay within [d·(1−Jitter), d], and do vary.
func TestDoJitter(t *testing.T) {
	for _, jitter := range []float64{0.5, 1, 2} {
		synctest.Test(t, func(t *testing.T) {
			const first = 8 * time.Second
			lo := first - time.Duration(float64(first)*min(jitter, 1))
			seen := map[time.Duration]bool{}
			p := Policy{First: first, Max: first, Attempts: 200, Jitter: jitter,
				OnRetry: func(_ context.Context, _ int, wait time.Duration, _ error) {
					if wait < lo || wait > first {
						t.Errorf("Jitter %v: wait %s outside [%s, %s]", jitter, wait, lo, first)
					}
					seen[wait] = true
				}}
			_ = Do(t.Context(), p, func(context.Context) error { return errTransient }, classify)
			if len(seen) < 100 {
				t.Errorf("Jitter %v: %d distinct waits in 199; want them spread", jitter, len(seen))
			}
		})
	}
	t.Run("not on a named wait", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			p := Policy{First: time.Second, Attempts: 3, Jitter: 1,
				OnRetry: func(_ context.Context, _ int, wait time.Duration, _ error) {
					if wait != 7*time.Second {
						t.Errorf("Retry-After wait %s; want 7s exactly", wait)
					}
				}}
			_ = Do(t.Context(), p, func(context.Context) error { return errLimited }, classify)
		})
	})
}

// TestDoCancel: a context cancelled mid-wait ends the wait at once, with ctx's error and the
// last error both in the result.
func TestDoCancel(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		time.AfterFunc(3*time.Second, cancel)
		start := time.Now()
		calls := 0
		err := Do(ctx, Policy{First: 10 * time.Second}, script(&calls, errTransient, errTransient), classify)
		if !errors.Is(err, context.Canceled) || !errors.Is(err, errTransient) {
			t.Errorf("Do = %v; want context.Canceled wrapping the last error", err)
		}
		if got := time.Since(start); got != 3*time.Second || calls != 1 {
			t.Errorf("Do returned after %s and %d calls; want 3s (the cancel) and 1", got, calls)
		}
	})
	t.Run("an op that fails because ctx ended is not retried", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			ctx, cancel := context.WithCancel(t.Context())
			calls := 0
			err := Do(ctx, Policy{First: time.Second}, func(context.Context) error {
				calls++
				cancel()
				return errTransient
			}, classify)
			if !errors.Is(err, context.Canceled) || calls != 1 {
				t.Errorf("Do = %v after %d calls; want context.Canceled after 1", err, calls)
			}
		})
	})
}
