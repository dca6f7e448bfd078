package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/internal/retry"
	"github.com/briefbot/briefbot/commands"
)

// Poster sends rendered replies with chat.postMessage: digests to channels, notices to users
// by direct message. Post makes one attempt and says how it ended (bot.Classify): a 429 comes
// back as a *bot.RetryAfterError, errors no retry can fix wrap bot.ErrPermanent, and a failure
// after the request may have reached Slack wraps bot.ErrUnknownOutcome; the digest scheduler
// owns the retries. DirectMessage and Delivered still retry rate limits and server errors
// within the context's deadline.
type Poster struct {
	logger *slog.Logger
	api    webAPI
	// policy bounds the retries of one call: 6 tries, the first wait after a server error
	// 0.5–1 s, doubling up to 30 s.
	policy retry.Policy
}

var (
	_ bot.Poster          = (*Poster)(nil)
	_ bot.DeliveryChecker = (*Poster)(nil)
	_ bot.PostChecker     = (*Poster)(nil)
)

// newPoster makes a Poster.
// deadline, which runs on the real clock.
func newPoster(logger *slog.Logger, api webAPI) *Poster {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	p := &Poster{logger: logger, api: api,
		policy: retry.Policy{First: time.Second, Max: 30 * time.Second, Attempts: 6, Jitter: 0.5}}
	p.policy.OnRetry = func(ctx context.Context, attempt int, wait time.Duration, err error) {
		p.logger.DebugContext(ctx, "slack_post_retry", "attempt", attempt, "wait", wait, "err", err)
	}
	return p
}

// Post sends r to a channel. A reply longer than one message goes as several, in order, so
// nothing of a digest is lost.
func (p *Poster) Post(ctx context.Context, channel string, r commands.Reply) error {
	first := Render(r, RenderOptions{})
	var extra []slackapi.MsgOption
	if r.DeliveryKey != "" {
		// The key rides as message metadata so Delivered can find the post after a crash.
		extra = append(extra, slackapi.MsgOptionMetadata(slackapi.SlackMetadata{
			EventType: deliveryEventType, EventPayload: map[string]any{"key": r.DeliveryKey},
		}))
	}
	if err := p.sendOnce(ctx, channel, first, extra...); err != nil {
		return err
	}
	for page := 2; page <= first.Pages; page++ {
		// The first page is out, and carries the key: a retry of the edition would repeat
		// it. Later pages are retried here, and if one still fails the outcome is unknown,
		// so that the scheduler finds the first page and records the edition as posted.
		if err := p.send(ctx, channel, "", Render(r, RenderOptions{Page: page})); err != nil {
			return fmt.Errorf("page %d of %d: %w: %w", page, first.Pages, bot.ErrUnknownOutcome, err)
		}
	}
	return nil
}

// sendOnce posts one rendered message, once, and classifies a failure for the scheduler.
func (p *Poster) sendOnce(ctx context.Context, channel string, m Message, extra ...slackapi.MsgOption) error {
	_, _, err := p.api.PostMessageContext(ctx, channel, append(msgOptions(m, ""), extra...)...)
	if err == nil {
		return nil
	}
	err = fmt.Errorf("post message: %w", err)
	switch wait, retryable := p.classify(err); {
	case isPermanent(err):
		return fmt.Errorf("%w: %w", bot.ErrPermanent, err)
	case isRateLimit(err):
		return &bot.RetryAfterError{After: wait, Err: err}
	case mayHavePosted(err):
		return fmt.Errorf("%w: %w", bot.ErrUnknownOutcome, err)
	case !retryable:
		p.logger.WarnContext(ctx, "slack_post_refused", "err", err)
	}
	return err
}

// mayHavePosted reports whether a failed call may still have posted: Slack's fatal_error says
// some of the operation may have succeeded, and a connection that broke after it was set up
// may have carried the request. A connection never made (refused, no route, DNS) posted
// nothing; neither did an HTTP error status.
func mayHavePosted(err error) bool {
	if se, ok := errors.AsType[slackapi.SlackErrorResponse](err); ok {
		return se.Err == "fatal_error"
	}
	if _, ok := errors.AsType[slackapi.StatusCodeError](err); ok {
		return false
	}
	return bot.SentMaybe(err)
}

// deliveryEventType names the metadata event a digest post carries its delivery key in.
const deliveryEventType = "briefbot_digest"

// maxHistoryPages bounds how far back Delivered reads a busy channel.
const maxHistoryPages = 5

// Delivered reports whether a message carrying key was posted to channel since the given
// time, from the channel's history (conversations.history with metadata). It implements
// bot.DeliveryChecker.
func (p *Poster) Delivered(ctx context.Context, channel, key string, since time.Time) (bool, error) {
	params := &slackapi.GetConversationHistoryParameters{
		ChannelID: channel, Limit: 200, IncludeAllMetadata: true,
		Oldest: strconv.FormatInt(since.Add(-time.Minute).Unix(), 10) + ".000000",
	}
	for range maxHistoryPages {
		var resp *slackapi.GetConversationHistoryResponse
		err := p.retry(ctx, func() error {
			var err error
			resp, err = p.api.GetConversationHistoryContext(ctx, params)
			return err
		})
		if err != nil {
			return false, fmt.Errorf("read channel history: %w", err)
		}
		for _, m := range resp.Messages {
			if m.Metadata.EventType == deliveryEventType && m.Metadata.EventPayload["key"] == key {
				return true, nil
			}
		}
		if !resp.HasMore || resp.ResponseMetaData.NextCursor == "" {
			return false, nil
		}
		params.Cursor = resp.ResponseMetaData.NextCursor
	}
	return false, fmt.Errorf("read channel history: key not found in the last %d pages; cannot tell", maxHistoryPages)
}

// conversationInfoAPI is the Web API call CanPost makes. *slackapi.Client has it; a webAPI
// without it (a test fake) leaves the check undone.
type conversationInfoAPI interface {
	GetConversationInfoContext(ctx context.Context, input *slackapi.GetConversationInfoInput) (*slackapi.Channel, error)
}

// What CanPost tells a user who subscribed where the bot cannot post.
const (
	cannotSeeChannel = "I can't post in this channel: it is private (or a direct message) and I'm not in it. " +
		"Invite me first with /invite @briefbot, then subscribe again. (In a direct message I can't post at all: subscribe in a channel.)"
	notInPrivateChannel = "I can't post in this private channel: I'm not a member. Invite me first with /invite @briefbot, then subscribe again."
	archivedChannel     = "This channel is archived, so I can't post in it. Unarchive it, or subscribe in another channel."
)

// CanPost asks Slack (conversations.info, one attempt) whether the bot can post digests in
// channel: not when the channel is archived, or private and the bot was never invited —
// Slack then does not even show the bot the channel. A public channel needs no membership:
// the chat:write.public scope posts there. It implements bot.PostChecker; any other failure
// (including a token without the channels:read and groups:read scopes) means Slack could not
// tell.
func (p *Poster) CanPost(ctx context.Context, channel string) error {
	api, ok := p.api.(conversationInfoAPI)
	if !ok {
		return errors.New("check slack channel: this client cannot read channel info")
	}
	ch, err := api.GetConversationInfoContext(ctx, &slackapi.GetConversationInfoInput{ChannelID: channel})
	if err != nil {
		if se, ok := errors.AsType[slackapi.SlackErrorResponse](err); ok {
			switch se.Err {
			case "channel_not_found":
				return &bot.CannotPostError{Reason: cannotSeeChannel, Err: err}
			case "missing_scope":
				return fmt.Errorf("check slack channel: the app lacks the channels:read and groups:read scopes (reinstall it from the manifest briefbot slack manifest prints): %w", err)
			}
		}
		return fmt.Errorf("check slack channel: %w", err)
	}
	switch {
	case ch.IsArchived:
		return &bot.CannotPostError{Reason: archivedChannel}
	case (ch.IsPrivate || ch.IsMpIM) && !ch.IsMember:
		return &bot.CannotPostError{Reason: notInPrivateChannel}
	}
	return nil
}

// DirectMessage opens (or finds) the IM with user and posts r there.
func (p *Poster) DirectMessage(ctx context.Context, user string, r commands.Reply) error {
	var channel string
	err := p.retry(ctx, func() error {
		ch, _, _, err := p.api.OpenConversationContext(ctx, &slackapi.OpenConversationParameters{Users: []string{user}, ReturnIM: true})
		if err == nil {
			if ch == nil || ch.ID == "" {
				return errors.New("conversations.open returned no channel")
			}
			channel = ch.ID
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("open direct message: %w", err)
	}
	// A notice has no delivery key and no scheduler behind it: it retries here, within ctx.
	first := Render(r, RenderOptions{})
	for page := 1; page <= first.Pages; page++ {
		m := first
		if page > 1 {
			m = Render(r, RenderOptions{Page: page})
		}
		if err := p.send(ctx, channel, "", m); err != nil {
			return err
		}
	}
	return nil
}

// send posts one rendered message, in a thread when thread is set.
func (p *Poster) send(ctx context.Context, channel, thread string, m Message, extra ...slackapi.MsgOption) error {
	opts := append(msgOptions(m, thread), extra...)
	err := p.retry(ctx, func() error {
		_, _, err := p.api.PostMessageContext(ctx, channel, opts...)
		return err
	})
	if err != nil {
		return fmt.Errorf("post message: %w", err)
	}
	return nil
}

// sendEphemeral shows one rendered message to user alone, in channel (and thread, when set):
// what a reply marked Ephemeral becomes where others would see a posted message.
func (p *Poster) sendEphemeral(ctx context.Context, channel, user, thread string, m Message) error {
	opts := msgOptions(m, thread)
	err := p.retry(ctx, func() error {
		_, err := p.api.PostEphemeralContext(ctx, channel, user, opts...)
		return err
	})
	if err != nil {
		return fmt.Errorf("post ephemeral message: %w", err)
	}
	return nil
}

// retry calls f until it succeeds, fails for good, runs out of attempts, or the next wait
// would end after ctx's deadline.
func (p *Poster) retry(ctx context.Context, f func() error) error {
	err := retry.Do(ctx, p.policy, func(context.Context) error { return f() }, p.classify)
	if err != nil && (errors.Is(err, bot.ErrPermanent) || isPermanent(err)) {
		return fmt.Errorf("%w: %w", bot.ErrPermanent, err)
	}
	return err
}

// classify says whether err is worth retrying, and after how long when Slack names it (a
// 429's Retry-After); a zero wait takes the backoff.
func (p *Poster) classify(err error) (time.Duration, bool) {
	if errors.Is(err, bot.ErrPermanent) || isPermanent(err) {
		return 0, false
	}
	if rl, ok := errors.AsType[*slackapi.RateLimitedError](err); ok {
		return max(rl.RetryAfter, time.Second), true
	}
	if sc, ok := errors.AsType[slackapi.StatusCodeError](err); ok {
		return 0, sc.Code == http.StatusTooManyRequests || sc.Code >= 500
	}
	if se, ok := errors.AsType[slackapi.SlackErrorResponse](err); ok {
		switch se.Err {
		case "ratelimited", "rate_limited", "fatal_error", "internal_error", "service_unavailable", "request_timeout":
			return 0, true
		}
		return 0, false
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return 0, false
	}
	// Anything else is the transport (connection refused, reset): worth another try.
	return 0, true
}

func isRateLimit(err error) bool {
	_, ok := errors.AsType[*slackapi.RateLimitedError](err)
	return ok
}

// isPermanent reports whether err is a Web API error that retrying cannot fix: the channel
// or user is gone or out of reach, or the token no longer works.
func isPermanent(err error) bool {
	se, ok := errors.AsType[slackapi.SlackErrorResponse](err)
	if !ok {
		return false
	}
	switch se.Err {
	case "channel_not_found", "not_in_channel", "is_archived", "restricted_action",
		"account_inactive", "invalid_auth", "not_authed", "token_revoked", "token_expired",
		"no_permission", "missing_scope", "ekm_access_denied", "not_allowed_token_type",
		"user_not_found", "users_not_found", "user_disabled", "user_is_bot", "cannot_dm_bot",
		"team_access_not_granted", "team_not_found", "org_login_required":
		return true
	}
	return false
}
