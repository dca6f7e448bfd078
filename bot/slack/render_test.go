package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot/internal/golden"
	"github.com/briefbot/briefbot/commands"
)

// goldenCases are the replies whose Block Kit is kept under testdata/.
var goldenCases = []struct{ name, text string }{
	{"relations_japan_korea", "/relations japan korea"},
	{"help", "/help"},
	{"unknown_name", "/country narnia"},
	{"refusal", "/ask recipe for chocolate cake"},
	{"did_you_mean", "/country austr"},
}

// renderJSON renders text's reply the way the slash-command endpoint does, indented.
func renderJSON(t *testing.T, text string) []byte {
	t.Helper()
	req := commands.Request{Text: text, Platform: "slack"}
	r := realBot(t).Handle(context.Background(), req)
	origin, _ := r.Origin(req.Text)
	return indentJSON(t, Render(r, RenderOptions{Origin: origin}).AppendJSON(nil))
}

func indentJSON(t testing.TB, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, b)
	}
	out.WriteByte('\n')
	return out.Bytes()
}

func goldenPath(name string) string { return filepath.Join("testdata", name+".golden.json") }

func TestRenderGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			golden.Check(t, goldenPath(tc.name), renderJSON(t, tc.text), fmt.Sprintf("Render(%q)", tc.text))
		})
	}
}

// TestGoldensWithinSlackLimits checks every golden against Block Kit's limits, decoding it
// with slack-go's own types, and that it fits a Socket Mode ack.
func TestGoldensWithinSlackLimits(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.golden.json"))
	if err != nil || len(paths) < len(goldenCases) {
		t.Fatalf("goldens: %v (%d found)", err, len(paths))
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			checkLimits(t, b)
			var compact bytes.Buffer
			if err := json.Compact(&compact, b); err != nil {
				t.Fatal(err)
			}
			// A page fits its budget, so a slash command's answer goes out in one write.
			if compact.Len() > pageJSONBytes {
				t.Errorf("message is %d bytes; a page's budget is %d", compact.Len(), pageJSONBytes)
			}
			if compact.Len()+100 >= maxAckBytes {
				t.Errorf("message is %d bytes; a Socket Mode ack must stay under %d", compact.Len(), maxAckBytes)
			}
		})
	}
}

// checkLimits fails t for any Block Kit limit the message b breaks.
func checkLimits(t *testing.T, b []byte) {
	t.Helper()
	m := decodeMessage(t, b)
	if m.ResponseType != responseEphemeral && m.ResponseType != responseInChannel {
		t.Errorf("response_type = %q", m.ResponseType)
	}
	if n := utf8.RuneCountInString(m.Text); n == 0 || n > maxTextRunes {
		t.Errorf("fallback text has %d characters", n)
	}
	if n := len(m.Blocks.BlockSet); n == 0 || n > maxBlocks {
		t.Errorf("%d blocks; want 1..%d", n, maxBlocks)
	}
	total := 0
	ids := map[string]bool{}
	for i, blk := range m.Blocks.BlockSet {
		switch blk := blk.(type) {
		case *slackapi.HeaderBlock:
			validText(t, i, blk.Text, maxHeaderRunes)
			if blk.Text.Type != slackapi.PlainTextType {
				t.Errorf("block %d: header text is %s", i, blk.Text.Type)
			}
		case *slackapi.SectionBlock:
			validText(t, i, blk.Text, maxTextRunes)
		case *slackapi.ContextBlock:
			if n := len(blk.ContextElements.Elements); n == 0 || n > maxContextElements {
				t.Errorf("block %d: context has %d elements", i, n)
			}
			for _, e := range blk.ContextElements.Elements {
				to, ok := e.(*slackapi.TextBlockObject)
				if !ok {
					t.Errorf("block %d: context element %T", i, e)
					continue
				}
				validText(t, i, to, maxTextRunes)
			}
		case *slackapi.ActionBlock:
			if n := len(blk.Elements.ElementSet); n == 0 || n > maxActionElements {
				t.Errorf("block %d: actions has %d elements", i, n)
			}
			for _, e := range blk.Elements.ElementSet {
				btn, ok := e.(*slackapi.ButtonBlockElement)
				if !ok {
					t.Errorf("block %d: action element %T", i, e)
					continue
				}
				validText(t, i, btn.Text, maxButtonTextRunes)
				if n := utf8.RuneCountInString(btn.Value); n == 0 || n > maxButtonValueRunes {
					t.Errorf("block %d: button value has %d characters", i, n)
				}
				if btn.ActionID == "" || len(btn.ActionID) > 255 || ids[btn.ActionID] {
					t.Errorf("block %d: action_id %q empty, too long or repeated", i, btn.ActionID)
				}
				ids[btn.ActionID] = true
			}
		default:
			t.Errorf("block %d: unexpected block type %T", i, blk)
		}
	}
	for _, s := range m.texts() {
		total += utf8.RuneCountInString(s)
	}
	// One page of text, plus a lead block of up to maxTextRunes and its copy in the fallback
	// text: far below the ~12k characters at which Slack refuses a message.
	if total > pageJSONBytes+2*maxTextRunes {
		t.Errorf("message text totals %d characters", total)
	}
}

func validText(t *testing.T, block int, to *slackapi.TextBlockObject, limit int) {
	t.Helper()
	if to == nil {
		t.Errorf("block %d: missing text", block)
		return
	}
	if err := to.Validate(); err != nil {
		t.Errorf("block %d: %v", block, err)
	}
	if n := utf8.RuneCountInString(to.Text); n > limit {
		t.Errorf("block %d: text has %d characters; limit %d", block, n, limit)
	}
}

func TestRenderRelationsContent(t *testing.T) {
	m := decodeMessage(t, renderJSON(t, "/relations japan korea"))
	if m.ResponseType != responseInChannel {
		t.Errorf("a briefing is %s; want in_channel", m.ResponseType)
	}
	head, ok := m.Blocks.BlockSet[0].(*slackapi.HeaderBlock)
	if !ok || head.Text.Text != "Japan ↔ South Korea" {
		t.Errorf("first block = %#v; want the header Japan ↔ South Korea", m.Blocks.BlockSet[0])
	}
	// The source and its date close every briefing.
	var foot *slackapi.ContextBlock
	for _, b := range m.Blocks.BlockSet {
		if c, ok := b.(*slackapi.ContextBlock); ok {
			foot = c
		}
	}
	if foot == nil || !strings.Contains(fmt.Sprint(blockTexts(foot)), "Facts as of mid-2022") {
		t.Errorf("no context block with the source and its date")
	}
	var labels []string
	for _, b := range m.buttons() {
		labels = append(labels, b.Text.Text)
	}
	want := []string{"Next page (2 of 4)", "Japan", "South Korea", "Timeline", "Sources", "More (2/5)"}
	if diff := cmp.Diff(want, labels); diff != "" {
		t.Errorf("buttons (-want +got):\n%s", diff)
	}
	all := strings.Join(m.texts(), "\n")
	if !strings.Contains(all, "*Differences*") || !strings.Contains(all, "_[2 · Trade and territory]_") {
		t.Errorf("sections or citations missing:\n%s", all)
	}
}

func TestRenderEphemeralAndOptions(t *testing.T) {
	b := realBot(t)
	tests := []struct {
		name string
		text string
		opt  RenderOptions
		want string
	}{
		{"briefing", "/country japan", RenderOptions{}, responseInChannel},
		{"briefing made ephemeral", "/country japan", RenderOptions{EphemeralBriefings: true}, responseEphemeral},
		{"help", "/help", RenderOptions{}, responseEphemeral},
		{"usage", "/relations", RenderOptions{}, responseEphemeral},
		{"unknown command", "/nonsense", RenderOptions{}, responseEphemeral},
		{"unknown name", "/country narnia", RenderOptions{}, responseEphemeral},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := b.Handle(context.Background(), commands.Request{Text: tc.text})
			if got := Render(r, tc.opt).ResponseType; got != tc.want {
				t.Errorf("Render(%q).ResponseType = %s; want %s", tc.text, got, tc.want)
			}
		})
	}
}

// TestRenderLimits feeds the renderer replies that break every Block Kit limit.
func TestRenderLimits(t *testing.T) {
	long := strings.Repeat("Ünïcödé ", 700) // 5600 characters, multi-byte
	var many []commands.Bullet
	for i := range 300 {
		many = append(many, commands.Bullet{Label: fmt.Sprint(i), Text: strings.Repeat("fact ", 30), Cite: "1",
			Fact: &commands.FactRef{ID: fmt.Sprint("f", i), Quote: "q"}})
	}
	var rows []commands.Section
	for i := range 60 {
		rows = append(rows, commands.Section{Heading: fmt.Sprint("Row ", i), Text: "x"})
	}
	var notes []string
	for i := range 14 {
		notes = append(notes, fmt.Sprint("note ", i))
	}
	var sugg []commands.Suggestion
	for i := range 30 {
		sugg = append(sugg, commands.Suggestion{Label: strings.Repeat("L", 100), Command: "/country " + strings.Repeat("x", 3000) + fmt.Sprint(i)})
	}
	tests := []struct {
		name string
		r    commands.Reply
	}{
		{"60 sections", commands.Reply{Title: "t", Sections: rows, Source: "s"}},
		{"long section", commands.Reply{Title: "t", Sections: []commands.Section{{Heading: "h", Text: long}}}},
		{"long bullet", commands.Reply{Title: "t", Sections: []commands.Section{{Bullets: []commands.Bullet{{Text: long}}}}}},
		{"300 bullets", commands.Reply{Title: "t", Sections: []commands.Section{{Heading: "h", Bullets: many}}, Source: "s"}},
		{"long header", commands.Reply{Title: strings.Repeat("Ü", 200)}},
		{"long header of entities", commands.Reply{Title: strings.Repeat("<>", 100)}},
		{"long lead", commands.Reply{Title: "t", Lead: long}},
		{"14 notes", commands.Reply{Title: "t", Notes: notes}},
		{"30 long suggestions", commands.Reply{Title: "t", Suggestions: sugg}},
		{"empty", commands.Reply{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first := Render(tc.r, RenderOptions{Origin: "/test " + strings.Repeat("y", 2500)})
			for page := 1; page <= first.Pages; page++ {
				m := Render(tc.r, RenderOptions{Origin: "/test", Page: page})
				if m.Page != page {
					t.Fatalf("page %d rendered as %d", page, m.Page)
				}
				checkLimits(t, m.AppendJSON(nil))
			}
		})
	}
}

// TestRenderPagesAll checks that paging loses nothing: every bullet of a long reply is on
// exactly one page, and each page but the last has a "More" button for the next.
func TestRenderPagesAll(t *testing.T) {
	var bullets []commands.Bullet
	for i := range 200 {
		bullets = append(bullets, commands.Bullet{Text: fmt.Sprintf("fact-%03d %s", i, strings.Repeat("words ", 20))})
	}
	r := commands.Reply{Title: "Long", Sections: []commands.Section{{Heading: "All", Bullets: bullets}}, Source: "Source: test"}
	first := Render(r, RenderOptions{Origin: "/topic long"})
	if first.Pages < 2 {
		t.Fatalf("200 long bullets fit one page (%d)", first.Pages)
	}
	seen := map[string]int{}
	for page := 1; page <= first.Pages; page++ {
		m := decodeMessage(t, Render(r, RenderOptions{Origin: "/topic long", Page: page}).AppendJSON(nil))
		for _, s := range m.texts() {
			for _, id := range regexp.MustCompile(`fact-\d{3}`).FindAllString(s, -1) {
				seen[id]++
			}
			if !strings.Contains(strings.Join(m.texts(), "\n"), "Source: test") {
				t.Errorf("page %d lacks the source line", page)
			}
		}
		var more []string
		for _, b := range m.buttons() {
			if b.ActionID == actionMore {
				more = append(more, b.Value)
			}
		}
		switch {
		case page < first.Pages && (len(more) != 1 || more[0] != fmt.Sprintf("%d /topic long", page+1)):
			t.Errorf("page %d: More buttons %q; want one for page %d", page, more, page+1)
		case page == first.Pages && len(more) != 0:
			t.Errorf("last page has More buttons %q", more)
		}
	}
	for i := range 200 {
		if id := fmt.Sprintf("fact-%03d", i); seen[id] != 1 {
			t.Errorf("%s appears on %d pages; want 1", id, seen[id])
		}
	}
}

// TestNoUnescapedMentions: nothing a user types is sent back as markup.
func TestNoUnescapedMentions(t *testing.T) {
	inputs := []string{
		"/relations <!channel> japan",
		"/ask <!here> what about <@U123> and <!everyone>?",
		"/country <!subteam^S1|team> & <#C1|general>",
		"/topic <https://evil.example|click> korea",
		"/briefbot country <!channel>",
		"<!here> tell me about dokdo",
	}
	for _, in := range inputs {
		t.Run(in, func(t *testing.T) {
			raw := renderJSON(t, in)
			assertNoMarkup(t, decodeMessage(t, raw))
			// Not in button values either, though Slack never shows them.
			var v any
			if err := json.Unmarshal(raw, &v); err != nil {
				t.Fatal(err)
			}
			for _, s := range allStrings(v, nil) {
				if strings.Contains(s, "<!") || strings.Contains(s, "<@") || strings.Contains(s, "<#") {
					t.Errorf("raw markup in %q", s)
				}
			}
		})
	}
}

// allStrings collects every string in a decoded JSON value.
func allStrings(v any, out []string) []string {
	switch v := v.(type) {
	case string:
		out = append(out, v)
	case []any:
		for _, x := range v {
			out = allStrings(x, out)
		}
	case map[string]any:
		for _, x := range v {
			out = allStrings(x, out)
		}
	}
	return out
}

// assertNoMarkup fails when any visible text holds a raw "<" or ">" (the start of a mention
// or link) or an "&" that is not one of Slack's three entities.
func assertNoMarkup(t *testing.T, m wireMessage) {
	t.Helper()
	bareAmp := regexp.MustCompile(`&(?:amp;|lt;|gt;)?`)
	quoteMark := regexp.MustCompile(`(?m)^>`) // the renderer's own blockquote markup
	for _, s := range m.texts() {
		if strings.ContainsAny(quoteMark.ReplaceAllString(s, ""), "<>") {
			t.Errorf("unescaped markup in %q", s)
		}
		for _, a := range bareAmp.FindAllString(s, -1) {
			if a == "&" {
				t.Errorf("bare & in %q", s)
			}
		}
	}
}

// TestClipNeverCutsAnEntity: whatever the text and the limit, clipped escaped text fits the
// limit, every entity in it is whole, and it reads as the start of the original.
func TestClipNeverCutsAnEntity(t *testing.T) {
	alphabet := []rune("ab <>&ü")
	for seed := range 500 {
		in := make([]rune, seed%23)
		for i := range in {
			in[i] = alphabet[(seed*7+i*i*3+i)%len(alphabet)]
		}
		for n := 1; n <= 30; n++ {
			out := clipEscaped(string(in), n)
			if got := utf8.RuneCountInString(out); got > n {
				t.Fatalf("clipEscaped(%q, %d) = %q: %d characters", string(in), n, out, got)
			}
			body := strings.TrimSuffix(out, "…")
			for i := strings.IndexByte(body, '&'); i >= 0; i = strings.IndexByte(body, '&') {
				if !strings.HasPrefix(body[i:], "&amp;") && !strings.HasPrefix(body[i:], "&lt;") && !strings.HasPrefix(body[i:], "&gt;") {
					t.Fatalf("clipEscaped(%q, %d) = %q: a cut entity", string(in), n, out)
				}
				body = body[i+1:]
			}
			if !strings.HasPrefix(string(in), unescapeSlack(strings.TrimSuffix(out, "…"))) {
				t.Fatalf("clipEscaped(%q, %d) = %q: not the start of the text", string(in), n, out)
			}
		}
	}
}

func TestEscapeAndClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"<!channel> a&b", 100, "&lt;!channel&gt; a&amp;b"},
		{"plain", 100, "plain"},
		{"abcdef", 4, "abc…"},
		{"ab<cd", 5, "ab…"}, // never half an entity
		{"ab<cd", 7, "ab&lt;…"},
		{"ÜÜÜÜÜ", 3, "ÜÜ…"},
	}
	for _, tc := range tests {
		if got := clipEscaped(tc.in, tc.n); got != tc.want {
			t.Errorf("clipEscaped(%q, %d) = %q; want %q", tc.in, tc.n, got, tc.want)
		}
	}
	if got := unescapeSlack("a &lt;b&gt; &amp;amp;"); got != "a <b> &amp;" {
		t.Errorf("unescapeSlack = %q", got)
	}
}

// TestAppendJSONString checks the hand-written encoder against encoding/json.
func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "plain", "quote\" back\\slash", "tab\tnl\ncr\r", "\x00\x1f\x7f", "ü€😀", "\u2028\u2029", "bad\xffutf8", "&<>"} {
		got := appendJSONString(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("appendJSONString(%q) = %s: invalid JSON: %v", s, got, err)
			continue
		}
		want := strings.ToValidUTF8(s, "\uFFFD")
		if back != want {
			t.Errorf("appendJSONString(%q) decodes to %q; want %q", s, back, want)
		}
	}
}

func TestPageValue(t *testing.T) {
	for _, tc := range []struct {
		v      string
		page   int
		origin string
		ok     bool
	}{
		{"2 /relations japan korea", 2, "/relations japan korea", true},
		{pageValue(3, "what is dokdo?"), 3, "what is dokdo?", true},
		{"0 /x", 0, "", false},
		{"x /x", 0, "", false},
		{"2", 0, "", false},
		{"2  ", 0, "", false},
	} {
		page, origin, ok := parsePageValue(tc.v)
		if page != tc.page || origin != tc.origin || ok != tc.ok {
			t.Errorf("parsePageValue(%q) = %d, %q, %v; want %d, %q, %v", tc.v, page, origin, ok, tc.page, tc.origin, tc.ok)
		}
	}
}

func TestSourcesView(t *testing.T) {
	r := realBot(t).Handle(context.Background(), commands.Request{Text: "/topic dokdo"})
	facts := r.Facts()
	if len(facts) == 0 {
		t.Fatal("/topic dokdo cites no facts")
	}
	first := Render(r.SourcesView(), RenderOptions{Origin: "/topic dokdo", sources: true})
	var all []string
	for page := 1; page <= first.Pages; page++ {
		m := decodeMessage(t, Render(r.SourcesView(), RenderOptions{Origin: "/topic dokdo", Page: page, sources: true}).AppendJSON(nil))
		if m.ResponseType != responseEphemeral {
			t.Errorf("sources view is %s; want ephemeral", m.ResponseType)
		}
		for _, b := range m.buttons() {
			if b.ActionID == actionMore || (b.ActionID == actionSources && page == first.Pages) {
				t.Errorf("page %d: unexpected button %s %q", page, b.ActionID, b.Value)
			}
		}
		all = append(all, m.texts()...)
	}
	joined := strings.Join(all, "\n")
	for _, f := range facts {
		if !strings.Contains(joined, escapeSlack(f.Quote)) {
			t.Errorf("quote of %s missing from the sources view", f.ID)
		}
	}
}

// TestButtonValuesRoundTrip: a command carried escaped in a button comes back as typed.
func TestButtonValuesRoundTrip(t *testing.T) {
	for _, origin := range []string{"/relations japan korea", "/ask what about <!here> & dokdo?", "a &amp; b"} {
		page, got, ok := parsePageValue(pageValue(3, origin))
		if !ok || page != 3 || got != origin {
			t.Errorf("page value of %q read back as %d, %q, %v", origin, page, got, ok)
		}
		if got := readButtonValue(buttonValue(origin, maxButtonValueRunes)); got != origin {
			t.Errorf("run value of %q read back as %q", origin, got)
		}
	}
}
