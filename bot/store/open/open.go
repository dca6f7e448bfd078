// Package open picks the store backend from BRIEFBOT_DATABASE_URL. It is
// separate from package store because both backends import store.
package open

import (
	"context"
	"fmt"
	"log/slog"
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
