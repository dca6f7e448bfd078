package slack

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
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
	// place is where the answer goes: in place of the pressed message when it turns a page
	// of it, else as a new message.
	place placement
	// thread is the thread the pressed message is in ("" when it is not in one); message is
	// the pressed message's own timestamp.
	thread, message string
	// vote is set for a 👍/👎 press.
	vote *voteJob
}

// voteJob is a 👍 or 👎 on an answer.
type voteJob struct {
	answerID string
	up       bool
}

// acceptInteraction reads a button press and answers it in the background: a suggestion
// runs its command, "More" turns the page in place, "Sources" shows the cited quotes, 👍/👎
// record a vote. Anything else (a modal, a shortcut) is acknowledged and ignored.
func (a *Adapter) acceptInteraction(ctx context.Context, cb slackapi.InteractionCallback) {
	if cb.Type != slackapi.InteractionTypeBlockActions {
		return
	}
	j, ok := actionFor(cb)
	if !ok || (j.vote != nil && a.convo == nil) {
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
		j := actionJob{page: 1, responseURL: cb.ResponseURL, place: asNew,
			thread: cb.Container.ThreadTs, message: cb.Container.MessageTs}
		id, sub, _ := strings.Cut(act.ActionID, ":")
		switch id {
		case actionRun:
			j.req.Text = readButtonValue(act.Value)
			if turnsPage(j.req.Text) {
				j.place = asReplacement
			}
		case actionMore, actionSources:
			page, origin, ok := parsePageValue(act.Value)
			if !ok {
				continue
			}
			j.req.Text, j.page, j.sources = origin, page, id == actionSources
			// "Sources" opens the quotes beside the answer; "More" (of the answer or of
			// its quotes) turns the page of the message it is on.
			if id == actionMore || page > 1 {
				j.place = asReplacement
			}
		case actionVote:
			if (sub != voteUp && sub != voteDown) || !isAnswerID(act.Value) || cb.User.ID == "" {
				continue
			}
			j.vote = &voteJob{answerID: act.Value, up: sub == voteUp}
		default:
			continue
		}
		if j.vote == nil && strings.TrimSpace(j.req.Text) == "" {
			continue
		}
		channel := cb.Channel.ID
		if channel == "" {
			channel = cb.Container.ChannelID
		}
		j.req.Platform, j.req.Workspace, j.req.Channel, j.req.User = "slack", cb.Team.ID, channel, cb.User.ID
		// A suggestion pressed in a direct message or a thread is the conversation's next
		// message. "More" and "Sources" show again an answer already given, by the command
		// its button carries, so they are read on their own.
		if id == actionRun {
			switch {
			case isDirectMessage(channel):
				j.req.Conversation = channel
			case j.thread != "":
				j.req.Conversation = threadConversation(channel, j.thread)
			}
		}
		return j, true
	}
	return actionJob{}, false
}

// turnsPage reports whether a suggested command asks for another page of an answer
// ("/relations japan, south korea page 2"): its answer replaces the page it was pressed on.
func turnsPage(command string) bool {
	f := strings.Fields(command)
	if n := len(f); n >= 3 && strings.EqualFold(f[n-2], "page") {
		p, err := strconv.Atoi(f[n-1])
		return err == nil && p >= 1
	}
	return false
}

// isAnswerID reports whether v looks like a Bot's AnswerID: 16 lowercase hex digits.
func isAnswerID(v string) bool {
	if len(v) != 16 {
		return false
	}
	for _, c := range []byte(v) {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

func (a *Adapter) answerAction(ctx context.Context, j actionJob) {
	if j.vote != nil {
		a.answerVote(ctx, j)
		return
	}
	msg := a.reply(ctx, j.req, j.page, j.sources)
	var err error
	switch {
	case j.place == asNew && j.thread != "" && msg.ResponseType != responseEphemeral && a.poster != nil:
		// A new answer to a press in a thread goes in the thread, where the conversation is.
		err = a.poster.send(ctx, j.req.Channel, j.thread, msg)
	case j.responseURL != "":
		err = a.respond(ctx, j.responseURL, msg.appendJSON(nil, j.place))
	default:
		// No response_url to update or answer through: answer in the pressed message's thread.
		err = a.poster.send(ctx, j.req.Channel, cmp.Or(j.thread, j.message), msg)
	}
	if err != nil {
		a.logger.WarnContext(ctx, "slack_reply_failed", "event_kind", "action", "channel_id", j.req.Channel, "err", err)
	}
}

// voteFailed is what a voter is told when the vote could not be recorded.
const voteFailed = "Sorry, I could not record your vote just now; please try again in a moment."

// answerVote records a 👍/👎 and thanks the voter, and only the voter: the message with the
// buttons stays as it is for everyone else.
func (a *Adapter) answerVote(ctx context.Context, j actionJob) {
	thanks, err := a.convo.Vote(ctx, j.req.Platform, j.req.User, j.vote.answerID, j.vote.up)
	if err != nil {
		a.logger.WarnContext(ctx, "slack_vote_failed", "channel_id", j.req.Channel, "err", err)
		thanks = voteFailed
	}
	text := escapeSlack(thanks)
	if j.responseURL != "" {
		body := append([]byte(`{"response_type":"ephemeral","replace_original":false,"text":`), appendJSONString(nil, text)...)
		err = a.respond(ctx, j.responseURL, append(body, '}'))
	} else {
		opts := []slackapi.MsgOption{slackapi.MsgOptionText(text, false)}
		if j.thread != "" {
			opts = append(opts, slackapi.MsgOptionTS(j.thread))
		}
		_, err = a.api.PostEphemeralContext(ctx, j.req.Channel, j.req.User, opts...)
	}
	if err != nil {
		a.logger.WarnContext(ctx, "slack_reply_failed", "event_kind", "vote", "channel_id", j.req.Channel, "err", err)
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
