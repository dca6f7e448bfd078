// Package slack is briefbot's Slack adapter. It verifies and decodes Slack's traffic (slash
// commands, Events API deliveries, button presses; over HTTP or Socket Mode), hands the core a
// platform-neutral request, renders the neutral reply as Block Kit, and posts messages with
// Slack's rate limits and errors mapped to what the runtime understands.
//
// HTTP and Socket Mode share one set of handlers: a transport only verifies, decodes,
// acknowledges and delivers.
package slack

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/commands"
)

// Answerer is what the adapter asks: commands.Answerer, under the name its tests use;
// *bot.Bot is the one the server uses.
type Answerer = commands.Answerer

// conversationAnswerer is an Answerer that keeps conversations and feedback (*bot.Bot, once
// Remember was called): it tells whether a thread is still live, so that a reply in it is
// answered without a mention, and records 👍/👎 votes. An Answerer without it gets neither:
// thread replies are left alone and the vote buttons are never shown (no AnswerID is set).
type conversationAnswerer interface {
	InConversation(ctx context.Context, req commands.Request) bool
	Vote(ctx context.Context, platform, user, answerID string, up bool) (thanks string, err error)
}

// encodingAnswerer is an Answerer that also encodes answers and keeps those it may reuse
// (*bot.Bot, see its HandleEncoded): a briefing asked again is neither composed nor rendered.
type encodingAnswerer interface {
	HandleEncoded(ctx context.Context, req commands.Request, encode func(commands.Reply) ([]byte, error)) ([]byte, error)
}

// webAPI is the part of slack-go's Web API client the adapter calls. *slackapi.Client
// implements it; tests point one at an httptest server or substitute a fake.
type webAPI interface {
	PostMessageContext(ctx context.Context, channelID string, options ...slackapi.MsgOption) (string, string, error)
	PostEphemeralContext(ctx context.Context, channelID, userID string, options ...slackapi.MsgOption) (string, error)
	OpenConversationContext(ctx context.Context, params *slackapi.OpenConversationParameters) (*slackapi.Channel, bool, bool, error)
	AuthTestContext(ctx context.Context) (*slackapi.AuthTestResponse, error)
	GetUserInfoContext(ctx context.Context, user string, options ...slackapi.GetUserInfoOption) (*slackapi.User, error)
	GetConversationHistoryContext(ctx context.Context, params *slackapi.GetConversationHistoryParameters) (*slackapi.GetConversationHistoryResponse, error)
}

// Options configure the adapter. SigningSecret enables the HTTP endpoints; BotToken lets the
// bot post (DM and mention replies, digests); AppToken (with BotToken) enables Socket Mode.
type Options struct {
	SigningSecret string
	BotToken      string
	AppToken      string
	// APIURL overrides Slack's Web API base URL (SLACK_API_URL), for tests and proxies.
	APIURL string
	// EphemeralBriefings shows slash-command briefings to the asker only; by default they go
	// to the channel. Help, usage and errors are always ephemeral.
	EphemeralBriefings bool
	// DigestAdmins may manage digests in any channel besides workspace admins and owners
	// (BRIEFBOT_DIGEST_ADMINS): Slack user ids, or TEAM:USER pairs.
	DigestAdmins []string
	// Now is the clock for signature windows and de-duplication; nil is time.Now.
	Now func() time.Time
	// HTTPClient makes the Web API and response_url calls; nil is a client with a timeout.
	HTTPClient *http.Client
}

// Timeouts of work done after Slack has its acknowledgement.
const (
	// slashDeadline bounds composing an inline slash-command reply, inside Slack's 3 s.
	slashDeadline = 2500 * time.Millisecond
	// backgroundTimeout bounds answering one event or button press, retries included.
	backgroundTimeout = 30 * time.Second
	// drainTimeout is how long shutdown waits for background answers to finish.
	drainTimeout = 10 * time.Second
	// dedupeTTL outlives Slack's last retry (about 5 min after the first delivery).
	dedupeTTL = 15 * time.Minute
	// dedupeMax bounds de-duplication memory; Slack caps an app at 30,000 events per
	// workspace per hour, so this holds well over the TTL for a few busy workspaces.
	dedupeMax = 100_000
)

// Adapter is the Slack adapter. It is safe for concurrent use.
type Adapter struct {
	logger    *slog.Logger
	answer    commands.Answerer
	encoded   encodingAnswerer     // answer, when it keeps encoded answers; else nil
	convo     conversationAnswerer // answer, when it keeps conversations; else nil
	api       webAPI               // nil without a bot token
	client    *slackapi.Client     // the same client, for Socket Mode; nil without a bot token
	appToken  string
	verify    *verifier // nil without a signing secret
	now       func() time.Time
	http      *http.Client
	ephemeral bool
	poster    *Poster // nil without a bot token

	events   *dedupe // event ids seen
	messages *dedupe // (channel, ts) of messages answered

	bg sync.WaitGroup // background answers in flight

	botMu   sync.Mutex
	botUser string // the bot's own user id, from auth.test

	bufs sync.Pool // of *buffers, for the hot path

	admins     map[string]bool // BRIEFBOT_DIGEST_ADMINS
	adminCache adminCache      // workspace admins and owners, from users.info
	// checkManageFn is a.checkManage, taken once: a method value taken per request would
	// cost an allocation each time.
	checkManageFn func(context.Context, commands.Request) bool
}

// New builds the adapter. A nil logger discards.
func New(logger *slog.Logger, answer commands.Answerer, o Options) (*Adapter, error) {
	if o.SigningSecret == "" && o.AppToken == "" {
		return nil, errors.New("slack: need a signing secret (HTTP endpoints) or an app-level token (Socket Mode)")
	}
	if o.AppToken != "" && o.BotToken == "" {
		return nil, errors.New("slack: Socket Mode needs a bot token as well as the app-level token")
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	}
	var client *slackapi.Client
	var api webAPI
	if o.BotToken != "" {
		opts := []slackapi.Option{slackapi.OptionHTTPClient(o.HTTPClient)}
		if o.APIURL != "" {
			// slack-go joins method names onto the base URL, which must end in a slash.
			opts = append(opts, slackapi.OptionAPIURL(strings.TrimSuffix(o.APIURL, "/")+"/"))
		}
		if o.AppToken != "" {
			opts = append(opts, slackapi.OptionAppLevelToken(o.AppToken))
		}
		client = slackapi.New(o.BotToken, opts...)
		api = client
	}
	if answer == nil {
		return nil, errors.New("slack: nil answerer")
	}
	a := newAdapter(logger, answer, api, o)
	a.client = client
	return a, nil
}

// newAdapter is the constructor tests use: it takes the Web API seam directly (nil means the
// bot cannot post).
func newAdapter(logger *slog.Logger, answer commands.Answerer, api webAPI, o Options) *Adapter {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	}
	a := &Adapter{
		logger:    logger,
		answer:    answer,
		api:       api,
		appToken:  o.AppToken,
		now:       o.Now,
		http:      o.HTTPClient,
		ephemeral: o.EphemeralBriefings,
		events:    newDedupe(dedupeTTL, dedupeMax),
		messages:  newDedupe(dedupeTTL, dedupeMax),
		admins:    map[string]bool{},
	}
	a.encoded, _ = answer.(encodingAnswerer)
	a.convo, _ = answer.(conversationAnswerer)
	a.checkManageFn = a.checkManage
	for _, id := range o.DigestAdmins {
		if id = strings.TrimSpace(id); id != "" {
			a.admins[id] = true
		}
	}
	if o.SigningSecret != "" {
		a.verify = newVerifier(o.SigningSecret, o.Now)
	}
	if api != nil {
		a.poster = newPoster(logger, api)
	}
	a.bufs.New = func() any { return new(buffers) }
	return a
}

// Poster returns the adapter's poster for digests, or an error when no bot token is set.
func (a *Adapter) Poster() (*Poster, error) {
	if a.poster == nil {
		return nil, errors.New("slack: posting needs SLACK_BOT_TOKEN")
	}
	return a.poster, nil
}

// Background returns a runner that, when its context ends, waits (for a bounded time) for
// answers still being composed or posted after their request was acknowledged, so a
// graceful shutdown does not drop them.
func (a *Adapter) Background() bot.Runner { return drainRunner{a} }

type drainRunner struct{ a *Adapter }

func (d drainRunner) Name() string { return "slack-replies" }

func (d drainRunner) Run(ctx context.Context) error {
	<-ctx.Done()
	d.a.drain(drainTimeout)
	return nil
}

// goBackground runs f after the acknowledgement, bounded by backgroundTimeout; a panic is
// logged, not fatal.
func (a *Adapter) goBackground(what string, f func(ctx context.Context)) {
	a.bg.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), backgroundTimeout)
		defer cancel()
		defer func() {
			if p := recover(); p != nil {
				a.logger.Error("slack_background_panic", "work", what, "panic", p)
			}
		}()
		f(ctx)
	})
}

// drain waits up to d for background work.
func (a *Adapter) drain(d time.Duration) bool {
	done := make(chan struct{})
	go func() {
		a.bg.Wait()
		close(done)
	}()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-done:
		return true
	case <-t.C:
		a.logger.Warn("slack_drain_timeout", "waited", d)
		return false
	}
}

// botUserID returns the bot's own user id (auth.test, once it succeeds), so that the bot's
// own messages are never answered and its mention is stripped. Failures are retried on the
// next call.
func (a *Adapter) botUserID(ctx context.Context) string {
	a.botMu.Lock()
	defer a.botMu.Unlock()
	if a.botUser != "" || a.api == nil {
		return a.botUser
	}
	res, err := a.api.AuthTestContext(ctx)
	if err != nil {
		a.logger.WarnContext(ctx, "slack_auth_test_failed", "err", err)
		return ""
	}
	a.botUser = res.UserID
	return a.botUser
}

// reply runs a request through the bot and renders the page asked for.
func (a *Adapter) reply(ctx context.Context, req commands.Request, page int, sources bool) Message {
	r := a.ask(ctx, req)
	origin, _ := r.Origin(req.Text)
	if sources {
		r = r.SourcesView()
	}
	return Render(r, RenderOptions{Origin: origin, Page: page, EphemeralBriefings: a.ephemeral, sources: sources})
}

// slashJSON answers a slash command with the encoded first page of its reply, rendered into
// bufs.out, or the bytes of an answer the Answerer kept. The result is read-only.
func (a *Adapter) slashJSON(ctx context.Context, req commands.Request, bufs *buffers) []byte {
	req.CheckManage = a.checkManageFn
	encode := func(r commands.Reply) ([]byte, error) {
		origin, _ := r.Origin(req.Text) // an explicit command is never a follow-up's view
		bufs.out = Render(r, RenderOptions{Origin: origin, EphemeralBriefings: a.ephemeral}).AppendJSON(bufs.out[:0])
		return bufs.out, nil
	}
	if a.encoded != nil {
		out, _ := a.encoded.HandleEncoded(ctx, req, encode) // encode never fails
		return out
	}
	out, _ := encode(a.answer.Handle(ctx, req))
	return out
}

// buffers are reused between hot-path requests: the body read and the JSON written.
type buffers struct {
	body []byte
	out  []byte
}

func (a *Adapter) getBuffers() *buffers { return a.bufs.Get().(*buffers) }

func (a *Adapter) putBuffers(b *buffers) {
	// Keep buffers of ordinary size; let an outsized one go to the collector.
	if cap(b.body) <= maxBodyBytes+1 && cap(b.out) <= 64<<10 {
		a.bufs.Put(b)
	}
}
