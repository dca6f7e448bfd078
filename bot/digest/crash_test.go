package digest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/postgres/pgtest"
	"github.com/briefbot/briefbot/commands"
)

// TestMain notes on the terminal when the PostgreSQL tests were skipped (pgtest.Main).
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m, "bot/digest")) }

// fakeChannelAPI stands in for a chat platform on loopback: it records each post by its
// delivery key and answers whether a key was delivered, as a channel's history would.
type fakeChannelAPI struct {
	mu       sync.Mutex
	received map[string]int
	total    int
	delay    time.Duration
	// reachedCh is closed once total reaches reachedAt (reached).
	reachedAt int
	reachedCh chan struct{}
}

func (f *fakeChannelAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/post":
		var msg struct{ Channel, Key string }
		if err := json.NewDecoder(r.Body).Decode(&msg); err != nil || msg.Key == "" {
			http.Error(w, "bad post", http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.received[msg.Key]++
		f.total++
		if f.reachedCh != nil && f.total == f.reachedAt {
			close(f.reachedCh)
		}
		f.mu.Unlock()
		time.Sleep(f.delay) // the platform takes a moment to answer
	case "/delivered":
		f.mu.Lock()
		n := f.received[r.URL.Query().Get("key")]
		f.mu.Unlock()
		fmt.Fprint(w, n > 0)
	default:
		http.NotFound(w, r)
	}
}

// reached returns a channel closed once n posts have arrived. One waiter at a time.
func (f *fakeChannelAPI) reached(n int) <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reachedAt, f.reachedCh = n, make(chan struct{})
	if f.total >= n {
		close(f.reachedCh)
	}
	return f.reachedCh
}

func (f *fakeChannelAPI) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.total
}

// httpPoster posts editions to a fakeChannelAPI and checks deliveries there.
type httpPoster struct{ base string }

func (p httpPoster) Post(ctx context.Context, channel string, r commands.Reply) error {
	body, _ := json.Marshal(map[string]string{"channel": channel, "key": r.DeliveryKey})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/post", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("post: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (p httpPoster) DirectMessage(ctx context.Context, user string, r commands.Reply) error {
	return nil
}

func (p httpPoster) Delivered(ctx context.Context, channel, key string, since time.Time) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.base+"/delivered?key="+url.QueryEscape(key), nil)
	if err != nil {
		return false, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	var ok bool
	err = json.NewDecoder(resp.Body).Decode(&ok)
	return ok, err
}

var _ bot.DeliveryChecker = httpPoster{}

const crashChildEnv = "BRIEFBOT_DIGEST_CRASH_CHILD"

// crashLease is the lease the crash test's scheduler processes hold their slots under.
const crashLease = 10 * time.Second

// TestCrashChild is the scheduler process the crash test runs, kills and restarts; on its
// own (without the environment the parent sets) it does nothing.
func TestCrashChild(t *testing.T) {
	if os.Getenv(crashChildEnv) != "1" {
		t.Skip("run by TestCrashRecovery as a child process")
	}
	now, _ := strconv.ParseInt(os.Getenv("CRASH_NOW"), 10, 64)
	clock := fixedClock(time.Unix(now, 0).UTC())
	st := openStore(t, os.Getenv("CRASH_DB"), clock)
	s := New(nil, st, newDispatcher(t), map[string]bot.Poster{store.PlatformSlack: httpPoster{base: os.Getenv("CRASH_API")}},
		clock, nil, Options{Workers: 4, Owner: os.Getenv("CRASH_OWNER"), Lease: crashLease})
	if err := s.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// TestCrashRecovery runs the scheduler as a child process, kills it (SIGKILL on Unix,
// TerminateProcess on Windows: no chance to clean up either way) in the middle of a run of
// many due slots, then starts another with a different owner identity (as a replica on
// another host would be) once the dead one's leases have run out, and checks that no slot was
// posted twice and every slot within the grace window was posted: the newcomer takes over the
// dead leases, asks the platform which went out, and posts the rest.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	// It needs nothing of Linux (no /proc, no signals but Process.Kill), only a platform that
	// can start a process: those the standard library's own tests skip for (testenv.HasExec).
	switch runtime.GOOS {
	case "js", "wasip1", "ios":
		t.Skipf("kills and restarts the scheduler as a child process, and %s cannot start one", runtime.GOOS)
	}
	t.Run("SQLite", func(t *testing.T) { crashRecovery(t, filepath.Join(t.TempDir(), "crash.db")) })
	t.Run("Postgres", func(t *testing.T) { crashRecovery(t, pgtest.Schema(t)) })
}

func crashRecovery(t *testing.T, dbPath string) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	// Forty subscriptions became active 50 minutes ago, every 5 minutes: ten slots each are
	// due, all within the one-hour grace window — 400 posts.
	const subs, slotsEach = 40, 10
	created := fixedClock(now.Add(-50 * time.Minute))
	setup := openStore(t, dbPath, created)
	for i := range subs {
		subscribe(t, setup, fmt.Sprintf("C%02d", i), "CRON_TZ=UTC */5 * * * *")
	}
	setup.Close()

	api := &fakeChannelAPI{received: map[string]int{}, delay: 4 * time.Millisecond}
	srv := httptest.NewServer(api)
	defer srv.Close()
	start := func(owner string, at time.Time) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashChildEnv+"=1", "CRASH_DB="+dbPath, "CRASH_API="+srv.URL,
			"CRASH_NOW="+strconv.FormatInt(at.Unix(), 10), "CRASH_OWNER="+owner)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}

	hundred := api.reached(100)
	first := start("host-a/replica-a", now)
	select {
	case <-hundred:
	case <-time.After(30 * time.Second):
		first.Process.Kill()
		t.Fatalf("child posted only %d in 30s", api.count())
	}
	if err := first.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = first.Wait()
	killedAt := api.count()
	if killedAt >= subs*slotsEach {
		t.Fatalf("child finished (%d posts) before it was killed; the test proves nothing", killedAt)
	}

	second := start("host-b/replica-b", now.Add(crashLease+time.Second))
	if err := second.Wait(); err != nil {
		t.Fatalf("restarted scheduler: %v", err)
	}

	api.mu.Lock()
	defer api.mu.Unlock()
	for key, n := range api.received {
		if n != 1 {
			t.Errorf("%s posted %d times; want once", key, n)
		}
	}
	if len(api.received) != subs*slotsEach {
		t.Errorf("%d slots posted; want all %d within the grace window (killed after %d)", len(api.received), subs*slotsEach, killedAt)
	}
	st := openStore(t, dbPath, fixedClock(now.Add(crashLease+time.Second)))
	counts, err := st.CountSlots(context.Background(), store.SlotFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if done := counts[store.OutcomePosted] + counts[store.OutcomeDelayed]; done != subs*slotsEach || counts[store.OutcomePending] != 0 || counts[store.OutcomeUnknown] != 0 {
		t.Errorf("ledger after recovery = %v; want %d posted or delayed, none pending or unknown", counts, subs*slotsEach)
	}
	// The newcomer holds what it finished: the slots the dead replica held were taken over.
	slots, err := st.ListSlots(context.Background(), store.SlotFilter{})
	if err != nil {
		t.Fatal(err)
	}
	takenOver := 0
	for _, d := range slots {
		if d.Owner == "host-b/replica-b" && d.Attempts > 1 {
			takenOver++
		}
	}
	if takenOver == 0 {
		t.Errorf("no slot was taken over from the dead replica; the test proves nothing")
	}
	t.Logf("%d slots taken over from the dead replica", takenOver)
	t.Logf("killed after %d of %d posts; the restart finished the rest, none twice", killedAt, subs*slotsEach)
}
