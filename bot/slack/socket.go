package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/internal/retry"
)

// maxAckBytes is Socket Mode's limit on one response frame: Slack silently drops larger
// ones, and slack-go refuses them. A reply over it is acknowledged empty and posted to the
// command's response_url instead.
const maxAckBytes = 20 * 1024

// SocketMode returns the Socket Mode runner: the same commands, events and buttons as the
// HTTP endpoints, over a websocket the bot opens to Slack, so it needs no public URL. It
// needs the app-level token and the bot token.
func (a *Adapter) SocketMode() (bot.Runner, error) {
	if a.client == nil || a.appToken == "" {
		return nil, errors.New("slack: Socket Mode needs SLACK_APP_TOKEN and SLACK_BOT_TOKEN")
	}
	return a.socketRunner(a.client), nil
}

func (a *Adapter) socketRunner(api *slackapi.Client, opts ...socketmode.Option) *socketRunner {
	// slack-go's client logs through the standard logger unless told otherwise; route its
	// (debug-only) lines into slog at debug level.
	opts = append([]socketmode.Option{socketmode.OptionLog(log.New(slogWriter{a.logger}, "", 0))}, opts...)
	s := &socketRunner{a: a, client: socketmode.New(api, opts...),
		policy: retry.Policy{First: time.Second, Max: time.Minute, Jitter: 0.5}}
	s.policy.OnRetry = func(ctx context.Context, _ int, wait time.Duration, err error) {
		s.a.logger.WarnContext(ctx, "slack_socket_reconnecting", "backoff", wait, "err", err)
	}
	return s
}

// socketRunner keeps a Socket Mode connection up and feeds its envelopes to the adapter.
type socketRunner struct {
	a      *Adapter
	client *socketmode.Client
	// policy spaces the restarts of slack-go's loop: 0.5–1 s at first, doubling up to a
	// minute, for as long as the runner runs.
	policy retry.Policy
}

func (s *socketRunner) Name() string { return "slack-socket-mode" }

// Run connects and serves until ctx ends. slack-go reconnects by itself when Slack asks it to
// and backs off while a connection attempt fails; when its loop gives up anyway, Run starts it
// again with its own backoff, unless the token is refused, which no retry can fix.
func (s *socketRunner) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.connect(ctx) }()
	for {
		select {
		case evt := <-s.client.Events:
			s.handle(ctx, evt)
		case err := <-done:
			cancel()
			s.a.drain(drainTimeout)
			return err
		}
	}
}

func (s *socketRunner) connect(ctx context.Context) error {
	err := retry.Do(ctx, s.policy, func(ctx context.Context) error {
		err := s.client.RunContext(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err == nil {
			err = errLoopEnded
		}
		return err
	}, func(err error) (time.Duration, bool) { return 0, !isAuthFailure(err) })
	if err == nil || ctx.Err() != nil {
		return nil
	}
	return fmt.Errorf("slack socket mode: %w", err)
}

// errLoopEnded stands for slack-go's loop returning without an error while the runner is
// still wanted: it is restarted like any other failure.
var errLoopEnded = errors.New("socket mode loop ended")

// isAuthFailure reports an error no reconnection can fix: the app token is refused.
func isAuthFailure(err error) bool {
	if isPermanent(err) {
		return true
	}
	if sc, ok := errors.AsType[slackapi.StatusCodeError](err); ok {
		return sc.Code == http.StatusNotFound || sc.Code == http.StatusUnauthorized || sc.Code == http.StatusForbidden
	}
	if err != nil {
		switch err.Error() {
		case "invalid_auth", "account_inactive", "not_authed", "token_revoked", "not_allowed_token_type":
			return true
		}
	}
	return false
}

// handle deals with one Socket Mode event. Every envelope from Slack is acknowledged: slack-go
// does not do it, and Slack redelivers what is not acknowledged.
func (s *socketRunner) handle(ctx context.Context, evt socketmode.Event) {
	lg := s.a.logger
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		if c, ok := evt.Data.(*slackapi.ConnectingEvent); ok {
			lg.DebugContext(ctx, "slack_socket_connecting", "attempt", c.Attempt, "connection", c.ConnectionCount)
		}
	case socketmode.EventTypeConnected:
		if c, ok := evt.Data.(*socketmode.ConnectedEvent); ok {
			lg.InfoContext(ctx, "slack_socket_connected", "connection", c.ConnectionCount)
		}
	case socketmode.EventTypeConnectionError:
		if c, ok := evt.Data.(*slackapi.ConnectionErrorEvent); ok {
			lg.WarnContext(ctx, "slack_socket_connection_error", "attempt", c.Attempt, "backoff", c.Backoff, "err", c.ErrorObj)
		}
	case socketmode.EventTypeInvalidAuth:
		lg.ErrorContext(ctx, "slack_socket_invalid_auth")
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorBadMessage, socketmode.EventTypeErrorWriteFailed:
		lg.WarnContext(ctx, "slack_socket_error", "type", string(evt.Type))
	case socketmode.EventTypeEventsAPI:
		s.ack(ctx, evt.Request, nil)
		if ev, ok := evt.Data.(slackevents.EventsAPIEvent); ok {
			s.a.acceptEvent(ctx, eventID(ev), ev)
		}
	case socketmode.EventTypeInteractive:
		s.ack(ctx, evt.Request, nil)
		if cb, ok := evt.Data.(slackapi.InteractionCallback); ok {
			s.a.acceptInteraction(ctx, cb)
		}
	case socketmode.EventTypeSlashCommand:
		c, ok := evt.Data.(slackapi.SlashCommand)
		if !ok {
			s.ack(ctx, evt.Request, nil)
			return
		}
		// The reply rides on the ack, so compose it off the event loop.
		req := evt.Request
		s.a.goBackground("answer_command", func(bctx context.Context) {
			s.answerCommand(bctx, req, c)
		})
	}
}

// answerCommand answers a slash command on its ack, or, when the reply is too big for a
// Socket Mode frame, acknowledges empty and posts the reply to the response_url.
func (s *socketRunner) answerCommand(ctx context.Context, req *socketmode.Request, c slackapi.SlashCommand) {
	if c.Command == "" || c.Command[0] != '/' {
		s.ack(ctx, req, nil)
		return
	}
	bufs := s.a.getBuffers()
	defer s.a.putBuffers(bufs)
	cctx, cancel := context.WithTimeout(ctx, slashDeadline)
	payload := s.a.slashJSON(cctx, slashRequest(c), bufs)
	cancel()
	// The frame wraps the payload in {"envelope_id":"…","payload":…}; slack-go encodes it
	// before Ack returns, so the buffer may be reused after.
	if req != nil && len(payload)+len(req.EnvelopeID)+64 < maxAckBytes {
		s.ack(ctx, req, json.RawMessage(payload))
		return
	}
	s.ack(ctx, req, nil)
	if c.ResponseURL == "" {
		s.a.logger.WarnContext(ctx, "slack_reply_failed", "event_kind", "command", "reason", "reply too big for an ack and no response_url")
		return
	}
	if err := s.a.respond(ctx, c.ResponseURL, payload); err != nil {
		s.a.logger.WarnContext(ctx, "slack_reply_failed", "event_kind", "command", "channel_id", c.ChannelID, "err", err)
	}
}

func (s *socketRunner) ack(ctx context.Context, req *socketmode.Request, payload any) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	if err := s.client.AckCtx(ctx, req.EnvelopeID, payload); err != nil {
		s.a.logger.WarnContext(ctx, "slack_socket_ack_failed", "err", err)
	}
}

// eventID reads the event id of a callback (slack-go keeps it on the outer callback only).
func eventID(ev slackevents.EventsAPIEvent) string {
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		return cb.EventID
	}
	return ""
}

// slogWriter lets slack-go's standard-library logger write into slog, at debug level.
type slogWriter struct{ l *slog.Logger }

func (w slogWriter) Write(p []byte) (int, error) {
	w.l.Debug("slack_sdk", "msg", string(p))
	return len(p), nil
}
