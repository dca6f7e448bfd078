package discord

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/internal/retry"
	"github.com/briefbot/briefbot/commands"
)

// gatewayConn is the slice of discordgo's Session the gateway runner calls.
type gatewayConn interface {
	Open() error
	Close() error
	AddHandler(handler any) func()
}

// Gateway keeps briefbot connected to Discord's gateway (bot.Runner): it answers interactions
// delivered there (when the application has no interactions endpoint URL), direct messages
// to the bot, which are read as questions, and mentions of it in servers, answered in a
// thread (see threads.go). It reconnects on its own, with backoff, and stops
// cleanly when its context ends.
type Gateway struct {
	logger  *slog.Logger
	adapter *Adapter
	conn    gatewayConn
	// client posts interaction callbacks. They bypass discordgo's rate limiter on purpose: it
	// keeps a bucket per URL forever, and each callback URL is unique, so every interaction
	// would leak one; callbacks are exempt from the global limit anyway.
	client *http.Client
	poster *Poster

	mu     sync.Mutex
	selfID string // the bot's own user id, from READY

	// policy spaces reconnects: jittered, doubling from gatewayMinBackoff to
	// gatewayMaxBackoff, started over after a connection that lasted gatewayStable.
	policy retry.Policy
}

var _ bot.Runner = (*Gateway)(nil)

// Reconnect backoff: discordgo's own doubles from 1 s to 10 min; a bot answering people
// should not wait ten minutes, and Discord allows 1000 identifies a day.
const (
	gatewayMinBackoff = time.Second
	gatewayMaxBackoff = 2 * time.Minute
	gatewayStable     = time.Minute
	// callbackDeadline: Discord invalidates an interaction not answered within 3 s.
	callbackDeadline = 3 * time.Second
	// dmDeadline bounds answering one message (a DM, a mention), rate limits included.
	dmDeadline = 30 * time.Second
)

// NewGateway makes the gateway runner over a session from NewSession. DM answers are sent by
// poster (bounded rate-limit waits, retries); nil makes one over the session.
func NewGateway(logger *slog.Logger, a *Adapter, s *discordgo.Session, poster *Poster) *Gateway {
	if poster == nil {
		poster = NewPoster(logger, s, PosterOptions{MaxWait: dmDeadline})
	}
	return newGateway(logger, a, s, s.Client, poster)
}

func newGateway(logger *slog.Logger, a *Adapter, conn gatewayConn, client *http.Client, poster *Poster) *Gateway {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if client == nil {
		client = &http.Client{Timeout: restTimeout}
	}
	g := &Gateway{logger: logger, adapter: a, conn: conn, client: client, poster: poster,
		policy: retry.Policy{First: gatewayMinBackoff, Max: gatewayMaxBackoff, Jitter: 0.5, ResetAfter: gatewayStable}}
	g.policy.OnRetry = func(ctx context.Context, _ int, wait time.Duration, err error) {
		if errors.Is(err, errDisconnected) {
			g.logger.WarnContext(ctx, "discord_gateway_disconnected", "retry_in_ms", wait.Milliseconds())
			return
		}
		g.logger.WarnContext(ctx, "discord_gateway_connect_failed", "err", err, "retry_in_ms", wait.Milliseconds())
	}
	return g
}

// Name is the runner's name in logs.
func (g *Gateway) Name() string { return "discord-gateway" }

// Run connects and stays connected until ctx ends; then it closes the connection and returns
// nil. It returns an error only for failures reconnecting cannot fix (a rejected token,
// intents the application may not use).
func (g *Gateway) Run(ctx context.Context) error {
	disconnected := make(chan struct{}, 1)
	removers := []func(){
		g.conn.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { g.onReady(r) }),
		g.conn.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { g.onMessage(ctx, m) }),
		g.conn.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { g.onInteraction(ctx, i) }),
		g.conn.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
			select {
			case disconnected <- struct{}{}:
			default:
			}
		}),
	}
	defer func() {
		for _, remove := range removers {
			remove()
		}
	}()

	err := retry.Do(ctx, g.policy, func(ctx context.Context) error { return g.connection(ctx, disconnected) },
		func(err error) (time.Duration, bool) { return 0, !fatalClose(err) })
	if err == nil || ctx.Err() != nil {
		return nil
	}
	return fmt.Errorf("discord gateway: %w", err)
}

// errDisconnected ends a connection that dropped; Run reconnects.
var errDisconnected = errors.New("discord gateway disconnected")

// connection connects and holds the connection until it drops (errDisconnected) or ctx ends
// (nil, once it is closed).
func (g *Gateway) connection(ctx context.Context, disconnected <-chan struct{}) error {
	stopped, err := g.open(ctx)
	if stopped {
		return nil
	}
	// ErrWSAlreadyOpen: a late Disconnect from an earlier connection woke us; the current
	// one is fine.
	if err != nil && !errors.Is(err, discordgo.ErrWSAlreadyOpen) {
		return err
	}
	g.logger.InfoContext(ctx, "discord_gateway_connected")
	select {
	case <-ctx.Done():
		if err := g.conn.Close(); err != nil {
			g.logger.WarnContext(ctx, "discord_gateway_close_failed", "err", err)
		}
		return nil
	case <-disconnected:
		return errDisconnected
	}
}

// open connects, unless ctx ends first. discordgo's Open takes no context and can block for
// long on a dead network; shutdown does not wait for it: a connection that opens after all is
// closed straight away.
func (g *Gateway) open(ctx context.Context) (stopped bool, err error) {
	opened := make(chan error, 1)
	go func() { opened <- g.conn.Open() }()
	select {
	case err := <-opened:
		return false, err
	case <-ctx.Done():
		go func() {
			if <-opened == nil {
				_ = g.conn.Close()
			}
		}()
		return true, nil
	}
}

// fatalClose reports gateway close codes that reconnecting cannot fix.
func fatalClose(err error) bool {
	ce, ok := errors.AsType[*websocket.CloseError](err)
	if !ok {
		return false
	}
	switch ce.Code {
	case 4004, // authentication failed
		4010, 4011, // invalid shard, sharding required
		4012,       // invalid API version
		4013, 4014: // invalid intents, disallowed intents
		return true
	}
	return false
}

func (g *Gateway) onReady(r *discordgo.Ready) {
	if r == nil || r.User == nil {
		return
	}
	g.mu.Lock()
	g.selfID = r.User.ID
	g.mu.Unlock()
}

func (g *Gateway) self() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.selfID
}

// onInteraction answers a gateway interaction through the same respond as HTTP, then posts
// the response to the interaction's callback URL.
func (g *Gateway) onInteraction(ctx context.Context, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, callbackDeadline)
	defer cancel()
	var buf bytes.Buffer
	body, err := g.adapter.respondJSON(ctx, fromSession(ic.Interaction), &buf)
	if err != nil {
		g.logger.DebugContext(ctx, "discord_interaction_ignored", "type", int(ic.Type), "err", err)
		return
	}
	if err := g.callback(ctx, ic.ID, ic.Token, body); err != nil {
		g.logger.WarnContext(ctx, "discord_interaction_callback_failed", "interaction_id", ic.ID, "err", err)
	}
}

// callback posts an interaction response. The URL is discordgo's, so the session client's
// API URL override applies.
func (g *Gateway) callback(ctx context.Context, id, token string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, discordgo.EndpointInteractionResponse(id, token), bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("interaction callback: %w", stripURL(err))
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := g.client.Do(req)
	if err != nil {
		// The URL holds the interaction token; url.Error would print it.
		return fmt.Errorf("interaction callback: %w", stripURL(err))
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 4<<10))
	if res.StatusCode/100 != 2 {
		return fmt.Errorf("interaction callback: status %s", res.Status)
	}
	return nil
}

// stripURL drops the URL from a *url.Error, keeping the operation and the cause.
func stripURL(err error) error {
	if ue, ok := errors.AsType[*url.Error](err); ok {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}

// onMessage answers a direct message to the bot as a question (or a slash command typed as
// text), in the DM's conversation, and a server message addressed to the bot, in a thread
// (answerMention). Messages from bots (the bot itself included), webhooks and the system are
// ignored.
func (g *Gateway) onMessage(ctx context.Context, m *discordgo.MessageCreate) {
	if m == nil || m.Message == nil || m.Author == nil {
		return
	}
	self := g.self()
	switch {
	case m.Author.Bot, m.Author.System, m.WebhookID != "", self != "" && m.Author.ID == self:
		return
	case m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply:
		return
	}
	ctx, cancel := context.WithTimeout(ctx, dmDeadline)
	defer cancel()
	if m.GuildID != "" {
		g.answerMention(ctx, m, self)
		return
	}
	text := stripMention(m.Content, self)
	if text == "" {
		return
	}
	g.reply(ctx, commands.Request{Text: text, Platform: Platform, Channel: m.ChannelID, User: m.Author.ID,
		Conversation: m.ChannelID}, "")
}

// stripMention removes a leading mention of the bot ("<@123> what is…", "<@!123> …").
func stripMention(text, self string) string {
	text = strings.TrimSpace(text)
	if self == "" {
		return text
	}
	for _, m := range []string{"<@" + self + ">", "<@!" + self + ">"} {
		if rest, ok := strings.CutPrefix(text, m); ok {
			return strings.TrimSpace(rest)
		}
	}
	return text
}
