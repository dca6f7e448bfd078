package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/commands"
)

// TestMetricsCommandLabelsAreAClosedSet: a made-up command name a user typed is counted as
// "unknown", so thousands of them add no series.
func TestMetricsCommandLabelsAreAClosedSet(t *testing.T) {
	m := NewMetrics("relations", "help")
	m.KnownCommands("digest")
	for i := range 1000 {
		m.observeReply("playground", commands.Reply{Command: fmt.Sprintf("zz%d", i), Code: commands.CodeInvalid}, 0)
	}
	for _, c := range []string{"relations", "help", "digest"} {
		m.observeReply("slack", commands.Reply{Command: c, Found: true}, 0)
	}
	body := scrape(t, m)
	for _, want := range []string{`command="unknown"`, `command="relations"`, `command="help"`, `command="digest"`} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(body, `command="zz`) {
		t.Error("/metrics has a label value a user typed")
	}
	if n := strings.Count(body, "briefbot_replies_total{"); n != 4 {
		t.Errorf("/metrics has %d reply series; want 4 (three commands and unknown)", n)
	}
}

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	b, _ := io.ReadAll(rec.Body)
	return string(b)
}

// TestReadyzHidesWhyInTheLog: a failed check's error (which can name the database's user, host
// and port) goes to the log; the public body says only that the check's dependency is
// unreachable.
func TestReadyzHidesWhyInTheLog(t *testing.T) {
	var log strings.Builder
	logger := slog.New(slog.NewTextHandler(&log, nil))
	secret := errors.New("failed to connect to `user=briefbot database=prod`: 10.0.0.5:5432")
	srv := NewServer(logger, nil, ServerOptions{Ready: map[string]ReadyCheck{
		"database": func(context.Context) error { return secret },
		"facts":    func(context.Context) error { return nil },
	}})
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("/readyz = %d; want 503", rec.Code)
	}
	if got, want := strings.TrimSpace(rec.Body.String()), `{"database":"database unreachable","facts":"ok"}`; got != want {
		t.Errorf("/readyz body = %s; want %s", got, want)
	}
	if !strings.Contains(log.String(), "10.0.0.5:5432") || !strings.Contains(log.String(), "check=database") {
		t.Errorf("log lacks the failure's details: %s", log.String())
	}
}

// TestServeDrains: after the stop, a draining server still answers for a while, with /readyz
// failing so a load balancer moves away, then closes.
func TestServeDrains(t *testing.T) {
	srv := NewServer(nil, nil, ServerOptions{Drain: 300 * time.Millisecond, Ready: map[string]ReadyCheck{}})
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/readyz"); code != http.StatusOK {
		t.Fatalf("/readyz before the stop = %d", code)
	}
	stopped := time.Now()
	cancel()
	time.Sleep(50 * time.Millisecond)
	if code, body := get("/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "stopping") {
		t.Errorf("/readyz while draining = %d %s; want 503 stopping", code, body)
	}
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz while draining = %d; want still served", code)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if d := time.Since(stopped); d < 300*time.Millisecond {
		t.Errorf("stopped after %s; want the drain of 300ms first", d)
	}
}
