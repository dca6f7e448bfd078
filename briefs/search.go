package briefs

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// Field weights: a word in the curator's sentence counts most; the quote, the names of the
// fact's entities and topics, and its section heading add evidence.
const (
	weightText     = 1.0
	weightQuestion = 0.7
	weightQuote    = 0.6
	weightEntity   = 0.8
	weightTopic    = 0.4
	weightHeading  = 0.3

	bm25K1 = 1.2
	bm25B  = 0.5
)

// Relevance thresholds. A fact answers a question only if the question's meaningful words it
// matches carry at least MinCoverage of their total weight (words the store has never seen
// weigh as much as the rarest word it has), and only facts scoring within RelativeCutoff of the
// best are shown, so an answer is never padded with loosely related facts.
const (
	MinCoverage    = 0.55
	RelativeCutoff = 0.45
	MaxAnswerFacts = 5
)

type posting struct {
	fact int32
	tf   float32
	// inText is true when the word occurs in the fact's own text or quote, not only in the
	// names of its entities and topics or its section heading.
	inText bool
}

type searchIndex struct {
	postings map[string][]posting // stem → postings, ascending fact ordinal
	sorted   []string             // every stem in postings, sorted: for variants
	words    []string             // every word of the facts, sorted: for misspellings
	// byFact holds the postings of the stems in a third or more of the facts again, by fact
	// ordinal: a search adds such a word only to the facts it has found (addFound), and
	// looking those up beats reading all the word's postings. Each takes about as much memory
	// as the postings it repeats.
	byFact map[string]factPostings
	// synonyms maps the stem of every word of a synonym group to the other stems of its
	// group that occur in the store.
	synonyms   map[string][]string
	idf        map[string]float32
	unknownIDF float32
	// norm is, per fact ordinal, BM25's normalisation for the fact's length: the same for
	// every search, so worked out once.
	norm []float32
	// stems maps every word of the facts to its stem, filled at build and read-only after:
	// a question's words are mostly the facts' words. It never grows with what users type.
	stems   map[string]string
	scratch sync.Pool
}

type scratch struct {
	// match is, per fact ordinal, how well the fact matches the question so far: one
	// record per fact, so that scoring a posting reads and writes one place in memory.
	match   []factMatch
	touched []int32
	// admitted marks the facts a search is limited to (searchAmong).
	admitted []bool
	// admits is the set of the facts a question naming actors admits (ranking.admitSets).
	admits factSet
}

// A factMatch is how well one fact matches a question.
type factMatch struct {
	score, covered float32
	// credited is 1 + the index of the last query term whose weight was added to covered: a
	// term read through several variant stems counts once.
	credited int32
	inText   bool
}

// A term is what scoring a query term's posting needs: the idf of the stem it reads as, the
// term's weight toward coverage, and 1 + its index in the query (factMatch.credited).
type term struct {
	idf, weight float32
	n           int32
}

// add scores posting p of term t for its fact, whose length normalisation is norm.
func (sc *scratch) add(p posting, norm float32, t term) {
	m := &sc.match[p.fact]
	m.score += t.idf * p.tf * (bm25K1 + 1) / (p.tf + norm)
	if m.credited != t.n {
		m.credited = t.n
		m.covered += t.weight
	}
	m.inText = m.inText || p.inText
}

// inTextOf reports whether the stem st occurs in fact d's own text or quote (posting.inText).
func (ix *searchIndex) inTextOf(st string, d int32) bool {
	ps := ix.postings[st]
	i, ok := slices.BinarySearchFunc(ps, d, func(p posting, d int32) int { return cmp.Compare(p.fact, d) })
	return ok && ps[i].inText
}

// factPostings are a stem's postings by fact ordinal (searchIndex.byFact).
type factPostings struct {
	tf     []float32 // 0 for the facts without the stem
	inText factSet
}

// addFound scores the postings ps of term t for the facts already found only: a term too
// common to find facts passing the coverage bar on its own (searchReading) is most of a large
// store's postings. With the postings by fact (byFact) and fewer facts found than postings,
// the facts found are looked up instead.
func (sc *scratch) addFound(ps []posting, byFact factPostings, norm []float32, t term) {
	if byFact.tf != nil && len(sc.touched) < len(ps) {
		for _, d := range sc.touched {
			if tf := byFact.tf[d]; tf != 0 {
				sc.add(posting{fact: d, tf: tf, inText: byFact.inText.has(d)}, norm[d], t)
			}
		}
		return
	}
	for _, p := range ps {
		if sc.match[p.fact].score != 0 {
			sc.add(p, norm[p.fact], t)
		}
	}
}

func buildIndex(s *Store) *searchIndex {
	ix := &searchIndex{postings: map[string][]posting{}, idf: map[string]float32{}}
	docLen := make([]float32, len(s.facts))
	stemCache := map[string]string{}
	stemOf := func(w string) string {
		st, ok := stemCache[w]
		if !ok {
			st = stem(w)
			stemCache[w] = st
		}
		return st
	}
	tf := map[string]float32{}
	inText := map[string]bool{}
	var total float32
	for i, f := range s.facts {
		clear(tf)
		clear(inText)
		add := func(text string, weight float32) {
			tokenize(text, func(w string) {
				if isStopword(w) {
					return
				}
				tf[stemOf(w)] += weight
				docLen[i] += weight
			})
		}
		add(f.Text, weightText)
		add(f.Quote, weightQuote)
		// A fact's curated questions say in everyday words what it answers: matching them is
		// matching the fact itself.
		for _, q := range f.Questions {
			add(q, weightQuestion)
		}
		for st := range tf {
			inText[st] = true
		}
		for _, id := range f.Entities {
			if e := s.entityByID[id]; e != nil {
				add(e.ID, weightEntity) // codes people type: "NZ", "ROK"
				add(e.Name, weightEntity)
				for _, a := range e.Aliases {
					add(a, weightEntity)
				}
			}
		}
		for _, id := range f.Topics {
			if t := s.topicByID[id]; t != nil {
				add(t.Name, weightTopic)
				for _, a := range t.Aliases {
					add(a, weightTopic)
				}
			}
		}
		if sec := s.SectionOf(f); sec != nil {
			add(sec.Heading, weightHeading)
		}
		// The year and month the article dates it to: "what happened in 2019?" asks for them,
		// though the text of a response ("In response to Japan's export controls…") may not
		// repeat them.
		if f.Dated() {
			add(f.when.Format("2006"), weightHeading)
			if len(f.Date) >= len("2006-01") {
				add(f.when.Format("January"), weightHeading)
			}
		}
		for st, v := range tf {
			ix.postings[st] = append(ix.postings[st], posting{fact: int32(i), tf: v, inText: inText[st]})
		}
		total += docLen[i]
	}
	n := float64(len(s.facts))
	for st, ps := range ix.postings {
		// A word's rarity is counted in the facts' own words (text and quote). Names and
		// aliases of entities and topics are added to every fact tagged with them, so counting
		// them would make "trilateral" look as common as "japan" and drown the words that
		// tell facts apart. A word found only in names counts where it is found.
		df := 0
		for _, p := range ps {
			if p.inText {
				df++
			}
		}
		if df == 0 {
			df = len(ps)
		}
		ix.idf[st] = float32(math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5)))
		ix.sorted = append(ix.sorted, st)
	}
	sort.Strings(ix.sorted)
	ix.byFact = map[string]factPostings{}
	for st, ps := range ix.postings {
		if 3*len(ps) < len(s.facts) {
			continue
		}
		tf := make([]float32, len(s.facts))
		var inText []int32
		for _, p := range ps {
			tf[p.fact] = p.tf
			if p.inText {
				inText = append(inText, p.fact)
			}
		}
		ix.byFact[st] = factPostings{tf: tf, inText: newFactSet(len(s.facts), inText)}
	}
	ix.unknownIDF = float32(math.Log(1 + (n+0.5)/0.5))
	ix.norm = make([]float32, len(s.facts))
	if len(s.facts) > 0 {
		avgLen := total / float32(len(s.facts))
		for i, l := range docLen {
			ix.norm[i] = bm25K1 * (1 - bm25B + bm25B*l/avgLen)
		}
	}
	ix.stems = stemCache
	for w := range stemCache {
		if _, ok := ix.postings[stemCache[w]]; ok {
			ix.words = append(ix.words, w)
		}
	}
	sort.Strings(ix.words)
	size := len(s.facts)
	ix.scratch.New = func() any {
		return &scratch{match: make([]factMatch, size), admitted: make([]bool, size), admits: make(factSet, (size+63)/64)}
	}
	return ix
}

func (ix *searchIndex) stem(w string) string {
	if st, ok := ix.stems[w]; ok {
		return st
	}
	return stem(w)
}

// reads reports whether the index has any reading of the word w: its stem, a derivational
// variant or a synonym.
func (ix *searchIndex) reads(w string) bool { return ix.readsStem(ix.stem(w)) }

// unreadStem reports whether the index has no reading of a stem, not even as a misspelling of
// one it has: a word the facts never use.
func (ix *searchIndex) unreadStem(st string) bool {
	return !ix.readsStem(st) && len(ix.misspelt(st)) == 0
}

// readsStem is reads for a word already stemmed (queryTerms): stemming is not idempotent
// ("apprehension" stems to "apprehens", and that to "apprehen", which no synonym has).
func (ix *searchIndex) readsStem(st string) bool {
	_, ok := ix.postings[st]
	return ok || len(ix.synonyms[st]) > 0 || len(ix.variants(st)) > 0
}

// Synonyms (synonyms.yaml) widen a question's word to the everyday words the facts may use
// instead; the term then weighs as the rarest of its readings, as with variants below.
//
// Derivational variants. The Porter2 stemmer folds inflections ("complaints", "complained")
// but not derivations: "complain" and "complaint", "abolish" and "abolition" stay apart, and a
// question worded one way would miss the fact worded the other. A question word the store has
// never seen is therefore read as the stems that share at least its first minVariantPrefix
// letters and then either extend it, or are extended by it, by at most maxVariantExtra letters
// ("complain", "complaint"), or part from it with at most maxVariantTail letters left on each
// side ("abolish", "abolit"). Longer tails are other words: "control" is not "contribut".
const (
	minVariantPrefix = 5
	maxVariantExtra  = 2
	maxVariantTail   = 2
	minLongStem      = 6
	maxLongStemExtra = 4
)

// isVariant reports whether the stems a and b read as one word (see minVariantPrefix).
func isVariant(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if n < minVariantPrefix {
		return false
	}
	ta, tb := len(a)-n, len(b)-n
	if ta == 0 || tb == 0 {
		// A longer stem may take a longer suffix: "environ" and "environment" (Porter2
		// leaves "environmental" as the latter), "govern" and "government".
		return ta+tb <= maxVariantExtra || (n >= minLongStem && ta+tb <= maxLongStemExtra)
	}
	return ta <= maxVariantTail && tb <= maxVariantTail
}

// variants returns the stems in the index that read as st, a stem the index lacks: its
// derivational variants (possibly none).
func (ix *searchIndex) variants(st string) []string {
	if len(st) < minVariantPrefix {
		return nil
	}
	// Every candidate shares st's first minVariantPrefix letters: scan that range only.
	prefix := st[:minVariantPrefix]
	var out []string
	for i := sort.SearchStrings(ix.sorted, prefix); i < len(ix.sorted) && strings.HasPrefix(ix.sorted[i], prefix); i++ {
		c := ix.sorted[i]
		if isVariant(c, st) {
			out = append(out, c)
		}
	}
	return out
}

// minMisspeltLen is the shortest stem read as a misspelling of another: shorter words one
// letter apart are mostly other words ("trade", "grade").
const minMisspeltLen = 5

// misspelt returns the stems in the index one edit (or one swap of neighbouring letters) from
// st, a stem the index has no reading of, or the stems of the facts' words one edit from it: typed names are often a letter off ("Yasakuni" for Yasukuni). The first letter is
// taken as typed, which keeps the scan to one range of the sorted stems.
func (ix *searchIndex) misspelt(st string) []string {
	if len(st) < minMisspeltLen {
		return nil
	}
	var out []string
	// A short word one letter off is most often another word ("thank" and "than"), not a
	// typo: both must be as long as minMisspeltLen.
	oneOff := func(c string) bool {
		return len(c) >= max(len(st)-1, minMisspeltLen) && len(c) <= len(st)+1 && levenshtein.ComputeDistance(c, st) == 1 || swapped(c, st)
	}
	for i := sort.SearchStrings(ix.sorted, st[:1]); i < len(ix.sorted) && ix.sorted[i][0] == st[0]; i++ {
		if c := ix.sorted[i]; oneOff(c) {
			out = append(out, c)
		}
	}
	// A letter off a word whose stem is shorter: "meetng" for "meeting", stemmed "meet".
	for i := sort.SearchStrings(ix.words, st[:1]); i < len(ix.words) && ix.words[i][0] == st[0]; i++ {
		if w := ix.words[i]; oneOff(w) && !slices.Contains(out, ix.stems[w]) {
			out = append(out, ix.stems[w])
		}
	}
	return out
}

// swapped reports whether a and b differ only by two neighbouring letters swapped, the
// commonest typo ("kishdia" for "kishida"), which edit distance counts as two.
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// synonymStems stems every word of the synonym groups and maps each to the other stems of its
// group that have postings: a question's word is read as any of them.
func synonymStems(groups [][]string, postings map[string][]posting) map[string][]string {
	out := map[string][]string{}
	for _, g := range groups {
		stems := make([]string, 0, len(g))
		for _, w := range g {
			if st := stem(strings.ToLower(w)); !slices.Contains(stems, st) {
				stems = append(stems, st)
			}
		}
		for _, st := range stems {
			for _, other := range stems {
				if _, ok := postings[other]; ok && other != st && !slices.Contains(out[st], other) {
					out[st] = append(out[st], other)
				}
			}
		}
	}
	return out
}

// Hit is one fact found for a question, with its score and how much of the question it covers.
type Hit struct {
	Fact     *Fact
	Score    float64
	Coverage float64
	// Named is how many of the actors the question names the fact names too, its subject
	// (the first) counting double: "Japan's view of North Korea" is best answered by a fact
	// on both, and by one on Japan before one on North Korea alone.
	Named int
	// Own is set when the fact's text is about the question's subject alone ("Japan
	// protested…" for "What did Japan protest?").
	Own bool
	// Wider is set when the fact names two or more allies (the US and the four partners)
	// beyond those the question names: "South Korea is a US outpost" answers how the US sees
	// South Korea better than a line on all the allies that names both. Other countries are
	// what a fact is about ("the talks focused on North Korea"), not who. Asked about one
	// agreement, a fact naming another agreement is on a wider group.
	Wider bool
	// Dated is set, for a question asking when, when the fact gives a date: it answers
	// before one that does not.
	Dated bool
}

// queryTerms turns a question into its distinct meaningful stems.
func (ix *searchIndex) queryTerms(q string) []string {
	var terms []string
	keptAt := -1 // where "keep" was added, when the word before was it
	prev := ""
	tokenize(readEveryday(q), func(w string) {
		before := prev
		prev = w
		if before == "us" && peopleWord(w) && len(terms) > 0 && terms[len(terms)-1] == "us" {
			terms = terms[:len(terms)-1] // "us kiwis" are we, not the US
		}
		if keptAt >= 0 && keptAt == len(terms)-1 && strings.HasSuffix(w, "ing") {
			// "issues that keep dragging down relations": to keep doing is to do.
			terms = terms[:keptAt]
		}
		keptAt = -1
		if w == "keep" || w == "keeps" {
			if !slices.Contains(terms, "keep") {
				keptAt = len(terms)
			}
		}
		if isStopword(w) || ix.misspeltStopword(w) {
			return
		}
		if n, ok := numerals[w]; ok {
			w = n // "kishida's role in the 4 country meeting": the facts write "four"
		}
		st := ix.stem(w)
		if len(st) < minMisspeltLen && len(w) >= minMisspeltLen && !ix.readsStem(st) {
			// A typo the stemmer cut short: "ofice" stems to "ofic", too short to be read as
			// a misspelling, but the word is one letter off the facts' "office".
			if m := ix.misspelt(w); len(m) == 1 {
				st = m[0]
			}
		}
		if !slices.Contains(terms, st) {
			terms = append(terms, st)
		}
	})
	return terms
}

// misspeltStopword reports whether w, a word the index has no reading of, is a word of no
// meaning for ranking typed a letter short, with a letter doubled or with two letters swapped
// ("happend", "towardss", "becuase"): read as a word it would sink every fact as one the
// store lacks. Substitutions and other extra letters are left out: they more often make
// another word or name ("quote" for "quite", "bejing" for Beijing, not "being").
func (ix *searchIndex) misspeltStopword(w string) bool {
	if _, known := ix.stems[w]; known || len(w) < minMisspeltLen || !stopwordTypos[w] {
		return false // most words of a question are words of the facts
	}
	return !ix.reads(w) && len(ix.misspelt(ix.stem(w))) == 0
}

// numerals are the digits questions use for the article's small counts.
var numerals = map[string]string{"2": "two", "3": "three", "4": "four"}

// Search ranks facts against a free question with BM25 over the fact's text, quote, entity
// names and aliases, topic names and section heading, stemmed. It returns at most limit hits
// that pass the relevance thresholds, best first; none when the store has nothing on it.
func (s *Store) Search(question string, limit int) []Hit {
	return s.searchAmong(question, limit, nil)
}

// searchAmong is Search over the facts whose ordinals are in among (all facts when nil).
func (s *Store) searchAmong(question string, limit int, among []int32) []Hit {
	return s.searchReading(s.read(question), limit, among)
}

// A reading is a question as read once for all that read it: its search terms (queryTerms),
// its words as normalizeName leaves them, and the actors and other entities it names
// (namedEntities). Readers never change it.
type reading struct {
	text           string
	terms, words   []string
	actors, things []string
	// minCoverage, when set, replaces MinCoverage: a premise put to be checked may be
	// partly wrong, and its wrong words match no fact (leadingPremise).
	minCoverage float32
}

// read reads a question.
func (s *Store) read(question string) reading {
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	return s.readNamed(question, s.readNames(question, spanBuf[:0], nameBuf[:0]))
}

// readNamed is read for a question whose names are read (readNames).
func (s *Store) readNamed(question string, names nameTable) reading {
	asked := question
	if asksDateTersely(question) {
		// "yoon inauguration date": the last word asks when, as "when" does, and is no word
		// to find.
		asked = strings.TrimRight(strings.TrimSpace(question), "?!. ")
		asked = asked[:strings.LastIndexAny(asked, " ")+1]
	} else if before, ok := withoutLastingVerb(question); ok {
		asked = before
	}
	r := reading{text: question, terms: s.index.queryTerms(asked), words: strings.Fields(normalizeName(question))}
	r.actors, r.things = s.entitiesIn(names)
	return r
}

// withAgreementsNamed adds to things the agreements a question's terms name in any word order
// ("Australia's alliance with the US"). Their words must stand close together (namedClose),
// unless one agreement is named so: "its alliance with Japan compared to the one with
// Australia" names both alliances, "Japan's two main goals in all this alliance stuff" none.
func (s *Store) withAgreementsNamed(things, terms []string) []string {
	loose := slices.ContainsFunc(things, func(id string) bool { return s.entityByID[id].Kind == "agreement" }) ||
		slices.ContainsFunc(s.thingWords, func(tn thingName) bool { return namedClose(terms, tn.stems) })
	quasi := slices.Index(terms, "quasi")
	for _, tn := range s.thingWords {
		if slices.Contains(things, tn.id) || slices.ContainsFunc(tn.stems, func(st string) bool { return !slices.Contains(terms, st) }) {
			continue
		}
		if quasi >= 0 && quasi+1 < len(terms) && terms[quasi+1] == "allianc" && slices.Contains(tn.stems, "allianc") {
			continue // "Japan's quasi alliance with Australia" is no alliance of the US's
		}
		if loose || namedClose(terms, tn.stems) {
			things = append(things, tn.id)
		}
	}
	return things
}

// namedClose reports whether every one of a name's stems is among a question's terms, with at
// most one other term between them: "Japan's alliance with the US" names the US–Japan alliance,
// "Japan's two main goals in all this alliance stuff" does not.
func namedClose(terms, stems []string) bool {
	first, last := len(terms), -1
	for _, st := range stems {
		i := slices.Index(terms, st)
		if i < 0 {
			return false
		}
		first, last = min(first, i), max(last, i)
	}
	return last-first <= len(stems)
}

// searchReading is searchAmong for a question already read.
func (s *Store) searchReading(r reading, limit int, among []int32) []Hit {
	ix := s.index
	r = s.withoutClosingWhen(s.withoutBaselineRead(r))
	question, terms := r.text, r.terms
	if len(terms) == 0 || len(s.facts) == 0 {
		return nil
	}
	// Each term reads as its stems in the index (variants, for a word the store lacks) and
	// weighs as the rarest of them; a word with none weighs as the rarest word could.
	//
	named := s.subjectsFirst(r)
	// A place in a question mostly says where ("invited to Madrid"), not what it asks about:
	// facts naming it are not preferred for that.
	things := slices.DeleteFunc(slices.Clone(r.things), func(id string) bool { return s.entityByID[id].Kind == "place" })
	things = s.withAgreementsNamed(things, terms)
	stems := make([][]string, len(terms))
	weights := make([]float32, len(terms))
	var totalIDF float32
	for i, t := range terms {
		if _, ok := ix.postings[t]; ok {
			stems[i] = terms[i : i+1] // the common case, without allocating
		} else {
			stems[i] = ix.variants(t)
			if len(stems[i]) == 0 {
				stems[i] = ix.misspelt(t)
			}
		}
		for _, syn := range ix.synonyms[t] {
			if !slices.Contains(stems[i], syn) {
				stems[i] = append(slices.Clip(stems[i]), syn)
			}
		}
		weights[i] = ix.unknownIDF
		if len(stems[i]) > 0 {
			weights[i] = 0
			for _, st := range stems[i] {
				weights[i] = max(weights[i], ix.idf[st])
			}
		}
		totalIDF += weights[i]
	}
	// Who a fact names is told by the sets of the facts naming each actor, not by reading the
	// facts: at tens of thousands of facts most of the cost of a search was in that reading.
	q := ranking{stems: stems, weights: weights, total: totalIDF, named: named, minCoverage: MinCoverage}
	if r.minCoverage > 0 {
		q.minCoverage = r.minCoverage
	}
	var namedBuf, thingBuf [8]factSet
	q.namedSets, q.thingSets = s.namedSets(namedBuf[:0], named), s.namedSets(thingBuf[:0], things)
	s.withMeetingsAttended(q.namedSets, named, things)
	s.withLeadersCountries(q.namedSets, named)
	// A leader asked about speaks for their country: "Kishida's reason for going to Madrid"
	// is Japan's.
	var leadsBuf [8]factSet
	q.admitSets = append(leadsBuf[:0], q.namedSets...)
	for _, id := range named {
		if e := s.entityByID[id]; e != nil && e.Leads != "" {
			q.admitSets = append(q.admitSets, s.namedBy[e.Leads])
		}
	}
	// The rarest words first (ranking.order).
	q.order = make([]int, len(terms))
	for i := range q.order {
		q.order[i] = i
	}
	slices.SortStableFunc(q.order, func(a, b int) int { return cmp.Compare(weights[b], weights[a]) })
	// The subject's own facts come first, except when the question asks when: the date of an
	// event is in the fact that tells it, whoever its subject ("When was Yoon sworn in?").
	q.byDate = asksForDate(question)
	// Nor when it asks who did something to or for the subject: "Who came to Yoon's
	// inauguration on Tokyo's behalf?" is not answered by what Yoon did.
	q.byOwn = len(named) > 0 && !q.byDate && !(len(r.words) > 0 && asksWho(r.words[0]))
	// A thing of the subject's counts as one of the others when the subject's aims are asked:
	// "What does Tokyo want out of its alliance with Washington?" is answered by Japan's goals,
	// not by facts on the alliance alone.
	q.ownAnswers = q.byOwn && (len(named) >= 3 || len(named)+len(things) >= 3 && asksAim(r.words)) && !asksDifference(r.words)
	q.asksSpeaker = asksWhoSaid(r.words)
	if q.byOwn {
		q.ownSet = s.subjectOf[named[0]]
	}
	// A leader asked about brings their country: a fact on Yoon that names South Korea and
	// Japan is not on a wider group than Yoon.
	asked := named
	for _, id := range named {
		if e := s.entityByID[id]; e != nil && e.Leads != "" && !slices.Contains(asked, e.Leads) {
			asked = append(slices.Clip(asked), e.Leads)
		}
	}
	if len(named) > 0 && slices.Contains(terms, trilateralStem) {
		// The article's one trilateral is the US, Japan and South Korea's: a fact naming the
		// three is on no wider group than "the trilateral" asked about.
		asked = append(slices.Clip(asked), trilateralMembers...)
	}
	// Hit.Wider: the allies beyond those asked about, for a question that names actors. A
	// question on one actor and "the allies" asks about them all: "what the US wants its allies
	// to do". Two actors "allies" are those two: "Are Japan and Australia treaty allies?"
	var beyondBuf [8]factSet
	q.beyondSets = beyondBuf[:0]
	for _, id := range allies {
		if len(named) > 0 && !slices.Contains(asked, id) && !(len(named) == 1 && slices.Contains(terms, allyStem)) {
			q.beyondSets = append(q.beyondSets, s.namedBy[id])
		}
	}
	if len(things) == 1 && s.entityByID[things[0]].Kind == "agreement" {
		// "What is the US–Australia alliance?": a fact that names another agreement beside
		// it (the US–Japan alliance too) is on a wider group than the one asked about.
		q.otherAgreements = make([]factSet, 0, 8)
		for _, e := range s.entities {
			if e.Kind == "agreement" && e.ID != things[0] {
				q.otherAgreements = append(q.otherAgreements, s.namedBy[e.ID])
			}
		}
	}
	q.keep = max(limit, MaxAnswerFacts) * 2
	var hits []Hit
	if among == nil && len(q.namedSets) > 0 {
		hits = s.rankByNames(&q)
	} else {
		hits = s.rank(&q, among, nil)
	}
	if len(hits) == 0 {
		return nil
	}
	best := hits[0]
	if !s.mayLead(r, named, best.Fact) {
		return nil
	}
	if len(named) == 0 && len(r.actors) == 1 && !best.Fact.HasTopic("summit") && !s.venueOfGathering(r) && s.onlySetting(question, r.actors[0]) {
		// "What protests took place in Spain during the summit?": the country named as the
		// setting is set aside only for what answers on the gatherings held there.
		return nil
	}
	// Every hit is held to the best one's bar, not only those before the first that misses
	// it: hits are ordered by the names they share first, so a weak fact naming a place the
	// question names must not hide a strong one that does not.
	several := asksSeveralDates(r.words) && best.Fact.Date != ""
	hits = slices.DeleteFunc(hits[1:], func(h Hit) bool {
		if several && h.Fact.Date != "" && sharesTopic(h.Fact, best.Fact) {
			// "In which years were the comfort women mediation brought and the ruling
			// handed down?": each dated step of the matter that passes the bar answers,
			// however much rarer the words of one of them.
			return false
		}
		return h.Score < best.Score*RelativeCutoff || h.Coverage < best.Coverage-0.25
	})
	hits = slices.Insert(hits, 0, best)
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// withMeetingsAttended widens the set of a person named beside a meeting they attended (a
// fact names both) to the meeting's facts: "the three-way meeting with the American
// president" and "Kishida and the other three leaders in their four-way meeting" ask about the
// meeting, whose facts do not each name every leader at it.
func (s *Store) withMeetingsAttended(sets []factSet, named, things []string) {
	for i, id := range named {
		if e := s.entityByID[id]; e == nil || e.Kind != "person" {
			continue
		}
		for _, t := range things {
			if e := s.entityByID[t]; e != nil && e.Kind == "event" && s.namedBy[t].meets(s.namedBy[id]) {
				sets[i] = make(factSet, len(sets[i])).unionOf([]factSet{sets[i], s.namedBy[t]}, nil)
			}
		}
	}
}

// withLeadersCountries widens the sets of three or more leaders named together, and nothing
// else, to their countries' facts: "the Biden–Kishida–Yoon meeting" is the three countries'
// meeting, whose facts name the countries. Two leaders are more often asked about as people
// ("Did Ardern meet Biden at the White House?").
func (s *Store) withLeadersCountries(sets []factSet, named []string) {
	if len(named) < 3 || slices.ContainsFunc(named, func(id string) bool { e := s.entityByID[id]; return e == nil || e.Leads == "" }) {
		return
	}
	for i, id := range named {
		sets[i] = make(factSet, len(sets[i])).unionOf([]factSet{sets[i], s.namedBy[s.entityByID[id].Leads]}, nil)
	}
}

// asksSeveralDates reports whether a question's words (normalizeName's) ask for more than
// one date: "in which years", "the timeline", "with the relevant dates".
func asksSeveralDates(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return severalDates[strings.TrimRight(w, "?,.")] })
}

// severalDates are the words that ask for more than one date.
var severalDates = setOf([]string{"years", "dates", "timeline", "chronology"})

// withoutBaselineRead is r as searchReading reads it: "more regional than Japan's" is
// answered by facts that need not name Japan.
func (s *Store) withoutBaselineRead(r reading) reading {
	if q, ok := s.withoutBaseline(r.text); ok {
		return s.read(q)
	}
	return r
}

// subjectsFirst is the actors r names, whom it asks about first (searchReading).
func (s *Store) subjectsFirst(r reading) []string {
	if len(r.actors) < 2 {
		if len(r.actors) == 1 && (s.venueOfGathering(r) || s.onlySetting(r.text, r.actors[0])) {
			// "the four-way meeting in Spain", "before their leaders met in Spain": where it
			// was, not whom it asks about.
			return nil
		}
		return r.actors
	}
	return s.withoutTimeSetters(r.text, s.venuesLast(r.text, s.mainClauseFirst(r.text, r.actors)))
}

// withoutTimeSetters is named without the actors a question names only in the clause that
// closes it saying when: "What got Tokyo angry about the island around when Yoon took
// office?" asks about Tokyo; Yoon only dates it, and facts on Yoon are not preferred.
func (s *Store) withoutTimeSetters(question string, named []string) []string {
	i := -1
	for _, w := range closingWhenWords {
		if j := strings.LastIndex(question, w); j > i {
			i = j
		}
	}
	if i <= 0 {
		return named // most questions
	}
	main := strings.Fields(normalizeName(question[:i]))
	if len(main) < 3 || !opensAsking(main[0]) || strings.ContainsAny(question[i:], ",;") || strings.HasPrefix(question[i:], " when it comes to ") {
		return named
	}
	asked := s.namedActors(question[:i])
	if len(asked) == 0 || len(asked) == len(named) {
		return named
	}
	return slices.DeleteFunc(slices.Clone(named), func(id string) bool { return !slices.Contains(asked, id) })
}

// closingWhenWords open a clause closing a question with when what it asks happened.
var closingWhenWords = []string{" when ", " around the time ", " at the time ", " by the time "}

// venueOfGathering reports whether r's one actor is named as where a gathering r names was
// held: "the four-way meeting in Spain", "before their leaders met in Spain".
func (s *Store) venueOfGathering(r reading) bool {
	return (len(r.things) > 0 || metIn(r.text)) && s.namedAsVenue(r.text, r.actors[0])
}

// onlySetting reports whether the country id, of which the store holds no position or deed
// of its own (only where things happened), is named in question after "in" in a question on
// a gathering: "their presence in Spain", "the encounter in Spain" say where.
func (s *Store) onlySetting(question, id string) bool {
	e := s.entityByID[id]
	if e == nil || e.Kind != "country" || len(s.owns[id]) > 0 || indexFold(question, " in ") < 0 || s.namedAsVenue(question, id) {
		// "the big meeting in Spain" is the gathering the country names, when nothing else
		// does (venueOfGathering).
		return false
	}
	words := strings.Fields(normalizeName(question))
	if !slices.ContainsFunc(words, func(w string) bool { return gatheringWords[w] }) {
		return false
	}
	lower := strings.ToLower(question)
	return nameAt(lower, wordsAfter(lower, []string{"in "}), e)
}

// metIn reports whether a question says who met where: "before their leaders met in Spain".
func metIn(question string) bool {
	return indexFold(question, "met in ") >= 0 || indexFold(question, "meet in ") >= 0
}

// namedAsVenue reports whether the country id is named in question as where a gathering was
// held (venueGatherings).
func (s *Store) namedAsVenue(question, id string) bool {
	e := s.entityByID[id]
	if e == nil || e.Kind != "country" || !slices.ContainsFunc(venueGatherings, func(g string) bool { return indexFold(question, g) >= 0 }) {
		return false // most questions, read without copying them
	}
	lower := strings.ToLower(question)
	after := wordsAfter(lower, venueGatherings)
	return len(after) > 0 && nameAt(lower, after, e)
}

// withoutClosingWhen is r without the clause that closes it saying when, when only that
// clause names actors and what it asks about is a thing named before it: "which Seoul-Tokyo
// air route restarted after Yoon reached out to Japan" asks about the route, whoever its
// facts name.
func (s *Store) withoutClosingWhen(r reading) reading {
	if len(r.actors) == 0 || len(r.things) == 0 {
		return r
	}
	at := len(r.text)
	for _, w := range closingWhen {
		if i := indexFold(r.text, w); i > 0 {
			at = min(at, i)
		}
	}
	if at == len(r.text) {
		return r
	}
	main, closing := r.text[:at], r.text[at:]
	if strings.Contains(closing, ",") || indexFold(closing, " that ") >= 0 || len(strings.Fields(closing)) < 4 || !opensAsking(strings.ToLower(strings.Fields(main)[0])) {
		return r // "…said soon after leaving Madrid that…", "…go after Beijing?"
	}
	if actors, things := s.namedEntities(main); len(actors) > 0 || len(things) == 0 {
		return r
	}
	return s.read(main)
}

// closingWhen open a clause that says when, after what a question asks.
var closingWhen = []string{" after ", " following "}

// mayLead reports whether f may lead the answer to r, whose actors are named (subjectsFirst).
// Never an answer about the wrong actor: the question's subject leads, or nothing does. A
// leader speaks for their country ("the main purpose of Kishida going to the summit" is
// Japan's), but a question asking which person did something is answered only by a fact
// naming them.
func (s *Store) mayLead(r reading, named []string, f *Fact) bool {
	return len(named) == 0 || f.HasEntity(named[0]) || !asksPerson(r.words) && f.HasEntity(s.ledBy(named[0])) ||
		asksWhichOf(r.words) && s.namesMemberOf(f, named[0])
}

// asksWhichOf reports whether a question's words (normalizeName's) ask which of a group:
// "Which of the four partners are in the Quad?" is answered by a fact naming two of them.
func asksWhichOf(words []string) bool {
	return len(words) > 2 && words[0] == "which" && words[1] == "of"
}

// namesMemberOf reports whether f names a member of the grouping id.
func (s *Store) namesMemberOf(f *Fact, id string) bool {
	e := s.entityByID[id]
	return e != nil && slices.ContainsFunc(e.Members, f.HasEntity)
}

// A ranking is a question read for ranking facts (searchReading): each term's stems and
// weight, the sum of the weights, and the sets of the facts naming what the question names.
type ranking struct {
	stems   [][]string
	weights []float32
	total   float32
	// order is the terms' indexes, heaviest (rarest) first: once the words left weigh less
	// than MinCoverage of the question, a fact matching only them cannot pass the bar, so
	// those words only add to the facts already found, and a common word ("japan") need not
	// touch half of a large store.
	order []int
	named []string
	// A question that names countries, people or organisations is about them: a fact naming
	// none of admitSets does not answer it, however well it matches the other words ("What is
	// the capital of Australia?" is not answered by Madrid, capital of Spain), so it is never
	// scored.
	namedSets, thingSets, admitSets []factSet
	beyondSets                      []factSet // Hit.Wider
	otherAgreements                 []factSet // Hit.Wider, asked about one agreement
	ownSet                          factSet   // Hit.Own: the facts whose subject is the question's
	byOwn, byDate                   bool
	// ownAnswers is set for a question on one subject's dealings with two or more others,
	// not comparing them: the subject's own fact answering nearly all of it ranks with
	// those naming one more of them (ownAnswerCoverage).
	ownAnswers bool
	// asksSpeaker is set for a question asking who said something ("Who said Japan
	// must…?"): those it names are what was said about, not its subject.
	asksSpeaker bool
	keep        int // how many hits rank keeps
	// minCoverage is the share of the question's weight a fact must match (MinCoverage, or
	// reading.minCoverage).
	minCoverage float32
}

// asksAim reports whether a question's words (normalizeName's) ask what someone wants or aims at.
func asksAim(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return aimWords[w] })
}

// aimWords ask what someone wants or aims at.
var aimWords = setOf([]string{"want", "wants", "goal", "goals", "aim", "aims", "objective", "objectives", "purpose", "hope", "hopes", "seek", "seeks"})

// asksWhoSaid reports whether a question's words (normalizeName's) ask who said something.
func asksWhoSaid(words []string) bool {
	if len(words) > 2 && words[0] == "who" && saidVerbs[words[1]] {
		return true
	}
	// "We attribute the line '…' to Park Jin. Who does the article say said it?"
	for i, w := range words {
		if w == "who" && i+5 < len(words) && (words[i+1] == "does" || words[i+1] == "did") && articleWords[words[i+3]] && words[i+4] == "say" && saidVerbs[words[i+5]] {
			return true
		}
	}
	return false
}

// saidVerbs say that someone said something.
var saidVerbs = setOf([]string{"said", "says", "argued", "argues", "stated", "states", "warned", "warns", "claimed", "claims", "remarked", "insisted", "insists", "declared", "told", "wrote", "stressed", "noted",
	"believes", "believed", "thinks", "thought", "judges", "judged", "suggests", "suggested", "reckons", "contends"})

// mostNamed is the most names a fact can share with the question, as Hit.Named counts them.
func (q *ranking) mostNamed() int { return len(q.namedSets) + 1 + len(q.thingSets) }

// rankByNames ranks the facts naming every actor asked first, when they are enough to fill
// the hits and yet few against the store, and then only those of the rest that could still be
// kept. better weighs the names a fact shares (namedIn) first, and rank moves a fact's count
// by at most one (ownAnswers, byDate, a difference on the other side), so a fact sharing fewer
// than one name less than the last hit kept cannot enter the hits. A question naming all four
// partners would otherwise read most of a large store; when those facts are too few or too
// many, every fact is ranked at once.
func (s *Store) rankByNames(q *ranking) []Hit {
	n := countNamingAll(q.namedSets)
	if n < q.keep || n > len(s.facts)/20 {
		return s.rank(q, nil, nil)
	}
	first := namingAll(len(s.facts), q.namedSets)
	hits := s.rank(q, nil, first)
	need := 0 // the fewest names a fact still to rank must share to be kept
	if len(hits) == q.keep {
		need = max(hits[q.keep-1].Named-1, 0)
	}
	rest := make(factSet, len(first))
	if need > 1 {
		counts := countNames(len(s.facts), q.namedSets, q.thingSets)
		counts.atLeast(rest, need)
	} else {
		// Every fact admitted shares a name, but for a country only its leader, asked, leads.
		rest.unionOf(nil, nil)
	}
	for w := range rest {
		rest[w] &^= first[w]
	}
	if rest.count() == 0 {
		return hits
	}
	return mergeHits(hits, s.rank(q, nil, rest), q.keep)
}

// rank scores the facts whose ordinals are in among (all facts when nil) and, when set is
// not nil, in it, and returns the q.keep best that pass the coverage bar, ordered by better.
func (s *Store) rank(q *ranking, among []int32, set factSet) []Hit {
	ix := s.index
	sc := ix.scratch.Get().(*scratch)
	if among != nil {
		for _, d := range among {
			sc.admitted[d] = true
		}
		defer func() {
			for _, d := range among {
				sc.admitted[d] = false
			}
		}()
	}
	defer func() {
		for _, d := range sc.touched {
			sc.match[d] = factMatch{}
		}
		sc.touched = sc.touched[:0]
		ix.scratch.Put(sc)
	}()
	// The facts a question naming actors admits (ranking.admitSets) and set allows, unless
	// among limits them: when they are fewer than a common word's postings, looking those up
	// by fact (byFact) beats reading the postings.
	var admitted factSet
	admittedCount := len(s.facts)
	if among == nil && (len(q.admitSets) > 0 || set != nil) {
		admitted = sc.admits.unionOf(q.admitSets, set)
		admittedCount = admitted.count()
	}
	left := q.total
	for _, i := range q.order {
		finding := left >= q.minCoverage*q.total
		left -= q.weights[i]
		for _, st := range q.stems[i] {
			t := term{idf: ix.idf[st], weight: q.weights[i], n: int32(i + 1)}
			if !finding {
				sc.addFound(ix.postings[st], ix.byFact[st], ix.norm, t)
				continue
			}
			if byFact := ix.byFact[st]; among == nil && byFact.tf != nil && admittedCount < len(ix.postings[st]) {
				admitted.each(func(d int32) {
					if tf := byFact.tf[d]; tf != 0 {
						if sc.match[d].score == 0 {
							sc.touched = append(sc.touched, d)
						}
						sc.add(posting{fact: d, tf: tf, inText: byFact.inText.has(d)}, ix.norm[d], t)
					}
				})
				continue
			}
			for _, p := range ix.postings[st] {
				d := p.fact
				if sc.match[d].score == 0 {
					if among != nil && (!sc.admitted[d] || !namesAny(d, q.admitSets)) || admitted != nil && !admitted.has(d) {
						continue
					}
					sc.touched = append(sc.touched, d)
				}
				sc.add(p, ix.norm[d], t)
			}
		}
	}
	// Keep only the best few in a small sorted buffer: at tens of thousands of facts a common
	// word touches most of the store, and sorting every hit would dominate the cost.
	hits := make([]Hit, 0, q.keep+1)
	for _, d := range sc.touched {
		m := sc.match[d]
		cov := float64(m.covered / q.total)
		// A fact that matches only through its tags (entity aliases, topic names) does not
		// itself say anything the question asked about.
		if cov < float64(q.minCoverage) || !m.inText {
			continue
		}
		// "The US–Japan alliance" is answered by facts on it, too (things).
		nActors, nThings := namedIn(d, q.namedSets, q.thingSets)
		nNamed := nActors + nThings
		if len(q.named) > 0 && !q.asksSpeaker && s.twoSided.has(d) && otherSideOnly(s.facts[d], q.named) && q.namedSets[0].has(d) {
			// A difference that sets the subject only as the other side is about someone
			// else: "what does South Korea care about" is not answered first by what Japan
			// cares about, unlike it. The subject counts one there, as any other actor.
			nNamed--
		}
		own := q.byOwn && q.ownSet.has(d)
		if cov >= ownAnswerCoverage && nNamed < q.mostNamed() && (own && q.ownAnswers || q.byDate && len(q.namedSets) >= 2 && nActors == len(q.namedSets)+1 && dated(s.facts[d])) {
			// "What are Tokyo's two main goals in teaming up with Washington and Seoul?": the
			// subject's own fact that answers most of the words stands with those naming
			// one more of the actors, and its coverage decides. So does, asked when, a dated
			// fact on every one of two or more actors asked about: "When had Washington, Tokyo
			// and Seoul last held a trilateral meeting before Madrid?" is not on the Madrid
			// trilateral it names.
			nNamed++
		}
		if len(hits) == q.keep && !mayBeBetter(nNamed, cov, hits[q.keep-1]) {
			continue
		}
		h := Hit{Fact: s.facts[d], Score: float64(m.score), Coverage: cov, Named: nNamed,
			Own: own, Dated: q.byDate && dated(s.facts[d])}
		if len(q.named) > 0 {
			h.Wider = inHowMany(d, q.beyondSets) >= 2 // names two allies beyond those asked about
		}
		h.Wider = h.Wider || len(q.otherAgreements) > 0 && namesAny(d, q.otherAgreements)
		if len(hits) == q.keep && !better(h, hits[q.keep-1]) {
			continue
		}
		i, _ := slices.BinarySearchFunc(hits, h, func(a, b Hit) int {
			if better(a, b) {
				return -1
			}
			return 1
		})
		hits = slices.Insert(hits, i, h)
		if len(hits) > q.keep {
			hits = hits[:q.keep]
		}
	}
	return hits
}

// ownAnswerCoverage is how much of a question the subject's own fact must cover to stand with
// facts naming one more of the actors asked about (see Hit.Named): Japan's own goals in
// "strengthening cooperation with the US and South Korea" do not name Korea, nor say
// "strengthening".
const ownAnswerCoverage = 0.7

// mergeHits is the best keep of a and b, each ordered by better.
func mergeHits(a, b []Hit, keep int) []Hit {
	out := make([]Hit, 0, min(len(a)+len(b), keep))
	for len(out) < keep && (len(a) > 0 || len(b) > 0) {
		if len(b) == 0 || len(a) > 0 && better(a[0], b[0]) {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// asksPerson reports whether a question's words (normalizeName's) ask which person: "who…",
// "which Japanese prime minister…".
func asksPerson(words []string) bool {
	return len(words) > 0 && (asksWho(words[0]) || words[0] == "which" || words[0] == "whose")
}

// trilateralStem is the stem of "trilateral"; trilateralMembers, who the article's trilateral
// is of.
const trilateralStem = "trilater"

// allyStem is the stem of "ally" and "allies".
const allyStem = "alli"

var trilateralMembers = []string{"US", "JP", "KR"}

// ledBy is the country the entity with id leads; "" when it leads none.
func (s *Store) ledBy(id string) string {
	if e := s.entityByID[id]; e != nil {
		return e.Leads
	}
	return ""
}

// openingClauses open a clause that only says when, what about or what is set aside: "Around
// the time Yoon took office, what did Tokyo protest?" asks what Tokyo protested; "On North
// Korea, what does Japan care about most?" asks what Japan cares about; "Besides deterring
// Pyongyang, what does Seoul want?" asks what Seoul wants.
var openingClauses = []string{"right around ", "right after ", "just after ", "just before ", "around ", "when ", "after ", "before ", "since ", "during ", "once ", "while ",
	"following ", "ahead of ", "in the run-up to ", "in the lead-up to ", "leading up to ", "prior to ",
	"shortly before ", "shortly after ", "soon after ", "right after ", "on ", "regarding ", "concerning ", "as for ", "as to ", "about ", "when it comes to ",
	"besides ", "apart from ", "aside from ", "other than ", "beyond ", "in ", "at ", "according to "}

// openingClauseEnd is where a clause that opens a question (openingClauses) ends at its
// comma, or -1 when the question opens otherwise.
func openingClauseEnd(question string) int {
	comma := strings.IndexByte(question, ',')
	if comma < 0 || !slices.ContainsFunc(openingClauses, func(c string) bool { return len(question) > len(c) && strings.EqualFold(question[:len(c)], c) }) {
		return -1
	}
	return comma
}

// mainClauseFirst puts the actors of the main clause before those of an opening clause (see
// openingClauses), so that the subject is the main clause's.
func (s *Store) mainClauseFirst(question string, named []string) []string {
	comma := openingClauseEnd(question)
	if comma < 0 {
		return named
	}
	main := s.namedActors(question[comma+1:])
	if len(main) == 0 || main[0] == named[0] {
		return named
	}
	return append(main, slices.DeleteFunc(slices.Clone(named), func(id string) bool { return slices.Contains(main, id) })...)
}

// venueGatherings name a gathering: a country named right after "<gathering> in" is where it was
// held, not who the question is about ("the NATO summit in Spain").
var venueGatherings = []string{"summit in ", "meeting in ", "meetings in ", "talks in ", "held in ", "conference in ", "met in ", "meet in "}

// venuesLast puts the actors named only as where a gathering was held after the others, so
// that the subject is someone the question asks about.
func (s *Store) venuesLast(question string, named []string) []string {
	lower := strings.ToLower(question)
	after := wordsAfter(lower, venueGatherings)
	if len(after) == 0 {
		return named // most questions name no gathering's place
	}
	venue := func(id string) bool {
		e := s.entityByID[id]
		return e != nil && e.Kind == "country" && nameAt(lower, after, e)
	}
	if !slices.ContainsFunc(named, venue) || !slices.ContainsFunc(named, func(id string) bool { return !venue(id) }) {
		return named
	}
	out := slices.DeleteFunc(slices.Clone(named), venue)
	return append(out, slices.DeleteFunc(slices.Clone(named), func(id string) bool { return !venue(id) })...)
}

// wordsAfter returns the offsets in lower right after each of its occurrences of any of
// words, each of which ends in a space.
func wordsAfter(lower string, words []string) []int {
	var at []int
	for _, w := range words {
		for from := 0; ; {
			i := strings.Index(lower[from:], w)
			if i < 0 {
				break
			}
			j := from + i // where w starts
			if j == 0 || !isWordByte(lower[j-1]) {
				at = append(at, j+len(w))
			}
			from = j + len(w)
		}
	}
	return at
}

// nameAt reports whether one of e's names, followed by the end of a word, starts at one of
// the offsets at in lower.
func nameAt(lower string, at []int, e *Entity) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		n = strings.ToLower(n)
		for _, i := range at {
			if strings.HasPrefix(lower[i:], n) && (i+len(n) == len(lower) || !isWordByte(lower[i+len(n)])) {
				return true
			}
		}
	}
	return false
}

// isWordByte reports whether b, of lower-cased text, is part of a word (any byte of a
// character beyond ASCII counts).
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// namedIn is how the fact with ordinal d scores on the actors and other entities a question
// names (Hit.Named), given the sets of the facts naming each (namedSets): the subject (the
// first of named) counts two, every other actor or thing one. It is read only for the facts
// that match the question's words well enough, not for every fact naming them.
func namedIn(d int32, named, things []factSet) (actors, others int) {
	for i, set := range named {
		if set.has(d) {
			actors += 1 + boolInt(i == 0)
		}
	}
	for _, set := range things {
		if set.has(d) {
			others++
		}
	}
	return actors, others
}

// namesAny reports whether d is in any of named, the sets of the facts naming each actor a
// question names; true when it names none.
func namesAny(d int32, named []factSet) bool {
	for _, set := range named {
		if set.has(d) {
			return true
		}
	}
	return len(named) == 0
}

// namedSets appends the sets of the facts naming each of ids (Store.namedBy), in order.
func (s *Store) namedSets(sets []factSet, ids []string) []factSet {
	for _, id := range ids {
		sets = append(sets, s.namedBy[id])
	}
	return sets
}

// otherSideOnly reports whether f is a difference that sets the question's subject (the first
// of named) on a side other than the first, and none of named on the first.
func otherSideOnly(f *Fact, named []string) bool {
	return len(f.Sides) > 1 && !slices.ContainsFunc(f.Sides[0], func(id string) bool { return slices.Contains(named, id) }) &&
		slices.ContainsFunc(f.Sides[1:], func(side []string) bool { return slices.Contains(side, named[0]) })
}

// inHowMany is how many of sets d is in: how many actors a fact names, given the sets of the
// facts naming each of them.
func inHowMany(d int32, sets []factSet) int {
	n := 0
	for _, set := range sets {
		if set.has(d) {
			n++
		}
	}
	return n
}

// allies are the United States and its four Asia-Pacific partners.
var allies = append([]string{"US"}, partners...)

// better orders hits: the actors the question names first (see Hit.Named), then coverage (in
// steps of 5%), so a fact that answers every part of the question beats one that repeats a
// single word; then facts on the actors asked about before those on a wider group (Hit.Wider),
// dated facts for a question asking when (Hit.Dated), the subject's own (Hit.Own), score,
// weight and store order.
func better(a, b Hit) bool {
	ca, cb := coverageStep(a.Coverage), coverageStep(b.Coverage)
	switch {
	case a.Named != b.Named:
		return a.Named > b.Named
	case a.Wider != b.Wider && math.Abs(ca-cb) <= 1:
		// A fact on exactly those asked about leads one on a wider group that covers the
		// question a step better.
		return b.Wider
	case ca != cb:
		return ca > cb
	case a.Dated != b.Dated:
		return a.Dated
	case a.Own != b.Own:
		return a.Own
	case a.Score != b.Score:
		return a.Score > b.Score
	case a.Fact.Weight != b.Fact.Weight:
		return a.Fact.Weight > b.Fact.Weight
	}
	return a.Fact.ordinal < b.Fact.ordinal
}

// mayBeBetter reports whether a hit sharing named names with the question and covering cov
// of it may be better than b, read by what better weighs first: a hit that cannot be need
// not be built.
func mayBeBetter(named int, cov float64, b Hit) bool {
	return named > b.Named || named == b.Named && coverageStep(cov) >= coverageStep(b.Coverage)
}

// coverageStep is coverage in the steps of 5% better orders hits by.
func coverageStep(cov float64) float64 { return math.Round(cov * 20) }

// namedActors returns the actors (countries, people, organisations) a question names (see
// namedEntities).
func (s *Store) namedActors(q string) []string {
	actors, _ := s.namedEntities(q)
	return actors
}

// namedEntities returns the actors (countries, people, organisations) and the other entities
// (agreements, places, events…) a question names, in order, by their names and aliases as
// normalizeName reads them, longest match first, possessives cut ("Japan's"). A code of three
// letters or fewer counts only when written in capitals: "IN" is India and "US" the United
// States; "in" and "us" are not, but "the us" is. Codes the store writes in lower case ("nz")
// count in any case. It allocates only for what it finds: it runs on every
// question.
func (s *Store) namedEntities(q string) (actors, things []string) {
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	return s.entitiesIn(s.readNames(q, spanBuf[:0], nameBuf[:0]))
}

// entitiesIn is namedEntities for a question whose names are read (readNames).
func (s *Store) entitiesIn(names nameTable) (actors, things []string) {
	words := names.spans
	for i := 0; i < len(words); {
		e, n := names.at(i)
		if e == nil {
			i++
			continue
		}
		if n > 1 && i+1 < len(words) {
			// "the US-Japan alliance": a longer name starting inside this one wins.
			if next, m := names.at(i + 1); next != nil && i+1+m > i+n {
				i++
				continue
			}
		}
		if actorKinds[e.Kind] && !slices.Contains(actors, e.ID) {
			actors = append(actors, e.ID)
		} else if !actorKinds[e.Kind] && !slices.Contains(things, e.ID) {
			things = append(things, e.ID)
		}
		i += n
	}
	return actors, things
}

// withoutNames is q with the names of the entities it names blanked out, and those entities
// in the order named (see nameAt): what a question asks besides whom it names.
func (s *Store) withoutNames(q string) (string, []*Entity) {
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	return withoutNamesIn(q, s.readNames(q, spanBuf[:0], nameBuf[:0]))
}

// withoutNamesIn is withoutNames for a question whose names are read (readNames).
func withoutNamesIn(q string, names nameTable) (string, []*Entity) {
	spans := names.spans
	rest := []byte(q)
	var found []*Entity
	for i := 0; i < len(spans); {
		e, n := names.at(i)
		if e == nil {
			i++
			continue
		}
		found = append(found, e)
		for j := spans[i][0]; j < spans[i+n-1][1]; j++ {
			rest[j] = ' '
		}
		i += n
	}
	return string(rest), found
}

// A nameTable is a question's words (nameWords) with the entity whose name starts at each
// (nameAt): the names read once for all that walk them. It does not hold the question, so
// that what is read from the question's text never takes the table to the heap with it.
type nameTable struct {
	spans [][2]int
	names []nameStart // one per span
}

// A nameStart is the entity whose name starts at a word and how many words the name takes;
// nil and 0 when none does.
type nameStart struct {
	e *Entity
	n int
}

// readNames reads q's names, appending to spans and names (the caller's buffers).
func (s *Store) readNames(q string, spans [][2]int, names []nameStart) nameTable {
	spans = nameWords(q, spans)
	for i := range spans {
		e, n := s.longestNameAt(q, spans, i)
		names = append(names, nameStart{e, n})
	}
	// As nameAt: no name where a longer one starts inside it. Each is tested against the
	// longest names after it, which this loop has not reached yet.
	for i, at := range names {
		for j := i + 1; j < i+at.n; j++ {
			if names[j].e != nil && j+names[j].n > i+at.n {
				names[i] = nameStart{}
				break
			}
		}
	}
	return nameTable{spans: spans, names: names}
}

// at is nameAt for the i-th word.
func (t nameTable) at(i int) (*Entity, int) { return t.names[i].e, t.names[i].n }

// nameAt returns the entity whose name starts at words[i] in q, longest name first, and how
// many words it takes; nil when none does, and when a longer name starts inside it ("the
// US-Japan-Korea meeting" is the meeting, not "the US"). Short codes count only in capitals
// (namedActors).
func (s *Store) nameAt(q string, words [][2]int, i int) (*Entity, int) {
	e, n := s.longestNameAt(q, words, i)
	for j := i + 1; j < i+n; j++ {
		if inner, m := s.longestNameAt(q, words, j); inner != nil && j+m > i+n {
			return nil, 0
		}
	}
	return e, n
}

// longestNameAt is nameAt without looking inside the name found.
func (s *Store) longestNameAt(q string, words [][2]int, i int) (*Entity, int) {
	var keyBuf [128]byte
	first := appendNameKey(keyBuf[:0], q[words[i][0]:words[i][1]])
	for n := min(max(s.nameWords[string(first)], 1), len(words)-i); n > 0; n-- {
		key := first
		for _, w := range words[i+1 : i+n] {
			key = appendNameKey(append(key, ' '), q[w[0]:w[1]])
		}
		e := s.entityName[string(key)]
		if e == nil {
			e = s.possessiveName(key)
		}
		if e == nil {
			continue
		}
		if n == 1 && len(key) <= 3 && hasLower(q[words[i][0]:words[i][1]]) && !s.anyCase[string(key)] && !afterThe(q, words, i) && !s.usBesideCountry(q, words, i, string(key)) {
			return nil, 0 // "us", not "US"
		}
		if likenessAfter(q[words[i+n-1][1]:]) {
			return nil, 0 // "a Quad-style mechanism" is one like the Quad, not the Quad
		}
		if e.Kind == "agreement" && string(first) == "alliance" && s.allianceOfAnother(q, words, i) {
			continue // "Japan's quasi alliance with Australia" is not the US–Australia alliance
		}
		return e, n
	}
	return s.typoName(first), 1
}

// allianceOfAnother reports whether the alliance named from words[i] on ("alliance with
// Australia", one of the US's by its alias) is qualified as another by the word before it: a
// "quasi" alliance, or one an actor besides the US has ("Japan's alliance with Australia").
func (s *Store) allianceOfAnother(q string, words [][2]int, i int) bool {
	if i == 0 {
		return false
	}
	prev := q[words[i-1][0]:words[i-1][1]]
	if strings.EqualFold(prev, "quasi") {
		return true
	}
	between := q[words[i-1][1]:words[i][0]]
	if !strings.HasPrefix(between, "'s") && !strings.HasPrefix(between, "’s") {
		return false
	}
	var keyBuf [64]byte
	e := s.entityName[string(appendNameKey(keyBuf[:0], prev))]
	return e != nil && actorKinds[e.Kind] && e.ID != "US"
}

// likenessAfter reports whether rest, what follows a name, opens with a suffix that makes
// the name describe a kind of thing: "-style", "-like", "-type", "-esque".
func likenessAfter(rest string) bool {
	if rest == "" || rest[0] != '-' {
		return false // most names
	}
	for _, suffix := range []string{"-style", "-like", "-type", "-esque"} {
		if r, ok := cutPrefixFold(rest, suffix); ok && (r == "" || !isTypedLetter(r[0])) {
			return true
		}
	}
	return false
}

// typoName is the entity whose one-word name key is a letter off ("kishda", "austrlia",
// "tokoy"), when key is no word of the facts and no other name is as near; nil otherwise.
// One letter shorter than minMisspeltLen, key may only have dropped a letter ("seol").
// Names are read before the search, which corrects only the words it scores.
func (s *Store) typoName(key []byte) *Entity {
	if len(key) < minMisspeltLen-1 || s.index == nil {
		return nil
	}
	short := len(key) < minMisspeltLen
	var found *Entity
	for i, _ := slices.BinarySearch(s.typoNames, string(key[:1])); i < len(s.typoNames) && s.typoNames[i][0] == key[0]; i++ {
		c := s.typoNames[i]
		if short && len(c) != len(key)+1 {
			continue
		}
		if oneEdit(c, string(key)) || swapped(c, string(key)) {
			if e := s.entityName[c]; found != nil && e != found {
				return nil // "a letter off" two names: no telling which
			} else {
				found = e
			}
		}
	}
	if found == nil || isStopword(string(key)) {
		return nil
	}
	if st := s.index.stem(string(key)); st != string(key) {
		return nil // an English word's ending: "handling" is no typo of Hangling
	} else if _, ok := s.index.postings[st]; ok {
		return nil // a word of the facts
	}
	return found
}

// oneEdit reports whether a and b are one insertion, deletion or substitution apart.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

// possessiveName is the country or person whose name key is, typed as a possessive without
// its apostrophe ("japans defence minister", "south koreas view", "yoons delegation"); nil for
// any other key.
func (s *Store) possessiveName(key []byte) *Entity {
	if len(key) < 5 || key[len(key)-1] != 's' {
		return nil
	}
	if e := s.entityName[string(key[:len(key)-1])]; e != nil && (e.Kind == "country" || e.Kind == "person") {
		return e
	}
	return nil
}

// withoutBaseline is the question without the actor it measures the others against, named
// right after "than" ("Why are South Korea's strategies more regional than Japan's?"), "as
// compared with" or, asked why, "compared to", when another actor comes before it; false
// when there is none.
func (s *Store) withoutBaseline(q string) (string, bool) {
	i, mark := strings.Index(q, " than "), " than "
	if i < 0 {
		// "…of the other three, Seoul, Canberra and Wellington, as compared with Tokyo's?"
		i, mark = strings.Index(q, " as compared with "), " as compared with "
		if i < 0 {
			i, mark = strings.Index(q, " as compared to "), " as compared to "
		}
	}
	if i < 0 && len(q) > 4 && strings.EqualFold(q[:4], "why ") {
		// "Why are Seoul, Canberra and Wellington so regionally focused compared to Tokyo?"
		i, mark = strings.Index(q, " compared to "), " compared to "
		if i < 0 {
			i, mark = strings.Index(q, " compared with "), " compared with "
		}
	}
	if i < 0 {
		return "", false
	}
	var spanBuf [8][2]int
	from := i + len(mark)
	words := nameWords(q[from:], spanBuf[:0])
	if len(words) > 1 && strings.EqualFold(q[from+words[0][0]:from+words[0][1]], "the") {
		words = words[1:]
	}
	if len(words) == 0 {
		return "", false
	}
	e, n := s.nameAt(q[from:], words, 0)
	if e == nil || !actorKinds[e.Kind] || len(s.namedActors(q[:i])) == 0 {
		return "", false
	}
	return q[:i] + q[from+words[n-1][1]:], true
}

// usBesideCountry reports whether key is "us" written next to another country's name, as
// chat writes the United States ("us jp sk trilateral", "japan us alliance"), and not after a
// verb that takes "us" as its object ("tell us japan's view"). Other short codes next to a name
// are words: "japan in nato" is not about India.
func (s *Store) usBesideCountry(q string, words [][2]int, i int, key string) bool {
	if key != "us" {
		return false
	}
	if i > 0 {
		switch strings.ToLower(q[words[i-1][0]:words[i-1][1]]) {
		case "tell", "give", "show", "let", "help", "for", "to", "with", "brief", "remind", "teach", "get":
			return false
		}
	}
	country := func(j int) bool {
		if j < 0 || j >= len(words) {
			return false
		}
		e := s.entityName[string(appendNameKey(nil, q[words[j][0]:words[j][1]]))]
		return e != nil && e.Kind == "country" && e.ID != "US"
	}
	// "us kiwis", "us koreans": a people after "us" makes it the pronoun.
	people := i+1 < len(words) && peopleWord(q[words[i+1][0]:words[i+1][1]])
	return country(i-1) || country(i+1) && !people
}

// peopleWord reports whether w names a people in the plural ("Kiwis", "Koreans", "Aussies"),
// not a country.
func peopleWord(w string) bool {
	w = strings.ToLower(w)
	return len(w) > 4 && (strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "wis"))
}

// afterThe reports whether words[i] follows "the": "the us" is the United States, as "tell
// us" is not.
func afterThe(q string, words [][2]int, i int) bool {
	return i > 0 && strings.EqualFold(q[words[i-1][0]:words[i-1][1]], "the")
}

// nameWords appends the spans of q's words: runs of letters, digits, apostrophes and dots (so
// "U.S." and "Japan's" are one word each), with a possessive cut off.
func nameWords(q string, spans [][2]int) [][2]int {
	inWord := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '\u2019' || r == '.'
	}
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := q[start:end]
		for _, suffix := range []string{"'s", "\u2019s", "'", "\u2019", "."} {
			w = strings.TrimSuffix(w, suffix)
		}
		if w != "" {
			spans = append(spans, [2]int{start, start + len(w)})
		}
		start = -1
	}
	for i, r := range q {
		switch {
		case inWord(r) && start < 0:
			start = i
		case !inWord(r):
			flush(i)
		}
	}
	flush(len(q))
	return spans
}

// appendNameKey appends word as normalizeName reads it: lower case, apostrophes and dots
// dropped.
func appendNameKey(key []byte, word string) []byte {
	for _, r := range word {
		switch {
		case r == '\'' || r == '\u2019' || r == '.':
		case r < utf8.RuneSelf:
			key = append(key, byte(unicode.ToLower(r)))
		default:
			key = utf8.AppendRune(key, unicode.ToLower(r))
		}
	}
	return key
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}
