package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/internal/sqlcommon"
)

// dialect is what the shared queries need to know about SQLite.
func (s *Store) dialect() sqlcommon.Dialect {
	return sqlcommon.Dialect{
		Name:        "sqlite",
		Write:       s.write,
		Read:        s.read,
		FormatError: FormatError,
		Time:        encodeTime,
		ScanTime:    func(t *time.Time) any { return timeColumn{t} },
		List:        func(l []string) any { return encodeList(l) },
		ScanList:    func(l *[]string) any { return listColumn{l} },
		// No lock to take: a claim runs after BEGIN IMMEDIATE took the write
		// lock, so a pause committed by another process is already visible.
		ClaimLock: "",
		// Without statistics the planner prefers walking the table in id
		// order to sorting a few rows; a replica's idle poll must not read
		// every subscription.
		ChangesHint: "INDEXED BY subscriptions_version",
		// One writer at a time: no row another transaction holds.
		SkipLocked: "",
	}
}

// sqlTx lends a database/sql transaction to the shared queries.
type sqlTx struct{ tx *sql.Tx }

func (t sqlTx) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	res, err := t.tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (t sqlTx) Query(ctx context.Context, query string, args ...any) (sqlcommon.Rows, error) {
	rows, err := t.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

func (t sqlTx) QueryRow(ctx context.Context, query string, args ...any) sqlcommon.Row {
	return t.tx.QueryRowContext(ctx, query, args...)
}

// ExecEach steps one prepared statement per argument list: with the pure-Go driver, compiling
// an upsert costs several times what running it does.
func (t sqlTx) ExecEach(ctx context.Context, query string, argLists [][]any) error {
	stmt, err := t.tx.PrepareContext(ctx, query)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, args := range argLists {
		if _, err := stmt.ExecContext(ctx, args...); err != nil {
			return err
		}
	}
	return nil
}

// InsertSentFacts steps one prepared statement per fact: SQLite has no array
// parameter, and a prepared statement is compiled once.
func (t sqlTx) InsertSentFacts(ctx context.Context, subID int64, factIDs []string, at time.Time) error {
	stmt, err := t.tx.PrepareContext(ctx, `INSERT INTO sent_facts (subscription_id, fact_id, sent_at)
		VALUES ($1, $2, $3) ON CONFLICT (subscription_id, fact_id) DO NOTHING`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	sentAt := encodeTime(at)
	for _, id := range factIDs {
		if _, err := stmt.ExecContext(ctx, subID, id, sentAt); err != nil {
			return err
		}
	}
	return nil
}

// InsertSkipped steps one prepared statement per slot, as InsertSentFacts
// does.
func (t sqlTx) InsertSkipped(ctx context.Context, subID int64, slots []time.Time, owner, detail string, now time.Time) (int, error) {
	stmt, err := t.tx.PrepareContext(ctx, `INSERT INTO deliveries
			(subscription_id, slot, owner, claimed_at, outcome, detail, completed_at)
		VALUES ($1, $2, $3, $4, 'skipped', $5, $4) ON CONFLICT (subscription_id, slot) DO NOTHING`)
	if err != nil {
		return 0, err
	}
	defer stmt.Close()
	at := encodeTime(now)
	recorded := 0
	for _, slot := range slots {
		res, err := stmt.ExecContext(ctx, subID, encodeTime(slot), owner, at, detail)
		if err != nil {
			return 0, err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return 0, err
		}
		recorded += int(n)
	}
	return recorded, nil
}

// sqlRows gives *sql.Rows the Close the shared queries call.
type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { r.Rows.Close() }

// timeLayout is fixed-width so stored times compare and sort as strings.
const timeLayout = "2006-01-02T15:04:05.000000Z"

// encodeTime stores t in canonical form; the zero time is NULL.
func encodeTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return store.CanonicalTime(t).Format(timeLayout)
}

// timeColumn scans a TEXT time (or NULL, as the zero time) into *T.
type timeColumn struct{ t *time.Time }

func (c timeColumn) Scan(v any) error {
	var s string
	switch v := v.(type) {
	case nil:
		*c.t = time.Time{}
		return nil
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return fmt.Errorf("time column holds %T", v)
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return fmt.Errorf("time column: %w", err)
	}
	*c.t = t.UTC()
	return nil
}

// listColumn scans a JSON array of strings.
type listColumn struct{ l *[]string }

func (c listColumn) Scan(v any) error {
	var b []byte
	switch v := v.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b = v
	default:
		return fmt.Errorf("list column holds %T", v)
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return fmt.Errorf("list column: %w", err)
	}
	*c.l = l
	return nil
}

// encodeList stores a list as a JSON array, never NULL. The filters are
// normalised (sorted, unique) before, so equal lists encode equal and the
// duplicate-subscription index compares them.
func encodeList(l []string) string {
	if len(l) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(l) // []string cannot fail
	return string(b)
}
