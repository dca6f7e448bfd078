package storebench

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

// The Memory benchmarks: what a conversation's message costs in the request, and what the
// recorder's batches and the report cost. They seed through the store's own methods (no
// subscriptions), at sizes a busy workspace reaches.

// liveConversations is how many conversations a ConversationTurn store holds.
const liveConversations = 1_000

// ConversationTurn is a follow-up in a conversation, as the Bot does it in the request:
// load the previous turn, save the new one (pruning expired ones) among liveConversations
// live conversations.
func ConversationTurn(b *testing.B, seed Seed) {
	ctx := context.Background()
	s := seed(b, 0, Posted())
	now := time.Now()
	turn := []byte(`{"command":"/relations japan, south korea","name":"relations","actors":["japan","south korea"],"facts":["f1","f2","f3","f4","f5"],"next":"/relations japan, south korea page 2"}`)
	for i := range liveConversations {
		if err := s.SaveTurn(ctx, convKey(i), turn, now, time.Time{}); err != nil {
			b.Fatalf("seed SaveTurn = %v", err)
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		at := now.Add(time.Duration(i+1) * time.Millisecond)
		key := convKey(i % liveConversations)
		if _, err := s.LoadTurn(ctx, key, at.Add(-30*time.Minute)); err != nil {
			b.Fatalf("LoadTurn(%q) = %v", key, err)
		}
		if err := s.SaveTurn(ctx, key, turn, at, at.Add(-30*time.Minute)); err != nil {
			b.Fatalf("SaveTurn(%q) = %v", key, err)
		}
		i++
	}
}

func convKey(i int) string { return fmt.Sprintf("slack/T0001/D%06d", i) }

// RecordAnswers writes the recorder's batches of 256 answers, a quarter of them repeats of
// answers already recorded.
func RecordAnswers(b *testing.B, seed Seed) {
	ctx := context.Background()
	s := seed(b, 0, Posted())
	const batch = 256
	now := time.Now()
	answers := make([]store.Answer, batch)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		for k := range answers {
			id := i
			if k%4 == 0 && i > batch {
				id = i - batch // asked again
			}
			answers[k] = benchAnswer(id, now.Add(time.Duration(i)*time.Millisecond))
			i++
		}
		if err := s.RecordAnswers(ctx, answers); err != nil {
			b.Fatalf("RecordAnswers() = %v", err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*batch), "ns/answer")
}

func benchAnswer(i int, at time.Time) store.Answer {
	return store.Answer{ID: fmt.Sprintf("%016x", i), Platform: store.PlatformSlack,
		Conversation: convKey(i % liveConversations), Command: "ask",
		Question: fmt.Sprintf("what did leader %d say about topic %d?", i%97, i%89), Found: i%3 != 0,
		FactIDs: []string{"f1", "f2"}, At: at, Count: 1}
}

// Report is briefbot report's read over 10,000 recorded answers, a third of them refused, and
// 1,000 votes, for the last week (all of it) and the last hour (a tenth).
func Report(b *testing.B, seed Seed) {
	ctx := context.Background()
	s := seed(b, 0, Posted())
	const n = 10_000
	now := time.Now()
	answers := make([]store.Answer, 0, 500)
	for i := range n {
		// Spread over 10 hours: the last hour holds a tenth.
		answers = append(answers, benchAnswer(i, now.Add(-time.Duration(n-i)*3600*time.Millisecond)))
		if len(answers) == cap(answers) {
			if err := s.RecordAnswers(ctx, answers); err != nil {
				b.Fatalf("seed RecordAnswers() = %v", err)
			}
			answers = answers[:0]
		}
	}
	for i := 0; i < n; i += 10 {
		v := store.Vote{AnswerID: fmt.Sprintf("%016x", i), Platform: store.PlatformSlack, User: fmt.Sprintf("U%d", i%50), At: now}
		if err := s.Vote(ctx, v); err != nil {
			b.Fatalf("seed Vote() = %v", err)
		}
	}
	for _, w := range []struct {
		name  string
		since time.Duration
	}{{"week", 7 * 24 * time.Hour}, {"hour", time.Hour}} {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				got, err := s.Report(ctx, store.ReportFilter{Since: now.Add(-w.since)})
				if err != nil || len(got) == 0 {
					b.Fatalf("Report() = %d, %v", len(got), err)
				}
			}
		})
	}
}
