package commands

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// followPages asks q, then every "More" page it offers, and returns the fact ids of each page.
func followPages(t *testing.T, d *Dispatcher, q string) [][]string {
	t.Helper()
	var pages [][]string
	for range 20 {
		r := ask(t, d, q)
		if !r.Found {
			t.Fatalf("%s: found=false, %q", q, r.Title)
		}
		pages = append(pages, factIDs(r))
		next := ""
		for _, s := range r.Suggestions {
			if strings.HasPrefix(s.Label, "Next page") {
				next = s.Command
			}
		}
		if next == "" {
			return pages
		}
		q = next
	}
	t.Fatalf("%s: more than 20 pages", q)
	return nil
}

func TestTopicOnANamedThingListsEverything(t *testing.T) {
	d := newTestDispatcher(t)
	for _, tc := range []struct{ q, entity string }{
		{"/topic dokdo", "dokdo"},
		{"/topic takeshima", "dokdo"},
		{"/topic gsomia", "gsomia"},
		{"/topic indo-pacific strategy", "indo-pacific-strategy"},
		{"/topic diplomatic bluebook", "diplomatic-bluebook"},
	} {
		var got []string
		for _, page := range followPages(t, d, tc.q) {
			got = append(got, page...)
		}
		var want []string
		for _, f := range d.store.FactsWithEntities(tc.entity) {
			want = append(want, f.ID)
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s across its pages = %v; want every fact on %s: %v", tc.q, got, tc.entity, want)
		}
	}
	ids := factIDs(ask(t, d, "/topic dokdo"))
	for _, id := range []string{"dokdo-japan-protests-korean-survey", "dokdo-korea-protests-bluebook"} {
		if !slices.Contains(ids, id) {
			t.Errorf("/topic dokdo = %v; want %s", ids, id)
		}
	}
}

func TestTopicPagesTheRest(t *testing.T) {
	d := newTestDispatcher(t)
	r := ask(t, d, "/topic alliance")
	var more *Suggestion
	for i, s := range r.Suggestions {
		if strings.HasPrefix(s.Label, "Next page") {
			more = &r.Suggestions[i]
		}
	}
	if more == nil || !strings.HasSuffix(more.Command, " page 2") {
		t.Fatalf("/topic alliance suggestions %v; want a Next page button for page 2", r.Suggestions)
	}
	if !slices.ContainsFunc(r.Notes, func(n string) bool { return strings.Contains(n, "more") && strings.Contains(n, more.Command) }) {
		t.Errorf("/topic alliance notes %q; want how many more and where", r.Notes)
	}
	pages := followPages(t, d, "/topic alliance")
	if len(pages) < 2 {
		t.Fatalf("/topic alliance has %d pages; want more than one", len(pages))
	}
	if r := ask(t, d, "/topic alliance page 99"); r.Found || r.Code != CodeNotFound || !strings.Contains(r.Title, "page 99") {
		t.Errorf("/topic alliance page 99: found=%v code=%q title=%q; want no such page", r.Found, r.Code, r.Title)
	}
}

func TestTopicOffersWhatAWordMatches(t *testing.T) {
	d := newTestDispatcher(t)
	for _, tc := range []struct {
		q     string
		title string   // the reply's title holds this
		offer []string // commands among the suggestions
		code  Code
	}{
		{"/topic pacific", "Several things match “pacific”",
			[]string{"/topic south pacific", "/topic asia-pacific", "/topic indo-pacific region", "/topic indo-pacific strategy"}, ""},
		{"/topic nuclear", "Several things match “nuclear”",
			[]string{"/topic north korea", "/topic environment"}, ""},
		{"/topic pacific rim", "I have nothing on “pacific rim”",
			[]string{"/topic south pacific"}, CodeNotFound},
		// Not a typo of "IND" (India).
		{"/topic indo", "Several things match “indo”",
			[]string{"/topic indo-pacific region", "/topic indo-pacific strategy"}, ""},
	} {
		r := ask(t, d, tc.q)
		if !strings.Contains(r.Title, tc.title) || r.Code != tc.code {
			t.Errorf("%s: code=%q title=%q; want code %q and %q", tc.q, r.Code, r.Title, tc.code, tc.title)
		}
		var cmds []string
		for _, s := range r.Suggestions {
			cmds = append(cmds, s.Command)
		}
		for _, c := range tc.offer {
			if !slices.Contains(cmds, c) {
				t.Errorf("%s offers %v; want %s", tc.q, cmds, c)
			}
		}
		// Every command offered answers.
		for _, c := range cmds {
			if r := ask(t, d, c); !r.Found {
				t.Errorf("%s offers %s, which answers %q", tc.q, c, r.Title)
			}
		}
	}

	// A word in one name only is read as that name, and says so.
	r := ask(t, d, "/topic waste")
	if !r.Found || r.Title != "Environment" || !slices.ContainsFunc(r.Notes, func(n string) bool { return strings.Contains(n, "Read “waste” as Environment") }) {
		t.Errorf("/topic waste: found=%v title=%q notes=%q; want Environment, saying how it was read", r.Found, r.Title, r.Notes)
	}
	// A word in no name keeps the usual reply: what is known.
	r = ask(t, d, "/topic narnia")
	if r.Code != CodeNotFound || !strings.Contains(r.Title, "narnia") || len(r.Sections) == 0 || r.Sections[0].Heading != "What I know" {
		t.Errorf("/topic narnia: code=%q title=%q; want nothing on narnia and what is known", r.Code, r.Title)
	}
}

func TestTopicOnAnActorIsItsBrief(t *testing.T) {
	d := newTestDispatcher(t)
	if got, want := ask(t, d, "/topic japan"), ask(t, d, "/country japan"); got.Title != want.Title || !slices.Equal(factIDs(got), factIDs(want)) {
		t.Errorf("/topic japan = %q %v; want the /country japan brief %q %v", got.Title, factIDs(got), want.Title, factIDs(want))
	}
}

// TestNoFactTwice: within any /topic or /brief reply, no fact appears twice, timeline included.
func TestNoFactTwice(t *testing.T) {
	d := newTestDispatcher(t)
	qs := []string{"/brief"}
	for _, tp := range d.store.Topics() {
		qs = append(qs, "/topic "+d.topicCommandName(Match{Kind: TargetTopic, ID: tp.ID}))
	}
	for _, e := range d.store.Entities() {
		if !actorKinds[e.Kind] {
			qs = append(qs, "/topic "+d.topicCommandName(Match{Kind: TargetEntity, ID: e.ID}))
		}
	}
	for _, q := range qs {
		for page := 1; page <= 10; page++ {
			text := q
			if page > 1 {
				text += " page " + strconv.Itoa(page)
			}
			r := ask(t, d, text)
			if !r.Found {
				if page == 1 {
					t.Errorf("%s: found=false %q", text, r.Title)
				}
				break
			}
			seen := map[string]bool{}
			for _, s := range r.Sections {
				for _, b := range s.Bullets {
					if b.Fact != nil && seen[b.Fact.ID] {
						t.Errorf("%s: %s twice", text, b.Fact.ID)
					}
					if b.Fact != nil {
						seen[b.Fact.ID] = true
					}
				}
			}
		}
	}
}

func TestBriefOpensWithTheSummit(t *testing.T) {
	d := newTestDispatcher(t)
	r := ask(t, d, "/brief")
	if len(r.Sections) == 0 {
		t.Fatal("/brief has no sections")
	}
	var first []*briefs.Fact
	for _, b := range r.Sections[0].Bullets {
		first = append(first, d.store.Fact(b.Fact.ID))
	}
	for _, event := range []string{"madrid-summit-2022", "us-japan-rok-meeting-2022", "ap4-meeting-2022"} {
		if !slices.ContainsFunc(first, func(f *briefs.Fact) bool { return f.HasEntity(event) }) {
			t.Errorf("/brief opens with %v; want a fact on %s", factIDs(r), event)
		}
	}
	if f := first[0]; !strings.HasPrefix(f.Date, "2022-06") {
		t.Errorf("/brief opens with %s dated %q; want the June 2022 summit", f.ID, f.Date)
	}
}

// BenchmarkTopic measures /topic and /brief on the real store and at 50,000 facts, where a
// topic holds thousands of facts.
func BenchmarkTopic(b *testing.B) {
	stores := benchStores(b)
	for _, st := range []string{"real", "synthetic50k"} {
		d := stores[st]
		for _, q := range []string{"/topic dokdo", "/topic alliance", "/topic alliance page 2", "/topic pacific", "/brief"} {
			b.Run(st+"/"+q, func(b *testing.B) {
				req := Request{Text: q, Platform: "bench"}
				b.ReportAllocs()
				for b.Loop() {
					if r := d.Handle(b.Context(), req); r.Title == "" {
						b.Fatal("empty reply")
					}
				}
			})
		}
	}
}
