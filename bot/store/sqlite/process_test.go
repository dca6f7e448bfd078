package sqlite_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/sqlite"
)

// The child half of TestTwoProcesses: it claims every slot of every
// subscription in the file, in its own random order, and prints its wins.
const (
	childDB    = "BRIEFBOT_TEST_CLAIM_CHILD_DB"
	childOwner = "BRIEFBOT_TEST_CLAIM_CHILD_OWNER"
	childStart = "BRIEFBOT_TEST_CLAIM_CHILD_START"
)

const processSlots = 10

var processBase = time.Date(2024, 3, 11, 8, 0, 0, 0, time.UTC)

func TestClaimChild(t *testing.T) {
	path := os.Getenv(childDB)
	if path == "" {
		t.Skip("run by TestTwoProcesses")
	}
	owner := os.Getenv(childOwner)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path, nil, nil)
	if err != nil {
		t.Fatalf("child Open() = %v", err)
	}
	defer s.Close()
	subs, err := s.ListSubscriptions(ctx, store.SubscriptionFilter{})
	if err != nil {
		t.Fatalf("child ListSubscriptions() = %v", err)
	}
	type pair struct {
		id   int64
		slot time.Time
	}
	var pairs []pair
	for _, sub := range subs {
		for j := range processSlots {
			pairs = append(pairs, pair{sub.ID, processBase.Add(time.Duration(j) * time.Hour)})
		}
	}
	rand.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
	start, _ := strconv.ParseInt(os.Getenv(childStart), 10, 64)
	time.Sleep(time.Until(time.Unix(0, start)))
	for _, p := range pairs {
		ok, err := s.ClaimSlot(ctx, p.id, p.slot, owner)
		if err != nil {
			t.Fatalf("child ClaimSlot(%d, %v) = %v", p.id, p.slot, err)
		}
		if ok {
			fmt.Printf("WON %d %d\n", p.id, p.slot.Unix())
		}
		// A scheduler posts between claims. Without a pause, one process
		// re-takes the write lock the moment it commits and SQLite's busy
		// handler (which is not fair) lets it win everything.
		time.Sleep(200 * time.Microsecond)
	}
}

// TestTwoProcesses runs two processes claiming the same 200 slots of one
// SQLite file at the same moment: every slot must be won exactly once, and
// the ledger must agree with the winners.
func TestTwoProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	if os.Getenv(childDB) != "" {
		t.Skip("in a child")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	s, err := sqlite.Open(ctx, path, nil, nil)
	if err != nil {
		t.Fatalf("Open() = %v", err)
	}
	defer s.Close()
	for i := range 20 {
		_, err := s.CreateSubscription(ctx, store.Subscription{Platform: "slack", Workspace: "T", Channel: fmt.Sprintf("C%02d", i),
			Schedule: "0 * * * *", TimeZone: "UTC", CreatedBy: "U"})
		if err != nil {
			t.Fatalf("CreateSubscription() = %v", err)
		}
	}

	start := strconv.FormatInt(time.Now().Add(500*time.Millisecond).UnixNano(), 10)
	owners := []string{"process-a", "process-b"}
	outs := make([]*bytes.Buffer, len(owners))
	cmds := make([]*exec.Cmd, len(owners))
	for i, owner := range owners {
		outs[i] = &bytes.Buffer{}
		cmds[i] = exec.Command(os.Args[0], "-test.run=^TestClaimChild$", "-test.count=1", "-test.v")
		cmds[i].Env = append(os.Environ(), childDB+"="+path, childOwner+"="+owner, childStart+"="+start)
		cmds[i].Stdout, cmds[i].Stderr = outs[i], outs[i]
		if err := cmds[i].Start(); err != nil {
			t.Fatalf("start child: %v", err)
		}
	}
	wins := map[string]string{} // "id unix" → owner
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("child %s: %v\n%s", owners[i], err, outs[i])
		}
		sc := bufio.NewScanner(outs[i])
		for sc.Scan() {
			var id, unix int64
			if n, _ := fmt.Sscanf(sc.Text(), "WON %d %d", &id, &unix); n != 2 {
				continue
			}
			k := fmt.Sprintf("%d %d", id, unix)
			if prev, dup := wins[k]; dup {
				t.Errorf("slot %s won by %s and by %s", k, prev, owners[i])
			}
			wins[k] = owners[i]
		}
	}
	ledger, err := s.ListSlots(ctx, store.SlotFilter{})
	if err != nil {
		t.Fatalf("ListSlots() = %v", err)
	}
	if len(wins) != 200 || len(ledger) != 200 {
		t.Errorf("wins, ledger entries = %d, %d; want 200, 200", len(wins), len(ledger))
	}
	perOwner := map[string]int{}
	for _, d := range ledger {
		k := fmt.Sprintf("%d %d", d.SubscriptionID, d.Slot.Unix())
		if wins[k] != d.Owner {
			t.Errorf("ledger owner of %s = %q; the winner printed was %q", k, d.Owner, wins[k])
		}
		perOwner[d.Owner]++
	}
	t.Logf("wins per process: %v", perOwner)
}
