package digest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/slack"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/open"
	"github.com/briefbot/briefbot/bot/store/postgres/pgtest"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

var t0 = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) // a Monday

func newDispatcher(t testing.TB) *commands.Dispatcher {
	t.Helper()
	st, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	return commands.NewDispatcher(nil, st)
}

// openStore opens a store on url with its clock tied to clock.
func openStore(t testing.TB, url string, clock Clock) store.Store {
	t.Helper()
	st, err := open.Open(context.Background(), url, nil, clock.Now)
	if err != nil {
		t.Fatalf("open store %s: %v", url, err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// countingPoster records every post by (channel, title) and can be told to fail.
type countingPoster struct {
	mu    sync.Mutex
	posts map[string]int // channel + "|" + title → count
	dms   []string
	leads []string
	// failFn, when set, decides per call: nil posts; an error fails.
	failFn func(channel string, call int) error
	calls  map[string]int
}

func newCountingPoster() *countingPoster {
	return &countingPoster{posts: map[string]int{}, calls: map[string]int{}}
}

func (p *countingPoster) Post(ctx context.Context, channel string, r commands.Reply) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.calls[channel]++
	if p.failFn != nil {
		if err := p.failFn(channel, p.calls[channel]); err != nil {
			return err
		}
	}
	p.posts[channel+"|"+r.Title]++
	p.leads = append(p.leads, r.Lead)
	return nil
}

func (p *countingPoster) DirectMessage(ctx context.Context, user string, r commands.Reply) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.dms = append(p.dms, user+": "+r.Title+" "+r.Lead)
	return nil
}

func (p *countingPoster) total() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, c := range p.posts {
		n += c
	}
	return n
}

func manage(channel string) commands.Request {
	return commands.Request{Platform: store.PlatformSlack, Workspace: "T1", Channel: channel, User: "UADMIN", CanManage: true}
}

func run(t *testing.T, d *commands.Dispatcher, req commands.Request, text string) commands.Reply {
	t.Helper()
	req.Text = text
	return d.Handle(context.Background(), req)
}

func TestDigestCommands(t *testing.T) {
	clock := fixedClock(t0)
	st := openStore(t, filepath.Join(t.TempDir(), "b.db"), clock)
	d := newDispatcher(t)
	seoul, _ := time.LoadLocation("Asia/Seoul")
	d.Register(NewCommands(st, d, nil, seoul, clock).Command())

	r := run(t, d, manage("C1"), "/digest subscribe weekdays 09:30 about japan korea")
	if !r.Found || !strings.Contains(r.Title, "Subscribed: digest 1") || !strings.Contains(r.Title, "Japan, South Korea") {
		t.Fatalf("subscribe = %q %q", r.Title, r.Lead)
	}
	next := r.Sections[0].Text
	if strings.Count(next, "\n") != 2 || !strings.Contains(next, "Mon 2 Mar 2026 09:30 KST") {
		t.Errorf("subscribe next runs = %q; want three, in the default zone (Seoul)", next)
	}

	refusals := []struct{ text, want string }{
		{"/digest subscribe sometimes", "e.g."},
		{"/digest subscribe daily 08:00 Mars/Olympus", "IANA"},
		{"/digest subscribe daily 08:00 about narnia", "narnia"},
		{"/digest subscribe daily 08:00 extra words", "about"},
		{"/digest subscribe weekdays 09:30 about japan korea", "already has a digest"},
		{"/digest pause 99", "no digest 99"},
		{"/digest pause x", "not a subscription id"},
		{"/digest frobnicate", "don't know"},
	}
	for _, tc := range refusals {
		r := run(t, d, manage("C1"), tc.text)
		if r.Found || !strings.Contains(commands.RenderText(r), tc.want) {
			t.Errorf("%s = found %v %q; want a refusal mentioning %q", tc.text, r.Found, commands.RenderText(r), tc.want)
		}
	}

	// A non-manager may list and preview but not change anything.
	user := commands.Request{Platform: store.PlatformSlack, Workspace: "T1", Channel: "C1", User: "U2"}
	for _, text := range []string{"/digest subscribe daily 08:00", "/digest pause 1", "/digest resume 1", "/digest unsubscribe 1"} {
		r := run(t, d, user, text)
		if r.Found || r.Code != commands.CodeForbidden || !r.Ephemeral || !strings.Contains(r.Title, "Only channel managers") {
			t.Errorf("non-manager %s = %+v; want an ephemeral refusal saying why", text, r)
		}
	}
	if r := run(t, d, user, "/digest list"); !r.Found || !strings.Contains(commands.RenderText(r), "#1") {
		t.Errorf("non-manager list = %q", commands.RenderText(r))
	}
	if r := run(t, d, user, "/digest preview about dokdo"); !r.Found || len(r.Facts()) == 0 || !strings.Contains(r.Title, "Dokdo") {
		t.Errorf("preview = %q", commands.RenderText(r))
	}

	// Another channel cannot touch this one's digest.
	if r := run(t, d, manage("C2"), "/digest pause 1"); r.Found {
		t.Errorf("pause from another channel = %q; want not found", r.Title)
	}
	if r := run(t, d, manage("C1"), "/digest pause 1"); !r.Found {
		t.Fatalf("pause = %q", r.Title)
	}
	if text := commands.RenderText(run(t, d, user, "/digest list")); !strings.Contains(text, "PAUSED — paused by UADMIN") {
		t.Errorf("list after pause = %q", text)
	}
	if r := run(t, d, manage("C1"), "/digest resume 1"); !r.Found {
		t.Fatalf("resume = %q", r.Title)
	}
	if r := run(t, d, manage("C1"), "/digest unsubscribe 1"); !r.Found {
		t.Fatalf("unsubscribe = %q", r.Title)
	}
	if text := commands.RenderText(run(t, d, user, "/digest list")); !strings.Contains(text, "None yet") {
		t.Errorf("list after unsubscribe = %q", text)
	}
}

// harness runs schedulers over one store with a counting poster, in a synctest bubble: the
// test moves time with time.Sleep.
type harness struct {
	clock  Clock
	d      *commands.Dispatcher
	poster *countingPoster
}

// newHarness makes a harness whose clock reads t0 now. Call it inside the bubble.
func newHarness(t *testing.T) *harness {
	return &harness{clock: clockAt(t0), d: newDispatcher(t), poster: newCountingPoster()}
}

func newScheduler(h *harness, st store.Store, owner string) *Scheduler {
	return New(nil, st, h.d, map[string]bot.Poster{store.PlatformSlack: h.poster}, h.clock, nil,
		Options{Owner: owner, Workers: 8, Backoff: time.Second})
}

func subscribe(t testing.TB, st store.Store, channel, spec string) store.Subscription {
	t.Helper()
	sub, err := st.CreateSubscription(context.Background(), store.Subscription{
		Platform: store.PlatformSlack, Workspace: "T1", Channel: channel,
		Schedule: spec, TimeZone: "UTC", CreatedBy: "UOWNER",
	})
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

// fakeSlackAPI is Slack's Web API on loopback: it counts chat.postMessage calls by the
// delivery key each digest carries in its message metadata, i.e. by (subscription, slot).
type fakeSlackAPI struct {
	mu    sync.Mutex
	byKey map[string]int
}

func (f *fakeSlackAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if r.URL.Path != "/chat.postMessage" {
		fmt.Fprint(w, `{"ok":true}`)
		return
	}
	_ = r.ParseForm()
	var md struct {
		EventPayload struct{ Key string } `json:"event_payload"`
	}
	_ = json.Unmarshal([]byte(r.Form.Get("metadata")), &md)
	if md.EventPayload.Key != "" { // later pages of a long edition carry no key
		f.mu.Lock()
		f.byKey[md.EventPayload.Key]++
		f.mu.Unlock()
	}
	fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.000100"}`, r.Form.Get("channel"))
}

// slackPoster is the real Slack poster, pointed at a fake Web API on loopback.
func slackPoster(t *testing.T) (bot.Poster, *fakeSlackAPI) {
	t.Helper()
	api := &fakeSlackAPI{byKey: map[string]int{}}
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	adapter, err := slack.New(nil, nopAnswerer{}, slack.Options{SigningSecret: "s", BotToken: "xoxb-test", APIURL: srv.URL + "/"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := adapter.Poster()
	if err != nil {
		t.Fatal(err)
	}
	return p, api
}

type nopAnswerer struct{}

func (nopAnswerer) Handle(context.Context, commands.Request) commands.Reply { return commands.Reply{} }

// exactlyOnce runs two schedulers (replicas) on one database through 24 hours of slots of 200
// subscriptions, posting through the real Slack poster to a fake Slack API on loopback, and
// checks the API received every (subscription, slot) exactly once.
//
// It runs on a clock moved by hand, not in a bubble: the PostgreSQL run talks to a real server.
func exactlyOnce(t *testing.T, urlA, urlB string) {
	clock := NewFakeClock(t0)
	d := newDispatcher(t)
	poster, api := slackPoster(t)
	a := openStore(t, urlA, clock)
	b := openStore(t, urlB, clock)
	specs := []string{"CRON_TZ=UTC 0 * * * *", "CRON_TZ=UTC */30 * * * *", "CRON_TZ=Asia/Seoul 0 9 * * *", "CRON_TZ=America/New_York 15 */6 * * *"}
	perDay := map[string]int{specs[0]: 24, specs[1]: 48, specs[2]: 1, specs[3]: 4}
	want := 0
	for i := range 200 {
		spec := specs[i%len(specs)]
		subscribe(t, a, fmt.Sprintf("C%03d", i), spec)
		want += perDay[spec]
	}
	replica := func(st store.Store, owner string) *Scheduler {
		return New(nil, st, d, map[string]bot.Poster{store.PlatformSlack: poster}, clock, nil,
			Options{Owner: owner, Workers: 8, Backoff: time.Second})
	}
	sa, sb := replica(a, "replica-a"), replica(b, "replica-b")
	ctx := context.Background()
	for step := 0; step < 24*4; step++ {
		clock.Advance(15 * time.Minute)
		var wg sync.WaitGroup
		for _, s := range []*Scheduler{sa, sb} {
			wg.Go(func() {
				if err := s.Tick(ctx); err != nil {
					t.Errorf("tick: %v", err)
				}
			})
		}
		wg.Wait()
	}
	api.mu.Lock()
	defer api.mu.Unlock()
	got := 0
	for key, n := range api.byKey {
		got += n
		if n != 1 {
			t.Errorf("slot %q reached the Slack API %d times; want once", key, n)
		}
	}
	if got != want || len(api.byKey) != want {
		t.Errorf("the Slack API received %d posts for %d slots; want %d, each once (every slot of 24 hours)", got, len(api.byKey), want)
	}
	counts, err := a.CountSlots(ctx, store.SlotFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if counts[store.OutcomePosted] != want || counts[store.OutcomePending] != 0 {
		t.Errorf("ledger outcomes = %v; want %d posted, none pending", counts, want)
	}
}

func TestDigestChannelLimit(t *testing.T) {
	clock := fixedClock(t0)
	st := openStore(t, filepath.Join(t.TempDir(), "b.db"), clock)
	d := newDispatcher(t)
	d.Register(NewCommands(st, d, nil, time.UTC, clock).Command())

	for i := range MaxPerChannel {
		if r := run(t, d, manage("C1"), fmt.Sprintf("/digest subscribe daily %02d:00", i)); !r.Found {
			t.Fatalf("subscription %d refused: %s", i+1, commands.RenderText(r))
		}
	}
	// Paused digests count too: pausing one must not make room.
	if r := run(t, d, manage("C1"), "/digest pause 1"); !r.Found {
		t.Fatalf("pause: %s", commands.RenderText(r))
	}
	r := run(t, d, manage("C1"), "/digest subscribe daily 23:00")
	if r.Found || !r.Ephemeral || !strings.Contains(commands.RenderText(r), fmt.Sprintf("already has %d digests", MaxPerChannel)) {
		t.Fatalf("subscription past the limit = found %v ephemeral %v %q; want an ephemeral refusal naming the limit",
			r.Found, r.Ephemeral, commands.RenderText(r))
	}
	if r := run(t, d, manage("C2"), "/digest subscribe daily 23:00"); !r.Found {
		t.Errorf("another channel was refused: %s", commands.RenderText(r))
	}
	if r := run(t, d, manage("C1"), "/digest unsubscribe 2"); !r.Found {
		t.Fatalf("unsubscribe: %s", commands.RenderText(r))
	}
	if r := run(t, d, manage("C1"), "/digest subscribe daily 23:00"); !r.Found {
		t.Errorf("subscribing after an unsubscribe was refused: %s", commands.RenderText(r))
	}
}

func TestExactlyOnceTwoReplicasSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	exactlyOnce(t, path, path)
}

func TestExactlyOnceTwoReplicasPostgres(t *testing.T) {
	u := pgtest.Schema(t)
	exactlyOnce(t, u, u)
}

func TestCatchUpAfterDowntime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t)
		st := openStore(t, filepath.Join(t.TempDir(), "b.db"), h.clock)
		subscribe(t, st, "C1", "CRON_TZ=UTC */10 * * * *")
		// The bot is down for three hours: 18 slots missed, of which those of the last hour
		// (2:00 … 3:00, seven) are within the grace window; 3:00 is on time, the rest late.
		time.Sleep(3 * time.Hour)
		s := newScheduler(h, st, "solo")
		if err := s.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		counts, err := st.CountSlots(context.Background(), store.SlotFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if counts[store.OutcomeDelayed] != 6 || counts[store.OutcomePosted] != 1 || counts[store.OutcomeSkipped] != 11 {
			t.Errorf("outcomes after 3h down = %v; want 6 delayed + 1 on time (the last hour) and 11 skipped", counts)
		}
		if h.poster.total() != 7 {
			t.Errorf("posted %d; want 7", h.poster.total())
		}
		// Delayed editions say so in their lead.
		h.poster.mu.Lock()
		defer h.poster.mu.Unlock()
		if n := len(h.poster.leads); n != 7 {
			t.Fatalf("leads = %d", n)
		}
		delayed := 0
		for _, l := range h.poster.leads {
			if strings.HasPrefix(l, "Delayed:") {
				delayed++
			}
		}
		if delayed != 6 {
			t.Errorf("%d editions say they are delayed; want 6", delayed)
		}
	})
}

func TestTransientFailureRetriedThenDelivered(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t)
		h.poster.failFn = func(channel string, call int) error {
			if call <= 2 {
				return errors.New("HTTP 500 from the platform")
			}
			return nil
		}
		st := openStore(t, filepath.Join(t.TempDir(), "b.db"), h.clock)
		sub := subscribe(t, st, "C1", "CRON_TZ=UTC 0 * * * *")
		s := newScheduler(h, st, "solo")
		time.Sleep(time.Hour)
		// Each Tick makes one attempt and returns: the retry is a "not before" in the ledger,
		// not a sleep in a worker. Time moves on until it is due.
		for i := 0; i < 10 && h.poster.total() == 0; i++ {
			if err := s.Tick(context.Background()); err != nil {
				t.Fatal(err)
			}
			time.Sleep(10 * time.Second)
		}
		if h.poster.total() != 1 || h.poster.calls["C1"] != 3 {
			t.Fatalf("posted %d after %d calls; want delivered once on the third call", h.poster.total(), h.poster.calls["C1"])
		}
		slots, err := st.ListSlots(context.Background(), store.SlotFilter{SubscriptionID: sub.ID})
		if err != nil || len(slots) != 1 || slots[0].Outcome != store.OutcomePosted || slots[0].Attempts != 3 {
			t.Errorf("ledger = %+v, %v; want one slot posted after 3 attempts", slots, err)
		}
	})
}

func TestPermanentFailurePausesAndTellsOwner(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t)
		h.poster.failFn = func(string, int) error { return fmt.Errorf("channel_not_found: %w", bot.ErrPermanent) }
		st := openStore(t, filepath.Join(t.TempDir(), "b.db"), h.clock)
		sub := subscribe(t, st, "C1", "CRON_TZ=UTC 0 * * * *")
		s := newScheduler(h, st, "solo")
		time.Sleep(time.Hour)
		if err := s.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		got, err := st.GetSubscription(context.Background(), sub.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Paused || !strings.Contains(got.PausedReason, "channel_not_found") {
			t.Errorf("after channel_not_found: paused=%v reason=%q", got.Paused, got.PausedReason)
		}
		if len(h.poster.dms) != 1 || !strings.HasPrefix(h.poster.dms[0], "UOWNER: ") || !strings.Contains(h.poster.dms[0], "channel_not_found") {
			t.Errorf("owner DMs = %v; want one telling UOWNER why", h.poster.dms)
		}
		// /digest list shows the reason.
		h.d.Register(NewCommands(st, h.d, nil, time.UTC, h.clock).Command())
		list := commands.RenderText(run(t, h.d, commands.Request{Platform: store.PlatformSlack, Workspace: "T1", Channel: "C1"}, "/digest list"))
		if !strings.Contains(list, "PAUSED") || !strings.Contains(list, "channel_not_found") {
			t.Errorf("/digest list = %q; want the pause reason", list)
		}
		// No more posting attempts once paused.
		time.Sleep(time.Hour)
		if err := s.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		if h.poster.calls["C1"] != 1 {
			t.Errorf("post attempts = %d; want 1 (paused after the first)", h.poster.calls["C1"])
		}
	})
}

func TestEditionsRotate(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t)
		st := openStore(t, filepath.Join(t.TempDir(), "b.db"), h.clock)
		ctx := context.Background()
		sub, err := st.CreateSubscription(ctx, store.Subscription{
			Platform: store.PlatformSlack, Workspace: "T1", Channel: "C1", Schedule: "CRON_TZ=UTC 0 * * * *",
			TimeZone: "UTC", CreatedBy: "U1", PerEdition: 5, Filter: store.Filter{Entities: []string{"dokdo"}},
		})
		if err != nil {
			t.Fatal(err)
		}
		matching := len(h.d.Store().FactsWithEntities("dokdo"))
		s := newScheduler(h, st, "solo")
		editions := (matching + 4) / 5
		for range editions {
			time.Sleep(time.Hour)
			if err := s.Tick(ctx); err != nil {
				t.Fatal(err)
			}
		}
		sent, err := st.SentFacts(ctx, sub.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(sent) != matching {
			t.Errorf("after %d editions %d facts sent; want all %d, none twice", editions, len(sent), matching)
		}
		time.Sleep(time.Hour)
		if err := s.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		got, _ := st.GetSubscription(ctx, sub.ID)
		if got.Rotation != 1 {
			t.Errorf("rotation = %d; want a refresher rotation once everything was sent", got.Rotation)
		}
	})
}

// TestRunPicksUpNewSubscriptionsWithoutRestart: a subscription another replica makes is seen
// at the next poll, and its slots are posted on time from then on.
func TestRunPicksUpNewSubscriptionsWithoutRestart(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t)
		path := filepath.Join(t.TempDir(), "b.db")
		st := openStore(t, path, h.clock)
		other := openStore(t, path, h.clock) // another replica's connection
		s := newScheduler(h, st, "solo")
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() {
			defer close(done)
			_ = s.Run(ctx)
		}()
		defer func() {
			cancel()
			<-done
		}()
		synctest.Wait() // the scheduler found nothing and sleeps until its next poll
		subscribe(t, other, "C1", "CRON_TZ=UTC * * * * *")
		// The poll (every 5s) sees the subscription; then 00:01, 00:02 and 00:03 come due.
		time.Sleep(3*time.Minute + 5*time.Second)
		synctest.Wait()
		if got := h.poster.total(); got != 3 {
			t.Errorf("posted %d by 00:03:05; want 3, one for each minute since the subscription", got)
		}
	})
}

func TestDigestEditAndSend(t *testing.T) {
	clock := fixedClock(t0)
	st := openStore(t, filepath.Join(t.TempDir(), "b.db"), clock)
	d := newDispatcher(t)
	d.Register(NewCommands(st, d, nil, time.UTC, clock).Command())
	if r := run(t, d, manage("C1"), "/digest subscribe daily 08:00 about japan"); !r.Found {
		t.Fatalf("subscribe: %s", commands.RenderText(r))
	}
	edits := []struct {
		text                 string
		wantSchedule, wantTZ string
		wantEntities         int
		wantReply            string
	}{
		{"/digest edit 1 weekdays 17:30", "CRON_TZ=UTC 30 17 * * 1-5", "UTC", 1, "Mon 2 Mar 2026 17:30 UTC"},
		{"/digest edit 1 Asia/Tokyo", "CRON_TZ=Asia/Tokyo 30 17 * * 1-5", "Asia/Tokyo", 1, "Mon 2 Mar 2026 17:30 JST"},
		{"/digest edit 1 about japan korea", "CRON_TZ=Asia/Tokyo 30 17 * * 1-5", "Asia/Tokyo", 2, "South Korea"},
		{"/digest edit 1 daily 09:00 about korea", "CRON_TZ=Asia/Tokyo 0 9 * * *", "Asia/Tokyo", 1, "Tue 3 Mar 2026 09:00 JST"},
	}
	for _, tc := range edits {
		r := run(t, d, manage("C1"), tc.text)
		if !r.Found || !strings.Contains(commands.RenderText(r), tc.wantReply) {
			t.Errorf("%s = %q; want a reply showing %q", tc.text, commands.RenderText(r), tc.wantReply)
			continue
		}
		sub, err := st.GetSubscription(context.Background(), 1)
		if err != nil || sub.Schedule != tc.wantSchedule || sub.TimeZone != tc.wantTZ || len(sub.Filter.Entities) != tc.wantEntities {
			t.Errorf("after %s: %+v, %v; want %q in %s with %d entities", tc.text, sub, err, tc.wantSchedule, tc.wantTZ, tc.wantEntities)
		}
	}
	for _, tc := range []struct{ text, want string }{
		{"/digest edit 1", "What should change"},
		{"/digest edit 1 sometimes", "e.g."},
		{"/digest edit 9 daily 08:00", "no digest 9"},
		{"/digest send 9", "no digest 9"},
	} {
		if r := run(t, d, manage("C1"), tc.text); r.Found || !strings.Contains(commands.RenderText(r), tc.want) {
			t.Errorf("%s = found %v %q; want a refusal mentioning %q", tc.text, r.Found, commands.RenderText(r), tc.want)
		}
	}
	user := commands.Request{Platform: store.PlatformSlack, Workspace: "T1", Channel: "C1", User: "U2"}
	for _, text := range []string{"/digest edit 1 daily 10:00", "/digest send 1"} {
		if r := run(t, d, user, text); r.Code != commands.CodeForbidden {
			t.Errorf("non-manager %s = %+v; want forbidden", text, r)
		}
	}

	// /digest send posts the next edition here and now; the ledger and cursor stay as they were.
	r := run(t, d, manage("C1"), "/digest send 1")
	if !r.Found || r.Ephemeral || len(r.Facts()) == 0 || !strings.Contains(commands.RenderText(r), "Test edition of digest 1") {
		t.Fatalf("send = found %v ephemeral %v %q; want the edition, in the channel, marked as a test", r.Found, r.Ephemeral, commands.RenderText(r))
	}
	if n, err := st.CountSlots(context.Background(), store.SlotFilter{SubscriptionID: 1}); err != nil || len(n) != 0 {
		t.Errorf("ledger after send = %v, %v; want nothing", n, err)
	}
	if sent, err := st.SentFacts(context.Background(), 1); err != nil || len(sent) != 0 {
		t.Errorf("cursor after send = %v, %v; want nothing marked sent", sent, err)
	}
}

// TestDigestChannelLimitUnderConcurrency: forty managers subscribe one channel at once; the
// store lets exactly MaxPerChannel through.
func TestDigestChannelLimitUnderConcurrency(t *testing.T) {
	clock := fixedClock(t0)
	path := filepath.Join(t.TempDir(), "b.db")
	d := newDispatcher(t)
	stores := []store.Store{openStore(t, path, clock), openStore(t, path, clock)}
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for i := range 40 {
		cmds := NewCommands(stores[i%2], d, nil, time.UTC, clock)
		wg.Go(func() {
			req := manage("C1")
			_, err := cmds.handle(context.Background(), req, fmt.Sprintf("subscribe %d 4 * * *", i))
			if err == nil {
				mu.Lock()
				ok++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if ok != MaxPerChannel {
		t.Errorf("%d of 40 parallel subscribes succeeded; want %d", ok, MaxPerChannel)
	}
}

func TestMetrics(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t)
		h.poster.failFn = func(channel string, call int) error {
			switch {
			case channel == "C-500":
				return errors.New("HTTP 500")
			case channel == "C-429":
				return &bot.RetryAfterError{After: time.Second, Err: errors.New("HTTP 429")}
			}
			return nil
		}
		st := openStore(t, filepath.Join(t.TempDir(), "b.db"), h.clock)
		for _, ch := range []string{"C-OK", "C-500", "C-429"} {
			subscribe(t, st, ch, "CRON_TZ=UTC 0 * * * *")
		}
		reg := prometheus.NewPedanticRegistry()
		m := NewMetrics(reg)
		s := New(nil, st, h.d, map[string]bot.Poster{store.PlatformSlack: h.poster}, h.clock, m, Options{Owner: "solo"})
		time.Sleep(time.Hour + 3*time.Minute) // the 01:00 slot is three minutes late
		if err := s.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		// Read every series back as a dashboard would.
		got := map[string]float64{}
		families, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range families {
			for _, m := range f.GetMetric() {
				name := f.GetName()
				for _, l := range m.GetLabel() {
					name += "{" + l.GetValue() + "}"
				}
				switch {
				case m.GetCounter() != nil:
					got[name] = m.GetCounter().GetValue()
				case m.GetHistogram() != nil:
					got[name+"_count"] = float64(m.GetHistogram().GetSampleCount())
					got[name+"_sum"] = m.GetHistogram().GetSampleSum()
				}
			}
		}
		for name, want := range map[string]float64{
			"briefbot_digest_editions_total{caught_up}":    1,
			"briefbot_digest_editions_total{posted}":       0,
			"briefbot_digest_failures_total{transient}":    1,
			"briefbot_digest_failures_total{rate_limited}": 1,
			"briefbot_digest_failures_total{permanent}":    0,
			"briefbot_digest_lag_seconds_count":            1,
			"briefbot_digest_lag_seconds_sum":              180,
		} {
			if got[name] != want {
				t.Errorf("%s = %v; want %v", name, got[name], want)
			}
		}
	})
}
