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

// TestMain notes on the terminal when the PostgreSQL tests were skipped (pgtest.Main).
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m, "bot/store/open")) }

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

func TestOpenExistingCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	for _, u := range []string{missing, "sqlite:" + missing, "file:" + missing + "?_pragma=busy_timeout(2000)"} {
		if _, err := open.OpenExisting(context.Background(), u, nil, nil); !errors.Is(err, open.ErrNoDatabase) {
			t.Errorf("OpenExisting(%q) = %v; want ErrNoDatabase", u, err)
		}
		if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("OpenExisting(%q) created %s", u, missing)
		}
	}
	s, err := open.Open(context.Background(), missing, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = open.OpenExisting(context.Background(), missing, nil, nil)
	if err != nil {
		t.Fatalf("OpenExisting(existing) = %v", err)
	}
	s.Close()
}

func TestDescribe(t *testing.T) {
	abs, _ := filepath.Abs("briefbot.db")
	for _, tc := range []struct{ url, want string }{
		{"", "sqlite " + abs},
		{"/var/lib/briefbot/b.db", "sqlite /var/lib/briefbot/b.db"},
		{"file:/tmp/x.db?_pragma=busy_timeout(1)", "sqlite /tmp/x.db"},
		{":memory:", "sqlite in memory"},
		{"postgres://bot:secret@db.internal:5432/briefbot?sslmode=disable", "postgres db.internal:5432/briefbot"},
	} {
		if got := open.Describe(tc.url); got != tc.want {
			t.Errorf("Describe(%q) = %q; want %q", tc.url, got, tc.want)
		}
	}
}
