package playground

import (
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/commands"
)

// askedReply asks q in the client's session through the ask endpoint and returns the reply
// the session's history keeps, and the message the page was sent for it.
func askedReply(t *testing.T, e *env, c *http.Client, q string) (commands.Reply, string) {
	t.Helper()
	id, _ := askReply(t, e, c, q)
	en, ok := e.pg.sessions.peek(e.channel(t, c)).find(id)
	if !ok {
		t.Fatalf("ask %q: reply %d not in the history", q, id)
	}
	h, err := e.pg.messageHTML(en)
	if err != nil {
		t.Fatal(err)
	}
	return en.Reply, string(h)
}

func hasNote(r commands.Reply, re string) bool {
	return regexp.MustCompile(re).MatchString(strings.Join(r.Notes, "\n"))
}

// TestSessionIsAConversation: follow-ups in one browser session are read against its last
// answer; another session has no such answer.
func TestSessionIsAConversation(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	steps := []struct {
		q     string
		check func(r commands.Reply) string // what is wrong, or ""
	}{
		{"/relations japan korea", func(r commands.Reply) string {
			if r.Title != "Japan ↔ South Korea" {
				return "want the Japan ↔ South Korea brief"
			}
			return ""
		}},
		{"and china?", func(r commands.Reply) string {
			if !strings.Contains(r.Title, "Japan") || !strings.Contains(r.Title, "China") || !hasNote(r, `Read as /relations japan, china\.`) {
				return "want Japan–China relations, read as /relations japan, china"
			}
			return ""
		}},
		{"why?", func(r commands.Reply) string {
			if !strings.HasPrefix(r.Title, "Why") {
				return "want the reasons, titled Why…"
			}
			return ""
		}},
		{"more", func(r commands.Reply) string {
			// The Japan–China brief has one page: "more" says so, naming what it was read as.
			if !hasNote(r, `Read as /relations japan, china page 2\.`) && !strings.Contains(r.Lead+r.Title, "There is no more to /relations japan, china") {
				return "want the next page of the last answer, or that there is none"
			}
			return ""
		}},
		{"sources", func(r commands.Reply) string {
			quoted := 0
			for _, s := range r.Sections {
				for _, b := range s.Bullets {
					if b.ShowQuote && b.Fact != nil && b.Fact.Quote != "" {
						quoted++
					}
				}
			}
			if !strings.HasPrefix(r.Title, "Sources") || quoted == 0 {
				return "want the quotes, titled Sources…"
			}
			return ""
		}},
	}
	for i, s := range steps {
		r, msg := askedReply(t, e, c, s.q)
		if wrong := s.check(r); wrong != "" {
			t.Errorf("step %d, %q: %s; got %q, notes %q, lead %q", i+1, s.q, wrong, r.Title, r.Notes, r.Lead)
		}
		// As the Slack adapter sends them: "and china?" pages by the command it was read as;
		// a view of the last answer ("why?", "sources") comes whole, with no More or Sources.
		sk, _ := panes(msg)
		wantMore := s.q == "/relations japan korea" || s.q == "and china?"
		if got := strings.Contains(sk, `<a class="btn" href="#cited-`); got != wantMore {
			t.Errorf("step %d, %q: Slack's Sources button shown %v; want %v", i+1, s.q, got, wantMore)
		}
		if s.q == "and china?" && !strings.Contains(html.UnescapeString(sk), `"value": "1 /relations japan, china"`) {
			t.Errorf("step %d, %q: Slack's Sources does not re-run /relations japan, china", i+1, s.q)
		}
		if sk, dc := panes(msg); !strings.Contains(sk, firstWord(r.Title)) || !strings.Contains(dc, firstWord(r.Title)) {
			t.Errorf("step %d, %q: the page does not show %q in both panes", i+1, s.q, r.Title)
		}
	}

	// "more" straight after the brief is its page 2.
	if r, _ := askedReply(t, e, c, "/relations japan korea"); r.Title != "Japan ↔ South Korea" {
		t.Fatalf("again: %q", r.Title)
	}
	if r, _ := askedReply(t, e, c, "more"); !strings.HasPrefix(r.Title, "Japan ↔ South Korea") || !hasNote(r, `Read as /relations japan, south korea page 2\.`) {
		t.Errorf("more after the brief = %q, notes %q; want its page 2, saying so", r.Title, r.Notes)
	}

	// A second session has no answer to follow up on.
	other := e.client(t)
	if r, _ := askedReply(t, e, other, "and china?"); hasNote(r, `Read as /relations japan, china`) {
		t.Errorf("a new session read %q against another session's answer: %q, notes %q", "and china?", r.Title, r.Notes)
	}
}

// firstWord is the start of a title, as the panes show it (they escape the rest their way).
func firstWord(title string) string {
	w, _, _ := strings.Cut(title, " ")
	return w
}

// TestConversationOutlivesTheProcess: the conversation is in the store, not the process, so a
// restarted server (or another replica) still reads the session's follow-up.
func TestConversationOutlivesTheProcess(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	askedReply(t, e, c, "/relations japan korea")
	e.restart(t)
	if r, _ := askedReply(t, e, c, "and china?"); !hasNote(r, `Read as /relations japan, china\.`) {
		t.Errorf("after a restart %q = %q, notes %q; want it read against the answer before", "and china?", r.Title, r.Notes)
	}
}
