package briefs

import (
	"fmt"
	"slices"
	"strings"
)

// TopicBrief composes the facts on a topic (and the topics it is broader than).
func (s *Store) TopicBrief(id string) Brief {
	t := s.topicByID[id]
	if t == nil {
		return Brief{}
	}
	ids := []string{id}
	for _, o := range s.topics {
		if o.Broader == id {
			ids = append(ids, o.ID)
		}
	}
	seen := map[*Fact]bool{}
	var facts []*Fact
	for _, tid := range ids {
		for _, f := range s.FactsWithTopic(tid) {
			if !seen[f] {
				seen[f] = true
				facts = append(facts, f)
			}
		}
	}
	curatedOrder(facts)
	b := Brief{Title: t.Name, Lead: t.Description}
	if len(facts) > maxTopicFacts {
		b.More = len(facts) - maxTopicFacts
		facts = facts[:maxTopicFacts]
	}
	if len(facts) > 0 {
		b.Groups = []Group{{Heading: "Facts", Items: s.labelled(facts, false)}}
	}
	for _, f := range facts {
		if f.Dated() {
			b.Timeline = append(b.Timeline, f)
		}
	}
	chronological(b.Timeline)
	return b
}

// Timeline lists the dated facts that concern every one of ids (all dated facts when ids is
// empty), oldest first.
func (s *Store) Timeline(ids []string) Brief {
	ids = s.SortEntityIDs(ids)
	var facts []*Fact
	if len(ids) == 0 {
		facts = slices.Clone(s.facts)
	} else {
		facts = s.FactsWithEntities(ids...)
	}
	b := Brief{Title: "Timeline"}
	if len(ids) > 0 {
		b.Title += ": " + strings.Join(s.names(ids), ", ")
	}
	for _, f := range facts {
		if f.Dated() {
			b.Timeline = append(b.Timeline, f)
		}
	}
	chronological(b.Timeline)
	if len(b.Timeline) > 0 {
		b.Lead = fmt.Sprintf("%d dated events, %s to %s.", len(b.Timeline),
			b.Timeline[0].Date, b.Timeline[len(b.Timeline)-1].Date)
	}
	return b
}
