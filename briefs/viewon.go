package briefs

import (
	"slices"
	"strings"
)

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

// stanceAsked is the actor whose stance a question asks and what it is on — another actor, by
// the topic named after it, or a topic the question names ("Seoul's stance on Japan's export
// curbs") — when the question names just these and otherwise only stance words; ok is false
// for any other question, and when the first actor's facts have no such topic. terms are the
// question's (queryTerms).
func (s *Store) stanceAsked(question string, terms []string) (who, topic, about string, ok bool) {
	if !slices.ContainsFunc(terms, func(t string) bool { return slices.Contains(stanceStems, t) }) {
		return "", "", "", false // most questions: no need to read names
	}
	actors, things := s.namedEntities(question)
	if len(actors) == 0 || len(actors) > 2 || len(things) > 0 {
		return "", "", "", false
	}
	rest, _ := s.withoutNames(question)
	var stance bool
	var left []string
	tokenize(readEveryday(rest), func(w string) {
		switch st := s.index.stem(w); {
		case slices.Contains(stanceStems, st):
			stance = true
		case !isStopword(w) && w != "s":
			left = append(left, w)
		}
	})
	if !stance {
		return "", "", "", false
	}
	switch {
	case len(left) == 0 && len(actors) == 2:
		topic = s.subjectTopic(actors[1])
	case len(left) > 0:
		about = strings.Join(left, " ")
		if t := s.TopicNamed(about); t != nil {
			topic = t.ID
		}
	}
	if topic == "" {
		return "", "", "", false
	}
	return actors[0], topic, about, true
}

// viewOn is what id's facts say on a topic: for a topic named after an actor, what id's brief
// files under it; for another, those that best match how the question named it (about: "four
// country cooperation" is one of several names of the alliances topic). id's own positions
// first, then the weightiest, near-repeats left out; at most MaxAnswerFacts.
func (s *Store) viewOn(id, topic, about string) []*Fact {
	ids := []string{id}
	qc := s.countryCount(ids)
	onActor := s.topicActor[topic] != ""
	var rs []ranked
	for _, o := range s.byEntity[id] {
		f := s.facts[o]
		if onActor {
			// As the brief files it: a line on all four partners is not id's stance on China.
			if t := s.sectionFor(f, id); t == nil || t.ID != topic || s.groupWide(f, ids, qc) {
				continue
			}
		} else if !f.HasTopic(topic) {
			continue
		}
		rs = append(rs, ranked{f: f, focus: s.focusOn(f, ids, qc), own: s.ownPosition(f, id)})
	}
	if about != "" {
		among := make([]int32, len(rs))
		for i, r := range rs {
			among[i] = int32(r.f.ordinal)
		}
		slices.Sort(among)
		var best []ranked
		for _, h := range s.searchAmong(about, 2*MaxAnswerFacts, among) {
			best = append(best, ranked{f: h.Fact, own: s.ownPosition(h.Fact, id)})
		}
		if len(best) > 0 {
			// The search's order within own positions and within the rest.
			slices.SortStableFunc(best, func(a, b ranked) int { return boolInt(!a.own) - boolInt(!b.own) })
			rs = best
		} else {
			rs = bestFirst(rs, 2*MaxAnswerFacts, ownFirst)
		}
	} else {
		rs = bestFirst(rs, 2*MaxAnswerFacts, ownFirst)
	}
	rs = withoutRepeats(newWordSets(s), rs, 2*MaxAnswerFacts, func(r ranked) *Fact { return r.f })
	return factsOf(rs[:min(len(rs), MaxAnswerFacts)])
}
