package briefs

import (
	"cmp"
	"fmt"
	"strings"
)

// Overview composes the brief on the whole store: the events the article opens with (the
// Madrid summit and its two side meetings), each by its most direct fact, then the argument
// section by section, each section by its most representative fact. No fact in it nearly
// repeats another (nearDuplicate).
func (s *Store) Overview() Brief {
	if len(s.sources) == 0 {
		return Brief{}
	}
	src := s.sources[0]
	b := Brief{Title: src.Title, Lead: fmt.Sprintf("%s, %s — as of %s.", src.Author, src.Publisher, src.AsOf)}
	words := newWordSets(s)
	var shown []*Fact
	admit := func(f *Fact) bool {
		for _, g := range shown {
			if g == f || words.nearDuplicate(f, g) {
				return false
			}
		}
		return true
	}

	var events []Item
	for _, id := range s.openingEvents(src) {
		if f := s.mostDirectAct(src, id, admit); f != nil {
			shown = append(shown, f)
			events = append(events, Item{Fact: f})
		}
	}
	if len(events) > 0 {
		b.Groups = append(b.Groups, Group{Heading: "The summit and its side meetings", Items: events})
	}

	var argument []Item
	for _, sec := range src.Sections {
		if f := s.representative(src, sec, words, admit); f != nil {
			shown = append(shown, f)
			argument = append(argument, Item{Label: sec.Label, Fact: f})
		}
	}
	if len(argument) > 0 {
		b.Groups = append(b.Groups, Group{Heading: "The argument, section by section", Items: argument})
	}
	return b
}

// openingEvents lists, in the store's order, the events (entities of kind event) named by the
// facts of src's introduction and first part: what the article sets out to explain.
func (s *Store) openingEvents(src *Source) []string {
	opening := map[string]bool{}
	firstPart := ""
	for _, sec := range src.Sections {
		if sec.Part != "" && firstPart == "" {
			firstPart = sec.Part
		}
		if sec.Part == "" || sec.Part == firstPart {
			opening[sec.ID] = true
		}
	}
	named := map[string]bool{}
	for _, f := range s.facts {
		if f.Source != src.ID || !opening[f.Section] {
			continue
		}
		for _, e := range f.Entities {
			named[e] = true
		}
	}
	var out []string
	for _, e := range s.entities {
		if e.Kind == "event" && named[e.ID] {
			out = append(out, e.ID)
		}
	}
	return out
}

// mostDirectAct is the fact of src that reports event id most directly: not the author's
// analysis, about the fewest countries (the summit itself before who attended it), an event
// before a statement before background, then the weightiest.
func (s *Store) mostDirectAct(src *Source, id string, admit func(*Fact) bool) *Fact {
	var best *Fact
	for _, f := range s.FactsWithEntities(id) {
		if f.Source != src.ID || f.Kind == KindAnalysis || !admit(f) {
			continue
		}
		if best == nil || compareDirectAct(f, best) < 0 {
			best = f
		}
	}
	return best
}

func compareDirectAct(a, b *Fact) int {
	if c := cmp.Compare(a.countries, b.countries); c != 0 {
		return c
	}
	if c := cmp.Compare(actRank(a.Kind), actRank(b.Kind)); c != 0 {
		return c
	}
	if c := cmp.Compare(b.Weight, a.Weight); c != 0 {
		return c
	}
	return cmp.Compare(a.ordinal, b.ordinal)
}

func actRank(kind string) int {
	switch kind {
	case KindEvent:
		return 0
	case KindStatement:
		return 1
	}
	return 2
}

// representative is the fact that best stands for a section of the argument: the author's
// analysis before other kinds (unless none is still admitted), then the fact that shares
// most content words with the section's heading — the one that says what the section is
// about ("It's easy to express goodwill …, but … difficult to dispel past grievances" is
// best stood for by the author's verdict in those words) — then the weightiest.
func (s *Store) representative(src *Source, sec Section, words *wordSets, admit func(*Fact) bool) *Fact {
	heading := words.ofText(sec.Heading)
	shared := func(f *Fact) int {
		n := 0
		for _, w := range words.of(f) {
			if heading[w] {
				n++
			}
		}
		return n
	}
	var best *Fact
	bestShared := 0
	for _, f := range s.facts {
		if f.Source != src.ID || f.Section != sec.ID || !admit(f) {
			continue
		}
		n := shared(f)
		if best == nil || representsBetter(f, n, best, bestShared) {
			best, bestShared = f, n
		}
	}
	return best
}

func representsBetter(a *Fact, aShared int, b *Fact, bShared int) bool {
	if ka, kb := a.Kind == KindAnalysis, b.Kind == KindAnalysis; ka != kb {
		return ka
	}
	if aShared != bShared {
		return aShared > bShared
	}
	if a.Weight != b.Weight {
		return a.Weight > b.Weight
	}
	return a.ordinal < b.ordinal
}

// Near-duplicates. Two facts nearly repeat each other when they tell of the same actor (the
// same first entity) and at least nearDupShare of the content words of the shorter one, and
// no fewer than nearDupMinShared, are in the other. Content words are stems of the words
// that are not stopwords, not the author's attribution ("the author judges that") and not
// names of countries, people or groups of countries: the names say who, and a four-country
// list alone would make every fact on the four partners look alike.
//
// Measured on the store (148 facts, about 11,000 pairs), this flags 8 pairs, all of which a
// reader sees as repeats: the summit held at the end of June and the June 29 caption (0.88
// of the shorter fact's words shared), the four partners attending as invited partners and
// their leaders invited for the first time (0.67), South Korea's strategic autonomy and the
// hesitation it causes (0.83), the Dokdo dispute restated, South Korea's two answers "in
// response to Japan's export controls". It keeps apart mirror acts of two sides, which share
// most words but not the actor (Japan's and South Korea's Dokdo protests, 0.64), and facts
// that only share a subject. Below 4 shared words the share is noise (3 of 4 words flags
// the Japan–Australia "quasi alliance" and the four-country meeting that fell short of one).
const (
	nearDupShare     = 0.6
	nearDupMinShared = 4
)

// attributionWords introduce the author's or analysts' judgement; they say whose view a fact
// is, not what it says.
var attributionWords = []string{
	"author", "analysts", "says", "judges", "argues", "notes", "finds", "view", "account",
	"believe", "concludes", "observes", "explains", "attributes", "warns", "foresees",
	"describes", "calls", "states", "comparison", "verdict", "expects", "cited",
}

// wordSets reads the content words of facts (computed once per store: Store.whatStems) and of
// other texts such as section headings, for nearDuplicate and representative.
type wordSets struct {
	s    *Store
	skip map[string]bool
}

func newWordSets(s *Store) *wordSets {
	return &wordSets{s: s, skip: s.whoStems}
}

// whoStems are the stems that say who rather than what, left out when comparing what facts
// say: the framing of the author's judgements and the names of countries, people and groups of
// three or more countries.
func (s *Store) whoStemSet() map[string]bool {
	skip := map[string]bool{}
	for _, w := range attributionWords {
		skip[stem(w)] = true
	}
	for _, e := range s.entities {
		if e.Kind == "country" || e.Kind == "person" || (e.Kind == "organisation" && s.namesCountries(e) >= 3) {
			for _, st := range s.entityStems[e.ID] {
				skip[st] = true
			}
		}
	}
	return skip
}

// namesCountries counts the countries e's name and aliases name: a group named after three or
// more members (the four partners, the Quad) is as much a "who" as they are; a "South
// Korea–Japan policy consultation delegation" is named after what it does.
func (s *Store) namesCountries(e *Entity) int {
	named := map[string]bool{}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		words := strings.Fields(normalizeName(n))
		for i := range words {
			for j := i + 1; j <= len(words); j++ {
				if c := s.entityName[strings.Join(words[i:j], " ")]; c != nil && c.Kind == "country" {
					named[c.ID] = true
				}
			}
		}
	}
	return len(named)
}

// of returns f's content words (Store.whatStems), sorted.
func (w *wordSets) of(f *Fact) []string { return w.s.whatStems[f.ordinal] }

func (w *wordSets) ofText(text string) map[string]bool {
	set := map[string]bool{}
	tokenize(text, func(word string) {
		if isStopword(word) {
			return
		}
		if st := w.s.index.stem(word); !w.skip[st] {
			set[st] = true
		}
	})
	return set
}

// nearDuplicate reports whether a and b nearly repeat each other (see nearDupShare).
func (w *wordSets) nearDuplicate(a, b *Fact) bool {
	if a == b || len(a.Entities) == 0 || len(b.Entities) == 0 || a.Entities[0] != b.Entities[0] {
		return false
	}
	wa, wb := w.of(a), w.of(b)
	shared := countShared(wa, wb, nil)
	return shared >= nearDupMinShared && float64(shared) >= nearDupShare*float64(min(len(wa), len(wb)))
}
