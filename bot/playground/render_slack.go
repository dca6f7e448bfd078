package playground

import (
	"encoding/json"
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/bot/slack"
	"github.com/briefbot/briefbot/commands"
)

// slackPayload is a Slack message as the adapter sends it.
type slackPayload struct {
	ResponseType string       `json:"response_type"`
	Text         string       `json:"text"`
	Blocks       []slackBlock `json:"blocks"`
}

type slackBlock struct {
	Type     string            `json:"type"`
	Text     *slackText        `json:"text"`
	Elements []json.RawMessage `json:"elements"`
}

type slackText struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type slackButton struct {
	Type     string    `json:"type"`
	ActionID string    `json:"action_id"`
	Text     slackText `json:"text"`
	Value    string    `json:"value"`
}

type slackView struct {
	Ephemeral bool
	Blocks    []slackBlockView
	JSON      string
}

type slackBlockView struct {
	Type     string
	HTML     template.HTML   // header (plain text, escaped), section (mrkdwn)
	Elements []template.HTML // context
	Buttons  []buttonView    // actions
}

// renderSlack draws the Block Kit the Slack adapter would send for the reply's page.
func renderSlack(r commands.Reply, origin string, page int, id int64) (*slackView, int, error) {
	m := slack.Render(r, slack.RenderOptions{Origin: origin, Page: page})
	raw := m.AppendJSON(nil)
	var msg slackPayload
	if err := json.Unmarshal(raw, &msg); err != nil {
		return nil, 0, fmt.Errorf("read slack message: %w", err)
	}
	v := &slackView{Ephemeral: msg.ResponseType == "ephemeral", JSON: indent(raw)}
	for _, b := range msg.Blocks {
		bv := slackBlockView{Type: b.Type}
		switch b.Type {
		case "header":
			if b.Text != nil {
				bv.HTML = slackPlainHTML(b.Text.Text)
			}
		case "section":
			if b.Text != nil {
				bv.HTML = slackTextHTML(*b.Text)
			}
		case "context":
			for _, raw := range b.Elements {
				var t slackText
				if err := json.Unmarshal(raw, &t); err != nil {
					return nil, 0, fmt.Errorf("read slack context: %w", err)
				}
				bv.Elements = append(bv.Elements, slackTextHTML(t))
			}
		case "actions":
			for _, raw := range b.Elements {
				var btn slackButton
				if err := json.Unmarshal(raw, &btn); err != nil {
					return nil, 0, fmt.Errorf("read slack button: %w", err)
				}
				bv.Buttons = append(bv.Buttons, slackButtonView(btn, id))
			}
		}
		v.Blocks = append(v.Blocks, bv)
	}
	return v, m.Pages, nil
}

func slackTextHTML(t slackText) template.HTML {
	if t.Type == "plain_text" {
		return slackPlainHTML(t.Text)
	}
	return slackHTML(t.Text)
}

// slackPlainHTML renders a plain_text object: no markup, but Slack still decodes its three
// entities, which the renderer writes into every text it sends.
func slackPlainHTML(s string) template.HTML {
	var b strings.Builder
	slackFlavor.literal(&b, s)
	return template.HTML(b.String()) //nolint:gosec // escaped by literal
}

// slackUnescape decodes Slack's three entities, for text the page's template escapes itself.
var slackUnescape = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace

// slackButtonView reads a button's action: "run:N" runs its value; "more" and "sources" carry
// "PAGE COMMAND"; "vote:up" and "vote:down" carry the answer id. "Sources" answers on Slack
// with the cited quotes; here they are listed under every reply, so it jumps to them.
func slackButtonView(b slackButton, id int64) buttonView {
	v := buttonView{Label: slackUnescape(b.Text.Text)}
	action, detail, _ := strings.Cut(b.ActionID, ":")
	switch action {
	case "vote":
		v.Vote, v.Answer, v.Message = detail, slackUnescape(b.Value), id
	case "run":
		v.Command = slackUnescape(b.Value) // values are escaped like text (slack.buttonValue)
	case "more":
		page, origin, _ := strings.Cut(b.Value, " ")
		v.Page, _ = strconv.Atoi(page)
		v.Command = slackUnescape(origin)
		v.Primary = true
	case "sources":
		v.Anchor = "#cited-" + strconv.FormatInt(id, 10)
	}
	return v
}
