package slack

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/commands"
)

// actionJob is a button press to answer.
type actionJob struct {
	req         commands.Request
	page        int
	sources     bool
	responseURL string
	thread      string // the pressed message's timestamp, when answering without response_url
}

// acceptInteraction reads a button press and answers it in the background: a suggestion
// runs its command, "More" shows the next page, "Sources" shows the cited quotes. Anything
// else (a modal, a shortcut) is acknowledged and ignored.
func (a *Adapter) acceptInteraction(ctx context.Context, cb slackapi.InteractionCallback) {
	if cb.Type != slackapi.InteractionTypeBlockActions {
		return
	}
	j, ok := actionFor(cb)
	if !ok {
		a.logger.DebugContext(ctx, "slack_action_ignored", "type", string(cb.Type))
		return
	}
	if j.responseURL == "" && a.api == nil {
		a.logger.WarnContext(ctx, "slack_cannot_reply", "reason", "no response_url and SLACK_BOT_TOKEN is not set", "event_kind", "action")
		return
	}
	a.goBackground("answer_action", func(ctx context.Context) { a.answerAction(ctx, j) })
}

// actionFor reads the first of briefbot's buttons in a press.
func actionFor(cb slackapi.InteractionCallback) (actionJob, bool) {
	for _, act := range cb.ActionCallback.BlockActions {
		if act == nil {
			continue
		}
		j := actionJob{page: 1, responseURL: cb.ResponseURL, thread: cb.Container.MessageTs}
		id, _, _ := strings.Cut(act.ActionID, ":")
		switch id {
		case actionRun:
			j.req.Text = readButtonValue(act.Value)
		case actionMore, actionSources:
			page, origin, ok := parsePageValue(act.Value)
			if !ok {
				continue
			}
			j.req.Text, j.page, j.sources = origin, page, id == actionSources
		default:
			continue
		}
		if strings.TrimSpace(j.req.Text) == "" {
			continue
		}
		channel := cb.Channel.ID
		if channel == "" {
			channel = cb.Container.ChannelID
		}
		j.req.Platform, j.req.Workspace, j.req.Channel, j.req.User = "slack", cb.Team.ID, channel, cb.User.ID
		return j, true
	}
	return actionJob{}, false
}

func (a *Adapter) answerAction(ctx context.Context, j actionJob) {
	msg := a.reply(ctx, j.req, j.page, j.sources)
	var err error
	if j.responseURL != "" {
		err = a.respond(ctx, j.responseURL, msg.appendJSON(nil, true))
	} else {
		err = a.poster.send(ctx, j.req.Channel, j.thread, msg)
	}
	if err != nil {
		a.logger.WarnContext(ctx, "slack_reply_failed", "event_kind", "action", "channel_id", j.req.Channel, "err", err)
	}
}

// respond posts an encoded message to a response_url (Slack allows five posts per URL within
// 30 minutes). No token is sent: the URL itself is the credential.
func (a *Adapter) respond(ctx context.Context, responseURL string, body []byte) error {
	if !strings.HasPrefix(responseURL, "https://") && !strings.HasPrefix(responseURL, "http://") {
		return fmt.Errorf("respond: response_url is not an http(s) URL")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, responseURL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("respond: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := a.http.Do(req)
	if err != nil {
		return fmt.Errorf("respond: %w", err)
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 4<<10))
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("respond: response_url answered %s", res.Status)
	}
	return nil
}
