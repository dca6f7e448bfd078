package briefs

import (
	"cmp"
	"slices"
)

// EntityBrief composes the brief on one country, person, place or agreement: its facts grouped
// by topic, the facts about it alone before those about a wider group, the weightiest first.
func (s *Store) EntityBrief(id string) Brief {
	e := s.entityByID[id]
	if e == nil {
		return Brief{}
	}
	ords := s.byEntity[id]
	qc := s.countryCount([]string{id})
	b := Brief{Title: e.Name, Lead: e.Description}
	var order []*Topic
	groups := map[*Topic]*topK{}
	for _, o := range ords {
		f := s.facts[o]
		t := f.group
		g := groups[t]
		if g == nil {
			g = newTopK(maxPerGroup)
			groups[t] = g
			order = append(order, t)
		}
		g.push(ranked{f: f, focus: min(f.countries-qc, 2)})
	}
	// Take the best maxEntityFacts across the groups' picks, then show them by group, the
	// group with the best fact first.
	var picks []ranked
	for _, t := range order {
		picks = append(picks, groups[t].items...)
	}
	slices.SortFunc(picks, func(a, b ranked) int {
		if a.before(b) {
			return -1
		}
		return 1
	})
	if len(picks) > maxEntityFacts {
		picks = picks[:maxEntityFacts]
	}
	b.More = len(ords) - len(picks)
	kept := map[*Topic][]*Fact{}
	var shownOrder []*Topic
	for _, r := range picks {
		t := s.broaderTopic(r.f)
		if _, ok := kept[t]; !ok {
			shownOrder = append(shownOrder, t)
		}
		kept[t] = append(kept[t], r.f)
	}
	var dated []*Fact
	for _, t := range shownOrder {
		heading := "Other"
		if t != nil {
			heading = t.Name
		}
		facts := kept[t]
		datedInTimeOrder(facts)
		b.Groups = append(b.Groups, Group{Heading: heading, Items: s.labelled(facts, false)})
		dated = append(dated, facts...)
	}
	b.Timeline = milestones(dated, maxMilestones)
	return b
}

// Related lists the entities that share the most facts with id, most shared first.
func (s *Store) Related(id string, kind string, limit int) []*Entity {
	counts := map[string]int{}
	for _, o := range s.byEntity[id] {
		for _, e := range s.facts[o].Entities {
			if e != id {
				counts[e]++
			}
		}
	}
	var out []*Entity
	for eid := range counts {
		if e := s.entityByID[eid]; e != nil && (kind == "" || e.Kind == kind) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b *Entity) int {
		if c := cmp.Compare(counts[b.ID], counts[a.ID]); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}
