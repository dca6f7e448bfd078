package postgres_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/postgres"
	"github.com/briefbot/briefbot/bot/store/postgres/pgtest"
	"github.com/briefbot/briefbot/bot/store/storetest"
)

// TestMain notes on the terminal when the PostgreSQL tests were skipped (pgtest.Main).
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m, "bot/store/postgres")) }

func TestConformance(t *testing.T) {
	pgtest.URL(t) // skip the whole suite at once when there is no server
	storetest.Run(t, func(t *testing.T, now func() time.Time) func(ctx context.Context) (store.Store, error) {
		u := pgtest.Schema(t)
		return func(ctx context.Context) (store.Store, error) {
			return postgres.Open(ctx, u, nil, now)
		}
	})
}
