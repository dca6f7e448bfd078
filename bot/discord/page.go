package discord

import (
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/commands"
)

// Paging. Render fits any reply into one message by cutting its longest sections ("…and N
// more left out for length"): right for a digest, which nobody can page through. An answer
// is split into pages instead, each shown whole, and its More button shows the next one, so
// the rest of it stays reachable as on Slack. A reply that fits is one page, rendered exactly
// as Render renders it.

// pageSuffixReserve is room kept in the title for " (12/34)".
const pageSuffixReserve = 10

// paginate splits r into pages that Render shows without cutting anything. The first page
// keeps the lead and the notes; every page keeps the title (later ones numbered), the
// source and the suggestions.
func paginate(r commands.Reply) []commands.Reply {
	chunks := splitSections(r.Sections, fieldBudget(r, true), fieldBudget(r, false))
	if len(chunks) <= 1 {
		return []commands.Reply{r}
	}
	pages := make([]commands.Reply, len(chunks))
	for i, secs := range chunks {
		p := r
		p.Sections = secs
		if i > 0 {
			p.Title = r.Title + " (" + strconv.Itoa(i+1) + "/" + strconv.Itoa(len(chunks)) + ")"
			p.Lead, p.Notes = "", nil
		}
		pages[i] = p
	}
	return pages
}

// fieldBudget is what the fields of one page of r may spend, reckoned as Render shares the
// 6000 characters: the title (with room for a page number), the source, and on the first
// page the lead and notes.
func fieldBudget(r commands.Reply, first bool) int {
	left := maxTotal - textLen(clip(esc(r.Title), maxTitle))
	left -= textLen(clip(r.Source, min(maxFooter, left/3))) + pageSuffixReserve
	if first {
		left -= min(textLen(description(r)), maxDescription)
	}
	return left
}

// maxPageItems bounds the lines and bullets of one page: each may take a field of its own,
// and a message holds 250.
const maxPageItems = maxFields*maxEmbeds - 10

// splitSections deals the sections' lines and bullets out to pages in order, the first page
// spending at most first characters and the others at most rest (as packSection counts
// them: a heading where a section starts on a page, then each item and its line break). A
// section cut between pages goes on under its heading.
func splitSections(secs []commands.Section, first, rest int) [][]commands.Section {
	var pages [][]commands.Section
	var page []commands.Section
	used, items, budget := 0, 0, first
	for _, s := range secs {
		lines := sectionLines(s.Text)
		its, _ := sectionItems(s, maxInt)
		if len(its) == 0 {
			continue
		}
		nameLen := textLen(clip(esc(s.Heading), maxFieldName))
		if nameLen == 0 {
			nameLen = zeroWidthLen
		}
		open := false // s has a chunk on the current page
		for k, it := range its {
			cost := it.n + 1
			if !open {
				cost += nameLen
			}
			if len(page) > 0 && (used+cost > budget || items == maxPageItems) {
				pages = append(pages, page)
				page, used, items, budget, open = nil, 0, 0, rest, false
				cost = it.n + 1 + nameLen
			}
			if !open {
				page = append(page, commands.Section{Heading: s.Heading})
				open = true
			}
			cur := &page[len(page)-1]
			if k < len(lines) {
				cur.Text = strings.TrimPrefix(cur.Text+"\n"+lines[k], "\n")
			} else {
				cur.Bullets = append(cur.Bullets, s.Bullets[k-len(lines)])
			}
			used += cost
			items++
		}
	}
	if len(page) > 0 {
		pages = append(pages, page)
	}
	return pages
}

const maxInt = int(^uint(0) >> 1)

// sectionLines are a section's text lines as sectionItems takes them: trimmed, blank ones
// dropped.
func sectionLines(text string) []string {
	var out []string
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
