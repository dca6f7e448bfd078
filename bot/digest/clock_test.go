package digest

import "time"

// The digest tests run on one of three clocks:
//   - bubbleClock, in a testing/synctest bubble, where time moves when the test sleeps and
//     every goroutine waits: the tests of one process on SQLite;
//   - fixedClock, for tests that only read the time (commands) or that run one Tick in each
//     of several processes (the crash test);
//   - FakeClock, moved by hand, where a bubble cannot go: the exactly-once test runs days of
//     slots against PostgreSQL too (real network I/O), and the scale benchmark measures real
//     time under rate limits.

// bubbleClock is the bubble's wall clock read as if the bubble had started at a chosen time:
// a bubble starts at 2000-01-01 00:00 UTC, and the tests check schedules against dates of
// 2026. Make it inside the bubble.
type bubbleClock struct{ shift time.Duration }

// clockAt returns a bubbleClock that reads start now.
func clockAt(start time.Time) bubbleClock { return bubbleClock{shift: start.Sub(time.Now())} }

func (c bubbleClock) Now() time.Time { return time.Now().Add(c.shift).UTC() }

func (c bubbleClock) After(d time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	time.AfterFunc(d, func() { ch <- c.Now() })
	return ch
}

// fixedClock stands still at one instant; its After is the wall clock's.
type fixedClock time.Time

func (c fixedClock) Now() time.Time { return time.Time(c) }

func (c fixedClock) After(d time.Duration) <-chan time.Time { return time.After(d) }
