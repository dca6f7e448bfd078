// Package storetest is the conformance suite every store.Store passes. A
// backend's test calls Run with a function that makes a fresh database;
// the suite checks behaviour through the interface only, errors by code
// (errors.Is), never by message.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Backend makes a fresh, empty database for one test and returns a function
// that opens a handle on it. Each call of open gives another handle on the
// same database, as another process would hold it, and calls may run
// concurrently (the first ones race to migrate a fresh database). Handles
// take the time from now. The suite closes every handle it opens; Backend
// cleans up the database itself through t.Cleanup.
type Backend func(t *testing.T, now func() time.Time) (open func(ctx context.Context) (store.Store, error))

// Run runs the whole suite against a backend.
func Run(t *testing.T, newDB Backend) {
	tests := []struct {
		name string
		fn   func(t *testing.T, newDB Backend)
	}{
		{"CreateSubscription", testCreateSubscription},
		{"CreateSubscriptionInvalid", testCreateSubscriptionInvalid},
		{"CreateSubscriptionDuplicate", testCreateSubscriptionDuplicate},
		{"GetSubscription", testGetSubscription},
		{"ListSubscriptions", testListSubscriptions},
		{"PauseResume", testPauseResume},
		{"PauseReason", testPauseReason},
		{"DeleteSubscription", testDeleteSubscription},
		{"ChangeFeed", testChangeFeed},
		{"Cursor", testCursor},
		{"UpdateSubscription", testUpdateSubscription},
		{"ChannelCap", testChannelCap},
		{"ClaimSlot", testClaimSlot},
		{"Leases", testLeases},
		{"LeaseTakeOverRace", testLeaseTakeOverRace},
		{"ClaimableSlots", testClaimableSlots},
		{"BatchClaimAndComplete", testBatchSlots},
		{"CompleteSlot", testCompleteSlot},
		{"CompleteSlotErrors", testCompleteSlotErrors},
		{"SkipSlots", testSkipSlots},
		{"ListAndCountSlots", testListAndCountSlots},
		{"TimesRoundTripInUTC", testTimesRoundTrip},
		{"ConcurrentClaims", testConcurrentClaims},
		{"Reopen", testReopen},
		{"ConcurrentOpen", testConcurrentOpen},
		{"PingAndCancel", testPingAndCancel},
		{"Turns", testTurns},
		{"TurnsShared", testTurnsShared},
		{"RecordAnswers", testRecordAnswers},
		{"Votes", testVotes},
		{"Report", testReport},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, newDB) })
	}
}

// clock is a settable time source. It starts in a zone east of UTC with
// nanoseconds, so that a store which forgets to convert or truncate shows it.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

var kst = time.FixedZone("KST", 9*60*60)

func newClock() *clock {
	return &clock{t: time.Date(2024, 3, 10, 8, 30, 15, 123456789, kst)}
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// env is one test's database, clock and first handle.
type env struct {
	clock *clock
	open  func(ctx context.Context) (store.Store, error)
	s     store.Store
}

func setup(t *testing.T, newDB Backend) *env {
	t.Helper()
	e := &env{clock: newClock()}
	e.open = newDB(t, e.clock.Now)
	e.s = e.another(t)
	return e
}

// another opens one more handle on the test's database.
func (e *env) another(t *testing.T) store.Store {
	t.Helper()
	s, err := e.open(context.Background())
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close() = %v", err)
		}
	})
	return s
}

// canon is what the store must give back for a time.
func canon(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

func sample(channel string) store.Subscription {
	return store.Subscription{
		Platform:  store.PlatformSlack,
		Workspace: "T0001",
		Channel:   channel,
		Schedule:  "CRON_TZ=Asia/Seoul 0 8 * * *",
		TimeZone:  "Asia/Seoul",
		Filter:    store.Filter{Entities: []string{"KR", "JP"}, Topics: []string{"history"}},
		CreatedBy: "U0001",
	}
}

func mustCreate(t *testing.T, s store.Store, sub store.Subscription) store.Subscription {
	t.Helper()
	got, err := s.CreateSubscription(context.Background(), sub)
	if err != nil {
		t.Fatalf("CreateSubscription(%v) = %v", sub, err)
	}
	return got
}

func mustClaim(t *testing.T, s store.Store, subID int64, slot time.Time, owner string) {
	t.Helper()
	ok, err := s.ClaimSlot(context.Background(), subID, slot, owner)
	if err != nil || !ok {
		t.Fatalf("ClaimSlot(%d, %v, %q) = %v, %v; want true, nil", subID, slot, owner, ok, err)
	}
}

// wantCode fails unless err has the code of sentinel (nil: no error).
func wantCode(t *testing.T, call string, err error, sentinel error) {
	t.Helper()
	switch {
	case sentinel == nil && err != nil:
		t.Errorf("%s = %v; want no error", call, err)
	case sentinel != nil && !errors.Is(err, sentinel):
		t.Errorf("%s = %v (code %q); want %v", call, err, store.ErrorCode(err), sentinel)
	}
}

// checkUTC fails for times not in UTC: cmp compares times with Equal,
// which ignores the location, so the suite checks it separately.
func checkUTC(t *testing.T, what string, times ...time.Time) {
	t.Helper()
	for i, tm := range times {
		if !tm.IsZero() && tm.Location() != time.UTC {
			t.Errorf("%s: time %d = %v in %v; want UTC", what, i, tm, tm.Location())
		}
	}
}

func subTimes(s store.Subscription) []time.Time {
	return []time.Time{s.CreatedAt, s.UpdatedAt, s.ActiveSince, s.PausedAt, s.DeletedAt, s.LastSlot}
}

func ids(subs []store.Subscription) []int64 {
	out := []int64{}
	for _, s := range subs {
		out = append(out, s.ID)
	}
	return out
}

func testCreateSubscription(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	now := canon(e.clock.Now())

	in := sample("C1")
	in.Filter = store.Filter{Entities: []string{" KR", "JP", "KR", ""}, Topics: []string{"history", "trade"}}
	// Fields the store owns are ignored on create.
	in.ID, in.Version, in.Rotation = 999, 999, 7
	in.Paused, in.PausedReason = true, "ignored"
	in.CreatedAt = time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)

	got, err := e.s.CreateSubscription(ctx, in)
	if err != nil {
		t.Fatalf("CreateSubscription() = %v", err)
	}
	want := store.Subscription{
		Platform: "slack", Workspace: "T0001", Channel: "C1",
		Schedule: "CRON_TZ=Asia/Seoul 0 8 * * *", TimeZone: "Asia/Seoul",
		Filter:     store.Filter{Entities: []string{"JP", "KR"}, Topics: []string{"history", "trade"}},
		PerEdition: store.DefaultPerEdition, CreatedBy: "U0001",
		CreatedAt: now, UpdatedAt: now, ActiveSince: now,
	}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(store.Subscription{}, "ID", "Version")); diff != "" {
		t.Errorf("CreateSubscription() mismatch (-want +got):\n%s", diff)
	}
	checkUTC(t, "CreateSubscription", subTimes(got)...)
	if got.ID <= 0 || got.ID == 999 || got.Version <= 0 || got.Version == 999 {
		t.Errorf("CreateSubscription() ID, Version = %d, %d; want store-assigned positive values", got.ID, got.Version)
	}

	fetched, err := e.s.GetSubscription(ctx, got.ID)
	if err != nil {
		t.Fatalf("GetSubscription(%d) = %v", got.ID, err)
	}
	if diff := cmp.Diff(got, fetched); diff != "" {
		t.Errorf("GetSubscription(%d) differs from what CreateSubscription returned (-create +get):\n%s", got.ID, diff)
	}

	second := sample("C2")
	second.PerEdition = 12
	second.Filter = store.Filter{}
	got2 := mustCreate(t, e.s, second)
	if got2.ID == got.ID || got2.PerEdition != 12 || got2.Filter.Entities != nil || got2.Filter.Topics != nil {
		t.Errorf("second CreateSubscription() = %+v; want a new ID, PerEdition 12 and an empty filter", got2)
	}
	if got2.Version <= got.Version {
		t.Errorf("second CreateSubscription() Version = %d; want more than %d", got2.Version, got.Version)
	}

	local := store.Subscription{Platform: store.PlatformLocal, Channel: "local", Schedule: "@daily", TimeZone: "UTC", CreatedBy: "me"}
	if _, err := e.s.CreateSubscription(ctx, local); err != nil {
		t.Errorf("CreateSubscription(local, no workspace) = %v; want no error", err)
	}
}

func testCreateSubscriptionInvalid(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	long := strings.Repeat("x", store.MaxIDLength+1)
	many := make([]string, store.MaxFilterItems+1)
	for i := range many {
		many[i] = fmt.Sprintf("e%d", i)
	}
	tests := []struct {
		name   string
		mutate func(s *store.Subscription)
	}{
		{"unknown platform", func(s *store.Subscription) { s.Platform = "irc" }},
		{"empty platform", func(s *store.Subscription) { s.Platform = "" }},
		{"slack without workspace", func(s *store.Subscription) { s.Workspace = "" }},
		{"discord without workspace", func(s *store.Subscription) { s.Platform, s.Workspace = "discord", "" }},
		{"empty channel", func(s *store.Subscription) { s.Channel = "" }},
		{"oversized channel", func(s *store.Subscription) { s.Channel = long }},
		{"channel not UTF-8", func(s *store.Subscription) { s.Channel = "C\xff" }},
		{"empty schedule", func(s *store.Subscription) { s.Schedule = "  " }},
		{"oversized schedule", func(s *store.Subscription) { s.Schedule = strings.Repeat("*", store.MaxScheduleLength+1) }},
		{"empty time zone", func(s *store.Subscription) { s.TimeZone = "" }},
		{"empty creator", func(s *store.Subscription) { s.CreatedBy = "" }},
		{"negative per edition", func(s *store.Subscription) { s.PerEdition = -1 }},
		{"too many per edition", func(s *store.Subscription) { s.PerEdition = store.MaxPerEdition + 1 }},
		{"too many entities", func(s *store.Subscription) { s.Filter.Entities = many }},
		{"oversized topic", func(s *store.Subscription) { s.Filter.Topics = []string{long} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := sample("C1")
			tt.mutate(&sub)
			_, err := e.s.CreateSubscription(context.Background(), sub)
			wantCode(t, fmt.Sprintf("CreateSubscription(%s)", tt.name), err, store.ErrInvalid)
		})
	}
	all, err := e.s.ListSubscriptions(context.Background(), store.SubscriptionFilter{IncludeDeleted: true})
	if err != nil || len(all) != 0 {
		t.Errorf("ListSubscriptions() after invalid creates = %v, %v; want nothing stored", ids(all), err)
	}
}

func testCreateSubscriptionDuplicate(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	first := mustCreate(t, e.s, sample("C1"))

	tests := []struct {
		name   string
		mutate func(s *store.Subscription)
		want   error
	}{
		{"same", func(s *store.Subscription) {}, store.ErrConflict},
		{"same filter reordered", func(s *store.Subscription) {
			s.Filter.Entities = []string{"JP", "KR", "JP"}
		}, store.ErrConflict},
		{"same, other creator and size", func(s *store.Subscription) { s.CreatedBy, s.PerEdition = "U2", 9 }, store.ErrConflict},
		{"other filter", func(s *store.Subscription) { s.Filter.Topics = []string{"trade"} }, nil},
		{"other schedule", func(s *store.Subscription) { s.Schedule = "CRON_TZ=Asia/Seoul 0 9 * * *" }, nil},
		{"other channel", func(s *store.Subscription) { s.Channel = "C2" }, nil},
		{"other workspace", func(s *store.Subscription) { s.Workspace = "T0002" }, nil},
		{"other platform", func(s *store.Subscription) { s.Platform = "discord" }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := sample("C1")
			tt.mutate(&sub)
			_, err := e.s.CreateSubscription(ctx, sub)
			wantCode(t, fmt.Sprintf("CreateSubscription(%s)", tt.name), err, tt.want)
		})
	}

	// Once the first is deleted, the channel may subscribe the same way again.
	if err := e.s.DeleteSubscription(ctx, first.ID); err != nil {
		t.Fatalf("DeleteSubscription(%d) = %v", first.ID, err)
	}
	again, err := e.s.CreateSubscription(ctx, sample("C1"))
	if err != nil {
		t.Fatalf("CreateSubscription(same as deleted) = %v; want no error", err)
	}
	if again.ID == first.ID {
		t.Errorf("CreateSubscription(same as deleted) reused ID %d", first.ID)
	}
}

func testGetSubscription(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	sub := mustCreate(t, e.s, sample("C1"))
	if err := e.s.DeleteSubscription(ctx, sub.ID); err != nil {
		t.Fatalf("DeleteSubscription(%d) = %v", sub.ID, err)
	}
	kept := mustCreate(t, e.s, sample("C2"))
	for _, tt := range []struct {
		name string
		id   int64
		want error
	}{
		{"existing", kept.ID, nil},
		{"deleted", sub.ID, store.ErrNotFound},
		{"never existed", kept.ID + 1000, store.ErrNotFound},
		{"zero", 0, store.ErrNotFound},
		{"negative", -1, store.ErrNotFound},
	} {
		_, err := e.s.GetSubscription(ctx, tt.id)
		wantCode(t, fmt.Sprintf("GetSubscription(%s %d)", tt.name, tt.id), err, tt.want)
	}
}

func testListSubscriptions(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	mk := func(platform, workspace, channel string) store.Subscription {
		s := sample(channel)
		s.Platform, s.Workspace = platform, workspace
		return mustCreate(t, e.s, s)
	}
	a := mk("slack", "T1", "C1")
	b := mk("slack", "T1", "C2")
	c := mk("slack", "T2", "C1")
	d := mk("discord", "G1", "C1")
	paused := mk("discord", "G1", "C9")
	deleted := mk("slack", "T1", "C3")
	if _, err := e.s.Pause(ctx, paused.ID, "channel_not_found"); err != nil {
		t.Fatalf("Pause(%d) = %v", paused.ID, err)
	}
	if err := e.s.DeleteSubscription(ctx, deleted.ID); err != nil {
		t.Fatalf("DeleteSubscription(%d) = %v", deleted.ID, err)
	}

	tests := []struct {
		name string
		f    store.SubscriptionFilter
		want []int64
	}{
		{"all live", store.SubscriptionFilter{}, []int64{a.ID, b.ID, c.ID, d.ID, paused.ID}},
		{"active", store.SubscriptionFilter{ActiveOnly: true}, []int64{a.ID, b.ID, c.ID, d.ID}},
		{"with deleted", store.SubscriptionFilter{IncludeDeleted: true}, []int64{a.ID, b.ID, c.ID, d.ID, paused.ID, deleted.ID}},
		{"platform", store.SubscriptionFilter{Platform: "discord"}, []int64{d.ID, paused.ID}},
		{"workspace", store.SubscriptionFilter{Platform: "slack", Workspace: "T1"}, []int64{a.ID, b.ID}},
		{"channel", store.SubscriptionFilter{Platform: "slack", Workspace: "T1", Channel: "C1"}, []int64{a.ID}},
		{"channel in any workspace", store.SubscriptionFilter{Channel: "C1"}, []int64{a.ID, c.ID, d.ID}},
		{"no match", store.SubscriptionFilter{Platform: "local"}, []int64{}},
	}
	for _, tt := range tests {
		got, err := e.s.ListSubscriptions(ctx, tt.f)
		if err != nil {
			t.Errorf("ListSubscriptions(%s) = %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, ids(got)); diff != "" {
			t.Errorf("ListSubscriptions(%s) ids mismatch (-want +got):\n%s", tt.name, diff)
		}
	}

	// A listed subscription is the same value Get returns.
	list, _ := e.s.ListSubscriptions(ctx, store.SubscriptionFilter{Channel: "C9"})
	got, err := e.s.GetSubscription(ctx, paused.ID)
	if err != nil || len(list) != 1 {
		t.Fatalf("GetSubscription(%d), ListSubscriptions(C9) = %v, %d items", paused.ID, err, len(list))
	}
	if diff := cmp.Diff(got, list[0]); diff != "" {
		t.Errorf("ListSubscriptions item differs from GetSubscription (-get +list):\n%s", diff)
	}
}

func testPauseResume(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	sub := mustCreate(t, e.s, sample("C1"))

	e.clock.Advance(time.Hour)
	pausedAt := canon(e.clock.Now())
	p, err := e.s.Pause(ctx, sub.ID, "  channel_not_found  ")
	if err != nil {
		t.Fatalf("Pause(%d) = %v", sub.ID, err)
	}
	if !p.Paused || p.PausedReason != "channel_not_found" || !p.PausedAt.Equal(pausedAt) || !p.UpdatedAt.Equal(pausedAt) {
		t.Errorf("Pause(%d) = paused %v, reason %q, at %v, updated %v; want true, %q, %v, %v",
			sub.ID, p.Paused, p.PausedReason, p.PausedAt, p.UpdatedAt, "channel_not_found", pausedAt, pausedAt)
	}
	if !p.ActiveSince.Equal(sub.ActiveSince) || p.Version <= sub.Version {
		t.Errorf("Pause(%d) ActiveSince, Version = %v, %d; want %v and more than %d", sub.ID, p.ActiveSince, p.Version, sub.ActiveSince, sub.Version)
	}
	checkUTC(t, "Pause", subTimes(p)...)
	if got, err := e.s.GetSubscription(ctx, sub.ID); err != nil || cmp.Diff(p, got) != "" {
		t.Errorf("GetSubscription(%d) after Pause = %v, %v; want %v", sub.ID, got, err, p)
	}

	// Pausing again replaces the reason.
	e.clock.Advance(time.Minute)
	p2, err := e.s.Pause(ctx, sub.ID, "paused by U0002")
	if err != nil || p2.PausedReason != "paused by U0002" || !p2.Paused {
		t.Errorf("Pause(%d) again = %q, %v; want reason replaced", sub.ID, p2.PausedReason, err)
	}

	e.clock.Advance(time.Hour)
	resumedAt := canon(e.clock.Now())
	r, err := e.s.Resume(ctx, sub.ID)
	if err != nil {
		t.Fatalf("Resume(%d) = %v", sub.ID, err)
	}
	if r.Paused || r.PausedReason != "" || !r.PausedAt.IsZero() || !r.ActiveSince.Equal(resumedAt) || r.Version <= p2.Version {
		t.Errorf("Resume(%d) = paused %v, reason %q, at %v, active since %v, version %d; want false, \"\", zero, %v, more than %d",
			sub.ID, r.Paused, r.PausedReason, r.PausedAt, r.ActiveSince, r.Version, resumedAt, p2.Version)
	}

	// Resuming an active subscription changes nothing, not even the version.
	e.clock.Advance(time.Hour)
	r2, err := e.s.Resume(ctx, sub.ID)
	if err != nil {
		t.Fatalf("Resume(%d) of an active subscription = %v", sub.ID, err)
	}
	if diff := cmp.Diff(r, r2); diff != "" {
		t.Errorf("Resume(%d) of an active subscription changed it (-before +after):\n%s", sub.ID, diff)
	}

	for _, tt := range []struct {
		name string
		call func() error
		want error
	}{
		{"Pause(empty reason)", func() error { _, err := e.s.Pause(ctx, sub.ID, " \n "); return err }, store.ErrInvalid},
		{"Pause(missing)", func() error { _, err := e.s.Pause(ctx, sub.ID+100, "x"); return err }, store.ErrNotFound},
		{"Resume(missing)", func() error { _, err := e.s.Resume(ctx, sub.ID+100); return err }, store.ErrNotFound},
		{"Pause(0)", func() error { _, err := e.s.Pause(ctx, 0, "x"); return err }, store.ErrNotFound},
	} {
		wantCode(t, tt.name, tt.call(), tt.want)
	}

	if err := e.s.DeleteSubscription(ctx, sub.ID); err != nil {
		t.Fatalf("DeleteSubscription(%d) = %v", sub.ID, err)
	}
	_, err = e.s.Pause(ctx, sub.ID, "x")
	wantCode(t, "Pause(deleted)", err, store.ErrNotFound)
	_, err = e.s.Resume(ctx, sub.ID)
	wantCode(t, "Resume(deleted)", err, store.ErrNotFound)
}

func testPauseReason(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	tests := []struct {
		name, reason, want string
	}{
		{"plain", "channel_not_found", "channel_not_found"},
		{"unicode", "채널을 찾을 수 없음 — 日本語 ✓", "채널을 찾을 수 없음 — 日本語 ✓"},
		{"quotes and SQL", `it's "gone"; DROP TABLE subscriptions; --`, `it's "gone"; DROP TABLE subscriptions; --`},
		{"inner newlines kept", "line one\nline two", "line one\nline two"},
		{"invalid UTF-8 repaired", "bad \xff byte", "bad \uFFFD byte"},
		{"long clipped", strings.Repeat("é", store.MaxTextLength+10), strings.Repeat("é", store.MaxTextLength-1) + "…"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := mustCreate(t, e.s, sample(fmt.Sprintf("C%d", i)))
			if _, err := e.s.Pause(ctx, sub.ID, tt.reason); err != nil {
				t.Fatalf("Pause(%d, %.20q) = %v", sub.ID, tt.reason, err)
			}
			got, err := e.s.GetSubscription(ctx, sub.ID)
			if err != nil {
				t.Fatalf("GetSubscription(%d) = %v", sub.ID, err)
			}
			if got.PausedReason != tt.want {
				t.Errorf("PausedReason after Pause(%.20q) = %.40q (%d runes); want %.40q (%d runes)",
					tt.reason, got.PausedReason, utf8.RuneCountInString(got.PausedReason), tt.want, utf8.RuneCountInString(tt.want))
			}
		})
	}
}

func testDeleteSubscription(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	sub := mustCreate(t, e.s, sample("C1"))
	slot := time.Date(2024, 3, 11, 8, 0, 0, 0, kst)
	mustClaim(t, e.s, sub.ID, slot, "replica-a")
	if err := e.s.MarkSent(ctx, sub.ID, []string{"f1"}, e.clock.Now()); err != nil {
		t.Fatalf("MarkSent() = %v", err)
	}

	e.clock.Advance(time.Minute)
	if err := e.s.DeleteSubscription(ctx, sub.ID); err != nil {
		t.Fatalf("DeleteSubscription(%d) = %v", sub.ID, err)
	}
	wantCode(t, "DeleteSubscription(again)", e.s.DeleteSubscription(ctx, sub.ID), store.ErrNotFound)
	wantCode(t, "DeleteSubscription(missing)", e.s.DeleteSubscription(ctx, sub.ID+100), store.ErrNotFound)
	_, err := e.s.GetSubscription(ctx, sub.ID)
	wantCode(t, "GetSubscription(deleted)", err, store.ErrNotFound)
	_, err = e.s.SentFacts(ctx, sub.ID)
	wantCode(t, "SentFacts(deleted)", err, store.ErrNotFound)
	_, err = e.s.ClaimSlot(ctx, sub.ID, slot.Add(24*time.Hour), "replica-a")
	wantCode(t, "ClaimSlot(deleted)", err, store.ErrNotFound)

	list, err := e.s.ListSubscriptions(ctx, store.SubscriptionFilter{IncludeDeleted: true})
	if err != nil || len(list) != 1 {
		t.Fatalf("ListSubscriptions(IncludeDeleted) = %v, %v; want the deleted one", ids(list), err)
	}
	if want := canon(e.clock.Now()); !list[0].DeletedAt.Equal(want) {
		t.Errorf("DeletedAt = %v; want %v", list[0].DeletedAt, want)
	}
	// The ledger is kept for the record, and the slot can still be completed
	// by the replica that was posting it.
	slots, err := e.s.ListSlots(ctx, store.SlotFilter{SubscriptionID: sub.ID})
	if err != nil || len(slots) != 1 {
		t.Errorf("ListSlots(deleted subscription) = %v, %v; want its one slot kept", slots, err)
	}
	err = e.s.CompleteSlot(ctx, sub.ID, slot, store.SlotResult{Outcome: store.OutcomePosted, FactIDs: []string{"f2"}})
	wantCode(t, "CompleteSlot(deleted subscription)", err, nil)
}

func testChangeFeed(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	version := func() int64 {
		t.Helper()
		v, err := e.s.Version(ctx)
		if err != nil {
			t.Fatalf("Version() = %v", err)
		}
		return v
	}
	changed := func(after int64) []int64 {
		t.Helper()
		l, err := e.s.ListSubscriptions(ctx, store.SubscriptionFilter{ChangedAfter: after, IncludeDeleted: true})
		if err != nil {
			t.Fatalf("ListSubscriptions(ChangedAfter: %d) = %v", after, err)
		}
		return ids(l)
	}

	v0 := version()
	a := mustCreate(t, e.s, sample("C1"))
	b := mustCreate(t, e.s, sample("C2"))
	c := mustCreate(t, e.s, sample("C3"))
	v1 := version()
	if v1 <= v0 || v1 != c.Version {
		t.Errorf("Version() after creates = %d; want > %d and = last created's %d", v1, v0, c.Version)
	}
	if diff := cmp.Diff([]int64{a.ID, b.ID, c.ID}, changed(v0)); diff != "" {
		t.Errorf("changes after creates (-want +got):\n%s", diff)
	}
	if got := changed(v1); len(got) != 0 {
		t.Errorf("changes with nothing changed = %v; want none", got)
	}

	// Ledger and cursor traffic is not a settings change: no version moves.
	mustClaim(t, e.s, a.ID, time.Date(2024, 3, 11, 8, 0, 0, 0, kst), "r1")
	if err := e.s.MarkSent(ctx, a.ID, []string{"f1"}, time.Time{}); err != nil {
		t.Fatalf("MarkSent() = %v", err)
	}
	if _, err := e.s.ResetCursor(ctx, a.ID); err != nil {
		t.Fatalf("ResetCursor() = %v", err)
	}
	if _, err := e.s.Resume(ctx, b.ID); err != nil { // already active
		t.Fatalf("Resume() = %v", err)
	}
	if v := version(); v != v1 {
		t.Errorf("Version() after claims, cursor moves and a no-op resume = %d; want unchanged %d", v, v1)
	}

	if _, err := e.s.Pause(ctx, b.ID, "x"); err != nil {
		t.Fatalf("Pause() = %v", err)
	}
	if err := e.s.DeleteSubscription(ctx, c.ID); err != nil {
		t.Fatalf("DeleteSubscription() = %v", err)
	}
	if diff := cmp.Diff([]int64{b.ID, c.ID}, changed(v1)); diff != "" {
		t.Errorf("changes after pause and delete (-want +got):\n%s", diff)
	}
	v2 := version()
	if _, err := e.s.Resume(ctx, b.ID); err != nil {
		t.Fatalf("Resume() = %v", err)
	}
	if diff := cmp.Diff([]int64{b.ID}, changed(v2)); diff != "" {
		t.Errorf("changes after resume (-want +got):\n%s", diff)
	}
	// Another handle (another replica) sees the same feed.
	other := e.another(t)
	l, err := other.ListSubscriptions(ctx, store.SubscriptionFilter{ChangedAfter: v1, IncludeDeleted: true})
	if err != nil {
		t.Fatalf("other.ListSubscriptions() = %v", err)
	}
	if diff := cmp.Diff([]int64{b.ID, c.ID}, ids(l)); diff != "" {
		t.Errorf("other replica's changes (-want +got):\n%s", diff)
	}
	for _, s := range l {
		if s.ID == c.ID && s.DeletedAt.IsZero() {
			t.Errorf("deleted subscription %d in change feed has no DeletedAt", c.ID)
		}
	}
}

func testCursor(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	a := mustCreate(t, e.s, sample("C1"))
	b := mustCreate(t, e.s, sample("C2"))
	sent := func(id int64) map[string]bool {
		t.Helper()
		got, err := e.s.SentFacts(ctx, id)
		if err != nil {
			t.Fatalf("SentFacts(%d) = %v", id, err)
		}
		return got
	}

	if got := sent(a.ID); len(got) != 0 {
		t.Errorf("SentFacts(new) = %v; want empty", got)
	}
	steps := []struct {
		facts []string
		want  map[string]bool
	}{
		{[]string{"jp-kr-gimpo", "jp-kr-dokdo"}, map[string]bool{"jp-kr-gimpo": true, "jp-kr-dokdo": true}},
		{nil, map[string]bool{"jp-kr-gimpo": true, "jp-kr-dokdo": true}},
		{[]string{"jp-kr-dokdo", "nato-madrid", "nato-madrid"}, map[string]bool{"jp-kr-gimpo": true, "jp-kr-dokdo": true, "nato-madrid": true}},
	}
	for i, st := range steps {
		if err := e.s.MarkSent(ctx, a.ID, st.facts, e.clock.Now()); err != nil {
			t.Fatalf("MarkSent(%d, %v) = %v", a.ID, st.facts, err)
		}
		if diff := cmp.Diff(st.want, sent(a.ID)); diff != "" {
			t.Errorf("step %d: SentFacts(%d) mismatch (-want +got):\n%s", i, a.ID, diff)
		}
	}
	if got := sent(b.ID); len(got) != 0 {
		t.Errorf("SentFacts(other subscription) = %v; want empty: cursors are per subscription", got)
	}

	rot, err := e.s.ResetCursor(ctx, a.ID)
	if err != nil || rot != 1 {
		t.Fatalf("ResetCursor(%d) = %d, %v; want 1, nil", a.ID, rot, err)
	}
	if got := sent(a.ID); len(got) != 0 {
		t.Errorf("SentFacts after ResetCursor = %v; want empty", got)
	}
	if rot, err := e.s.ResetCursor(ctx, a.ID); err != nil || rot != 2 {
		t.Errorf("second ResetCursor(%d) = %d, %v; want 2, nil", a.ID, rot, err)
	}
	if got, err := e.s.GetSubscription(ctx, a.ID); err != nil || got.Rotation != 2 {
		t.Errorf("GetSubscription(%d).Rotation = %d, %v; want 2", a.ID, got.Rotation, err)
	}
	if err := e.s.MarkSent(ctx, a.ID, []string{"nato-madrid"}, e.clock.Now()); err != nil {
		t.Fatalf("MarkSent() after reset = %v", err)
	}
	if diff := cmp.Diff(map[string]bool{"nato-madrid": true}, sent(a.ID)); diff != "" {
		t.Errorf("SentFacts in new rotation (-want +got):\n%s", diff)
	}

	for _, tt := range []struct {
		name string
		err  error
		want error
	}{
		{"MarkSent(empty fact id)", e.s.MarkSent(ctx, a.ID, []string{"ok", ""}, e.clock.Now()), store.ErrInvalid},
		{"MarkSent(oversized fact id)", e.s.MarkSent(ctx, a.ID, []string{strings.Repeat("f", store.MaxIDLength+1)}, e.clock.Now()), store.ErrInvalid},
		{"MarkSent(missing)", e.s.MarkSent(ctx, b.ID+100, []string{"x"}, e.clock.Now()), store.ErrNotFound},
		{"SentFacts(missing)", func() error { _, err := e.s.SentFacts(ctx, b.ID+100); return err }(), store.ErrNotFound},
		{"ResetCursor(missing)", func() error { _, err := e.s.ResetCursor(ctx, b.ID+100); return err }(), store.ErrNotFound},
	} {
		wantCode(t, tt.name, tt.err, tt.want)
	}
	if diff := cmp.Diff(map[string]bool{"nato-madrid": true}, sent(a.ID)); diff != "" {
		t.Errorf("a rejected MarkSent changed the cursor (-want +got):\n%s", diff)
	}
}

func testBatchSlots(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	live := mustCreate(t, e.s, sample("C1"))
	paused := mustCreate(t, e.s, sample("C2"))
	gone := mustCreate(t, e.s, sample("C3"))
	if _, err := e.s.Pause(ctx, paused.ID, "quiet"); err != nil {
		t.Fatal(err)
	}
	if err := e.s.DeleteSubscription(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	slot := time.Date(2024, 3, 11, 8, 0, 0, 0, kst)
	mustClaim(t, e.s, live.ID, slot, "replica-b") // already someone else's
	refs := []store.SlotRef{
		{SubscriptionID: live.ID, Slot: slot},
		{SubscriptionID: live.ID, Slot: slot.Add(time.Hour)},
		{SubscriptionID: live.ID, Slot: slot.Add(time.Hour)}, // twice in one batch: once
		{SubscriptionID: paused.ID, Slot: slot},
		{SubscriptionID: gone.ID, Slot: slot},
		{SubscriptionID: live.ID + 1000, Slot: slot},
	}
	got, err := e.s.ClaimSlots(ctx, refs, "replica-a", time.Minute)
	want := []store.Claim{{}, {Won: true, Attempts: 1}, {}, {}, {}, {}}
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("ClaimSlots() = %v, %v; want %v", got, err, want)
	}
	if _, err := e.s.ClaimSlots(ctx, []store.SlotRef{{SubscriptionID: live.ID}}, "replica-a", time.Minute); store.ErrorCode(err) != store.CodeInvalid {
		t.Errorf("ClaimSlots(zero slot) = %v; want invalid", err)
	}
	done := []store.SlotCompletion{
		{SlotRef: refs[1], Result: store.SlotResult{Outcome: store.OutcomePosted, FactIDs: []string{"f1", "f2"}}},
		{SlotRef: store.SlotRef{SubscriptionID: live.ID, Slot: slot.Add(5 * time.Hour)}, Result: store.SlotResult{Outcome: store.OutcomePosted}},
		{SlotRef: refs[0], Result: store.SlotResult{Outcome: store.OutcomeFailed, Detail: "boom"}},
		{SlotRef: refs[1], Result: store.SlotResult{Outcome: store.OutcomePosted}}, // again: already completed
		{SlotRef: refs[0], Result: store.SlotResult{Outcome: store.OutcomePending}},
	}
	errs, err := e.s.CompleteSlots(ctx, done)
	if err != nil || len(errs) != len(done) {
		t.Fatalf("CompleteSlots() = %v, %v", errs, err)
	}
	wantCodes := []store.Code{"", store.CodeNotFound, "", store.CodeConflict, store.CodeInvalid}
	for i, w := range wantCodes {
		if c := store.ErrorCode(errs[i]); c != w {
			t.Errorf("CompleteSlots()[%d] = %v; want code %q", i, errs[i], w)
		}
	}
	sent, err := e.s.SentFacts(ctx, live.ID)
	if err != nil || !sent["f1"] || !sent["f2"] || len(sent) != 2 {
		t.Errorf("SentFacts after batch = %v, %v; want f1 and f2", sent, err)
	}
	counts, err := e.s.CountSlots(ctx, store.SlotFilter{SubscriptionID: live.ID})
	if err != nil || counts[store.OutcomePosted] != 1 || counts[store.OutcomeFailed] != 1 {
		t.Errorf("CountSlots after batch = %v, %v; want 1 posted, 1 failed", counts, err)
	}
}

func testClaimSlot(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	sub := mustCreate(t, e.s, sample("C1"))
	other := mustCreate(t, e.s, sample("C2"))
	slot := time.Date(2024, 3, 11, 8, 0, 0, 0, kst)
	sameInstant := slot.In(time.FixedZone("EST", -5*60*60))

	steps := []struct {
		name  string
		subID int64
		slot  time.Time
		owner string
		want  bool
	}{
		{"first claim wins", sub.ID, slot, "replica-a", true},
		{"same owner again loses", sub.ID, slot, "replica-a", false},
		{"other owner loses", sub.ID, slot, "replica-b", false},
		{"same instant in another zone loses", sub.ID, sameInstant, "replica-b", false},
		{"next slot wins", sub.ID, slot.Add(24 * time.Hour), "replica-b", true},
		{"same slot of another subscription wins", other.ID, slot, "replica-b", true},
		{"a microsecond later is another slot", sub.ID, slot.Add(time.Microsecond), "replica-a", true},
	}
	claimedAt := canon(e.clock.Now())
	for _, st := range steps {
		got, err := e.s.ClaimSlot(ctx, st.subID, st.slot, st.owner)
		if err != nil || got != st.want {
			t.Errorf("%s: ClaimSlot(%d, %v, %q) = %v, %v; want %v, nil", st.name, st.subID, st.slot, st.owner, got, err, st.want)
		}
	}
	got, err := e.s.ListSlots(ctx, store.SlotFilter{SubscriptionID: sub.ID, From: slot, To: slot.Add(time.Microsecond)})
	if err != nil {
		t.Fatalf("ListSlots() = %v", err)
	}
	want := []store.Delivery{{SubscriptionID: sub.ID, Slot: canon(slot), Owner: "replica-a", ClaimedAt: claimedAt,
		Outcome: store.OutcomePending, LeaseUntil: canon(claimedAt.Add(store.DefaultLease)), Attempts: 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ledger after claims (-want +got):\n%s", diff)
	}
	if s, err := e.s.GetSubscription(ctx, sub.ID); err != nil || !s.LastSlot.Equal(slot.Add(24*time.Hour)) {
		t.Errorf("GetSubscription(%d).LastSlot = %v, %v; want %v", sub.ID, s.LastSlot, err, slot.Add(24*time.Hour))
	}

	if _, err := e.s.Pause(ctx, sub.ID, "maintenance"); err != nil {
		t.Fatalf("Pause() = %v", err)
	}
	errs := []struct {
		name  string
		subID int64
		slot  time.Time
		owner string
		want  error
	}{
		{"paused", sub.ID, slot.Add(48 * time.Hour), "replica-a", store.ErrConflict},
		{"missing subscription", other.ID + 100, slot, "replica-a", store.ErrNotFound},
		{"zero subscription", 0, slot, "replica-a", store.ErrNotFound},
		{"zero slot", other.ID, time.Time{}, "replica-a", store.ErrInvalid},
		{"year 10000", other.ID, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "replica-a", store.ErrInvalid},
		{"empty owner", other.ID, slot.Add(48 * time.Hour), "", store.ErrInvalid},
		{"oversized owner", other.ID, slot.Add(48 * time.Hour), strings.Repeat("o", store.MaxIDLength+1), store.ErrInvalid},
	}
	for _, tt := range errs {
		ok, err := e.s.ClaimSlot(ctx, tt.subID, tt.slot, tt.owner)
		if ok {
			t.Errorf("ClaimSlot(%s) = true; want false with an error", tt.name)
		}
		wantCode(t, fmt.Sprintf("ClaimSlot(%s)", tt.name), err, tt.want)
	}
	// A replica that has not polled since the pause is refused all the same.
	replica := e.another(t)
	ok, err := replica.ClaimSlot(ctx, sub.ID, slot.Add(48*time.Hour), "replica-b")
	if ok {
		t.Errorf("other handle: ClaimSlot(paused) = true; want false with an error")
	}
	wantCode(t, "other handle: ClaimSlot(paused)", err, store.ErrConflict)

	if _, err := e.s.Resume(ctx, sub.ID); err != nil {
		t.Fatalf("Resume() = %v", err)
	}
	if ok, err := replica.ClaimSlot(ctx, sub.ID, slot.Add(48*time.Hour), "replica-b"); !ok || err != nil {
		t.Errorf("other handle: ClaimSlot(after resume) = %v, %v; want true, nil", ok, err)
	}
}

func testCompleteSlot(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	slot := time.Date(2024, 3, 11, 8, 0, 0, 0, kst)
	tests := []struct {
		name      string
		r         store.SlotResult
		wantFacts map[string]bool
	}{
		{"posted marks facts", store.SlotResult{Outcome: store.OutcomePosted, FactIDs: []string{"f1", "f2"}}, map[string]bool{"f1": true, "f2": true}},
		{"delayed marks facts", store.SlotResult{Outcome: store.OutcomeDelayed, Detail: "caught up 12m late", FactIDs: []string{"f3"}}, map[string]bool{"f3": true}},
		{"failed marks nothing", store.SlotResult{Outcome: store.OutcomeFailed, Detail: "500 after 4 tries", FactIDs: []string{"f4"}}, map[string]bool{}},
		{"skipped marks nothing", store.SlotResult{Outcome: store.OutcomeSkipped, Detail: "beyond grace"}, map[string]bool{}},
		{"missed marks nothing", store.SlotResult{Outcome: store.OutcomeMissed, Detail: "500 until the grace period ended"}, map[string]bool{}},
		{"unknown marks nothing", store.SlotResult{Outcome: store.OutcomeUnknown, Detail: "timed out; cannot check"}, map[string]bool{}},
		{"long detail clipped", store.SlotResult{Outcome: store.OutcomeFailed, Detail: strings.Repeat("d", store.MaxTextLength+5)}, map[string]bool{}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := mustCreate(t, e.s, sample(fmt.Sprintf("C%d", i)))
			claimedAt := canon(e.clock.Now())
			mustClaim(t, e.s, sub.ID, slot, "replica-a")
			e.clock.Advance(3 * time.Second)
			completedAt := canon(e.clock.Now())
			if err := e.s.CompleteSlot(ctx, sub.ID, slot, tt.r); err != nil {
				t.Fatalf("CompleteSlot(%d, %v, %v) = %v", sub.ID, slot, tt.r.Outcome, err)
			}
			got, err := e.s.ListSlots(ctx, store.SlotFilter{SubscriptionID: sub.ID})
			if err != nil {
				t.Fatalf("ListSlots() = %v", err)
			}
			want := []store.Delivery{{
				SubscriptionID: sub.ID, Slot: canon(slot), Owner: "replica-a", ClaimedAt: claimedAt,
				Outcome: tt.r.Outcome, Detail: store.Clip(tt.r.Detail), CompletedAt: completedAt, Attempts: 1,
			}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ledger after CompleteSlot (-want +got):\n%s", diff)
			}
			if n := utf8.RuneCountInString(got[0].Detail); n > store.MaxTextLength {
				t.Errorf("Detail has %d runes; want at most %d", n, store.MaxTextLength)
			}
			facts, err := e.s.SentFacts(ctx, sub.ID)
			if err != nil {
				t.Fatalf("SentFacts() = %v", err)
			}
			if diff := cmp.Diff(tt.wantFacts, facts); diff != "" {
				t.Errorf("SentFacts after CompleteSlot(%s) (-want +got):\n%s", tt.r.Outcome, diff)
			}
		})
	}
}

func testCompleteSlotErrors(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	sub := mustCreate(t, e.s, sample("C1"))
	slot := time.Date(2024, 3, 11, 8, 0, 0, 0, kst)
	mustClaim(t, e.s, sub.ID, slot, "replica-a")
	posted := store.SlotResult{Outcome: store.OutcomePosted}

	tests := []struct {
		name  string
		subID int64
		slot  time.Time
		r     store.SlotResult
		want  error
	}{
		{"pending is not an outcome", sub.ID, slot, store.SlotResult{Outcome: store.OutcomePending}, store.ErrInvalid},
		{"made-up outcome", sub.ID, slot, store.SlotResult{Outcome: "sent"}, store.ErrInvalid},
		{"bad fact id", sub.ID, slot, store.SlotResult{Outcome: store.OutcomePosted, FactIDs: []string{""}}, store.ErrInvalid},
		{"never claimed", sub.ID, slot.Add(time.Hour), posted, store.ErrNotFound},
		{"missing subscription", sub.ID + 100, slot, posted, store.ErrNotFound},
		{"first completion", sub.ID, slot, posted, nil},
		{"second completion", sub.ID, slot, store.SlotResult{Outcome: store.OutcomeFailed}, store.ErrConflict},
	}
	for _, tt := range tests {
		err := e.s.CompleteSlot(ctx, tt.subID, tt.slot, tt.r)
		wantCode(t, fmt.Sprintf("CompleteSlot(%s)", tt.name), err, tt.want)
	}
	got, err := e.s.ListSlots(ctx, store.SlotFilter{SubscriptionID: sub.ID})
	if err != nil || len(got) != 1 || got[0].Outcome != store.OutcomePosted {
		t.Errorf("ledger after failed completions = %+v, %v; want one posted slot", got, err)
	}
}

func testSkipSlots(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	sub := mustCreate(t, e.s, sample("C1"))
	base := time.Date(2024, 3, 11, 8, 0, 0, 0, kst)
	slots := []time.Time{base, base.Add(24 * time.Hour), base.Add(48 * time.Hour)}
	mustClaim(t, e.s, sub.ID, slots[1], "replica-a") // another replica got there first

	n, err := e.s.SkipSlots(ctx, sub.ID, slots, "replica-b", "down for 3 days")
	if err != nil || n != 2 {
		t.Fatalf("SkipSlots(%d, 3 slots, one claimed) = %d, %v; want 2, nil", sub.ID, n, err)
	}
	if n, err := e.s.SkipSlots(ctx, sub.ID, slots, "replica-c", "again"); err != nil || n != 0 {
		t.Errorf("SkipSlots(same slots again) = %d, %v; want 0, nil", n, err)
	}
	if n, err := e.s.SkipSlots(ctx, sub.ID, nil, "replica-c", ""); err != nil || n != 0 {
		t.Errorf("SkipSlots(no slots) = %d, %v; want 0, nil", n, err)
	}
	counts, err := e.s.CountSlots(ctx, store.SlotFilter{SubscriptionID: sub.ID})
	if err != nil {
		t.Fatalf("CountSlots() = %v", err)
	}
	if diff := cmp.Diff(map[store.Outcome]int{store.OutcomeSkipped: 2, store.OutcomePending: 1}, counts); diff != "" {
		t.Errorf("CountSlots() after SkipSlots (-want +got):\n%s", diff)
	}
	skipped, err := e.s.ListSlots(ctx, store.SlotFilter{SubscriptionID: sub.ID, Outcome: store.OutcomeSkipped})
	if err != nil || len(skipped) != 2 {
		t.Fatalf("ListSlots(skipped) = %v, %v; want 2", skipped, err)
	}
	now := canon(e.clock.Now())
	for _, d := range skipped {
		if d.Owner != "replica-b" || d.Detail != "down for 3 days" || !d.ClaimedAt.Equal(now) || !d.CompletedAt.Equal(now) {
			t.Errorf("skipped slot = %+v; want owner replica-b, the detail, claimed and completed at %v", d, now)
		}
	}
	// A skipped slot is settled: nobody can claim it afterwards.
	if ok, err := e.s.ClaimSlot(ctx, sub.ID, slots[0], "replica-a"); ok || err != nil {
		t.Errorf("ClaimSlot(skipped slot) = %v, %v; want false, nil", ok, err)
	}

	for _, tt := range []struct {
		name  string
		subID int64
		slots []time.Time
		owner string
		want  error
	}{
		{"missing subscription", sub.ID + 100, slots, "r", store.ErrNotFound},
		{"zero slot", sub.ID, []time.Time{base.Add(72 * time.Hour), {}}, "r", store.ErrInvalid},
		{"empty owner", sub.ID, slots, "", store.ErrInvalid},
	} {
		_, err := e.s.SkipSlots(ctx, tt.subID, tt.slots, tt.owner, "")
		wantCode(t, fmt.Sprintf("SkipSlots(%s)", tt.name), err, tt.want)
	}
	if c, _ := e.s.CountSlots(ctx, store.SlotFilter{SubscriptionID: sub.ID}); c[store.OutcomeSkipped] != 2 {
		t.Errorf("a rejected SkipSlots recorded slots: counts = %v", c)
	}
}

func testListAndCountSlots(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	a := mustCreate(t, e.s, sample("C1"))
	b := mustCreate(t, e.s, sample("C2"))
	base := time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC)
	type entry struct {
		sub     int64
		hour    int
		outcome store.Outcome
	}
	entries := []entry{
		{a.ID, 0, store.OutcomePosted}, {a.ID, 1, store.OutcomeFailed}, {a.ID, 2, store.OutcomePosted},
		{a.ID, 3, store.OutcomePending}, {b.ID, 1, store.OutcomeDelayed}, {b.ID, 2, store.OutcomeSkipped},
	}
	for _, en := range entries {
		slot := base.Add(time.Duration(en.hour) * time.Hour)
		mustClaim(t, e.s, en.sub, slot, "r")
		if en.outcome != store.OutcomePending {
			if err := e.s.CompleteSlot(ctx, en.sub, slot, store.SlotResult{Outcome: en.outcome}); err != nil {
				t.Fatalf("CompleteSlot() = %v", err)
			}
		}
	}
	type key struct {
		Sub  int64
		Hour int
	}
	tests := []struct {
		name   string
		f      store.SlotFilter
		want   []key
		counts map[store.Outcome]int
	}{
		{"all, newest first", store.SlotFilter{},
			[]key{{a.ID, 3}, {a.ID, 2}, {b.ID, 2}, {a.ID, 1}, {b.ID, 1}, {a.ID, 0}},
			map[store.Outcome]int{"posted": 2, "failed": 1, "pending": 1, "delayed": 1, "skipped": 1}},
		{"one subscription", store.SlotFilter{SubscriptionID: b.ID},
			[]key{{b.ID, 2}, {b.ID, 1}}, map[store.Outcome]int{"delayed": 1, "skipped": 1}},
		{"one outcome", store.SlotFilter{Outcome: store.OutcomePosted},
			[]key{{a.ID, 2}, {a.ID, 0}}, map[store.Outcome]int{"posted": 2}},
		{"time range is half-open", store.SlotFilter{From: base.Add(time.Hour), To: base.Add(2 * time.Hour)},
			[]key{{a.ID, 1}, {b.ID, 1}}, map[store.Outcome]int{"failed": 1, "delayed": 1}},
		{"limit keeps the newest", store.SlotFilter{SubscriptionID: a.ID, Limit: 2},
			[]key{{a.ID, 3}, {a.ID, 2}}, map[store.Outcome]int{"posted": 2, "failed": 1, "pending": 1}},
		{"nothing", store.SlotFilter{SubscriptionID: b.ID + 100}, []key{}, map[store.Outcome]int{}},
	}
	for _, tt := range tests {
		got, err := e.s.ListSlots(ctx, tt.f)
		if err != nil {
			t.Errorf("ListSlots(%s) = %v", tt.name, err)
			continue
		}
		keys := []key{}
		for _, d := range got {
			keys = append(keys, key{d.SubscriptionID, int(d.Slot.Sub(base) / time.Hour)})
		}
		if diff := cmp.Diff(tt.want, keys); diff != "" {
			t.Errorf("ListSlots(%s) (-want +got):\n%s", tt.name, diff)
		}
		counts, err := e.s.CountSlots(ctx, tt.f)
		if err != nil {
			t.Errorf("CountSlots(%s) = %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.counts, counts); diff != "" {
			t.Errorf("CountSlots(%s) (-want +got):\n%s", tt.name, diff)
		}
	}
}

func testTimesRoundTrip(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	sub := mustCreate(t, e.s, sample("C1"))
	zones := []*time.Location{time.UTC, kst, time.FixedZone("NPT", 5*60*60+45*60), time.FixedZone("HST", -10*60*60)}
	for i, loc := range zones {
		slot := time.Date(2024, 11, 3, 1, 30, 0, 987654321, loc).Add(time.Duration(i) * time.Hour)
		mustClaim(t, e.s, sub.ID, slot, "r")
		got, err := e.s.ListSlots(ctx, store.SlotFilter{SubscriptionID: sub.ID, From: slot, To: slot.Add(time.Microsecond)})
		if err != nil || len(got) != 1 {
			t.Fatalf("ListSlots(slot %v) = %v, %v; want the slot", slot, got, err)
		}
		if want := canon(slot); !got[0].Slot.Equal(want) || got[0].Slot.Location() != time.UTC {
			t.Errorf("slot %v came back as %v (%v); want %v in UTC", slot, got[0].Slot, got[0].Slot.Location(), want)
		}
		checkUTC(t, "ListSlots", got[0].Slot, got[0].ClaimedAt, got[0].CompletedAt)
		// The claim key is the truncated instant: the same slot with other
		// nanoseconds is the same slot.
		if ok, err := e.s.ClaimSlot(ctx, sub.ID, canon(slot).In(loc), "r2"); ok || err != nil {
			t.Errorf("ClaimSlot(%v truncated) = %v, %v; want false, nil", slot, ok, err)
		}
	}
	if _, err := e.s.Pause(ctx, sub.ID, "x"); err != nil {
		t.Fatalf("Pause() = %v", err)
	}
	for _, f := range []store.SubscriptionFilter{{}, {IncludeDeleted: true}} {
		list, err := e.s.ListSubscriptions(ctx, f)
		if err != nil || len(list) != 1 {
			t.Fatalf("ListSubscriptions() = %v, %v", list, err)
		}
		checkUTC(t, "ListSubscriptions", subTimes(list[0])...)
		if list[0].CreatedAt.Nanosecond()%1000 != 0 {
			t.Errorf("CreatedAt = %v; want microsecond precision", list[0].CreatedAt)
		}
	}
}

// testConcurrentClaims races goroutines on two handles (two replicas) for
// the same 200 (subscription, slot) pairs: each pair must have exactly one
// winner, and the ledger must name that winner.
func testConcurrentClaims(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	handles := []store.Store{e.s, e.another(t)}
	const subs, slotsPerSub, workers = 20, 10, 8
	var subIDs []int64
	for i := range subs {
		subIDs = append(subIDs, mustCreate(t, e.s, sample(fmt.Sprintf("C%03d", i))).ID)
	}
	base := time.Date(2024, 3, 11, 8, 0, 0, 0, time.UTC)
	type pair struct {
		sub  int64
		slot time.Time
	}
	var pairs []pair
	for _, id := range subIDs {
		for j := range slotsPerSub {
			pairs = append(pairs, pair{id, base.Add(time.Duration(j) * time.Hour)})
		}
	}

	wins := make([]atomic.Int32, len(pairs))
	winner := make([]atomic.Value, len(pairs))
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := handles[w%len(handles)]
			owner := fmt.Sprintf("worker-%d", w)
			order := rand.New(rand.NewPCG(uint64(w), 7)).Perm(len(pairs))
			<-start
			for _, i := range order {
				ok, err := s.ClaimSlot(ctx, pairs[i].sub, pairs[i].slot, owner)
				if err != nil {
					errs <- fmt.Errorf("%s: ClaimSlot(%d, %v) = %w", owner, pairs[i].sub, pairs[i].slot, err)
					return
				}
				if ok {
					wins[i].Add(1)
					winner[i].Store(owner)
				}
			}
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	ledger, err := e.s.ListSlots(ctx, store.SlotFilter{})
	if err != nil {
		t.Fatalf("ListSlots() = %v", err)
	}
	// Keyed by microseconds: time.Time values make unreliable map keys.
	type key struct{ sub, micros int64 }
	owners := map[key]string{}
	for _, d := range ledger {
		owners[key{d.SubscriptionID, d.Slot.UnixMicro()}] = d.Owner
	}
	if len(ledger) != len(pairs) {
		t.Errorf("ledger has %d entries; want %d", len(ledger), len(pairs))
	}
	for i, p := range pairs {
		if n := wins[i].Load(); n != 1 {
			t.Errorf("ClaimSlot(%d, %v) won %d times; want exactly 1", p.sub, p.slot, n)
			continue
		}
		if w, _ := winner[i].Load().(string); owners[key{p.sub, p.slot.UnixMicro()}] != w {
			t.Errorf("ledger owner of (%d, %v) = %q; want the winner %q", p.sub, p.slot, owners[key{p.sub, p.slot.UnixMicro()}], w)
		}
	}
}

// testReopen opens the database again: migrations must not run twice and the
// data must still be there.
func testReopen(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	ctx := context.Background()
	sub := mustCreate(t, e.s, sample("C1"))
	mustClaim(t, e.s, sub.ID, time.Date(2024, 3, 11, 8, 0, 0, 0, kst), "r")
	if err := e.s.Close(); err != nil {
		t.Fatalf("Close() = %v", err)
	}
	for i := range 2 {
		s := e.another(t)
		got, err := s.GetSubscription(ctx, sub.ID)
		if err != nil {
			t.Fatalf("reopen %d: GetSubscription(%d) = %v", i, sub.ID, err)
		}
		if diff := cmp.Diff(sub, got, cmpopts.IgnoreFields(store.Subscription{}, "LastSlot")); diff != "" {
			t.Errorf("reopen %d: subscription changed (-before +after):\n%s", i, diff)
		}
		if v, err := s.Version(ctx); err != nil || v != sub.Version {
			t.Errorf("reopen %d: Version() = %d, %v; want %d", i, v, err, sub.Version)
		}
	}
}

// testConcurrentOpen opens a fresh database from several goroutines at once,
// as replicas starting together do: every open must succeed and see one
// schema.
func testConcurrentOpen(t *testing.T, newDB Backend) {
	c := newClock()
	open := newDB(t, c.Now)
	const n = 4
	stores := make([]store.Store, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = open(context.Background())
		}()
	}
	wg.Wait()
	for i, s := range stores {
		// A failed open may hand back a typed nil inside the interface, so
		// the error, not the handle, says whether there is anything to close.
		if errs[i] != nil {
			t.Errorf("concurrent open %d = %v", i, errs[i])
			continue
		}
		t.Cleanup(func() { s.Close() })
	}
	if t.Failed() {
		return
	}
	sub := mustCreate(t, stores[0], sample("C1"))
	for i, s := range stores {
		if _, err := s.GetSubscription(context.Background(), sub.ID); err != nil {
			t.Errorf("store %d: GetSubscription(%d) = %v", i, sub.ID, err)
		}
	}
}

func testPingAndCancel(t *testing.T, newDB Backend) {
	e := setup(t, newDB)
	if err := e.s.Ping(context.Background()); err != nil {
		t.Errorf("Ping() = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.s.CreateSubscription(ctx, sample("C1")); !errors.Is(err, context.Canceled) {
		t.Errorf("CreateSubscription(cancelled) = %v; want context.Canceled", err)
	}
	if _, err := e.s.ListSubscriptions(ctx, store.SubscriptionFilter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ListSubscriptions(cancelled) = %v; want context.Canceled", err)
	}
	if all, err := e.s.ListSubscriptions(context.Background(), store.SubscriptionFilter{}); err != nil || len(all) != 0 {
		t.Errorf("ListSubscriptions() after cancelled create = %v, %v; want nothing stored", ids(all), err)
	}
}
