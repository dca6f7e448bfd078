// Package pgtest gives tests a private schema on the PostgreSQL test server
// named by BRIEFBOT_TEST_POSTGRES_URL (see .ci/postgres.sh).
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// EnvVar names the test server's URL.
const EnvVar = "BRIEFBOT_TEST_POSTGRES_URL"

// URL returns the test server's URL, or skips the test when EnvVar is unset:
// CI sets it; a laptop without PostgreSQL need not.
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvVar)
	if u == "" {
		t.Skip(EnvVar + ` is unset; run eval "$(bash .ci/postgres.sh)" (as root) to start a test server`)
	}
	return u
}

// Schema creates an empty schema on the test server, dropped when the test
// ends, and returns a URL whose connections use it, so tests never see each
// other's rows. It skips like URL.
func Schema(t testing.TB) string {
	t.Helper()
	base := URL(t)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "briefbot_test_" + hex.EncodeToString(b)
	exec(t, base, "CREATE SCHEMA "+schema)
	t.Cleanup(func() { exec(t, base, "DROP SCHEMA "+schema+" CASCADE") })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse %s: %v", EnvVar, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func exec(t testing.TB, u, sql string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatalf("connect to the test server: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Errorf("%s: %v", sql, err)
	}
}
