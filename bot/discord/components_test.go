package discord

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot/internal/golden"
	"github.com/briefbot/briefbot/commands"
)

// answerGoldenFile is the first page of /relations japan korea as an answer: what the
// interactions endpoint sends (TestEndToEndRelations compares with it too).
const answerGoldenFile = "answer-relations-japan-korea.json"

func TestAnswerGolden(t *testing.T) {
	const text = "/relations japan, korea"
	r := dispatcher(t).Handle(context.Background(), commands.Request{Text: text, Platform: Platform})
	got, err := RenderAnswerJSON(text, r)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", answerGoldenFile), got, fmt.Sprintf("RenderAnswerJSON(%q)", text))
}

// longReply has sections too long for one message: 3 sections of 40 bullets of ~200
// characters (about 24,000 in all).
func longReply() commands.Reply {
	r := commands.Reply{Found: true, Title: "A long answer", Lead: "The lead.", Notes: []string{"A note."},
		Source: "Source: a test.", Suggestions: []commands.Suggestion{{Label: "Next", Command: "/next"}}}
	for s := range 3 {
		sec := commands.Section{Heading: fmt.Sprintf("Section %d", s), Text: "An opening line.\n\nA second line."}
		for b := range 40 {
			text := fmt.Sprintf("Bullet %d.%d %s", s, b, strings.Repeat("x", 180))
			sec.Bullets = append(sec.Bullets, commands.Bullet{Text: text,
				Fact: &commands.FactRef{ID: fmt.Sprintf("f%d.%d", s, b), Text: text, Quote: "q"}})
		}
		r.Sections = append(r.Sections, sec)
	}
	return r
}

// TestPaginate: a reply too long for a message is split into pages that each fit Discord's
// limits without anything cut, that together hold every line and bullet once and in order,
// the lead and notes on the first page only and the title numbered after it; a reply that
// fits is one page, rendered as Render renders it.
func TestPaginate(t *testing.T) {
	r := longReply()
	pages := paginate(r)
	if len(pages) < 4 {
		t.Fatalf("%d pages; want at least 4 for ~24,000 characters", len(pages))
	}
	var got, want []string
	for _, s := range r.Sections {
		want = append(want, sectionLines(s.Text)...)
		for _, b := range s.Bullets {
			want = append(want, b.Text)
		}
	}
	for i, p := range pages {
		m := Render(p)
		if probs := limitProblems(m.Embeds); len(probs) > 0 {
			t.Errorf("page %d breaks limits: %v", i+1, probs)
		}
		for _, e := range m.Embeds {
			for _, f := range e.Fields {
				if strings.Contains(f.Value, "left out for length") {
					t.Errorf("page %d cuts a section: %q", i+1, f.Value)
				}
			}
		}
		for _, s := range p.Sections {
			got = append(got, sectionLines(s.Text)...)
			for _, b := range s.Bullets {
				got = append(got, b.Text)
			}
		}
		wantTitle := r.Title
		if i > 0 {
			wantTitle = fmt.Sprintf("%s (%d/%d)", r.Title, i+1, len(pages))
		}
		if p.Title != wantTitle || (i == 0) != (p.Lead != "") || (i == 0) != (len(p.Notes) > 0) {
			t.Errorf("page %d: title %q lead %q notes %v; want title %q, lead and notes on page 1 only", i+1, p.Title, p.Lead, p.Notes, wantTitle)
		}
		if p.Source != r.Source || len(p.Suggestions) != 1 {
			t.Errorf("page %d: source %q suggestions %v; want the reply's", i+1, p.Source, p.Suggestions)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("pages hold %d lines and bullets; want the reply's %d, once each, in order", len(got), len(want))
	}

	short := commands.Reply{Found: true, Title: "Short", Sections: []commands.Section{{Heading: "H", Text: "one line"}}}
	if ps := paginate(short); len(ps) != 1 {
		t.Fatalf("a short reply has %d pages; want 1", len(ps))
	}
	if diff := cmp.Diff(Render(short), renderView(short, answerView{})); diff != "" {
		t.Errorf("a one-page answer renders differently from Render (-Render +renderView):\n%s", diff)
	}
}

// buttonIDs lists a message's buttons' custom ids, checking Discord's component limits.
func buttonIDs(t *testing.T, m Message) []string {
	t.Helper()
	if len(m.Components) > maxRows {
		t.Errorf("%d rows; max %d", len(m.Components), maxRows)
	}
	var ids []string
	for _, row := range m.Components {
		ar := row.(discordgo.ActionsRow)
		if len(ar.Components) > maxButtonsPerRow {
			t.Errorf("%d buttons in a row; max %d", len(ar.Components), maxButtonsPerRow)
		}
		for _, c := range ar.Components {
			b := c.(discordgo.Button)
			if len(b.CustomID) > maxCustomID || slices.Contains(ids, b.CustomID) {
				t.Errorf("button %q: id too long or repeated", b.CustomID)
			}
			ids = append(ids, b.CustomID)
		}
	}
	return ids
}

// TestRenderViewControls: the controls row is More (the next page, or the command's own
// next page), Sources and the votes, under suggestions that keep the other four rows; ids that
// would pass 100 characters are left out.
func TestRenderViewControls(t *testing.T) {
	const id = "0123456789abcdef"
	long := longReply()
	long.AnswerID = id
	for i := range 30 {
		long.Suggestions = append(long.Suggestions, commands.Suggestion{Command: fmt.Sprintf("/country x%d", i)})
	}
	paged := commands.Reply{Found: true, Title: "Japan", AnswerID: id,
		Sections:    []commands.Section{{Bullets: []commands.Bullet{{Text: "b", Fact: &commands.FactRef{ID: "f1"}}}}},
		Suggestions: []commands.Suggestion{{Label: "Next page (2 of 3)", Command: "/country japan page 2"}, {Command: "/country korea"}},
		Turn:        &commands.Turn{Command: "/country japan", Next: "/country japan page 2"}}
	tests := []struct {
		name string
		r    commands.Reply
		v    answerView
		want []string // the last row
	}{
		{"first page of a long answer", long, answerView{origin: "/x"},
			[]string{"more:2:/x", "src:1:/x", "vote:up:" + id, "vote:down:" + id}},
		{"second page", long, answerView{origin: "/x", page: 2},
			[]string{"more:3:/x", "src:1:/x", "vote:up:" + id, "vote:down:" + id}},
		{"sources view", long, answerView{origin: "/x", sources: true},
			[]string{"src:2:/x"}},
		{"the command's next page", paged, answerView{origin: "/country japan"},
			[]string{"more:1:/country japan page 2", "src:1:/country japan", "vote:up:" + id, "vote:down:" + id}},
		{"origin too long for an id", paged, answerView{origin: "/ask " + strings.Repeat("q", 100)},
			[]string{"more:1:/country japan page 2", "vote:up:" + id, "vote:down:" + id}},
		{"no origin, no answer id", commands.Reply{Found: true, Title: "t"}, answerView{}, nil},
		{"an error", commands.Reply{Code: commands.CodeNotFound, Title: "no", AnswerID: id}, answerView{origin: "/x"},
			[]string{"vote:up:" + id, "vote:down:" + id}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := renderView(tt.r, tt.v)
			ids := buttonIDs(t, m)
			var last []string
			if n := len(m.Components); n > 0 {
				for _, c := range m.Components[n-1].(discordgo.ActionsRow).Components {
					last = append(last, c.(discordgo.Button).CustomID)
				}
			}
			if tt.want == nil {
				if len(ids) != 0 {
					t.Errorf("buttons %v; want none", ids)
				}
				return
			}
			if !slices.Equal(last, tt.want) {
				t.Errorf("last row %v; want %v", last, tt.want)
			}
			if slices.Contains(ids, runPrefix+"/country japan page 2") {
				t.Errorf("the Next page suggestion is still there beside More: %v", ids)
			}
		})
	}
}

func TestCutIDs(t *testing.T) {
	pages := []struct {
		id, prefix string
		page       int
		cmd        string
		ok         bool
	}{
		{"more:2:/relations japan, korea", morePrefix, 2, "/relations japan, korea", true},
		{"src:1:/ask a: b", sourcesPrefix, 1, "/ask a: b", true},
		{"more:0:/x", morePrefix, 0, "", false},
		{"more:x:/x", morePrefix, 0, "", false},
		{"more:2:", morePrefix, 0, "", false},
		{"more:2", morePrefix, 0, "", false},
		{"src:1:/x", morePrefix, 0, "", false},
	}
	for _, tt := range pages {
		page, cmd, ok := cutPage(tt.id, tt.prefix)
		if page != tt.page || cmd != tt.cmd || ok != tt.ok {
			t.Errorf("cutPage(%q, %q) = %d, %q, %v; want %d, %q, %v", tt.id, tt.prefix, page, cmd, ok, tt.page, tt.cmd, tt.ok)
		}
	}
	votes := []struct {
		id, answer string
		up, ok     bool
	}{
		{"vote:up:0123456789abcdef", "0123456789abcdef", true, true},
		{"vote:down:0123456789abcdef", "0123456789abcdef", false, true},
		{"vote:sideways:0123", "", false, false},
		{"vote:up:", "", false, false},
		{"run:/x", "", false, false},
	}
	for _, tt := range votes {
		answer, up, ok := cutVote(tt.id)
		if answer != tt.answer || up != tt.up || ok != tt.ok {
			t.Errorf("cutVote(%q) = %q, %v, %v; want %q, %v, %v", tt.id, answer, up, ok, tt.answer, tt.up, tt.ok)
		}
	}
}

func TestThreadName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"what did yoon say\nabout japan?", "what did yoon say about japan?"},
		{"", "briefbot"},
		{strings.Repeat("a", 150), strings.Repeat("a", 99) + "…"},
	}
	for _, tt := range tests {
		if got := threadName(tt.in); got != tt.want {
			t.Errorf("threadName(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	if got := stripMentions("<@bot1> what about <@!bot1> japan <@u2>?", "bot1"); got != "what about japan <@u2>?" {
		t.Errorf("stripMentions = %q", got)
	}
}
