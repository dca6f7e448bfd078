// Package pgtest gives tests a private schema on the PostgreSQL test server
// named by BRIEFBOT_TEST_POSTGRES_URL (see .ci/postgres.sh), and a TestMain that says on the
// terminal when tests were skipped for want of one.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
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
		skipped.Add(1)
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

// skipped counts the tests of this test binary that URL skipped, for Main's note.
var skipped atomic.Int32

// Main runs a package's tests — call it from TestMain: os.Exit(pgtest.Main(m, "bot/digest"))
// — and, when some skipped for want of a test server, says so in one line on the terminal go
// test runs in: go test shows a passing package's output only with -v, so the skips would
// otherwise pass unseen. With -v the skip messages show anyway; with no terminal (CI, which
// names a server) the note is dropped.
func Main(m *testing.M, pkg string) int {
	code := m.Run()
	if n := skipped.Load(); n > 0 && !testing.Verbose() {
		tellTerminal(skipNote(pkg, int(n)))
	}
	return code
}

// skipNote is Main's note: what was skipped, why, and how to run it.
func skipNote(pkg string, n int) string {
	tests := "tests"
	if n == 1 {
		tests = "test"
	}
	return fmt.Sprintf("%s: %d PostgreSQL %s skipped: %s is unset. "+
		"Start a test server with `eval \"$(bash .ci/postgres.sh)\"` (as root), then `go test ./...`.", pkg, n, tests, EnvVar)
}

// tellTerminal writes a line to the controlling terminal, if there is one.
func tellTerminal(note string) {
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	defer tty.Close()
	fmt.Fprintln(tty, note)
}
