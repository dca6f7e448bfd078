package open_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/open"
	"github.com/briefbot/briefbot/bot/store/postgres"
	"github.com/briefbot/briefbot/bot/store/postgres/pgtest"
	"github.com/briefbot/briefbot/bot/store/sqlite"
)

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	tests := []struct {
		name string
		url  string
		file string // the SQLite file that must exist afterwards
	}{
		{"empty means briefbot.db here", "", filepath.Join(dir, "briefbot.db")},
		{"plain path", filepath.Join(dir, "a.db"), filepath.Join(dir, "a.db")},
		{"relative path", "b.db", filepath.Join(dir, "b.db")},
		{"sqlite scheme", "sqlite:" + filepath.Join(dir, "c.db"), filepath.Join(dir, "c.db")},
		{"file URI with options", "file:" + filepath.Join(dir, "d.db") + "?_pragma=busy_timeout(2000)", filepath.Join(dir, "d.db")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := open.Open(context.Background(), tt.url, nil, nil)
			if err != nil {
				t.Fatalf("Open(%q) = %v", tt.url, err)
			}
			defer s.Close()
			if _, ok := s.(*sqlite.Store); !ok {
				t.Errorf("Open(%q) = %T; want *sqlite.Store", tt.url, s)
			}
			if _, err := os.Stat(tt.file); err != nil {
				t.Errorf("Open(%q) did not create %s: %v", tt.url, tt.file, err)
			}
		})
	}
}

func TestOpenRejects(t *testing.T) {
	for _, url := range []string{"mysql://u:p@localhost/db", "redis://localhost", "file:x.db?%zz", "x.db?_txlock=deferred"} {
		s, err := open.Open(context.Background(), url, nil, nil)
		if err == nil {
			s.Close()
		}
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Open(%q) = %v; want an invalid-input error", url, err)
		}
	}
}

func TestOpenPostgres(t *testing.T) {
	url := pgtest.Schema(t)
	s, err := open.Open(context.Background(), url, nil, nil)
	if err != nil {
		t.Fatalf("Open(postgres) = %v", err)
	}
	defer s.Close()
	if _, ok := s.(*postgres.Store); !ok {
		t.Errorf("Open(postgres) = %T; want *postgres.Store", s)
	}
}
