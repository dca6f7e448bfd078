package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/commands"
)

// FuzzDecodeInteraction: any body decodes or fails without panicking, and whatever decodes is
// answered without panicking, as JSON, within Discord's limits — through the real store.
func FuzzDecodeInteraction(f *testing.F) {
	for _, s := range []string{pingBody, relationsBody, autocompleteBody, buttonBody("/brief"), buttonBody("/ask @everyone"),
		`{"type":2,"data":{"name":"ask","options":[{"name":"question","type":3,"value":"@everyone <@&1> **x**"}]}}`,
		`{"type":2,"data":{"name":"x","options":[{"name":"a","type":1,"options":[{"name":"b","type":2,"options":[]}]}]}}`,
		`{"type":4,"data":{"name":"topic","options":[{"name":"name","type":3,"value":"\u0000\ud800","focused":true}]}}`,
		`{"type":2,"member":{"permissions":"99999999999999999999999"}}`, `{"type":3,"data":{"custom_id":"run:"}}`,
		`{"type":3,"data":{"custom_id":"more:2:/relations japan, korea"}}`, `{"type":3,"data":{"custom_id":"src:3:/ask why"}}`,
		`{"type":3,"data":{"custom_id":"src:1:"}}`, `{"type":3,"data":{"custom_id":"vote:up:0123456789abcdef"}}`,
		`{"type":3,"data":{"custom_id":"vote:down:"}}`,
		`{"type":1e3}`, `{"type":-1}`, `null`, `{`, ``} {
		f.Add([]byte(s))
	}
	a := realAdapter(f, nil)
	f.Fuzz(func(t *testing.T, body []byte) {
		in, err := decodeInteraction(body)
		if err != nil {
			return
		}
		// The path both transports take.
		var buf bytes.Buffer
		out, err := a.respondJSON(context.Background(), in, &buf)
		if err != nil {
			return
		}
		var resp struct {
			Type int             `json:"type"`
			Data json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal(out, &resp); err != nil {
			t.Fatalf("response to %q is not JSON: %v", body, err)
		}
		switch resp.Type {
		case 4, 7:
			var msg struct {
				Content string                    `json:"content"`
				Embeds  []*discordgo.MessageEmbed `json:"embeds"`
			}
			if err := json.Unmarshal(resp.Data, &msg); err != nil {
				t.Fatalf("message for %q: %v", body, err)
			}
			// A vote is thanked in a line of content; everything else is embeds.
			if msg.Content == "" || len(msg.Embeds) > 0 {
				if p := limitProblems(msg.Embeds); len(p) > 0 {
					t.Fatalf("response to %q breaks limits: %v", body, p)
				}
			}
			if textLen(msg.Content) > 2000 {
				t.Fatalf("response to %q has %d characters of content", body, textLen(msg.Content))
			}
			if !strings.Contains(string(out), `"allowed_mentions":{"parse":[]}`) {
				t.Fatalf("response to %q lacks empty allowed_mentions", body)
			}
		case 8:
			var ac autocompleteData
			if err := json.Unmarshal(resp.Data, &ac); err != nil || ac.Choices == nil || len(ac.Choices) > maxChoices {
				t.Fatalf("choices for %q: %+v, %v", body, ac, err)
			}
		}
	})
}

// FuzzCommandText: options of any shape (decoded from JSON, as they arrive) turn into a command
// line for their command without panicking, and autocomplete over them stays within limits.
func FuzzCommandText(f *testing.F) {
	for _, s := range []struct{ name, opts string }{
		{"relations", `[{"name":"first","type":3,"value":"japan"},{"name":"second","type":3,"value":"korea"}]`},
		{"relations", `[{"name":"second","type":3,"value":"kor","focused":true}]`},
		{"timeline", `[{"name":"first","type":3,"value":3.5},{"name":"second","value":true},{"name":"third","value":null}]`},
		{"digest", `[{"name":"subscribe","type":1,"options":[{"name":"schedule","type":3,"value":"daily 08:00"}]}]`},
		{"topic", `[{"name":"name","type":3,"value":"` + strings.Repeat("x", 300) + `","focused":true}]`},
		{"", `[]`}, {"x", `[{"options":[{"options":[{"options":[{"options":[]}]}]}]}]`},
	} {
		f.Add(s.name, []byte(s.opts))
	}
	a := realAdapter(f, nil)
	f.Fuzz(func(t *testing.T, name string, raw []byte) {
		var opts []option
		if json.Unmarshal(raw, &opts) != nil {
			return
		}
		text := commandText(name, opts)
		if !strings.HasPrefix(text, "/"+name) {
			t.Fatalf("commandText(%q, %s) = %q; want it to start with /%s", name, raw, text, name)
		}
		if utf8.ValidString(name) && utf8.ValidString(string(raw)) && !utf8.ValidString(text) {
			t.Fatalf("commandText(%q, %s) = %q: invalid UTF-8 from valid input", name, raw, text)
		}
		ch := a.choices(name, opts)
		if ch == nil || len(ch) > maxChoices {
			t.Fatalf("choices(%q, %s) = %d choices", name, raw, len(ch))
		}
		for _, c := range ch {
			if c.Name == "" || textLen(c.Name) > maxChoiceText || textLen(c.Value) > maxChoiceText {
				t.Fatalf("bad choice %+v", c)
			}
		}
	})
}

// FuzzRender: any reply renders within Discord's limits, mentions escaped, and pages into
// messages that each show their part whole.
func FuzzRender(f *testing.F) {
	f.Add("Japan ↔ South Korea", "lead", "Cooperation", "text", "label", "bullet", "cite", "source", 3, 2)
	f.Add("@everyone", "<@&1>", "**", "`", "\\", "😀", "@here", strings.Repeat("x", 3000), 40, 30)
	f.Fuzz(func(t *testing.T, title, lead, heading, text, label, bullet, cite, source string, nsec, nbul int) {
		nsec, nbul = (nsec%30+30)%30, (nbul%30+30)%30
		r := commands.Reply{Title: title, Lead: lead, Notes: []string{lead}, Source: source,
			Suggestions: []commands.Suggestion{{Label: label, Command: "/ask " + bullet}}}
		for range nsec {
			s := commands.Section{Heading: heading, Text: text}
			for range nbul {
				s.Bullets = append(s.Bullets, commands.Bullet{Label: label, Text: bullet, Cite: cite, ShowQuote: true,
					Fact: &commands.FactRef{Quote: bullet}})
			}
			r.Sections = append(r.Sections, s)
		}
		m := Render(r)
		if p := limitProblems(m.Embeds); len(p) > 0 {
			t.Fatalf("Render breaks limits: %v", p)
		}
		for _, e := range m.Embeds {
			for _, s := range append([]string{e.Title, e.Description}, fieldTexts(e.Fields)...) {
				if strings.Contains(s, "@everyone") || strings.Contains(s, "@here") {
					t.Fatalf("unescaped mention in %q", s)
				}
			}
		}
		// Paged as an answer, every page fits whole: nothing is left out for length.
		r.AnswerID = "0123456789abcdef"
		pages := paginate(r)
		for _, i := range []int{0, 1, len(pages) - 1} { // each page costs a pagination
			if i >= len(pages) {
				continue
			}
			m := renderView(r, answerView{origin: "/ask " + bullet, page: i + 1})
			if p := limitProblems(m.Embeds); len(p) > 0 {
				t.Fatalf("page %d of %d breaks limits: %v", i+1, len(pages), p)
			}
			if n := len(m.Components); n > maxRows {
				t.Fatalf("page %d: %d rows of buttons", i+1, n)
			}
			for _, f := range m.Embeds[len(m.Embeds)-1].Fields {
				if strings.HasSuffix(f.Value, "left out for length.*") && !strings.Contains(bullet+text+label+cite, "left out") {
					t.Fatalf("page %d of %d cuts a section: %q", i+1, len(pages), f.Value)
				}
			}
		}
	})
}

func fieldTexts(fs []*discordgo.MessageEmbedField) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Name, f.Value)
	}
	return out
}
