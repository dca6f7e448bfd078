package bot

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// fakeMemory is store.Memory in a map, shared by the Bots of a test as a database is shared
// by replicas.
type fakeMemory struct {
	mu      sync.Mutex
	turns   map[string]savedTurn
	answers map[string]store.Answer
	votes   map[string]store.Vote // by answer id and user
	fail    error
}

type savedTurn struct {
	raw []byte
	at  time.Time
}

func newFakeMemory() *fakeMemory {
	return &fakeMemory{turns: map[string]savedTurn{}, answers: map[string]store.Answer{}, votes: map[string]store.Vote{}}
}

func (m *fakeMemory) SaveTurn(ctx context.Context, key string, turn []byte, at, forgetBefore time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return m.fail
	}
	m.turns[key] = savedTurn{raw: turn, at: at}
	return nil
}

func (m *fakeMemory) LoadTurn(ctx context.Context, key string, since time.Time) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return nil, m.fail
	}
	t, ok := m.turns[key]
	if !ok || t.at.Before(since) {
		return nil, store.ErrNotFound
	}
	return t.raw, nil
}

func (m *fakeMemory) RecordAnswers(ctx context.Context, as []store.Answer) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, a := range as {
		if old, ok := m.answers[a.ID]; ok {
			old.Count += a.Count
			old.At = a.At
			a = old
		}
		m.answers[a.ID] = a
	}
	return nil
}

func (m *fakeMemory) Vote(ctx context.Context, v store.Vote) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.votes[v.AnswerID+"/"+v.User] = v
	return nil
}

func (m *fakeMemory) Report(ctx context.Context, f store.ReportFilter) ([]store.AnswerReport, error) {
	return nil, errors.New("not used by the Bot")
}

// Two Bots over one memory are two replicas: the follow-up handled by the second is read
// against the answer the first gave.
func TestConversationSpansReplicas(t *testing.T) {
	mem := newFakeMemory()
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	a, b := New(nil, newDispatcher(t), nil, clock), New(nil, newDispatcher(t), nil, clock)
	a.Remember(mem, 0)
	b.Remember(mem, 0)
	ctx := context.Background()
	req := commands.Request{Platform: "slack", Workspace: "T1", Channel: "D1", User: "U1", Conversation: "D1"}

	req.Text = "/relations japan korea"
	if r := a.Handle(ctx, req); r.Title != "Japan ↔ South Korea" {
		t.Fatalf("first answer: %q", r.Title)
	}
	req.Text = "and china?"
	if r := b.Handle(ctx, req); r.Title != "Japan ↔ China" {
		t.Fatalf("the other replica read %q as %q, want Japan ↔ China", req.Text, r.Title)
	}
	// Another conversation, or another workspace's channel of the same id, starts afresh.
	other := req
	other.Workspace = "T2"
	if r := b.Handle(ctx, other); strings.Contains(r.Title, "Japan") {
		t.Errorf("another workspace's conversation followed this one: %q", r.Title)
	}
	// Thirty-one minutes on, the conversation has forgotten.
	now = now.Add(31 * time.Minute)
	req.Text = "why?"
	if r := a.Handle(ctx, req); strings.HasPrefix(r.Title, "Why:") {
		t.Errorf("an expired conversation was followed: %q", r.Title)
	}
}

// A store that cannot be read costs the follow-up its context, never the answer.
func TestConversationStoreDown(t *testing.T) {
	mem := newFakeMemory()
	mem.fail = errors.New("database unreachable")
	b := New(nil, newDispatcher(t), nil, nil)
	b.Remember(mem, 0)
	r := b.Handle(context.Background(), commands.Request{Text: "/country japan", Platform: "slack", Conversation: "D1"})
	if !r.Found || r.Title != "Japan" {
		t.Fatalf("answer with the store down: %+v", r.Title)
	}
}

// Every answer gets an id its feedback buttons carry; the same question asked twice is the
// same answer, counted twice; votes are one per user and answer.
func TestAnswersRecordedForFeedback(t *testing.T) {
	mem := newFakeMemory()
	b := New(nil, newDispatcher(t), NewMetrics(), nil)
	b.Remember(mem, 0)
	ctx := context.Background()
	ask := func(text string) commands.Reply {
		return b.Handle(ctx, commands.Request{Text: text, Platform: "discord", User: "U1"})
	}
	r1, r2 := ask("what is gsomia?"), ask("what is gsomia?")
	refused := ask("who won the world cup?")
	help := ask("/help")
	if r1.AnswerID == "" || r1.AnswerID != r2.AnswerID || refused.AnswerID == "" || refused.AnswerID == r1.AnswerID {
		t.Fatalf("answer ids: %q %q %q", r1.AnswerID, r2.AnswerID, refused.AnswerID)
	}
	if help.AnswerID != "" {
		t.Errorf("help got an answer id: nothing there for curators")
	}
	// Through HandleEncoded, a reused answer is counted too, with the id it was encoded with.
	for range 2 {
		body, err := b.HandleEncoded(ctx, commands.Request{Text: "what is gsomia?", Platform: "discord"}, func(r commands.Reply) ([]byte, error) {
			return []byte(r.AnswerID), nil
		})
		if err != nil || string(body) != r1.AnswerID {
			t.Fatalf("encoded answer carries %q, %v; want %q", body, err, r1.AnswerID)
		}
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	got := mem.answers[r1.AnswerID]
	if got.Count != 4 || !got.Found || got.Question != "what is gsomia?" || len(got.FactIDs) == 0 || got.Command != "ask" {
		t.Errorf("recorded %+v, want 4 askings of a found answer with its facts", got)
	}
	if a := mem.answers[refused.AnswerID]; a.Found || a.Count != 1 {
		t.Errorf("refusal recorded as %+v", a)
	}
	for _, up := range []bool{true, false} { // the second vote replaces the first
		if _, err := b.Vote(ctx, "discord", "U1", r1.AnswerID, up); err != nil {
			t.Fatal(err)
		}
	}
	if len(mem.votes) != 1 || mem.votes[r1.AnswerID+"/U1"].Up {
		t.Errorf("votes = %+v, want U1's one 👎", mem.votes)
	}
	if _, err := b.Vote(ctx, "discord", "", r1.AnswerID, true); err == nil {
		t.Error("a vote without a user was taken")
	}
}

// An answer in a conversation depends on the one before: it is never served from the cache
// of one-shot answers, and the same words after different answers are different answers.
func TestConversationAnswersNotReused(t *testing.T) {
	d := newDispatcher(t)
	b := New(nil, d, nil, nil)
	b.Remember(newFakeMemory(), 0)
	ctx := context.Background()
	enc := func(r commands.Reply) ([]byte, error) { return []byte(r.Title + "|" + r.AnswerID), nil }
	say := func(conv, text string) string {
		out, err := b.HandleEncoded(ctx, commands.Request{Text: text, Platform: "slack", Conversation: conv}, enc)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	say("A", "/relations japan korea")
	say("B", "/country australia")
	a, bb := say("A", "and china?"), say("B", "and china?")
	if !strings.HasPrefix(a, "Japan ↔ China|") || !strings.HasPrefix(bb, "China|") {
		t.Fatalf("and china? read as %q in A and %q in B", a, bb)
	}
	if idA, idB := a[strings.Index(a, "|")+1:], bb[strings.Index(bb, "|")+1:]; idA == idB {
		t.Error("the same words in two conversations got one answer id")
	}
	if calls := d.calls.Load(); calls != 4 {
		t.Errorf("dispatcher answered %d of 4 messages", calls)
	}
}

// Answers waiting to be written are added up by id, and what users type cannot grow them
// past recordPending distinct answers: the rest are dropped and counted.
func TestAnswersPendingBounded(t *testing.T) {
	mem := newFakeMemory()
	b := New(nil, newDispatcher(t), NewMetrics(), nil)
	b.Remember(mem, 0)
	ctx := context.Background()
	for range 1000 {
		b.Handle(ctx, commands.Request{Text: "what is gsomia?", Platform: "slack"})
	}
	for i := range recordPending + 10 {
		b.Handle(ctx, commands.Request{Text: "nonsense " + strconv.Itoa(i), Platform: "slack"})
	}
	if n := len(b.mem.pending); n != recordPending {
		t.Fatalf("%d answers wait; want the bound, %d", n, recordPending)
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	var gsomia store.Answer
	for _, a := range mem.answers {
		if a.Question == "what is gsomia?" {
			gsomia = a
		}
	}
	if gsomia.Count != 1000 || len(mem.answers) != recordPending {
		t.Errorf("recorded %d answers, gsomia %d times; want %d answers, gsomia 1000 times", len(mem.answers), gsomia.Count, recordPending)
	}
	if got := testutil.ToFloat64(b.metrics.dropped); got != 11 {
		t.Errorf("dropped counter = %v, want 11", got)
	}
}

// BenchmarkHandleEncodedReused: a briefing asked again, as in a busy channel, with feedback
// recorded (Remember) and without: what recording costs a reused answer.
func BenchmarkHandleEncodedReused(b *testing.B) {
	for _, remember := range []bool{false, true} {
		b.Run(map[bool]string{false: "plain", true: "remembered"}[remember], func(b *testing.B) {
			st, err := briefs.LoadEmbedded()
			if err != nil {
				b.Fatal(err)
			}
			bt := New(nil, commands.NewDispatcher(nil, st), NewMetrics(), nil)
			if remember {
				bt.Remember(newFakeMemory(), 0)
			}
			ctx := context.Background()
			req := commands.Request{Text: "/relations japan korea", Platform: "slack", Channel: "C1", User: "U1"}
			enc := func(r commands.Reply) ([]byte, error) { return []byte(r.Title), nil }
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bt.HandleEncoded(ctx, req, enc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
