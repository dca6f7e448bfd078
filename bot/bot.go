// Package bot is briefbot's runtime: the Bot that turns a platform-neutral request into a
// reply (with logs and metrics), the HTTP server and its routes, health and metrics, and the
// background connections adapters keep open. It knows the commands package, not the inside
// of the fact store, and no platform SDK: adapters are handed in already built.
package bot

import (
	"bytes"
	"container/list"
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/briefbot/briefbot/commands"
)

// cacheable is implemented by dispatchers that can tell which replies depend on the request
// text alone (*commands.Dispatcher: the read-only commands).
type cacheable interface {
	Cacheable(req commands.Request) bool
}

// answerCacheSize bounds the answers kept for reuse: an encoded briefing is a few KB (the
// reply it came from shares the fact store's data), so a few MB.
const answerCacheSize = 1024

// Bot answers requests from every platform through one dispatcher, and records what it did.
type Bot struct {
	logger  *slog.Logger
	d       commands.Answerer // the command layer: *commands.Dispatcher
	metrics *Metrics
	now     func() time.Time
	cache   *answerCache // nil when the dispatcher cannot tell what may be reused
	mem     *memory      // nil unless Remember was called: no conversations, no feedback
}

// New makes a Bot. A nil logger discards; a nil metrics records nothing; a nil clock is
// time.Now.
func New(logger *slog.Logger, d commands.Answerer, metrics *Metrics, now func() time.Time) *Bot {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if now == nil {
		now = time.Now
	}
	b := &Bot{logger: logger, d: d, metrics: metrics, now: now}
	if c, ok := d.(cacheable); ok {
		b.cache = newAnswerCache(c, answerCacheSize)
	}
	return b
}

// Handle answers one request. It never logs what the user wrote, only what kind of answer it
// was and how long it took.
func (b *Bot) Handle(ctx context.Context, req commands.Request) commands.Reply {
	start := b.now()
	b.previous(ctx, &req)
	reply := b.d.Handle(ctx, req)
	b.remember(ctx, req, &reply)
	b.record(ctx, req, reply, start, false)
	return reply
}

// HandleEncoded answers one request as Handle does and returns the reply as encode turns it
// into what the adapter sends (a Slack message, a Discord interaction response). Encoded
// answers to read-only commands are kept by platform and text, so a briefing asked again (the
// common case in a team channel) is neither composed nor rendered again: encode must depend
// on the reply, req.Text and the adapter's fixed settings alone. The bytes returned may be
// shared: callers only read them. A reuse is timed and counted like any other answer.
func (b *Bot) HandleEncoded(ctx context.Context, req commands.Request, encode func(commands.Reply) ([]byte, error)) ([]byte, error) {
	start := b.now()
	key := req.Platform + "\x00" + req.Text
	if req.Conversation == "" { // an answer in a conversation depends on what came before
		if e, ok := b.cache.get(key); ok {
			reply := e.reply
			b.remember(ctx, req, &reply)
			b.record(ctx, req, reply, start, true)
			return e.body, nil
		}
	}
	b.previous(ctx, &req)
	reply := b.d.Handle(ctx, req)
	b.remember(ctx, req, &reply)
	b.record(ctx, req, reply, start, false)
	body, err := encode(reply)
	if err != nil {
		return nil, err
	}
	if req.Conversation == "" {
		b.cache.put(req, key, reply, body)
	}
	return body, nil
}

// record logs and counts one answer, timed from start.
func (b *Bot) record(ctx context.Context, req commands.Request, reply commands.Reply, start time.Time, cached bool) {
	elapsed := b.now().Sub(start)
	b.metrics.observeReply(req.Platform, reply, elapsed)
	if !b.logger.Enabled(ctx, slog.LevelDebug) {
		return // spare every request the attributes' allocations
	}
	b.logger.DebugContext(ctx, "request_answered",
		"platform", req.Platform, "command", b.commandLabel(reply.Command), "found", reply.Found,
		"code", string(reply.Code), "cached", cached, "duration_us", elapsed.Microseconds())
}

// commandLabel is the command's name when it is a registered one, else UnknownCommand: a
// name a user typed is their text, and the log never holds that.
func (b *Bot) commandLabel(name string) string {
	if b.metrics == nil {
		return UnknownCommand
	}
	return b.metrics.commandLabel(name)
}

// answerCache keeps encoded answers to read-only requests, the least recently used dropped
// first beyond max, so what users type cannot grow it.
type answerCache struct {
	c     cacheable
	max   int
	mu    sync.Mutex
	order *list.List // of *cacheEntry, most recently used first
	byKey map[string]*list.Element
}

type cacheEntry struct {
	key   string
	reply commands.Reply // for metrics and logs when the answer is reused
	body  []byte         // never modified once stored
}

func newAnswerCache(c cacheable, max int) *answerCache {
	return &answerCache{c: c, max: max, order: list.New(), byKey: make(map[string]*list.Element, max)}
}

// get is safe on a nil cache (none): it finds nothing.
func (ac *answerCache) get(key string) (*cacheEntry, bool) {
	if ac == nil {
		return nil, false
	}
	ac.mu.Lock()
	defer ac.mu.Unlock()
	e, ok := ac.byKey[key]
	if !ok {
		return nil, false
	}
	ac.order.MoveToFront(e)
	return e.Value.(*cacheEntry), true
}

// put keeps a copy of body under key if req's answer may be reused: a read-only command's,
// and not an apology for an internal error.
func (ac *answerCache) put(req commands.Request, key string, r commands.Reply, body []byte) {
	if ac == nil || r.Code == commands.CodeInternal || !ac.c.Cacheable(req) {
		return
	}
	ac.mu.Lock()
	defer ac.mu.Unlock()
	if e, ok := ac.byKey[key]; ok {
		ac.order.MoveToFront(e)
		return
	}
	ac.byKey[key] = ac.order.PushFront(&cacheEntry{key: key, reply: r, body: bytes.Clone(body)})
	if ac.order.Len() > ac.max {
		oldest := ac.order.Back()
		ac.order.Remove(oldest)
		delete(ac.byKey, oldest.Value.(*cacheEntry).key)
	}
}
