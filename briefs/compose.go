package briefs

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Brief is a composed answer: a title, a one-line shape, grouped facts and a timeline. It is
// plain data; the commands package turns it into a platform-neutral reply.
type Brief struct {
	Title    string
	Lead     string
	Groups   []Group
	Timeline []*Fact
	// More counts the matching facts left out to keep the brief readable.
	More int
}

// Group is a headed list of facts.
type Group struct {
	Heading string
	Items   []Item
}

// Item is one fact in a group, with an optional label (the topic it illustrates).
type Item struct {
	Label string
	Fact  *Fact
}

// Facts returns every fact the brief shows, groups first, in order and without repeats.
func (b *Brief) Facts() []*Fact {
	seen := map[*Fact]bool{}
	var out []*Fact
	addFact := func(f *Fact) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for _, g := range b.Groups {
		for _, it := range g.Items {
			addFact(it.Fact)
		}
	}
	for _, f := range b.Timeline {
		addFact(f)
	}
	return out
}

// Empty reports whether the brief holds no facts.
func (b *Brief) Empty() bool { return len(b.Groups) == 0 && len(b.Timeline) == 0 }

// Limits that keep a brief readable in a chat window.
const (
	maxPerGroup     = 4
	maxEntityFacts  = 20
	maxTopicFacts   = 15
	maxPairFacts    = 3
	maxContextFacts = 3
	maxCooperation  = 6
	// maxPerDifference bounds each topic under "Differences"; a broader topic shows one fact
	// of each of its narrower topics first, so "History" names labour compensation, comfort
	// women and textbooks before it repeats any.
	maxPerDifference = 4
	maxMilestones    = 10
)

// SortEntityIDs puts entity ids in the store's curated order, so that requests naming the
// same actors in any order get the same brief.
func (s *Store) SortEntityIDs(ids []string) []string {
	out := slices.Clone(ids)
	pos := func(id string) int {
		for i, e := range s.entities {
			if e.ID == id {
				return i
			}
		}
		return len(s.entities)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Compare(pos(a), pos(b)) })
	return slices.Compact(out)
}

func (s *Store) names(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = s.displayName(id)
	}
	return out
}

func (s *Store) displayName(id string) string {
	if e := s.entityByID[id]; e != nil {
		return e.Name
	}
	return id
}

// broaderTopic is the topic a fact is grouped under: its first topic, lifted to the broader
// one (computed once at load).
func (s *Store) broaderTopic(f *Fact) *Topic { return f.group }

func (s *Store) groupOf(f *Fact) *Topic {
	if len(f.Topics) == 0 {
		return nil
	}
	t := s.topicByID[f.Topics[0]]
	if t != nil && t.Broader != "" {
		if b := s.topicByID[t.Broader]; b != nil {
			return b
		}
	}
	return t
}

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

// ranked is a fact with its focus on the request: 0 when it concerns no country beyond those
// asked about, 1 for one more, 2 for a wider group. Focused facts come first.
type ranked struct {
	f     *Fact
	focus int
}

func (a ranked) before(b ranked) bool {
	switch {
	case a.focus != b.focus:
		return a.focus < b.focus
	case a.f.Weight != b.f.Weight:
		return a.f.Weight > b.f.Weight
	}
	return a.f.ordinal < b.f.ordinal
}

// topK keeps the k best facts pushed to it, so that a brief over thousands of matching facts
// costs a scan, not a sort.
type topK struct {
	k     int
	items []ranked
	total int
}

func newTopK(k int) *topK { return &topK{k: k} }

func (t *topK) push(r ranked) {
	t.total++
	if len(t.items) == t.k && !r.before(t.items[t.k-1]) {
		return
	}
	i, _ := slices.BinarySearchFunc(t.items, r, func(a, b ranked) int {
		if a.before(b) {
			return -1
		}
		return 1
	})
	t.items = slices.Insert(t.items, i, r)
	if len(t.items) > t.k {
		t.items = t.items[:t.k]
	}
}

// facts returns the kept facts, best first, the dated ones in time order among themselves.
func (t *topK) facts() []*Fact {
	out := make([]*Fact, len(t.items))
	for i, r := range t.items {
		out[i] = r.f
	}
	datedInTimeOrder(out)
	return out
}

// topicCollector groups facts under their broader topic and keeps, per narrower topic, the
// best few; items then picks round-robin across the narrower topics, so "History" names labour
// compensation, comfort women and textbooks before it repeats any.
type topicCollector struct {
	s       *Store
	limit   int
	order   []*Topic
	narrow  map[*Topic][]string
	buckets map[*Topic]map[string]*topK
	best    map[*Topic]ranked
}

func newTopicCollector(s *Store, limit int) *topicCollector {
	return &topicCollector{s: s, limit: limit, narrow: map[*Topic][]string{},
		buckets: map[*Topic]map[string]*topK{}, best: map[*Topic]ranked{}}
}

func (c *topicCollector) push(r ranked) {
	bt := c.s.broaderTopic(r.f)
	if _, ok := c.buckets[bt]; !ok {
		c.buckets[bt] = map[string]*topK{}
		c.order = append(c.order, bt)
	}
	n := ""
	if len(r.f.Topics) > 0 {
		n = r.f.Topics[0]
	}
	tk := c.buckets[bt][n]
	if tk == nil {
		tk = newTopK(c.limit)
		c.buckets[bt][n] = tk
		c.narrow[bt] = append(c.narrow[bt], n)
	}
	tk.push(r)
	if cur, ok := c.best[bt]; !ok || r.before(cur) {
		c.best[bt] = r
	}
}

// items returns the picked facts labelled with their broader topic, topics in order of their
// best fact, and the topic names in that order.
func (c *topicCollector) items() ([]Item, []string) {
	order := slices.Clone(c.order)
	slices.SortStableFunc(order, func(a, b *Topic) int {
		if c.best[a].before(c.best[b]) {
			return -1
		}
		if c.best[b].before(c.best[a]) {
			return 1
		}
		return 0
	})
	var items []Item
	var names []string
	for _, bt := range order {
		label := ""
		if bt != nil {
			label = bt.Name
		}
		names = append(names, label)
		// The broader topic's own facts ("History" in general) come after its narrower ones
		// (labour compensation, comfort women, textbooks), which say something specific.
		narrow := slices.Clone(c.narrow[bt])
		if bt != nil {
			slices.SortStableFunc(narrow, func(a, b string) int {
				return cmp.Compare(boolInt(a == bt.ID), boolInt(b == bt.ID))
			})
		}
		limit := max(c.limit, len(narrow))
		var picked []ranked
		for round := 0; len(picked) < limit; round++ {
			added := false
			for _, n := range narrow {
				if tk := c.buckets[bt][n]; round < len(tk.items) && len(picked) < limit {
					picked = append(picked, tk.items[round])
					added = true
				}
			}
			if !added {
				break
			}
		}
		slices.SortFunc(picked, func(a, b ranked) int {
			if a.before(b) {
				return -1
			}
			return 1
		})
		facts := make([]*Fact, len(picked))
		for i, r := range picked {
			facts[i] = r.f
		}
		datedInTimeOrder(facts)
		for _, f := range facts {
			items = append(items, Item{Label: label, Fact: f})
		}
	}
	return items, names
}

// labelled wraps facts as items, labelled with their broader topic when asked.
func (s *Store) labelled(facts []*Fact, withTopic bool) []Item {
	items := make([]Item, len(facts))
	for i, f := range facts {
		items[i].Fact = f
		if withTopic {
			if t := s.broaderTopic(f); t != nil {
				items[i].Label = t.Name
			}
		}
	}
	return items
}

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

// Overview composes the brief on the whole store: what happened at the summit, the author's
// argument, and the strongest fact of every section.
func (s *Store) Overview() Brief {
	b := Brief{}
	if len(s.sources) > 0 {
		src := s.sources[0]
		b.Title = src.Title
		b.Lead = fmt.Sprintf("%s, %s — as of %s.", src.Author, src.Publisher, src.AsOf)
	}
	used := map[*Fact]bool{}
	pick := func(keep func(*Fact) bool, n int) []*Fact {
		var out []*Fact
		for _, f := range s.facts {
			if !used[f] && keep(f) {
				out = append(out, f)
			}
		}
		curatedOrder(out)
		if len(out) > n {
			out = out[:n]
		}
		for _, f := range out {
			used[f] = true
		}
		return out
	}
	leadSections := map[string]bool{}
	for _, src := range s.sources {
		for _, sec := range src.Sections {
			if sec.Part == "" || sec.ID == sec.Part {
				leadSections[sec.ID] = true
			}
		}
	}
	summit := pick(func(f *Fact) bool { return f.HasTopic("summit") && f.Kind != KindAnalysis }, 4)
	if len(summit) > 0 {
		b.Groups = append(b.Groups, Group{Heading: "The summit", Items: s.labelled(summit, false)})
	}
	argument := pick(func(f *Fact) bool { return f.Kind == KindAnalysis && leadSections[f.Section] }, 4)
	if len(argument) > 0 {
		b.Groups = append(b.Groups, Group{Heading: "The argument", Items: s.labelled(argument, false)})
	}
	var bySection []Item
	for _, src := range s.sources {
		for _, sec := range src.Sections {
			if leadSections[sec.ID] {
				continue
			}
			top := pick(func(f *Fact) bool { return f.Source == src.ID && f.Section == sec.ID }, 1)
			for _, f := range top {
				bySection = append(bySection, Item{Label: sec.Label, Fact: f})
			}
		}
	}
	if len(bySection) > 0 {
		b.Groups = append(b.Groups, Group{Heading: "Section by section", Items: bySection})
	}
	return b
}

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

// milestones picks the dated events and statements (not analysis) of facts for a compact
// timeline: the weightiest one for each date, oldest first, at most limit (the latest kept).
func milestones(facts []*Fact, limit int) []*Fact {
	best := map[string]*Fact{}
	var dates []string
	for _, f := range facts {
		if !f.Dated() || f.Kind == KindAnalysis {
			continue
		}
		cur, ok := best[f.Date]
		if !ok {
			dates = append(dates, f.Date)
		}
		if !ok || f.Weight > cur.Weight || (f.Weight == cur.Weight && f.ordinal < cur.ordinal) {
			best[f.Date] = f
		}
	}
	out := make([]*Fact, 0, len(dates))
	for _, d := range dates {
		out = append(out, best[d])
	}
	chronological(out)
	if len(out) > limit {
		out = out[len(out)-limit:]
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
