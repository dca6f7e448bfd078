// Package bot is briefbot's runtime: the Bot that turns a platform-neutral request into a
// reply (with logs and metrics), the HTTP server and its routes, health and metrics, and the
// background connections adapters keep open. It knows the commands package, not the inside
// of the fact store, and no platform SDK: adapters are handed in already built.
package bot

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/briefbot/briefbot/commands"
)

// Dispatcher is what the Bot needs of the command layer.
type Dispatcher interface {
	Handle(ctx context.Context, req commands.Request) commands.Reply
}

// cacheable is implemented by dispatchers that can tell which replies depend on the request
// text alone (*commands.Dispatcher: the read-only commands).
type cacheable interface {
	Cacheable(req commands.Request) bool
}

// replyCacheSize bounds the replies kept for reuse (a briefing is a few KB).
const replyCacheSize = 4096

// Bot answers requests from every platform through one dispatcher, and records what it did.
type Bot struct {
	logger  *slog.Logger
	d       Dispatcher
	metrics *Metrics
	now     func() time.Time
	cache   *replyCache // nil when the dispatcher cannot tell what may be reused
}

// New makes a Bot. A nil logger discards; a nil metrics records nothing; a nil clock is
// time.Now.
func New(logger *slog.Logger, d Dispatcher, metrics *Metrics, now func() time.Time) *Bot {
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if now == nil {
		now = time.Now
	}
	b := &Bot{logger: logger, d: d, metrics: metrics, now: now}
	if c, ok := d.(cacheable); ok {
		b.cache = &replyCache{c: c, m: map[string]commands.Reply{}, max: replyCacheSize}
	}
	return b
}

// Handle answers one request. It never logs what the user wrote, only what kind of answer it
// was and how long it took.
func (b *Bot) Handle(ctx context.Context, req commands.Request) commands.Reply {
	start := b.now()
	reply, cached := b.cache.get(req)
	if !cached {
		reply = b.cache.put(req, b.d.Handle(ctx, req))
	}
	elapsed := b.now().Sub(start)
	b.metrics.observeReply(req.Platform, reply, elapsed)
	b.logger.DebugContext(ctx, "request_answered",
		"platform", req.Platform, "command", reply.Command, "found", reply.Found,
		"code", string(reply.Code), "cached", cached, "duration_us", elapsed.Microseconds())
	return reply
}

// replyCache keeps the replies to read-only requests by their text, so a repeated briefing
// (the common case in a team channel) is not composed again. Replies are shared between
// callers: nothing may modify a reply it is handed (renderers only read them).
type replyCache struct {
	c   cacheable
	mu  sync.RWMutex
	m   map[string]commands.Reply
	max int
}

func (rc *replyCache) get(req commands.Request) (commands.Reply, bool) {
	if rc == nil {
		return commands.Reply{}, false
	}
	rc.mu.RLock()
	r, ok := rc.m[req.Text]
	rc.mu.RUnlock()
	return r, ok
}

// put stores r for req if it may be reused, and returns the reply to hand out: the one
// already stored when another request composed it first. Requests racing on a cold key thus
// all get one reply object, which lets adapters recognise it and reuse its rendering.
func (rc *replyCache) put(req commands.Request, r commands.Reply) commands.Reply {
	if rc == nil || r.Code == commands.CodeInternal || !rc.c.Cacheable(req) {
		return r
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if stored, ok := rc.m[req.Text]; ok {
		return stored
	}
	if len(rc.m) >= rc.max {
		for k := range rc.m { // evict an arbitrary entry
			delete(rc.m, k)
			break
		}
	}
	rc.m[req.Text] = r
	return r
}

// ObserveCached records an answer an adapter served from its own cache of rendered replies
// (discord.CacheObserver), so metrics count every answer.
func (b *Bot) ObserveCached(ctx context.Context, req commands.Request, reply commands.Reply) {
	b.metrics.observeReply(req.Platform, reply, 0)
	b.logger.DebugContext(ctx, "request_answered", "platform", req.Platform, "command", reply.Command,
		"found", reply.Found, "code", string(reply.Code), "cached", true)
}
