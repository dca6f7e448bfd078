package commands

import (
	"encoding/json"
	"strings"
)

// RenderText renders a reply as plain text for a terminal or a log-free pipe.
func RenderText(r Reply) string {
	return render(r, plainStyle)
}

// RenderMarkdown renders a reply as CommonMark, every piece of text escaped so that nothing a
// user typed (echoed in a title) or a quote holds can turn into markup.
func RenderMarkdown(r Reply) string {
	return render(r, markdownStyle)
}

type style struct {
	title, heading, lead func(string) string
	esc                  func(string) string
	bullet               string
	quote                func(string) string
	cite                 func(string) string
}

var plainStyle = style{
	title:   func(s string) string { return s },
	heading: func(s string) string { return s },
	lead:    func(s string) string { return s },
	esc:     func(s string) string { return s },
	bullet:  "  • ",
	quote:   func(s string) string { return "      “" + s + "”" },
	cite:    func(s string) string { return " [" + s + "]" },
}

var markdownStyle = style{
	title:   func(s string) string { return "## " + s },
	heading: func(s string) string { return "**" + s + "**" },
	lead:    func(s string) string { return "_" + s + "_" },
	esc:     EscapeMarkdown,
	bullet:  "- ",
	quote:   func(s string) string { return "  > " + s },
	cite:    func(s string) string { return " \\[" + s + "\\]" },
}

func render(r Reply, st style) string {
	var b strings.Builder
	line := func(s string) {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	if r.Title != "" {
		line(st.title(st.esc(r.Title)))
	}
	if r.Lead != "" {
		line(st.lead(st.esc(r.Lead)))
	}
	for _, n := range r.Notes {
		line(st.lead(st.esc(n)))
	}
	for _, sec := range r.Sections {
		b.WriteByte('\n')
		if sec.Heading != "" {
			line(st.heading(st.esc(sec.Heading)))
		}
		if sec.Text != "" {
			for _, l := range strings.Split(sec.Text, "\n") {
				line(st.esc(l))
			}
		}
		for _, bl := range sec.Bullets {
			var s strings.Builder
			s.WriteString(st.bullet)
			if bl.Label != "" {
				s.WriteString(st.esc(bl.Label))
				s.WriteString(" — ")
			}
			s.WriteString(st.esc(bl.Text))
			if bl.Cite != "" {
				s.WriteString(st.cite(st.esc(bl.Cite)))
			}
			line(s.String())
			if bl.ShowQuote && bl.Fact != nil && bl.Fact.Quote != "" {
				line(st.quote(st.esc(bl.Fact.Quote)))
			}
		}
	}
	if r.Source != "" {
		b.WriteByte('\n')
		for _, l := range strings.Split(r.Source, "\n") {
			line(st.esc(l))
		}
	}
	if len(r.Suggestions) > 0 {
		var cmds []string
		for _, s := range r.Suggestions {
			cmds = append(cmds, s.Command)
		}
		b.WriteByte('\n')
		line(st.esc("Try: " + strings.Join(cmds, " · ")))
	}
	return b.String()
}

// markdownSpecial are the characters CommonMark (and Discord's flavour) may read as markup.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "~", `\~`, "|", `\|`,
	"[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`, "@", "@\u200b",
)

// EscapeMarkdown makes text inert in Markdown: markup characters are backslash-escaped and an
// "@" is followed by a zero-width space, so "@everyone" can never become a mention.
func EscapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// JSONReply is the shape `briefbot ask --format json` prints.
type JSONReply struct {
	Command     string     `json:"command"`
	Found       bool       `json:"found"`
	Code        Code       `json:"code,omitempty"`
	Title       string     `json:"title"`
	Text        string     `json:"text"`
	Facts       []*FactRef `json:"facts"`
	Suggestions []string   `json:"suggestions"`
	Source      string     `json:"source,omitempty"`
	Ephemeral   bool       `json:"ephemeral"`
}

// ToJSON builds the JSON shape of a reply; its text is the plain-text rendering.
func ToJSON(r Reply) JSONReply {
	j := JSONReply{
		Command: r.Command, Found: r.Found, Code: r.Code, Title: r.Title,
		Text: RenderText(r), Facts: r.Facts(), Suggestions: []string{},
		Source: r.Source, Ephemeral: r.Ephemeral,
	}
	if j.Facts == nil {
		j.Facts = []*FactRef{}
	}
	for _, s := range r.Suggestions {
		j.Suggestions = append(j.Suggestions, s.Command)
	}
	return j
}

// RenderJSON renders a reply as one indented JSON object followed by a newline.
func RenderJSON(r Reply) ([]byte, error) {
	b, err := json.MarshalIndent(ToJSON(r), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
