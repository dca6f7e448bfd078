package briefs

import (
	"testing"
	"time"
)

func TestEditionOrderAndRotation(t *testing.T) {
	s := mustLoad(t)
	f := Filter{Entities: []string{"dokdo"}}
	all := s.FactsWithEntities("dokdo")
	sent := map[string]bool{}
	var order []*Fact
	for {
		ed := s.Edition(f, func(id string) bool { return sent[id] }, 2, time.Time{})
		if len(ed.Facts) == 0 {
			if ed.Remaining != 0 || ed.Matching != len(all) {
				t.Errorf("empty edition: remaining %d, matching %d; want 0, %d", ed.Remaining, ed.Matching, len(all))
			}
			break
		}
		for _, fact := range ed.Facts {
			if sent[fact.ID] {
				t.Fatalf("fact %s sent twice", fact.ID)
			}
			sent[fact.ID] = true
			order = append(order, fact)
		}
	}
	if len(order) != len(all) {
		t.Fatalf("editions carried %d facts; want all %d", len(order), len(all))
	}
	// Curated order: never a lighter fact before a heavier one.
	for i := 1; i < len(order); i++ {
		if order[i].Weight > order[i-1].Weight {
			t.Errorf("edition order puts %s (weight %d) after %s (weight %d)", order[i].ID, order[i].Weight, order[i-1].ID, order[i-1].Weight)
		}
	}
}

func TestEditionTopicIncludesNarrowerTopics(t *testing.T) {
	s := mustLoad(t)
	ed := s.Edition(Filter{Topics: []string{"history"}}, nil, 200, time.Time{})
	var comfort bool
	for _, f := range ed.Facts {
		comfort = comfort || f.HasTopic("comfort-women")
	}
	if !comfort {
		t.Error("a digest about history carries no comfort-women fact")
	}
}
