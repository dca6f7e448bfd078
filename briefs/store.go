package briefs

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
)

// Store is a validated, indexed fact store. It is immutable after New and safe for concurrent
// use by any number of goroutines.
type Store struct {
	sources    []*Source
	sourceByID map[string]*Source
	sectionOf  map[string]*Section // source id + "\x00" + section id

	entities   []*Entity
	entityByID map[string]*Entity
	entityName map[string]*Entity // normalised id, name or alias
	// nameWords is, for the first word of every entity name of several words, how many
	// words the longest such name has: a question's word that starts no name is looked up
	// alone (namedActors).
	nameWords map[string]int
	// anyCase holds the short codes written in lower case in the store ("nz", "aus"): chat
	// shorthand that is no English word, read in any case, unlike "us" or "in".
	anyCase map[string]bool
	// typoNames are the one-word names and aliases of minMisspeltLen letters or more, sorted:
	// a word the store has no reading of, a letter off one of them, is read as it (typoName).
	typoNames []string

	topics    []*Topic
	topicByID map[string]*Topic
	topicName map[string]*Topic

	facts    []*Fact
	factByID map[string]*Fact
	byEntity map[string][]int32 // fact ordinals, ascending
	byTopic  map[string][]int32
	// namedBy is, per entity id, the ordinals of byEntity as a set: a search tells at once
	// which of the facts it finds name the actors asked about, without reading each fact.
	namedBy map[string]factSet
	// twoSided is the set of the ordinals of the facts with two sides or more (Fact.Sides):
	// a search tells the few differences among the facts it finds without reading each.
	twoSided factSet

	index *searchIndex
	// subject is, per fact ordinal, the actor its text is about when one actor leads it alone
	// ("Japan advocates a tough line"), else "" ("Japan and South Korea differ").
	subject []string
	// subjectOf is, per actor id, the set of the ordinals of the facts whose subject it is:
	// a search tells the subject's own facts without reading each fact's subject.
	subjectOf map[string]factSet
	// partnerCount is, per fact ordinal, how many of the four partners it names.
	partnerCount []uint8
	// reasons is, per fact ordinal, whether its text gives a reason (reasonOf): read by
	// every why-question, so worked out once.
	reasons []reasonKind
	// explaining lists the ordinals of the facts that give a reason or are the author's
	// analysis, ascending: where the answers to "why" are.
	explaining []int32
	// actorTopics is, per fact ordinal, its topics named after an actor (Store.topicActor),
	// in order, with the actor: the subjects it files under in an actor's brief (sectionFor).
	actorTopics [][]actorTopic
	// owns lists, per actor id, the ordinals of the facts that record its own view or act
	// (ownPosition), ascending.
	owns map[string][]int32
	// stanceWith is, per actor id and per other actor x, the ordinals of the facts that file a
	// stance between the two (stanceAmong), id's own positions first, then by weight, then in
	// store order: /relations sets a pair's positions on a third actor side by side without
	// reading every fact of either (stancesWithEach).
	stanceWith map[string]map[string][]int32
	// placeNames are, per place id, its name and aliases in lower case: where a meeting was
	// is read from a fact's text (namesPlace).
	placeNames map[string][]string
	// capitals are the countries' capitals in lower case: "a court in Seoul" says where.
	capitals []string
	// lowerText is, per fact ordinal, its text in lower case: checks that look for a word in
	// the text of every fact a common word finds read it, at tens of thousands of facts.
	lowerText []string
	// textStems is, per fact ordinal, the distinct stems of its text's meaningful words,
	// sorted: for telling which facts say the same thing.
	textStems [][]string
	// entityStems is, per entity id, the stems of its name and aliases, sorted: words that say
	// who a fact is about, not what it says.
	entityStems map[string][]string
	// thingWords are, for each name or alias of several words of an agreement, its stems:
	// "Australia's alliance with the US" names the US–Australia alliance though not in its
	// order.
	thingWords []thingName
	// topicNames are, by their first stem, the names and aliases of several words of the
	// narrower topics (those with a broader one), as stems: a question using one ("the forced
	// labour case") is about that topic (topicAsked).
	topicNames map[string][]thingName
	// whoStems are the stems that name who rather than say what (whoStemSet).
	whoStems map[string]bool
	// whatStems is, per fact ordinal, its text's stems less whoStems, sorted: what it says,
	// for telling near-repeats apart (nearDuplicate).
	whatStems [][]string
	// topicActor maps a topic named after an actor ("china") to that actor's id ("CN").
	topicActor map[string]string
}

// New checks d, fills its derived fields and builds a store. A validation failure is a
// *ValidationError.
func New(d Data) (*Store, error) {
	if probs := validate(&d); len(probs) > 0 {
		return nil, &ValidationError{Problems: probs}
	}
	derive(&d)
	s := &Store{
		sourceByID: map[string]*Source{},
		sectionOf:  map[string]*Section{},
		entityByID: map[string]*Entity{},
		entityName: map[string]*Entity{},
		nameWords:  map[string]int{},
		anyCase:    map[string]bool{},
		topicByID:  map[string]*Topic{},
		topicName:  map[string]*Topic{},
		factByID:   make(map[string]*Fact, len(d.Facts)),
		byEntity:   map[string][]int32{},
		namedBy:    map[string]factSet{},
		byTopic:    map[string][]int32{},
	}
	for i := range d.Sources {
		src := &d.Sources[i]
		s.sources = append(s.sources, src)
		s.sourceByID[src.ID] = src
		for j := range src.Sections {
			s.sectionOf[src.ID+"\x00"+src.Sections[j].ID] = &src.Sections[j]
		}
	}
	s.placeNames = map[string][]string{}
	for i := range d.Entities {
		e := &d.Entities[i]
		s.entities = append(s.entities, e)
		s.entityByID[e.ID] = e
		if e.Capital != "" {
			s.capitals = append(s.capitals, strings.ToLower(e.Capital))
		}
		if e.Kind == "place" {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				s.placeNames[e.ID] = append(s.placeNames[e.ID], strings.ToLower(n))
			}
		}
		for _, n := range append([]string{e.ID, e.Name}, e.Aliases...) {
			key := normalizeName(n)
			s.entityName[key] = e
			if len(key) <= 3 && n == strings.ToLower(n) {
				s.anyCase[key] = true
			}
			if first, _, ok := strings.Cut(key, " "); ok {
				s.nameWords[first] = max(s.nameWords[first], strings.Count(key, " ")+1)
			} else if len(key) >= minMisspeltLen && !strings.ContainsFunc(key, func(r rune) bool { return r < 'a' || r > 'z' }) {
				s.typoNames = append(s.typoNames, key)
			}
		}
	}
	slices.Sort(s.typoNames)
	s.typoNames = slices.Compact(s.typoNames)
	for i := range d.Topics {
		t := &d.Topics[i]
		s.topics = append(s.topics, t)
		s.topicByID[t.ID] = t
		for _, n := range append([]string{t.ID, t.Name}, t.Aliases...) {
			s.topicName[normalizeName(n)] = t
		}
	}
	s.facts = make([]*Fact, len(d.Facts))
	s.lowerText = make([]string, len(d.Facts))
	for i := range d.Facts {
		f := &d.Facts[i]
		f.ordinal = i
		s.facts[i] = f
		s.lowerText[i] = strings.ToLower(f.Text)
		s.factByID[f.ID] = f
		for _, e := range f.Entities {
			s.byEntity[e] = append(s.byEntity[e], int32(i))
		}
		for _, t := range f.Topics {
			s.byTopic[t] = append(s.byTopic[t], int32(i))
		}
	}
	for id, ords := range s.byEntity {
		s.namedBy[id] = newFactSet(len(s.facts), ords)
	}
	s.deriveFacts()
	s.index = buildIndex(s)
	s.index.synonyms = synonymStems(d.Synonyms, s.index.postings)
	return s, nil
}

// Facts returns every fact in store order. The slice must not be modified.
func (s *Store) Facts() []*Fact { return s.facts }

// Fact returns the fact with the id, or nil.
func (s *Store) Fact(id string) *Fact { return s.factByID[id] }

// Entities returns every entity in curated order.
func (s *Store) Entities() []*Entity { return s.entities }

// Entity returns the entity with the id, or nil.
func (s *Store) Entity(id string) *Entity { return s.entityByID[id] }

// EntityNamed finds an entity by id, name or alias, ignoring case and punctuation.
func (s *Store) EntityNamed(name string) *Entity { return s.entityName[normalizeName(name)] }

// Topics returns the fixed topic list.
func (s *Store) Topics() []*Topic { return s.topics }

// Topic returns the topic with the id, or nil.
func (s *Store) Topic(id string) *Topic { return s.topicByID[id] }

// TopicNamed finds a topic by id, name or alias, ignoring case and punctuation.
func (s *Store) TopicNamed(name string) *Topic { return s.topicName[normalizeName(name)] }

// Sources returns the sources the store is drawn from.
func (s *Store) Sources() []*Source { return s.sources }

// Source returns the source with the id, or nil.
func (s *Store) Source(id string) *Source { return s.sourceByID[id] }

// SectionOf returns the section a fact cites.
func (s *Store) SectionOf(f *Fact) *Section { return s.sectionOf[f.Source+"\x00"+f.Section] }

// EntityFactCount is how many facts are tagged with the entity.
func (s *Store) EntityFactCount(id string) int { return len(s.byEntity[id]) }

// TopicFactCount is how many facts are tagged with the topic.
func (s *Store) TopicFactCount(id string) int { return len(s.byTopic[id]) }

// FactsWithEntities returns the facts tagged with every one of the entities, in store order.
func (s *Store) FactsWithEntities(ids ...string) []*Fact {
	if len(ids) == 0 {
		return nil
	}
	lists := make([][]int32, len(ids))
	for i, id := range ids {
		lists[i] = s.byEntity[id]
	}
	return s.resolve(intersect(lists))
}

// FactsWithTopic returns the facts tagged with the topic, in store order.
func (s *Store) FactsWithTopic(id string) []*Fact { return s.resolve(s.byTopic[id]) }

func (s *Store) resolve(ords []int32) []*Fact {
	out := make([]*Fact, len(ords))
	for i, o := range ords {
		out[i] = s.facts[o]
	}
	return out
}

// intersect returns the ordinals present in every list, walking the shortest list: each
// other list is merged in step when it is of similar length, and binary-searched when it is
// much longer, so the cost follows the rarest entity, not the store size.
func intersect(lists [][]int32) []int32 {
	if len(lists) == 0 {
		return nil
	}
	slices.SortFunc(lists, func(a, b []int32) int { return cmp.Compare(len(a), len(b)) })
	out := slices.Clone(lists[0])
	for _, l := range lists[1:] {
		if len(out) == 0 {
			break
		}
		if len(l) > 16*len(out) {
			kept := out[:0]
			for _, o := range out {
				if _, ok := slices.BinarySearch(l, o); ok {
					kept = append(kept, o)
				}
			}
			out = kept
			continue
		}
		kept, j := out[:0], 0
		for _, o := range out {
			for j < len(l) && l[j] < o {
				j++
			}
			if j < len(l) && l[j] == o {
				kept = append(kept, o)
			}
		}
		out = kept
	}
	return out
}

// curatedOrder sorts facts by weight, heaviest first, then by store order, with the dated
// facts in time order among themselves.
func curatedOrder(facts []*Fact) {
	slices.SortStableFunc(facts, func(a, b *Fact) int {
		if c := cmp.Compare(b.Weight, a.Weight); c != 0 {
			return c
		}
		return cmp.Compare(a.ordinal, b.ordinal)
	})
	datedInTimeOrder(facts)
}

// datedInTimeOrder puts the dated facts in time order among the places dated facts hold, so a
// reader sees a chronology without losing the curator's emphasis on undated background.
func datedInTimeOrder(facts []*Fact) {
	var slots []int
	var dated []*Fact
	for i, f := range facts {
		if f.Dated() {
			slots = append(slots, i)
			dated = append(dated, f)
		}
	}
	slices.SortStableFunc(dated, func(a, b *Fact) int { return a.when.Compare(b.when) })
	for i, slot := range slots {
		facts[slot] = dated[i]
	}
}

// chronological sorts dated facts by date, then weight.
func chronological(facts []*Fact) {
	slices.SortStableFunc(facts, func(a, b *Fact) int {
		if c := a.when.Compare(b.when); c != 0 {
			return c
		}
		return cmp.Compare(b.Weight, a.Weight)
	})
}

// contentStems returns the distinct stems of text's meaningful words, sorted.
func contentStems(text string) []string {
	var out []string
	tokenize(text, func(w string) {
		if !isStopword(w) {
			out = append(out, stem(w))
		}
	})
	slices.Sort(out)
	return slices.Compact(out)
}

// thingName is the stems of one name of an entity that is not an actor.
type thingName struct {
	id    string
	stems []string
}

// A factSet is a set of fact ordinals, one bit each. The nil set is empty.
type factSet []uint64

// newFactSet is the set of ords among n facts.
func newFactSet(n int, ords []int32) factSet {
	fs := make(factSet, (n+63)/64)
	for _, d := range ords {
		fs[d/64] |= 1 << (d % 64)
	}
	return fs
}

// namingAll is the set of the facts, among n, in every one of sets; nil for no sets.
func namingAll(n int, sets []factSet) factSet {
	if len(sets) == 0 {
		return nil
	}
	all := make(factSet, (n+63)/64)
	copy(all, sets[0])
	for _, set := range sets[1:] {
		for w := range all {
			if w < len(set) {
				all[w] &= set[w]
			} else {
				all[w] = 0
			}
		}
	}
	return all
}

// countNamingAll is how many facts are in every one of sets, without building the set
// (namingAll); 0 for no sets.
func countNamingAll(sets []factSet) int {
	if len(sets) == 0 {
		return 0
	}
	n := 0
	for w, word := range sets[0] {
		for _, set := range sets[1:] {
			if w >= len(set) {
				word = 0
				break
			}
			word &= set[w]
		}
		n += bits.OnesCount64(word)
	}
	return n
}

// unionOf fills fs with the facts in any of sets (every fact for none) and, when within is
// not nil, in it; and returns it.
func (fs factSet) unionOf(sets []factSet, within factSet) factSet {
	clear(fs)
	for _, set := range sets {
		for w, word := range set {
			fs[w] |= word
		}
	}
	if len(sets) == 0 {
		for w := range fs {
			fs[w] = ^uint64(0)
		}
	}
	if within != nil {
		for w := range fs {
			fs[w] &= within[w]
		}
	}
	return fs
}

// An actorTopic is a topic named after an actor, with that actor's id.
type actorTopic struct {
	topic *Topic
	actor string
}

// countBits is how many bits nameCounts gives a count: enough for the names of any question.
const countBits = 6

// nameCounts holds, per fact, how many names of a question it shares as namedIn counts them,
// in bit planes: plane i holds bit i of every fact's count, so that the facts sharing k names
// or more are found a word of 64 facts at a time.
type nameCounts [countBits]factSet

// countNames counts, for each of n facts, the names it shares: the subject (the first of
// named) two, every other actor or thing one.
func countNames(n int, named, things []factSet) nameCounts {
	var c nameCounts
	for i := range c {
		c[i] = make(factSet, (n+63)/64)
	}
	add := func(set factSet, plane int) {
		for w, carry := range set {
			for i := plane; carry != 0 && i < countBits; i++ {
				c[i][w], carry = c[i][w]^carry, c[i][w]&carry
			}
		}
	}
	for i, set := range named {
		add(set, boolInt(i == 0)) // plane 1 adds two
	}
	for _, set := range things {
		add(set, 0)
	}
	return c
}

// atLeast fills fs with the facts sharing k names or more: those whose count minus k does not
// borrow. For k = 0 it holds every bit of fs, past the last fact too.
func (c *nameCounts) atLeast(fs factSet, k int) {
	for w := range fs {
		var borrow uint64
		for i := range countBits {
			x, kb := c[i][w], -uint64(k>>i&1) // kb: all ones where k has bit i
			borrow = ^x&kb | ^(x^kb)&borrow
		}
		fs[w] = ^borrow
	}
}

// count is how many facts are in the set.
func (fs factSet) count() int {
	n := 0
	for _, word := range fs {
		n += bits.OnesCount64(word)
	}
	return n
}

// each calls fn with every fact ordinal in the set, in ascending order.
func (fs factSet) each(fn func(d int32)) {
	for w, word := range fs {
		for word != 0 {
			fn(int32(w*64 + bits.TrailingZeros64(word)))
			word &= word - 1
		}
	}
}

// has reports whether d is in the set.
// meets reports whether fs and other share a fact.
func (fs factSet) meets(other factSet) bool {
	for w := range min(len(fs), len(other)) {
		if fs[w]&other[w] != 0 {
			return true
		}
	}
	return false
}

func (fs factSet) has(d int32) bool { return fs != nil && fs[d/64]&(1<<(d%64)) != 0 }
