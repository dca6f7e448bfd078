package playground

import (
	"html"
	"html/template"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The playground draws each reply from the JSON the adapters send, so it must read the two
// platforms' markup: Slack's mrkdwn (entity-escaped text, *bold*, _italic_, ~strike~, `code`,
// ">" quote lines, <url|label> links) and Discord's Markdown (backslash escapes, **bold**,
// *italic*, __underline__, ~~strike~~, ||spoiler||, "> " quote lines). Both are turned into
// HTML the same safe way: every piece of text is HTML-escaped, and the only tags written are
// the few constants below, so nothing in a reply can become markup on the page.

// delim is an inline markup delimiter and the HTML it becomes.
type delim struct {
	tok         string
	open, close string
	// wordBound delimiters only open after, and close before, something that is not a
	// letter or digit (Slack's rule for all of them, Discord's for "_"), so snake_case and
	// 2*3*4 stay text.
	wordBound bool
}

// flavor is one platform's markup.
type flavor struct {
	delims    []delim // longest first
	backslash bool    // Discord: a backslash makes the next punctuation character literal
	entities  bool    // Slack: &amp; &lt; &gt; are the only escapes, and "<" starts a link
	// quote is the line prefix of a block quote.
	quote string
}

var slackFlavor = &flavor{
	delims: []delim{
		{tok: "*", open: "<strong>", close: "</strong>", wordBound: true},
		{tok: "_", open: "<em>", close: "</em>", wordBound: true},
		{tok: "~", open: "<del>", close: "</del>", wordBound: true},
	},
	entities: true,
	quote:    ">",
}

var discordFlavor = &flavor{
	delims: []delim{
		{tok: "**", open: "<strong>", close: "</strong>"},
		{tok: "__", open: "<u>", close: "</u>"},
		{tok: "~~", open: "<del>", close: "</del>"},
		{tok: "||", open: `<span class="spoiler">`, close: "</span>"},
		{tok: "*", open: "<em>", close: "</em>"},
		{tok: "_", open: "<em>", close: "</em>", wordBound: true},
	},
	backslash: true,
	quote:     "> ",
}

// slackHTML renders Slack mrkdwn.
func slackHTML(s string) template.HTML { return slackFlavor.render(s) }

// discordHTML renders Discord Markdown.
func discordHTML(s string) template.HTML { return discordFlavor.render(s) }

// render turns text into HTML: block quotes for quoted lines, <br> between the others.
func (f *flavor) render(s string) template.HTML {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lines := strings.Split(s, "\n")
	for i := 0; i < len(lines); i++ {
		if q, ok := strings.CutPrefix(lines[i], f.quote); ok {
			b.WriteString("<blockquote>")
			f.inline(&b, q)
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], f.quote) {
				i++
				b.WriteString("<br>")
				f.inline(&b, strings.TrimPrefix(lines[i], f.quote))
			}
			b.WriteString("</blockquote>")
			continue
		}
		f.inline(&b, lines[i])
		if i+1 < len(lines) && !strings.HasPrefix(lines[i+1], f.quote) {
			b.WriteString("<br>")
		}
	}
	return template.HTML(b.String()) //nolint:gosec // built from escaped text and constant tags
}

// inline renders one line's inline markup.
func (f *flavor) inline(b *strings.Builder, s string) {
	// failed remembers, per delimiter, the first place a search for its closing failed: a
	// search from further on would fail too, so hostile text ("_a _a _a …") costs one scan
	// per delimiter, not one per opening.
	var failed map[string]int
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case f.backslash && c == '\\' && i+1 < len(s) && isPunct(s[i+1]):
			text(b, s[i+1:i+2])
			i += 2
			continue
		case f.entities && c == '&':
			if n, lit := entity(s[i:]); n > 0 {
				text(b, lit)
				i += n
				continue
			}
		case f.entities && c == '<':
			if n := link(b, s[i:]); n > 0 {
				i += n
				continue
			}
		case c == '`':
			if j := strings.IndexByte(s[i+1:], '`'); j > 0 {
				b.WriteString("<code>")
				f.literal(b, s[i+1:i+1+j])
				b.WriteString("</code>")
				i += j + 2
				continue
			}
		}
		if d, ok := f.opens(s, i); ok {
			start := i + len(d.tok)
			if from, seen := failed[d.tok]; !seen || start < from {
				if j := f.closes(s, start, d); j > start {
					b.WriteString(d.open)
					f.inline(b, s[start:j])
					b.WriteString(d.close)
					i = j + len(d.tok)
					continue
				}
				if failed == nil {
					failed = map[string]int{}
				}
				failed[d.tok] = start
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		text(b, s[i:i+size])
		i += size
	}
}

// literal writes code text: markup is not read inside it, but escapes still are.
func (f *flavor) literal(b *strings.Builder, s string) {
	if !f.entities {
		text(b, s)
		return
	}
	for i := 0; i < len(s); {
		if n, lit := entity(s[i:]); n > 0 {
			text(b, lit)
			i += n
			continue
		}
		text(b, s[i:i+1])
		i++
	}
}

// opens reports the delimiter that opens at s[i], if one can: it is followed by something
// other than a space, and a word-bound one is not preceded by a letter or digit.
func (f *flavor) opens(s string, i int) (delim, bool) {
	for _, d := range f.delims {
		if !strings.HasPrefix(s[i:], d.tok) {
			continue
		}
		after := i + len(d.tok)
		if after >= len(s) || isSpace(s, after) {
			return delim{}, false
		}
		if d.wordBound && i > 0 && isWordBefore(s, i) {
			return delim{}, false
		}
		return d, true
	}
	return delim{}, false
}

// closes finds where d, opened before start, closes: the next d preceded by something other
// than a space (and, word-bound, not followed by a letter or digit), skipping escapes and
// longer delimiters made of the same character. It returns -1 when d never closes.
func (f *flavor) closes(s string, start int, d delim) int {
	for j := start; j < len(s); {
		if f.backslash && s[j] == '\\' && j+1 < len(s) {
			j += 2
			continue
		}
		if !strings.HasPrefix(s[j:], d.tok) {
			j++
			continue
		}
		if len(d.tok) == 1 && strings.HasPrefix(s[j:], d.tok+d.tok) {
			// "**" inside "*…*" opens or closes bold, not the italics. Skipping it without
			// looking further keeps the scan linear on hostile runs of stars.
			j += 2
			continue
		}
		end := j + len(d.tok)
		ok := j > start && !isSpaceBefore(s, j)
		if d.wordBound && end < len(s) && isWordAt(s, end) {
			ok = false
		}
		if ok {
			return j
		}
		j = end
	}
	return -1
}

// entity decodes Slack's three escapes at the start of s.
func entity(s string) (int, string) {
	for _, e := range [...]struct{ ent, lit string }{{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}} {
		if strings.HasPrefix(s, e.ent) {
			return len(e.ent), e.lit
		}
	}
	return 0, ""
}

// maxLink bounds a Slack control sequence, so a text of many "<" is read in linear time.
const maxLink = 2048

// link renders a Slack control sequence at the start of s — <https://…|label>, <@U1>,
// <!here>, <#C1|name> — and returns its length, or 0 when s does not start one. Only web and
// mail links become links: no other scheme reaches an href.
func link(b *strings.Builder, s string) int {
	end := strings.IndexByte(s[:min(len(s), maxLink)], '>')
	if end < 2 || strings.ContainsAny(s[1:end], "<\n") {
		return 0
	}
	target, label, _ := strings.Cut(s[1:end], "|")
	switch {
	case strings.HasPrefix(target, "https://"), strings.HasPrefix(target, "http://"), strings.HasPrefix(target, "mailto:"):
		if label == "" {
			label = target
		}
		b.WriteString(`<a href="`)
		b.WriteString(html.EscapeString(target))
		b.WriteString(`" rel="noopener noreferrer" target="_blank">`)
		slackFlavor.literal(b, label)
		b.WriteString("</a>")
	case strings.HasPrefix(target, "@"), strings.HasPrefix(target, "!"), strings.HasPrefix(target, "#"):
		if label == "" {
			label = strings.TrimPrefix(target, "!")
		}
		sigil := target[:1]
		if sigil == "!" {
			sigil = "@"
		}
		b.WriteString(`<span class="mention">`)
		text(b, sigil)
		slackFlavor.literal(b, strings.TrimPrefix(label, sigil))
		b.WriteString("</span>")
	default:
		return 0
	}
	return end + 1
}

func text(b *strings.Builder, s string) { b.WriteString(html.EscapeString(s)) }

func isPunct(c byte) bool {
	return c < utf8.RuneSelf && unicode.IsPunct(rune(c)) || c == '`' || c == '|' || c == '~' || c == '<' || c == '>' || c == '$' || c == '^' || c == '+' || c == '='
}

func isSpace(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

func isSpaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r)
}

func isWordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
