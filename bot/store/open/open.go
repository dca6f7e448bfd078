// Package open picks the store backend from BRIEFBOT_DATABASE_URL. It is
// separate from package store because both backends import store.
package open

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/postgres"
	"github.com/briefbot/briefbot/bot/store/sqlite"
)

// DefaultSQLitePath is used when no database URL is given: a file in the
// working directory.
const DefaultSQLitePath = "briefbot.db"

// Open opens the store databaseURL names: PostgreSQL for postgres:// and
// postgresql:// URLs; SQLite for a path, a sqlite: or file: URL, or nothing
// (DefaultSQLitePath). Any other scheme is rejected rather than taken for a
// file name. A nil logger discards; a nil now means time.Now.
func Open(ctx context.Context, databaseURL string, logger *slog.Logger, now func() time.Time) (store.Store, error) {
	u := strings.TrimSpace(databaseURL)
	scheme, _, hasScheme := strings.Cut(u, "://")
	switch lower := strings.ToLower(scheme); {
	case u == "":
		return openSQLite(ctx, DefaultSQLitePath, logger, now)
	case hasScheme && (lower == "postgres" || lower == "postgresql"):
		s, err := postgres.Open(ctx, u, logger, now)
		if err != nil {
			return nil, err
		}
		return s, nil
	case hasScheme && lower != "sqlite" && lower != "file" && !strings.ContainsAny(scheme, `/\`):
		return nil, store.Errorf(store.CodeInvalid, "database URL scheme %q is not supported: use postgres://… or a SQLite file path", scheme)
	}
	return openSQLite(ctx, u, logger, now)
}

func openSQLite(ctx context.Context, dsn string, logger *slog.Logger, now func() time.Time) (store.Store, error) {
	s, err := sqlite.Open(ctx, dsn, logger, now)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", dsn, err)
	}
	return s, nil
}

// ErrNoDatabase is returned by OpenExisting when the SQLite file it names does not exist.
var ErrNoDatabase = errors.New("no database file")

// OpenExisting is Open for commands that only read: it refuses, with ErrNoDatabase, to create
// a SQLite file that does not exist yet, so a mistyped path is reported rather than answered
// from a new, empty database. PostgreSQL and in-memory databases open as with Open.
func OpenExisting(ctx context.Context, databaseURL string, logger *slog.Logger, now func() time.Time) (store.Store, error) {
	if path, ok := sqlitePath(databaseURL); ok && path != "" {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w at %s", ErrNoDatabase, path)
		}
	}
	return Open(ctx, databaseURL, logger, now)
}

// Describe names the database databaseURL selects, for people: "sqlite PATH" or
// "postgres HOST/DB", never a password or query parameters.
func Describe(databaseURL string) string {
	if path, ok := sqlitePath(databaseURL); ok {
		if path == "" {
			return "sqlite in memory"
		}
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		return "sqlite " + path
	}
	u, err := url.Parse(strings.TrimSpace(databaseURL))
	if err != nil {
		return "postgres (unparsable URL)"
	}
	return "postgres " + u.Host + u.Path
}

// sqlitePath reports whether databaseURL selects SQLite and, if so, the file it names (empty
// for an in-memory database).
func sqlitePath(databaseURL string) (string, bool) {
	u := strings.TrimSpace(databaseURL)
	scheme, _, hasScheme := strings.Cut(u, "://")
	if lower := strings.ToLower(scheme); hasScheme && (lower == "postgres" || lower == "postgresql") {
		return "", false
	}
	if u == "" {
		return DefaultSQLitePath, true
	}
	u = strings.TrimPrefix(strings.TrimPrefix(u, "sqlite://"), "sqlite:")
	base, query, _ := strings.Cut(u, "?")
	base = strings.TrimPrefix(base, "file:")
	if base == ":memory:" || base == "" || strings.Contains(query, "mode=memory") {
		return "", true
	}
	return base, true
}
