package slack

import (
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
	// pageTextBytes caps the text of one message (in bytes, which bound characters). It
	// keeps a page to about a screenful, which is what a chat reader takes in and what a
	// channel should get from one command; the rest is behind "More". It also keeps far from
	// Slack's own limits: block payloads of about 13k characters have been refused
	// (msg_blocks_too_long), and a Socket Mode ack must stay under 20 KB. At this size a page's
	// JSON with the HTTP headers fits the server's 4 KB write buffer, so a slash command is
	// answered with one write instead of two — a fifth of the route's throughput.
	pageTextBytes = 2700
	// maxSuggestions keeps the button row to what a reader takes in at a glance.
	maxSuggestions = 5
)

// Button action ids. A button carries everything needed to act on it in its value, so the
// bot keeps no state between a reply and a press.
const (
	actionRun      = "run"     // "run:N"; value: the command to run
	actionMore     = "more"    // value: "PAGE COMMAND", the page of the reply to show
	actionSources  = "sources" // value: "PAGE COMMAND", the page of the cited quotes to show
	actionsBlockID = "briefbot_actions"
)

// Response types of a slash-command reply.
const (
	responseInChannel = "in_channel"
	responseEphemeral = "ephemeral"
)

// RenderOptions says how a reply becomes a Slack message.
type RenderOptions struct {
	// Origin is the command text that produced the reply ("/relations japan korea"). The
	// "More" and "Sources" buttons re-run it, so without it they are left out.
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
func (m Message) AppendJSON(dst []byte) []byte { return m.appendJSON(dst, false) }

// appendJSON writes the message; asNew adds "replace_original":false, which a response_url
// post needs so a button's answer arrives as a new message instead of replacing the one the
// button is on.
func (m Message) appendJSON(dst []byte, asNew bool) []byte {
	dst = append(dst, '{')
	if m.ResponseType != "" {
		dst = append(dst, `"response_type":`...)
		dst = appendJSONString(dst, m.ResponseType)
		dst = append(dst, ',')
	}
	if asNew {
		dst = append(dst, `"replace_original":false,`...)
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

type blockKind uint8

const (
	kindHeader blockKind = iota
	kindSection
	kindContext
	kindActions
)

// block is one Block Kit block of the few kinds briefbot sends. It is a plain struct (not
// slack-go's interface-typed blocks) so that rendering and encoding the hot-path reply
// allocates little; it still satisfies slackapi.Block for the Web API.
type block struct {
	kind     blockKind
	text     string    // header: plain text; section: mrkdwn. Escaped.
	elements []element // context: mrkdwn texts; actions: buttons
	runes    int       // size of the text in bytes, for paging (bytes bound characters)
}

// element is a context text or a button.
type element struct {
	text     string // escaped
	actionID string // set for buttons
	value    string // a button's value: never shown, but escaped all the same (buttonValue)
}

var _ slackapi.Block = (*block)(nil)

// BlockType implements slackapi.Block.
func (b *block) BlockType() slackapi.MessageBlockType {
	switch b.kind {
	case kindHeader:
		return slackapi.MBTHeader
	case kindContext:
		return slackapi.MBTContext
	case kindActions:
		return slackapi.MBTAction
	}
	return slackapi.MBTSection
}

// ID implements slackapi.Block.
func (b *block) ID() string {
	if b.kind == kindActions {
		return actionsBlockID
	}
	return ""
}

// MarshalJSON lets slack-go's Web API calls encode the block.
func (b *block) MarshalJSON() ([]byte, error) { return b.appendJSON(nil), nil }

func (b *block) appendJSON(dst []byte) []byte {
	switch b.kind {
	case kindHeader:
		dst = append(dst, `{"type":"header","text":{"type":"plain_text","text":`...)
		dst = appendJSONString(dst, b.text)
		return append(dst, `,"emoji":true}}`...)
	case kindSection:
		dst = append(dst, `{"type":"section","text":`...)
		dst = appendMrkdwn(dst, b.text)
		return append(dst, '}')
	case kindContext:
		dst = append(dst, `{"type":"context","elements":[`...)
		for i, e := range b.elements {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendMrkdwn(dst, e.text)
		}
		return append(dst, "]}"...)
	default:
		dst = append(dst, `{"type":"actions","block_id":"`+actionsBlockID+`","elements":[`...)
		for i, e := range b.elements {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, `{"type":"button","action_id":`...)
			dst = appendJSONString(dst, e.actionID)
			dst = append(dst, `,"text":{"type":"plain_text","text":`...)
			dst = appendJSONString(dst, e.text)
			dst = append(dst, `,"emoji":true},"value":`...)
			dst = appendJSONString(dst, e.value)
			dst = append(dst, '}')
		}
		return append(dst, "]}"...)
	}
}

// appendMrkdwn writes a mrkdwn text object. verbatim stops Slack from turning bare URLs,
// channel names and "@here"-like words into links or mentions on its own.
func appendMrkdwn(dst []byte, text string) []byte {
	dst = append(dst, `{"type":"mrkdwn","text":`...)
	dst = appendJSONString(dst, text)
	return append(dst, `,"verbatim":true}`...)
}

// Render turns a reply into the Slack message for one of its pages.
func Render(r commands.Reply, o RenderOptions) Message {
	foot := footerTexts(r)
	acts := actionButtons(r, o, 1, 1)
	// Every page carries the header, the footer and the buttons; the body is paged in what
	// remains of the page's budget and Slack's block limit.
	fixed := len(r.Title) + 16
	for _, t := range foot {
		fixed += len(t) + 20
	}
	for _, a := range acts {
		fixed += len(a.text)
	}
	fixed += 2 * maxButtonTextRunes // room for "More" and a page marker
	body, pages := bodyBlocks(r, maxBlocks-3, max(pageTextBytes-fixed, pageTextBytes/2))
	page := min(max(o.Page, 1), len(pages))

	m := Message{ResponseType: responseType(r, o), Page: page, Pages: len(pages)}
	blocks := make([]block, 0, pages[page-1].to-pages[page-1].from+3)
	title := r.Title
	suffix := ""
	if page > 1 {
		suffix = " (" + strconv.Itoa(page) + "/" + strconv.Itoa(len(pages)) + ")"
	}
	if title != "" || suffix != "" {
		head := clipEscaped(title, maxHeaderRunes-utf8.RuneCountInString(suffix)) + suffix
		blocks = append(blocks, block{kind: kindHeader, text: head, runes: utf8.RuneCountInString(head)})
		m.Text = head
	}
	blocks = append(blocks, body[pages[page-1].from:pages[page-1].to]...)
	if len(pages) > 1 {
		foot = append(foot, "Page "+strconv.Itoa(page)+" of "+strconv.Itoa(len(pages)))
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

func responseType(r commands.Reply, o RenderOptions) string {
	if r.Ephemeral || o.EphemeralBriefings {
		return responseEphemeral
	}
	return responseInChannel
}

// bodyBlocks renders everything between the header and the footer: the lead, the notes and
// the sections, each section split into blocks of at most maxTextRunes at line boundaries,
// and splits them into pages of at most pageBlocks blocks and budget bytes of text. Paging is
// deterministic (page N is the same every time the same reply is rendered), which is what
// lets a "More" button carry only a page number.
//
// It is on the slash-command hot path, so all section text is written into one buffer, lines
// separated by newlines, and each block's text is a slice of the one string made from it:
// packing lines into blocks and pages only chooses where to cut.
func bodyBlocks(r commands.Reply, pageBlocks, budget int) ([]block, []pageRange) {
	p := packer{
		arena:      make([]byte, 0, textSize(r)),
		out:        make([]block, 0, len(r.Sections)+4),
		pageBlocks: pageBlocks,
		budget:     budget,
		pageStarts: []int{0},
	}
	if r.Lead != "" {
		p.addBlock(sectionBlock(clipEscaped(r.Lead, maxTextRunes)))
	}
	if len(r.Notes) > 0 {
		p.addBlock(contextBlock(r.Notes))
	}
	for _, sec := range r.Sections {
		if sec.Heading != "" {
			p.arena = append(p.arena, '*')
			p.arena = appendEscaped(p.arena, sec.Heading)
			p.arena = append(p.arena, '*')
			p.endLine()
		}
		for l := range strings.SplitSeq(sec.Text, "\n") {
			if l != "" {
				p.arena = appendEscaped(p.arena, l)
				p.endLine()
			}
		}
		for _, bl := range sec.Bullets {
			p.arena = appendBullet(p.arena, bl)
			p.endLine()
		}
		p.closeBlock() // sections never share a block
	}
	return p.finish()
}

// textSize estimates the bytes of a reply's section text, to size the buffer once.
func textSize(r commands.Reply) int {
	n := 0
	for _, sec := range r.Sections {
		n += len(sec.Heading) + len(sec.Text) + 8
		for _, b := range sec.Bullets {
			n += len(b.Label) + len(b.Text) + len(b.Cite) + 24
			if b.ShowQuote && b.Fact != nil {
				n += len(b.Fact.Quote) + 12
			}
		}
	}
	return n + n/16
}

// packer packs lines, written one after another into arena, into section blocks of at most
// maxTextRunes, and blocks into pages. Sizes are in bytes: they bound characters from above,
// so every block stays within Slack's character limit without counting characters, and the
// size of the JSON is bounded too.
type packer struct {
	arena    []byte
	out      []block
	spans    []span // where each section block's text is, filled in by finish
	cur      span   // the block being filled
	lineFrom int    // where the line being written starts

	pageBlocks, budget int
	pageStarts         []int // index in out of each page's first block
	used, blocks       int   // bytes and blocks on the current page, the open block included
}

// span is a section block's text: arena[from:to], or, for a line too long for any block,
// its clipped copy.
type span struct {
	block    int // index in out
	from, to int
	size     int
	open     bool
	clipped  string
}

// endLine ends the line written since the last one: it joins the block being filled if both
// the block and the page have room, or starts a new block, on a new page if need be. A
// newline follows it in arena.
func (p *packer) endLine() {
	from, to := p.lineFrom, len(p.arena)
	n := to - from
	p.arena = append(p.arena, '\n')
	p.lineFrom = len(p.arena)
	if n > maxTextRunes {
		p.closeBlock()
		clipped := clipSafe(string(p.arena[from:to]), maxTextRunes)
		p.room(len(clipped))
		p.spans = append(p.spans, span{block: p.newBlock(), clipped: clipped})
		p.used += len(clipped)
		return
	}
	if p.cur.open && p.cur.size+1+n <= maxTextRunes && p.used+1+n <= p.budget {
		p.cur.to = to
		p.cur.size += 1 + n
		p.used += 1 + n
		return
	}
	p.closeBlock()
	p.room(n)
	p.cur = span{from: from, to: to, size: n, open: true}
	p.used += n
}

// room starts a new page unless the current one has room for another block of n bytes.
func (p *packer) room(n int) {
	if p.blocks > 0 && (p.used+n > p.budget || p.blocks >= p.pageBlocks) {
		p.pageStarts = append(p.pageStarts, len(p.out))
		p.used, p.blocks = 0, 0
	}
	p.blocks++
}

// addBlock adds a ready block (the lead, the notes).
func (p *packer) addBlock(b block) {
	p.closeBlock()
	p.room(b.runes)
	p.out = append(p.out, b)
	p.used += b.runes
}

func (p *packer) closeBlock() {
	if !p.cur.open {
		return
	}
	p.cur.block = p.newBlock()
	p.spans = append(p.spans, p.cur)
	p.cur = span{}
}

func (p *packer) newBlock() int {
	p.out = append(p.out, block{kind: kindSection})
	return len(p.out) - 1
}

// finish makes the one string, points every block's text into it, and lists the pages.
func (p *packer) finish() ([]block, []pageRange) {
	p.closeBlock()
	text := string(p.arena)
	for _, sp := range p.spans {
		b := &p.out[sp.block]
		if sp.clipped != "" {
			b.text, b.runes = sp.clipped, len(sp.clipped)
			continue
		}
		b.text, b.runes = text[sp.from:sp.to], sp.size
	}
	pages := make([]pageRange, len(p.pageStarts))
	for i, from := range p.pageStarts {
		to := len(p.out)
		if i+1 < len(p.pageStarts) {
			to = p.pageStarts[i+1]
		}
		pages[i] = pageRange{from: from, to: to}
	}
	return p.out, pages
}

// appendBullet writes "• *Label* — text _[cite]_", with the quote under it when asked for.
func appendBullet(dst []byte, b commands.Bullet) []byte {
	dst = append(dst, "• "...)
	if b.Label != "" {
		dst = append(dst, '*')
		dst = appendEscaped(dst, b.Label)
		dst = append(dst, "* — "...)
	}
	dst = appendEscaped(dst, b.Text)
	if b.Cite != "" {
		dst = append(dst, " _["...)
		dst = appendEscaped(dst, b.Cite)
		dst = append(dst, "]_"...)
	}
	if b.ShowQuote && b.Fact != nil && b.Fact.Quote != "" {
		dst = append(dst, "\n>“"...)
		dst = appendEscaped(dst, b.Fact.Quote)
		dst = append(dst, "”"...)
	}
	return dst
}

func sectionBlock(text string) block {
	return block{kind: kindSection, text: text, runes: len(text)}
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
		b.runes += len(e)
		if i == maxContextElements-1 {
			break
		}
	}
	return b
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

// actionButtons are the reply's suggestions, then "Sources" and "More" where they apply.
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
		return out
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
	return out[:min(len(out), maxActionElements)]
}

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

type pageRange struct{ from, to int }

// sourcesReply is the "Sources" view of a reply: each cited fact with its verbatim quote and
// where in the source it comes from.
func sourcesReply(r commands.Reply) commands.Reply {
	facts := r.Facts()
	out := commands.Reply{
		Command:   r.Command,
		Found:     len(facts) > 0,
		Title:     "Sources: " + r.Title,
		Ephemeral: true,
		Source:    r.Source,
	}
	if len(facts) == 0 {
		out.Lead = "This reply cites no facts."
		return out
	}
	out.Lead = strconv.Itoa(len(facts)) + " facts behind this reply, each with its verbatim quote from the source."
	sec := commands.Section{}
	for _, f := range facts {
		cite := f.Section
		if f.Attribution != "" {
			cite += " · view of " + f.Attribution
		}
		sec.Bullets = append(sec.Bullets, commands.Bullet{Text: f.Text, Cite: cite, ShowQuote: true, Fact: f})
	}
	out.Sections = []commands.Section{sec}
	return out
}

// slackEscaper turns Slack's three control characters into entities; nothing else is
// encoded (docs.slack.dev/messaging/formatting-message-text#escaping).
var slackEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escapeSlack makes text inert in Slack: "<!channel>" shows as typed and pings no one.
func escapeSlack(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	return slackEscaper.Replace(s)
}

// appendEscaped appends s escaped for Slack. Most text has nothing to escape, and the
// check for that runs at memory speed.
func appendEscaped(dst []byte, s string) []byte {
	if strings.IndexByte(s, '&') < 0 && strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '>') < 0 {
		return append(dst, s...)
	}
	start := 0
	for i := 0; i < len(s); i++ {
		var ent string
		switch s[i] {
		case '&':
			ent = "&amp;"
		case '<':
			ent = "&lt;"
		case '>':
			ent = "&gt;"
		default:
			continue
		}
		dst = append(dst, s[start:i]...)
		dst = append(dst, ent...)
		start = i + 1
	}
	return append(dst, s[start:]...)
}

// unescapeSlack undoes Slack's escaping of text users typed, so the command layer sees what
// they meant ("a < b", not "a &lt; b"); the renderer escapes again on the way out.
func unescapeSlack(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return slackUnescaper.Replace(s)
}

var slackUnescaper = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">")

// clipEscaped escapes s and clips the result to at most n characters.
func clipEscaped(s string, n int) string { return clipSafe(escapeSlack(s), n) }

// clipSafe clips escaped text to at most n characters, never inside an entity, ending in "…"
// when something was cut.
func clipSafe(e string, n int) string {
	if utf8.RuneCountInString(e) <= n {
		return e
	}
	cut := runePrefix(e, n-1)
	// Never leave half an entity ("&am"): back off to before its "&".
	if amp := strings.LastIndexByte(cut, '&'); amp >= 0 && !strings.Contains(cut[amp:], ";") {
		cut = cut[:amp]
	}
	return cut + "…"
}

// clipRunes clips s to at most n characters, ending in "…" when something was cut.
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return runePrefix(s, n-1) + "…"
}

// runePrefix returns the first n characters of s.
func runePrefix(s string, n int) string {
	if n <= 0 {
		return ""
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
