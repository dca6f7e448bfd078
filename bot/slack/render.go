package slack

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/commands"
)

// Slack's Block Kit limits (docs.slack.dev/reference/block-kit). slack-go enforces none of
// them when sending, so the renderer does: it splits long text and pages long replies behind
// a "More" button rather than send a message Slack would refuse.
const (
	maxBlocks           = 50
	maxHeaderRunes      = 150
	maxTextRunes        = 3000
	maxContextElements  = 10
	maxButtonTextRunes  = 75
	maxButtonValueRunes = 2000
	maxActionElements   = 25
	// pageJSONBytes caps one message's JSON: header, body, footer, buttons and fallback
	// text. It keeps a page to about a screenful, which is what a chat reader takes in and
	// what a channel should get from one command; the rest is behind "More". It also keeps far
	// from Slack's own limits: block payloads of about 13k characters have been refused
	// (msg_blocks_too_long), and a Socket Mode ack must stay under 20 KB. At this size a page
	// with the HTTP headers (about 110 bytes) fits the server's 4 KB write buffer, so a slash
	// command is answered with one write instead of two — a fifth of the route's throughput.
	// The budget is on the JSON, not the text, because buttons and footers grow too.
	pageJSONBytes = 3900
	// maxSuggestions keeps the button row to what a reader takes in at a glance.
	maxSuggestions = 5
)

// Button action ids. A button carries everything needed to act on it in its value, so the
// bot keeps no state between a reply and a press.
const (
	actionRun      = "run"     // "run:N"; value: the command to run
	actionMore     = "more"    // value: "PAGE COMMAND", the page of the reply to show
	actionSources  = "sources" // value: "PAGE COMMAND", the page of the cited quotes to show
	actionVote     = "vote"    // "vote:up" or "vote:down"; value: the answer's AnswerID
	actionsBlockID = "briefbot_actions"
)

// Response types of a slash-command reply.
const (
	responseInChannel = "in_channel"
	responseEphemeral = "ephemeral"
)

// RenderOptions says how a reply becomes a Slack message.
type RenderOptions struct {
	// Origin is the command that gives the reply again ("/relations japan, south korea"; see
	// the Origin function). The "More" and "Sources" buttons re-run it, so without it they
	// are left out.
	Origin string
	// Page is the 1-based page of a long reply to show; 0 means the first.
	Page int
	// EphemeralBriefings shows briefings only to the asker instead of the whole channel.
	EphemeralBriefings bool

	// sources renders the "Sources" view: its "More" button pages through quotes.
	sources bool
}

// Message is a reply rendered as a Slack message: Block Kit blocks and a plain-text
// fallback for notifications and screen readers. Every piece of text from the reply is
// escaped, so nothing a user typed can mention @channel, @here or anyone else.
type Message struct {
	// ResponseType is "in_channel" or "ephemeral" (for slash commands and response URLs).
	ResponseType string
	// Text is the fallback, already escaped.
	Text string
	// Page and Pages say which page of the reply this is.
	Page, Pages int

	blocks []block
}

// Blocks returns the message's blocks as slack-go values, for the Web API.
func (m Message) Blocks() []slackapi.Block {
	out := make([]slackapi.Block, len(m.blocks))
	for i := range m.blocks {
		out[i] = &m.blocks[i]
	}
	return out
}

// MarshalJSON encodes the message as Slack expects it in a slash-command response.
func (m Message) MarshalJSON() ([]byte, error) { return m.AppendJSON(nil), nil }

// AppendJSON appends the message's JSON ({"response_type", "text", "blocks"}) to dst.
func (m Message) AppendJSON(dst []byte) []byte { return m.appendJSON(dst, asReply) }

// placement says where a message posted to a response_url goes.
type placement uint8

const (
	// asReply is a slash command's own answer: no placement field.
	asReply placement = iota
	// asNew ("replace_original":false) posts a new message, leaving the one the button is on.
	asNew
	// asReplacement ("replace_original":true) puts the message in place of the one the
	// button is on: paging turns the page instead of posting another one.
	asReplacement
)

// appendJSON writes the message, placed as p says.
func (m Message) appendJSON(dst []byte, p placement) []byte {
	dst = append(dst, '{')
	if m.ResponseType != "" {
		dst = append(dst, `"response_type":`...)
		dst = appendJSONString(dst, m.ResponseType)
		dst = append(dst, ',')
	}
	switch p {
	case asNew:
		dst = append(dst, `"replace_original":false,`...)
	case asReplacement:
		dst = append(dst, `"replace_original":true,`...)
	}
	dst = append(dst, `"text":`...)
	dst = appendJSONString(dst, m.Text)
	dst = append(dst, `,"blocks":[`...)
	for i := range m.blocks {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = m.blocks[i].appendJSON(dst)
	}
	return append(dst, "]}"...)
}

// Render turns a reply into the Slack message for one of its pages.
func Render(r commands.Reply, o RenderOptions) Message {
	foot := footerTexts(r)
	// Every page carries the header, the footer, the buttons and the fallback text; the body
	// is paged in what remains of the page's budget and Slack's block limit.
	fixed := frameSize(r, foot)
	pages := paginate(body(r), maxBlocks-3, max(pageJSONBytes-fixed, pageJSONBytes/3))
	page := min(max(o.Page, 1), len(pages))

	m := Message{ResponseType: responseType(r, o), Page: page, Pages: len(pages)}
	blocks := make([]block, 0, len(pages[page-1])+3)
	title := r.Title
	suffix := ""
	if page > 1 {
		suffix = " (" + strconv.Itoa(page) + "/" + strconv.Itoa(len(pages)) + ")"
	}
	if title != "" || suffix != "" {
		head := clipEscaped(title, maxHeaderRunes-utf8.RuneCountInString(suffix)) + suffix
		blocks = append(blocks, block{kind: kindHeader, text: head})
		m.Text = head
	}
	blocks = append(blocks, pages[page-1]...)
	if len(pages) > 1 {
		foot = append(foot, "Part "+strconv.Itoa(page)+" of "+strconv.Itoa(len(pages)))
	}
	if len(foot) > 0 {
		blocks = append(blocks, contextBlock(foot))
	}
	if acts := actionButtons(r, o, page, len(pages)); len(acts) > 0 {
		blocks = append(blocks, block{kind: kindActions, elements: acts})
	}
	if len(blocks) == 0 {
		// Slack wants something to show; an empty reply is the dispatcher's bug, not the reader's.
		blocks = append(blocks, sectionBlock("…"))
	}
	m.blocks = blocks
	if r.Lead != "" && page == 1 {
		if m.Text != "" {
			m.Text += " — "
		}
		m.Text += escapeSlack(r.Lead)
	}
	if m.Text == "" {
		m.Text = "briefbot"
	}
	m.Text = clipSafe(m.Text, maxTextRunes)
	return m
}

// frameSize is the JSON size of what every page of r carries besides its body, at its largest:
// a page marker in the header and the footer, "Sources" and "More" buttons, the lead in the
// fallback text. It depends on r alone, so that page N is the same whatever options render
// it; the buttons that carry the command are counted with room for one of originRoom bytes
// (a longer one only makes the page longer than its budget).
func frameSize(r commands.Reply, foot []string) int {
	const marker, originRoom = " (99/99)", 64
	head := clipEscaped(r.Title, maxHeaderRunes)
	o := RenderOptions{Origin: strings.Repeat("x", originRoom)}
	m := Message{
		ResponseType: responseInChannel,
		Text:         clipSafe(head+marker+" — "+escapeSlack(r.Lead), maxTextRunes),
		blocks: []block{
			{kind: kindHeader, text: head + marker},
			contextBlock(append(slices.Clip(foot), "Part 99 of 99")),
			{kind: kindActions, elements: actionButtons(r, o, 1, 2)},
		},
	}
	return len(m.appendJSON(nil, asReplacement))
}

func responseType(r commands.Reply, o RenderOptions) string {
	if r.Ephemeral || o.EphemeralBriefings {
		return responseEphemeral
	}
	return responseInChannel
}

// body is what lies between the header and the footer, as paging sees it: the lead, the
// notes, and each section's escaped lines (heading, text lines, bullets).
func body(r commands.Reply) []bodyPart {
	parts := make([]bodyPart, 0, len(r.Sections)+2)
	if r.Lead != "" {
		parts = append(parts, bodyPart{whole: sectionBlock(clipEscaped(r.Lead, maxTextRunes))})
	}
	if len(r.Notes) > 0 {
		parts = append(parts, bodyPart{whole: contextBlock(r.Notes)})
	}
	for _, sec := range r.Sections {
		lines := make([]string, 0, len(sec.Bullets)+2)
		if sec.Heading != "" {
			lines = append(lines, "*"+escapeSlack(sec.Heading)+"*")
		}
		for l := range strings.SplitSeq(sec.Text, "\n") {
			if l != "" {
				lines = append(lines, escapeSlack(l))
			}
		}
		for _, bl := range sec.Bullets {
			lines = append(lines, bulletLine(bl))
		}
		parts = append(parts, bodyPart{lines: lines})
	}
	return parts
}

// bulletLine is "• *Label* — text _[cite]_", with the quote under it when asked for.
func bulletLine(b commands.Bullet) string {
	var l strings.Builder
	l.WriteString("• ")
	if b.Label != "" {
		l.WriteString("*" + escapeSlack(b.Label) + "* — ")
	}
	l.WriteString(escapeSlack(b.Text))
	if b.Cite != "" {
		l.WriteString(" _[" + escapeSlack(b.Cite) + "]_")
	}
	if b.ShowQuote && b.Fact != nil && b.Fact.Quote != "" {
		l.WriteString("\n>“" + escapeSlack(b.Fact.Quote) + "”")
	}
	return l.String()
}

func sectionBlock(text string) block {
	return sized(block{kind: kindSection, text: text})
}

// sized sets b's size: its JSON's bytes, with the comma that separates it from the block
// before it.
func sized(b block) block {
	b.size = len(b.appendJSON(nil)) + 1
	return b
}

// contextBlock renders short texts as one context block, within its ten-element limit.
func contextBlock(texts []string) block {
	b := block{kind: kindContext}
	for i, t := range texts {
		if i == maxContextElements-1 && len(texts) > maxContextElements {
			t = strings.Join(texts[i:], " · ")
		}
		e := clipEscaped(t, maxTextRunes)
		b.elements = append(b.elements, element{text: e})
		if i == maxContextElements-1 {
			break
		}
	}
	return sized(b)
}

// footerTexts are the source lines every briefing ends with.
func footerTexts(r commands.Reply) []string {
	if r.Source == "" {
		return nil
	}
	var out []string
	for l := range strings.SplitSeq(r.Source, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out[:min(len(out), maxContextElements-1)]
}

// actionButtons are the reply's suggestions, then "Sources" and "More" where they apply,
// then 👍 and 👎 when the answer is recorded for feedback.
func actionButtons(r commands.Reply, o RenderOptions, page, pages int) []element {
	var out []element
	for i, s := range r.Suggestions {
		if i == maxSuggestions || s.Command == "" {
			break
		}
		label := s.Label
		if label == "" {
			label = s.Command
		}
		out = append(out, element{
			text:     clipEscaped(label, maxButtonTextRunes),
			actionID: actionRun + ":" + strconv.Itoa(i),
			value:    buttonValue(s.Command, maxButtonValueRunes),
		})
	}
	if o.Origin == "" {
		return append(out, voteButtons(r)...)
	}
	if !o.sources && hasFacts(r) {
		out = append(out, element{text: "Sources", actionID: actionSources, value: pageValue(1, o.Origin)})
	}
	if page < pages {
		id := actionMore
		if o.sources {
			id = actionSources
		}
		out = append(out, element{
			text:     "More (" + strconv.Itoa(page+1) + "/" + strconv.Itoa(pages) + ")",
			actionID: id,
			value:    pageValue(page+1, o.Origin),
		})
	}
	out = append(out, voteButtons(r)...)
	return out[:min(len(out), maxActionElements)]
}

// voteButtons are 👍 and 👎 for an answer with an AnswerID; the id is all a vote needs.
func voteButtons(r commands.Reply) []element {
	if r.AnswerID == "" {
		return nil
	}
	return []element{
		{text: "👍", actionID: actionVote + ":" + voteUp, value: buttonValue(r.AnswerID, maxButtonValueRunes)},
		{text: "👎", actionID: actionVote + ":" + voteDown, value: buttonValue(r.AnswerID, maxButtonValueRunes)},
	}
}

// The second part of a vote button's action id.
const (
	voteUp   = "up"
	voteDown = "down"
)

func hasFacts(r commands.Reply) bool {
	for _, s := range r.Sections {
		for _, b := range s.Bullets {
			if b.Fact != nil {
				return true
			}
		}
	}
	return false
}

// buttonValue carries a command in a button's value, escaped like visible text and cut to n
// characters. Slack never shows a value, but it is still part of the message: a <!channel>
// the user typed must not travel in it raw, where anything reading the message (a log, an
// export, another app) could take it for markup. readButtonValue undoes it.
func buttonValue(command string, n int) string {
	return clipEscaped(command, n)
}

// readButtonValue reads a command carried by buttonValue.
func readButtonValue(v string) string { return unescapeSlack(v) }

// pageValue encodes a page and the command that makes the reply as a button value.
func pageValue(page int, origin string) string {
	p := strconv.Itoa(page) + " "
	return p + buttonValue(origin, maxButtonValueRunes-len(p))
}

// parsePageValue reads a value made by pageValue.
func parsePageValue(v string) (page int, origin string, ok bool) {
	p, origin, found := strings.Cut(v, " ")
	origin = readButtonValue(origin)
	n, err := strconv.Atoi(p)
	if !found || err != nil || n < 1 || strings.TrimSpace(origin) == "" {
		return 0, "", false
	}
	return n, origin, true
}
