package digest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/postgres/pgtest"
)

// failoverEnv turns on TestFailover, which runs in real time (about five minutes a backend).
const failoverEnv = "BRIEFBOT_DIGEST_FAILOVER"

// failoverLease is the lease the failover replicas hold slots under.
const failoverLease = 15 * time.Second

// outageAPI is a chat platform on loopback with one channel per kind of trouble: C-500 always
// answers 500, C-FLAKY fails each slot's first two posts, C-SLOW takes the post and holds its
// answer 25 s (longer than a post may wait), every other channel is healthy. It records when
// each delivery key arrived.
type outageAPI struct {
	mu    sync.Mutex
	tries map[string]int
	got   map[string][]time.Time
}

func (f *outageAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/post":
		var msg struct{ Channel, Key string }
		if err := json.NewDecoder(r.Body).Decode(&msg); err != nil {
			http.Error(w, "bad post", http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.tries[msg.Key]++
		n := f.tries[msg.Key]
		if msg.Channel == "C-500" || msg.Channel == "C-FLAKY" && n <= 2 {
			f.mu.Unlock()
			http.Error(w, "trouble", http.StatusInternalServerError)
			return
		}
		f.got[msg.Key] = append(f.got[msg.Key], time.Now())
		f.mu.Unlock()
		if msg.Channel == "C-SLOW" {
			time.Sleep(25 * time.Second)
		}
	case "/delivered":
		f.mu.Lock()
		n := len(f.got[r.URL.Query().Get("key")])
		f.mu.Unlock()
		fmt.Fprint(w, n > 0)
	default:
		http.NotFound(w, r)
	}
}

// TestFailoverChild is one replica of TestFailover: it runs the scheduler on the wall clock
// until it is killed.
func TestFailoverChild(t *testing.T) {
	if os.Getenv("FAILOVER_CHILD") != "1" {
		t.Skip("run by TestFailover as a child process")
	}
	st := openStore(t, os.Getenv("FAILOVER_DB"), RealClock{})
	s := New(nil, st, newDispatcher(t), map[string]bot.Poster{store.PlatformSlack: httpPoster{base: os.Getenv("FAILOVER_API")}},
		RealClock{}, nil, Options{Owner: os.Getenv("FAILOVER_OWNER"), Lease: failoverLease, Poll: time.Second})
	_ = s.Run(context.Background())
}

// TestFailover is the outage the lease design answers: two replicas on other "hosts" share
// one database; channels are healthy, failing, flaky and slow; one replica is killed a moment
// into a slot while the other keeps running. Every healthy slot must be posted within 30 s
// of its time, every flaky and slow slot exactly once, and nothing twice.
func TestFailover(t *testing.T) {
	if os.Getenv(failoverEnv) == "" {
		t.Skip("runs five minutes of wall-clock time a backend; set " + failoverEnv + "=1")
	}
	t.Run("SQLite", func(t *testing.T) { failover(t, filepath.Join(t.TempDir(), "failover.db")) })
	t.Run("Postgres", func(t *testing.T) { failover(t, pgtest.Schema(t)) })
}

func failover(t *testing.T, dbURL string) {
	setup := openStore(t, dbURL, RealClock{})
	channels := []string{"C-500", "C-FLAKY", "C-SLOW"}
	for i := range 20 {
		channels = append(channels, fmt.Sprintf("C-OK%02d", i))
	}
	subs := map[int64]string{}
	for _, ch := range channels {
		subs[subscribe(t, setup, ch, "CRON_TZ=UTC * * * * *").ID] = ch
	}
	api := &outageAPI{tries: map[string]int{}, got: map[string][]time.Time{}}
	srv := httptest.NewServer(api)
	defer srv.Close()
	start := func(owner string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFailoverChild$", "-test.count=1", "-test.timeout=20m")
		cmd.Env = append(os.Environ(), "FAILOVER_CHILD=1", "FAILOVER_DB="+dbURL, "FAILOVER_API="+srv.URL, "FAILOVER_OWNER="+owner)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	a, b := start("host-a/1"), start("host-b/2")
	defer b.Process.Kill()
	// Let one slot pass in steady state, then kill A 1.3 s into the next.
	next := time.Now().Truncate(time.Minute).Add(2 * time.Minute)
	time.Sleep(time.Until(next.Add(1300 * time.Millisecond)))
	_ = a.Process.Kill()
	_ = a.Wait()
	killed := time.Now()
	time.Sleep(150 * time.Second)
	_ = b.Process.Kill()
	_ = b.Wait()

	api.mu.Lock()
	defer api.mu.Unlock()
	late := map[string]time.Duration{}
	for key, at := range api.got {
		if len(at) != 1 {
			t.Errorf("%s posted %d times; want once", key, len(at))
		}
		rest, _ := strings.CutPrefix(key, "briefbot-digest-")
		idText, unixText, _ := strings.Cut(rest, "-")
		id, _ := strconv.ParseInt(idText, 10, 64)
		unix, _ := strconv.ParseInt(unixText, 10, 64)
		slot := time.Unix(unix, 0)
		ch := subs[id]
		if slot.Before(next) || slot.After(killed.Add(90*time.Second)) {
			continue // outside the window watched
		}
		if d := at[0].Sub(slot); d > late[ch] {
			late[ch] = d
		}
		switch {
		case strings.HasPrefix(ch, "C-OK") && at[0].Sub(slot) > 30*time.Second:
			t.Errorf("healthy %s slot %s posted %s late; want within 30 s", ch, slot.Format(time.TimeOnly), at[0].Sub(slot))
		case (ch == "C-FLAKY" || ch == "C-SLOW") && at[0].Sub(slot) > 2*time.Minute:
			t.Errorf("%s slot %s posted %s late; want within 2 minutes", ch, slot.Format(time.TimeOnly), at[0].Sub(slot))
		}
	}
	for slot := next; !slot.After(killed.Add(90 * time.Second)); slot = slot.Add(time.Minute) {
		for id, ch := range subs {
			if ch == "C-500" {
				continue
			}
			if n := len(api.got[deliveryKey(id, slot)]); n == 0 {
				t.Errorf("%s slot %s never posted", ch, slot.Format(time.TimeOnly))
			}
		}
	}
	worstOK := time.Duration(0)
	for ch, d := range late {
		if strings.HasPrefix(ch, "C-OK") && d > worstOK {
			worstOK = d
		}
	}
	t.Logf("latest post after its slot: healthy %s, flaky %s, slow %s", worstOK, late["C-FLAKY"], late["C-SLOW"])
	slots, err := setup.ListSlots(context.Background(), store.SlotFilter{})
	if err != nil {
		t.Fatal(err)
	}
	takenOver := 0
	for _, d := range slots {
		if d.Owner == "host-b/2" && d.Verify {
			takenOver++
		}
	}
	t.Logf("%d ledger rows settled by B after a check with the platform (slots A held when it died, or timed out)", takenOver)
}
