package digest

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

// platformPoster is a chat platform in memory: it records each digest post by its delivery
// key, with the (bubble's) time it arrived, and answers Delivered from that record. Per
// channel it can fail, or take the post and then hang past the caller's deadline, as a
// platform whose reply is lost after it posted.
type platformPoster struct {
	mu    sync.Mutex
	posts map[string][]time.Time // delivery key → when each copy arrived
	calls map[string]int         // channel → Post calls
	dms   []string
	fail  func(channel string, call int) error
	hang  map[string]bool // channel → record, then block until ctx ends
	block map[string]bool // channel → block until ctx ends without posting
}

func newPlatformPoster() *platformPoster {
	return &platformPoster{posts: map[string][]time.Time{}, calls: map[string]int{}, hang: map[string]bool{}, block: map[string]bool{}}
}

func (p *platformPoster) Post(ctx context.Context, channel string, r commands.Reply) error {
	p.mu.Lock()
	p.calls[channel]++
	call := p.calls[channel]
	if p.block[channel] {
		p.mu.Unlock()
		<-ctx.Done()
		return ctx.Err()
	}
	if p.fail != nil {
		if err := p.fail(channel, call); err != nil {
			p.mu.Unlock()
			return err
		}
	}
	p.posts[r.DeliveryKey] = append(p.posts[r.DeliveryKey], time.Now())
	hang := p.hang[channel]
	p.mu.Unlock()
	if hang {
		<-ctx.Done()
		return ctx.Err()
	}
	return nil
}

func (p *platformPoster) DirectMessage(ctx context.Context, user string, r commands.Reply) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.dms = append(p.dms, r.Title)
	return nil
}

func (p *platformPoster) Delivered(ctx context.Context, channel, key string, since time.Time) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.posts[key]) > 0, nil
}

// copies returns, per slot of a subscription, how many times it was posted and when first.
func (p *platformPoster) copies(subID int64) map[time.Time][]time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := map[time.Time][]time.Time{}
	prefix := "briefbot-digest-" + strconv.FormatInt(subID, 10) + "-"
	for key, at := range p.posts {
		if unix, ok := strings.CutPrefix(key, prefix); ok {
			sec, _ := strconv.ParseInt(unix, 10, 64)
			out[time.Unix(sec, 0).UTC()] = at
		}
	}
	return out
}

// blindPoster is a platform that cannot tell what was delivered.
type blindPoster struct{ p *platformPoster }

func (b blindPoster) Post(ctx context.Context, ch string, r commands.Reply) error {
	return b.p.Post(ctx, ch, r)
}
func (b blindPoster) DirectMessage(ctx context.Context, u string, r commands.Reply) error {
	return b.p.DirectMessage(ctx, u, r)
}

// startScheduler runs a scheduler on the wall clock (the bubble's, under synctest) until the
// returned stop is called.
func startScheduler(t *testing.T, st store.Store, d *commands.Dispatcher, poster bot.Poster, opts Options) (stop func()) {
	t.Helper()
	s := New(nil, st, d, map[string]bot.Poster{store.PlatformSlack: poster}, RealClock{}, nil, opts)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = s.Run(ctx)
	}()
	return func() {
		cancel()
		<-done
	}
}

// firstSlot returns a subscription's oldest ledger entry.
func firstSlot(t *testing.T, st store.Store, subID int64) store.Delivery {
	t.Helper()
	slots, err := st.ListSlots(context.Background(), store.SlotFilter{SubscriptionID: subID})
	if err != nil || len(slots) == 0 {
		t.Fatalf("ListSlots(%d) = %v, %v; want slots", subID, slots, err)
	}
	return slots[len(slots)-1]
}

func countOutcomes(t *testing.T, st store.Store, subID int64) map[store.Outcome]int {
	t.Helper()
	c, err := st.CountSlots(context.Background(), store.SlotFilter{SubscriptionID: subID})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestFailingChannelNeverDelaysAnother runs ten minutes of every-minute digests to a healthy
// channel, one whose every post fails, and one that fails twice before each success: the
// healthy one is posted on time every minute, the flaky one once per slot, and the failing
// one's slots are marked missed when the grace period ends, its subscriber told once.
func TestFailingChannelNeverDelaysAnother(t *testing.T) {
	d := newDispatcher(t)
	synctest.Test(t, func(t *testing.T) {
		st := openStore(t, filepath.Join(t.TempDir(), "b.db"), RealClock{})
		healthy := subscribe(t, st, "C-OK", "CRON_TZ=UTC * * * * *")
		failing := subscribe(t, st, "C-500", "CRON_TZ=UTC * * * * *")
		flaky := subscribe(t, st, "C-FLAKY", "CRON_TZ=UTC * * * * *")
		p := newPlatformPoster()
		p.fail = func(channel string, call int) error {
			switch {
			case channel == "C-500":
				return errors.New("HTTP 500")
			case channel == "C-FLAKY" && call%3 != 0:
				return errors.New("HTTP 502")
			}
			return nil
		}
		start := time.Now()
		stop := startScheduler(t, st, d, p, Options{Owner: "replica", Grace: 5 * time.Minute, Workers: 4})
		time.Sleep(10*time.Minute + 30*time.Second)
		stop()

		got := p.copies(healthy.ID)
		if len(got) != 10 {
			t.Errorf("healthy channel got %d slots in 10 minutes; want 10", len(got))
		}
		for slot, at := range got {
			if len(at) != 1 || at[0].Sub(slot) > time.Second {
				t.Errorf("healthy slot %v posted at %v; want once, on time", slot.Sub(start), at)
			}
		}
		got = p.copies(flaky.ID)
		if len(got) != 10 {
			t.Errorf("flaky channel got %d slots; want 10", len(got))
		}
		for slot, at := range got {
			if len(at) != 1 || at[0].Sub(slot) > time.Minute {
				t.Errorf("flaky slot %v posted at %v; want once, within a minute", slot.Sub(start), at)
			}
		}
		if n := len(p.copies(failing.ID)); n != 0 {
			t.Errorf("failing channel got %d posts; want none", n)
		}
		// Slots due at 1…5 minutes have passed their grace period by 10m30s and are missed;
		// later ones are missed once no retry fits before their grace period ends, or still
		// pending.
		if c := countOutcomes(t, st, failing.ID); c[store.OutcomeMissed] < 5 || c[store.OutcomeMissed]+c[store.OutcomePending] != 10 {
			t.Errorf("failing channel's ledger = %v; want 10 slots, at least 5 missed, the rest pending", c)
		}
		if c := countOutcomes(t, st, healthy.ID); c[store.OutcomePosted] != 10 {
			t.Errorf("healthy channel's ledger = %v; want 10 posted", c)
		}
		if len(p.dms) != 1 || !strings.Contains(p.dms[0], "missed") {
			t.Errorf("messages to the subscriber = %q; want one about missed editions", p.dms)
		}
	})
}

// TestTimeoutThatPostedIsNotRepeated: the platform takes the post and its answer never comes.
// The attempt is an unknown outcome; the next attempt asks the platform, finds the post, and
// records it instead of posting again. A platform that cannot tell gets the slot marked
// unknown, never a second post.
func TestTimeoutThatPostedIsNotRepeated(t *testing.T) {
	d := newDispatcher(t)
	for _, tc := range []struct {
		name  string
		blind bool
		want  store.Outcome
	}{
		{"platform can tell", false, store.OutcomePosted},
		{"platform cannot tell", true, store.OutcomeUnknown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				st := openStore(t, filepath.Join(t.TempDir(), "b.db"), RealClock{})
				sub := subscribe(t, st, "C-SLOW", "CRON_TZ=UTC * * * * *")
				p := newPlatformPoster()
				p.hang["C-SLOW"] = true
				var poster bot.Poster = p
				if tc.blind {
					poster = blindPoster{p}
				}
				stop := startScheduler(t, st, d, poster, Options{Owner: "replica", Lease: 15 * time.Second})
				time.Sleep(time.Minute + 45*time.Second)
				stop()
				for slot, at := range p.copies(sub.ID) {
					if len(at) != 1 {
						t.Errorf("slot %v posted %d times; want once", slot, len(at))
					}
				}
				first := firstSlot(t, st, sub.ID)
				if first.Outcome != tc.want || first.Attempts != 2 {
					t.Errorf("first slot = %+v; want %s after 2 attempts", first, tc.want)
				}
			})
		})
	}
}

// TestShutdownReleasesWithoutFailing stops a replica while one post is in flight and another
// slot waits for its retry. Neither is marked failed: both stay pending, released, and a
// replica with another identity later posts each exactly once — checking the platform first
// for the one whose post was interrupted.
func TestShutdownReleasesWithoutFailing(t *testing.T) {
	d := newDispatcher(t)
	synctest.Test(t, func(t *testing.T) {
		st := openStore(t, filepath.Join(t.TempDir(), "b.db"), RealClock{})
		stuck := subscribe(t, st, "C-STUCK", "CRON_TZ=UTC 1 * * * *")
		retry := subscribe(t, st, "C-RETRY", "CRON_TZ=UTC 1 * * * *")
		p := newPlatformPoster()
		p.block["C-STUCK"] = true
		p.fail = func(channel string, call int) error {
			if channel == "C-RETRY" && call == 1 {
				return errors.New("HTTP 503")
			}
			return nil
		}
		stop := startScheduler(t, st, d, p, Options{Owner: "host-a/1", Backoff: time.Minute})
		time.Sleep(time.Minute + time.Second) // 00:01:01: both attempted, one stuck, one backing off
		stop()
		for _, sub := range []store.Subscription{stuck, retry} {
			slots, err := st.ListSlots(context.Background(), store.SlotFilter{SubscriptionID: sub.ID})
			if err != nil || len(slots) != 1 || slots[0].Outcome != store.OutcomePending || !slots[0].LeaseUntil.IsZero() {
				t.Fatalf("%s after shutdown = %+v, %v; want one slot, pending and released", sub.Channel, slots, err)
			}
			if want := sub.Channel == "C-STUCK"; slots[0].Verify != want {
				t.Errorf("%s verify = %v; want %v (only an interrupted post may have gone out)", sub.Channel, slots[0].Verify, want)
			}
		}

		p.block["C-STUCK"] = false
		stop = startScheduler(t, st, d, p, Options{Owner: "host-b/2"})
		time.Sleep(2 * time.Minute)
		stop()
		for _, sub := range []store.Subscription{stuck, retry} {
			first := firstSlot(t, st, sub.ID)
			copies := p.copies(sub.ID)[first.Slot]
			if first.Outcome != store.OutcomePosted || first.Owner != "host-b/2" || len(copies) != 1 {
				t.Errorf("%s first slot = %+v, %d copies; want posted once by the second replica", sub.Channel, first, len(copies))
			}
		}
	})
}

// stuckPoster never returns from a post until released, whatever its context says: a platform
// call that ignores its deadline.
type stuckPoster struct {
	platformPoster
	release chan struct{}
}

func (p *stuckPoster) Post(ctx context.Context, channel string, r commands.Reply) error {
	<-p.release
	return nil
}

// TestStuckReplicaLosesItsSlot: replica A's post hangs and ignores its deadline. A stops
// renewing the lease once the job has run far too long, and replica B — another owner, still
// running beside it — takes the slot over, checks the platform, and posts it once.
func TestStuckReplicaLosesItsSlot(t *testing.T) {
	d := newDispatcher(t)
	synctest.Test(t, func(t *testing.T) {
		st := openStore(t, filepath.Join(t.TempDir(), "b.db"), RealClock{})
		sub := subscribe(t, st, "C1", "CRON_TZ=UTC 1 * * * *")
		stuck := &stuckPoster{platformPoster: *newPlatformPoster(), release: make(chan struct{})}
		healthy := newPlatformPoster()
		opts := Options{Lease: 10 * time.Second}
		opts.Owner = "host-a/1"
		stopA := startScheduler(t, st, d, stuck, opts)
		time.Sleep(time.Minute + time.Second) // A holds the 00:01 slot, stuck
		opts.Owner = "host-b/2"
		stopB := startScheduler(t, st, d, healthy, opts)
		time.Sleep(3 * time.Minute)
		close(stuck.release)
		stopA()
		stopB()
		first := firstSlot(t, st, sub.ID)
		if n := len(healthy.copies(sub.ID)[first.Slot]); first.Outcome != store.OutcomePosted || first.Owner != "host-b/2" || n != 1 {
			t.Errorf("first slot = %+v, posted %d times by B; want posted once by B", first, n)
		}
	})
}

// TestPeerTakesOverDeadReplica: replica A claimed a minute's slots of twenty subscriptions,
// posted half of them and died without a word. Replica B, running all along on another host,
// takes every one of A's slots over once A's leases run out, finds the ten A posted on the
// platform, posts the other ten, and nothing twice.
func TestPeerTakesOverDeadReplica(t *testing.T) {
	d := newDispatcher(t)
	synctest.Test(t, func(t *testing.T) {
		st := openStore(t, filepath.Join(t.TempDir(), "b.db"), RealClock{})
		var subs []store.Subscription
		for i := range 20 {
			subs = append(subs, subscribe(t, st, "C"+strconv.Itoa(i), "CRON_TZ=UTC * * * * *"))
		}
		p := newPlatformPoster()
		stopB := startScheduler(t, st, d, p, Options{Owner: "host-b/2", Lease: 15 * time.Second})
		// A wins the 00:01 claims a moment before B looks, posts half, and dies.
		time.Sleep(time.Minute - time.Millisecond)
		slot := time.Now().Add(time.Millisecond).UTC()
		var refs []store.SlotRef
		for _, sub := range subs {
			refs = append(refs, store.SlotRef{SubscriptionID: sub.ID, Slot: slot})
		}
		if _, err := st.ClaimSlots(context.Background(), refs, "host-a/1", 15*time.Second); err != nil {
			t.Fatal(err)
		}
		for _, sub := range subs[:10] {
			_ = p.Post(context.Background(), sub.Channel, commands.Reply{DeliveryKey: deliveryKey(sub.ID, slot)})
		}
		time.Sleep(30 * time.Second)
		stopB()
		for _, sub := range subs {
			copies := p.copies(sub.ID)[slot]
			first := firstSlot(t, st, sub.ID)
			if len(copies) != 1 || first.Outcome != store.OutcomePosted || first.Owner != "host-b/2" || copies[0].Sub(slot) > 20*time.Second {
				t.Errorf("%s: slot = %+v, posted at %v; want posted once, settled by B within 20s", sub.Channel, first, copies)
			}
		}
	})
}
