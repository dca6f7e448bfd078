package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/sqlite"
	"github.com/briefbot/briefbot/bot/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) func(ctx context.Context) (store.Store, error) {
		path := filepath.Join(t.TempDir(), "briefbot.db")
		return func(ctx context.Context) (store.Store, error) {
			return sqlite.Open(ctx, path, nil, now)
		}
	})
}
