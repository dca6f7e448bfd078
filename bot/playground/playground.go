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
// Each browser session is a local channel and a conversation: requests go through the same Bot
// as Slack and Discord, with the session's channel, so a follow-up ("and china?", "more") is
// read against the session's last answer; the session's user manages the channel, so /digest
// works, and votes 👍/👎 on the answers it was given.
// The Poster delivers the "local" platform's digest editions to the session they are for.
package playground

import (
	"context"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Answerer is what the playground needs of the bot: the same entry point every platform uses,
// and the same feedback (*bot.Bot's Vote).
type Answerer interface {
	commands.Answerer
	Vote(ctx context.Context, platform, user, answerID string, up bool) (string, error)
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
	// SessionIdle is how long a session lives without a browser request or an open page
	// (default 1h); then it ends, and so do its channel's digests.
	SessionIdle time.Duration
	// SweepEvery is how often ended sessions' digests are deleted and idle sessions expired
	// (default 1m); an eviction or a reset asks for a sweep at once.
	SweepEvery time.Duration
	// MaxSubscriptions bounds the digest subscriptions of all playground sessions together
	// (default 100): a client that drops its cookie gets a new channel, so the per-channel
	// cap alone bounds nothing.
	MaxSubscriptions int
	// AllowedHosts are host names, besides loopback names and IP addresses, the playground
	// answers to (the public URL's host). Any other Host is refused: a DNS-rebinding page
	// would otherwise pass the same-origin check.
	AllowedHosts []string
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
	if o.SessionIdle <= 0 {
		o.SessionIdle = time.Hour
	}
	if o.SweepEvery <= 0 {
		o.SweepEvery = time.Minute
	}
	if o.MaxSubscriptions <= 0 {
		o.MaxSubscriptions = 100
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
	// boot names this process: a page made by an earlier one (the server restarted, message
	// ids started again at 1) reloads instead of taking new ids for ones it has seen.
	boot string

	// digests are the subscription store and the scheduler's change signal (AttachDigests).
	digests atomic.Pointer[digestLink]
	subMu   sync.Mutex    // one playground subscribe at a time: the global bound holds
	sweepMu sync.Mutex    // one sweep at a time
	kick    chan struct{} // asks Run for a sweep now

	stopOnce sync.Once
	stop     chan struct{} // closed when the server stops: event streams end
}

// New makes the playground. answer is the bot (*bot.Bot) every request goes through; d is its
// dispatcher, for name completion and the command list, and its store is the one the fact
// browser reads — the playground is, with `briefbot facts list`, the one surface that reads
// the store directly. A nil logger discards.
func New(logger *slog.Logger, answer Answerer, d *commands.Dispatcher, opts Options) (*Playground, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
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
		tmpl: tmpl, static: static, stop: make(chan struct{}), kick: make(chan struct{}, 1),
		sessions: newSessions(opts.MaxSessions, opts.MaxHistory), boot: newBootID(),
	}
	return p, nil
}

func newBootID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand)
	return hex.EncodeToString(b[:])
}

// Routes is the playground's HTTP surface, for bot.Adapter. Every route checks
// the Host header first (allowedHost).
func (p *Playground) Routes() map[string]http.Handler {
	routes := map[string]http.Handler{
		"GET /{$}":         http.HandlerFunc(p.handlePage),
		"POST /ask":        http.HandlerFunc(p.handleAsk),
		"GET /complete":    http.HandlerFunc(p.handleComplete),
		"GET /events":      http.HandlerFunc(p.handleEvents),
		"GET /facts":       http.HandlerFunc(p.handleFacts),
		"GET /source/{id}": http.HandlerFunc(p.handleSource),
		"GET /static/":     p.handleStatic(),
		"GET /favicon.ico": http.HandlerFunc(handleFavicon),
		"POST /reset":      http.HandlerFunc(p.handleReset),
		"POST /vote":       http.HandlerFunc(p.handleVote),
	}
	for pattern, h := range routes {
		routes[pattern] = p.checkHost(h)
	}
	return routes
}

// Poster delivers the local platform's digest editions to the browser sessions they are for.
func (p *Playground) Poster() bot.Poster { return poster{p} }

// Name names the playground among the server's background runners.
func (p *Playground) Name() string { return "playground" }

// Run keeps the sessions' digests in step with the sessions: it adopts the playground channels
// the store holds (a restart keeps a page's digests while the page comes back), then sweeps
// (sweep) every SweepEvery and whenever a session ends. When ctx is done it ends every event
// stream: the HTTP server's graceful shutdown waits for requests in flight, and an event
// stream never finishes on its own, so without this a stop would hang until the shutdown
// budget ran out.
func (p *Playground) Run(ctx context.Context) error {
	defer p.Close()
	p.adopt(ctx)
	tick := time.NewTicker(p.opts.SweepEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-p.stop:
			return nil
		case <-tick.C:
		case <-p.kick:
		}
		p.sweep(ctx)
	}
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
