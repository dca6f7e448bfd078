// Package bot is briefbot's runtime: the Bot that turns a platform-neutral request into a
// reply (with logs and metrics), the HTTP server and its routes, health and metrics, and the
// background connections adapters keep open. It knows the commands package, not the inside
// of the fact store, and no platform SDK: adapters are handed in already built.
package bot

import (
	"context"
	"io"
	"log/slog"
	"time"

	"github.com/briefbot/briefbot/commands"
)

// Dispatcher is what the Bot needs of the command layer.
type Dispatcher interface {
	Handle(ctx context.Context, req commands.Request) commands.Reply
}

// Bot answers requests from every platform through one dispatcher, and records what it did.
type Bot struct {
	logger  *slog.Logger
	d       Dispatcher
	metrics *Metrics
	now     func() time.Time
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
	return &Bot{logger: logger, d: d, metrics: metrics, now: now}
}

// Handle answers one request. It never logs what the user wrote, only what kind of answer it
// was and how long it took.
func (b *Bot) Handle(ctx context.Context, req commands.Request) commands.Reply {
	start := b.now()
	reply := b.d.Handle(ctx, req)
	elapsed := b.now().Sub(start)
	b.metrics.observeReply(req.Platform, reply, elapsed)
	b.logger.DebugContext(ctx, "request_answered",
		"platform", req.Platform, "command", reply.Command, "found", reply.Found,
		"code", string(reply.Code), "duration_us", elapsed.Microseconds())
	return reply
}
