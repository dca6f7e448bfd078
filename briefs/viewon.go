package briefs

import "slices"

// A question about one actor's stance on another, in words that only say "stance" ("How does
// Japan deal with China?", "what does japan care about when it comes to pyongyang", "Seoul's
// approach to Beijing"), matches no fact by its words: they are in every fact or none. It is
// answered as the first actor's brief files it, under the second: the actor's own positions on
// it first, then by weight.

// stanceStems are the stems of the words such a question may use besides the two names.
var stanceStems = []string{
	"view", "approach", "deal", "handl", "treat", "stanc", "posit", "attitud", "polici", "feel",
	"regard", "care", "concern", "line", "take", "perspect", "opinion", "toward", "stand",
	"outlook", "respons", "relat", "fear", "worri", "priorit", "prioriti",
}

// stanceAsked is the actor whose stance a question asks and the actor it is on, when the
// question names just these two and otherwise only stance words; ok is false for any other
// question, and when the first actor's brief has no section on the second.
func (s *Store) stanceAsked(question string) (who, on string, ok bool) {
	actors, things := s.namedEntities(question)
	if len(actors) != 2 || len(things) > 0 || s.subjectTopic(actors[1]) == "" {
		return "", "", false
	}
	var spanBuf [32][2]int
	spans := nameWords(question, spanBuf[:0])
	rest := []byte(question)
	for i := 0; i < len(spans); {
		e, n := s.nameAt(question, spans, i)
		if e == nil {
			i++
			continue
		}
		for j := spans[i][0]; j < spans[i+n-1][1]; j++ {
			rest[j] = ' '
		}
		i += n
	}
	terms := s.index.queryTerms(string(rest))
	if len(terms) == 0 || slices.ContainsFunc(terms, func(t string) bool { return !slices.Contains(stanceStems, t) }) {
		return "", "", false
	}
	return actors[0], actors[1], true
}

// viewOn is what id's brief files under the actor on: id's own positions on it first, then the
// weightiest, near-repeats left out; at most MaxAnswerFacts.
func (s *Store) viewOn(id, on string) []*Fact {
	topic := s.subjectTopic(on)
	ids := []string{id}
	qc := s.countryCount(ids)
	var rs []ranked
	for _, o := range s.byEntity[id] {
		f := s.facts[o]
		if t := s.sectionFor(f, id); t == nil || t.ID != topic || s.groupWide(f, ids, qc) {
			continue
		}
		rs = append(rs, ranked{f: f, focus: s.focusOn(f, ids, qc), own: s.ownPosition(f, id)})
	}
	rs = bestFirst(rs, 2*MaxAnswerFacts, ownFirst)
	rs = withoutRepeats(newWordSets(s), rs, 2*MaxAnswerFacts, func(r ranked) *Fact { return r.f })
	return factsOf(rs[:min(len(rs), MaxAnswerFacts)])
}
