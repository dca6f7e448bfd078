package slack

import (
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/commands"
)

// FuzzDecodeSlashCommand: any body either decodes to a command starting with "/" or is
// reported malformed; nothing panics; the neutral request is well formed.
func FuzzDecodeSlashCommand(f *testing.F) {
	f.Add([]byte(docBody))
	f.Add(slashBody("/relations", "japan korea"))
	f.Add(slashBody("/briefbot", "<!channel> relations"))
	f.Add([]byte("command=%2Fask&text=%E2%80%A8%00%ff"))
	f.Add([]byte("command=/x&text=%zz"))
	f.Add([]byte("&&=&command&text=+++"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, body []byte) {
		c, err := decodeSlashCommand(body)
		if err != nil {
			if !errors.Is(err, errMalformed) {
				t.Fatalf("decodeSlashCommand error %v is not errMalformed", err)
			}
			return
		}
		if !strings.HasPrefix(c.Command, "/") {
			t.Fatalf("decoded command %q lacks its slash", c.Command)
		}
		if q, err := url.ParseQuery(string(body)); err == nil && q.Get("command") != c.Command && len(q["command"]) == 1 {
			t.Fatalf("command %q; url.ParseQuery reads %q", c.Command, q.Get("command"))
		}
		req := slashRequest(c)
		if !strings.HasPrefix(req.Text, "/") || req.Platform != "slack" {
			t.Fatalf("slashRequest = %+v", req)
		}
		// Whatever the user typed, the rendered reply carries no markup.
		m := Render(commands.Reply{Title: "I have nothing on “" + req.Text + "”.", Lead: req.Text}, RenderOptions{Origin: req.Text})
		js := m.AppendJSON(nil)
		if !utf8.Valid(js) {
			t.Fatalf("rendered JSON is not UTF-8")
		}
		for _, b := range m.blocks {
			if strings.ContainsAny(b.text, "<>") {
				t.Fatalf("markup in %q", b.text)
			}
		}
	})
}

// FuzzDecodeEvent: any body either decodes or is reported malformed, and accepting what
// decodes never panics.
func FuzzDecodeEvent(f *testing.F) {
	f.Add([]byte(dmEvent("Ev1", "hello <!here>", "1.1", "")))
	f.Add([]byte(mentionEvent("Ev2", "<@UBOT> /help", "1.2", "1.0")))
	f.Add([]byte(dmEvent("Ev3", "x", "1.3", `,"subtype":"message_changed","message":{"text":"y"},"previous_message":{"text":"x"}`)))
	f.Add([]byte(`{"type":"url_verification","challenge":"abc"}`))
	f.Add([]byte(`{"type":"app_rate_limited","team_id":"T1","minute_rate_limited":1}`))
	f.Add([]byte(`{"type":"event_callback","event_id":"E","event":null}`))
	f.Add([]byte(`{"type":"event_callback","event_id":"E","event":{"type":"message","blocks":[{"type":"rich_text"}]}}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"type":1}`))
	a := newAdapter(nil, &fakeAnswerer{}, nil, Options{SigningSecret: "s", Now: fixedClock})
	f.Fuzz(func(t *testing.T, body []byte) {
		ev, err := decodeEvent(body)
		if err != nil {
			if !errors.Is(err, errMalformed) {
				t.Fatalf("decodeEvent error %v is not errMalformed", err)
			}
			return
		}
		if ev.outer.Type == "" {
			t.Fatalf("decoded an event without a type")
		}
		// No bot token: accepting must decide without I/O and answer nothing.
		a.acceptEvent(t.Context(), ev.outer.EventID, ev.event)
	})
}

// FuzzDecodeInteraction: button payloads decode or are malformed; reading the action never
// panics.
func FuzzDecodeInteraction(f *testing.F) {
	f.Add(interactionBody("run:0", "/country japan", "https://hooks.slack.invalid/x"))
	f.Add(interactionBody(actionMore, "2 /relations japan korea", "https://hooks.slack.invalid/x"))
	f.Add([]byte("payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%5Bnull%5D%7D"))
	f.Add([]byte("payload="))
	f.Fuzz(func(t *testing.T, body []byte) {
		cb, err := decodeInteraction(body)
		if err != nil {
			if !errors.Is(err, errMalformed) {
				t.Fatalf("decodeInteraction error %v is not errMalformed", err)
			}
			return
		}
		if j, ok := actionFor(cb); ok && (j.page < 1 || strings.TrimSpace(j.req.Text) == "") {
			t.Fatalf("action %+v", j)
		}
	})
}

// FuzzRender: any reply renders within Slack's limits.
func FuzzRender(f *testing.F) {
	f.Add("Japan ↔ South Korea", "lead", "Heading", "<!channel> & text", "cite", "/relations japan korea", 1)
	f.Add(strings.Repeat("é", 200), strings.Repeat("<", 3100), "", strings.Repeat("&", 4000), "", "", 3)
	f.Fuzz(func(t *testing.T, title, lead, heading, text, cite, origin string, page int) {
		var bullets []commands.Bullet
		for range 40 {
			bullets = append(bullets, commands.Bullet{Label: heading, Text: text, Cite: cite,
				ShowQuote: true, Fact: &commands.FactRef{ID: "f", Quote: text}})
		}
		r := commands.Reply{Title: title, Lead: lead, Notes: []string{text},
			Sections:    []commands.Section{{Heading: heading, Text: text, Bullets: bullets}},
			Suggestions: []commands.Suggestion{{Label: text, Command: origin}}, Source: cite}
		m := Render(r, RenderOptions{Origin: origin, Page: page})
		if m.Page < 1 || m.Page > m.Pages {
			t.Fatalf("page %d of %d", m.Page, m.Pages)
		}
		if len(m.blocks) > maxBlocks {
			t.Fatalf("%d blocks", len(m.blocks))
		}
		for _, b := range m.blocks {
			limit := maxTextRunes
			if b.kind == kindHeader {
				limit = maxHeaderRunes
			}
			if n := utf8.RuneCountInString(b.text); n > limit {
				t.Fatalf("block text of %d characters", n)
			}
			if strings.ContainsAny(strings.ReplaceAll(b.text, "\n>“", ""), "<>") {
				t.Fatalf("markup in %q", b.text)
			}
			for _, e := range b.elements {
				if utf8.RuneCountInString(e.text) > maxTextRunes || utf8.RuneCountInString(e.value) > maxButtonValueRunes {
					t.Fatalf("element too long")
				}
				if e.actionID != "" && utf8.RuneCountInString(e.text) > maxButtonTextRunes {
					t.Fatalf("button text too long")
				}
			}
		}
	})
}

// FuzzAppendJSONString: the hand-written encoder means what encoding/json means.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", "quote\" back\\slash", "\x00\x1f\x7f", "ü€😀\u2028", "bad\xff\xfeutf8", "12345678\"12345678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want string
		if err := json.Unmarshal(appendJSONString(nil, s), &got); err != nil {
			t.Fatalf("appendJSONString(%q) is not JSON: %v", s, err)
		}
		ref, _ := json.Marshal(s)
		if err := json.Unmarshal(ref, &want); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("appendJSONString(%q) decodes to %q; encoding/json's to %q", s, got, want)
		}
	})
}
