package briefs

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Relations composes page 1 of what two or more actors share and where they differ (see
// RelationsPage).
func (s *Store) Relations(ids []string) Brief { return s.RelationsPage(ids, 1) }

// RelationsPage composes one page of what two or more actors share and where they differ. The
// order of ids does not matter. It answers about exactly these actors:
//   - facts about them alone come before trilateral ones, those before wider ones;
//   - a group-wide fact (one about the four partners or all the allies) never fills
//     Cooperation or Differences: at most one is shown, under its own heading;
//   - when each side acted against the other (the Dokdo protests, the white lists), the two
//     facts stand together;
//   - nothing repeats: the timeline lists only dated facts not already shown.
//
// Later pages continue each list where the previous page stopped.
func (s *Store) RelationsPage(ids []string, page int) Brief {
	ids = s.SortEntityIDs(ids)
	page = max(page, 1)
	b := Brief{Title: strings.Join(s.names(ids), " ↔ "), Page: page}
	shared := s.FactsWithEntities(ids...)
	qc := s.countryCount(ids)

	var coop, diff, common, background, group []ranked
	var pairOnly []*Fact // facts on all of them whose stance holds between two only
	others := 0          // facts that name them all but are about other actors
	for _, f := range shared {
		r := ranked{f: f, focus: s.focusOn(f, ids, qc)}
		stance := s.stanceAmong(f, ids)
		switch {
		case s.groupWide(f, ids, qc):
			group = append(group, r)
		case stance == StanceCooperation:
			coop = append(coop, r)
		case stance == StanceDifference:
			diff = append(diff, r)
		case f.Stance == StanceDifference && s.sameCamp(f, ids):
			// "South Korea and New Zealand, wary of a Japan–Australia lead": a position
			// they share, not cooperation between them.
			common = append(common, r)
		case len(ids) >= 3 && f.Stance != "":
			pairOnly = append(pairOnly, f)
		case s.aboutOthers(f, ids):
			// "Japan curbs China" names the US too, but is not about the US and China.
			others++
		default:
			background = append(background, r)
		}
	}
	// Enough of each list in order to fill the page asked for and to check for repeats.
	window := max(page, checkedPages) * max(maxCooperation, maxPerDifference)
	coop = bestFirst(coop, window, compareRanked)
	common = bestFirst(common, window, compareRanked)
	background = bestFirst(background, window, compareRanked)
	diffByTopic := s.differencesByTopic(diff, ids, window, checkedPages*maxPerDifference)

	coopPage := pageOf(coop, page, maxCooperation)
	var coopGroup Group
	if len(coopPage) > 0 {
		coopGroup = Group{Heading: "Cooperation", Items: s.labelled(factsOf(coopPage), false)}
	}
	var diffItems []Item
	var diffNames []string
	nDiff := 0
	for _, tg := range diffByTopic {
		nDiff += len(tg.facts)
		diffNames = append(diffNames, tg.label)
		for _, f := range pageOf(tg.facts, page, maxPerDifference) {
			diffItems = append(diffItems, Item{Label: tg.label, Fact: f})
		}
	}
	var diffGroup Group
	if len(diffItems) > 0 {
		diffGroup = Group{Heading: "Differences", Items: diffItems}
	}
	// What the article says most about these actors comes first: Japan and China differ far
	// more than they cooperate.
	first, second := coopGroup, diffGroup
	if nDiff > len(coop) {
		first, second = diffGroup, coopGroup
	}
	for _, g := range []Group{first, second} {
		if len(g.Items) > 0 {
			b.Groups = append(b.Groups, g)
		}
	}
	if cg := pageOf(common, page, maxContextFacts); len(cg) > 0 {
		b.Groups = append(b.Groups, Group{Heading: "Common ground", Items: s.labelled(factsOf(cg), false)})
	}
	if bg := pageOf(background, page, maxContextFacts); len(bg) > 0 {
		b.Groups = append(b.Groups, Group{Heading: "Background and analysis", Items: s.labelled(factsOf(bg), false)})
	}
	if page == 1 {
		if line := s.groupLine(group, ids); line.Heading != "" {
			b.Groups = append(b.Groups, line)
		}
	}
	if len(ids) >= 3 {
		b.Groups = append(b.Groups, s.pairGroups(ids, shared, pairOnly, page)...)
	}
	if len(ids) == 2 && page == 1 && len(coop)+len(diff)+len(common) < fewDirect {
		// The article says little about the pair itself: set their stances on a third
		// actor side by side instead.
		b.Groups = append(b.Groups, s.contrasts(ids, shared)...)
	}

	if page == 1 {
		// The timeline lists what is neither shown above nor group-wide.
		skip := map[*Fact]bool{}
		for _, f := range b.Facts() {
			skip[f] = true
		}
		for _, r := range group {
			skip[r.f] = true
		}
		var rest []*Fact
		for _, f := range shared {
			if !skip[f] {
				rest = append(rest, f)
			}
		}
		b.Timeline = milestones(rest, maxMilestones)
	}

	b.Pages = max(pagesOf(len(coop), maxCooperation), pagesOf(len(common), maxContextFacts), pagesOf(len(background), maxContextFacts), 1)
	for _, tg := range diffByTopic {
		b.Pages = max(b.Pages, pagesOf(len(tg.facts), maxPerDifference))
	}
	if page > b.Pages {
		return Brief{Title: b.Title, Page: page, Pages: b.Pages}
	}
	b.Lead = s.relationsLead(ids, leadCounts{
		shared: len(shared) - others, coop: len(coop), shownCoop: len(coopPage), diff: nDiff,
		shownDiff: len(diffItems), diffTopics: diffNames, common: len(common), group: len(group),
	})
	if len(shared) == 0 && !b.Empty() {
		b.Lead = "No fact concerns all of them at once; these are the ties between pairs."
	}
	return b
}

// leadCounts are what a relations answer counts and shows.
type leadCounts struct {
	shared, coop, shownCoop, diff, shownDiff, common, group int
	diffTopics                                              []string
}

// relationsLead says what the answer counts and what it shows: "6 of 14 on cooperation".
func (s *Store) relationsLead(ids []string, c leadCounts) string {
	if c.shared == 0 {
		return ""
	}
	who := "all of them"
	if len(ids) == 2 {
		who = "both"
	}
	var parts []string
	if c.coop > 0 {
		parts = append(parts, fmt.Sprintf("%s on cooperation", ofShown(c.shownCoop, c.coop)))
	}
	if c.diff > 0 {
		d := fmt.Sprintf("%s on differences", ofShown(c.shownDiff, c.diff))
		if len(c.diffTopics) > 0 {
			d += " (" + strings.Join(c.diffTopics, ", ") + ")"
		}
		parts = append(parts, d)
	}
	if c.common > 0 {
		parts = append(parts, fmt.Sprintf("%d on common ground", c.common))
	}
	own := c.shared - c.group
	if own == 0 {
		return fmt.Sprintf("%s appear together only in %d facts about a wider group.", strings.Join(s.names(ids), " and "), c.group)
	}
	lead := fmt.Sprintf("%d facts involve %s", own, who)
	if own == 1 {
		lead = fmt.Sprintf("1 fact involves %s", who)
	}
	if len(parts) > 0 {
		lead += ": " + strings.Join(parts, "; ")
	}
	if c.group > 0 {
		lead += fmt.Sprintf("; %d more concern a wider group", c.group)
	}
	return lead + "."
}

// ofShown says "6 of 14", or just "6" when all are shown.
func ofShown(shown, total int) string {
	if shown == total {
		return fmt.Sprint(total)
	}
	return fmt.Sprintf("%d of %d", shown, total)
}

// topicFacts is one topic's differences, in the order they are shown.
type topicFacts struct {
	label string
	facts []*Fact
}

// differencesByTopic groups differences under their broader topic, topics ordered by their
// best fact. Within a topic, each narrower topic gets its turn before any repeats ("History"
// names labour compensation, comfort women and textbooks first), and a fact where one side
// acted against the other is followed by the other side's answer to it.
//
// window facts of each topic are put in order and take their turns, and the first shown of
// them are checked for repeats and counterparts (the same number whatever the page, so
// pages never overlap).
func (s *Store) differencesByTopic(diff []ranked, ids []string, window, shown int) []topicFacts {
	var order []*Topic
	byTopic := map[*Topic][]ranked{}
	for _, r := range diff {
		t := s.broaderTopic(r.f)
		if _, ok := byTopic[t]; !ok {
			order = append(order, t)
		}
		byTopic[t] = append(byTopic[t], r)
	}
	for _, t := range order {
		byTopic[t] = bestFirst(byTopic[t], window, compareRanked)
	}
	slices.SortStableFunc(order, func(a, b *Topic) int { return compareRanked(byTopic[a][0], byTopic[b][0]) })
	out := make([]topicFacts, 0, len(order))
	words := newWordSets(s)
	for _, t := range order {
		label := ""
		if t != nil {
			label = t.Name
		}
		// Only the window put in order takes turns: the rest is not ranked, and a narrower
		// topic found only there would otherwise show an arbitrary fact on the first page.
		rs := byTopic[t]
		head := roundRobinNarrow(rs[:min(len(rs), window)], t)
		facts := repeatsLast(words, append(head, factsOf(rs[len(head):])...), shown, func(f *Fact) *Fact { return f })
		out = append(out, topicFacts{label: label, facts: s.pairCounterparts(facts, ids, shown)})
	}
	return out
}

// roundRobinNarrow orders a broader topic's facts (best first) so that each narrower topic
// shows its best fact before any shows a second; the broader topic's own general facts come
// after the specific ones of the same round. Within a narrower topic, acts follow its best
// fact (actsFirst).
func roundRobinNarrow(rs []ranked, broader *Topic) []*Fact {
	var narrow []string
	buckets := map[string][]*Fact{}
	for _, r := range rs {
		n := ""
		if len(r.f.Topics) > 0 {
			n = r.f.Topics[0]
		}
		if _, ok := buckets[n]; !ok {
			narrow = append(narrow, n)
		}
		buckets[n] = append(buckets[n], r.f)
	}
	if broader != nil {
		slices.SortStableFunc(narrow, func(a, b string) int {
			return boolInt(a == broader.ID) - boolInt(b == broader.ID)
		})
	}
	for n, fs := range buckets {
		buckets[n] = actsFirst(fs)
	}
	out := make([]*Fact, 0, len(rs))
	for round := 0; len(out) < len(rs); round++ {
		for _, n := range narrow {
			if round < len(buckets[n]) {
				out = append(out, buckets[n][round])
			}
		}
	}
	return out
}

// actsFirst keeps a topic's best fact first, then puts what the actors did or said before
// further judgements and background: "Japan protested the survey" says more about a
// difference than a second account of the dispute.
func actsFirst(facts []*Fact) []*Fact {
	if len(facts) < 3 {
		return facts
	}
	rest := slices.Clone(facts[1:])
	slices.SortStableFunc(rest, func(a, b *Fact) int { return boolInt(!isAct(a)) - boolInt(!isAct(b)) })
	return append(facts[:1:1], rest...)
}

// pairCounterparts puts, right after an event or statement in which one of ids acted, the
// other side's act that answers it best ("Japan protested South Korea's survey" — "South Korea
// protested Japan's Bluebook"), so both sides are read together. Acts are matched greedily,
// closest first, by the words their texts share (the actors' names aside; at least two), on
// the same narrower topic before another.
func (s *Store) pairCounterparts(facts []*Fact, ids []string, window int) []*Fact {
	if len(facts) > window {
		return append(s.pairCounterparts(facts[:window], ids, window), facts[window:]...)
	}
	type match struct {
		a, b  int
		score int
	}
	var matches []match
	skip := s.nameStems(ids)
	for i, f := range facts {
		for j := i + 1; j < len(facts); j++ {
			g := facts[j]
			if !isAct(f) || !isAct(g) || firstOf(f, ids) == firstOf(g, ids) {
				continue
			}
			if n := s.sharedWords(f, g, skip); n >= 2 {
				sameTopic := len(f.Topics) > 0 && len(g.Topics) > 0 && f.Topics[0] == g.Topics[0]
				matches = append(matches, match{i, j, 2*n + boolInt(sameTopic)})
			}
		}
	}
	slices.SortStableFunc(matches, func(x, y match) int { return y.score - x.score })
	partner := map[int]int{}
	for _, m := range matches {
		_, ta := partner[m.a]
		_, tb := partner[m.b]
		if !ta && !tb {
			partner[m.a], partner[m.b] = m.b, m.a
		}
	}
	out := make([]*Fact, 0, len(facts))
	used := make([]bool, len(facts))
	for i, f := range facts {
		if used[i] {
			continue
		}
		used[i] = true
		out = append(out, f)
		if j, ok := partner[i]; ok && !used[j] {
			used[j] = true
			out = append(out, facts[j])
		}
	}
	return out
}

// isAct reports whether f records something an actor did or said, rather than a judgement.
func isAct(f *Fact) bool { return f.Kind == KindEvent || f.Kind == KindStatement }

// firstOf returns the first of f's entities that is one of ids: the fact's actor.
func firstOf(f *Fact, ids []string) string {
	for _, e := range f.Entities {
		if slices.Contains(ids, e) {
			return e
		}
	}
	return ""
}

// sharedWords counts the meaningful stems f's and g's texts share, those in skip aside.
func (s *Store) sharedWords(f, g *Fact, skip []string) int {
	return countShared(s.textStems[f.ordinal], s.textStems[g.ordinal], func(st string) bool { return !slices.Contains(skip, st) })
}

// nameStems are the stems of the names and aliases of ids.
func (s *Store) nameStems(ids []string) []string {
	var out []string
	for _, id := range ids {
		out = append(out, s.entityStems[id]...)
	}
	return out
}

// groupLine is the one group-wide fact worth a line in an answer about ids: what the wider
// group did together before what its members judged, then weight.
func (s *Store) groupLine(group []ranked, ids []string) Group {
	if len(group) == 0 {
		return Group{}
	}
	best := slices.MinFunc(group, func(a, b ranked) int {
		if c := boolInt(!isAct(a.f)) - boolInt(!isAct(b.f)); c != 0 {
			return c
		}
		if a.before(b) {
			return -1
		}
		return 1
	})
	heading := "Shared with a wider group"
	if s.namesAllPartners(best.f) {
		heading = "Shared by all four partners"
	}
	return Group{Heading: heading, Items: s.labelled([]*Fact{best.f}, false)}
}

// pairGroups lists, for three or more actors, what holds between each pair: facts on the pair
// not shown above, and facts on all of them whose stance holds between this pair only. Each
// item says whether it is cooperation or a difference.
func (s *Store) pairGroups(ids []string, shared []*Fact, pairOnly []*Fact, page int) []Group {
	inShared := make(map[*Fact]bool, len(shared))
	for _, f := range shared {
		inShared[f] = true
	}
	shownPair := map[*Fact]bool{}
	var out []Group
	for i := 0; i < len(ids); i++ {
		for j := i + 1; j < len(ids); j++ {
			pairIDs := []string{ids[i], ids[j]}
			pqc := s.countryCount(pairIDs)
			var rs []ranked
			for _, f := range pairOnly {
				if s.stanceAmong(f, pairIDs) != "" && !shownPair[f] {
					rs = append(rs, ranked{f: f, focus: s.focusOn(f, pairIDs, pqc)})
				}
			}
			for _, f := range s.FactsWithEntities(pairIDs...) {
				if !inShared[f] && !shownPair[f] && !s.groupWide(f, pairIDs, pqc) {
					rs = append(rs, ranked{f: f, focus: s.focusOn(f, pairIDs, pqc)})
				}
			}
			kept := factsOf(pageOf(bestFirst(rs, page*maxPairFacts, compareRanked), page, maxPairFacts))
			if len(kept) == 0 {
				continue
			}
			items := make([]Item, len(kept))
			for k, f := range kept {
				shownPair[f] = true
				items[k] = Item{Label: s.stanceLabel(f, pairIDs), Fact: f}
			}
			out = append(out, Group{Heading: s.displayName(ids[i]) + " ↔ " + s.displayName(ids[j]), Items: items})
		}
	}
	return out
}

// stanceLabel labels a fact in a pair's list: "Cooperation" or "Difference", with its topic.
func (s *Store) stanceLabel(f *Fact, pair []string) string {
	topic := ""
	if t := s.broaderTopic(f); t != nil {
		topic = t.Name
	}
	switch s.stanceAmong(f, pair) {
	case StanceCooperation:
		return joinLabel("Cooperation", topic)
	case StanceDifference:
		return joinLabel("Difference", topic)
	}
	return topic
}

func joinLabel(a, b string) string {
	if b == "" {
		return a
	}
	return a + " · " + b
}

// contrasts juxtapose where each of a pair stands on a third actor when the article files
// their stances towards it oppositely but never compares the pair on it: Australia's firm
// line on China beside Jacinda Ardern's "can and should still cooperate". Each side's fact is
// about that side and the third actor only, and the heading names the third actor, so the
// reader sees two of the article's facts set side by side, not a claim it makes.
func (s *Store) contrasts(pair []string, shared []*Fact) []Group {
	compared := map[string]bool{} // third actors the shared facts already compare them on
	qc := s.countryCount(pair)
	for _, f := range shared {
		if s.stanceAmong(f, pair) != "" && !s.groupWide(f, pair, qc) {
			for _, e := range f.Entities {
				compared[e] = true
			}
		}
	}
	var out []Group
	used := map[*Fact]bool{}
	onA, onB := s.stancesWithEach(pair[0], pair[1]), s.stancesWithEach(pair[1], pair[0])
	for _, x := range s.entities {
		if !actorKinds[x.Kind] || slices.Contains(pair, x.ID) || compared[x.ID] {
			continue
		}
		a, b := onA[x.ID], onB[x.ID]
		if a == nil || b == nil || a.Stance == b.Stance || used[a] || used[b] {
			continue
		}
		used[a], used[b] = true, true
		out = append(out, Group{
			Heading: "Where they stand on " + x.Name,
			Items:   []Item{{Label: s.displayName(pair[0]), Fact: a}, {Label: s.displayName(pair[1]), Fact: b}},
		})
		if len(out) == maxContrasts {
			break
		}
	}
	return out
}

// stancesWithEach is, for each actor x, the weightiest fact that files a stance between id and x
// without naming other, the fact about id's own position first.
func (s *Store) stancesWithEach(id, other string) map[string]*Fact {
	best := map[string]*Fact{}
	for x, ords := range s.stanceWith[id] {
		for _, d := range ords {
			if f := s.facts[d]; !f.HasEntity(other) {
				best[x] = f
				break
			}
		}
	}
	return best
}

// stancesByPair builds Store.stanceWith; subject must be set (ownPosition reads it).
func (s *Store) stancesByPair() map[string]map[string][]int32 {
	with := map[string]map[string][]int32{}
	for i, f := range s.facts {
		if f.Stance == "" {
			continue
		}
		for _, id := range f.Entities {
			for _, x := range f.Entities {
				if x == id || s.stanceAmong(f, []string{id, x}) == "" {
					continue
				}
				if with[id] == nil {
					with[id] = map[string][]int32{}
				}
				with[id][x] = append(with[id][x], int32(i))
			}
		}
	}
	for id, byOther := range with {
		for _, ords := range byOther {
			// Stable: among equals the first in store order stays first.
			slices.SortStableFunc(ords, func(a, b int32) int {
				fa, fb := s.facts[a], s.facts[b]
				if c := cmp.Compare(boolInt(s.ownPosition(fb, id)), boolInt(s.ownPosition(fa, id))); c != 0 {
					return c
				}
				return cmp.Compare(fb.Weight, fa.Weight)
			})
		}
	}
	return with
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

// focusOn is how far f reaches beyond ids: 0 when it names no other country, 1 for one more
// (a trilateral), 2 for more. With sides, only the countries in them count: a fact on what
// the US, Japan and South Korea agreed about North Korea is a trilateral.
func (s *Store) focusOn(f *Fact, ids []string, qc int) int {
	n := f.countries
	if len(f.Sides) > 0 {
		var seenBuf [8]string
		seen := seenBuf[:0]
		count := func(id string) {
			if e := s.entityByID[id]; e != nil && e.Kind == "country" && !slices.Contains(seen, id) {
				seen = append(seen, id)
			}
		}
		for _, side := range f.Sides {
			for _, id := range side {
				count(id)
			}
		}
		for _, id := range ids { // an actor asked about but only named, not in a side
			count(id)
		}
		n = len(seen)
	}
	return min(max(n-qc, 0), 2)
}

// groupWide reports whether f is about a wider group than ids — the four partners together,
// or all the allies — rather than about these actors: it reaches two or more countries beyond
// them and names at least three of the four partners.
func (s *Store) groupWide(f *Fact, ids []string, qc int) bool {
	if s.partnersNamed(f) < 3 {
		return false
	}
	if len(f.Sides) == 2 && !slices.ContainsFunc(ids, func(id string) bool { return !s.inSides(f, id) && s.subject[f.ordinal] != id }) {
		// Two camps ("South Korea and New Zealand, wary of a Japan–Australia lead") say
		// something about each actor in them, not about the group as a whole.
		return false
	}
	return s.focusOn(f, ids, qc) >= 2
}

// aboutOthers reports whether f's sides leave out one of ids: the fact names it but is about
// the actors in its sides ("Japan contains China with US help" is not about the US and China).
// An actor the text leads with is what it is about, whatever its sides ("if the United States
// cannot keep a balance, South Korea and New Zealand…").
func (s *Store) aboutOthers(f *Fact, ids []string) bool {
	if len(f.Sides) == 0 {
		return false
	}
	for _, id := range ids {
		if !s.inSides(f, id) && s.subject[f.ordinal] != id {
			return true
		}
	}
	return false
}

// sameCamp reports whether every one of ids stands on one and the same of f's sides.
func (s *Store) sameCamp(f *Fact, ids []string) bool {
	return len(f.Sides) >= 2 && slices.ContainsFunc(f.Sides, func(side []string) bool {
		return !slices.ContainsFunc(ids, func(id string) bool { return !slices.Contains(side, id) })
	})
}

// inSides reports whether id is on one of f's sides.
func (s *Store) inSides(f *Fact, id string) bool {
	return slices.ContainsFunc(f.Sides, func(side []string) bool { return slices.Contains(side, id) })
}

// partners are the four Asia-Pacific partner countries the article is about; a fact naming
// three or four of them speaks of the group.
var partners = []string{"JP", "KR", "AU", "NZ"}

func (s *Store) partnersNamed(f *Fact) int { return int(s.partnerCount[f.ordinal]) }

// countPartners counts the partners f names (partnersNamed, computed once at load).
func countPartners(f *Fact) uint8 {
	var n uint8
	for _, p := range partners {
		if f.HasEntity(p) {
			n++
		}
	}
	return n
}

func (s *Store) namesAllPartners(f *Fact) bool { return s.partnersNamed(f) == len(partners) }
