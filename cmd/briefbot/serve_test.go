package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/slack"
	"github.com/briefbot/briefbot/bot/store/postgres/pgtest"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestServeEndToEnd drives run itself: it starts `briefbot serve` with a fake environment,
// waits for /readyz, sends real signed Slack and Discord requests, and stops it.
func TestServeEndToEnd(t *testing.T) {
	addr := freeAddr(t)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"BRIEFBOT_ADDR":         addr,
		"BRIEFBOT_DATABASE_URL": filepath.Join(t.TempDir(), "briefbot.db"),
		"BRIEFBOT_LOG_LEVEL":    "warn",
		"SLACK_SIGNING_SECRET":  "e2e-secret",
		"DISCORD_PUBLIC_KEY":    hex.EncodeToString(pub),
	}
	t.Chdir(t.TempDir()) // no stray .env is read
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var stderr bytes.Buffer
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, &stderr)
	}()
	t.Cleanup(cancel)
	base := "http://" + addr
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve never became ready: %v\n%s", err, stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}

	// A signed Slack slash command gets the Block Kit briefing.
	body := url.Values{"command": {"/relations"}, "text": {"japan korea"}, "team_id": {"T1"},
		"channel_id": {"C1"}, "user_id": {"U1"}, "response_url": {"http://127.0.0.1:1/unused"}}.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, base+"/slack/commands", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", slack.Sign("e2e-secret", ts, []byte(body)))
	status, out := do(t, req)
	if status != http.StatusOK || !strings.Contains(out, `"blocks"`) || !strings.Contains(out, "Japan ↔ South Korea") {
		t.Errorf("signed slash command = %d %.200s", status, out)
	}
	// The same request with a forged signature is refused.
	req, _ = http.NewRequest(http.MethodPost, base+"/slack/commands", strings.NewReader(body))
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", slack.Sign("wrong", ts, []byte(body)))
	if status, _ := do(t, req); status != http.StatusUnauthorized {
		t.Errorf("forged slash command = %d; want 401", status)
	}

	// A signed Discord PING gets PONG.
	ping := []byte(`{"type":1,"id":"1","application_id":"2","token":"t","version":1}`)
	req, _ = http.NewRequest(http.MethodPost, base+"/discord/interactions", bytes.NewReader(ping))
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), ping...))))
	if status, out := do(t, req); status != http.StatusOK || !strings.Contains(out, `"type":1`) {
		t.Errorf("signed PING = %d %s", status, out)
	}

	// A made-up command is counted under "unknown", a real one under its name.
	body = url.Values{"command": {"/briefbot"}, "text": {"zzmadeup japan"}, "team_id": {"T1"},
		"channel_id": {"C1"}, "user_id": {"U1"}, "response_url": {"http://127.0.0.1:1/unused"}}.Encode()
	req, _ = http.NewRequest(http.MethodPost, base+"/slack/commands", strings.NewReader(body))
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", slack.Sign("e2e-secret", ts, []byte(body)))
	if status, _ := do(t, req); status != http.StatusOK {
		t.Errorf("signed unknown command = %d", status)
	}
	status, out = do(t, mustGet(t, base+"/metrics"))
	if status != http.StatusOK || !strings.Contains(out, "briefbot_digest_editions_total") {
		t.Errorf("/metrics = %d, lacks digest series", status)
	}
	for _, want := range []string{`command="relations"`, `command="unknown"`} {
		if !strings.Contains(out, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(out, "zzmadeup") {
		t.Error("/metrics has a command name a user made up")
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
	if strings.Contains(stderr.String(), "e2e-secret") {
		t.Error("the signing secret appears in the log")
	}
}

func mustGet(t *testing.T, u string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

func do(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(fmt.Errorf("%s %s: %w", req.Method, req.URL, err))
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestServeFailsOnABusyPortBeforeAnyURL: an address in use is an error before the log names a
// playground URL that would not work; half-configured platforms are warned about first.
func TestServeFailsOnABusyPortBeforeAnyURL(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	env := map[string]string{
		"BRIEFBOT_ADDR":         ln.Addr().String(),
		"BRIEFBOT_DATABASE_URL": filepath.Join(t.TempDir(), "briefbot.db"),
		"SLACK_BOT_TOKEN":       "xoxb-half",
		"BRIEFBOT_PLAYGROUND":   "on",
	}
	t.Chdir(t.TempDir())
	var stderr bytes.Buffer
	err = run(context.Background(), []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, &stderr)
	if err == nil || !strings.Contains(err.Error(), "address already in use") {
		t.Errorf("serve on a busy port = %v; want an address-in-use error", err)
	}
	log := stderr.String()
	if strings.Contains(log, "http://") {
		t.Errorf("the log names a URL though the port is busy:\n%s", log)
	}
	if !strings.Contains(log, "Slack is off: SLACK_BOT_TOKEN is set") {
		t.Errorf("no warning for SLACK_BOT_TOKEN without a signing secret or app token:\n%s", log)
	}
	if strings.Contains(log, "xoxb-half") {
		t.Error("the log shows the bot token")
	}
}

// TestServeOnPostgres starts serve on the PostgreSQL test server (BRIEFBOT_TEST_POSTGRES_URL),
// as replicas run it: the schema is made on start and /readyz checks the database.
func TestServeOnPostgres(t *testing.T) {
	dbURL := pgSchema(t)
	addr := freeAddr(t)
	env := map[string]string{"BRIEFBOT_ADDR": addr, "BRIEFBOT_DATABASE_URL": dbURL, "BRIEFBOT_LOG_LEVEL": "warn",
		"SLACK_SIGNING_SECRET": "pg-secret"}
	t.Chdir(t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var stderr bytes.Buffer
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, &stderr)
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve on PostgreSQL returned %v", err)
		}
	}()
	deadline := time.Now().Add(15 * time.Second)
	for {
		status, body := 0, ""
		if resp, err := http.Get("http://" + addr + "/readyz"); err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			status, body = resp.StatusCode, string(b)
		}
		if status == http.StatusOK && strings.Contains(body, `"database":"ok"`) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve on PostgreSQL never became ready (%d %s):\n%s", status, body, stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

var pgSkipped atomic.Int32

// pgSchema is a private schema on the PostgreSQL test server, or a skip (counted, for the
// note TestMain leaves) when none is named.
func pgSchema(t *testing.T) string {
	t.Helper()
	if os.Getenv(pgtest.EnvVar) == "" {
		pgSkipped.Add(1)
	}
	return pgtest.Schema(t)
}

func TestMain(m *testing.M) {
	code := m.Run()
	if n := pgSkipped.Load(); n > 0 && !testing.Verbose() {
		tellTerminal(fmt.Sprintf("cmd/briefbot: %d PostgreSQL tests skipped (so were bot/store's and bot/digest's): %s is unset. "+
			"Start a test server with `eval \"$(bash .ci/postgres.sh)\"` (as root), then `go test ./...`.", n, pgtest.EnvVar))
	}
	os.Exit(code)
}

// tellTerminal writes a note to the terminal go test runs in: go test shows a passing
// package's output only with -v, so a skip would otherwise pass unseen.
func tellTerminal(note string) {
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	defer tty.Close()
	fmt.Fprintln(tty, note)
}

// TestServeSaysItListensOnLoopback: with the playground on by default and no address given,
// serve listens on loopback only, and the log says so and why.
func TestServeSaysItListensOnLoopback(t *testing.T) {
	env := map[string]string{"BRIEFBOT_DATABASE_URL": filepath.Join(t.TempDir(), "briefbot.db")}
	t.Chdir(t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, &stderr)
	}()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(stderr.String(), "http_listening") && !strings.Contains(stderr.String(), "address already in use") {
		if time.Now().After(deadline) {
			t.Fatalf("serve never listened:\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	err := <-done
	log := stderr.String()
	if strings.Contains(log, "address already in use") {
		t.Skipf("127.0.0.1:8080 is in use here: %v", err)
	}
	for _, want := range []string{"msg=listening addr=127.0.0.1:8080", "loopback only, because the playground is on by default", "url=http://127.0.0.1:8080/"} {
		if !strings.Contains(log, want) {
			t.Errorf("the log lacks %q:\n%s", want, log)
		}
	}
}

// syncBuffer is a bytes.Buffer a test may read while serve writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
