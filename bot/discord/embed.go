package discord

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/commands"
)

// Discord's message and embed limits (developers/resources/message.mdx). Discord rejects a
// message that breaks one with 400, and discordgo checks none of them, so Render enforces
// them all.
const (
	maxEmbeds      = 10
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	// maxTotal bounds title + description + field names and values + footer + author name,
	// summed over every embed of a message.
	maxTotal = 6000

	maxButtonsPerRow = 5
	maxRows          = 5
	maxButtonLabel   = 80
	maxCustomID      = 100
)

// Message is a reply rendered for Discord: the data of an interaction response, and the body
// of a channel message (without Flags). AllowedMentions is always set and empty, so nothing in
// a reply — a name the user typed, "@everyone" in a question — can ever ping anyone.
type Message struct {
	Content         string                       `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed    `json:"embeds"`
	Components      []discordgo.MessageComponent `json:"components,omitempty"`
	AllowedMentions AllowedMentions              `json:"allowed_mentions"`
	// Flags is discordgo.MessageFlagsEphemeral for help, usage and errors in interactions.
	Flags discordgo.MessageFlags `json:"flags,omitempty"`
}

// AllowedMentions is Discord's allowed_mentions object. Parse is never nil, so it always
// serialises as {"parse":[]}: regular messages otherwise default to pinging users, roles and
// @everyone, interaction responses to pinging users.
type AllowedMentions struct {
	Parse []string `json:"parse"`
}

// Embed colours by outcome: an answer, nothing found, a mistake.
const (
	colorFound    = 0x3B6EA5
	colorNotFound = 0x8A8F98
	colorError    = 0xC0392B
)

// zeroWidth names a field that continues the one above it: Discord requires a name.
const zeroWidth = "\u200b"

// Render turns a reply into a Discord message within every limit: long sections are split
// over several fields, and when the whole would pass 6000 characters each section keeps a
// fair share and says how many of its points were left out, rather than the message failing.
// All text from the reply is Markdown-escaped (commands.EscapeMarkdown), so text a user typed
// and the reply echoes cannot format or mention.
func Render(r commands.Reply) Message { return renderMessage(r, nil) }

// renderMessage is Render with a row of controls (More, Sources, votes) under the
// suggestions.
func renderMessage(r commands.Reply, controls []discordgo.MessageComponent) Message {
	// The 6000 characters are shared in order of need: the title, then the source (every
	// reply names it, but it may take at most a third of what is left), then the fields and
	// the description, the description yielding when both are long.
	title := clip(esc(r.Title), maxTitle)
	left := maxTotal - textLen(title)
	// Footers are not Markdown: the source line goes in as written. A digest's delivery key
	// is its last line, whole, for Poster.Delivered to find.
	footer := clip(r.Source, min(maxFooter, left/3))
	if k := clip(r.DeliveryKey, maxTitle); k != "" { // keys are short; the clip keeps the limit
		footer = strings.TrimPrefix(clip(r.Source, min(maxFooter, left/3)-textLen(k)-1)+"\n"+k, "\n")
	}
	left -= textLen(footer)
	plan := planSections(r.Sections)
	desc := clip(description(r), min(maxDescription, left-min(plan.total, left/2)))
	left -= textLen(desc)
	fields := plan.fields(left)

	first := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Title: title, Description: desc, Color: colorOf(r)}
	embeds := []*discordgo.MessageEmbed{first}
	cur := first
	for _, f := range fields {
		if len(cur.Fields) == maxFields {
			if len(embeds) == maxEmbeds {
				break // fields already capped the count; a guard, not a path
			}
			cur = &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: first.Color}
			embeds = append(embeds, cur)
		}
		cur.Fields = append(cur.Fields, f)
	}
	if footer != "" {
		cur.Footer = &discordgo.MessageEmbedFooter{Text: footer}
	}
	if first.Title == "" && first.Description == "" && len(first.Fields) == 0 && first.Footer == nil {
		// An embed needs some content; a reply with none still says something.
		first.Description = "…"
	}
	m := Message{Embeds: embeds, Components: buttonRows(r.Suggestions, controls), AllowedMentions: AllowedMentions{Parse: []string{}}}
	if r.Ephemeral {
		m.Flags = discordgo.MessageFlagsEphemeral
	}
	return m
}

// RenderJSON is Render's message JSON for a reply, indented: what a digest edition is posted
// as (answers are paged instead: see RenderAnswerJSON).
func RenderJSON(r commands.Reply) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // as sent: see encodeJSON
	enc.SetIndent("", "  ")
	if err := enc.Encode(Render(r)); err != nil {
		return nil, fmt.Errorf("render discord message: %w", err)
	}
	return b.Bytes(), nil
}

func colorOf(r commands.Reply) int {
	switch {
	case r.Found:
		return colorFound
	case r.Code == commands.CodeNotFound:
		return colorNotFound
	case r.Code != "":
		return colorError
	}
	return colorFound
}

// description is the lead in italics, then the notes (how a typo was read, what was left out).
func description(r commands.Reply) string {
	var lines []string
	if r.Lead != "" {
		lines = append(lines, "*"+esc(r.Lead)+"*")
	}
	for _, n := range r.Notes {
		lines = append(lines, "*"+esc(n)+"*")
	}
	return strings.Join(lines, "\n")
}

// item is one unit of a section that is never split between fields: a paragraph line, or a
// bullet with its quote, measured once.
type item struct {
	text string
	n    int // textLen(text)
}

func newItem(s string) item {
	n := textLen(s)
	if n > maxFieldValue {
		s = clip(s, maxFieldValue)
		n = textLen(s)
	}
	return item{text: s, n: n}
}

// sectionItems renders a section's text lines and bullets as Markdown, in order, until they
// pass limit characters — no message holds more, so rendering the rest would be wasted — and
// reports how many items the section has in all.
func sectionItems(s commands.Section, limit int) (items []item, total int) {
	var lines []string
	for l := range strings.SplitSeq(s.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	total = len(lines) + len(s.Bullets)
	size := 0
	push := func(text string) bool {
		it := newItem(text)
		items = append(items, it)
		size += it.n + 1
		return size <= limit
	}
	for _, l := range lines {
		if !push(esc(l)) {
			return items, total
		}
	}
	var sb strings.Builder
	for _, b := range s.Bullets {
		sb.Reset()
		sb.WriteString("• ")
		if b.Label != "" {
			sb.WriteString("**")
			sb.WriteString(esc(b.Label))
			sb.WriteString("** — ")
		}
		sb.WriteString(esc(b.Text))
		if b.Cite != "" {
			sb.WriteString(" *[")
			sb.WriteString(esc(b.Cite))
			sb.WriteString("]*")
		}
		if b.ShowQuote && b.Fact != nil && b.Fact.Quote != "" {
			sb.WriteString("\n> “")
			sb.WriteString(esc(b.Fact.Quote))
			sb.WriteString("”")
		}
		if !push(sb.String()) {
			return items, total
		}
	}
	return items, total
}

// moreReserve is room kept for the "…and N more" line a cut section ends with.
const moreReserve = 48

func moreLine(n int) string { return fmt.Sprintf("*…and %d more left out for length.*", n) }

// zeroWidthLen is textLen(zeroWidth).
const zeroWidthLen = 1

// packSection lays a section's items into fields (heading, then unnamed continuations, each
// value ≤ 1024) spending at most allot characters, and reports what it spent. It works on
// lengths first and joins strings only for fields it keeps; with emit false it only measures.
// total is how many items the section has, items holding the first of them.
func packSection(heading string, items []item, total, allot int, emit bool) ([]*discordgo.MessageEmbedField, int) {
	name := clip(esc(heading), maxFieldName)
	if name == "" {
		name = zeroWidth
	}
	nameLen := textLen(name)
	// groups[i] is the items of field i; lens[i] its value's length.
	var groups [][]item
	var lens []int
	used := 0
	// cost is what adding an item of length n would spend, and whether it opens a field.
	cost := func(n int) (int, bool) {
		switch {
		case len(lens) == 0:
			return nameLen + n, true
		case lens[len(lens)-1]+1+n <= maxFieldValue:
			return 1 + n, false
		default:
			return zeroWidthLen + n, true
		}
	}
	add := func(it item) {
		c, opens := cost(it.n)
		used += c
		if opens {
			groups = append(groups, []item{it})
			lens = append(lens, it.n)
			return
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], it)
		lens[len(lens)-1] += 1 + it.n
	}
	shown := 0
	for i, it := range items {
		reserve := 0
		if i < total-1 {
			reserve = moreReserve + zeroWidthLen
		}
		if c, _ := cost(it.n); used+c+reserve > allot {
			break
		}
		add(it)
		shown++
	}
	if shown < total {
		more := moreLine(total - shown)
		if c, _ := cost(textLen(more)); used+c <= allot {
			add(item{text: more, n: textLen(more)})
		}
	}
	if !emit {
		return nil, used
	}
	fields := make([]*discordgo.MessageEmbedField, len(groups))
	var b strings.Builder
	for i, g := range groups {
		b.Reset()
		b.Grow(lens[i] * 3) // lengths count UTF-16 units; bytes may be up to three times more
		for j, it := range g {
			if j > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(it.text)
		}
		n := name
		if i > 0 {
			n = zeroWidth
		}
		fields[i] = &discordgo.MessageEmbedField{Name: n, Value: b.String()}
	}
	return fields, used
}

// sectionPlan is the reply's sections as items, with what each would cost in full (up to
// the most a message can hold).
type sectionPlan struct {
	secs   []commands.Section
	items  [][]item
	counts []int
	full   []int
	total  int
}

func planSections(secs []commands.Section) sectionPlan {
	p := sectionPlan{secs: secs, items: make([][]item, len(secs)), counts: make([]int, len(secs)), full: make([]int, len(secs))}
	for i, s := range secs {
		// A heading alone says nothing: a section without lines costs (and shows) nothing.
		if p.items[i], p.counts[i] = sectionItems(s, maxTotal); len(p.items[i]) > 0 {
			_, p.full[i] = packSection(s.Heading, p.items[i], p.counts[i], maxTotal, false)
			p.total += p.full[i]
		}
	}
	return p
}

// fields lays out every section within budget. When all of it does not fit, the budget is
// shared by water-filling: sections smaller than the fair share keep everything, and the
// larger ones are cut to an equal cap — so the timeline at the end is not starved by a long
// list at the top.
func (p sectionPlan) fields(budget int) []*discordgo.MessageEmbedField {
	if budget <= 0 || p.total == 0 {
		return nil
	}
	allot := p.full
	if p.total > budget {
		allot = waterFill(p.full, budget)
	}
	var out []*discordgo.MessageEmbedField
	for i, s := range p.secs {
		if len(p.items[i]) == 0 {
			continue
		}
		a := allot[i]
		if a >= p.full[i] {
			a = maxTotal // all of it fits: no room to keep for a "more" line
		}
		f, _ := packSection(s.Heading, p.items[i], p.counts[i], a, true)
		out = append(out, f...)
	}
	if len(out) > maxFields*maxEmbeds {
		out = out[:maxFields*maxEmbeds] // only hundreds of tiny sections get here
	}
	return out
}

// waterFill shares budget among demands: each gets min(demand, cap), with cap as large as
// the budget allows.
func waterFill(demand []int, budget int) []int {
	idx := make([]int, len(demand))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return demand[idx[a]] < demand[idx[b]] })
	out := make([]int, len(demand))
	left := budget
	for k, i := range idx {
		share := left / (len(idx) - k)
		if demand[i] <= share {
			out[i] = demand[i]
		} else {
			out[i] = share
		}
		left -= out[i]
	}
	return out
}

// buttonRows offers the reply's suggestions as buttons whose custom ID is the command to
// run, with controls (at most a row of them) as the last row; the suggestions get the rows
// left. Suggestions whose command does not fit a custom ID (100 characters) are left out; so
// are repeats, since custom IDs must be unique in a message.
func buttonRows(sugg []commands.Suggestion, controls []discordgo.MessageComponent) []discordgo.MessageComponent {
	if len(controls) > maxButtonsPerRow {
		controls = controls[:maxButtonsPerRow]
	}
	rows := suggestionRows(sugg, maxRows-min(len(controls), 1))
	if len(controls) > 0 {
		rows = append(rows, discordgo.ActionsRow{Components: controls})
	}
	return rows
}

// suggestionRows lays suggestions out in at most limit rows.
func suggestionRows(sugg []commands.Suggestion, limit int) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	var row []discordgo.MessageComponent
	seen := map[string]bool{}
	for _, s := range sugg {
		id := runPrefix + s.Command
		if s.Command == "" || len(id) > maxCustomID || seen[id] {
			continue
		}
		seen[id] = true
		label := clip(firstNonEmpty(s.Label, s.Command), maxButtonLabel)
		row = append(row, discordgo.Button{Label: label, Style: discordgo.SecondaryButton, CustomID: id})
		if len(row) == maxButtonsPerRow {
			rows = append(rows, discordgo.ActionsRow{Components: row})
			row = nil
			if len(rows) == limit {
				return rows
			}
		}
	}
	if len(row) > 0 {
		rows = append(rows, discordgo.ActionsRow{Components: row})
	}
	return rows
}

func esc(s string) string { return commands.EscapeMarkdown(s) }

// textLen counts text as Discord's limits do, conservatively: in UTF-16 code units, so a
// character outside the Basic Multilingual Plane (an emoji) counts twice, and an invalid byte
// counts once, as the U+FFFD JSON encoding turns it into. Render measures every line, so
// ASCII runs are taken eight bytes at a time.
func textLen(s string) int {
	n, i := 0, 0
	for i < len(s) {
		if i+8 <= len(s) && s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7] < utf8.RuneSelf {
			n, i = n+8, i+8
			continue
		}
		if s[i] < utf8.RuneSelf {
			n, i = n+1, i+1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n, i = n+utf16.RuneLen(r), i+size
	}
	return n
}

// clip shortens s to at most n (textLen) with an ellipsis, never cutting a rune or leaving a
// dangling escape backslash.
func clip(s string, n int) string {
	if textLen(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	used, end := 0, 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		l := utf16.RuneLen(r) // an invalid byte decodes as U+FFFD: one unit
		if used+l > n-1 {     // room for the ellipsis
			break
		}
		used += l
		end += size
	}
	out := s[:end]
	// An escaping backslash cut from the character it escapes would escape the ellipsis.
	if trailing := len(out) - len(strings.TrimRight(out, `\`)); trailing%2 == 1 {
		out = out[:len(out)-1]
	}
	return out + "…"
}
