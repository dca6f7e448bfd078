package playground

import (
	"html"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// sourceLink is where a fact's quote is shown in its source.
func sourceLink(source, factID string) string {
	return "/source/" + url.PathEscape(source) + "?fact=" + url.QueryEscape(factID) + "#fact-" + url.QueryEscape(factID)
}

type sourceData struct {
	Title  string
	Nav    string
	Source *briefs.Source
	Fact   *briefs.Fact
	// Section is where the fact is drawn from.
	Section *briefs.Section
	Missing bool // the quote is not in the text (cannot happen for a store that loaded)
	Body    template.HTML
}

// handleSource shows a source article, with one fact's quote highlighted (?fact=ID) and
// scrolled to (#fact-ID), so a curator can read the quote in its context.
func (p *Playground) handleSource(w http.ResponseWriter, r *http.Request) {
	src := p.store.Source(r.PathValue("id"))
	if src == nil {
		p.notFound(w, r, "No source with that id.")
		return
	}
	data := sourceData{Title: src.Title, Nav: "facts", Source: src}
	from, to := -1, -1
	if id := r.URL.Query().Get("fact"); id != "" {
		f := p.store.Fact(id)
		if f == nil || f.Source != src.ID {
			p.notFound(w, r, "No fact with that id in this source.")
			return
		}
		data.Fact, data.Section = f, p.store.SectionOf(f)
		var ok bool
		if from, to, ok = p.store.QuoteSpan(f); !ok {
			data.Missing = true
		}
	}
	id := ""
	if data.Fact != nil {
		id = "fact-" + data.Fact.ID
	}
	data.Body = articleHTML(src, from, to, id)
	p.render(w, r, http.StatusOK, "source", data)
}

// articleHTML renders a source's text as paragraphs, its section headings as headings, and
// marks text[from:to] (if from >= 0) with <mark>, the first piece carrying id.
func articleHTML(src *briefs.Source, from, to int, id string) template.HTML {
	headings := map[string]briefs.Section{}
	for _, s := range src.Sections {
		headings[briefs.FoldQuote(s.Heading)] = s
	}
	var b strings.Builder
	b.Grow(len(src.Text) + len(src.Text)/4)
	first := true
	pos := 0
	for line := range strings.SplitAfterSeq(src.Text, "\n") {
		lineFrom, lineTo := pos, pos+len(strings.TrimRight(line, "\r\n"))
		pos += len(line)
		body := src.Text[lineFrom:lineTo]
		if strings.TrimSpace(body) == "" {
			continue
		}
		tag, attrs := "p", ""
		if sec, ok := headings[briefs.FoldQuote(strings.TrimLeft(body, "*"))]; ok {
			tag, attrs = "h3", ` id="section-`+html.EscapeString(sec.ID)+`"`
			if sec.Part == "" {
				tag = "h2"
			}
		} else if part := strings.TrimSpace(body); len(part) < 8 && isPartMarker(part) {
			tag, attrs = "p", ` class="part"`
		}
		b.WriteString("<" + tag + attrs + ">")
		// The mark's share of this line, if any.
		mFrom, mTo := max(from, lineFrom), min(to, lineTo)
		if from < 0 || mFrom >= mTo {
			b.WriteString(html.EscapeString(body))
		} else {
			b.WriteString(html.EscapeString(src.Text[lineFrom:mFrom]))
			b.WriteString("<mark")
			if first && id != "" {
				b.WriteString(` id="` + html.EscapeString(id) + `" tabindex="-1"`)
				first = false
			}
			b.WriteString(">")
			b.WriteString(html.EscapeString(src.Text[mFrom:mTo]))
			b.WriteString("</mark>")
			b.WriteString(html.EscapeString(src.Text[mTo:lineTo]))
		}
		b.WriteString("</" + tag + ">\n")
	}
	return template.HTML(b.String()) //nolint:gosec // escaped text, constant tags
}

// isPartMarker recognises the article's part numbers ("one", "two", "three").
func isPartMarker(s string) bool {
	switch strings.ToLower(s) {
	case "one", "two", "three", "four", "five", "six":
		return true
	}
	return false
}
