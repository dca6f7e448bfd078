package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// Adapter is what one platform brings to the bot (Slack, Discord, the browser playground):
// its HTTP routes, its background connections and the poster its digests go through. Each is
// built on its own, and serve collects them; none changes another's.
type Adapter struct {
	// Platform is the id subscriptions and conversations are stored under ("slack").
	Platform string
	// Routes, pattern → handler, are served by the one HTTP server (routes.go).
	Routes map[string]http.Handler
	// Runners are the background connections the adapter keeps open while the bot runs.
	Runners []Runner
	// Poster delivers digests to the platform; nil when it cannot post.
	Poster Poster
}

// Runner is a background connection an adapter keeps open (Slack Socket Mode, the Discord
// gateway, the digest scheduler). Run returns when ctx is done, or with an error it could not
// recover from.
type Runner interface {
	Name() string
	Run(ctx context.Context) error
}

// ReadyCheck reports whether a dependency is ready to serve (the store loaded, the database
// reachable). It is called on every /readyz request.
type ReadyCheck func(ctx context.Context) error

// Server is briefbot's one HTTP server: the adapters' routes, health and metrics.
type Server struct {
	logger  *slog.Logger
	metrics *Metrics
	ready   map[string]ReadyCheck
	drain   time.Duration
	handler http.Handler

	draining atomic.Bool // set when a stop has begun: /readyz fails, connections close
}

// ServerOptions lists what a Server serves.
type ServerOptions struct {
	// Adapters whose routes the server serves. A chat platform's endpoint that no adapter
	// serves answers 503, saying what to configure.
	Adapters []Adapter
	// Ready checks, by name, behind /readyz.
	Ready map[string]ReadyCheck
	// Drain is how long Serve goes on answering after ctx is done, with /readyz failing and
	// keep-alive off, so that a load balancer sends new requests elsewhere before the
	// listener closes: without it, requests already on their way to a stopping replica fail.
	Drain time.Duration
}

// NewServer builds the server's handler. A nil logger discards; metrics may be nil. Two
// adapters that claim the same route are a wiring mistake: NewServer panics, as
// http.ServeMux does.
func NewServer(logger *slog.Logger, metrics *Metrics, opts ServerOptions) *Server {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{logger: logger, metrics: metrics, ready: opts.Ready, drain: opts.Drain}
	s.handler = s.routes(opts.Adapters)
	return s
}

// Handler is the server's whole HTTP surface, for tests and for embedding.
func (s *Server) Handler() http.Handler { return s.handler }

// Shutdown budget: requests in flight get this long to finish after a stop signal.
const shutdownGrace = 10 * time.Second

// Listen opens the server's TCP listener. Callers that print where the server is reached
// listen first, so an address already in use fails before any URL is printed.
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

// Serve serves on ln until ctx is done, then shuts down gracefully, letting requests in
// flight finish. It closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	s.logger.Info("http_listening", "addr", ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve http: %w", err)
	case <-ctx.Done():
	}
	if s.drain > 0 {
		s.draining.Store(true)
		srv.SetKeepAlivesEnabled(false)
		s.logger.Info("http_draining", "for", s.drain.String())
		select {
		case <-time.After(s.drain):
		case err := <-errc:
			return fmt.Errorf("serve http: %w", err)
		}
	}
	s.logger.Info("http_shutting_down")
	shutCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return fmt.Errorf("shut down http: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve http: %w", err)
	}
	return nil
}

// RunAll runs every runner until ctx is done. A runner that fails is logged and the others go
// on; RunAll returns when all have returned.
func RunAll(ctx context.Context, logger *slog.Logger, runners ...Runner) {
	var wg sync.WaitGroup
	for _, r := range runners {
		wg.Go(func() {
			logger.Info("runner_started", "runner", r.Name())
			if err := r.Run(ctx); err != nil && ctx.Err() == nil {
				logger.Error("runner_failed", "runner", r.Name(), "err", err)
				return
			}
			logger.Info("runner_stopped", "runner", r.Name())
		})
	}
	wg.Wait()
}
