package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot/internal/golden"
	"github.com/briefbot/briefbot/commands"
)

// goldens are the replies whose Discord messages are kept under testdata. The request text is
// what the adapter builds from the options, so /relations names are joined with ", ".
var goldens = []struct{ file, text string }{
	{"relations-japan-korea.json", "/relations japan, korea"},
	{"help.json", "/help"},
	{"unknown-country-narnia.json", "/country narnia"},
	{"refusal-chocolate-cake.json", "/ask recipe for chocolate cake"},
}

// TestGolden renders real replies and compares them with the golden files (go test -update
// rewrites them; review the diff).
func TestGolden(t *testing.T) {
	d := dispatcher(t)
	for _, g := range goldens {
		t.Run(g.file, func(t *testing.T) {
			got, err := RenderJSON(d.Handle(context.Background(), commands.Request{Text: g.text, Platform: Platform}))
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", g.file), got, fmt.Sprintf("Render(%q)", g.text))
		})
	}
}

// TestGoldensWithinLimits: every golden file is a message Discord accepts.
func TestGoldensWithinLimits(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil || len(files) < len(goldens) {
		t.Fatalf("golden files %v, %v; want at least %d", files, err, len(goldens))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var m struct {
				Embeds          []*discordgo.MessageEmbed `json:"embeds"`
				AllowedMentions *struct {
					Parse []string `json:"parse"`
				} `json:"allowed_mentions"`
				Components []struct {
					Components []struct {
						Label    string `json:"label"`
						CustomID string `json:"custom_id"`
					} `json:"components"`
				} `json:"components"`
			}
			if err := json.Unmarshal(raw, &m); err != nil {
				t.Fatal(err)
			}
			if m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0 {
				t.Errorf("allowed_mentions = %+v; want {parse: []}", m.AllowedMentions)
			}
			for _, p := range limitProblems(m.Embeds) {
				t.Error(p)
			}
			if len(m.Components) > maxRows {
				t.Errorf("%d action rows; max %d", len(m.Components), maxRows)
			}
			for _, row := range m.Components {
				if len(row.Components) > maxButtonsPerRow {
					t.Errorf("%d buttons in a row; max %d", len(row.Components), maxButtonsPerRow)
				}
				for _, b := range row.Components {
					if textLen(b.Label) > maxButtonLabel || len(b.CustomID) > maxCustomID || b.CustomID == "" {
						t.Errorf("button %q/%q breaks a limit", b.Label, b.CustomID)
					}
				}
			}
		})
	}
}

// limitProblems lists every Discord embed limit the embeds break.
func limitProblems(embeds []*discordgo.MessageEmbed) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if len(embeds) == 0 || len(embeds) > maxEmbeds {
		bad("%d embeds; want 1..%d", len(embeds), maxEmbeds)
	}
	total := 0
	for i, e := range embeds {
		if n := textLen(e.Title); n > maxTitle {
			bad("embed %d: title %d > %d", i, n, maxTitle)
		}
		if n := textLen(e.Description); n > maxDescription {
			bad("embed %d: description %d > %d", i, n, maxDescription)
		}
		if len(e.Fields) > maxFields {
			bad("embed %d: %d fields > %d", i, len(e.Fields), maxFields)
		}
		total += textLen(e.Title) + textLen(e.Description)
		for j, f := range e.Fields {
			if f.Name == "" || f.Value == "" {
				bad("embed %d field %d: empty name or value", i, j)
			}
			if n := textLen(f.Name); n > maxFieldName {
				bad("embed %d field %d: name %d > %d", i, j, n, maxFieldName)
			}
			if n := textLen(f.Value); n > maxFieldValue {
				bad("embed %d field %d: value %d > %d", i, j, n, maxFieldValue)
			}
			total += textLen(f.Name) + textLen(f.Value)
		}
		if e.Footer != nil {
			if n := textLen(e.Footer.Text); n > maxFooter {
				bad("embed %d: footer %d > %d", i, n, maxFooter)
			}
			total += textLen(e.Footer.Text)
		}
		if e.Title == "" && e.Description == "" && len(e.Fields) == 0 && e.Footer == nil {
			bad("embed %d is empty", i)
		}
	}
	if total > maxTotal {
		bad("total %d characters > %d", total, maxTotal)
	}
	return out
}

// TestRenderLimits: replies of every size come out within Discord's limits, cut with a note
// rather than failing.
func TestRenderLimits(t *testing.T) {
	bullets := func(n, size int) []commands.Bullet {
		out := make([]commands.Bullet, n)
		for i := range out {
			out[i] = commands.Bullet{Label: "Trade", Text: fmt.Sprintf("%d %s", i, strings.Repeat("word ", size/5)), Cite: "2 · Trade"}
		}
		return out
	}
	sections := func(n, nb, size int) []commands.Section {
		out := make([]commands.Section, n)
		for i := range out {
			out[i] = commands.Section{Heading: fmt.Sprintf("Section %d", i), Bullets: bullets(nb, size)}
		}
		return out
	}
	tests := []struct {
		name  string
		reply commands.Reply
		// wantMore: a "left out for length" note is expected.
		wantMore bool
	}{
		{"empty", commands.Reply{}, false},
		{"5000-character lead", commands.Reply{Title: "t", Lead: strings.Repeat("a", 5000)}, false},
		{"300-character title", commands.Reply{Title: strings.Repeat("é", 300)}, false},
		{"3000-character footer", commands.Reply{Title: "t", Source: strings.Repeat("s", 3000)}, false},
		{"one 2000-character bullet", commands.Reply{Title: "t", Sections: []commands.Section{{Heading: "h", Bullets: bullets(1, 2000)}}}, false},
		{"30 sections", commands.Reply{Title: "t", Sections: sections(30, 1, 20)}, false},
		{"60 sections", commands.Reply{Title: "t", Sections: sections(60, 3, 100)}, true},
		{"one huge section", commands.Reply{Title: "t", Sections: sections(1, 200, 150)}, true},
		{"everything at once", commands.Reply{Title: strings.Repeat("T", 400), Lead: strings.Repeat("L", 5000),
			Notes: []string{strings.Repeat("n", 500)}, Source: strings.Repeat("S", 2500), Sections: sections(12, 40, 300)}, true},
		{"emoji count double", commands.Reply{Title: "t", Sections: []commands.Section{{Heading: "h", Text: strings.Repeat("😀", 3000)}}}, false},
		{"section text lines", commands.Reply{Title: "t", Sections: []commands.Section{{Heading: "What I know", Text: strings.Repeat(strings.Repeat("x", 300)+"\n", 40)}}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Render(tt.reply)
			for _, p := range limitProblems(m.Embeds) {
				t.Error(p)
			}
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			if gotMore := strings.Contains(string(b), "left out for length"); gotMore != tt.wantMore {
				t.Errorf("note about what was left out: %v; want %v", gotMore, tt.wantMore)
			}
		})
	}
}

// TestRenderFairShare: when a brief is cut, every section keeps some of its points — the
// timeline at the end is not starved by a long list above it.
func TestRenderFairShare(t *testing.T) {
	long := make([]commands.Bullet, 80)
	for i := range long {
		long[i] = commands.Bullet{Text: strings.Repeat("difference ", 12)}
	}
	r := commands.Reply{Title: "t", Sections: []commands.Section{
		{Heading: "Differences", Bullets: long},
		{Heading: "Timeline", Bullets: []commands.Bullet{{Label: "2019-07", Text: "export controls"}, {Label: "2019-08", Text: "GSOMIA"}}},
	}}
	m := Render(r)
	var names []string
	for _, e := range m.Embeds {
		for _, f := range e.Fields {
			names = append(names, f.Name)
		}
	}
	if !strings.Contains(strings.Join(names, "|"), "Timeline") {
		t.Fatalf("fields %q lack the Timeline", names)
	}
}

// TestRenderEscapes: text a user typed and the reply echoes cannot mention or format.
func TestRenderEscapes(t *testing.T) {
	hostile := "@everyone @here <@&123> <@456> **bold** `code` [link](http://x) ||spoiler|| # head"
	r := commands.Reply{Title: "I have nothing on “" + hostile + "”.", Lead: hostile, Notes: []string{hostile},
		Sections:    []commands.Section{{Heading: hostile, Text: hostile, Bullets: []commands.Bullet{{Label: hostile, Text: hostile, Cite: hostile}}}},
		Suggestions: []commands.Suggestion{{Label: hostile, Command: "/ask " + hostile}}}
	m := Render(r)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"allowed_mentions":{"parse":[]}`) {
		t.Errorf("message lacks empty allowed_mentions: %s", b)
	}
	var texts []string
	for _, e := range m.Embeds {
		texts = append(texts, e.Title, e.Description)
		for _, f := range e.Fields {
			texts = append(texts, f.Name, f.Value)
		}
	}
	for _, s := range texts {
		for _, raw := range []string{"@everyone", "@here", "<@&123>", "<@456>", "**bold**", "`code`", "[link]", "||spoiler||"} {
			if strings.Contains(s, raw) {
				t.Errorf("rendered text %q holds %q unescaped", s, raw)
			}
		}
	}
}

// TestButtons: suggestions become buttons carrying their command, within Discord's limits.
func TestButtons(t *testing.T) {
	var sugg []commands.Suggestion
	for i := range 30 {
		sugg = append(sugg, commands.Suggestion{Label: fmt.Sprintf("Option %d", i), Command: fmt.Sprintf("/country x%d", i)})
	}
	sugg = append(sugg[:3], append([]commands.Suggestion{
		{Label: "dup", Command: "/country x0"},
		{Label: "too long", Command: "/ask " + strings.Repeat("q", 200)},
		{Label: strings.Repeat("L", 100), Command: "/brief"},
	}, sugg[3:]...)...)
	rows := buttonRows(sugg, nil)
	if len(rows) != maxRows {
		t.Fatalf("%d rows; want %d", len(rows), maxRows)
	}
	seen := map[string]bool{}
	for _, row := range rows {
		ar := row.(discordgo.ActionsRow)
		if len(ar.Components) > maxButtonsPerRow {
			t.Errorf("%d buttons in a row", len(ar.Components))
		}
		for _, c := range ar.Components {
			b := c.(discordgo.Button)
			if seen[b.CustomID] || len(b.CustomID) > maxCustomID || textLen(b.Label) > maxButtonLabel || !strings.HasPrefix(b.CustomID, runPrefix+"/") {
				t.Errorf("button %q %q", b.Label, b.CustomID)
			}
			seen[b.CustomID] = true
		}
	}
	if buttonRows(nil, nil) != nil {
		t.Errorf("buttonRows(nil, nil) != nil")
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"hello", 10, "hello"},
		{"hello", 5, "hello"},
		{"hello world", 6, "hello…"},
		{"héllo wörld", 6, "héllo…"},
		{"ab😀cd", 4, "ab…"},  // the emoji counts two and does not fit with the ellipsis
		{`ab\*cd`, 4, "ab…"}, // no dangling escape
		{`ab\\cd`, 5, `ab\\…`},
		{"abc", 0, ""},
		{"ab\x80cdef", 4, "ab\x80…"}, // an invalid byte counts as the U+FFFD it becomes
		{"ab\xe3", 2, "a…"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q; want %q", tt.in, tt.n, got, tt.want)
		}
		if got := clip(tt.in, tt.n); textLen(got) > tt.n {
			t.Errorf("clip(%q, %d) = %q, %d long", tt.in, tt.n, got, textLen(got))
		}
	}
}

func TestWaterFill(t *testing.T) {
	tests := []struct {
		demand []int
		budget int
		want   []int
	}{
		{[]int{100, 100}, 1000, []int{100, 100}},
		{[]int{5000, 300, 400}, 3000, []int{2300, 300, 400}},
		{[]int{3000, 3000}, 3000, []int{1500, 1500}},
		{[]int{10, 3000, 20}, 100, []int{10, 70, 20}},
	}
	for _, tt := range tests {
		if got := waterFill(tt.demand, tt.budget); !cmp.Equal(got, tt.want) {
			t.Errorf("waterFill(%v, %d) = %v; want %v", tt.demand, tt.budget, got, tt.want)
		}
	}
}
