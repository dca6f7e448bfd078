package briefs

import (
	"cmp"
	"slices"
	"strings"
)

// A comparison of two things rather than two actors ("how do the US–Japan and US–Australia
// alliances differ?", "how was the US–Japan–Korea meeting different from the four-country
// one?") is answered by what the article says of each: the facts on one rarely name the other.

// trilateralMeeting is the article's one trilateral meeting, of the US, Japan and South Korea
// in Madrid.
const trilateralMeeting = "us-japan-rok-meeting-2022"

// comparedKinds are the kinds of entity a question may compare as things.
var comparedKinds = map[string]bool{"agreement": true, "event": true, "strategy": true, "document": true}

// thingsCompared is the things a comparison names, in its order, when it names two or more
// and nothing else but actors and places; nil otherwise.
func (s *Store) thingsCompared(question string) []string {
	_, found := s.withoutNames(distributed(readEveryday(question))) // "the four-country one"
	var things []string
	for _, e := range found {
		switch {
		case comparedKinds[e.Kind]:
			if !slices.Contains(things, e.ID) {
				things = append(things, e.ID)
			}
		case !actorKinds[e.Kind] && e.Kind != "place": // "in Madrid" says where
			return nil
		}
	}
	if len(things) == 1 && things[0] != trilateralMeeting && s.entityByID[things[0]].Kind == "event" && indexFold(question, "trilateral") >= 0 {
		// "How did the Washington–Tokyo–Seoul trilateral differ from the four-country
		// meeting?": set against another meeting, the trilateral is the article's one.
		things = append([]string{trilateralMeeting}, things...)
	}
	if len(things) == 0 {
		things = s.usAlliancesOf(question, found)
	}
	if len(things) < 2 {
		return nil
	}
	return things
}

// usAlliancesOf reads "Washington's alliance with Tokyo compared with the one with Canberra"
// as the US–Japan and US–Australia alliances: the US's alliances with the other countries a
// question on alliances names, in its order; nil when it names no alliance or does not name
// the US first ("how do Japan and South Korea differ in what they want from the US alliance"
// compares the two).
func (s *Store) usAlliancesOf(question string, found []*Entity) []string {
	if len(found) == 0 || found[0].ID != "US" || !strings.Contains(strings.ToLower(question), "alliance") {
		return nil
	}
	var out []string
	for _, e := range found {
		if e.Kind != "country" || e.ID == "US" {
			continue
		}
		if a := s.entityName[normalizeName("US "+e.Name+" alliance")]; a != nil && !slices.Contains(out, a.ID) {
			out = append(out, a.ID)
		}
	}
	return out
}

// sharedNouns are the plural nouns two names may share ("the US–Japan and US–Australia
// alliances"), with their singular.
var sharedNouns = [][2]string{{" alliances", " alliance"}, {" meetings", " meeting"}, {" talks", " talks"}}

// distributed gives each of two names joined by "and" the noun they share, so that each reads
// as a name: "the us-japan and us-australia alliances differ" becomes "the us-japan alliance
// and us-australia alliance differ". q is in lower case (readEveryday).
func distributed(q string) string {
	for _, n := range sharedNouns {
		i := strings.Index(q, n[0])
		if i < 0 {
			continue
		}
		j := strings.LastIndex(q[:i], " and ")
		if j < 0 || strings.Count(q[j+len(" and "):i], " ") > 0 {
			continue // "and" must join the name just before the noun
		}
		return q[:j] + n[1] + " and " + q[j+len(" and "):i] + n[1] + q[i+len(n[0]):]
	}
	return q
}

// nearlyBest is how close to the best hit's score a hit must come to count as answering as
// well: search scores that close are ties in all but length.
const nearlyBest = 0.8

// eachThing is, for each thing, the fact on it and none of the others among those that answer
// the question read for it alone nearly as well as the best — one that draws a comparison
// first, then the weightiest — or else the weightiest of all.
func (s *Store) eachThing(question string, things []string) []*Fact {
	var facts []*Fact
	for _, id := range things {
		// A person named beside a meeting compared only says which it is: "the trilateral
		// with Biden versus the four-way meeting".
		others := func(e *Entity) bool { return e.ID != id && (slices.Contains(things, e.ID) || e.Kind == "person") }
		var own []int32
		for _, d := range s.byEntity[id] {
			if f := s.facts[d]; !slices.ContainsFunc(f.Entities, func(e string) bool { return e != id && slices.Contains(things, e) }) && !slices.Contains(facts, f) {
				own = append(own, d)
			}
		}
		if len(own) == 0 {
			continue // searchAmong reads no limit as the whole store
		}
		// Of those that answer the question read for it alone about as well as the best, a
		// comparison the article draws, else the weightiest.
		var best *Fact
		var spanBuf [32][2]int
		var nameBuf [32]nameStart
		names := s.readNames(question, spanBuf[:0], nameBuf[:0])
		hits := s.searchAmong(s.readFor(question, names, others, func(string) bool { return false }), MaxAnswerFacts, own)
		for _, h := range hits {
			if h.Score >= nearlyBest*hits[0].Score && (best == nil || comparedFirst(h.Fact, best) > 0) {
				best = h.Fact
			}
		}
		if best == nil {
			// None answers: the comparison the article draws on it, else its weightiest.
			best = s.facts[slices.MaxFunc(own, func(a, b int32) int { return comparedFirst(s.facts[a], s.facts[b]) })]
		}
		facts = append(facts, best)
	}
	return facts
}

// comparedFirst orders facts for a comparison of things: a comparison the article draws, then
// weight.
func comparedFirst(a, b *Fact) int {
	return cmp.Or(cmp.Compare(boolInt(comparative(a)), boolInt(comparative(b))), cmp.Compare(a.Weight, b.Weight))
}

// comparative reports whether f's text compares ("In the author's comparison, the trilateral
// talks focused more on…", "closer to each other than").
func comparative(f *Fact) bool {
	t := strings.ToLower(f.Text)
	return strings.Contains(t, "comparison") || strings.Contains(t, " than ")
}
