package playground

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"time"
)

// The page shows what the platforms would get, not a third rendering: each reply goes through
// slack.Render and discord.RenderJSON, exactly as the adapters send it, and the page draws
// that JSON (render_slack.go, render_discord.go), reading only the parts it draws.

// messageView is one history entry, ready for the "message" template.
type messageView struct {
	ID   int64
	Kind string
	At   stamp
	Text string // kindYou
	Page int
	// Slack holds one message, or several when the platform would post several: a digest
	// longer than a page goes out as consecutive messages.
	Slack   []*slackView
	Discord *discordView // nil for a further Slack page
	Cited   []citedFact
	// AnswerID is set for an answer the bot recorded: the page offers 👍 and 👎 under it.
	// Vote is the session's vote on it ("up", "down", none), Thanks the bot's reply to that.
	AnswerID, Vote, Thanks string
}

// stamp is a message's time: in UTC on the page as the server renders it, and in the viewer's
// own zone once the page's script has read the datetime attribute (the server cannot know it).
type stamp struct {
	ISO  string // RFC 3339, UTC
	Text string // "15:04:05 UTC"
}

func stampOf(t time.Time) stamp {
	t = t.UTC()
	return stamp{ISO: t.Format(time.RFC3339), Text: t.Format(time.TimeOnly) + " UTC"}
}

// buttonView is a platform button the page can press: it runs a command (a suggestion, or
// Slack's "More" with its page), jumps to the reply's cited facts (Slack's "Sources"), or
// votes on the answer (👍/👎, as the playground's own buttons do).
type buttonView struct {
	Label   string
	Command string
	Page    int
	Anchor  string // set for a button that only jumps on the page
	Primary bool
	// Vote ("up" or "down") is set for a feedback button: it votes on Answer, shown in the
	// history's message Message.
	Vote    string
	Answer  string
	Message int64
}

// citedFact links a fact a reply cites to its quote in the source.
type citedFact struct {
	ID, Text, Quote, Section, Link string
}

// view renders an entry for the page.
func (p *Playground) view(e entry) (messageView, error) {
	v := messageView{ID: e.ID, Kind: e.Kind, At: stampOf(e.At), Page: e.Page,
		AnswerID: e.Reply.AnswerID, Vote: e.Vote, Thanks: e.Thanks}
	if e.Kind == kindYou {
		v.Text = e.Text
		return v, nil
	}
	sv, pages, err := renderSlack(e.Reply, e.Origin, e.Page, e.ID)
	if err != nil {
		return v, err
	}
	v.Slack = append(v.Slack, sv)
	if e.Origin == "" && e.Page <= 1 {
		// Posted, or a follow-up's view: Slack sends every page, with no "More" button.
		for page := 2; page <= pages; page++ {
			sv, _, err := renderSlack(e.Reply, "", page, e.ID)
			if err != nil {
				return v, err
			}
			v.Slack = append(v.Slack, sv)
		}
	}
	if e.Page <= 1 {
		asked := e.Text
		if e.Kind != kindBot {
			asked = "" // posted, not answered: no More, Sources or votes
		}
		if v.Discord, err = renderDiscord(e.Reply, asked, e.ID); err != nil {
			return v, err
		}
	}
	for _, f := range e.Reply.Facts() {
		v.Cited = append(v.Cited, citedFact{ID: f.ID, Text: f.Text, Quote: f.Quote, Section: f.Section,
			Link: sourceLink(f.Source, f.ID)})
	}
	return v, nil
}

func indent(raw []byte) string {
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		return string(raw)
	}
	return b.String()
}

// messageHTML renders one entry as the page shows it in the history.
func (p *Playground) messageHTML(e entry) (template.HTML, error) {
	v, err := p.view(e)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	if err := p.tmpl.ExecuteTemplate(&b, "message", v); err != nil {
		return "", fmt.Errorf("render message: %w", err)
	}
	return template.HTML(b.String()), nil //nolint:gosec // html/template output
}
