package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/internal/sqlcommon"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// dialect is what the shared queries need to know about PostgreSQL.
func (s *Store) dialect() sqlcommon.Dialect {
	return sqlcommon.Dialect{
		Name:        "postgres",
		Write:       s.tx,
		Read:        s.read,
		FormatError: FormatError,
		Time:        func(t time.Time) any { return store.CanonicalTime(t) },
		ScanTime:    func(t *time.Time) any { return timeColumn{t} },
		List:        func(l []string) any { return list(l) },
		// pgx scans text[] into a []string; the shared scan turns an empty
		// one into nil.
		ScanList: func(l *[]string) any { return l },
		// FOR SHARE holds off a concurrent Pause or Delete (which update the
		// row) until the claim commits, and makes the claim wait for one
		// already in flight, then see its result.
		ClaimLock: "FOR SHARE",
		// The planner has statistics and finds subscriptions_version itself.
		ChangesHint: "",
		// Pruning skips the turns another save holds (it may be reviving them) rather
		// than waiting, which two saves pruning each other's rows would do forever.
		SkipLocked: "FOR UPDATE SKIP LOCKED",
	}
}

// pgTx lends a pgx transaction to the shared queries.
type pgTx struct{ tx pgx.Tx }

func (t pgTx) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	tag, err := t.tx.Exec(ctx, query, args...)
	return tag.RowsAffected(), err
}

func (t pgTx) Query(ctx context.Context, query string, args ...any) (sqlcommon.Rows, error) {
	return t.tx.Query(ctx, query, args...)
}

func (t pgTx) QueryRow(ctx context.Context, query string, args ...any) sqlcommon.Row {
	return t.tx.QueryRow(ctx, query, args...)
}

// ExecEach sends the statements in one batch: one round trip, whatever their number.
func (t pgTx) ExecEach(ctx context.Context, query string, argLists [][]any) error {
	if len(argLists) == 0 {
		return nil
	}
	var batch pgx.Batch
	for _, args := range argLists {
		batch.Queue(query, args...)
	}
	return t.tx.SendBatch(ctx, &batch).Close()
}

// InsertSentFacts inserts all facts in one statement, over an array.
func (t pgTx) InsertSentFacts(ctx context.Context, subID int64, factIDs []string, at time.Time) error {
	_, err := t.tx.Exec(ctx, `INSERT INTO sent_facts (subscription_id, fact_id, sent_at)
		SELECT $1, f, $3 FROM unnest($2::text[]) AS f
		ON CONFLICT (subscription_id, fact_id) DO NOTHING`, subID, factIDs, store.CanonicalTime(at))
	return err
}

// InsertSkipped inserts all slots in one statement, over an array.
func (t pgTx) InsertSkipped(ctx context.Context, subID int64, slots []time.Time, owner, detail string, now time.Time) (int, error) {
	canon := make([]time.Time, len(slots))
	for i, slot := range slots {
		canon[i] = store.CanonicalTime(slot)
	}
	tag, err := t.tx.Exec(ctx, `INSERT INTO deliveries
			(subscription_id, slot, owner, claimed_at, outcome, detail, completed_at)
		SELECT $1, slot, $3, $4, 'skipped', $5, $4 FROM unnest($2::timestamptz[]) AS slot
		ON CONFLICT (subscription_id, slot) DO NOTHING`,
		subID, canon, owner, store.CanonicalTime(now), detail)
	return int(tag.RowsAffected()), err
}

// timeColumn scans a timestamptz (NULL as the zero time) into *t, in UTC.
type timeColumn struct{ t *time.Time }

func (c timeColumn) ScanTimestamptz(v pgtype.Timestamptz) error {
	switch {
	case !v.Valid:
		*c.t = time.Time{}
	case v.InfinityModifier != pgtype.Finite:
		return fmt.Errorf("cannot scan %v into a time", v.InfinityModifier)
	default:
		*c.t = v.Time.UTC()
	}
	return nil
}

// list makes a text[] value that is never NULL.
func list(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
