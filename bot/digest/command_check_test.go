package digest

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

// checkingPoster is a poster that answers CanPost with canPostFn.
type checkingPoster struct {
	countingPoster
	canPostFn func(ctx context.Context, channel string) error
}

func (p *checkingPoster) CanPost(ctx context.Context, channel string) error {
	return p.canPostFn(ctx, channel)
}

// TestSubscribeChecksPosting: /digest subscribe asks the platform's poster whether the bot can
// post in the channel, refuses (making nothing) when it cannot, and subscribes with a note
// when the platform cannot tell in time — however the checker behaves.
func TestSubscribeChecksPosting(t *testing.T) {
	const (
		timeout = 150 * time.Millisecond
		// ignoredFor is how long a checker that ignores its context keeps going.
		ignoredFor = 2 * time.Second
	)
	tests := []struct {
		name     string
		canPost  func(ctx context.Context, channel string) error
		ctxLeft  time.Duration // the request's own deadline from now; 0 = none
		want     string        // in the reply
		subs     int           // subscriptions made
		unasked  bool          // the checker must not be called
		maxTaken time.Duration
	}{
		{name: "can post", canPost: func(context.Context, string) error { return nil },
			want: "Subscribed: digest 1", subs: 1},
		{name: "cannot post, with the platform's reason", canPost: func(context.Context, string) error {
			return &bot.CannotPostError{Reason: "Invite me first with /invite @briefbot.", Err: errors.New("channel_not_found")}
		}, want: "/invite @briefbot", subs: 0},
		{name: "permanent failure without a reason", canPost: func(context.Context, string) error {
			return bot.ErrPermanent
		}, want: "can't post in this channel", subs: 0},
		{name: "platform error: subscribed with a note", canPost: func(context.Context, string) error {
			return errors.New("500 internal server error")
		}, want: "could not check that I can post in this channel (the platform answered with an error)", subs: 1},
		{name: "platform too slow: subscribed with a note", canPost: func(ctx context.Context, _ string) error {
			<-ctx.Done()
			return ctx.Err()
		}, want: "could not check that I can post in this channel (the platform did not answer in time)", subs: 1},
		{name: "checker ignores its context", canPost: func(context.Context, string) error {
			time.Sleep(ignoredFor)
			return nil
		}, want: "did not answer in time", subs: 1, maxTaken: timeout},
		{name: "no time left before the request's deadline", canPost: func(context.Context, string) error {
			return bot.ErrPermanent
		}, ctxLeft: 300 * time.Millisecond, want: "no time left to ask", subs: 1, unasked: true},
		{name: "check bounded by the request's deadline", canPost: func(ctx context.Context, _ string) error {
			<-ctx.Done()
			return ctx.Err()
		}, ctxLeft: postCheckReserve + 50*time.Millisecond, want: "did not answer in time", subs: 1, maxTaken: postCheckReserve},
	}
	for _, tc := range tests {
		// In a bubble: a checker that sleeps or waits out its deadline takes no real time,
		// and how long the command took is measured exactly.
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				clock := clockAt(t0)
				st := openStore(t, filepath.Join(t.TempDir(), "b.db"), clock)
				d := newDispatcher(t)
				var asked atomic.Int32
				p := &checkingPoster{canPostFn: func(ctx context.Context, channel string) error {
					asked.Add(1)
					if channel != "C1" {
						t.Errorf("CanPost(%q); want C1", channel)
					}
					return tc.canPost(ctx, channel)
				}}
				d.Register(NewCommands(st, d, nil, time.UTC, clock).
					CheckPosting(nil, map[string]bot.Poster{store.PlatformSlack: p}, timeout).Command())

				ctx := context.Background()
				if tc.ctxLeft > 0 {
					var cancel context.CancelFunc
					ctx, cancel = context.WithTimeout(ctx, tc.ctxLeft)
					defer cancel()
				}
				req := manage("C1")
				req.Text = "/digest subscribe daily 08:00 about japan"
				start := time.Now()
				r := d.Handle(ctx, req)
				taken := time.Since(start)

				if out := commands.RenderText(r); !strings.Contains(out, tc.want) {
					t.Errorf("subscribe = %q; want it to contain %q", out, tc.want)
				}
				if tc.maxTaken > 0 && taken > tc.maxTaken {
					t.Errorf("subscribe took %v; want at most %v", taken, tc.maxTaken)
				}
				if n := asked.Load(); tc.unasked && n != 0 {
					t.Errorf("CanPost called %d times; want none", n)
				}
				subs, err := st.ListSubscriptions(context.Background(), store.SubscriptionFilter{})
				if err != nil {
					t.Fatal(err)
				}
				if len(subs) != tc.subs {
					t.Errorf("%d subscriptions; want %d", len(subs), tc.subs)
				}
				// A checker that ignored its deadline is left to finish in its own time; the
				// bubble ends only once every goroutine has, so wait that out.
				time.Sleep(ignoredFor)
			})
		})
	}
}

// TestSubscribeWithoutChecker: a platform whose poster cannot check (the playground, the
// terminal) or has no poster subscribes as before.
func TestSubscribeWithoutChecker(t *testing.T) {
	clock := fixedClock(t0)
	st := openStore(t, filepath.Join(t.TempDir(), "b.db"), clock)
	d := newDispatcher(t)
	d.Register(NewCommands(st, d, nil, time.UTC, clock).
		CheckPosting(nil, map[string]bot.Poster{store.PlatformLocal: newCountingPoster()}, 0).Command())
	for _, req := range []commands.Request{
		{Platform: store.PlatformLocal, Channel: "web-1", User: "visitor", CanManage: true},
		manage("C1"), // Slack, no poster
	} {
		req.Text = "/digest subscribe daily 08:00"
		r := d.Handle(context.Background(), req)
		if out := commands.RenderText(r); !strings.Contains(out, "Subscribed") || strings.Contains(out, "could not check") {
			t.Errorf("subscribe on %s = %q; want subscribed with no note", req.Platform, out)
		}
	}
}
