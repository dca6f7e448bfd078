package briefs

import (
	"slices"
	"strings"
)

// A question about the place one country holds for another ("south korea's place in US
// strategy", "which of the four does the US lean on most?", "rank japan, korea, australia and
// nz by how close they are to the US") names the countries and otherwise only words for a role:
// no fact shares them, so search alone answers with the summit or with the four's differences.
// It is answered by what the article says of each country and the one it has a place for: the
// cornerstone, the outpost, the South Pacific.

// roleStems are the stems of the words such a question may use besides the names.
var roleStems = []string{
	"role", "place", "fit", "plan", "strategi", "strateg", "lean", "reli", "depend", "close",
	"closer", "closest", "rank", "valu", "import", "matter", "label", "part", "posit", "see",
	"view", "regard", "treat", "consid", "describ", "call", "count", "weigh", "weight",
	"layout", "depict", "stand", "scheme", "assign", "accord", "understand",
}

// roleFrameStems may stand beside the role words: comparing, picking and counting.
var roleFrameStems = []string{
	"differ", "compar", "comparison", "contrast", "versus", "vs", "most", "least", "other",
	"rest", "each", "two", "three", "four", "partner", "alli", "allianc",
	"author", "articl", "respect", // "how does the author describe their respective places"
}

// roleGate holds roleStems, for reading every term of every question against them.
var roleGate = setOf(roleStems)

// rolesAsked is the country the others have a place for and the others, in the question's
// order, when the question names two or more countries (or their leaders) and otherwise only
// role words; ok is false for any other question. Of three or more it is the one every other
// shares a fact with alone; of two, or when none does, the one a viewer or role phrase marks
// ("the US's view", "role in US strategy"). terms are the question's (queryTerms).
func (s *Store) rolesAsked(question string, terms []string) (holder string, others []string, ok bool) {
	if !slices.ContainsFunc(terms, func(t string) bool { return roleGate[t] }) {
		return "", nil, false // most questions: no need to read names
	}
	rest, found := s.withoutNames(question)
	sides, named := countriesOf(found, false)
	if !named {
		return "", nil, false
	}
	if len(sides) < 2 || slices.ContainsFunc(s.index.queryTerms(rest), func(t string) bool {
		return !slices.Contains(roleStems, t) && !slices.Contains(roleFrameStems, t)
	}) || s.namesTopicCountry(question) {
		return "", nil, false
	}
	// Of three or more, the one every other shares a fact with alone, however the question
	// words it ("the US role for Japan" is Japan's place for the US too).
	holder, tied := s.sharedHolder(sides, question)
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	if holder == "" {
		holder = s.viewer(question, s.readNames(question, spanBuf[:0], nameBuf[:0]))
	} else if owner := s.schemeOwner(question, s.readNames(question, spanBuf[:0], nameBuf[:0])); tied && owner != "" && slices.Contains(sides, owner) {
		// "Seoul's place within Washington's strategic scheme, as compared with the standing
		// accorded to Tokyo": of several that might hold the others' places, the one whose
		// scheme a place is asked in holds them, not the one named last.
		holder = owner
	}
	if !slices.Contains(sides, holder) {
		return "", nil, false
	}
	if holder == "" {
		return "", nil, false
	}
	return holder, slices.DeleteFunc(sides, func(id string) bool { return id == holder }), true
}

// schemeOwner is the actor whose strategy a question names by a possessive ("Washington's
// strategic scheme"), or "".
func (s *Store) schemeOwner(question string, names nameTable) string {
	words := lowerWords(question, names.spans)
	for a := range actorsIn(names) {
		if j := a.last() + 1; j < len(words) && schemeWords[words[j]] && possessiveAt(question, names.spans[j-1]) {
			return a.e.ID
		}
	}
	return ""
}

// schemeWords name a country's strategy after its possessive.
var schemeWords = setOf([]string{"strategy", "strategic", "scheme", "layout", "plans", "planning"})

// sharedHolder is the one of three or more countries that every other shares a fact with
// alone (the US, with its cornerstone and outpost); "" when none does. When several do, it is
// the one the question names last after "in", "to", "for" or "by" ("where does Seoul rank
// compared with Tokyo in US strategy"), tied reporting so, or none.
func (s *Store) sharedHolder(sides []string, question string) (holder string, tied bool) {
	if len(sides) < 3 {
		return "", false
	}
	var holders []string
	for _, h := range sides {
		if !slices.ContainsFunc(sides, func(id string) bool { return id != h && !s.shareAlone(h, id) }) {
			holders = append(holders, h)
		}
	}
	switch {
	case len(holders) == 1:
		return holders[0], false
	case len(holders) > 1 && slices.Contains(holders, sides[len(sides)-1]):
		switch s.wordBeforeLastName(question) {
		case "in", "to", "for", "by":
			return sides[len(sides)-1], true
		}
	}
	return "", false
}

// shareAlone reports whether some fact is on a and b and no third country.
func (s *Store) shareAlone(a, b string) bool {
	return slices.ContainsFunc(s.byEntity[a], func(d int32) bool {
		f := s.facts[d]
		return f.HasEntity(b) && f.countries <= 2
	})
}

// roleQuestion is what a question about a country's place asks, in the store's words: its own
// ("lean on", "how close", "place in") match nothing, or the wrong thing ("took place").
const roleQuestion = "what role and importance in strategy"

// roles answers a question about the place the others hold for holder: for each, in the
// question's order, what the article says of the two alone on the role one has for the other,
// or else its weightiest fact on the two alone, or else what best matches the question.
func (s *Store) roles(question, holder string, others []string) []*Fact {
	var facts []*Fact
	holderSet := s.namedBy[holder] // who a fact names, told without reading it
	for _, id := range others {
		var alone []int32
		for _, d := range s.byEntity[id] {
			if holderSet.has(d) && s.facts[d].countries <= 2 {
				alone = append(alone, d)
			}
		}
		var f *Fact
		if hits := s.searchAmong(roleQuestion, 1, alone); len(alone) > 0 && len(hits) > 0 {
			f = hits[0].Fact
		} else if len(alone) > 0 {
			f = s.facts[slices.MaxFunc(alone, func(a, b int32) int { return s.facts[a].Weight - s.facts[b].Weight })]
		} else {
			f = s.viewedBy(question, holder, id, others)
		}
		if f != nil && !slices.Contains(facts, f) {
			facts = append(facts, f)
		}
	}
	return facts
}

// namesTopicCountry reports whether a question names a country right after a word that says
// what a view is on (topicWords; not "to", which says whom one is close to): "who is closer to
// the US on North Korea, Japan or South Korea?" asks where they stand on North Korea, not what
// place one has for another.
func (s *Store) namesTopicCountry(question string) bool {
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(question, spanBuf[:0], nameBuf[:0])
	for i := 1; i < len(names.spans); {
		e, n := names.at(i)
		if e != nil && e.Kind == "country" && onTopic(strings.ToLower(question[names.spans[i-1][0]:names.spans[i-1][1]])) {
			return true
		}
		i += max(n, 1)
	}
	return false
}

// onTopic reports whether the lower-cased word w says what a view is on (namesTopicCountry).
func onTopic(w string) bool { return topicWords[w] && w != "to" }
