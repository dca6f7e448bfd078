package pgtest

import (
	"testing"
)

// TestURLCountsSkips: without a server, URL skips the test and counts it for Main's note.
func TestURLCountsSkips(t *testing.T) {
	t.Setenv(EnvVar, "")
	before := skipped.Load()
	t.Run("needs a server", func(t *testing.T) {
		URL(t)
		t.Error("URL returned without a server; want a skip")
	})
	if got := skipped.Load() - before; got != 1 {
		t.Errorf("skips counted = %d; want 1", got)
	}
}

func TestSkipNote(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "bot/digest: 1 PostgreSQL test skipped: BRIEFBOT_TEST_POSTGRES_URL is unset. " +
			"Start a test server with `eval \"$(bash .ci/postgres.sh)\"` (as root), then `go test ./...`."},
		{12, "bot/digest: 12 PostgreSQL tests skipped: BRIEFBOT_TEST_POSTGRES_URL is unset. " +
			"Start a test server with `eval \"$(bash .ci/postgres.sh)\"` (as root), then `go test ./...`."},
	}
	for _, tc := range tests {
		if got := skipNote("bot/digest", tc.n); got != tc.want {
			t.Errorf("skipNote(%d) = %q; want %q", tc.n, got, tc.want)
		}
	}
}
