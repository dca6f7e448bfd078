package briefs

import (
	"slices"
	"testing"
)

// allPages composes page after page until one is empty, and returns the facts of each.
func allPages(t *testing.T, compose func(page int) Brief) [][]*Fact {
	t.Helper()
	var pages [][]*Fact
	for page := 1; ; page++ {
		b := compose(page)
		if b.Empty() {
			if page <= b.Pages {
				t.Errorf("page %d of %d is empty", page, b.Pages)
			}
			return pages
		}
		if b.Page != page || b.Pages < page {
			t.Errorf("page %d says it is page %d of %d", page, b.Page, b.Pages)
		}
		var facts []*Fact
		for _, g := range b.Groups {
			for _, it := range g.Items {
				facts = append(facts, it.Fact)
			}
		}
		if len(facts) > maxTopicFacts+topicPageStretch {
			t.Errorf("page %d lists %d facts; want at most %d", page, len(facts), maxTopicFacts+topicPageStretch)
		}
		// The timeline adds only dated facts the page does not list.
		for _, f := range b.Timeline {
			if slices.Contains(facts, f) {
				t.Errorf("page %d: timeline repeats %s", page, f.ID)
			}
			if !f.Dated() {
				t.Errorf("page %d: timeline holds undated %s", page, f.ID)
			}
		}
		pages = append(pages, facts)
		if page > 50 {
			t.Fatal("more than 50 pages")
		}
	}
}

// TestEverythingOnATopicOrThing: across its pages, /topic lists every fact on a topic (and its
// narrower topics) or on a named thing, each exactly once.
func TestEverythingOnATopicOrThing(t *testing.T) {
	s := loadStore(t)
	check := func(name string, want []*Fact, compose func(int) Brief) {
		t.Helper()
		got := map[*Fact]int{}
		for _, page := range allPages(t, compose) {
			for _, f := range page {
				got[f]++
			}
		}
		for _, f := range want {
			if got[f] != 1 {
				t.Errorf("%s: %s listed %d times; want once", name, f.ID, got[f])
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d facts listed; want %d", name, len(got), len(want))
		}
	}
	for _, tp := range s.Topics() {
		want := s.FactsWithTopic(tp.ID)
		for _, o := range s.Topics() {
			if o.Broader == tp.ID {
				for _, f := range s.FactsWithTopic(o.ID) {
					if !slices.Contains(want, f) {
						want = append(want, f)
					}
				}
			}
		}
		check("topic "+tp.ID, want, func(p int) Brief { return s.TopicBrief(tp.ID, p) })
	}
	for _, e := range s.Entities() {
		check("thing "+e.ID, s.FactsWithEntities(e.ID), func(p int) Brief { return s.ThingBrief(e.ID, p) })
	}
}

func TestDokdoBrief(t *testing.T) {
	s := loadStore(t)
	pages := allPages(t, func(p int) Brief { return s.ThingBrief("dokdo", p) })
	if len(pages) != 1 {
		t.Fatalf("/topic dokdo takes %d pages; want 1", len(pages))
	}
	facts := pages[0]
	pos := func(id string) int {
		return slices.IndexFunc(facts, func(f *Fact) bool { return f.ID == id })
	}
	for _, id := range []string{"dokdo-japan-protests-korean-survey", "dokdo-korea-protests-bluebook"} {
		if pos(id) < 0 {
			t.Errorf("/topic dokdo lacks %s", id)
		}
	}
	// The dispute itself before the press conference it cut short (a wider, three-country
	// fact), and the two sides' protests together.
	if p, d := pos("press-conference-terminated-november-2021"), pos("dokdo-territorial-dispute"); p < d {
		t.Errorf("press conference at %d before the dispute at %d", p, d)
	}
	if a, b := pos("dokdo-japan-protests-korean-survey"), pos("dokdo-korea-protests-bluebook"); b-a != 1 && a-b != 1 {
		t.Errorf("the two protests at %d and %d; want them together", a, b)
	}
	if b := s.ThingBrief("dokdo", 1); len(b.Timeline) != 0 {
		t.Errorf("/topic dokdo has a timeline %v although every dated fact is listed", b.Timeline)
	}
}

// TestTopicOrder: facts on the topic alone come before facts that only touch on it, and a
// near-repeat comes after the fact it repeats.
func TestTopicOrder(t *testing.T) {
	s := loadStore(t)
	b := s.TopicBrief("summit", 1)
	if len(b.Groups) == 0 {
		t.Fatal("/topic summit is empty")
	}
	first := b.Groups[0].Items[0].Fact
	if !slices.Equal(first.Topics, []string{"summit"}) {
		t.Errorf("/topic summit opens with %s on %v; want a fact on the summit alone", first.ID, first.Topics)
	}
	var order []string
	for _, page := range allPages(t, func(p int) Brief { return s.TopicBrief("summit", p) }) {
		for _, f := range page {
			order = append(order, f.ID)
		}
	}
	if h, c := slices.Index(order, "nato-summit-madrid-june-2022"), slices.Index(order, "summit-caption-june-29"); c < h {
		t.Errorf("the caption (%d) before the summit it captions (%d)", c, h)
	}
	if slices.Index(order, "trilateral-last-summit-2017") < slices.Index(order, "trilateral-leaders-deepen-alliance") {
		t.Error("the 2017 meeting before the Madrid trilateral meeting")
	}

	var cw []string
	for _, it := range s.TopicBrief("comfort-women", 1).Groups[0].Items {
		cw = append(cw, it.Fact.ID)
	}
	if slices.Index(cw, "comfort-women-seoul-ruling-2021") < slices.Index(cw, "comfort-women-mediation-2013") {
		t.Errorf("/topic comfort women = %v; want the 2013 mediation before the 2021 ruling", cw)
	}

	history := s.TopicBrief("history", 1)
	var headings []string
	for _, g := range history.Groups {
		headings = append(headings, g.Heading)
	}
	for _, want := range []string{"Labour compensation", "Comfort women", "Textbooks and Yasukuni"} {
		if !slices.Contains(headings, want) {
			t.Errorf("/topic history groups %v; want one for %s", headings, want)
		}
	}
}

func TestTopicPastTheLastPage(t *testing.T) {
	s := loadStore(t)
	b := s.TopicBrief("alliance", 99)
	if !b.Empty() || b.Pages < 2 || b.Page != 99 {
		t.Errorf("page 99 of /topic alliance: empty=%v page %d of %d; want empty, with the page count", b.Empty(), b.Page, b.Pages)
	}
}
