package briefs

import (
	"cmp"
	"slices"
)

// What a conversation's follow-ups ("why?", "when?") are answered from: the facts the last
// answer showed and the actors it was about. Each returns an empty brief when the article has
// nothing of the kind, so the reply can say so.

// MaxFollowUpFacts bounds a follow-up's answer: it explains or dates what was just shown.
const MaxFollowUpFacts = 5

// NamedActors returns the actors (countries, people, organisations) a question names, in the
// order it names them.
func (s *Store) NamedActors(q string) []string { return s.namedActors(q) }

// Reasons answers "why?" after an answer: the facts that give a cause or purpose, or are the
// author's analysis, on what was shown. Those shown that give a reason come first, then the
// others that share the most topics with what was shown, about the same actors.
func (s *Store) Reasons(shown, actors []string) Brief {
	shownFacts, topics := s.shownAndTopics(shown)
	reasons := s.reasonsFor(shownFacts, topics, actors)
	if both := s.namingAllOf(reasons, actors); len(both) > 0 {
		// After a pair's relations, why is asked of the pair: a reason on one of them and
		// others ("trilateral cooperation matters to the US…" after Japan–Australia) is not.
		reasons = both
	}
	return s.followUpBrief("The reasons the article gives", reasons)
}

// namingAllOf is those of facts that name every one of two or more actors; nil for fewer
// actors.
func (s *Store) namingAllOf(facts []*Fact, actors []string) []*Fact {
	if len(actors) < 2 {
		return nil
	}
	var out []*Fact
	for _, f := range facts {
		if !slices.ContainsFunc(actors, func(id string) bool { return !f.HasEntity(id) && !f.HasEntity(s.ledBy(id)) }) {
			out = append(out, f)
		}
	}
	return out
}

// reasonsFor ranks the reasons for the facts shown, on their topics (see Reasons).
func (s *Store) reasonsFor(shownFacts []*Fact, topics map[string]bool, actors []string) []*Fact {
	subjects := map[string]bool{}
	for _, f := range shownFacts {
		if sub := s.subject[f.ordinal]; sub != "" {
			subjects[sub] = true
		}
	}
	type scored struct {
		f     *Fact
		score int
	}
	var cands []scored
	for _, f := range s.explainingOn(topics, actors) {
		reason := s.givesReason(f)
		shared := 0
		for _, t := range f.Topics {
			if topics[t] {
				shared++
			}
		}
		named := 0
		for _, id := range actors {
			if slices.Contains(f.Entities, id) {
				named++
			}
		}
		score := 2*shared + named
		switch {
		case s.reasons[f.ordinal] == reasonCause:
			score += 3
		case reason:
			score++
		}
		if subjects[s.subject[f.ordinal]] {
			score += 2 // a reason for what the same actor did or thinks
		}
		if slices.Contains(shownFacts, f) {
			score += 3 // the reason already on screen is the one the reader asked about
		}
		cands = append(cands, scored{f, score})
	}
	cands = bestFirst(cands, MaxFollowUpFacts, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(b.f.Weight, a.f.Weight), cmp.Compare(a.f.ordinal, b.f.ordinal))
	})
	facts := make([]*Fact, 0, MaxFollowUpFacts)
	for _, c := range cands[:min(len(cands), MaxFollowUpFacts)] {
		facts = append(facts, c.f)
	}
	return facts
}

// Dates answers "when?" after an answer: the dated facts among those shown, oldest first, or
// when none is dated, the dated facts about the same actors on the same topics.
func (s *Store) Dates(shown, actors []string) Brief {
	shownFacts, topics := s.shownAndTopics(shown)
	var dated []*Fact
	for _, f := range shownFacts {
		if f.Dated() {
			dated = append(dated, f)
		}
	}
	if len(dated) == 0 {
		for _, f := range s.aboutAny(actors, nil) {
			if f.Dated() && slices.ContainsFunc(f.Topics, func(t string) bool { return topics[t] }) {
				dated = append(dated, f)
			}
		}
		if both := s.namingAllOf(dated, actors); len(both) > 0 {
			dated = both // a pair's dates, not the dates of each with others
		}
	}
	slices.SortStableFunc(dated, func(a, b *Fact) int {
		return cmp.Or(a.when.Compare(b.when), cmp.Compare(a.ordinal, b.ordinal))
	})
	dated = dated[:min(len(dated), MaxFollowUpFacts)]
	b := Brief{}
	for _, f := range dated {
		b.Timeline = append(b.Timeline, f)
	}
	return b
}

// shownAndTopics resolves the ids of the facts shown (unknown ones are skipped: the store
// may have changed since) and the topics they are on.
func (s *Store) shownAndTopics(shown []string) ([]*Fact, map[string]bool) {
	facts := make([]*Fact, 0, len(shown))
	topics := map[string]bool{}
	for _, id := range shown {
		if f := s.Fact(id); f != nil {
			facts = append(facts, f)
			for _, t := range f.Topics {
				topics[t] = true
			}
		}
	}
	return facts, topics
}

// explainingOn lists the facts that give a reason or are analysis (Store.explaining), on
// any of the topics and naming any of the actors (any, with no actors), in store order. It
// intersects the index lists pair by pair, so its cost follows the rarest list, not the
// store's size.
func (s *Store) explainingOn(topics map[string]bool, actors []string) []*Fact {
	var found []int32
	for t := range topics {
		if len(actors) == 0 {
			found = append(found, intersect([][]int32{s.byTopic[t], s.explaining})...)
			continue
		}
		for _, id := range actors {
			found = append(found, intersect([][]int32{s.byTopic[t], s.byEntity[id], s.explaining})...)
		}
	}
	slices.Sort(found)
	return s.resolve(slices.Compact(found))
}

// aboutAny lists the facts about any of the actors, in store order; with no actors, the facts
// given.
func (s *Store) aboutAny(actors []string, otherwise []*Fact) []*Fact {
	if len(actors) == 0 {
		return otherwise
	}
	var idx []int32
	for _, id := range actors {
		idx = append(idx, s.byEntity[id]...)
	}
	slices.Sort(idx)
	return s.resolve(slices.Compact(idx))
}

func (s *Store) followUpBrief(heading string, facts []*Fact) Brief {
	if len(facts) == 0 {
		return Brief{}
	}
	return Brief{Groups: []Group{{Heading: heading, Items: s.labelled(facts, false)}}}
}
