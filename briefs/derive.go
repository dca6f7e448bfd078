package briefs

import (
	"slices"
	"strings"
)

// derive fills the fields of d's records that follow from the data itself: parsed dates and
// where each quote stands in its source. It runs once the checks have passed, so it takes
// every date as parsing and every quote as found.
func derive(d *Data) {
	folded := make(map[string]*foldedText, len(d.Sources)) // source id → its text, folded
	for i := range d.Sources {
		s := &d.Sources[i]
		if s.Added != "" {
			s.added, _ = parseDate(s.Added)
		}
		folded[s.ID] = foldText(s.Text)
	}
	for i := range d.Facts {
		f := &d.Facts[i]
		if f.Date != "" {
			f.when, _ = parseDate(f.Date)
		}
		f.quoteFrom, f.quoteTo, _ = folded[f.Source].find(f.Quote)
	}
}

// deriveFacts fills what the store knows of each fact beyond its record — its broader topic,
// the countries and partners it names, its subject, its words — and of each entity and topic
// as the facts use them. It needs the lookups New builds first; the search index is built on
// what it fills.
func (s *Store) deriveFacts() {
	for _, f := range s.facts {
		f.countries = 0 // set, not added to: New may be given the same records twice
		for _, e := range f.Entities {
			if s.entityByID[e].Kind == "country" {
				f.countries++
			}
		}
		f.group = s.groupOf(f)
		f.timed = hasDate(f) || slices.ContainsFunc(timeWords, func(w string) bool { return strings.Contains(f.Text, w) })
	}
	s.partnerCount = make([]uint8, len(s.facts))
	s.reasons = make([]reasonKind, len(s.facts))
	var twoSided []int32
	for i, f := range s.facts {
		if len(f.Sides) > 1 {
			twoSided = append(twoSided, int32(i))
		}
		s.partnerCount[i] = countPartners(f)
		s.reasons[i] = reasonOf(f)
		if s.reasons[i] != reasonNone || f.Kind == KindAnalysis {
			s.explaining = append(s.explaining, int32(i))
		}
	}
	s.twoSided = newFactSet(len(s.facts), twoSided)
	s.subject = make([]string, len(s.facts))
	s.textStems = make([][]string, len(s.facts))
	s.owns = map[string][]int32{}
	led := map[string][]int32{} // the ordinals of the facts each actor is the subject of
	for i, f := range s.facts {
		s.subject[i] = s.textSubject(f)
		if s.subject[i] != "" {
			led[s.subject[i]] = append(led[s.subject[i]], int32(i))
		}
		s.textStems[i] = contentStems(f.Text)
		for _, id := range f.Entities {
			if s.ownPosition(f, id) {
				s.owns[id] = append(s.owns[id], int32(i))
			}
		}
	}
	s.stanceWith = s.stancesByPair()
	s.subjectOf = make(map[string]factSet, len(led))
	for id, ords := range led {
		s.subjectOf[id] = newFactSet(len(s.facts), ords)
	}
	s.entityStems = make(map[string][]string, len(s.entities))
	for _, e := range s.entities {
		s.entityStems[e.ID] = contentStems(strings.Join(append([]string{e.Name}, e.Aliases...), " "))
	}
	s.whoStems = s.whoStemSet()
	s.whatStems = make([][]string, len(s.facts))
	for i := range s.facts {
		s.whatStems[i] = slices.DeleteFunc(slices.Clone(s.textStems[i]), func(st string) bool { return s.whoStems[st] })
	}
	for _, e := range s.entities {
		// Agreements only: an alliance is the same alliance in any word order, but "the
		// US–Japan–South Korea leaders' meeting" may be an earlier one than the event's.
		if e.Kind != "agreement" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if st := contentStems(n); len(st) >= 2 {
				s.thingWords = append(s.thingWords, thingName{id: e.ID, stems: st})
			}
		}
	}
	s.topicNames = map[string][]thingName{}
	for _, t := range s.topics {
		if t.Broader == "" {
			continue // a broad subject ("diplomacy", "the summit") holds too much to be one asked
		}
		for _, n := range append([]string{t.Name}, t.Aliases...) {
			if st := contentStems(n); len(st) >= 2 {
				s.topicNames[st[0]] = append(s.topicNames[st[0]], thingName{id: t.ID, stems: st})
			}
		}
	}
	s.topicActor = map[string]string{}
	for _, t := range s.topics {
		if e := s.entityName[normalizeName(t.Name)]; e != nil && actorKinds[e.Kind] {
			s.topicActor[t.ID] = e.ID
		}
	}
	s.actorTopics = make([][]actorTopic, len(s.facts))
	for i, f := range s.facts {
		for _, tid := range f.Topics {
			if actor, ok := s.topicActor[tid]; ok {
				s.actorTopics[i] = append(s.actorTopics[i], actorTopic{topic: s.topicByID[tid], actor: actor})
			}
		}
	}
}
