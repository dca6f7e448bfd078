// Package bot is briefbot's runtime: the Bot that turns a platform-neutral request into a
// reply (with logs and metrics), the HTTP server and its routes, health and metrics, and the
// background connections adapters keep open. It knows the commands package, not the inside
// of the fact store, and no platform SDK: adapters are handed in already built.
package bot

import (
	"container/list"
	"context"
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

// replyCacheSize bounds the replies kept for reuse: a briefing is a few KB, so a few MB.
const replyCacheSize = 1024

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
		logger = slog.New(slog.DiscardHandler)
	}
	if now == nil {
		now = time.Now
	}
	b := &Bot{logger: logger, d: d, metrics: metrics, now: now}
	if c, ok := d.(cacheable); ok {
		b.cache = newReplyCache(c, replyCacheSize)
	}
	return b
}

// Handle answers one request. It never logs what the user wrote, only what kind of answer it
// was and how long it took; a reply from the cache is timed like any other.
func (b *Bot) Handle(ctx context.Context, req commands.Request) commands.Reply {
	start := b.now()
	reply, cached := b.cache.get(req.Text)
	if !cached {
		reply = b.d.Handle(ctx, req)
		b.cache.put(req, reply)
	}
	elapsed := b.now().Sub(start)
	b.metrics.observeReply(req.Platform, reply, elapsed)
	b.logger.DebugContext(ctx, "request_answered",
		"platform", req.Platform, "command", b.commandLabel(reply.Command), "found", reply.Found,
		"code", string(reply.Code), "cached", cached, "duration_us", elapsed.Microseconds())
	return reply
}

// commandLabel is the command's name when it is a registered one, else UnknownCommand: a
// name a user typed is their text, and the log never holds that.
func (b *Bot) commandLabel(name string) string {
	if b.metrics == nil {
		return UnknownCommand
	}
	return b.metrics.commandLabel(name)
}

// replyCache keeps the replies to read-only requests by their text, the least recently used
// dropped first beyond max: a briefing asked again (the common case in a team channel) is
// not composed again, and what users type cannot grow it. The reply does not depend on the
// platform, so platforms share entries. Replies are shared between callers: nothing may
// modify a reply it is handed (renderers only read them).
type replyCache struct {
	c     cacheable
	max   int
	mu    sync.Mutex
	order *list.List // of *cacheEntry, most recently used first
	byKey map[string]*list.Element
}

type cacheEntry struct {
	key   string
	reply commands.Reply
}

func newReplyCache(c cacheable, max int) *replyCache {
	return &replyCache{c: c, max: max, order: list.New(), byKey: make(map[string]*list.Element, max)}
}

// get is safe on a nil cache (none): it finds nothing.
func (rc *replyCache) get(key string) (commands.Reply, bool) {
	if rc == nil {
		return commands.Reply{}, false
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	e, ok := rc.byKey[key]
	if !ok {
		return commands.Reply{}, false
	}
	rc.order.MoveToFront(e)
	return e.Value.(*cacheEntry).reply, true
}

// put keeps r for req's text if it may be reused: a read-only command's answer, and not an
// apology for an internal error.
func (rc *replyCache) put(req commands.Request, r commands.Reply) {
	if rc == nil || r.Code == commands.CodeInternal || !rc.c.Cacheable(req) {
		return
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if e, ok := rc.byKey[req.Text]; ok {
		rc.order.MoveToFront(e)
		return
	}
	rc.byKey[req.Text] = rc.order.PushFront(&cacheEntry{key: req.Text, reply: r})
	if rc.order.Len() > rc.max {
		oldest := rc.order.Back()
		rc.order.Remove(oldest)
		delete(rc.byKey, oldest.Value.(*cacheEntry).key)
	}
}
