package briefs

import (
	"fmt"
	"slices"
	"strings"
)

// Relations composes what two or more actors share and where they differ. The order of ids
// does not matter. Facts that concern every actor come first, those about just these actors
// before those about a wider group; with three or more actors the strongest facts between
// each pair follow.
func (s *Store) Relations(ids []string) Brief {
	ids = s.SortEntityIDs(ids)
	b := Brief{Title: strings.Join(s.names(ids), " ↔ ")}
	shared := s.FactsWithEntities(ids...)
	qc := s.countryCount(ids)

	coop := newTopK(maxCooperation)
	other := newTopK(maxContextFacts)
	diff := newTopicCollector(s, maxPerDifference)
	nCoop, nDiff := 0, 0
	for _, f := range shared {
		r := ranked{f: f, focus: min(f.countries-qc, 2)}
		switch s.stanceAmong(f, ids) {
		case StanceCooperation:
			nCoop++
			coop.push(r)
		case StanceDifference:
			nDiff++
			diff.push(r)
		default:
			other.push(r)
		}
	}
	shown := 0
	if kept := coop.facts(); len(kept) > 0 {
		shown += len(kept)
		b.Groups = append(b.Groups, Group{Heading: "Cooperation", Items: s.labelled(kept, false)})
	}
	items, diffTopics := diff.items()
	if len(items) > 0 {
		shown += len(items)
		b.Groups = append(b.Groups, Group{Heading: "Differences", Items: items})
	}
	if kept := other.facts(); len(kept) > 0 {
		shown += len(kept)
		b.Groups = append(b.Groups, Group{Heading: "Background and analysis", Items: s.labelled(kept, false)})
	}
	b.More = len(shared) - shown

	if len(ids) >= 3 {
		inShared := make(map[*Fact]bool, len(shared))
		for _, f := range shared {
			inShared[f] = true
		}
		shownPair := map[*Fact]bool{}
		for i := 0; i < len(ids); i++ {
			for j := i + 1; j < len(ids); j++ {
				pairIDs := []string{ids[i], ids[j]}
				pqc := s.countryCount(pairIDs)
				top := newTopK(maxPairFacts)
				for _, f := range s.FactsWithEntities(pairIDs...) {
					if !inShared[f] && !shownPair[f] {
						top.push(ranked{f: f, focus: min(f.countries-pqc, 2)})
					}
				}
				pair := top.facts()
				if len(pair) == 0 {
					continue
				}
				b.More += top.total - len(pair)
				for _, f := range pair {
					shownPair[f] = true
				}
				b.Groups = append(b.Groups, Group{
					Heading: s.displayName(ids[i]) + " ↔ " + s.displayName(ids[j]),
					Items:   s.labelled(pair, true),
				})
			}
		}
	}

	b.Timeline = milestones(shared, maxMilestones)

	if len(shared) > 0 {
		who := "all of them"
		if len(ids) == 2 {
			who = "both"
		}
		b.Lead = fmt.Sprintf("%d facts involve %s: %d on cooperation, %d on differences", len(shared), who, nCoop, nDiff)
		if len(diffTopics) > 0 {
			b.Lead += " (" + strings.Join(diffTopics, ", ") + ")"
		}
		b.Lead += "."
	} else if !b.Empty() {
		b.Lead = "No fact concerns all of them at once; these are the ties between pairs."
	}
	return b
}

// actorKinds are the entity kinds a stance can hold between by default: places, agreements,
// strategies, documents and events are what actors agree or differ about.
var actorKinds = map[string]bool{"country": true, "person": true, "organisation": true}

// stanceAmong is how f bears on the relations among ids (all of them among f's entities):
// its stance, or "" when that stance is not between these actors — Japan and South Korea
// differing over China is not a difference between Japan and China.
func (s *Store) stanceAmong(f *Fact, ids []string) string {
	if f.Stance == "" || len(ids) == 0 {
		return ""
	}
	if len(f.Sides) == 0 {
		for _, id := range ids {
			if e := s.entityByID[id]; e == nil || !actorKinds[e.Kind] {
				return ""
			}
		}
		return f.Stance
	}
	sideOf := func(id string) int {
		for i, side := range f.Sides {
			if slices.Contains(side, id) {
				return i
			}
		}
		return -1
	}
	switch f.Stance {
	case StanceCooperation: // all of them within one group
		for _, side := range f.Sides {
			if !slices.ContainsFunc(ids, func(id string) bool { return !slices.Contains(side, id) }) {
				return StanceCooperation
			}
		}
	case StanceDifference: // each in a camp, and not all in the same one
		first, split := sideOf(ids[0]), false
		if first < 0 {
			return ""
		}
		for _, id := range ids[1:] {
			k := sideOf(id)
			if k < 0 {
				return ""
			}
			split = split || k != first
		}
		if split {
			return StanceDifference
		}
	}
	return ""
}

// countryCount is how many of ids are countries.
func (s *Store) countryCount(ids []string) int {
	n := 0
	for _, id := range ids {
		if e := s.entityByID[id]; e != nil && e.Kind == "country" {
			n++
		}
	}
	return n
}
