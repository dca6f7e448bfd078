package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/internal/sqlcommon"
	"github.com/briefbot/briefbot/bot/store/internal/storebench"
)

func BenchmarkClaimSlot(b *testing.B)         { storebench.ClaimSlot(b, seed) }
func BenchmarkClaimSlotLost(b *testing.B)     { storebench.ClaimSlotLost(b, seed) }
func BenchmarkListSubscriptions(b *testing.B) { storebench.ListSubscriptions(b, seed) }
func BenchmarkPollChanges(b *testing.B)       { storebench.PollChanges(b, seed) }
func BenchmarkSweep(b *testing.B)             { storebench.Sweep(b, seed) }
func BenchmarkClaimSlots(b *testing.B)        { storebench.ClaimSlots(b, seed) }
func BenchmarkConversationTurn(b *testing.B)  { storebench.ConversationTurn(b, seed) }
func BenchmarkRecordAnswers(b *testing.B)     { storebench.RecordAnswers(b, seed) }
func BenchmarkReport(b *testing.B)            { storebench.Report(b, seed) }

// seed is a storebench.Seed: a file database with subscriptions in channels
// C000000, C000001, … of workspaces T000 to T099, written in one transaction
// with the encodings production writes.
func seed(b *testing.B, n int, slot time.Time) store.Store {
	b.Helper()
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"), nil, nil)
	if err != nil {
		b.Fatalf("Open() = %v", err)
	}
	b.Cleanup(func() { s.Close() })
	filter := store.Filter{Entities: []string{"JP", "KR"}, Topics: []string{"history"}}.Normalize()
	now := encodeTime(time.Now())
	err = s.write(ctx, func(tx sqlcommon.Tx) error {
		_, err := tx.Exec(ctx, `WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < $1)
			INSERT INTO subscriptions (platform, workspace, channel, schedule, time_zone,
				filter_entities, filter_topics, per_edition, created_by, created_at, updated_at, active_since, version)
			SELECT 'slack', printf('T%03d', i % 100), printf('C%06d', i), 'CRON_TZ=Asia/Seoul 0 8 * * *', 'Asia/Seoul',
				$2, $3, 5, 'U0001', $4, $4, $4, i + 1 FROM seq`,
			n, encodeList(filter.Entities), encodeList(filter.Topics), now)
		if err == nil {
			_, err = tx.Exec(ctx, `INSERT INTO deliveries (subscription_id, slot, owner, claimed_at, outcome, detail, completed_at)
				SELECT id, $1, 'seed', $2, 'posted', '', $2 FROM subscriptions`, encodeTime(slot), now)
		}
		if err == nil {
			_, err = tx.Exec(ctx, `UPDATE store_state SET version = $1`, n)
		}
		return err
	})
	if err != nil {
		b.Fatalf("seed %d subscriptions: %v", n, err)
	}
	return s
}

// BenchmarkListChannel is /digest list: one channel among n.
func BenchmarkListChannel(b *testing.B) {
	storebench.EachSize(b, seed, func(b *testing.B, s store.Store, ids []int64) {
		ctx := context.Background()
		n := len(ids)
		i := 0
		for b.Loop() {
			ch := fmt.Sprintf("C%06d", i%n)
			subs, err := s.ListSubscriptions(ctx, store.SubscriptionFilter{Platform: "slack", Workspace: fmt.Sprintf("T%03d", i%n%100), Channel: ch})
			if err != nil || len(subs) != 1 {
				b.Fatalf("ListSubscriptions(%s) = %d, %v; want 1", ch, len(subs), err)
			}
			i++
		}
	})
}

// BenchmarkGetSubscriptionDeepLedger reads a subscription whose ledger holds
// many slots: LastSlot must cost one index seek, not a scan of its history.
func BenchmarkGetSubscriptionDeepLedger(b *testing.B) {
	for _, depth := range []int{1, 1_000, 100_000} {
		b.Run(fmt.Sprintf("slots=%d", depth), func(b *testing.B) {
			posted := storebench.Posted()
			s := seed(b, 1, posted).(*Store)
			ctx := context.Background()
			const id = 1 // the only subscription of a fresh file
			err := s.write(ctx, func(tx sqlcommon.Tx) error {
				for i := 1; i < depth; i++ {
					if _, err := tx.Exec(ctx, `INSERT INTO deliveries (subscription_id, slot, owner, claimed_at, outcome, detail, completed_at)
						VALUES ($1, $2, 'seed', $3, 'posted', '', $3)`,
						id, encodeTime(posted.Add(-time.Duration(i)*time.Hour)), encodeTime(posted)); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatalf("seed ledger: %v", err)
			}
			b.ReportAllocs()
			for b.Loop() {
				sub, err := s.GetSubscription(ctx, id)
				if err != nil || !sub.LastSlot.Equal(posted) {
					b.Fatalf("GetSubscription() = %v, %v; want LastSlot %v", sub.LastSlot, err, posted)
				}
			}
		})
	}
}
