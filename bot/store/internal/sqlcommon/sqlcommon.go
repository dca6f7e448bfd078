// Package sqlcommon is the part of store.Store that the SQLite and PostgreSQL
// backends share: the queries, the checks and normalisation before writes, the
// change counter, the batch claim and completion loops and the mapping of rows
// to store types. Written once, the two backends cannot drift apart in what
// they accept or return.
//
// A backend describes itself with a Dialect: how it runs its transactions,
// how its driver takes and gives back times and lists, how its errors map to
// store codes, and the few statements it writes its own way. It keeps the rest
// — opening and pooling connections, SQLite's single writer and busy timeout,
// PostgreSQL's row locks and advisory lock, and its migration files — and adds
// Ping and Close.
//
// Queries are written once, with PostgreSQL's numbered placeholders ($1, $2,
// …). modernc.org/sqlite binds $N to the N-th argument as well, so the same
// text runs on both, and a placeholder written twice takes one argument. The
// conformance suite runs every query on both drivers, so a driver that
// stopped binding them so would fail it rather than misbehave.
package sqlcommon

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/internal/migrate"
)

// Row is one row to scan: *sql.Row and pgx.Row are both one.
type Row interface {
	Scan(dest ...any) error
}

// Rows is a result to iterate: pgx.Rows is one; a backend on database/sql
// wraps *sql.Rows, whose Close returns an error.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Tx is one transaction, as a backend lends it to the shared queries.
type Tx interface {
	// Exec runs a statement and returns how many rows it changed.
	Exec(ctx context.Context, query string, args ...any) (rowsAffected int64, err error)
	Query(ctx context.Context, query string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, query string, args ...any) Row

	// ExecEach runs one statement once per argument list, the backend's fastest way:
	// SQLite compiles it once and steps it per list, PostgreSQL sends all in one batch.
	ExecEach(ctx context.Context, query string, argLists [][]any) error

	// The two bulk inserts are the backend's own, because the fast way to
	// insert many rows differs: SQLite steps one prepared statement per row,
	// PostgreSQL sends a single statement over an array.

	// InsertSentFacts records that subID was sent factIDs (at least one) at
	// at; facts already recorded keep their first time.
	InsertSentFacts(ctx context.Context, subID int64, factIDs []string, at time.Time) error
	// InsertSkipped records each slot as claimed by owner and skipped, with
	// detail, at now; slots already in the ledger are left alone. It returns
	// how many it recorded.
	InsertSkipped(ctx context.Context, subID int64, slots []time.Time, owner, detail string, now time.Time) (int, error)
}

// Dialect is what the shared queries need to know about a backend.
type Dialect struct {
	// Name is the backend's name in log lines: "sqlite" or "postgres".
	Name string
	// Write runs fn in a transaction that may write and commits it; Read runs
	// fn in a read-only transaction that sees one snapshot. Both return
	// errors mapped by FormatError.
	Write, Read func(ctx context.Context, fn func(Tx) error) error
	// FormatError maps the driver's errors to store codes.
	FormatError func(error) error

	// Time turns a time into a query argument in the form the backend stores.
	Time func(time.Time) any
	// ScanTime returns a Scan destination that stores a time column into *t,
	// in UTC, NULL as the zero time.
	ScanTime func(t *time.Time) any
	// List turns a filter list into a query argument; ScanList returns a Scan
	// destination for one (an empty list may come back empty or nil).
	List     func([]string) any
	ScanList func(l *[]string) any

	// ClaimLock ends a claim's read of its subscription: whatever the backend
	// needs so that a concurrent Pause or Delete either commits before the
	// claim (which then fails) or waits for it.
	ClaimLock string
	// ChangesHint follows "subscriptions s" in a change-feed list
	// (SubscriptionFilter.ChangedAfter set), for a planner that would
	// otherwise read every subscription to find the few that changed.
	ChangesHint string
	// SkipLocked ends a SELECT of rows to delete in passing (expired conversation turns):
	// whatever makes it skip rows another transaction holds rather than wait for them.
	SkipLocked string
}

// Store implements every store.Store method but Ping and Close, which the
// backend adds. It has no other exported methods, so that a backend can embed
// it without growing its API.
type Store struct {
	d      Dialect
	logger *slog.Logger
	now    func() time.Time

	// The two queries the dialect changes, put together once rather than on
	// every call.
	claimableQuery string
	changesFrom    string
}

// New returns the shared store for the backend d describes. A nil logger
// discards; a nil now means time.Now.
func New(logger *slog.Logger, d Dialect, now func() time.Time) *Store {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if now == nil {
		now = time.Now
	}
	return &Store{
		d: d, logger: logger, now: now,
		claimableQuery: strings.TrimSpace(`SELECT paused, deleted_at IS NOT NULL FROM subscriptions WHERE id = $1 ` + d.ClaimLock),
		changesFrom:    strings.TrimSpace(`subscriptions s ` + d.ChangesHint),
	}
}

// FormatError does what every backend's FormatError does before it asks its
// driver: nil stays nil; errors that already carry a code, and context
// errors, pass through unchanged; no rows is not found (pgx's ErrNoRows
// matches sql.ErrNoRows). The rest go to driverCode, which returns the code
// and a user-safe message for the driver errors it knows, and "" for those it
// does not, which are internal.
func FormatError(err error, driverCode func(error) (store.Code, string)) error {
	if err == nil {
		return nil
	}
	var se *store.Error
	if errors.As(err, &se) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if errors.Is(err, sql.ErrNoRows) {
		return &store.Error{Code: store.CodeNotFound, Message: "not found", Err: err}
	}
	code, msg := driverCode(err)
	if code == "" {
		code, msg = store.CodeInternal, ""
	}
	return &store.Error{Code: code, Message: msg, Err: err}
}

// Migrate applies the migrations in fsys (migrations/NNNN_name.sql) that
// schema_migrations does not list yet, in order, each in its own transaction
// run by inTx, and records each with the time now gives. The backend has
// created schema_migrations and holds whatever keeps two processes from
// migrating at once; inside the transaction, the check makes the later of two
// skip what the earlier applied.
func Migrate(ctx context.Context, logger *slog.Logger, d Dialect, fsys fs.FS, inTx func(context.Context, func(Tx) error) error, now func() time.Time) error {
	files, err := migrate.Files(fsys)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, m := range files {
		applied := false
		err := inTx(ctx, func(tx Tx) error {
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, m.Version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
				m.Version, m.Name, d.Time(now()))
			applied = true
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate %s: %w", m.Name, err)
		}
		if applied {
			logger.Info("migration applied", "backend", d.Name, "migration", m.Name)
		}
	}
	return nil
}

// where collects a WHERE clause's conditions and numbers their arguments.
type where struct {
	conds []string
	args  []any
}

// arg adds v to the arguments and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + strconv.Itoa(len(w.args))
}

func (w *where) and(cond string) { w.conds = append(w.conds, cond) }

func (w *where) String() string {
	if len(w.conds) == 0 {
		return "true"
	}
	return strings.Join(w.conds, " AND ")
}

// each calls fn for every row of a query's result; err is the query's.
func each(rows Rows, err error, fn func(Row) error) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// collect scans every row of a query's result; an empty result is an empty,
// non-nil slice.
func collect[T any](rows Rows, err error, scan func(Row) (T, error)) ([]T, error) {
	out := []T{}
	err = each(rows, err, func(r Row) error {
		v, err := scan(r)
		if err != nil {
			return err
		}
		out = append(out, v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
