package briefs

// Answer composes the reply to a free question from the facts that pass the relevance bar.
// An empty brief means the store has nothing on it.
func (s *Store) Answer(question string) Brief {
	hits := s.Search(question, MaxAnswerFacts)
	if len(hits) == 0 {
		return Brief{}
	}
	facts := make([]*Fact, len(hits))
	for i, h := range hits {
		facts[i] = h.Fact
	}
	return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
}
