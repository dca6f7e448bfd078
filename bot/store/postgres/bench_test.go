package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/internal/storebench"
	"github.com/briefbot/briefbot/bot/store/postgres/pgtest"
)

func BenchmarkClaimSlot(b *testing.B)         { storebench.ClaimSlot(b, seed) }
func BenchmarkListSubscriptions(b *testing.B) { storebench.ListSubscriptions(b, seed) }
func BenchmarkPollChanges(b *testing.B)       { storebench.PollChanges(b, seed) }
func BenchmarkSweep(b *testing.B)             { storebench.Sweep(b, seed) }
func BenchmarkClaimSlots(b *testing.B)        { storebench.ClaimSlots(b, seed) }
func BenchmarkConversationTurn(b *testing.B)  { storebench.ConversationTurn(b, seed) }
func BenchmarkRecordAnswers(b *testing.B)     { storebench.RecordAnswers(b, seed) }
func BenchmarkReport(b *testing.B)            { storebench.Report(b, seed) }

// seed is a storebench.Seed: a private schema, filled in a few statements and
// analysed, as a long-running database would be.
func seed(b *testing.B, n int, slot time.Time) store.Store {
	b.Helper()
	ctx := context.Background()
	s, err := Open(ctx, pgtest.Schema(b), nil, nil)
	if err != nil {
		b.Fatalf("Open() = %v", err)
	}
	b.Cleanup(func() { s.Close() })
	_, err = s.pool.Exec(ctx, `INSERT INTO subscriptions (platform, workspace, channel, schedule, time_zone,
			filter_entities, filter_topics, per_edition, created_by, created_at, updated_at, active_since, version)
		SELECT 'slack', 'T' || (i % 100), 'C' || i, 'CRON_TZ=Asia/Seoul 0 8 * * *', 'Asia/Seoul',
			'{JP,KR}', '{history}', 5, 'U0001', now(), now(), now(), i
		FROM generate_series(1, $1) AS i`, n)
	if err == nil {
		_, err = s.pool.Exec(ctx, `INSERT INTO deliveries (subscription_id, slot, owner, claimed_at, outcome, completed_at)
			SELECT id, $1, 'seed', now(), 'posted', now() FROM subscriptions`, slot)
	}
	if err == nil {
		_, err = s.pool.Exec(ctx, `UPDATE store_state SET version = $1`, n)
	}
	if err == nil {
		_, err = s.pool.Exec(ctx, `ANALYZE subscriptions, deliveries`)
	}
	if err != nil {
		b.Fatalf("seed %d subscriptions: %v", n, err)
	}
	return s
}
