package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/google/go-cmp/cmp"
)

// The Memory part of the suite: conversation turns, answers and votes, and the report.

func mustSaveTurn(t *testing.T, s store.Store, key, turn string, at, forgetBefore time.Time) {
	t.Helper()
	if err := s.SaveTurn(context.Background(), key, []byte(turn), at, forgetBefore); err != nil {
		t.Fatalf("SaveTurn(%q, %s, %v) = %v", key, turn, at, err)
	}
}

// wantTurn fails unless LoadTurn(key, since) gives want ("": ErrNotFound).
func wantTurn(t *testing.T, s store.Store, key string, since time.Time, want string) {
	t.Helper()
	got, err := s.LoadTurn(context.Background(), key, since)
	call := fmt.Sprintf("LoadTurn(%q, %v)", key, since)
	if want == "" {
		wantCode(t, call, err, store.ErrNotFound)
		return
	}
	if err != nil || string(got) != want {
		t.Errorf("%s = %s, %v; want %s", call, got, err, want)
	}
}

func testTurns(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	now := e.clock.Now()
	const key, other = "slack/T1/D1", "discord/G1/C9/T3"
	// Kept byte for byte: the store does not parse or re-encode the document.
	first := `{"command": "/relations japan, south korea", "actors": ["日本", "대한민국"]}`
	mustSaveTurn(t, e.s, key, first, now, now.Add(-30*time.Minute))
	wantTurn(t, e.s, key, now.Add(-30*time.Minute), first)
	wantTurn(t, e.s, key, canon(now), first) // at since is live
	wantTurn(t, e.s, key, time.Time{}, first)
	wantTurn(t, e.s, key, now.Add(time.Second), "") // saved before since: expired
	wantTurn(t, e.s, other, time.Time{}, "")
	wantTurn(t, e.s, strings.ToUpper(key), time.Time{}, "") // keys are exact

	// A later turn replaces it; an earlier one (a replica that lost the race) does not.
	second := `{"command":"/relations japan, china"}`
	mustSaveTurn(t, e.s, key, second, now.Add(time.Minute), time.Time{})
	wantTurn(t, e.s, key, now.Add(time.Second), second)
	mustSaveTurn(t, e.s, key, `{"command":"stale"}`, now.Add(30*time.Second), time.Time{})
	wantTurn(t, e.s, key, time.Time{}, second)

	// Saving prunes what was saved before forgetBefore, whatever the conversation.
	third := `{"command":"/country yoon"}`
	mustSaveTurn(t, e.s, other, third, now.Add(2*time.Hour), now.Add(90*time.Minute))
	wantTurn(t, e.s, key, time.Time{}, "")
	wantTurn(t, e.s, other, now.Add(2*time.Hour), third)
	// A conversation saved again after it expired, but before pruning, comes back.
	mustSaveTurn(t, e.s, key, first, now.Add(3*time.Hour), now.Add(150*time.Minute))
	wantTurn(t, e.s, key, now.Add(150*time.Minute), first)
	wantTurn(t, e.s, other, time.Time{}, "")

	big := `"` + strings.Repeat("x", store.MaxTurnSize) + `"`
	for _, tt := range []struct {
		name string
		key  string
		turn string
		at   time.Time
	}{
		{"empty key", "", first, now},
		{"long key", strings.Repeat("k", store.MaxConversationKeyLength+1), first, now},
		{"empty turn", key, "", now},
		{"turn too large", key, big, now},
		{"turn not UTF-8", key, "\xff\xfe", now},
		{"zero time", key, first, time.Time{}},
	} {
		err := e.s.SaveTurn(ctx, tt.key, []byte(tt.turn), tt.at, time.Time{})
		wantCode(t, "SaveTurn("+tt.name+")", err, store.ErrInvalid)
	}
	_, err := e.s.LoadTurn(ctx, "", time.Time{})
	wantCode(t, "LoadTurn(empty key)", err, store.ErrInvalid)
	wantTurn(t, e.s, key, time.Time{}, first)
}

// testTurnsShared: a conversation continues on whichever handle (replica) takes the next
// message, and replicas saving at once lose nothing.
func testTurnsShared(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	b := e.another(t)
	now := e.clock.Now()
	mustSaveTurn(t, e.s, "slack/T1/C1/1700000000.000100", `{"n":1}`, now, now.Add(-time.Hour))
	wantTurn(t, b, "slack/T1/C1/1700000000.000100", now.Add(-time.Minute), `{"n":1}`)
	mustSaveTurn(t, b, "slack/T1/C1/1700000000.000100", `{"n":2}`, now.Add(time.Second), now.Add(-time.Hour))
	wantTurn(t, e.s, "slack/T1/C1/1700000000.000100", now, `{"n":2}`)

	// Many expired conversations come back at once, on both handles, each save pruning the
	// others' expired turns while reviving its own: every one of them is there afterwards,
	// and none of the saves failed (saves waiting for each other's rows would deadlock).
	const n = 40
	for i := range n {
		mustSaveTurn(t, e.s, fmt.Sprintf("discord/G1/D%d", i), `{"i":0}`, now.Add(-time.Hour), time.Time{})
	}
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		s := e.s
		if i%2 == 1 {
			s = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := fmt.Sprintf("discord/G1/D%d", i)
			errs[i] = s.SaveTurn(context.Background(), key, []byte(`{"i":1}`), now.Add(time.Duration(i)*time.Millisecond), now.Add(-time.Minute))
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("concurrent SaveTurn %d = %v", i, err)
		}
	}
	for i := range n {
		wantTurn(t, e.s, fmt.Sprintf("discord/G1/D%d", i), now.Add(-time.Minute), `{"i":1}`)
	}
}

func mustRecord(t *testing.T, s store.Store, answers ...store.Answer) {
	t.Helper()
	if err := s.RecordAnswers(context.Background(), answers); err != nil {
		t.Fatalf("RecordAnswers(%d answers) = %v", len(answers), err)
	}
}

func mustVote(t *testing.T, s store.Store, v store.Vote) {
	t.Helper()
	if err := s.Vote(context.Background(), v); err != nil {
		t.Fatalf("Vote(%+v) = %v", v, err)
	}
}

func report(t *testing.T, s store.Store, f store.ReportFilter) []store.AnswerReport {
	t.Helper()
	got, err := s.Report(context.Background(), f)
	if err != nil {
		t.Fatalf("Report(%+v) = %v", f, err)
	}
	for _, r := range got {
		checkUTC(t, "Report "+r.ID, r.At, r.FirstAt)
	}
	return got
}

// reportIDs is the answer ids of a report, in its order.
func reportIDs(rs []store.AnswerReport) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func refused(id, question string, at time.Time) store.Answer {
	return store.Answer{ID: id, Platform: store.PlatformSlack, Conversation: "slack/T1/D1", Command: "ask",
		Question: question, At: at, Count: 1}
}

// testRecordAnswers: repeats add up, the later record gives the answer as last given, and a
// bad batch records nothing.
func testRecordAnswers(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	t0 := e.clock.Now()

	a := refused("a1", "what did yoon say about dokdo?", t0)
	mustRecord(t, e.s, a)
	again := a
	again.At, again.Count = t0.Add(time.Hour), 2
	mustRecord(t, e.s, again)
	// An older record that reached the store late (another replica's batch): it counts, and
	// moves FirstAt back, but is not the answer as last given.
	late := a
	late.At, late.Found, late.FactIDs = t0.Add(-time.Hour), true, []string{"f1"}
	mustRecord(t, e.s, late)

	want := []store.AnswerReport{{
		Answer: store.Answer{ID: "a1", Platform: store.PlatformSlack, Conversation: "slack/T1/D1", Command: "ask",
			Question: a.Question, At: canon(t0.Add(time.Hour)), Count: 4},
		FirstAt: canon(t0.Add(-time.Hour)),
	}}
	if diff := cmp.Diff(want, report(t, e.s, store.ReportFilter{})); diff != "" {
		t.Errorf("Report after three records (-want +got):\n%s", diff)
	}

	// Answered at last (the curators added the fact): off the to-do list.
	fixed := a
	fixed.At, fixed.Found, fixed.Command, fixed.FactIDs = t0.Add(2*time.Hour), true, "relations", []string{"f2", "f1"}
	mustRecord(t, e.s, fixed)
	if got := report(t, e.s, store.ReportFilter{}); len(got) != 0 {
		t.Errorf("Report after the answer was found = %v; want nothing", reportIDs(got))
	}
	// Its record is the later one's: voted down, it shows the facts last shown.
	mustVote(t, e.s, store.Vote{AnswerID: "a1", Platform: store.PlatformSlack, User: "U1", At: t0.Add(3 * time.Hour)})
	got := report(t, e.s, store.ReportFilter{})
	if len(got) != 1 || !got[0].Found || got[0].Command != "relations" || !cmp.Equal(got[0].FactIDs, []string{"f2", "f1"}) || got[0].Count != 5 {
		t.Errorf("Report after a vote down = %+v; want a1 found by relations with [f2 f1], count 5", got)
	}

	// One bad answer fails the batch, and nothing of it is recorded.
	good := refused("a2", "who is kishida?", t0)
	for _, bad := range []store.Answer{
		{ID: "", Platform: "slack", At: t0},
		{ID: "b", Platform: "Slack!", At: t0},
		{ID: "b", Platform: "slack", At: time.Time{}},
		{ID: "b", Platform: "slack", At: t0, Count: -1},
		{ID: "b", Platform: "slack", At: t0, FactIDs: []string{""}},
		{ID: strings.Repeat("b", store.MaxIDLength+1), Platform: "slack", At: t0},
	} {
		err := e.s.RecordAnswers(ctx, []store.Answer{good, bad})
		wantCode(t, fmt.Sprintf("RecordAnswers(good, %+v)", bad), err, store.ErrInvalid)
	}
	if got := report(t, e.s, store.ReportFilter{}); slicesContain(reportIDs(got), "a2") {
		t.Errorf("Report = %v; a2 was recorded by a failed batch", reportIDs(got))
	}
	if err := e.s.RecordAnswers(ctx, nil); err != nil {
		t.Errorf("RecordAnswers(nil) = %v", err)
	}

	// Long questions are cut to MaxTextLength; a zero Count counts once.
	long := refused("a3", strings.Repeat("한", store.MaxTextLength+10), t0)
	long.Count = 0
	mustRecord(t, e.s, long)
	for _, r := range report(t, e.s, store.ReportFilter{}) {
		if r.ID == "a3" && (len([]rune(r.Question)) != store.MaxTextLength || r.Count != 1) {
			t.Errorf("long question came back with %d runes, count %d; want %d, 1", len([]rune(r.Question)), r.Count, store.MaxTextLength)
		}
	}
}

func slicesContain(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// testVotes: one vote per user per answer, the later one standing; a vote may come before
// its answer is recorded.
func testVotes(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	t0 := e.clock.Now()
	found := refused("a1", "relations japan korea", t0)
	found.Found, found.FactIDs = true, []string{"f1", "f2"}
	mustRecord(t, e.s, found)

	vote := func(user string, up bool, at time.Time) {
		t.Helper()
		mustVote(t, e.s, store.Vote{AnswerID: "a1", Platform: store.PlatformSlack, User: user, Up: up, At: at})
	}
	votes := func() (up, down int, voters []string) {
		t.Helper()
		got := report(t, e.s, store.ReportFilter{})
		if len(got) == 0 {
			return 0, 0, nil
		}
		return got[0].Up, got[0].Down, got[0].Voters
	}

	vote("U1", false, t0.Add(time.Minute))
	if up, down, who := votes(); up != 0 || down != 1 || !cmp.Equal(who, []string{"U1"}) {
		t.Errorf("after U1's 👎: up %d, down %d, voters %v; want 0, 1, [U1]", up, down, who)
	}
	vote("U1", true, t0.Add(2*time.Minute)) // changed their mind: up now, and not reported
	if got := report(t, e.s, store.ReportFilter{}); len(got) != 0 {
		t.Errorf("Report after U1 voted up instead = %+v; want nothing", got)
	}
	vote("U1", false, t0.Add(90*time.Second)) // an older click arriving late does not count
	if got := report(t, e.s, store.ReportFilter{}); len(got) != 0 {
		t.Errorf("Report after U1's late, older 👎 = %+v; want nothing", got)
	}
	vote("U3", false, t0.Add(3*time.Minute))
	vote("U2", false, t0.Add(3*time.Minute))
	vote("U2", false, t0.Add(4*time.Minute)) // the same vote again is still one
	if up, down, who := votes(); up != 1 || down != 2 || !cmp.Equal(who, []string{"U2", "U3"}) {
		t.Errorf("after U2 and U3 voted down: up %d, down %d, voters %v; want 1, 2, [U2 U3]", up, down, who)
	}
	// The same user id on another platform is another user.
	mustVote(t, e.s, store.Vote{AnswerID: "a1", Platform: store.PlatformDiscord, User: "U1", Up: false, At: t0.Add(5 * time.Minute)})
	if up, down, _ := votes(); up != 1 || down != 3 {
		t.Errorf("after discord's U1 voted down: up %d, down %d; want 1, 3", up, down)
	}

	// The vote is recorded before the batch with its answer.
	mustVote(t, e.s, store.Vote{AnswerID: "a2", Platform: store.PlatformSlack, User: "U9", At: t0})
	if got := report(t, e.s, store.ReportFilter{}); slicesContain(reportIDs(got), "a2") {
		t.Errorf("Report lists a2 before it is recorded: %v", reportIDs(got))
	}
	a2 := refused("a2", "and china?", t0)
	a2.Found = true
	mustRecord(t, e.s, a2)
	if got := reportIDs(report(t, e.s, store.ReportFilter{})); !slicesContain(got, "a2") {
		t.Errorf("Report = %v; want a2, voted down before it was recorded", got)
	}

	for _, bad := range []store.Vote{
		{AnswerID: "", Platform: "slack", User: "U1", At: t0},
		{AnswerID: "a1", Platform: "", User: "U1", At: t0},
		{AnswerID: "a1", Platform: "slack", User: "", At: t0},
		{AnswerID: "a1", Platform: "slack", User: "U1"},
	} {
		wantCode(t, fmt.Sprintf("Vote(%+v)", bad), e.s.Vote(ctx, bad), store.ErrInvalid)
	}
}

// testReport: refused and voted-down answers, most often given first; the window and the
// limit.
func testReport(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	t0 := e.clock.Now()
	week := 7 * 24 * time.Hour
	answer := func(id string, found bool, count int, at time.Time) store.Answer {
		a := refused(id, "question "+id, at)
		a.Found, a.Count = found, count
		return a
	}
	mustRecord(t, e.s,
		answer("old-refused", false, 9, t0.Add(-2*week)),     // out of the window…
		answer("old-voted", true, 8, t0.Add(-2*week)),        // …unless voted on in it
		answer("refused-3", false, 3, t0.Add(-time.Hour)),    //
		answer("refused-3b", false, 3, t0.Add(-time.Minute)), // as often, but later: first
		answer("refused-1", false, 1, t0),
		answer("liked", true, 20, t0),   // found and not voted down: never listed
		answer("split", true, 5, t0),    // one up, one down: not more down than up
		answer("disliked", true, 2, t0), // voted down
	)
	for _, v := range []store.Vote{
		{AnswerID: "old-voted", User: "U1", At: t0.Add(-time.Hour)},
		{AnswerID: "split", User: "U1", At: t0},
		{AnswerID: "split", User: "U2", Up: true, At: t0},
		{AnswerID: "disliked", User: "U2", At: t0},
		{AnswerID: "liked", User: "U2", Up: true, At: t0},
	} {
		v.Platform = store.PlatformSlack
		mustVote(t, e.s, v)
	}

	since := t0.Add(-week)
	tests := []struct {
		name string
		f    store.ReportFilter
		want []string
	}{
		{"all time", store.ReportFilter{}, []string{"old-refused", "old-voted", "refused-3b", "refused-3", "disliked", "refused-1"}},
		{"last week", store.ReportFilter{Since: since}, []string{"old-voted", "refused-3b", "refused-3", "disliked", "refused-1"}},
		{"limit", store.ReportFilter{Since: since, Limit: 2}, []string{"old-voted", "refused-3b"}},
		{"since now", store.ReportFilter{Since: t0}, []string{"disliked", "refused-1"}},
		{"future", store.ReportFilter{Since: t0.Add(time.Hour)}, []string{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, reportIDs(report(t, e.s, tt.f))); diff != "" {
			t.Errorf("Report(%s) ids (-want +got):\n%s", tt.name, diff)
		}
	}
	got := report(t, e.s, store.ReportFilter{Since: t0})
	want := []store.AnswerReport{
		{Answer: store.Answer{ID: "disliked", Platform: "slack", Conversation: "slack/T1/D1", Command: "ask",
			Question: "question disliked", Found: true, At: canon(t0), Count: 2}, FirstAt: canon(t0), Down: 1, Voters: []string{"U2"}},
		{Answer: store.Answer{ID: "refused-1", Platform: "slack", Conversation: "slack/T1/D1", Command: "ask",
			Question: "question refused-1", At: canon(t0), Count: 1}, FirstAt: canon(t0)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Report(since now) (-want +got):\n%s", diff)
	}
	if _, err := e.s.Report(ctx, store.ReportFilter{Limit: -1}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Report(limit -1) = %v; want ErrInvalid", err)
	}
}
