package commands

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// converse runs messages as one conversation, each with the turn the last answer left.
func converse(t *testing.T, d *Dispatcher, msgs ...string) []Reply {
	t.Helper()
	var prev *Turn
	var out []Reply
	for _, m := range msgs {
		r := d.Handle(context.Background(), Request{Text: m, Platform: "test", Conversation: "c", Previous: prev})
		if r.Turn != nil {
			prev = r.Turn
		}
		out = append(out, r)
	}
	return out
}

func TestFollowUps(t *testing.T) {
	d := newTestDispatcher(t)
	type want struct {
		title string // the title starts with this
		note  string // a note holds this
		found bool
		fact  string // a shown fact's text holds this (case-insensitive)
	}
	tests := []struct {
		name string
		msgs []string
		want want // of the last message
	}{
		{"and X swaps the last actor of a pair",
			[]string{"/relations japan korea", "and china?"},
			want{title: "Japan ↔ China", note: "Read as /relations japan, china.", found: true, fact: "china"}},
		{"what about X after a country brief",
			[]string{"/country japan", "what about new zealand?"},
			want{title: "New Zealand", note: "Read as /country new zealand.", found: true}},
		{"why gives the reasons behind the last answer",
			[]string{"/relations japan korea", "and china?", "why?"},
			want{title: "Why: Japan and China", found: true, fact: "china"}},
		{"more is the next page",
			[]string{"/relations japan korea", "more"},
			want{title: "Japan ↔ South Korea", note: "Read as /relations japan, south korea page 2.", found: true}},
		{"more after why still pages the request",
			[]string{"/relations japan korea", "why?", "more"},
			want{title: "Japan ↔ South Korea", note: "page 2", found: true}},
		{"more on a one-page answer says so",
			[]string{"/topic gsomia", "more"},
			want{title: "That was the whole answer."}},
		{"sources quotes what was shown",
			[]string{"/topic dokdo", "sources"},
			want{title: "Sources: Dokdo", found: true, fact: "dokdo"}},
		{"when dates what was shown",
			[]string{"/topic dokdo", "when?"},
			want{title: "When: Dokdo", found: true, fact: "2021"}},
		{"a pronoun stands for the person last asked about",
			[]string{"/country yoon", "what did he say about japan?"},
			want{note: "Read “he” as Yoon Suk-yeol.", found: true, fact: "yoon"}},
		{"they stands for the pair",
			[]string{"/relations japan korea", "how do they differ on north korea?"},
			want{note: "as Japan and South Korea", found: true, fact: "north korea"}},
		{"and X in a question replaces its subject",
			[]string{"what does japan think of china?", "and korea?"},
			want{note: "what does South Korea think of china?", found: true}},
		{"it stands for the thing the last question named, after a question word",
			[]string{"What happened to the Gimpo-Haneda route?", "and when did it restart?"},
			want{note: "Read “it” as the Gimpo–Haneda air route.", found: true, fact: "gimpo"}},
		{"it stays it elsewhere",
			[]string{"What happened to the Gimpo-Haneda route?", "is it true?"},
			want{title: "I have nothing on that."}},
		{"and X in a question replaces the thing it named when X is a thing",
			[]string{"What did Japan protest regarding Dokdo?", "what about the export controls?"},
			want{note: "What did Japan protest regarding Export controls?", found: true, fact: "export"}},
		{"an uncovered country is refused as such",
			[]string{"/relations japan korea", "what about russia?"},
			want{title: "The article does not cover Russia"}},
		{"an unknown name says how it was read",
			[]string{"/relations japan korea", "what about bananas?"},
			want{title: "I read “what about bananas?” as a follow-up to /relations japan, south korea"}},
		{"a question of its own is answered on its own",
			[]string{"/relations japan korea", "what is gsomia?"},
			want{found: true, fact: "gsomia"}},
		{"a refusal leaves the conversation where it was",
			[]string{"/relations japan korea", "who won the world cup?", "and china?"},
			want{title: "Japan ↔ China", found: true}},
		{"without a previous answer, more is a question",
			[]string{"more"},
			want{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := converse(t, d, tc.msgs...)
			r := rs[len(rs)-1]
			if !strings.HasPrefix(r.Title, tc.want.title) {
				t.Errorf("title = %q, want it to start with %q", r.Title, tc.want.title)
			}
			if tc.want.note != "" && !slices.ContainsFunc(r.Notes, func(n string) bool { return strings.Contains(n, tc.want.note) }) {
				t.Errorf("notes = %q, want one holding %q", r.Notes, tc.want.note)
			}
			if r.Found != tc.want.found {
				t.Errorf("found = %v, want %v (title %q)", r.Found, tc.want.found, r.Title)
			}
			if tc.want.fact != "" && !slices.ContainsFunc(r.Facts(), func(f *FactRef) bool {
				return strings.Contains(strings.ToLower(f.Text), tc.want.fact)
			}) {
				t.Errorf("no fact shown holds %q", tc.want.fact)
			}
		})
	}
}

// The sources follow-up shows every fact of the last answer with its quote.
func TestFollowUpSourcesShowQuotes(t *testing.T) {
	d := newTestDispatcher(t)
	rs := converse(t, d, "/relations japan korea", "sources")
	shown, quoted := rs[0].Facts(), rs[1]
	if len(quoted.Facts()) != len(shown) {
		t.Fatalf("sources showed %d facts, the answer %d", len(quoted.Facts()), len(shown))
	}
	for _, s := range quoted.Sections {
		for _, b := range s.Bullets {
			if !b.ShowQuote || b.Fact.Quote == "" {
				t.Errorf("bullet %q shows no quote", b.Fact.ID)
			}
		}
	}
}

// What a conversation remembers: the request again, its actors in the order asked, what was
// shown and where the next page is.
func TestTurnOfAnswers(t *testing.T) {
	d := newTestDispatcher(t)
	tests := []struct {
		text string
		want Turn // Facts only counted
	}{
		{"/relations korea japan", Turn{Command: "/relations japan, south korea", Name: "relations", Actors: []string{"KR", "JP"}, Next: "/relations japan, south korea page 2"}},
		{"/country new zealand", Turn{Command: "/country new zealand", Name: "country", Actors: []string{"NZ"}}},
		{"/topic dokdo", Turn{Command: "/topic dokdo (takeshima)", Name: "topic", Topic: "dokdo"}},
		{"what does japan want from nato?", Turn{Command: "what does japan want from nato?", Name: "ask", Actors: []string{"JP", "nato"}}},
		{"what did japan protest regarding dokdo?", Turn{Command: "what did japan protest regarding dokdo?", Name: "ask", Actors: []string{"JP"}, Things: []string{"dokdo"}}},
	}
	for _, tc := range tests {
		r := d.Handle(context.Background(), Request{Text: tc.text})
		got := r.Turn
		if got == nil {
			t.Fatalf("%s: no turn", tc.text)
		}
		if len(got.Facts) == 0 || len(got.Facts) != len(r.Facts()) {
			t.Errorf("%s: turn remembers %d facts, the answer shows %d", tc.text, len(got.Facts), len(r.Facts()))
		}
		got.Facts = nil
		if got.Command != tc.want.Command || got.Name != tc.want.Name || !slices.Equal(got.Actors, tc.want.Actors) || !slices.Equal(got.Things, tc.want.Things) || got.Topic != tc.want.Topic || got.Next != tc.want.Next {
			t.Errorf("%s: turn = %+v, want %+v", tc.text, *got, tc.want)
		}
	}
	if r := d.Handle(context.Background(), Request{Text: "who won the world cup?"}); r.Turn != nil {
		t.Errorf("a refusal left a turn: %+v", *r.Turn)
	}
}

// Origin names the command that gives a reply again, for More and Sources buttons; a
// follow-up's view has none.
func TestReplyOrigin(t *testing.T) {
	d := newTestDispatcher(t)
	tests := []struct {
		msgs   []string
		origin string
		ok     bool
	}{
		{[]string{"/relations korea japan"}, "/relations japan, south korea", true},
		{[]string{"how do japan and korea get along?"}, "/relations japan, south korea", true},
		{[]string{"/relations japan korea", "and china?"}, "/relations japan, china", true},
		{[]string{"/help"}, "/help", true},
		{[]string{"/relations japan korea", "why?"}, "", false},
		{[]string{"/relations japan korea", "sources"}, "", false},
		{[]string{"/topic dokdo", "when?"}, "", false},
	}
	for _, tc := range tests {
		rs := converse(t, d, tc.msgs...)
		last := tc.msgs[len(tc.msgs)-1]
		if origin, ok := rs[len(rs)-1].Origin(last); origin != tc.origin || ok != tc.ok {
			t.Errorf("%q: Origin = %q, %v; want %q, %v", tc.msgs, origin, ok, tc.origin, tc.ok)
		}
	}
}
