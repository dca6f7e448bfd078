package bot

import (
	"context"
	"encoding/json"
	"net/http"
	"sort"
	"time"
)

// routes is the whole HTTP surface: every route and its middleware, in one place. Every
// route is counted in the metrics under its pattern.
func (s *Server) routes(adapters []Adapter) http.Handler {
	mux := http.NewServeMux()
	handle := func(pattern string, h http.Handler) {
		mux.Handle(pattern, s.observe(pattern, h))
	}

	// The adapters' own routes: Slack's /slack/…, Discord's /discord/interactions, the
	// playground's pages. The mux ignores the order; a pattern two adapters claim panics.
	served := map[string]bool{}
	for _, a := range adapters {
		for pattern, h := range a.Routes {
			handle(pattern, h)
			served[pattern] = true
		}
	}
	// A chat platform's endpoint that no adapter serves says what to set, rather than 404:
	// the platform's app may point at it already.
	for _, e := range []struct{ pattern, missing string }{
		{"POST /slack/commands", slackMissing},
		{"POST /slack/events", slackMissing},
		{"POST /slack/interactions", slackMissing},
		{"POST /discord/interactions", "Discord HTTP interactions are not configured on this briefbot: set DISCORD_PUBLIC_KEY."},
	} {
		if !served[e.pattern] {
			handle(e.pattern, notConfigured(e.missing))
		}
	}

	handle("GET /healthz", http.HandlerFunc(handleHealthz))
	handle("GET /readyz", s.handleReadyz())
	if s.metrics != nil {
		handle("GET /metrics", s.metrics.Handler())
	}
	return mux
}

const slackMissing = "Slack is not configured on this briefbot: set SLACK_SIGNING_SECRET (and SLACK_BOT_TOKEN)."

func notConfigured(msg string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, msg, http.StatusServiceUnavailable)
	})
}

// handleHealthz says the process is alive.
func handleHealthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ok\n"))
}

// handleReadyz runs every readiness check and answers 200 only when all pass, with a JSON
// body naming each check's state. /readyz is public, and a failed check's error can name the
// database's user, host and port: the body says only "NAME unreachable", the log says why.
func (s *Server) handleReadyz() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		names := make([]string, 0, len(s.ready))
		for n := range s.ready {
			names = append(names, n)
		}
		sort.Strings(names)
		status := http.StatusOK
		body := map[string]string{}
		if s.draining.Load() {
			status, body["server"] = http.StatusServiceUnavailable, "stopping"
		}
		for _, n := range names {
			if err := s.ready[n](ctx); err != nil {
				status = http.StatusServiceUnavailable
				body[n] = n + " unreachable"
				s.logger.WarnContext(ctx, "readiness_check_failed", "check", n, "err", err)
				continue
			}
			body[n] = "ok"
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(body)
	})
}

// observe counts requests by route pattern and status.
func (s *Server) observe(route string, h http.Handler) http.Handler {
	if s.metrics == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		s.metrics.observeRequest(route, sw.status)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wroteHeader {
		w.status, w.wroteHeader = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
