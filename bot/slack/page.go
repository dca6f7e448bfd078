package slack

import "strings"

// Paging: a long reply's body becomes blocks within Slack's limits, and the blocks become
// pages behind a "More" button. It works on escaped text only, knows nothing of replies, and
// is deterministic — page N is the same every time the same reply is rendered, which is what
// lets a "More" button carry only a page number.
//
// A block's text is measured in bytes, which bound characters from above, so every block
// stays within Slack's character limit (maxTextRunes) without counting characters. A page is
// measured by its blocks' JSON, which is what must fit the budget.

// bodyPart is one piece of a reply's body: a block placed whole (the lead, the notes), or the
// escaped lines of one section, packed into as few section blocks as fit. Sections never share
// a block.
type bodyPart struct {
	whole block
	lines []string // when set, whole is unused
}

// paginate lays parts out as pages of at most pageBlocks blocks and budget bytes of JSON. A
// line joins the block being filled while both the block (maxTextRunes) and the page have
// room; a line too long for any block is clipped into a block of its own. Every page has at
// least one block when there are parts.
func paginate(parts []bodyPart, pageBlocks, budget int) [][]block {
	p := pager{pageBlocks: pageBlocks, budget: budget, pages: [][]block{nil}}
	for _, part := range parts {
		if part.lines == nil {
			p.closeBlock()
			p.room(part.whole.size)
			p.add(part.whole)
			continue
		}
		for _, l := range part.lines {
			p.line(l)
		}
		p.closeBlock()
	}
	p.closeBlock()
	return p.pages
}

// pager is paginate's state: the pages so far, the last one being filled, and the lines of
// the block being filled.
type pager struct {
	pageBlocks, budget int
	pages              [][]block
	used, blocks       int // JSON bytes and blocks on the current page, the open block included

	open     bool
	cur      []string // lines of the open block
	curBytes int      // their text's bytes, newlines included: Slack's limit is on these
	curJSON  int      // the open block's JSON bytes (see sized)
}

func (p *pager) line(l string) {
	n := len(l)
	if n > maxTextRunes {
		p.closeBlock()
		b := sectionBlock(clipSafe(l, maxTextRunes))
		p.room(b.size)
		p.add(b)
		return
	}
	j := jsonLen(l)
	if p.open && p.curBytes+1+n <= maxTextRunes && p.used+2+j <= p.budget {
		p.cur = append(p.cur, l)
		p.curBytes += 1 + n
		p.curJSON += 2 + j // a newline is two bytes in JSON
		p.used += 2 + j
		return
	}
	p.closeBlock()
	j += emptySectionSize
	p.room(j)
	p.open, p.cur, p.curBytes, p.curJSON = true, append(p.cur[:0], l), n, j
	p.used += j
}

// jsonLen is the size of s in a JSON string, as appendJSONString writes it, without the
// quotes. It counts invalid UTF-8, U+2028 and U+2029 as they are, a few bytes short; body
// text is escaped text, which holds none of them.
func jsonLen(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t':
			n++ // \" \\ \n \r \t
		case c < 0x20:
			n += 5 // \u00XX
		}
	}
	return n
}

// emptySectionSize is the JSON size of a section block with no text (see sized):
// {"type":"section","text":{"type":"mrkdwn","text":"","verbatim":true}} and a comma.
const emptySectionSize = 70

// room starts a new page unless the current one has room for another block of n bytes, and
// counts the block on the page.
func (p *pager) room(n int) {
	if p.blocks > 0 && (p.used+n > p.budget || p.blocks >= p.pageBlocks) {
		p.pages = append(p.pages, nil)
		p.used, p.blocks = 0, 0
	}
	p.blocks++
}

// add puts a block on the current page; room has counted it.
func (p *pager) add(b block) {
	last := len(p.pages) - 1
	p.pages[last] = append(p.pages[last], b)
	p.used += b.size
}

// closeBlock puts the block being filled on the page; its bytes are already counted.
func (p *pager) closeBlock() {
	if !p.open {
		return
	}
	last := len(p.pages) - 1
	text := strings.Join(p.cur, "\n")
	p.pages[last] = append(p.pages[last], block{kind: kindSection, text: text, size: p.curJSON})
	p.open = false
}
