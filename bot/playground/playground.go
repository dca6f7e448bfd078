// Package playground is briefbot's local web surface: a page where anyone who has cloned the
// repository can talk to the bot with no Slack or Discord account, see each reply as both
// platforms would show it (drawn from the exact Block Kit and embed JSON the adapters send),
// receive digest editions live over Server-Sent Events, and browse the fact store with every
// quote highlighted in its source article.
//
// The page is plain server-rendered HTML (html/template) with a little JavaScript and CSS
// embedded in the binary: no build step, nothing fetched from elsewhere, so it works offline.
// The ask form is an ordinary form that works without JavaScript; with JavaScript the page
// asks in the background and appends the answer.
//
// Each browser session is a local channel: requests go through the same Bot as Slack and
// Discord, with the session's channel, and the session's user manages it, so /digest works.
// The Poster delivers the "local" platform's digest editions to the session they are for.
package playground

import (
	"context"
	"embed"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Answerer is what the playground needs of the bot: the same entry point every platform uses.
type Answerer interface {
	Handle(ctx context.Context, req commands.Request) commands.Reply
}

// Platform is the request platform the playground reports, for logs and metrics. Its digest
// subscriptions live on the store's "local" platform (anything that is not Slack or Discord).
const Platform = "playground"

// Options tune the playground. Zero values take the defaults.
type Options struct {
	// Now is the clock for message times (default time.Now).
	Now func() time.Time
	// MaxSessions bounds the browser sessions kept in memory (default 100); the least recently
	// used is forgotten first. Its digest subscriptions stay in the store.
	MaxSessions int
	// MaxHistory bounds the messages kept per session (default 60).
	MaxHistory int
	// Heartbeat is how often an idle event stream gets a comment line, so proxies and the
	// server's write timeout do not cut it (default 15s).
	Heartbeat time.Duration
}

func (o Options) withDefaults() Options {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MaxSessions <= 0 {
		o.MaxSessions = 100
	}
	if o.MaxHistory <= 0 {
		o.MaxHistory = 60
	}
	if o.Heartbeat <= 0 {
		o.Heartbeat = 15 * time.Second
	}
	return o
}

// Playground serves the page, the fact browser and the event streams, and posts local digests.
type Playground struct {
	logger   *slog.Logger
	answer   Answerer
	d        *commands.Dispatcher
	store    *briefs.Store
	opts     Options
	tmpl     *template.Template
	static   fs.FS
	sessions *sessions

	stopOnce sync.Once
	stop     chan struct{} // closed when the server stops: event streams end
}

// New makes the playground. answer is the bot (*bot.Bot) every request goes through; d is its
// dispatcher, for name completion and the command list, and its store is the one the fact
// browser reads — the playground is, with `briefbot facts list`, the one surface that reads
// the store directly. A nil logger discards.
func New(logger *slog.Logger, answer Answerer, d *commands.Dispatcher, opts Options) (*Playground, error) {
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	opts = opts.withDefaults()
	tmpl, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("static assets: %w", err)
	}
	p := &Playground{
		logger: logger, answer: answer, d: d, store: d.Store(), opts: opts,
		tmpl: tmpl, static: static, stop: make(chan struct{}),
		sessions: newSessions(opts.MaxSessions, opts.MaxHistory),
	}
	return p, nil
}

// Routes is the playground's HTTP surface, for bot.ServerOptions.Extra.
func (p *Playground) Routes() map[string]http.Handler {
	return map[string]http.Handler{
		"GET /{$}":         http.HandlerFunc(p.handlePage),
		"POST /ask":        http.HandlerFunc(p.handleAsk),
		"GET /complete":    http.HandlerFunc(p.handleComplete),
		"GET /events":      http.HandlerFunc(p.handleEvents),
		"GET /facts":       http.HandlerFunc(p.handleFacts),
		"GET /source/{id}": http.HandlerFunc(p.handleSource),
		"GET /static/":     p.handleStatic(),
		"GET /favicon.ico": http.HandlerFunc(handleFavicon),
		"POST /reset":      http.HandlerFunc(p.handleReset),
	}
}

// Poster delivers the local platform's digest editions to the browser sessions they are for.
func (p *Playground) Poster() bot.Poster { return poster{p} }

// Name names the playground among the server's background runners.
func (p *Playground) Name() string { return "playground" }

// Run waits until ctx is done, then ends every event stream. The HTTP server's graceful
// shutdown waits for requests in flight, and an event stream never finishes on its own, so
// without this a stop would hang until the shutdown budget ran out.
func (p *Playground) Run(ctx context.Context) error {
	select {
	case <-ctx.Done():
	case <-p.stop:
	}
	p.Close()
	return nil
}

// Close ends every event stream now.
func (p *Playground) Close() { p.stopOnce.Do(func() { close(p.stop) }) }

var _ bot.Runner = (*Playground)(nil)

func (p *Playground) handleStatic() http.Handler {
	files := http.StripPrefix("/static/", http.FileServerFS(p.static))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r) // files only, no listings
			return
		}
		// The assets are in the binary: they change only with it, and a short cache keeps a
		// rebuilt playground from serving a stale script.
		w.Header().Set("Cache-Control", "public, max-age=300")
		setSecurityHeaders(w)
		files.ServeHTTP(w, r)
	})
}

func handleFavicon(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// setSecurityHeaders forbids every script but the page's own file, so even text that slipped
// through escaping could not run, and keeps the page out of other sites' frames.
func setSecurityHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
}
