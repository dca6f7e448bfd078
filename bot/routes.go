package bot

import (
	"context"
	"encoding/json"
	"net/http"
	"sort"
	"time"
)

// routes is the whole HTTP surface: every route and its middleware, in one place.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	handle := func(pattern string, h http.Handler) {
		mux.Handle(pattern, s.observe(pattern, h))
	}

	handle("POST /slack/commands", s.slackRoute(func(e SlackEndpoints) http.Handler { return e.Commands() }))
	handle("POST /slack/events", s.slackRoute(func(e SlackEndpoints) http.Handler { return e.Events() }))
	handle("POST /slack/interactions", s.slackRoute(func(e SlackEndpoints) http.Handler { return e.Interactions() }))
	handle("POST /discord/interactions", s.discordRoute())

	handle("GET /healthz", http.HandlerFunc(handleHealthz))
	handle("GET /readyz", s.handleReadyz())
	if s.metrics != nil {
		handle("GET /metrics", s.metrics.Handler())
	}
	for pattern, h := range s.extra {
		handle(pattern, h)
	}
	return mux
}

// slackRoute serves a Slack endpoint, or 503 with a clear body when Slack is not configured.
func (s *Server) slackRoute(pick func(SlackEndpoints) http.Handler) http.Handler {
	if s.slack == nil {
		return notConfigured("Slack is not configured on this briefbot: set SLACK_SIGNING_SECRET (and SLACK_BOT_TOKEN).")
	}
	return pick(s.slack)
}

func (s *Server) discordRoute() http.Handler {
	if s.discord == nil {
		return notConfigured("Discord HTTP interactions are not configured on this briefbot: set DISCORD_PUBLIC_KEY.")
	}
	return s.discord.Interactions()
}

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
