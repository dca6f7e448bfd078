// Package discord is briefbot's Discord adapter. It verifies and decodes Discord traffic —
// HTTP interactions (Ed25519-signed), gateway interactions and direct messages — hands the core
// a platform-neutral commands.Request, and renders the commands.Reply it gets back as embeds
// within Discord's limits. It also registers the application commands and posts digests.
//
// Both transports share one code path: an interaction decoded from an HTTP body or received
// over the gateway becomes the same internal interaction, answered by respondJSON.
//
// discordgo fixes its endpoint URLs when its package loads, so the API base URL override
// (DISCORD_API_URL) is applied by the session's http.Client (see NewSession), not by the URLs.
package discord

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/briefbot/briefbot/commands"
)

// Platform is the name requests from Discord carry, for logs and metrics.
const Platform = "discord"

// Answerer answers a platform-neutral request and keeps its conversations and feedback;
// *bot.Bot is one.
type Answerer interface {
	commands.Answerer
	// InConversation reports whether req continues a conversation the bot holds (its
	// Conversation was answered recently): a button pressed in a thread the bot answers in
	// belongs to that thread's conversation, and a mention there continues it in place.
	InConversation(ctx context.Context, req commands.Request) bool
	// Vote records a user's 👍 (up) or 👎 on an answer and says what to tell them.
	Vote(ctx context.Context, platform, user, answerID string, up bool) (thanks string, err error)
}

// encodingAnswerer is an Answerer that also encodes answers and keeps those it may reuse
// (*bot.Bot, see its HandleEncoded): a briefing asked again is neither composed nor rendered.
type encodingAnswerer interface {
	HandleEncoded(ctx context.Context, req commands.Request, encode func(commands.Reply) ([]byte, error)) ([]byte, error)
}

// Completer offers names for a partly typed one, best first; *commands.Resolver is one.
type Completer interface {
	Complete(prefix string, limit int, kinds ...string) []commands.Match
}

// Defaults for Options.
const (
	// DefaultWindow is how far an interaction's signed timestamp may be from now. Discord
	// signs the timestamp but discordgo's VerifyInteraction never checks its age, so without
	// a window a captured request could be replayed forever.
	DefaultWindow = 5 * time.Minute
	// DefaultMaxBody caps an interaction body. Ours are a few hundred bytes; a button press
	// carries the message it was on (embeds ≤ 6000 characters), still well under this.
	DefaultMaxBody = 64 << 10
)

// Options configures an Adapter. The zero value of each field picks its default.
type Options struct {
	// PublicKey is the application's Ed25519 public key (DISCORD_PUBLIC_KEY). Without it, or
	// with a key of the wrong length, the HTTP interactions endpoint rejects every request.
	PublicKey ed25519.PublicKey
	// Now is the clock the timestamp window is checked against (default time.Now).
	Now func() time.Time
	// Window is how old (or how far in the future) a signed timestamp may be.
	Window time.Duration
	// MaxBody caps the bytes read from an HTTP interaction body; longer bodies get 413.
	MaxBody int64
	// Commands is the command surface as registered with Discord (see ApplicationCommands):
	// an interaction's options are read, and completed, by their command's arguments
	// (default commands.Builtins()). A command not in it is read generically.
	Commands []commands.Command
}

// Adapter answers Discord interactions, over HTTP (Interactions) or the gateway (Gateway).
// It is safe for concurrent use.
type Adapter struct {
	logger   *slog.Logger
	answer   Answerer
	encoded  encodingAnswerer // answer, when it keeps encoded answers; else nil
	complete Completer
	key      ed25519.PublicKey // nil without a valid key: every HTTP interaction is refused
	now      func() time.Time
	window   time.Duration
	maxBody  int64
	cmds     map[string]commands.Command // by name, see Options.Commands
	bufs     sync.Pool                   // *bytes.Buffer, see getBuf
}

// New makes an Adapter. A nil logger discards.
func New(logger *slog.Logger, answer Answerer, complete Completer, opts Options) *Adapter {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	a := &Adapter{logger: logger, answer: answer, complete: complete, now: opts.Now, window: opts.Window, maxBody: opts.MaxBody}
	a.encoded, _ = answer.(encodingAnswerer)
	if opts.Commands == nil {
		opts.Commands = commands.Builtins()
	}
	a.cmds = make(map[string]commands.Command, len(opts.Commands))
	for _, c := range opts.Commands {
		a.cmds[c.Name] = c
	}
	// ed25519.Verify panics on a key of the wrong length; such a key verifies nothing.
	if len(opts.PublicKey) == ed25519.PublicKeySize {
		a.key = opts.PublicKey
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.window <= 0 {
		a.window = DefaultWindow
	}
	if a.maxBody <= 0 {
		a.maxBody = DefaultMaxBody
	}
	return a
}

// Interactions is the handler for POST /discord/interactions (bot.DiscordEndpoints).
func (a *Adapter) Interactions() http.Handler { return http.HandlerFunc(a.serveInteraction) }

// ParsePublicKey decodes DISCORD_PUBLIC_KEY (64 hex characters).
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	k, err := decodeHex(s, ed25519.PublicKeySize)
	if err != nil {
		return nil, fmt.Errorf("discord public key: %w", err)
	}
	return ed25519.PublicKey(k), nil
}
