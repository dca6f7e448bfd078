package slack

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/briefbot/briefbot/commands"
)

// errMalformed marks a signed request whose body is not what Slack sends (400, not 401).
var errMalformed = errors.New("malformed request")

// decodeSlashCommand reads a slash-command form body. It reads only the fields briefbot uses,
// in one pass without building a url.Values map, since this is the hot path; the result is
// slack-go's own SlashCommand, the type Socket Mode delivers too.
func decodeSlashCommand(body []byte) (slackapi.SlashCommand, error) {
	var c slackapi.SlashCommand
	for len(body) > 0 {
		var pair []byte
		pair, body, _ = bytes.Cut(body, []byte{'&'})
		if len(pair) == 0 {
			continue
		}
		k, v, _ := bytes.Cut(pair, []byte{'='})
		var dst *string
		switch string(k) {
		case "command":
			dst = &c.Command
		case "text":
			dst = &c.Text
		case "team_id":
			dst = &c.TeamID
		case "channel_id":
			dst = &c.ChannelID
		case "user_id":
			dst = &c.UserID
		case "response_url":
			dst = &c.ResponseURL
		case "enterprise_id":
			dst = &c.EnterpriseID
		case "api_app_id":
			dst = &c.APIAppID
		default:
			continue
		}
		s, err := formUnescape(v)
		if err != nil {
			return c, fmt.Errorf("%w: field %s: %v", errMalformed, k, err)
		}
		*dst = s
	}
	if !strings.HasPrefix(c.Command, "/") || len(c.Command) < 2 || strings.ContainsAny(c.Command, " \t\r\n") {
		return c, fmt.Errorf("%w: no slash command", errMalformed)
	}
	return c, nil
}

// formUnescape decodes one form value, copying it (the body buffer is reused).
func formUnescape(v []byte) (string, error) {
	if bytes.IndexByte(v, '%') < 0 && bytes.IndexByte(v, '+') < 0 {
		return string(v), nil
	}
	return url.QueryUnescape(string(v))
}

// slashRequest maps a slash command to the neutral request: "/relations" with text
// "japan korea" becomes "/relations japan korea"; the umbrella "/briefbot relations japan"
// is left for commands.Parse to unfold. A command typed in a direct message belongs to that
// conversation (so "and china?" may follow it); in a channel it stays one-shot.
func slashRequest(c slackapi.SlashCommand) commands.Request {
	text := strings.ToLower(c.Command)
	if t := strings.TrimSpace(unescapeSlack(c.Text)); t != "" {
		text += " " + t
	}
	req := commands.Request{Text: text, Platform: "slack", Workspace: c.TeamID, Channel: c.ChannelID, User: c.UserID}
	if isDirectMessage(c.ChannelID) {
		req.Conversation = c.ChannelID
	}
	return req
}

// isDirectMessage reports whether a channel id names a direct message with the bot: Slack's
// IM channel ids start with D.
func isDirectMessage(channel string) bool { return strings.HasPrefix(channel, "D") }

// threadConversation names a channel thread as a conversation: "CHANNEL/THREAD_TS".
func threadConversation(channel, threadTS string) string { return channel + "/" + threadTS }

// outerEvent is the part of an Events API body read before slack-go's parser, to tell a
// malformed body (400) from a well-formed event of a kind briefbot does not handle (200).
type outerEvent struct {
	Type      string `json:"type"`
	Challenge string `json:"challenge"`
	EventID   string `json:"event_id"`
	Event     *struct {
		Type string `json:"type"`
	} `json:"event"`
}

// eventsRequest is a decoded Events API delivery.
type eventsRequest struct {
	outer outerEvent
	// event is slack-go's parse of a callback; zero for url_verification and kinds
	// slack-go does not know.
	event slackevents.EventsAPIEvent
}

// decodeEvent reads an Events API body. Bodies that are not JSON objects with a type are
// malformed; a callback of a kind slack-go cannot parse is returned with a zero event, to be
// acknowledged and ignored (Slack would only retry it).
func decodeEvent(body []byte) (eventsRequest, error) {
	var r eventsRequest
	if err := json.Unmarshal(body, &r.outer); err != nil {
		return r, fmt.Errorf("%w: %v", errMalformed, err)
	}
	switch r.outer.Type {
	case "":
		return r, fmt.Errorf("%w: no event type", errMalformed)
	case slackevents.URLVerification:
		if r.outer.Challenge == "" {
			return r, fmt.Errorf("%w: url_verification without a challenge", errMalformed)
		}
		return r, nil
	case slackevents.CallbackEvent:
		if r.outer.Event == nil || r.outer.EventID == "" {
			return r, fmt.Errorf("%w: event_callback without an event or event_id", errMalformed)
		}
	}
	// The signature is the proof of origin; the deprecated verification token is not
	// checked.
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err == nil {
		r.event = ev
	}
	return r, nil
}

// decodeInteraction reads an interactivity body: a form with one "payload" field of JSON.
func decodeInteraction(body []byte) (slackapi.InteractionCallback, error) {
	var cb slackapi.InteractionCallback
	var payload string
	found := false
	for len(body) > 0 {
		var pair []byte
		pair, body, _ = bytes.Cut(body, []byte{'&'})
		k, v, _ := bytes.Cut(pair, []byte{'='})
		if string(k) != "payload" {
			continue
		}
		s, err := formUnescape(v)
		if err != nil {
			return cb, fmt.Errorf("%w: payload: %v", errMalformed, err)
		}
		payload, found = s, true
		break
	}
	if !found {
		return cb, fmt.Errorf("%w: no payload", errMalformed)
	}
	if err := json.Unmarshal([]byte(payload), &cb); err != nil {
		return cb, fmt.Errorf("%w: payload: %v", errMalformed, err)
	}
	if cb.Type == "" {
		return cb, fmt.Errorf("%w: payload without a type", errMalformed)
	}
	return cb, nil
}

// messageText turns the text of a DM or mention into a request: the bot's own mention is
// removed (anywhere for a known bot user id, or a leading one otherwise) and Slack's
// escaping undone.
func messageText(text, botUserID string) string {
	if botUserID != "" {
		for _, m := range []string{"<@" + botUserID + ">", "<@" + botUserID + "|"} {
			for {
				i := strings.Index(text, m)
				if i < 0 {
					break
				}
				end := strings.IndexByte(text[i:], '>')
				if end < 0 {
					break
				}
				text = text[:i] + " " + text[i+end+1:]
			}
		}
	} else if t := strings.TrimSpace(text); strings.HasPrefix(t, "<@") {
		if end := strings.IndexByte(t, '>'); end > 0 {
			text = t[end+1:]
		}
	}
	return strings.Join(strings.Fields(unescapeSlack(text)), " ")
}
