package briefs

import (
	"cmp"
	"slices"
	"strings"
)

// A question about where three or more countries stand on one actor ("Compare how Japan, South
// Korea, Australia and New Zealand handle China", "which of the four partners is most hawkish
// on China?") is answered by each one's position on it, as the article gives it: no one fact
// answers it, and those on all four at once say only that they differ.

// toughStems are the words for how hard a line is, which such a question may ask about.
var toughStems = []string{
	"hawkish", "hawk", "dovish", "dove", "tough", "tougher", "toughest", "soft", "softer",
	"softest", "hard", "harder", "hardest", "firm", "firmer", "firmest", "strict", "harsh",
	"aggress", "lenient", "hostil", "confront", "friend", "friendliest", "compar", "contrast",
}

// stancesGate holds the words a question asking several countries' positions may use.
var stancesGate = setOf(stanceStems, roleFrameStems, toughStems)

// stancesAsked is the countries a question asks the positions of, in its order, and the actor
// named last, which the positions are on, when the question names three or more countries (or
// a grouping with members) besides it, or two set side by side as equal (asToughAs), and
// otherwise only words of stance, comparing and toughness; ok is false for any other question. terms and words are the question's
// (queryTerms, and its words as normalizeName leaves them).
func (s *Store) stancesAsked(question string, names nameTable, terms, words []string) (sides []string, on string, ok bool) {
	asks := func(t string) bool { return stancesGate[t] }
	if !slices.ContainsFunc(terms, asks) && !asksDifference(words) && !slices.ContainsFunc(words, func(w string) bool { return viewWords[w] }) {
		return nil, "", false // most questions: no need to read names
	}
	if sides, on, ok := s.asToughAs(question, names, words); ok {
		return sides, on, true
	}
	rest, found := withoutNamesIn(question, names)
	if len(found) < 2 {
		return nil, "", false
	}
	last := found[len(found)-1]
	if !actorKinds[last.Kind] || !onWords[wordBeforeLastNameIn(question, names)] {
		return nil, "", false // "how Washington sees Japan, Australia and South Korea": a list
	}
	sides, ok = countriesOf(found[:len(found)-1], true)
	if !ok {
		return nil, "", false
	}
	if len(sides) < 3 && !(len(sides) == 2 && s.asksAsToughAs(words)) || slices.Contains(sides, last.ID) || slices.ContainsFunc(s.index.queryTerms(rest), func(t string) bool { return !asks(t) }) {
		return nil, "", false
	}
	return sides, last.ID, true
}

// asksAsToughAs reports whether a question's words (normalizeName's) set two sides' lines
// side by side as equal ("Is Seoul as tough on Beijing as Tokyo?"): each one's position
// answers it, as it does for three or more.
func (s *Store) asksAsToughAs(words []string) bool {
	first := slices.Index(words, "as")
	if first < 0 || first+1 >= len(words) || !slices.Contains(words[first+2:], "as") {
		return false // most questions
	}
	return slices.Contains(toughStems, s.index.stem(words[first+1]))
}

// asToughAs reads a question that sets sides' lines on an actor named between them side by
// side as equal: "Is Seoul as tough on Beijing as Tokyo?" asks South Korea's and Japan's
// positions on China. The question must otherwise use only words of stance, comparing and
// toughness.
func (s *Store) asToughAs(question string, names nameTable, words []string) (sides []string, on string, ok bool) {
	if !s.asksAsToughAs(words) {
		return nil, "", false // most questions
	}
	spans := names.spans
	var others []*Entity
	for i := 0; i < len(spans); {
		e, n := names.at(i)
		if e == nil {
			i++
			continue
		}
		if before := ""; i > 0 {
			before = strings.ToLower(question[spans[i-1][0]:spans[i-1][1]])
			if on == "" && actorKinds[e.Kind] && (before == "on" || before == "towards" || before == "toward" || before == "against") {
				on = e.ID
				i += n
				continue
			}
		}
		others = append(others, e)
		i += n
	}
	if on == "" {
		return nil, "", false
	}
	sides, ok = countriesOf(others, true)
	rest, _ := withoutNamesIn(question, names)
	if !ok || len(sides) < 2 || slices.Contains(sides, on) || slices.ContainsFunc(s.index.queryTerms(rest), func(t string) bool { return !stancesGate[t] }) {
		return nil, "", false
	}
	return sides, on, true
}

// countriesOf is the countries names stand for, each once in the order named: a country, a
// leader for the country they lead ("yoon and kishida") but a former leader for themselves,
// and with groups, a grouping for its members ("the four partners"); ok is false when a name
// stands for anything else.
func countriesOf(found []*Entity, groups bool) (ids []string, ok bool) {
	add := func(id string) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, e := range found {
		switch {
		case e.Kind == "country":
			add(e.ID)
		case e.Kind == "person" && e.Leads != "" && e.Former:
			add(e.ID) // "Moon's government": its line then, not the country's now
		case e.Kind == "person" && e.Leads != "":
			add(e.Leads)
		case groups && len(e.Members) > 0:
			for _, m := range e.Members {
				add(m)
			}
		default:
			return nil, false
		}
	}
	return ids, true
}

// onWords stand before the actor positions are on: "on China", "handle China", "see
// North Korea".
var onWords = map[string]bool{
	"on": true, "towards": true, "toward": true, "to": true, "with": true, "about": true,
	"handle": true, "treat": true, "see": true, "view": true, "regard": true, "approach": true,
	"over": true, "against": true,
}

// wordBeforeLastName is the word, lower-cased, just before the last name q gives; "" when
// none is; "compared" for "compared to" or "compared with".
func (s *Store) wordBeforeLastName(q string) string {
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	return wordBeforeLastNameIn(q, s.readNames(q, spanBuf[:0], nameBuf[:0]))
}

// wordBeforeLastNameIn is wordBeforeLastName for a question whose names are read (readNames).
func wordBeforeLastNameIn(q string, names nameTable) string {
	spans := names.spans
	before := ""
	for i := 0; i < len(spans); {
		e, n := names.at(i)
		if e == nil {
			i++
			continue
		}
		before = ""
		if i > 0 {
			before = strings.ToLower(q[spans[i-1][0]:spans[i-1][1]])
		}
		if (before == "to" || before == "with") && i > 1 && strings.HasPrefix(strings.ToLower(q[spans[i-2][0]:spans[i-2][1]]), "compar") {
			// "compared to Japan's": Japan is set against another, not what a view is in.
			before = "compared"
		}
		i += n
	}
	return before
}

// stancesOn is each side's position on the actor on, as the article gives it: the side's own
// view or act first, then a line it shares with one other side ("Japan and Australia take a
// firm attitude towards China"), then any fact on the two, weightiest first; never one on
// three or more of the sides, and no fact twice.
func (s *Store) stancesOn(sides []string, on string) []*Fact {
	var facts []*Fact
	// Who a fact names is told by the sets of the facts naming each, without reading it.
	onSet := s.namedBy[on]
	var sideBuf [8]factSet
	sideSets := s.namedSets(sideBuf[:0], sides)
	for _, id := range sides {
		rank := func(f *Fact) int {
			switch {
			case s.ownPosition(f, id):
				return 0
			case slices.ContainsFunc(f.Sides, func(g []string) bool { return slices.Contains(g, id) && len(g) <= 2 }):
				return 1
			}
			return 2
		}
		var best *Fact
		for _, d := range s.byEntity[id] {
			if !onSet.has(d) || inHowMany(d, sideSets) >= 3 {
				continue
			}
			f := s.facts[d]
			if slices.Contains(facts, f) {
				continue
			}
			if best == nil || cmp.Or(cmp.Compare(rank(f), rank(best)), cmp.Compare(best.Weight, f.Weight)) < 0 {
				best = f
			}
		}
		if best != nil {
			facts = append(facts, best)
		}
	}
	return facts
}

// reasonFor is the weightiest fact that gives a reason for f's position: one of the same
// section and subject, naming what else f names besides the sides compared, that gives a
// reason. Nil when f gives one itself or none does.
func (s *Store) reasonFor(f *Fact, sides []string) *Fact {
	by := s.subject[f.ordinal]
	if by == "" || s.givesReason(f) {
		return nil
	}
	var best *Fact
	for _, o := range s.byEntity[by] {
		g := s.facts[o]
		if g == f || g.Section != f.Section || s.subject[o] != by || !s.givesReason(g) ||
			slices.ContainsFunc(f.Entities, func(e string) bool { return !g.HasEntity(e) && !slices.Contains(sides, e) }) {
			continue
		}
		if best == nil || g.Weight > best.Weight {
			best = g
		}
	}
	return best
}
