// Package sqlite is the embedded Store: one file, zero setup, through the
// pure-Go modernc.org/sqlite driver.
//
// Several processes may share one file (two scheduler replicas): the file is
// in WAL mode so readers never wait for the writer, every writing
// transaction starts with BEGIN IMMEDIATE so it takes the write lock up front
// (a deferred transaction that upgrades late can fail with SQLITE_BUSY
// without waiting), and a busy timeout makes a writer wait for another
// process's write instead of failing. Within one process, writes go through a
// pool of one connection, so they queue in Go rather than spin in SQLite's
// busy handler. The ledger's primary key does the rest: only one claim of a
// slot can ever be inserted.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot/internal/retry"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/internal/sqlcommon"
	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

var _ store.Store = (*Store)(nil)

//go:embed migrations/*.sql
var migrations embed.FS

// BusyTimeout is how long a write waits for another process's write lock
// before failing with store.ErrUnavailable. Claims and completions hold the
// lock for well under a millisecond, so this only runs out when something is
// badly wrong.
const BusyTimeout = 10 * time.Second

// shared is the store.Store both SQL backends share. Embedded under this
// name, it lends Store its methods without adding an exported field.
type shared = sqlcommon.Store

// Store is the SQLite implementation of store.Store: the shared queries, run
// through this package's connections and column encodings.
type Store struct {
	*shared
	wdb    *sql.DB // writes: one connection, BEGIN IMMEDIATE
	rdb    *sql.DB // reads: deferred, read-only transactions in parallel
	logger *slog.Logger
	now    func() time.Time

	closeOnce sync.Once
	closeErr  error
}

// Open opens (creating if needed) the database that dsn names and applies
// pending migrations. dsn is a file path, "sqlite:PATH", or a "file:" URI
// whose query may set more of the driver's parameters. A nil logger
// discards; a nil now means time.Now.
func Open(ctx context.Context, dsn string, logger *slog.Logger, now func() time.Time) (*Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if now == nil {
		now = time.Now
	}
	driverDSN, memory, err := DriverDSN(dsn)
	if err != nil {
		return nil, err
	}
	s := &Store{logger: logger, now: now}
	s.shared = sqlcommon.New(logger, s.dialect(), now)
	if s.wdb, err = sql.Open("sqlite", driverDSN); err != nil {
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	s.wdb.SetMaxOpenConns(1)
	s.wdb.SetConnMaxIdleTime(0)
	s.rdb = s.wdb
	if !memory {
		// An in-memory database exists once per connection, so it gets one
		// pool; a file gets a separate pool for concurrent readers.
		if s.rdb, err = sql.Open("sqlite", driverDSN); err != nil {
			s.wdb.Close()
			return nil, fmt.Errorf("open sqlite: %w", err)
		}
		s.rdb.SetMaxOpenConns(4)
	}
	if err := s.migrateRetrying(ctx); err != nil {
		s.Close()
		return nil, err
	}
	logger.Debug("store opened", "backend", "sqlite", "path", redactPath(dsn))
	return s, nil
}

// DriverDSN turns one of Open's dsn forms into the driver's, adding the
// settings the store depends on (keeping a busy timeout, journal mode or
// synchronous level the caller chose). It reports whether the database lives
// in memory.
func DriverDSN(dsn string) (driverDSN string, memory bool, err error) {
	dsn = strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite://"), "sqlite:")
	if dsn == "" {
		return "", false, store.Errorf(store.CodeInvalid, "sqlite: empty database path")
	}
	base, rawQuery, _ := strings.Cut(dsn, "?")
	if !strings.HasPrefix(base, "file:") && rawQuery != "" {
		return "", false, store.Errorf(store.CodeInvalid, "sqlite: a path with a query must be a file: URI")
	}
	q, err := url.ParseQuery(rawQuery)
	if err != nil {
		return "", false, store.Errorf(store.CodeInvalid, "sqlite: bad query in database URL: %v", err)
	}
	memory = base == ":memory:" || base == "file::memory:" || q.Get("mode") == "memory"
	set := map[string]bool{}
	for _, p := range q["_pragma"] {
		name, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(p)), "(")
		name, _, _ = strings.Cut(name, "=")
		set[strings.TrimSpace(name)] = true
	}
	defaults := []struct{ name, value string }{
		{"busy_timeout", strconv.Itoa(int(BusyTimeout / time.Millisecond))},
		{"journal_mode", "WAL"},
		// FULL: a claim must be on disk before the post it licenses goes out,
		// or a power cut could let the slot be claimed and posted again.
		{"synchronous", "FULL"},
	}
	for _, d := range defaults {
		if !set[d.name] && q.Get("_"+d.name) == "" {
			q.Add("_pragma", d.name+"("+d.value+")")
		}
	}
	// Not negotiable: the schema's cascades and checks need foreign keys, and
	// writers must take the lock up front.
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	return base + "?" + q.Encode(), memory, nil
}

// redactPath drops the query, the only part of a SQLite DSN that could hold
// anything unexpected.
func redactPath(dsn string) string {
	base, _, _ := strings.Cut(dsn, "?")
	return base
}

// Close closes both pools. Calling it again returns the first result.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		err := s.wdb.Close()
		if s.rdb != s.wdb {
			err = errors.Join(err, s.rdb.Close())
		}
		s.closeErr = err
	})
	return s.closeErr
}

// Ping checks the file can be read.
func (s *Store) Ping(ctx context.Context) error {
	return s.read(ctx, func(tx sqlcommon.Tx) error {
		var one int
		return tx.QueryRow(ctx, `SELECT 1`).Scan(&one)
	})
}

// write runs fn in a BEGIN IMMEDIATE transaction and commits it.
func (s *Store) write(ctx context.Context, fn func(sqlcommon.Tx) error) error {
	return inTx(ctx, s.wdb, nil, fn)
}

// read runs fn in a deferred, read-only transaction: one consistent snapshot
// that does not hold up writers.
func (s *Store) read(ctx context.Context, fn func(sqlcommon.Tx) error) error {
	return inTx(ctx, s.rdb, &sql.TxOptions{ReadOnly: true}, fn)
}

// inTx runs fn in a transaction begun on db and commits it.
func inTx(ctx context.Context, db *sql.DB, opts *sql.TxOptions, fn func(sqlcommon.Tx) error) error {
	tx, err := db.BeginTx(ctx, opts)
	if err != nil {
		return FormatError(err)
	}
	defer tx.Rollback()
	if err := fn(sqlTx{tx}); err != nil {
		return FormatError(err)
	}
	return FormatError(tx.Commit())
}

// FormatError maps driver errors to the store's codes: no rows → not found;
// unique and primary-key violations → conflict; check and not-null
// violations → invalid; a missing foreign-key parent → not found; busy and
// locked → unavailable. Errors that already carry a code, and context
// errors, pass through unchanged.
func FormatError(err error) error { return sqlcommon.FormatError(err, driverCode) }

// driverCode is FormatError's part that knows SQLite's result codes.
func driverCode(err error) (store.Code, string) {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return "", ""
	}
	switch e.Code() {
	case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
		return store.CodeConflict, "already exists"
	case sqlite3.SQLITE_CONSTRAINT_CHECK, sqlite3.SQLITE_CONSTRAINT_NOTNULL:
		return store.CodeInvalid, "invalid value"
	case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
		return store.CodeNotFound, "subscription not found"
	}
	switch e.Code() & 0xff { // primary code, whatever the extended one
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return store.CodeUnavailable, "database is busy"
	}
	return "", ""
}

// openRetryFor bounds how long Open keeps retrying a busy database.
const openRetryFor = 10 * time.Second

// migrateRetrying runs migrate, again while the database answers busy. Processes opening a
// new file at the same moment race to switch it to WAL and to create the schema, and SQLite
// reports some of those collisions as SQLITE_BUSY at once rather than through the busy
// timeout (seen under load in the conformance suite's concurrent open): the loser retries.
func (s *Store) migrateRetrying(ctx context.Context) error {
	p := retry.Policy{
		First: 5 * time.Millisecond, Max: 200 * time.Millisecond, Within: openRetryFor, Jitter: 0.5,
		OnRetry: func(_ context.Context, _ int, _ time.Duration, err error) {
			s.logger.Debug("store busy while opening; retrying", "backend", "sqlite", "err", err)
		},
	}
	return retry.Do(ctx, p, s.migrate, func(err error) (time.Duration, bool) {
		return 0, errors.Is(err, store.ErrUnavailable)
	})
}

// migrate applies the embedded migrations not yet recorded, in order, each in
// its own transaction. BEGIN IMMEDIATE serialises processes opening the same
// file at once, and the check inside the transaction makes the loser skip
// what the winner applied.
func (s *Store) migrate(ctx context.Context) error {
	if err := s.write(ctx, func(tx sqlcommon.Tx) error {
		_, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    INTEGER PRIMARY KEY,
			name       TEXT NOT NULL,
			applied_at TEXT NOT NULL
		)`)
		return err
	}); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return sqlcommon.Migrate(ctx, s.logger, s.dialect(), migrations, s.write, s.now)
}
