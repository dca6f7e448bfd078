// Package postgres is the Store for teams running several replicas, on
// PostgreSQL through pgx and pgxpool.
//
// Replicas share the schedule without a coordinator: a claim is an
// INSERT … ON CONFLICT DO NOTHING on the ledger's primary key, so of two
// racing inserts one inserts and the other (after waiting for the first to
// commit) does nothing; taking over an expired lease is an UPDATE whose
// condition PostgreSQL checks again on the row it locks, so of two takers one
// wins. A claim reads its subscription FOR SHARE, so a pause committed by
// another replica either precedes the claim (which then fails) or waits for
// it.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/internal/sqlcommon"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

var _ store.Store = (*Store)(nil)

//go:embed migrations/*.sql
var migrations embed.FS

// shared is the store.Store both SQL backends share. Embedded under this
// name, it lends Store its methods without adding an exported field.
type shared = sqlcommon.Store

// Store is the PostgreSQL implementation of store.Store: the shared queries,
// run through this package's pool and pgx's types.
type Store struct {
	*shared
	pool   *pgxpool.Pool
	logger *slog.Logger
	now    func() time.Time

	closeOnce sync.Once
}

// Open connects to the database at url (postgres://… or postgresql://…; a
// search_path parameter selects the schema), and applies pending migrations.
// A nil logger discards; a nil now means time.Now.
func Open(ctx context.Context, url string, logger *slog.Logger, now func() time.Time) (*Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if now == nil {
		now = time.Now
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx's message can quote the URL, password included: do not wrap it.
		return nil, store.Errorf(store.CodeInvalid, "postgres: cannot parse the database URL")
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", FormatError(err))
	}
	s := &Store{pool: pool, logger: logger, now: now}
	s.shared = sqlcommon.New(logger, s.dialect(), now)
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s:%d/%s: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database, FormatError(err))
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	logger.Debug("store opened", "backend", "postgres", "host", cfg.ConnConfig.Host, "database", cfg.ConnConfig.Database)
	return s, nil
}

// Close closes the pool; calling it again does nothing.
func (s *Store) Close() error {
	s.closeOnce.Do(s.pool.Close)
	return nil
}

// Ping checks the server answers.
func (s *Store) Ping(ctx context.Context) error {
	return FormatError(s.pool.Ping(ctx))
}

// tx runs fn in a read-committed transaction and commits it. Each statement
// is safe at that level: claims and completions rely on the primary key and
// row locks, not on snapshots.
func (s *Store) tx(ctx context.Context, fn func(sqlcommon.Tx) error) error {
	return inTx(ctx, s.pool, pgx.TxOptions{}, fn)
}

// read runs fn in a read-only, repeatable-read transaction: one snapshot
// across its statements.
func (s *Store) read(ctx context.Context, fn func(sqlcommon.Tx) error) error {
	return inTx(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead}, fn)
}

// beginner is the pool, or the connection that holds the migration lock.
type beginner interface {
	BeginTx(ctx context.Context, opts pgx.TxOptions) (pgx.Tx, error)
}

// inTx runs fn in a transaction begun on db and commits it.
func inTx(ctx context.Context, db beginner, opts pgx.TxOptions, fn func(sqlcommon.Tx) error) error {
	tx, err := db.BeginTx(ctx, opts)
	if err != nil {
		return FormatError(err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := fn(pgTx{tx}); err != nil {
		return FormatError(err)
	}
	return FormatError(tx.Commit(ctx))
}

// FormatError maps driver errors to the store's codes: no rows → not found;
// unique violations → conflict; check, not-null and bad-text errors →
// invalid; a missing foreign-key parent → not found; serialisation
// failures, deadlocks, lock timeouts, connection failures and server
// shutdowns → unavailable. Errors that already carry a code, and context
// errors, pass through unchanged.
func FormatError(err error) error { return sqlcommon.FormatError(err, driverCode) }

// driverCode is FormatError's part that knows PostgreSQL's SQLSTATEs and
// pgx's connection errors.
func driverCode(err error) (store.Code, string) {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "23505": // unique_violation
			return store.CodeConflict, "already exists"
		case "23514", "23502", "22001", "22021", "22P02", "22008": // check, not null, too long, bad encoding, bad text, bad datetime
			return store.CodeInvalid, "invalid value"
		case "23503": // foreign_key_violation
			return store.CodeNotFound, "subscription not found"
		case "40001", "40P01", "55P03", "57P01", "57P02", "57P03", "53300": // serialization, deadlock, lock timeout, shutdowns, too many connections
			return store.CodeUnavailable, "database is busy"
		}
		if pe.Code[:2] == "08" { // connection exceptions
			return store.CodeUnavailable, "database is unreachable"
		}
		return store.CodeInternal, ""
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) || pgconn.SafeToRetry(err) || pgconn.Timeout(err) {
		return store.CodeUnavailable, "database is unreachable"
	}
	return "", ""
}

// migrate applies the embedded migrations not yet recorded, in order, each in
// its own transaction, holding a session advisory lock (keyed by schema) so
// replicas starting together take turns rather than racing to create the same
// tables.
func (s *Store) migrate(ctx context.Context) (err error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", FormatError(err))
	}
	defer conn.Release()
	const lockKey = `hashtext('briefbot.migrate.' || coalesce(current_schema(), ''))`
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(`+lockKey+`)`); err != nil {
		return fmt.Errorf("migrate: lock: %w", FormatError(err))
	}
	defer func() {
		if _, uerr := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+lockKey+`)`); uerr != nil {
			// A connection still holding the lock must not go back to the
			// pool: closing it releases the lock.
			conn.Conn().Close(context.WithoutCancel(ctx))
			err = errors.Join(err, fmt.Errorf("migrate: unlock: %w", uerr))
		}
	}()
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL
	)`); err != nil {
		return fmt.Errorf("migrate: %w", FormatError(err))
	}
	// Every migration runs on the connection that holds the lock.
	onConn := func(ctx context.Context, fn func(sqlcommon.Tx) error) error {
		return inTx(ctx, conn, pgx.TxOptions{}, fn)
	}
	return sqlcommon.Migrate(ctx, s.logger, s.dialect(), migrations, onConn, s.now)
}
