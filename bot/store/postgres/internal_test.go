package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/internal/migrate"
	"github.com/briefbot/briefbot/bot/store/postgres/pgtest"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

func TestFormatError(t *testing.T) {
	pg := func(code string) error { return fmt.Errorf("exec: %w", &pgconn.PgError{Code: code, Message: "m"}) }
	tests := []struct {
		name string
		err  error
		want store.Code
	}{
		{"nil", nil, ""},
		{"no rows", pgx.ErrNoRows, store.CodeNotFound},
		{"unique violation", pg("23505"), store.CodeConflict},
		{"check violation", pg("23514"), store.CodeInvalid},
		{"not null violation", pg("23502"), store.CodeInvalid},
		{"string too long", pg("22001"), store.CodeInvalid},
		{"bad encoding", pg("22021"), store.CodeInvalid},
		{"foreign key violation", pg("23503"), store.CodeNotFound},
		{"serialization failure", pg("40001"), store.CodeUnavailable},
		{"deadlock", pg("40P01"), store.CodeUnavailable},
		{"admin shutdown", pg("57P01"), store.CodeUnavailable},
		{"too many connections", pg("53300"), store.CodeUnavailable},
		{"connection failure", pg("08006"), store.CodeUnavailable},
		{"syntax error", pg("42601"), store.CodeInternal},
		{"plain error", errors.New("boom"), store.CodeInternal},
		{"store error kept", store.Errorf(store.CodeConflict, "x"), store.CodeConflict},
	}
	for _, tt := range tests {
		if got := store.ErrorCode(FormatError(tt.err)); got != tt.want {
			t.Errorf("FormatError(%s: %v) code = %q; want %q", tt.name, tt.err, got, tt.want)
		}
	}
	if err := FormatError(fmt.Errorf("x: %w", context.DeadlineExceeded)); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("FormatError(deadline) = %v; want context.DeadlineExceeded kept", err)
	}
}

// TestUnreachable checks that a server that is not there is reported as
// unavailable, and that the password never appears in the error.
func TestUnreachable(t *testing.T) {
	const secret = "s3cret-password"
	for _, url := range []string{
		"postgres://briefbot:" + secret + "@127.0.0.1:1/briefbot?sslmode=disable&connect_timeout=2",
	} {
		s, err := Open(context.Background(), url, nil, nil)
		if err == nil {
			s.Close()
			t.Fatalf("Open(port 1) succeeded")
		}
		if !errors.Is(err, store.ErrUnavailable) {
			t.Errorf("Open(port 1) = %v; want ErrUnavailable", err)
		}
		if strings.Contains(err.Error(), secret) {
			t.Errorf("Open(port 1) error %q contains the password", err)
		}
	}
	_, err := Open(context.Background(), "postgres://u:"+secret+"@host:notaport/db", nil, nil)
	if !errors.Is(err, store.ErrInvalid) || strings.Contains(err.Error(), secret) {
		t.Errorf("Open(bad URL) = %v; want ErrInvalid without the password", err)
	}
}

// TestRealErrors provokes driver errors on the real server.
func TestRealErrors(t *testing.T) {
	u := pgtest.Schema(t)
	ctx := context.Background()
	s, err := Open(ctx, u, nil, nil)
	if err != nil {
		t.Fatalf("Open() = %v", err)
	}
	defer s.Close()
	exec := func(q string) error { _, err := s.pool.Exec(ctx, q); return err }
	if err := exec(`INSERT INTO subscriptions (platform, workspace, channel, schedule, time_zone, created_by,
		created_at, updated_at, active_since, version) VALUES ('slack', 'T', 'C', '@daily', 'UTC', 'U', now(), now(), now(), 1)`); err != nil {
		t.Fatalf("insert: %v", err)
	}
	tests := []struct {
		name string
		err  error
		want store.Code
	}{
		{"primary key", exec(`INSERT INTO store_state (id, version) VALUES (1, 0)`), store.CodeConflict},
		{"check", exec(`UPDATE subscriptions SET platform = 'irc'`), store.CodeInvalid},
		{"not null", exec(`UPDATE subscriptions SET channel = NULL`), store.CodeInvalid},
		{"foreign key", exec(`INSERT INTO sent_facts (subscription_id, fact_id, sent_at) VALUES (99, 'f', now())`), store.CodeNotFound},
		{"syntax", exec(`SELEC 1`), store.CodeInternal},
	}
	for _, tt := range tests {
		if got := store.ErrorCode(FormatError(tt.err)); got != tt.want {
			t.Errorf("FormatError(%s: %v) code = %q; want %q", tt.name, tt.err, got, tt.want)
		}
	}
}

func TestMigrationsAppliedOnce(t *testing.T) {
	u := pgtest.Schema(t)
	ctx := context.Background()
	files, err := migrate.Files(migrations)
	if err != nil || len(files) == 0 {
		t.Fatalf("migrate.Files() = %d files, %v", len(files), err)
	}
	for i := range 3 {
		s, err := Open(ctx, u, nil, nil)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		var n, max int
		if err := s.pool.QueryRow(ctx, `SELECT count(*), max(version) FROM schema_migrations`).Scan(&n, &max); err != nil {
			t.Fatalf("read schema_migrations: %v", err)
		}
		s.Close()
		if n != len(files) || max != files[len(files)-1].Version {
			t.Errorf("open %d: schema_migrations has %d rows up to version %d; want %d up to %d",
				i, n, max, len(files), files[len(files)-1].Version)
		}
	}
}
