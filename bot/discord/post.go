package discord

import (
	"context"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/internal/retry"
	"github.com/briefbot/briefbot/commands"
)

// restAPI is the slice of discordgo's Session the Poster calls; *discordgo.Session has it,
// and tests substitute fakes or a session pointed at an httptest server.
type restAPI interface {
	RequestWithBucketID(method, urlStr string, data any, bucketID string, options ...discordgo.RequestOption) ([]byte, error)
	UserChannelCreate(recipientID string, options ...discordgo.RequestOption) (*discordgo.Channel, error)
	ChannelMessages(channelID string, limit int, beforeID, afterID, aroundID string, options ...discordgo.RequestOption) ([]*discordgo.Message, error)
	// For CanPost: who the bot is, and the channel, guild and membership its permissions
	// come from.
	User(userID string, options ...discordgo.RequestOption) (*discordgo.User, error)
	Channel(channelID string, options ...discordgo.RequestOption) (*discordgo.Channel, error)
	Guild(guildID string, options ...discordgo.RequestOption) (*discordgo.Guild, error)
	GuildMember(guildID, userID string, options ...discordgo.RequestOption) (*discordgo.Member, error)
}

// PosterOptions tunes a Poster. Zero values pick the defaults.
type PosterOptions struct {
	// MaxWait bounds how long one delivery may spend waiting on rate limits and retries, on
	// top of ctx's own deadline (default DefaultMaxWait). discordgo alone would wait out 429s
	// forever.
	MaxWait time.Duration
	// MaxAttempts bounds tries per delivery (default DefaultMaxAttempts).
	MaxAttempts int
}

// Poster defaults.
const (
	DefaultMaxWait     = time.Minute
	DefaultMaxAttempts = 6
	// firstBackoff is the first pause after a 5xx or a network error (less up to half, for
	// jitter); it doubles each time.
	firstBackoff = 500 * time.Millisecond
	maxBackoff   = 15 * time.Second
)

// Poster delivers replies to Discord channels and users (bot.Poster): digest editions, and
// the bot's answers to direct messages. Post makes one attempt (see Post); DirectMessage and
// Delivered honour rate limits (discordgo's per-route buckets, then 429 retry_after) within a
// bound and retry 5xx and network errors with backoff. Unknown Channel, Missing Access,
// Missing Permissions and their kin wrap bot.ErrPermanent. Every message carries a nonce
// Discord enforces, so a retry after an ambiguous failure cannot post the same edition twice.
type Poster struct {
	logger     *slog.Logger
	api        restAPI
	bucketWait func(bucket string) time.Duration // discordgo's own wait before a call; nil = none
	// policy spaces DirectMessage's and Delivered's retries (0.25–0.5 s at first, doubling up
	// to 15 s), within PosterOptions.MaxWait.
	policy retry.Policy

	mu    sync.Mutex
	botID string // the bot's user id, once CanPost has asked
}

var (
	_ bot.Poster          = (*Poster)(nil)
	_ bot.DeliveryChecker = (*Poster)(nil)
	_ bot.PostChecker     = (*Poster)(nil)
)

// NewPoster makes a Poster over a session from NewSession. A nil logger discards.
func NewPoster(logger *slog.Logger, s *discordgo.Session, opts PosterOptions) *Poster {
	p := newPoster(logger, s, opts)
	p.bucketWait = func(bucket string) time.Duration {
		return s.Ratelimiter.GetWaitTime(s.Ratelimiter.GetBucket(bucket), 1)
	}
	return p
}

func newPoster(logger *slog.Logger, api restAPI, opts PosterOptions) *Poster {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	p := &Poster{logger: logger, api: api, policy: retry.Policy{First: firstBackoff, Max: maxBackoff,
		Attempts: opts.MaxAttempts, Jitter: 0.5, Within: opts.MaxWait}}
	if p.policy.Within <= 0 {
		p.policy.Within = DefaultMaxWait
	}
	if p.policy.Attempts <= 0 {
		p.policy.Attempts = DefaultMaxAttempts
	}
	return p
}

// Post sends a reply to a channel, in one attempt, and says how it ended (bot.Classify): a rate
// limit comes back as a *bot.RetryAfterError (also when discordgo's bucket is exhausted, which
// it would otherwise sleep out), errors no retry can fix wrap bot.ErrPermanent, and a failure
// after the request may have reached Discord wraps bot.ErrUnknownOutcome. The digest scheduler
// owns the retries. A digest's delivery key goes in the footer (see Render), where Delivered
// finds it, and makes the nonce: a replica re-posting a slot within Discord's nonce window gets
// the message already posted back instead of a second one.
func (p *Poster) Post(ctx context.Context, channel string, r commands.Reply) error {
	if channel == "" {
		return fmt.Errorf("post to discord: no channel: %w", bot.ErrPermanent)
	}
	endpoint := discordgo.EndpointChannelMessages(channel)
	if p.bucketWait != nil {
		if w := p.bucketWait(endpoint); w > 0 {
			return &bot.RetryAfterError{After: w, Err: fmt.Errorf("post to discord channel %s: bucket resets in %s: %w", channel, w.Round(time.Millisecond), ErrRateLimited)}
		}
	}
	nonce := nonceFor(r.DeliveryKey)
	if nonce == "" {
		nonce = newNonce()
	}
	_, err := p.api.RequestWithBucketID(http.MethodPost, endpoint, newMessage(Render(r), nonce), endpoint, discordgo.WithContext(ctx))
	if err == nil {
		return nil
	}
	err = fmt.Errorf("post to discord channel %s: %w", channel, err)
	if permanent(err) {
		return fmt.Errorf("%w: %w", bot.ErrPermanent, err)
	}
	if rl, ok := errors.AsType[*discordgo.RateLimitError](err); ok {
		return &bot.RetryAfterError{After: rl.RetryAfter, Err: err}
	}
	if mayHavePosted(err) {
		return fmt.Errorf("%w: %w", bot.ErrUnknownOutcome, err)
	}
	return err
}

// mayHavePosted reports whether a failed call may still have posted: a connection that broke
// after it was set up may have carried the request. An answer from Discord (any status), or
// a connection never made, posted nothing.
func mayHavePosted(err error) bool {
	if _, ok := errors.AsType[*discordgo.RESTError](err); ok {
		return false
	}
	return bot.SentMaybe(err)
}

// newMessage is the body that posts m with nonce.
func newMessage(m Message, nonce string) createMessage {
	return createMessage{Content: m.Content, Embeds: m.Embeds, Components: m.Components,
		AllowedMentions: AllowedMentions{Parse: []string{}}, Nonce: nonce, EnforceNonce: true}
}

// DirectMessage opens (or reuses: Discord returns the existing one) the DM channel with a
// user and sends the reply there.
func (p *Poster) DirectMessage(ctx context.Context, userID string, r commands.Reply) error {
	var ch *discordgo.Channel
	err := p.retry(ctx, "open dm", discordgo.EndpointUserChannels(""), func() error {
		var err error
		ch, err = p.api.UserChannelCreate(userID, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		return fmt.Errorf("direct message user %s: %w", userID, err)
	}
	if ch == nil || ch.ID == "" {
		return fmt.Errorf("direct message user %s: discord returned no channel", userID)
	}
	return p.send(ctx, ch.ID, Render(r))
}

// createMessage is the body of POST /channels/{id}/messages. discordgo's MessageSend has no
// nonce, so the adapter sends its own.
type createMessage struct {
	Content         string                       `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed    `json:"embeds"`
	Components      []discordgo.MessageComponent `json:"components,omitempty"`
	AllowedMentions AllowedMentions              `json:"allowed_mentions"`
	// Nonce with EnforceNonce makes Discord return the message already created with it
	// (within minutes) instead of creating another: retries are idempotent.
	Nonce        string `json:"nonce"`
	EnforceNonce bool   `json:"enforce_nonce"`
	// MessageReference makes the message a reply (to a mention in a server channel).
	MessageReference *discordgo.MessageReference `json:"message_reference,omitempty"`
}

// send posts a rendered message to a channel. Ephemeral flags are dropped: they exist only
// for interaction responses.
func (p *Poster) send(ctx context.Context, channel string, m Message) error {
	return p.sendNonce(ctx, channel, m, "")
}

// sendReply is send as a reply to the message replyTo in the same channel (none when empty).
// A question deleted meanwhile does not stop the answer.
func (p *Poster) sendReply(ctx context.Context, channel string, m Message, replyTo string) error {
	body := newMessage(m, newNonce())
	if replyTo != "" {
		failIfGone := false
		body.MessageReference = &discordgo.MessageReference{MessageID: replyTo, ChannelID: channel, FailIfNotExists: &failIfGone}
	}
	return p.sendBody(ctx, channel, body)
}

// sendNonce is send with a given nonce (empty picks a random one), retried within the Poster's
// bounds: for direct messages, which have no scheduler behind them.
func (p *Poster) sendNonce(ctx context.Context, channel string, m Message, nonce string) error {
	if nonce == "" {
		nonce = newNonce()
	}
	return p.sendBody(ctx, channel, newMessage(m, nonce))
}

// sendBody posts a message body to a channel, retried within the Poster's bounds.
func (p *Poster) sendBody(ctx context.Context, channel string, body createMessage) error {
	if channel == "" {
		return fmt.Errorf("post to discord: no channel: %w", bot.ErrPermanent)
	}
	endpoint := discordgo.EndpointChannelMessages(channel)
	err := p.retry(ctx, "post message", endpoint, func() error {
		// The bucket is the one discordgo's ChannelMessageSendComplex uses, so both share limits.
		_, err := p.api.RequestWithBucketID(http.MethodPost, endpoint, body, endpoint, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		return fmt.Errorf("post to discord channel %s: %w", channel, err)
	}
	return nil
}

// newNonce is 20 random hex characters (Discord allows 25). crypto/rand.Read does not fail
// (since Go 1.24 it crashes the program rather than return an error).
func newNonce() string {
	var b [10]byte
	_, _ = crand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// nonceFor derives a nonce from a delivery key (Discord allows 25 characters; keys are
// longer), or "" when there is no key.
func nonceFor(key string) string {
	if key == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])[:24]
}

// Delivery checks read the channel back a page at a time; a channel busier than this since
// the slot is not searched to the end, and the answer is an error (unsure), never a guess.
const (
	checkPage     = 100 // Discord's largest page
	maxCheckPages = 20
	// checkSkew starts the search a little before the slot, for clocks that disagree.
	checkSkew = time.Minute
)

// discordEpoch is the first millisecond of 2015, where snowflake time starts.
const discordEpoch = 1420070400000

// Delivered reports whether a message carrying key reached channel since the given time, by
// Discord's own record (bot.DeliveryChecker): it reads the channel's messages from then on and
// looks for the key as a line of a bot message's embed footer, where Post put it. Discord does
// not keep nonces with messages, so they cannot be used for this.
func (p *Poster) Delivered(ctx context.Context, channel, key string, since time.Time) (bool, error) {
	if key == "" {
		return false, fmt.Errorf("check discord delivery: no key")
	}
	after := snowflakeAt(since.Add(-checkSkew))
	endpoint := discordgo.EndpointChannelMessages(channel)
	for range maxCheckPages {
		var msgs []*discordgo.Message
		err := p.retry(ctx, "read channel", endpoint, func() error {
			var err error
			msgs, err = p.api.ChannelMessages(channel, checkPage, "", after, "", discordgo.WithContext(ctx))
			return err
		})
		if err != nil {
			return false, fmt.Errorf("check delivery to discord channel %s: %w", channel, err)
		}
		for _, m := range msgs {
			if carriesKey(m, key) {
				return true, nil
			}
			if snowflakeLess(after, m.ID) {
				after = m.ID
			}
		}
		if len(msgs) < checkPage {
			return false, nil
		}
	}
	return false, fmt.Errorf("check delivery to discord channel %s: more than %d messages since %s",
		channel, checkPage*maxCheckPages, since.UTC().Format(time.RFC3339))
}

// carriesKey reports whether m is a bot's message with key as a line of an embed footer.
func carriesKey(m *discordgo.Message, key string) bool {
	if m == nil || m.Author == nil || !m.Author.Bot {
		return false
	}
	for _, e := range m.Embeds {
		if e == nil || e.Footer == nil {
			continue
		}
		for line := range strings.SplitSeq(e.Footer.Text, "\n") {
			if line == key {
				return true
			}
		}
	}
	return false
}

// snowflakeAt is the smallest snowflake of time t.
func snowflakeAt(t time.Time) string {
	ms := t.UnixMilli() - discordEpoch
	if ms < 0 {
		ms = 0
	}
	return strconv.FormatUint(uint64(ms)<<22, 10)
}

// snowflakeLess orders snowflakes (decimal strings) numerically.
func snowflakeLess(a, b string) bool {
	x, errA := strconv.ParseUint(a, 10, 64)
	y, errB := strconv.ParseUint(b, 10, 64)
	return errA == nil && errB == nil && x < y
}

// ErrRateLimited reports a delivery that Discord's rate limits would hold longer than the
// Poster may wait. It is transient: the scheduler may try again later.
var ErrRateLimited = errors.New("discord rate limit outlasts the wait bound")

// retry runs call until it succeeds, fails for good, or the wait bound or attempts run out.
func (p *Poster) retry(ctx context.Context, op, bucket string, call func() error) error {
	deadline := time.Now().Add(p.policy.Within)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	policy := p.policy
	policy.OnRetry = func(ctx context.Context, attempt int, wait time.Duration, err error) {
		p.logger.DebugContext(ctx, "discord_post_retry", "op", op, "attempt", attempt, "wait_ms", wait.Milliseconds(), "err", err)
	}
	err := retry.Do(ctx, policy, func(context.Context) error {
		// discordgo sleeps out an exhausted bucket before sending, ignoring ctx; refuse
		// up front when that sleep would pass the deadline.
		if p.bucketWait != nil {
			if w := p.bucketWait(bucket); w > 0 && time.Now().Add(w).After(deadline) {
				return fmt.Errorf("bucket resets in %s: %w", w.Round(time.Millisecond), ErrRateLimited)
			}
		}
		return call()
	}, classify)
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil:
		return fmt.Errorf("%s: %w", op, err)
	case permanent(err):
		return fmt.Errorf("%s: %w: %w", op, bot.ErrPermanent, err)
	case errors.Is(err, retry.ErrDeadline) && isRateLimit(err):
		return fmt.Errorf("%s: %w: %w", op, ErrRateLimited, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

func isRateLimit(err error) bool {
	_, ok := errors.AsType[*discordgo.RateLimitError](err)
	return ok
}

// permanent reports whether a failed call can never succeed as it is: the channel or user is
// gone, the bot was removed or may not post there, the token is no longer valid.
func permanent(err error) bool {
	re, ok := errors.AsType[*discordgo.RESTError](err)
	if !ok || re.Response == nil {
		return false
	}
	switch re.Response.StatusCode {
	case http.StatusUnauthorized, http.StatusForbidden:
		return true
	}
	// A 404 counts only with the code naming what is unknown: a bare one is more likely a
	// wrong DISCORD_API_URL than a deleted channel, and must not pause every subscription.
	if re.Message == nil {
		return false
	}
	switch re.Message.Code {
	case discordgo.ErrCodeUnknownChannel, discordgo.ErrCodeUnknownGuild, discordgo.ErrCodeUnknownUser,
		discordgo.ErrCodeMissingAccess, discordgo.ErrCodeMissingPermissions,
		discordgo.ErrCodeCannotSendMessagesToThisUser, discordgo.ErrCodeCannotSendMessagesInVoiceChannel,
		discordgo.ErrCodeCannotExecuteActionOnDMChannel, discordgo.ErrCodeUnauthorized:
		return true
	}
	return false
}

// classify says whether err is worth retrying, and after how long when Discord names it: a
// 429 after its retry_after; a 5xx or a network error (including discordgo's "Exceeded Max
// retries" for a 502) after the backoff. Other 4xx, and a bucket that outlasts the wait
// bound, are not retried.
func classify(err error) (time.Duration, bool) {
	if errors.Is(err, ErrRateLimited) {
		return 0, false
	}
	if rl, ok := errors.AsType[*discordgo.RateLimitError](err); ok {
		return max(rl.RetryAfter, 10*time.Millisecond), true
	}
	if re, ok := errors.AsType[*discordgo.RESTError](err); ok && re.Response != nil {
		return 0, re.Response.StatusCode >= 500
	}
	return 0, true
}

// postPermissions are what a digest edition needs in a channel, with the names Discord's
// channel settings show. In a thread, Send Messages in Threads stands for Send Messages.
var postPermissions = []struct {
	bit  int64
	name string
}{
	{discordgo.PermissionViewChannel, "View Channel"},
	{discordgo.PermissionSendMessages, "Send Messages"},
	{discordgo.PermissionEmbedLinks, "Embed Links"},
}

// CanPost asks Discord whether the bot can post digests in channel (bot.PostChecker): it reads
// the channel, its guild's roles and the bot's membership, one attempt each, and works out the
// bot's permissions there as Discord does. A channel the bot cannot see, a server it is not a
// member of (added without the bot scope) or a missing View Channel, Send Messages or Embed
// Links is a *bot.CannotPostError naming the fix; a direct message with the bot is fine; any
// other failure means Discord could not tell.
func (p *Poster) CanPost(ctx context.Context, channel string) error {
	opt := discordgo.WithContext(ctx)
	ch, err := p.api.Channel(channel, opt)
	if err != nil {
		return cannotSee(err, "I can't see this channel. Give briefbot's role View Channel, Send Messages and Embed Links here (channel settings → Permissions), then subscribe again. "+
			"If briefbot has no role in this server, it was added without the bot scope: add it again with the invite link (`briefbot discord invite` prints it).")
	}
	if ch.GuildID == "" {
		return nil // the bot's own direct messages
	}
	botID, err := p.botUserID(ctx)
	if err != nil {
		return err
	}
	overwrites, send := ch.PermissionOverwrites, int64(discordgo.PermissionSendMessages)
	if ch.IsThread() {
		// A thread has no overwrites of its own: its parent's apply.
		parent, err := p.api.Channel(ch.ParentID, opt)
		if err != nil {
			return cannotSee(err, "I can't see the channel this thread belongs to. Give briefbot's role View Channel, Send Messages in Threads and Embed Links there, then subscribe again.")
		}
		overwrites, send = parent.PermissionOverwrites, discordgo.PermissionSendMessagesInThreads
	}
	guild, err := p.api.Guild(ch.GuildID, opt)
	if err != nil {
		return fmt.Errorf("check discord channel %s: read server: %w", channel, err)
	}
	member, err := p.api.GuildMember(ch.GuildID, botID, opt)
	if err != nil {
		if restCode(err) == discordgo.ErrCodeUnknownMember {
			return &bot.CannotPostError{Err: err, Reason: "briefbot is not a member of this server: it was added without the bot scope, so it can answer commands but not post. " +
				"Add it again with the invite link (`briefbot discord invite` prints it), then subscribe again."}
		}
		return fmt.Errorf("check discord channel %s: read the bot's membership: %w", channel, err)
	}
	have := channelPermissions(guild, overwrites, botID, member.Roles)
	var missing []string
	for _, need := range postPermissions {
		bit, name := need.bit, need.name
		if bit == discordgo.PermissionSendMessages && send != bit {
			bit, name = send, "Send Messages in Threads"
		}
		if have&bit == 0 {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return &bot.CannotPostError{Reason: fmt.Sprintf("I can't post digests here: briefbot lacks %s in this channel. "+
			"Allow it for briefbot's role here (channel settings → Permissions), then subscribe again.", andList(missing))}
	}
	return nil
}

// cannotSee turns a failed read of a channel into CanPost's answer: Discord's "no access" or
// "unknown channel" means the bot cannot post there (reason says what to do); anything else
// means Discord could not tell.
func cannotSee(err error, reason string) error {
	if permanent(err) {
		return &bot.CannotPostError{Reason: reason, Err: err}
	}
	return fmt.Errorf("check discord channel: %w", err)
}

// restCode is the JSON error code of a Discord REST error, or 0.
func restCode(err error) int {
	if re, ok := errors.AsType[*discordgo.RESTError](err); ok && re.Message != nil {
		return re.Message.Code
	}
	return 0
}

// botUserID is the bot's own user id (GET /users/@me), asked once and then remembered.
func (p *Poster) botUserID(ctx context.Context) (string, error) {
	p.mu.Lock()
	id := p.botID
	p.mu.Unlock()
	if id != "" {
		return id, nil
	}
	u, err := p.api.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return "", fmt.Errorf("check discord channel: who am i: %w", err)
	}
	if u == nil || u.ID == "" {
		return "", errors.New("check discord channel: who am i: discord returned no user")
	}
	p.mu.Lock()
	p.botID = u.ID
	p.mu.Unlock()
	return u.ID, nil
}

// channelPermissions works out a member's permissions in a channel the way Discord does: the
// @everyone role and the member's roles; Administrator grants everything; then the channel's
// @everyone overwrite, its role overwrites together, and the member's own overwrite.
func channelPermissions(g *discordgo.Guild, overwrites []*discordgo.PermissionOverwrite, userID string, roles []string) int64 {
	if userID == g.OwnerID {
		return discordgo.PermissionAll
	}
	mine := map[string]bool{g.ID: true} // @everyone's role id is the guild's
	for _, r := range roles {
		mine[r] = true
	}
	var perms int64
	for _, r := range g.Roles {
		if r != nil && mine[r.ID] {
			perms |= r.Permissions
		}
	}
	if perms&discordgo.PermissionAdministrator != 0 {
		return discordgo.PermissionAll
	}
	apply := func(allow, deny int64) { perms = perms&^deny | allow }
	var roleAllow, roleDeny int64
	for _, o := range overwrites {
		if o != nil && o.Type == discordgo.PermissionOverwriteTypeRole && o.ID == g.ID {
			apply(o.Allow, o.Deny)
		}
	}
	for _, o := range overwrites {
		if o != nil && o.Type == discordgo.PermissionOverwriteTypeRole && o.ID != g.ID && mine[o.ID] {
			roleAllow |= o.Allow
			roleDeny |= o.Deny
		}
	}
	apply(roleAllow, roleDeny)
	for _, o := range overwrites {
		if o != nil && o.Type == discordgo.PermissionOverwriteTypeMember && o.ID == userID {
			apply(o.Allow, o.Deny)
		}
	}
	return perms
}

// andList joins names as "A", "A and B", "A, B and C".
func andList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
