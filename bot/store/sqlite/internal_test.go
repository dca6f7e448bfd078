package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/internal/migrate"
	"github.com/google/go-cmp/cmp"
)

func TestDriverDSN(t *testing.T) {
	tests := []struct {
		name       string
		dsn        string
		wantBase   string
		wantPragma []string
		wantMemory bool
		wantErr    error
	}{
		{"path", "/data/briefbot.db", "/data/briefbot.db",
			[]string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)"}, false, nil},
		{"sqlite scheme", "sqlite:briefbot.db", "briefbot.db",
			[]string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)"}, false, nil},
		{"caller's busy timeout kept", "file:x.db?_pragma=busy_timeout(250)&cache=private", "file:x.db",
			[]string{"busy_timeout(250)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)"}, false, nil},
		{"caller's journal mode kept", "file:x.db?_pragma=journal_mode%3DDELETE", "file:x.db",
			[]string{"journal_mode=DELETE", "busy_timeout(10000)", "synchronous(FULL)", "foreign_keys(1)"}, false, nil},
		{"memory", ":memory:", ":memory:",
			[]string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)"}, true, nil},
		{"memory URI", "file:mem?mode=memory&cache=shared", "file:mem",
			[]string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)"}, true, nil},
		{"empty", "", "", nil, false, store.ErrInvalid},
		{"query on a plain path", "x.db?_txlock=deferred", "", nil, false, store.ErrInvalid},
		{"bad query", "file:x.db?%zz", "", nil, false, store.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, memory, err := DriverDSN(tt.dsn)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Fatalf("DriverDSN(%q) error = %v; want %v", tt.dsn, err, tt.wantErr)
			}
			if err != nil {
				return
			}
			base, rawQuery, _ := strings.Cut(got, "?")
			q, _ := url.ParseQuery(rawQuery)
			if base != tt.wantBase || memory != tt.wantMemory {
				t.Errorf("DriverDSN(%q) = %q, memory %v; want base %q, memory %v", tt.dsn, got, memory, tt.wantBase, tt.wantMemory)
			}
			if diff := cmp.Diff(tt.wantPragma, q["_pragma"]); diff != "" {
				t.Errorf("DriverDSN(%q) pragmas (-want +got):\n%s", tt.dsn, diff)
			}
			if q.Get("_txlock") != "immediate" {
				t.Errorf("DriverDSN(%q) _txlock = %q; want immediate", tt.dsn, q.Get("_txlock"))
			}
		})
	}
}

func openTemp(t *testing.T, dsnSuffix string) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	s, err := Open(context.Background(), "file:"+path+dsnSuffix, nil, nil)
	if err != nil {
		t.Fatalf("Open(%s) = %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestOpenSettings(t *testing.T) {
	s, _ := openTemp(t, "")
	ctx := context.Background()
	for _, tt := range []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", "10000"},
		{"synchronous", "2"}, // FULL
	} {
		for name, db := range map[string]*sql.DB{"write pool": s.wdb, "read pool": s.rdb} {
			var got string
			if err := db.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
				t.Fatalf("PRAGMA %s = %v", tt.pragma, err)
			}
			if got != tt.want {
				t.Errorf("%s: PRAGMA %s = %q; want %q", name, tt.pragma, got, tt.want)
			}
		}
	}
}

func TestMigrationsAppliedOnce(t *testing.T) {
	s, path := openTemp(t, "")
	files, err := migrate.Files(migrations)
	if err != nil || len(files) == 0 {
		t.Fatalf("migrate.Files() = %d files, %v", len(files), err)
	}
	s.Close()
	for i := range 3 {
		s, err := Open(context.Background(), path, nil, nil)
		if err != nil {
			t.Fatalf("reopen %d: %v", i, err)
		}
		var n, max int
		if err := s.rdb.QueryRow(`SELECT count(*), max(version) FROM schema_migrations`).Scan(&n, &max); err != nil {
			t.Fatalf("read schema_migrations: %v", err)
		}
		s.Close()
		if n != len(files) || max != files[len(files)-1].Version {
			t.Errorf("reopen %d: schema_migrations has %d rows up to version %d; want %d up to %d",
				i, n, max, len(files), files[len(files)-1].Version)
		}
	}
}

// TestFormatError provokes each kind of driver error for real and checks the
// code it maps to.
func TestFormatError(t *testing.T) {
	s, _ := openTemp(t, "")
	ctx := context.Background()
	exec := func(q string, args ...any) error {
		_, err := s.wdb.ExecContext(ctx, q, args...)
		return err
	}
	now := encodeTime(time.Now())
	if err := exec(`INSERT INTO subscriptions (platform, workspace, channel, schedule, time_zone, created_by,
		created_at, updated_at, active_since, version) VALUES ('slack', 'T', 'C', '@daily', 'UTC', 'U', ?, ?, ?, 1)`,
		now, now, now); err != nil {
		t.Fatalf("insert subscription: %v", err)
	}
	tests := []struct {
		name string
		err  error
		want store.Code
	}{
		{"nil", nil, ""},
		{"no rows", s.rdb.QueryRowContext(ctx, `SELECT id FROM subscriptions WHERE id = 99`).Scan(new(int)), store.CodeNotFound},
		{"primary key", exec(`INSERT INTO store_state (id, version) VALUES (1, 0)`), store.CodeConflict},
		{"unique index", exec(`INSERT INTO subscriptions (platform, workspace, channel, schedule, time_zone, created_by,
			created_at, updated_at, active_since, version) SELECT platform, workspace, channel, schedule, time_zone, created_by,
			created_at, updated_at, active_since, 2 FROM subscriptions`), store.CodeConflict},
		{"check", exec(`UPDATE subscriptions SET platform = 'irc'`), store.CodeInvalid},
		{"not null", exec(`UPDATE subscriptions SET channel = NULL`), store.CodeInvalid},
		{"foreign key", exec(`INSERT INTO sent_facts (subscription_id, fact_id, sent_at) VALUES (99, 'f', ?)`, now), store.CodeNotFound},
		{"syntax", exec(`SELEC 1`), store.CodeInternal},
		{"plain error", errors.New("boom"), store.CodeInternal},
		{"store error kept", store.Errorf(store.CodeConflict, "x"), store.CodeConflict},
	}
	for _, tt := range tests {
		if got := store.ErrorCode(FormatError(tt.err)); got != tt.want {
			t.Errorf("FormatError(%s: %v) code = %q; want %q", tt.name, tt.err, got, tt.want)
		}
	}
	if err := FormatError(fmt.Errorf("x: %w", context.Canceled)); !errors.Is(err, context.Canceled) {
		t.Errorf("FormatError(canceled) = %v; want context.Canceled kept", err)
	}
}

// TestBusyIsUnavailable holds the write lock from another connection: a
// write that cannot get it within the busy timeout fails as unavailable, not
// as an internal error.
func TestBusyIsUnavailable(t *testing.T) {
	s, path := openTemp(t, "?_pragma=busy_timeout(50)")
	sub, err := s.CreateSubscription(context.Background(), store.Subscription{
		Platform: "local", Channel: "c", Schedule: "@daily", TimeZone: "UTC", CreatedBy: "u"})
	if err != nil {
		t.Fatalf("CreateSubscription() = %v", err)
	}
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatalf("BEGIN IMMEDIATE: %v", err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")

	start := time.Now()
	ok, err := s.ClaimSlot(context.Background(), sub.ID, time.Now(), "r")
	if ok || !errors.Is(err, store.ErrUnavailable) {
		t.Errorf("ClaimSlot(while locked) = %v, %v; want false, ErrUnavailable", ok, err)
	}
	if waited := time.Since(start); waited < 40*time.Millisecond {
		t.Errorf("ClaimSlot(while locked) gave up after %v; want it to wait out the busy timeout", waited)
	}
}
