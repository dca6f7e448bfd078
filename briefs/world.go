package briefs

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Honest refusals. A question about a country, organisation, office or person the article does
// not cover must be refused as such ("The article does not cover the United Kingdom"), not read
// as unknown words and answered with whatever facts match the rest. The World knows the world's
// names (data/world.yaml); the Store decides what is covered. The rules:
//
//  1. An office asked about for a named holder ("China's foreign minister", "the prime minister
//     of the United Kingdom", "the NATO secretary general"): when the holder is uncovered, that
//     is the gap; otherwise, when no person in the store holds the office there (by the first
//     clause of the person's description and their aliases), the office is the gap.
//  2. A country or organisation the store has no fact on (no tagged fact, and no fact whose text
//     names it), named anywhere in the question: even as the object of a covered actor ("What
//     does Japan think of Russia?"), no fact answers what is asked about it. Every such place is
//     named ("Macau or Hong Kong"); when the question's subject (its first name) is covered
//     and it names something else covered beside the gap, the gap is Partial: the caller may answer the rest
//     ("What does Japan want from the EU and NATO?"), opening with the gap's sentence; "What is
//     Wellington's position on AUKUS?" asks about AUKUS alone. A sport or event is the question's subject
//     wherever it stands ("who won the Japan vs Spain World Cup game?"): never Partial.
//  3. A country or organisation the store mentions only in passing (fewer than coveredFacts
//     facts: Spain as the summit's host, India in the Quad), named as the question's subject
//     (its first name): a gap when the question asks for its views or words ("What did Spain
//     say?"), or asks about something its few facts do not contain ("What language is spoken in
//     Spain?"); not when they do ("Is India in the Quad?"). Named after a covered subject it is
//     no gap: "Did Japan and South Korea discuss Ukraine?" is about Japan and South Korea.
//  4. A price or fare ("How much is a flight from Gimpo to Haneda?"): the article gives none;
//     nor populations, distances, ages, local times or travel advice (world.yaml not_given).
//  5. "Who is X?", or a question whose subject is X ("What did Putin say about NATO?"), where X
//     is a capitalised name the store has never seen.
//
// Codes and names of three letters or fewer count only when written in capitals ("US", not
// "us"), unless no English word is spelt as they are (world.yaml's lower_case_codes: "uk"),
// and never in a question written all in capitals. Names that are also
// everyday words (world.yaml's common_words: "turkey", "chad", "jordan") count only when
// capitalised and not the first word of a sentence, unless written as a possessive.

//go:embed data/world.yaml
var worldYAML []byte

// coveredFacts is how many facts a country or organisation needs before the store is taken to
// cover it, rather than mention it in passing: Spain is in three, as the host of the summit
// its photo captions and opening place in Madrid.
const coveredFacts = 4

// Gap kinds.
const (
	GapUncovered   = "uncovered"   // named, but the store has nothing on it
	GapInPassing   = "in-passing"  // the store mentions it, but not on what was asked
	GapRole        = "role"        // no one the store knows holds the office asked about
	GapPerson      = "person"      // "who is X?" for a name the store does not know
	GapPrice       = "price"       // a price or fare: the article gives none
	GapNotGiven    = "not-given"   // a population, distance, age…: the article gives none
	GapSuccessor   = "successor"   // who followed someone in office: the article never says
	GapPredecessor = "predecessor" // who held someone's office before them: nor that
	GapLater       = "later"       // a year after the latest the article reports
)

// Gap is what a question names that the store does not cover.
type Gap struct {
	Kind string
	// Name is what is not covered, as a sentence would write it: "the United Kingdom",
	// "China's foreign minister", "Vladimir Putin".
	Name string
	// Sentence is the reply's opening: "The article does not cover the United Kingdom."
	Sentence string
	// Facts are, for GapInPassing, the few facts that do mention it (store order).
	Facts []*Fact
	// Partial is set when the question's subject is covered and the gap is only what it is
	// asked about or compared with ("What does Japan want from the EU and NATO?"): the caller
	// may answer the rest, opening with Sentence, and refuse with it when nothing answers.
	Partial bool
	// Rest is, when set, the rest of a partial gap's question to answer: the question
	// without the place it guesses ("Was the summit held?" of "…held in Brussels?").
	Rest string
}

// Brief is the reply's body for a gap: for GapInPassing, the facts that do mention the place
// ("What the article does say"); empty otherwise.
func (g Gap) Brief() Brief {
	if len(g.Facts) == 0 {
		return Brief{}
	}
	items := make([]Item, len(g.Facts))
	for i, f := range g.Facts {
		items[i].Fact = f
	}
	return Brief{Groups: []Group{{Heading: "What the article does say", Items: items}}}
}

// World recognises the world's countries, organisations and offices in questions and tells
// which of them a store does not cover. It is built once per store and immutable after.
type World struct {
	store  *Store
	places []*worldPlace
	names  map[string]nameRef // normalised name → what it names
	roles  []worldRole
	// roleNames maps a normalised office name to its index in roles and how to write it.
	roleNames map[string]roleRef
	// lex holds every name and office, and every first few words of a longer one, so a
	// question is read in one lookup per word it holds.
	lex map[string]lexEntry
	// givenNames are the given names of people the store names by surname alone too
	// ("fumio" of Fumio Kishida): phrases of what is not given skip them.
	givenNames map[string]bool
	// holds says which offices the store's people hold where: role index and place key.
	holds map[holding]bool
	// notGiven holds the phrases that ask for a fact the article never gives, by their first
	// word: each phrase's words, normalised, and the kind of fact it asks for.
	notGiven map[string][]notGivenPhrase
	// spread holds the kinds asked with their words apart (spread.go), and spreadAt the
	// sequences, by index, whose first group has an alternative opening with a word.
	spread   []spreadPhrase
	spreadAt map[string][]int
	// lastYear is the latest year any fact is dated: a question about a later year asks
	// what the article, written then, cannot know.
	lastYear int
	// people are the normalised names of well-known figures the article never mentions, read
	// as names even in lower case.
	people map[string]bool
	// lowerCaseCodes are the short codes read in lower case too ("uk pm"): no English word
	// is spelt as they are.
	lowerCaseCodes []string
}

// worldPlace is a country or organisation, from world.yaml or only in the store.
type worldPlace struct {
	name   string  // as a sentence writes it: "the United Kingdom"
	key    string  // for holdings: the store entity's id, or "world:" + name
	entity *Entity // the store's, when it has one
	facts  []*Fact // tagged with entity, or naming it in their text
	// event: a sport or recurring event (world.yaml events), which a question is about
	// whatever else it names: it is refused whole.
	event bool
}

func (p *worldPlace) absent() bool  { return len(p.facts) == 0 }
func (p *worldPlace) passing() bool { return len(p.facts) > 0 && len(p.facts) < coveredFacts }

type nameRef struct {
	place  int32   // index in places, or -1
	entity *Entity // the store entity named so, or nil
	// display is how a sentence writes the name when it stands for a holder: "Seoul".
	display string
	// common: an everyday word too (see the package rules above).
	common bool
}

type roleRef struct {
	role    int
	display string
}

type holding struct {
	role  int
	place string
}

type worldRole struct {
	Name     string   `yaml:"name"`
	Variants []string `yaml:"variants"`
	Includes []string `yaml:"includes"`
	includes []int
}

type worldEntry struct {
	Name     string   `yaml:"name"`
	Code     string   `yaml:"code"`
	The      bool     `yaml:"the"`
	Names    []string `yaml:"names"`
	Demonyms []string `yaml:"demonyms"`
	Capitals []string `yaml:"capitals"`
}

type worldFile struct {
	Countries      []worldEntry `yaml:"countries"`
	Organisations  []worldEntry `yaml:"organisations"`
	Territories    []worldEntry `yaml:"territories"`
	Events         []worldEntry `yaml:"events"`
	Roles          []worldRole  `yaml:"roles"`
	People         []string     `yaml:"people"`
	CommonWords    []string     `yaml:"common_words"`
	AmbiguousCodes []string     `yaml:"ambiguous_codes"`
	LowerCaseCodes []string     `yaml:"lower_case_codes"`
	NotGiven       []notGiven   `yaml:"not_given"`
}

// notGiven is a kind of everyday fact the article never gives (a population, a distance), by
// the phrases that ask for it.
type notGiven struct {
	Name    string   `yaml:"name"`
	Phrases []string `yaml:"phrases"`
	// ToldOf are the entities the article does tell it of: a question about one, named
	// first, is not refused for it ("What proposal did Kishida make?").
	ToldOf []string `yaml:"told_of"`
	// General marks a kind that says less than any other it overlaps: "When will they meet
	// again?" asks a date still to come, and is refused as a future meeting.
	General bool `yaml:"general"`
	// NotAfter are words that, just before a phrase, name one of the kind the article does
	// give: the trade dispute's start is dated ("When did the trade dispute start?").
	NotAfter []string `yaml:"not_after"`
	// NotBefore are words that, just after a phrase, name what the article does give: "name
	// the three" asks for the materials, but "name the three countries" for the trilateral's.
	NotBefore []string `yaml:"not_before"`
	// NotWith are words that, anywhere in a question, name what the article does give: the
	// agency a photo is credited to ("Which agency took the summit photo?").
	NotWith []string `yaml:"not_with"`
	// Spread are sequences of word groups that ask for the kind in any language's word
	// order, a few words apart (spread.go).
	Spread [][][]string `yaml:"spread"`
}

type notGivenPhrase struct {
	words     []string
	name      string
	toldOf    []string
	notAfter  []string
	notBefore []string
	notWith   []string
	general   bool
}

// NewWorld reads the embedded world.yaml and relates it to s: which places the store has facts
// on, and which offices its people hold. It fails only on a broken world.yaml (a name given to
// two places, an unknown office), never on what the store holds: where the store's names and
// the world's meet, the store's meaning wins.
func NewWorld(s *Store) (*World, error) { return newWorldFrom(s, worldYAML) }

// newWorldFrom is NewWorld for the world file data.
func newWorldFrom(s *Store, data []byte) (*World, error) {
	var wf worldFile
	if err := decodeYAML(data, &wf); err != nil {
		return nil, fmt.Errorf("decode world.yaml: %w", err)
	}
	w := &World{store: s, names: map[string]nameRef{}, roleNames: map[string]roleRef{},
		holds: map[holding]bool{}}
	w.notGiven = map[string][]notGivenPhrase{}
	w.spreadAt = map[string][]int{}
	for _, f := range s.facts {
		if y, err := strconv.Atoi(f.Date[:min(4, len(f.Date))]); err == nil {
			w.lastYear = max(w.lastYear, y)
		}
	}
	for _, ng := range wf.NotGiven {
		if ng.Name == "" || len(ng.Phrases) == 0 {
			return nil, fmt.Errorf("world.yaml: not_given %q needs a name and phrases", ng.Name)
		}
		for _, id := range ng.ToldOf {
			if s.entityByID[id] == nil {
				return nil, fmt.Errorf("world.yaml: not_given %q: told_of %q is no entity of the store", ng.Name, id)
			}
		}
		for j, p := range ng.Phrases {
			// Read as a question's words are (notGivenAsked): "Kishida's" is "kishida".
			var words []string
			for _, span := range nameWords(p, nil) {
				w := string(appendNameKey(nil, p[span[0]:span[1]]))
				if hedges[w] {
					// A question is read without its hedges, so "specific compensation plan"
					// would refuse every question on a compensation plan: a phrase says
					// only what it is read as.
					return nil, fmt.Errorf("world.yaml: not_given %q: phrase %q holds the hedge %q, which questions are read without", ng.Name, p, w)
				}
				if n, ok := spelledNumbers[w]; ok {
					w = n // "names of the 3" is "names of the three"
				}
				words = append(words, w)
			}
			if len(words) == 0 {
				return nil, fmt.Errorf("world.yaml: not_given %q has an empty phrase", ng.Name)
			}
			if slices.Contains(ng.Phrases[:j], p) {
				return nil, fmt.Errorf("world.yaml: not_given %q: phrase %q is there twice", ng.Name, p)
			}
			w.notGiven[words[0]] = append(w.notGiven[words[0]], notGivenPhrase{words: words, name: ng.Name, toldOf: ng.ToldOf, notAfter: ng.NotAfter, notBefore: ng.NotBefore, notWith: ng.NotWith, general: ng.General})
		}
		for _, groups := range ng.Spread {
			p, err := newSpreadPhrase(ng, groups)
			if err != nil {
				return nil, err
			}
			w.spread = append(w.spread, p)
			for _, alt := range p.groups[0] {
				if k := len(w.spread) - 1; !slices.Contains(w.spreadAt[alt[0]], k) {
					w.spreadAt[alt[0]] = append(w.spreadAt[alt[0]], k)
				}
			}
		}
	}
	w.people = map[string]bool{}
	for _, p := range wf.People {
		key := normalizeName(p)
		if _, ok := s.nameWords[key]; ok || s.entityName[key] != nil {
			return nil, fmt.Errorf("world.yaml: people %q is a name the store knows", p)
		}
		w.people[key] = true
	}
	common := map[string]bool{}
	for _, c := range wf.CommonWords {
		common[normalizeName(c)] = true
	}
	w.lowerCaseCodes = wf.LowerCaseCodes
	ambiguous := map[string]bool{}
	for _, c := range wf.AmbiguousCodes {
		ambiguous[normalizeName(c)] = true
	}

	// Places: the world's, linked to the store's entity by code or name, then the store's
	// own countries and organisations the world does not list.
	placeOf := map[*Entity]int32{}
	entries := slices.Concat(wf.Countries, wf.Organisations, wf.Territories, wf.Events)
	for i, e := range entries {
		p := &worldPlace{name: e.Name, key: "world:" + e.Name, event: i >= len(entries)-len(wf.Events)}
		if e.The {
			p.name = "the " + e.Name
		}
		ent := s.entityByID[e.Code]
		for _, n := range append([]string{e.Name}, append(e.Names, e.Demonyms...)...) {
			if ent != nil {
				break
			}
			ent = s.entityName[normalizeName(n)]
		}
		if ent != nil && (ent.Kind == "country" || ent.Kind == "organisation") {
			if _, dup := placeOf[ent]; !dup {
				p.entity, p.key = ent, ent.ID
				placeOf[ent] = int32(i)
			}
		}
		w.places = append(w.places, p)
	}
	for _, e := range s.entities {
		if _, ok := placeOf[e]; !ok && (e.Kind == "country" || e.Kind == "organisation") {
			placeOf[e] = int32(len(w.places))
			w.places = append(w.places, &worldPlace{name: e.Name, key: e.ID, entity: e})
		}
	}

	// Names: the store's first (they say what the store means by a name), then the world's.
	add := func(key string, ref nameRef) {
		w.names[key] = ref
	}
	for _, e := range s.entities {
		ref := nameRef{place: -1, entity: e, display: e.Name}
		if i, ok := placeOf[e]; ok {
			ref.place = i
			ref.display = w.places[i].name
		}
		for _, n := range append([]string{e.ID, e.Name}, e.Aliases...) {
			add(normalizeName(n), ref)
		}
	}
	var problems []string
	for i, e := range entries {
		names := append([]string{e.Name}, append(e.Names, e.Demonyms...)...)
		if e.Code != "" && !ambiguous[normalizeName(e.Code)] {
			names = append(names, e.Code)
		}
		for j, n := range append(names, e.Capitals...) {
			key := normalizeName(n)
			display := w.places[i].name
			if j >= len(names) {
				display = n // a capital stands for its country's government, but is a city
			}
			if cur, ok := w.names[key]; ok {
				switch {
				case cur.entity != nil && cur.place < 0:
					cur.place = int32(i) // a store place that is a capital: Seoul, Madrid
					w.names[key] = cur
				case cur.entity != nil:
					// The store says what its own names mean, even one the world gives another
					// place: a curator's alias is never a reason to fail. A capital the store
					// reads as its country's government is still written as the city.
					if j >= len(names) && cur.place == int32(i) {
						cur.display = n
						w.names[key] = cur
					}
				case cur.place != int32(i):
					problems = append(problems, fmt.Sprintf("%q names both %s and %s", n, w.places[cur.place].name, w.places[i].name))
				}
				continue
			}
			add(key, nameRef{place: int32(i), display: display, common: common[key]})
		}
	}

	// Offices, and who in the store holds them where.
	w.roles = wf.Roles
	for i, r := range w.roles {
		for _, v := range append([]string{r.Name}, r.Variants...) {
			key := normalizeName(v)
			display := key
			if v != strings.ToLower(v) {
				display = r.Name // "PM" is written "prime minister"
			}
			if name, ok := w.names[key]; ok && name.entity != nil {
				continue // a store name, which it reads as such
			}
			if cur, dup := w.roleNames[key]; (dup && cur.role != i) || w.names[key].display != "" {
				problems = append(problems, fmt.Sprintf("office %q is named twice", v))
			}
			w.roleNames[key] = roleRef{role: i, display: display}
		}
	}
	for i := range w.roles {
		for _, inc := range w.roles[i].Includes {
			r, ok := w.roleNames[normalizeName(inc)]
			if !ok {
				problems = append(problems, fmt.Sprintf("office %q includes unknown %q", w.roles[i].Name, inc))
				continue
			}
			w.roles[i].includes = append(w.roles[i].includes, r.role)
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("world.yaml: %s", strings.Join(problems, "; "))
	}
	w.buildLex()
	for _, e := range s.entities {
		if e.Kind == "person" {
			w.addHoldings(e)
		}
	}
	for i, p := range w.places {
		if p.entity != nil {
			p.facts = s.FactsWithEntities(p.entity.ID)
		} else if i < len(entries) {
			p.facts = w.factsNaming(entries[i])
		}
	}
	return w, nil
}

// addHoldings records the offices a person holds, by the first clause of their description
// ("Prime Minister of Japan (…)", "Former President of South Korea, whose …") and their
// aliases ("New Zealand Prime Minister", "President Biden"). A former holder counts: the
// article covers the office through them.
func (w *World) addHoldings(e *Entity) {
	clause := e.Description
	if i := strings.IndexAny(clause, ";,("); i >= 0 {
		clause = clause[:i]
	}
	var roles []int
	var places []string
	for _, text := range append([]string{clause}, e.Aliases...) {
		var sc scanned
		w.scan(text, nameWords(text, nil), &sc)
		for _, r := range sc.roles[:sc.nRoles] {
			roles = append(roles, r.role)
		}
		for _, m := range sc.mentions[:sc.nMentions] {
			if m.ref.place >= 0 {
				places = append(places, w.places[m.ref.place].key)
			}
		}
	}
	for _, r := range roles {
		for _, p := range places {
			w.holds[holding{r, p}] = true
		}
	}
}

// factsNaming finds the facts whose text or quote names a place the store has no entity for:
// all the name's words in one fact, then the phrase itself in the normalised text.
func (w *World) factsNaming(e worldEntry) []*Fact {
	s := w.store
	var out []*Fact
	for _, n := range append([]string{e.Name}, append(slices.Clip(e.Names), append(e.Demonyms, e.Capitals...)...)...) {
		key := normalizeName(n)
		if w.names[key].common || len(key) <= 3 {
			continue // a word or an abbreviation, not good evidence in running text
		}
		var lists [][]int32
		tokenize(n, func(word string) {
			if isStopword(word) {
				return
			}
			var ords []int32
			for _, ps := range s.index.postings[s.index.stem(word)] {
				if ps.inText {
					ords = append(ords, ps.fact)
				}
			}
			lists = append(lists, ords)
		})
		for _, o := range intersect(lists) {
			f := s.facts[o]
			text := " " + normalizeName(f.Text) + " " + normalizeName(f.Quote) + " "
			if strings.Contains(text, " "+key+" ") && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	slices.SortFunc(out, func(a, b *Fact) int { return a.ordinal - b.ordinal })
	return out
}

// lexEntry is what a run of words is: a name, an office, the start of a longer one, or several.
type lexEntry struct {
	ref            nameRef
	role           roleRef
	isName, isRole bool
	longer         bool
}

func (w *World) buildLex() {
	w.lex = make(map[string]lexEntry, len(w.names)+len(w.roleNames))
	prefixes := func(key string) {
		for i := range len(key) {
			if key[i] == ' ' {
				e := w.lex[key[:i]]
				e.longer = true
				w.lex[key[:i]] = e
			}
		}
	}
	for key, ref := range w.names {
		e := w.lex[key]
		e.ref, e.isName = ref, true
		w.lex[key] = e
		prefixes(key)
	}
	for key, r := range w.roleNames {
		e := w.lex[key]
		e.role, e.isRole = r, true
		w.lex[key] = e
		prefixes(key)
	}
	// A person named by given name and surname is named by the surname alone too.
	w.givenNames = map[string]bool{}
	for key, ref := range w.names {
		given, surname, ok := strings.Cut(key, " ")
		if ok && ref.entity != nil && ref.entity.Kind == "person" && !strings.Contains(surname, " ") && w.names[surname].entity == ref.entity {
			w.givenNames[given] = true
		}
	}
}

// mention is a name found in a question: words [from, to).
type mention struct {
	from, to int
	ref      nameRef
}

type roleMention struct {
	from, to int
	roleRef
}

// maxFound bounds what one question is read for; a question naming more is read that far.
const maxFound = 8

type scanned struct {
	mentions  [maxFound]mention
	nMentions int
	roles     [maxFound]roleMention
	nRoles    int
}

// scan finds the names and offices among the words of q (nameWords), longest first, under the
// case rules of the package comment. It does not allocate.
func (w *World) scan(q string, words [][2]int, sc *scanned) {
	shouting := !hasLower(q)
	for i := 0; i < len(words); {
		best, matched := w.longestAt(q, words, i, sc, shouting)
		if matched > 0 && strings.EqualFold(q[words[i][0]:words[i][1]], "the") {
			// "the North Korean leader": "the North" is North Korea, but so is "North
			// Korean", which reaches further; the article is left out of it.
			if next, n := w.longestAt(q, words, i+1, sc, shouting); n > 0 && n >= matched {
				best, matched, i = next, n, i+1
			}
		}
		switch {
		case best.isName && sc.nMentions < maxFound:
			sc.mentions[sc.nMentions] = mention{from: i, to: i + matched, ref: best.ref}
			sc.nMentions++
		case best.isRole && sc.nRoles < maxFound:
			sc.roles[sc.nRoles] = roleMention{from: i, to: i + matched, roleRef: best.role}
			sc.nRoles++
		}
		i += max(matched, 1)
	}
}

// longestAt is the longest readable name or office among words that starts at word i, and
// how many words it takes; none when no name or office starts there. It does not allocate.
func (w *World) longestAt(q string, words [][2]int, i int, sc *scanned, shouting bool) (lexEntry, int) {
	// Extend the run of words while it starts a longer name; keep the longest readable name
	// or office found on the way.
	var keyBuf [128]byte
	var best lexEntry
	matched := 0
	key := keyBuf[:0]
	for j := i; j < len(words); j++ {
		if j > i {
			key = append(key, ' ')
		}
		key = appendNameKey(key, q[words[j][0]:words[j][1]])
		e, ok := w.lex[string(key)]
		if !ok {
			e, ok = w.possessive(key)
		}
		if !ok {
			break
		}
		n := j - i + 1
		switch {
		case e.isName && w.readable(q, words, i, n, len(key), e.ref.common, shouting) && !likenessAfter(q[words[j][1]:]):
			best, matched = lexEntry{ref: e.ref, isName: true}, n
		case e.isRole && (w.readable(q, words, i, n, len(key), false, shouting) || sc.nMentions > 0 && sc.mentions[sc.nMentions-1].to == i && !strings.ContainsAny(q[words[i-1][1]:words[i][0]], ",;:")):
			// A short office in lower case is read after a country's name: "the aussie pm";
			// not after a comma ("After Madrid, prime minister…").
			best, matched = lexEntry{role: e.role, isRole: true}, n
		}
		if !e.longer {
			break
		}
	}
	return best, matched
}

// withoutPlaceClosing is a yes-or-no question on where something happened, asked of the
// place it closes with, as the question where it did ("Was the summit held in Brussels?" is
// "Where was the summit held?"): the answer is where; false for any other question.
func withoutPlaceClosing(question string) (string, bool) {
	first, _, _ := strings.Cut(question, " ")
	if !inFold(whetherWords, first) {
		return question, false // most questions
	}
	q := strings.TrimRight(question, "?!. ")
	i := max(strings.LastIndex(q, " in "), strings.LastIndex(q, " at "))
	if i < 0 || strings.Count(q[i+4:], " ") > 1 || !isCapitalisedName(q[i+4:]) {
		return question, false // a place is one or two capitalised words: "in New York"
	}
	if !slices.ContainsFunc(strings.Fields(strings.ToLower(q[:i])), func(w string) bool { return gatheringWords[w] || w == "held" }) {
		return question, false // "Is Japan's influence waning in Asia?" asks no where
	}
	return "Where " + strings.ToLower(first) + q[len(first):i] + "?", true
}

// possessive is the entry of the country or organisation whose name key is, typed as a
// possessive without its apostrophe ("south koreas defence minister").
func (w *World) possessive(key []byte) (lexEntry, bool) {
	if len(key) < 5 || key[len(key)-1] != 's' {
		return lexEntry{}, false
	}
	e, ok := w.lex[string(key[:len(key)-1])]
	if !ok || !e.isName || e.ref.place < 0 || w.places[e.ref.place].event {
		return lexEntry{}, false
	}
	e.longer = false
	return e, true
}

// readable applies the case rules to a name of n words at word i, its key keyLen bytes long.
func (w *World) readable(q string, words [][2]int, i, n, keyLen int, common, shouting bool) bool {
	word := q[words[i][0]:words[i][1]]
	if n == 1 && keyLen <= 3 {
		return !shouting && (!hasLower(word) || slices.ContainsFunc(w.lowerCaseCodes, func(c string) bool { return strings.EqualFold(c, word) }))
	}
	if !common {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) {
		return false
	}
	if rest := q[words[i+n-1][1]:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "\u2019s") {
		return true
	}
	return i > 0 && !strings.ContainsAny(q[words[i-1][1]:words[i][0]], ".?!:;\n")
}

// place is the country or organisation a mention stands for, whose facts decide whether it is
// covered; nil for a store entity of another kind (a person, a city, an event), which the
// article covers by being in the store.
func (w *World) place(m mention) *worldPlace {
	if m.ref.place < 0 || (m.ref.entity != nil && m.ref.entity.Kind != "country" && m.ref.entity.Kind != "organisation") {
		return nil
	}
	return w.places[m.ref.place]
}

// Uncovered reports what the question names that the store does not cover, if anything (see
// the rules at the top of this file). It is meant to run before Search on every free question.
func (w *World) Uncovered(question string) (Gap, bool) {
	raw := withoutSender(withoutQuizFrame(question))
	spelled := withChatSpelledOut(raw)
	question = withoutAskersReason(withoutCourtesyAsides(withoutOwnBracketAside(w.store.afterExclamation(w.store.withGsSpoken(spelled)))))
	if q, ok := withCheckOpenerAsTag(question); ok {
		// "Is it true that Putin attended the summit?" asks of the statement, as
		// "Putin attended the summit?" does.
		question = strings.TrimSuffix(q, ", right?") + "?"
	}
	if q, ok := withoutClosingRemark(question); ok {
		// "…what else stirs up anti-Japanese feeling in Korea? Old grudges are worse than
		// Wales–England week.": the asker's remark after asking is not what is asked.
		question = q
	}
	// A guessed answer ("- a North Korean missile test?") is not what is asked.
	typed := question
	question = withoutGuessedAnswer(withGuessJoined(withoutRequest(withoutReport(withoutAskerIntro(withoutOpeningFillers(question))))))
	// "…something quite specific about defence and the constitution. The article frames
	// Japan's priorities in those terms. What does Japan's diplomatic strategy focus on?":
	// what the asker's background mentions is not what is asked.
	question = w.store.questionAfterBackground(question)
	if q, ok := withoutDoubtedGuess(question); ok {
		question = q // "— the Australian Prime Minister, perhaps?": a guess, not what is asked
	}
	if aside, rest, ok := emphasisAside(question); ok {
		// "How did Pyongyang, and Kim Jong Un in particular, respond…?": whom the aside
		// singles out is asked about; the rest is read whole without it.
		if g, ok := w.uncovered(aside); ok && (g.Kind == GapPerson || g.Kind == GapUncovered) {
			return g, true
		}
		question = rest
	}
	if q := withoutDescribingAside(question); q != question {
		// "Which former Foreign Minister, who served under the previous government, does
		// the author quote?": the clause describes whom the question asks about; its words
		// ask for nothing the article does not give.
		if g, ok := w.uncovered(question); ok && g.Kind == GapNotGiven {
			if _, inRest := w.uncovered(q); !inRest {
				question = q
			}
		}
	}
	if rest, _, ok := withoutExclusion(question); ok {
		// "In which areas do Japan and Australia cooperate, over and above the Quad?": what
		// the clause sets aside, mentioned only in passing or not covered at all ("…, if it's
		// anything beyond the rugby"), is not what is asked about.
		if g, ok := w.uncovered(question); ok && (g.Kind == GapInPassing || g.Kind == GapUncovered) {
			if _, inRest := w.uncovered(rest); !inRest {
				question = rest
			}
		}
	}
	if rest, _, ok := setApartFrom(question); ok {
		// "What was the point of the trilateral, as opposed to just bilateral meetings?": what
		// the question sets what it asks against, which the article may not give, is not asked.
		if g, ok := w.uncovered(question); ok && g.Kind == GapNotGiven {
			if _, inRest := w.uncovered(rest); !inRest {
				question = rest
			}
		}
	}
	if i := max(strings.LastIndex(question, ". "), strings.LastIndex(question, ": ")); i > 0 && strings.HasSuffix(strings.TrimSpace(question), "?") && !strings.Contains(question[:i], "?") {
		// "The trilateral focused on the North Korean nuclear issue. How did Kim Jong-un's
		// government respond to that meeting?": the scene set, what is asked after it may
		// name someone the article never mentions, or ask what it never gives. So may what
		// is asked after a lead-in: "Settle a bet: what did Pedro Sanchez say?"
		if g, ok := w.uncovered(question[i+2:]); ok && (g.Kind == GapPerson || g.Kind == GapNotGiven || g.Kind == GapUncovered && !g.Partial) {
			return g, true // "…and Turkey was holding out. What were Ankara's demands?"
		}
	}
	if q, ok := w.store.afterLeadIn(question); ok {
		question = q // "Two for the price of one: …": the lead-in asks for nothing
	}
	if premise, asked, ok := leadingPremise(question); ok {
		// "Japan's defense minister went to Yoon's inauguration, didn't he? Who actually
		// went?": what the premise gets wrong is said, and what is asked after it answered.
		if g, ok := w.uncovered(asked); ok {
			return g, true
		}
		premise, question = withoutAssurance(withoutReport(premise)), withoutReport(question)
		// "macron was sceptical of the four, wasn't he? what did he say": asked of what the
		// premise opens with, it is refused whole.
		// Not when it asks who or which ("…, right? who really went"): that is the
		// premise's correction; nor of an office's holder, which the article may name.
		// An office of a country mentioned only in passing is no one the article names
		// ("Singapore's PM was in the four-country meeting, right? what did he say").
		if g, ok := w.openingGap(premise); ok && (g.Kind != GapRole || w.opensWithOfficelessPlace(premise)) && !asksPerson(strings.Fields(normalizeName(asked))) && w.asksOfSomeoneNamedBefore(premise, asked, g) {
			return g, true
		}
		g, ok := w.uncovered(question)
		// "Yoon and Kishida had a one-on-one in Madrid, right? what did they agree to?": asked
		// of the people who did what the article never gives, it is refused whole too.
		// So is one asking only when or how much of what the premise says ("Tokyo promised to
		// double defense spending to 2% of GDP? by what year"). So is one after a premise
		// that the article names what it does not ("Am I right the article names the police
		// commissioner who landed on Dokdo? Who was he?").
		g.Partial = !(ok && g.Kind == GapNotGiven && (asksWhatArticleNames(premise) || !asksPerson(strings.Fields(normalizeName(asked))) && (w.asksOfPairOrPremise(premise, asked) || w.asksOnlyWhenOrHowMuch(asked))))
		if ok && g.Kind == GapLater && (pointsBackToOne(asked) || asksHowItWent(asked)) {
			// "Kishida and Yoon then met in Tokyo in 2023? how did it go": asked of the
			// later event the premise tells, it is refused whole.
			g.Partial = false
		}
		return g, ok
	}
	if clause, _, found := strings.Cut(question, ", "); found {
		// "After Abe was shot in July 2022, how did that change Tokyo's NATO outreach?": what
		// followed something a figure the article never mentions did is not in it either.
		if w0, rest, _ := strings.Cut(clause, " "); timeConjunctions[strings.ToLower(w0)] {
			if g, ok := w.uncovered(rest); ok && g.Kind == GapPerson {
				return g, true
			}
		}
	}
	g, ok := w.uncovered(question)
	if !ok && spelled != raw {
		// Read from another language, a figure's name may stand anywhere: asked in
		// English, the subject is where unknownSubject looks.
		g, ok = w.loneFigure(question)
	}
	if !ok || g.Partial {
		// "Pyongyang rarely lets such meetings pass; what statement did Kim Jong Un
		// issue?", "Given how pointedly they spoke, how did Kim Jong Un respond?": the
		// question after the scene set asks about whom it names first. So does one whose
		// scene names what the article covers only in part ("…, and given France's views,
		// what did President Macron say…?").
		if rest, set := afterSceneSet(question); set {
			if rg, rok := w.uncovered(rest); !ok || rok && rg.Kind == GapPerson && !rg.Partial {
				g, ok = rg, rok
			}
		}
	}
	if ok && !g.Partial {
		// "Considering the constitutional debates in Japan, what overriding ambition does the
		// author ascribe to Tokyo?": what the clause a question opens with concedes or gives
		// as its reason is not asked; the question after it is.
		if clause, rest, found := strings.Cut(question, ", "); found && opensScene(clause) {
			if words := strings.Fields(rest); len(words) > 1 && opensAsking(words[0]) && !asksOfScene(rest) {
				if _, inRest := w.uncovered(rest); !inRest {
					return Gap{}, false
				}
			}
		}
	}
	if ok && !g.Partial {
		// "I was told … that the Australian prime minister took the chair at the four-way
		// session. Who, according to the article, actually served as the moderator of that
		// meeting?": what the asker half-remembers is said to be wrong, and what they ask,
		// expecting it corrected, answered.
		// "…; Kang Kyung-wha, was it? Who in fact is quoted?": a guess checked may end the
		// recollection.
		if i := max(strings.LastIndex(question, ". "), strings.LastIndex(question, "? ")); i > 0 && recollects(typed) && (correctionAsked(question[i+2:]) || !pointsBackToOne(question[i+2:])) {
			if _, inAsked := w.uncovered(question[i+2:]); !inAsked {
				g.Partial = true
			}
		}
	}
	if ok && !g.Partial {
		// "A blog says Seoul took its complaint to the IMF. Is that what the article
		// reports?": what the claim gets wrong is said, and what the article does report
		// answers the check.
		if i := max(strings.LastIndex(question, ". "), strings.LastIndex(question, "? ")); i > 0 && checksClaim(question[i+2:]) && reportsClaim(typed) {
			if _, inAsked := w.uncovered(question[i+2:]); !inAsked {
				g.Partial = true
			}
		}
	}
	if ok && !g.Partial {
		// "what did the four leaders talk about in their meeting and did they release a joint
		// statement": the first question is answered, after saying what the second asks
		// that the article does not give.
		// Only a yes-or-no second question of a detail not given: one asking what or
		// when may ask of the first part's thing what the article does not give either.
		if first, second, two := twoQuestions(question); two && g.Kind == GapNotGiven && opensWithWhether(second) {
			if _, inFirst := w.uncovered(first); !inFirst {
				if g2, inSecond := w.uncovered(second); inSecond && g2.Sentence == g.Sentence {
					g.Partial = true
				}
			}
		}
	}
	if ok && g.Kind == GapRole {
		words := strings.Fields(normalizeName(question))
		if first, rest, _ := strings.Cut(question, " "); whetherWords[strings.ToLower(first)] && w.opensWithOfficedPlace(rest) && !slices.ContainsFunc(words, func(x string) bool { return x == "who" || x == "name" }) {
			// "Did Japan's defence minister deliver Kishida's letter at Yoon's inauguration?":
			// an office of a country the article covers, checked, is said not to be
			// mentioned, and the rest answered: who did deliver it. Not when the holder is
			// asked for too ("…, and who was it?").
			g.Partial = true
		}
		if cleft, ok := cutPrefixFold(question, "was it "); ok && w.opensWithCoveredPlace(cleft) && indexFold(cleft, " who ") > 0 {
			// "Was it Australia's leader who chaired the four-country meeting?" asks who
			// chaired it, the office a guess: it is said not to be mentioned, and who did
			// chair it answered.
			g.Partial = true
		}
	}
	if ok && !g.Partial && g.Kind == GapUncovered {
		// "Was the summit held in Brussels?": a place the article does not cover, guessed
		// for where something it does cover happened, is said not to be covered, and what
		// the article says of the rest answers the check.
		if rest, guessed := withoutPlaceClosing(question); guessed {
			if _, inRest := w.uncovered(rest); !inRest {
				g.Partial, g.Rest = true, rest
			}
		}
	}
	if ok && g.Kind != GapLater && asksConfirmation(strings.Fields(normalizeName(question))) {
		// "Australia's prime minister chaired the four-country meeting, didn't he?": the
		// office the statement gets wrong is said, and the statement checked; so is what the
		// article never gives ("…cancelled over a North Korean missile test, didn't it?"), or
		// someone it does not mention ("Park Geun-hye's government pushed hardest for talks
		// with the North, right?": Moon's did). Not a later year: that asks of an event the
		// article cannot tell.
		g.Partial = true
	}
	if ok && !g.Partial {
		// "Who chaired the four's meeting — was it the Australian PM?": the office the check
		// names is said, and what is asked answered; so is a body checked after a comma
		// ("how did Seoul hit back at Tokyo's export curbs, did it go to the IMF?").
		marks := checkBreaks
		if g.Kind == GapUncovered {
			marks = checkMarks
		}
		if q, checked := withoutTrailingCheck(question, marks); checked {
			if _, inAsked := w.uncovered(q); !inAsked {
				g.Partial = true
			}
		}
	}
	if ok {
		// "What kind of security system is Tokyo trying to build, one centred on the UN?": a
		// guess after the question that names what the article does not cover is the
		// asker's, not what is asked. One opening with a name goes on a list of three or
		// more ("…of US, Japan, Korea in 2023?"), or is a name guessed ("What does Tokyo
		// call Dokdo, Senkaku?").
		if q, guessed := withoutTrailingGuess(question); guessed {
			guess := strings.TrimLeft(question[len(q)-1:], ", ")
			if r, _ := utf8.DecodeRuneInString(guess); unicode.IsLower(r) || !strings.Contains(q, ", ") {
				if _, inAsked := w.uncovered(q); !inAsked {
					return Gap{}, false
				}
			}
		}
	}
	if ok && g.Partial && g.Kind == GapUncovered {
		// "How did the four view Finland and Sweden's applications, and did Canberra and
		// Wellington differ on enlargement?": a second question the article does not answer
		// either leaves no rest to answer.
		if first, second, two := twoQuestions(question); two {
			if g1, inFirst := w.uncovered(first); inFirst && !g1.Partial {
				if g2, inSecond := w.uncovered(second); inSecond && !g2.Partial {
					g.Partial = false
				}
			}
		}
	}
	return g, ok
}

// asksHowItWent reports whether a question only asks how something named before went: "how
// was?", "how did it end".
func asksHowItWent(question string) bool {
	words := strings.Fields(normalizeName(question))
	return len(words) >= 2 && len(words) <= 4 && words[0] == "how" && !slices.ContainsFunc(words[1:], func(w string) bool { return !howItWentWords[w] })
}

var howItWentWords = setOf([]string{"was", "did", "go", "went", "end", "ended", "turn", "turned", "out"})

// reportsClaim reports whether a question opens by reporting what someone else claims: "A
// summary claims…", "One outlet reported…", "I've seen it described as…".
func reportsClaim(question string) bool {
	return slices.ContainsFunc(claimReports, func(r string) bool { return indexFold(question, r) >= 0 })
}

// claimReports are the phrases that report another's claim.
var claimReports = []string{"summary claims", "summary says", "outlet reported", "outlet says", "blog says", "blog claims",
	"report says", "reports say", "media reported", "post says", "tweet says", "source says", "colleague says", "friend says",
	"my notes say", "seen it described", "seen it reported", "i read that", "i've read that", "i have read that",
	"someone told me", "claim:"}

// checksClaim reports whether a question, after a claim reported, asks whether the article
// bears it out, or what it says instead.
func checksClaim(question string) bool {
	return slices.ContainsFunc(claimChecks, func(c string) bool {
		_, ok := cutPrefixFold(question, c)
		return ok
	})
}

// claimChecks open a question checking a claim against the article.
var claimChecks = []string{"does the article", "is that", "is this", "is it", "who does the article", "what does the article",
	"where does the article", "when does the article", "which does the article", "does the piece", "does the author"}

// emphasisAside splits a question around an aside that singles out one of what it names
// (", and Kim Jong Un in particular,", ", above all Tokyo,"): the aside's words, and the
// question without it. False for any other.
func emphasisAside(question string) (aside, rest string, ok bool) {
	if indexFold(question, " in particular,") < 0 && indexFold(question, ", above all ") < 0 && indexFold(question, ", especially ") < 0 {
		return "", question, false // most questions
	}
	for from := 0; ; {
		i := strings.Index(question[from:], ", ")
		if i < 0 {
			return "", question, false
		}
		i += from
		j := strings.Index(question[i+2:], ",")
		if j < 0 {
			return "", question, false
		}
		j += i + 2
		a := question[i+2 : j]
		a = strings.TrimPrefix(a, "and ")
		for _, o := range []string{"above all ", "especially "} {
			if r, ok := cutPrefixFold(a, o); ok {
				return r, question[:i] + question[j+1:], true
			}
		}
		if r, ok := cutSuffixFold(a, " in particular"); ok {
			return r, question[:i] + question[j+1:], true
		}
		from = i + 2
	}
}

// asksWhatArticleNames reports whether a premise says the article names something.
func asksWhatArticleNames(premise string) bool {
	return slices.ContainsFunc(articleNaming, func(p string) bool { return indexFold(premise, p) >= 0 })
}

// articleNaming are the ways of saying the article names something.
var articleNaming = []string{"named in the article", "named by the article", "article names ", "article name ", "article identifies ", "identified in the article"}

// openingGap is what the premise's first three words name that the article does not cover,
// if anything: a person the article never mentions ("albanese announced…"), a place or office
// ("uk pm Boris Johnson met Kishida", "Finland and Sweden were invited…").
func (w *World) openingGap(premise string) (Gap, bool) {
	words := strings.Fields(premise)
	if len(words) > 1 && (strings.EqualFold(words[0], "the") || strings.EqualFold(words[0], "a")) {
		words = words[1:] // "the new NATO Strategic Concept called China…"
		if len(words) > 1 && strings.EqualFold(words[0], "new") {
			words = words[1:]
		}
	}
	if len(words) == 0 || isStopword(strings.ToLower(words[0])) {
		return Gap{}, false // "After leaving Brussels, Ardern said…" is about Ardern
	}
	// A detail the article does not give is no one it fails to name: "yoon visited tokyo
	// himself before taking office right? what did he send over" is asked of Yoon.
	if g, ok := w.uncovered(strings.Join(words[:min(3, len(words))], " ")); ok && g.Kind != GapNotGiven {
		return g, true
	}
	// "Korea's foreign minister Park Jin was in Madrid": the person an office introduces.
	if g, ok := w.uncovered(premise); ok && g.Kind == GapPerson {
		if i := strings.Index(premise, g.Name); i >= 0 && len(strings.Fields(premise[:i])) <= 4 {
			return g, true
		}
	}
	return Gap{}, false
}

// opensWithWhether reports whether a question opens with an auxiliary asking yes or no.
func opensWithWhether(question string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(question), " ")
	return whetherWords[strings.ToLower(first)]
}

// withoutAssurance is a premise without the adverb opening it that says how sure the asker
// is ("Surely Spanish Prime Minister Pedro Sánchez set the agenda…"), which would hide what
// it opens with.
func withoutAssurance(premise string) string {
	first, rest, ok := strings.Cut(premise, " ")
	if ok && assurances[strings.ToLower(strings.Trim(first, ","))] {
		return rest
	}
	return premise
}

// assurances say how sure an asker is of what they state.
var assurances = setOf([]string{"surely", "certainly", "obviously", "clearly", "plainly", "presumably", "supposedly", "allegedly", "apparently"})

// asksOfSomeoneNamedBefore reports whether a question after a premise asks of what the
// premise opens with (g, found there): by a pronoun and without naming anyone itself, "what
// did he say?", "what was it?" of what an unknown figure did, "what did they agree?" when the
// premise joins them with others ("Johnson met Kishida") or opens with an office ("Beijing's
// foreign ministry…"), not when it reports their words about others ("Macron said the
// four…"); by a bare "what?"; or, whatever it names, of the whole premise by a closing "that" ("Finland and Sweden were invited to join, right? how did Tokyo react to
// that?").
func (w *World) asksOfSomeoneNamedBefore(premise, asked string, g Gap) bool {
	aw := strings.Fields(normalizeName(asked))
	if len(aw) > 0 && (aw[len(aw)-1] == "that" || aw[len(aw)-1] == "this" || tookPremise[aw[len(aw)-1]]) {
		return true // "…, how did Tokyo react to that?", "…, how did Tokyo react?"
	}
	for i := 1; i < len(aw); i++ {
		// "finland and sweden's bids came up — what did seoul say about them?"
		if backPrepositions[aw[i-1]] && objectBackReferences[aw[i]] {
			return true
		}
	}
	if slices.ContainsFunc(aw, func(x string) bool { return singularBackReferences[x] }) {
		return true // "what did he say about China?": he is whom the premise opens with
	}
	if len(aw) > 0 && !slices.ContainsFunc(aw, func(x string) bool { return !bareAskingWords[x] && !sayingVerbs[x] }) {
		// "putin said something about the asia partners? what": the premise is asked of, as
		// it is by "what said?", a language that drops the subject read in English.
		return true
	}
	if len(w.store.namedActors(asked)) > 0 {
		return false
	}
	if len(aw) <= 2 {
		return true // "philippines's president this summit attended? what statement?"
	}
	if g.Kind == GapUncovered && !w.store.readsEveryWord(asked) {
		return true // "aukus came up at the four way meeting? what was said about the subs"
	}
	pw := strings.Fields(normalizeName(premise))
	joined := slices.ContainsFunc(pw, func(x string) bool { return x == "and" || x == "met" || x == "with" })
	// "NATO's secretary general said something about China — what was it?": "it" is what
	// the holder the premise opens with said.
	said := sayingAt(premise) >= 0
	return slices.ContainsFunc(aw, func(x string) bool {
		return (joined || g.Kind == GapRole || g.Kind == GapUncovered) && pluralBackReferences[x] ||
			(g.Kind == GapPerson || g.Kind == GapUncovered || g.Kind == GapRole && said) && x == "it"
	})
}

// knownFiguresViews reads a question asking for what a well-known figure the article never
// mentions holds or did, by a possessive before anything the store knows is named: "I
// should be grateful for an account of President Macron's views on…". "What did Japan think
// of Macron's remark?" asks Japan's.
func (w *World) knownFiguresViews(q string, words [][2]int) (Gap, bool) {
	for i, wd := range words {
		name := q[wd[0]:wd[1]]
		if !strings.HasPrefix(q[wd[1]:], "'s") && !strings.HasPrefix(q[wd[1]:], "’s") {
			continue
		}
		if !w.people[normalizeName(name)] {
			continue
		}
		if len(w.store.namedActors(q[:words[i][0]])) > 0 {
			return Gap{}, false
		}
		from := i
		for from > 0 && w.people[normalizeName(q[words[from-1][0]:words[from-1][1]])] {
			from-- // "Emmanuel Macron's"
		}
		return personGap(q[words[from][0]:wd[1]]), true
	}
	return Gap{}, false
}

// loneFigure is the gap of a well-known figure the article never mentions, named, capitalised,
// in a question mixing in another language that names no one the store covers: "Zelensky
// Madrid summit mein aya tha kya?" asks of him wherever that language puts his name. It
// allocates only for a figure so named.
func (w *World) loneFigure(q string) (Gap, bool) {
	var spanBuf [32][2]int
	words := nameWords(q, spanBuf[:0])
	var key [32]byte
	figure := func(i int) bool {
		return w.people[string(appendNameKey(key[:0], q[words[i][0]:words[i][1]]))]
	}
	for i, wd := range words {
		if r, _ := utf8.DecodeRuneInString(q[wd[0]:]); !unicode.IsUpper(r) || !figure(i) {
			continue
		}
		if len(w.store.namedActors(q)) > 0 {
			return Gap{}, false // "Did Japan back Zelensky?" asks of Japan too
		}
		from, to := i, i+1
		for from > 0 && figure(from-1) {
			from-- // "Volodymyr Zelensky"
		}
		for to < len(words) && figure(to) {
			to++
		}
		return personGap(q[words[from][0]:words[to-1][1]]), true
	}
	return Gap{}, false
}

// figureComparedWith is the gap of a well-known figure the article never mentions whom a
// question compares something with: "How does Yoon's Japan policy compare with that of Park
// Geun-hye?" asks what the article cannot set against Yoon's.
func (w *World) figureComparedWith(q string, words [][2]int) (Gap, bool) {
	for _, c := range comparedWith {
		i := indexFold(q, c)
		if i < 0 {
			continue
		}
		rest := q[i+len(c):]
		for _, skip := range []string{"that of ", "those of ", "the "} {
			if r, ok := cutPrefixFold(rest, skip); ok {
				rest = r
			}
		}
		from := len(q) - len(rest) // where the name compared with may start
		var run [][2]int
		for _, wd := range words {
			if wd[0] < from {
				continue
			}
			hyphened := len(run) > 0 && q[run[len(run)-1][1]:wd[0]] == "-" // "Geun-hye"
			if r, _ := utf8.DecodeRuneInString(q[wd[0]:]); !hyphened && (!unicode.IsUpper(r) || len(run) > 0 && strings.TrimSpace(q[run[len(run)-1][1]:wd[0]]) != "") {
				break
			}
			run = append(run, wd)
		}
		if len(run) == 0 {
			continue
		}
		name := q[run[0][0]:run[len(run)-1][1]]
		if w.people[normalizeName(name)] || slices.ContainsFunc(run, func(wd [2]int) bool { return w.people[normalizeName(q[wd[0]:wd[1]])] }) {
			return personGap(strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")), true
		}
	}
	return Gap{}, false
}

// comparedWith open what a question compares something with.
var comparedWith = []string{" compare with ", " compared with ", " compare to ", " compared to ", " than ", " unlike ", " versus ", " vs "}

// tookPremise, closing a question after a premise, ask how someone took what the premise
// says.
var tookPremise = setOf([]string{"react", "respond", "reply", "feel", "take"})

// asksOfScene reports whether a question after a clause setting its scene asks of what the
// clause names: "Given the security agreement between Beijing and the Solomon Islands, how
// did Wellington and Canberra assess its implications?", "…, how did Tokyo react to it?"
func asksOfScene(question string) bool {
	words := strings.Fields(normalizeName(question))
	for i := 1; i < len(words); i++ {
		if words[i-1] == "its" && sceneEffects[strings.Trim(words[i], "?,.")] || backPrepositions[words[i-1]] && (words[i] == "it" || words[i] == "it?" || words[i] == "that" || words[i] == "that?") {
			return true
		}
		if words[i-1] == "it" && sceneContents[strings.Trim(words[i], "?,.")] {
			return true // "…adopted a new strategic document, how did Tokyo react to the language it contained?"
		}
	}
	return false
}

// sceneEffects are what a question asks of something named before by "its".
var sceneEffects = setOf([]string{"implications", "implication", "impact", "effect", "effects", "consequences", "significance", "fallout",
	"language", "wording", "contents", "content", "text", "provisions", "terms"})

// sceneContents are what a question asks that something named before by "it" said or held.
var sceneContents = setOf([]string{"contained", "contains", "contain", "said", "says", "say", "stated", "states", "included", "includes"})

// pointsBackToOne reports whether a question speaks of one person or thing named before it:
// "What did he propose?", "the wording in that document". Asked of the four leaders
// ("had they been invited previously?"), it asks of whom the article covers.
func pointsBackToOne(question string) bool {
	return slices.ContainsFunc(strings.Fields(normalizeName(question)), func(w string) bool { return singularPointsBack[w] })
}

// singularPointsBack are the words that point at one person or thing named before them.
var singularPointsBack = setOf([]string{"he", "him", "his", "she", "her", "it", "its", "that", "this", "such", "there", "men", "pair"})

// correctionAsked reports whether a question expects what the asker said before it corrected:
// "Who actually served as the moderator?"
func correctionAsked(question string) bool {
	words := strings.Fields(normalizeName(question))
	for i := 1; i < len(words); i++ {
		if words[i-1] == "in" && (words[i] == "fact" || words[i] == "truth") {
			return true // "Who, in fact, moderated the talks?"
		}
	}
	return slices.Contains(words, "actually") || slices.Contains(words, "really")
}

// timeConjunctions open a clause that says when, by what happened then.
var timeConjunctions = map[string]bool{"after": true, "since": true, "once": true, "when": true, "following": true, "before": true, "until": true}

// backPrepositions and objectBackReferences make a phrase that points back at what was
// named before: "about them", "on it", "to him".
var (
	backPrepositions     = map[string]bool{"about": true, "on": true, "of": true, "to": true, "towards": true, "toward": true, "with": true, "for": true}
	objectBackReferences = map[string]bool{"it": true, "them": true, "him": true, "her": true}
)

// opensWithOfficelessPlace reports whether the first name a premise opens with (in its
// first three words) is a country the article mentions only in passing, or one whose offices
// it never names a holder of: an office of it can be no one the article has under another
// title ("Beijing's foreign ministry blasted the summit, right? what did they say").
func (w *World) opensWithOfficelessPlace(premise string) bool {
	p := w.openingPlace(premise)
	return p != nil && (p.passing() || !w.officeHeldIn(p.key))
}

// opensWithOfficedPlace reports whether the first name a statement opens with (in its first
// three words) is a country the article covers and names the holder of an office of.
func (w *World) opensWithOfficedPlace(statement string) bool {
	p := w.openingPlace(statement)
	return p != nil && !p.absent() && !p.passing() && w.officeHeldIn(p.key)
}

// opensWithCoveredPlace reports whether the first name a statement opens with (in its first
// three words) is a country or organisation the article covers.
func (w *World) opensWithCoveredPlace(statement string) bool {
	p := w.openingPlace(statement)
	return p != nil && !p.absent() && !p.passing()
}

// openingPlace is the place a statement names first in its first three words, if any.
func (w *World) openingPlace(statement string) *worldPlace {
	fields := strings.Fields(statement)
	opening := strings.Join(fields[:min(3, len(fields))], " ")
	var spanBuf [8][2]int
	words := nameWords(opening, spanBuf[:0])
	var sc scanned
	w.scan(opening, words, &sc)
	if sc.nMentions == 0 {
		return nil
	}
	return w.place(sc.mentions[0])
}

// officeHeldIn reports whether anyone in the store holds an office of the place.
func (w *World) officeHeldIn(key string) bool {
	for h := range w.holds {
		if h.place == key {
			return true
		}
	}
	return false
}

// asksOnlyWhenOrHowMuch reports whether what is asked after a premise names nothing and asks
// only when, how long or how much: "by what year", "when?".
func (w *World) asksOnlyWhenOrHowMuch(asked string) bool {
	if actors, things := w.store.namedEntities(asked); len(actors)+len(things) > 0 {
		return false
	}
	aw := strings.Fields(normalizeName(asked))
	return len(aw) > 0 && len(aw) <= 5 && (aw[0] == "when" || slices.ContainsFunc(aw, func(w string) bool { return figureWords[w] }) || len(aw) > 1 && aw[0] == "how" && (aw[1] == "much" || aw[1] == "long"))
}

// figureWords ask for a date or a figure: "by what year", "what's the exact figure".
var figureWords = setOf([]string{"year", "figure", "number", "amount", "percentage", "sum"})

// asksOfPairOrPremise reports whether a question after a premise that opens with two
// actors ("Yoon and Kishida had a one-on-one…") asks of them, or of what they did, by "they"
// or "it" and no name; asks of what any premise says by "it", not why, who or to correct it
// ("…fired a missile right after the summit? what kind was it"); or asks of the whole
// premise by a closing "that" ("…, when did he announce that?").
func (w *World) asksOfPairOrPremise(premise, asked string) bool {
	aw := strings.Fields(normalizeName(asked))
	if len(aw) > 0 && (aw[len(aw)-1] == "that" || aw[len(aw)-1] == "this") {
		return true
	}
	if len(aw) > 0 && len(aw) <= 3 && !slices.ContainsFunc(aw, func(x string) bool { return !bareAskingWords[x] && x != "about" && x != "for" && x != "on" }) {
		return true // "…had a separate sitdown with Biden in Madrid? what about"
	}
	if len(w.store.namedActors(asked)) > 0 {
		return false
	}
	if slices.ContainsFunc(aw, func(x string) bool { return x == "it" || x == "it?" }) && !slices.Contains(aw, "who") && !slices.Contains(aw, "why") && !correctionAsked(asked) {
		return true // "North Korea fired a missile right after the summit? what kind was it"
	}
	first, rest, _ := strings.Cut(premise, " and ")
	second, _, _ := strings.Cut(rest, " ")
	if len(w.store.namedActors(first)) != 1 || len(strings.Fields(first)) > 2 || len(w.store.namedActors(second)) != 1 {
		return false
	}
	return slices.ContainsFunc(aw, func(x string) bool { return pluralBackReferences[x] || x == "it" })
}

// bareAskingWords alone after a premise ask of it: "what?", "what exactly", "like what".
var bareAskingWords = setOf([]string{"what", "did", "does", "do", "exactly", "like", "so", "then", "and", "ok", "okay"})

// The pronouns that point back at a person, or people, named before; "its" at a body
// ("…foreign ministry blasted the summit — what did its spokesperson say?").
var (
	singularBackReferences = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true, "its": true}
	pluralBackReferences   = map[string]bool{"they": true, "them": true, "their": true}
)

// afterSceneSet is the question after the clause that sets its scene: after the last
// semicolon, or after the first comma when a question word follows it.
func afterSceneSet(question string) (string, bool) {
	if i := strings.LastIndex(question, "; "); i > 0 {
		return question[i+2:], true
	}
	for at := 0; ; {
		i := strings.Index(question[at:], ", ")
		if i < 0 {
			return question, false
		}
		at += i + 2
		if words := strings.Fields(strings.ToLower(question[at:])); len(words) > 1 && opensAsking(words[0]) {
			return question[at:], true
		}
	}
}

// uncovered is Uncovered for a question without a guessed answer or a premise put to be
// checked before it.
func (w *World) uncovered(question string) (Gap, bool) {
	var spanBuf [32][2]int
	words := nameWords(question, spanBuf[:0])
	var sc scanned
	w.scan(question, words, &sc)
	mentions, roles := sc.mentions[:sc.nMentions], sc.roles[:sc.nRoles]
	if g, ok := w.laterYear(question, words); ok {
		return g, true // whatever else it names: "the 2023 Vilnius summit"
	}
	if g, ok := w.unreadYearsDocument(question, words); ok {
		return g, true
	}
	for _, r := range roles {
		if g, ok := w.roleGap(question, words, r, mentions); ok {
			if !strings.Contains(question, ", ") {
				return g, true // most questions: no name set off by commas
			}
			if pg, ok := w.unknownSubject(question, words, mentions, roles); ok && pg.Kind == GapPerson {
				return pg, true // "Did the NATO boss, Stoltenberg, sit in…": the person named is who is meant
			}
			return g, true
		}
	}
	if g, ok := w.absentGap(question, words, mentions); ok {
		return g, true
	}
	if asksPrice(question, words) {
		return Gap{Kind: GapPrice, Name: "prices", Sentence: "The article gives no prices or fares."}, true
	}
	if g, ok := w.notGivenAsked(question, words); ok {
		return g, true
	}
	if asksMaterialNames(question, words) {
		return Gap{Kind: GapNotGiven, Name: "names of the materials", Sentence: "The article gives no names of the materials."}, true
	}
	if g, ok := w.successorGap(question, words, mentions); ok {
		return g, true
	}
	if g, ok := w.predecessorGap(question, words, mentions); ok {
		return g, true
	}
	if g, ok := w.unknownSubject(question, words, mentions, roles); ok {
		return g, true
	}
	if g, ok := w.figureComparedWith(question, words); ok {
		return g, true
	}
	if g, ok := w.knownFiguresViews(question, words); ok {
		return g, true
	}
	if len(mentions) > 0 {
		first := mentions[0]
		if end := openingClauseEnd(question); end > 0 && words[first.from][0] < end {
			// "Shortly after returning from Spain, what did New Zealand's prime minister
			// say…?": a place in the clause that says when is not what is asked about.
			if i := slices.IndexFunc(mentions, func(m mention) bool { return words[m.from][0] > end }); i > 0 {
				first = mentions[i]
			}
		}
		for p := w.place(first); p != nil && p.passing() && saysWhere(question, words, first); p = w.place(first) {
			// "the two leaders' meetings held on the sidelines in Spain": where a gathering
			// was, not what is asked about; nor, in "was the war in Ukraine discussed when
			// the four leaders met in Spain?", is Spain.
			i := slices.IndexFunc(mentions, func(m mention) bool { return m.from > first.from })
			if i < 0 {
				return Gap{}, false
			}
			first = mentions[i]
		}
		if p := w.place(first); p != nil && p.passing() && !w.answersFrom(question, words, first, p, mentions) {
			return Gap{Kind: GapInPassing, Name: p.name, Facts: p.facts,
				Sentence: "The article mentions " + p.name + " only in passing."}, true
		}
		return Gap{}, false
	}
	if len(roles) == 0 {
		return w.unknownPerson(question, words)
	}
	return Gap{}, false
}

// absentGap names every place in mentions the store has nothing on, in the question's order:
// "The article does not cover Macau or Hong Kong."
func (w *World) absentGap(q string, words [][2]int, mentions []mention) (Gap, bool) {
	var names [maxFound]string
	n, event := 0, false
	for _, m := range mentions {
		if p := w.place(m); p != nil && p.absent() && !slices.Contains(names[:n], p.name) {
			names[n] = p.name
			n++
			event = event || p.event
		}
	}
	if n == 0 {
		return Gap{}, false
	}
	name := names[0]
	if n > 1 {
		name = strings.Join(names[:n-1], ", ") + " or " + names[n-1]
	}
	// The rest is worth answering only when the question asks about something covered besides
	// its subject, alongside what it does not cover: "What does Japan want from the EU and
	// NATO?", not "What is Wellington's position on AUKUS?" nor "How do Tokyo and Seoul differ
	// on Taiwan?", where all that is asked about is Taiwan.
	first := w.place(mentions[0])
	gapAt := slices.IndexFunc(mentions, func(m mention) bool { p := w.place(m); return p != nil && p.absent() })
	// "…, and how do they compare with those of Seoul?" asks Seoul's of the same: no other
	// thing covered.
	// So does "…, and how did those positions differ from Canberra's?": a possessive that
	// ends the question owns the same as before.
	sameOf := func(m mention) bool {
		if m.to == len(words) {
			after := strings.TrimLeft(q[words[m.to-1][1]:], "'’")
			if rest, ok := strings.CutPrefix(after, "s"); ok && after != q[words[m.to-1][1]:] && strings.Trim(rest, " ?.!") == "" {
				return true
			}
		}
		return m.from >= 2 && strings.EqualFold(q[words[m.from-1][0]:words[m.from-1][1]], "of") &&
			(strings.EqualFold(q[words[m.from-2][0]:words[m.from-2][1]], "those") || strings.EqualFold(q[words[m.from-2][0]:words[m.from-2][1]], "that"))
	}
	// "…the agreement between the Solomon Islands and Beijing" names one relation, the
	// gap's: Beijing, paired with it, is no other thing asked about.
	word := func(i int) string { return q[words[i][0]:words[i][1]] }
	g := mentions[gapAt]
	betweenGap := g.from >= 1 && strings.EqualFold(word(g.from-1), "between") ||
		g.from >= 2 && strings.EqualFold(word(g.from-1), "the") && strings.EqualFold(word(g.from-2), "between")
	pairedWithGap := func(m mention) bool {
		return betweenGap && m.from == g.to+1 && strings.EqualFold(word(g.to), "and")
	}
	// "…the agreement between Beijing and the Solomon Islands": Beijing, named first, is
	// one side of the gap's relation, not what the question is about besides it.
	gapPaired := func(m mention) bool {
		between := m.from >= 1 && strings.EqualFold(word(m.from-1), "between") ||
			m.from >= 2 && strings.EqualFold(word(m.from-1), "the") && strings.EqualFold(word(m.from-2), "between")
		if between && m.to < len(words) && strings.EqualFold(word(m.to), "and") &&
			(g.from == m.to+1 || g.from == m.to+2 && strings.EqualFold(word(m.to+1), "the")) {
			return true
		}
		// "China's security pact with the Solomon Islands".
		with := g.from >= 1 && strings.EqualFold(word(g.from-1), "with") ||
			g.from >= 2 && strings.EqualFold(word(g.from-1), "the") && strings.EqualFold(word(g.from-2), "with")
		after := q[words[m.to-1][1]:]
		return with && (strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")) && g.from-m.to <= 4
	}
	// "…on Moscow since the invasion of Ukraine": a place in a clause that says when is no
	// other thing asked about.
	other := slices.ContainsFunc(mentions[gapAt+1:], func(m mention) bool {
		p := w.place(m)
		return p != nil && !p.absent() && !sameOf(m) && !pairedWithGap(m) && !inTimeClauseWithin(q, words, m.from, 4)
	})
	return Gap{Kind: GapUncovered, Name: name, Sentence: "The article does not cover " + name + ".",
		Partial: !event && other && (first == nil || (!first.absent() && !first.passing() && !gapPaired(mentions[0])))}, true
}

// roleModifiers may stand between a holder and its office: "Japan's current defence minister".
var roleModifiers = []string{"current", "new", "former", "incoming", "outgoing", "present", "acting", "then", "next", "last"}

// roleGap checks an office against its holder, named just before it ("China's foreign
// minister", "the Chinese president", "NATO secretary general") or after it with "of" ("king
// of Spain", "prime minister of the United Kingdom").
func (w *World) roleGap(q string, words [][2]int, r roleMention, mentions []mention) (Gap, bool) {
	wordIs := func(i int, ws ...string) bool {
		return i >= 0 && i < len(words) && slices.ContainsFunc(ws, func(x string) bool { return strings.EqualFold(q[words[i][0]:words[i][1]], x) })
	}
	if wordIs(r.to, "visits", "visit", "meetings", "meeting", "talks", "summit", "summits", "exchanges", "level") {
		// "Japan-Australia leader visits": the office names what its holders do, not whom
		// the question asks for.
		return Gap{}, false
	}
	if r.to < len(words) {
		if e, _ := w.store.nameAt(q, words, r.to); e != nil && e.Kind == "person" {
			// "former Korean prime minister Chung Eui-yong": the person is named, and the
			// office, misremembered or not, only says who they are.
			return Gap{}, false
		}
	}
	var holder *mention
	for i := range mentions {
		m := &mentions[i]
		// "Zheng Yirong, former foreign minister": after a comma, an office in apposition says
		// who the person is, with or without a modifier.
		before := m.to == r.from && !strings.ContainsAny(q[words[m.to-1][1]:words[r.from][0]], ",;:") ||
			m.to == r.from-1 && wordIs(r.from-1, roleModifiers...) && !strings.ContainsAny(q[words[m.to-1][1]:words[r.from-1][0]], ",;:")
		after := wordIs(r.to, "of") && (m.from == r.to+1 || (m.from == r.to+2 && wordIs(r.to+1, "the")))
		if before && m.ref.place < 0 && m.ref.entity != nil && m.ref.entity.Kind == "place" {
			// "Which Asia-Pacific leader said…": a region before an office says where its
			// holder is from, not where the office is.
			return Gap{}, false
		}
		if before || after {
			holder = m
			break
		}
	}
	if holder != nil && wordIs(r.to, "of") && slices.ContainsFunc(mentions, func(m mention) bool {
		return m.from > holder.to && m.from <= holder.to+2 && wordIs(m.from-1, "and", "&") || m.from == holder.to && strings.HasPrefix(q[words[holder.to-1][1]:], ",")
	}) {
		// "Defense minister of US, Japan and South Korea agree on what?": the office of a
		// list of countries is that of each, as the facts name them together.
		return Gap{}, false
	}
	if holder == nil {
		// "What did the alliance's Secretary General say?": an office whose holder goes
		// unnamed is not covered when the facts never use a word of its name.
		ix := w.store.index
		office := q[words[r.from][0]:words[r.to-1][1]]
		if slices.ContainsFunc(ix.queryTerms(office), ix.unreadStem) {
			return Gap{Kind: GapRole, Name: r.display, Sentence: "The article does not mention any " + r.display + "."}, true
		}
		return Gap{}, false
	}
	if e := holder.ref.entity; e != nil && e.Kind == "person" && (holder.to == r.from || holder.to == r.from-1 && wordIs(r.from-1, roleModifiers...)) && !strings.HasPrefix(q[words[holder.to-1][1]:], "'") && !strings.HasPrefix(q[words[holder.to-1][1]:], "’") {
		// "Hayashi foreign minister", "Chung Eui-yong former foreign minister", as a Japanese
		// or Korean reader orders it: the office after the person is their title, not an
		// office of theirs.
		return Gap{}, false
	}
	key := ""
	switch p := w.place(*holder); {
	case p != nil && p.absent():
		return Gap{Kind: GapUncovered, Name: p.name, Sentence: "The article does not cover " + p.name + "."}, true
	case holder.ref.place >= 0:
		key = w.places[holder.ref.place].key
	default:
		key = holder.ref.entity.ID
	}
	if w.holds[holding{r.role, key}] || slices.ContainsFunc(w.roles[r.role].includes, func(inc int) bool { return w.holds[holding{inc, key}] }) {
		return Gap{}, false
	}
	name := possessive(holder.ref.display) + " " + r.display
	sentence := "The article does not mention " + name + "."
	if wordIs(0, "who", "whos") {
		sentence = "The article does not say who " + name + " is."
	}
	return Gap{Kind: GapRole, Name: name, Sentence: sentence}, true
}

func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// stanceWords ask for an actor's own views or words, which the article never gives for a
// place it mentions in passing.
var stanceWords = map[string]bool{
	"say": true, "said": true, "says": true, "think": true, "thinks": true, "thought": true,
	"view": true, "views": true, "position": true, "positions": true, "stance": true,
	"opinion": true, "attitude": true, "want": true, "wants": true, "wanted": true,
	"policy": true, "policies": true, "believe": true, "believes": true, "react": true,
	"reacted": true, "respond": true, "responded": true, "response": true, "reaction": true,
	"priority": true, "priorities": true, "goal": true, "goals": true, "aim": true, "aims": true,
	"perspective": true, "stand": true, "feel": true, "feels": true,
	"see": true, "sees": true, "regard": true, "regards": true, "assessment": true,
}

// answersFrom reports whether a place mentioned in passing, the question's subject, answers
// it from its own few facts: the question asks for no views of its own (no stance word after
// its name: "What did Spain say?", but not "What did the leaders say about Ukraine?"), and
// every other meaningful word occurs in one of those facts (its text, quote or tags).
func (w *World) answersFrom(q string, words [][2]int, subject mention, p *worldPlace, mentions []mention) bool {
	ix := w.store.index
	inside := func(i int) bool {
		for _, m := range mentions {
			if i >= m.from && i < m.to && w.place(m) == p {
				return true
			}
		}
		return false
	}
	// "the position of Singapore": a stance said before its holder, joined by "of".
	ofSubject := subject.from >= 2 && strings.EqualFold(q[words[subject.from-1][0]:words[subject.from-1][1]], "of")
	answered := true
	for i, span := range words {
		if inside(i) {
			continue
		}
		tokenize(q[span[0]:span[1]], func(word string) {
			switch {
			case !answered:
			case stanceWords[word] && (i >= subject.to || ofSubject && i == subject.from-2):
				answered = false
			case stanceWords[word]:
			case isStopword(word):
			default:
				ps := ix.postings[ix.stem(word)]
				answered = slices.ContainsFunc(p.facts, func(f *Fact) bool {
					_, ok := slices.BinarySearchFunc(ps, int32(f.ordinal), func(x posting, o int32) int { return int(x.fact - o) })
					return ok
				})
			}
		})
	}
	return answered
}

// unknownPerson reads "Who is X?" / "Who was X?" where X is one to four capitalised words the
// store has never seen, in names or in text.
func (w *World) unknownPerson(q string, words [][2]int) (Gap, bool) {
	word := func(i int) string { return q[words[i][0]:words[i][1]] }
	if len(words) < 3 || len(words) > 6 || !strings.EqualFold(word(0), "who") ||
		!(strings.EqualFold(word(1), "is") || strings.EqualFold(word(1), "was")) {
		return Gap{}, false
	}
	if w.unknownNameAt(q, words, 2) != len(words) {
		return Gap{}, false
	}
	return personGap(strings.TrimRight(q[words[2][0]:words[len(words)-1][1]], " ")), true
}

func personGap(name string) Gap {
	if name == strings.ToLower(name) {
		// "what did macron think…": a name written in lower case is told capitalised.
		words := strings.Fields(name)
		for i, w := range words {
			r, n := utf8.DecodeRuneInString(w)
			words[i] = string(unicode.ToUpper(r)) + w[n:]
		}
		name = strings.Join(words, " ")
	}
	return Gap{Kind: GapPerson, Name: name, Sentence: "The article does not mention " + name + "."}
}

// asksMaterialNames reports whether a question asks the names of the materials Japan
// restricted, however it puts it ("Name for the audience the three semiconductor materials…",
// "les trois matériaux…, c'est quoi leurs noms exacts?"): a word for names within twelve words
// of one for the materials. The article never names them.
func asksMaterialNames(q string, words [][2]int) bool {
	semiconductor := indexFold(q, "semiconductor") >= 0
	if indexFold(q, "materia") < 0 && indexFold(q, "matéria") < 0 && indexFold(q, "chemical") < 0 && !semiconductor {
		return false // most questions
	}
	is := func(i int, set []string) bool {
		w := strings.Trim(q[words[i][0]:words[i][1]], ".,;:?!'’\"")
		return slices.ContainsFunc(set, func(x string) bool { return strings.EqualFold(w, x) })
	}
	for i := range words {
		// "The three semiconductor stuff Japan control, what are their names?": after
		// "semiconductor", a vague word names the materials too.
		if !is(i, materialWords) && !(semiconductor && is(i, vagueMaterialWords)) {
			continue
		}
		for j := max(0, i-12); j < min(len(words), i+13); j++ {
			if is(j, namingWords) || j >= i-2 && j <= i+2 && is(j, specificWords) && !slices.ContainsFunc(words[max(0, i-3):min(len(words), i+4)], func(w [2]int) bool {
				return slices.ContainsFunc(sortWords, func(k string) bool { return strings.EqualFold(q[w[0]:w[1]], k) })
			}) {
				// "the names of the three materials", "which specific materials"; not "what
				// type of materials exactly", which the article answers.
				return true
			}
		}
	}
	return false
}

// materialWords name the materials, in the languages read; namingWords ask their names, as
// specificWords beside them do.
var (
	materialWords      = []string{"materials", "material", "chemicals", "matériaux", "materiaux", "materialien", "materiales", "materiali", "materiais", "materialen"}
	vagueMaterialWords = []string{"stuff", "things", "items", "products", "inputs"}
	namingWords        = []string{"name", "names", "named", "called", "identify", "noms", "nom", "naam", "namen", "nombres", "nomi", "nomes"}
	// specificWords beside the materials ask which they were by name too.
	specificWords = []string{"specific", "specifically", "exact", "exactly", "precise", "precisely"}
	sortWords     = []string{"type", "types", "kind", "kinds", "sort", "sorts", "category", "tipo", "genre"}
)

// priceWords ask for a price, which the article, an analysis of alliance politics, never
// gives.
var priceWords = []string{"price", "prices", "priced", "pricing", "fare", "fares", "airfare", "airfares", "pricey", "expensive", "cheap", "cheaper", "cheapest"}

// asksPrice reports whether a question asks what something costs: it uses a price word, or
// "how much" with "cost" or before "is a" ("How much is a flight from Gimpo to Haneda?") or "is
// the ticket", or what a ticket or flight costs.
func asksPrice(q string, words [][2]int) bool {
	is := func(i int, ws ...string) bool {
		return i < len(words) && slices.ContainsFunc(ws, func(x string) bool { return strings.EqualFold(q[words[i][0]:words[i][1]], x) })
	}
	for i := range words {
		if is(i, priceWords...) {
			if is(i, "priced", "pricing") && is(i+1, "in") && !is(i+2, "dollars", "euros", "yen", "won") {
				continue // "a pledge that priced in Seoul's concerns": took them into account
			}
			return true
		}
		if is(i, "ticket", "tickets", "flight", "flights", "seat", "seats") && slices.ContainsFunc(words, func(w [2]int) bool {
			return strings.EqualFold(q[w[0]:w[1]], "cost") || strings.EqualFold(q[w[0]:w[1]], "costs")
		}) {
			return true // "What does a ticket cost on the Gimpo–Haneda route?"
		}
		if !is(i, "how") || !is(i+1, "much") {
			continue
		}
		for j := i + 2; j < len(words); j++ {
			if is(j, "cost", "costs") {
				return true
			}
		}
		if is(i+2, "is", "are") && (is(i+3, "a", "an") || is(i+3, "the") && is(i+4, "ticket", "tickets", "flight", "flights")) {
			return true
		}
		for j := i + 2; j < min(i+6, len(words)); j++ {
			if is(j, "ticket", "tickets", "fare", "fares") {
				return true // "How much be flight ticket from Gimpo to Haneda?"
			}
		}
	}
	return false
}

// notGivenAsked reports the kind of fact a question asks that the article never gives ("how
// many people live in New Zealand?", "how far is Seoul from Tokyo?"), by its phrases, read
// word by word from the question's words.
func (w *World) notGivenAsked(q string, words [][2]int) (Gap, bool) {
	// Each word's key, read once: phrases are matched from every word on.
	var keyBuf [256]byte
	var spanBuf [32][2]int
	keys, spans := keyBuf[:0], spanBuf[:0]
	for _, span := range words {
		start := len(keys)
		keys = appendNameKey(keys, q[span[0]:span[1]])
		// A number typed in figures is its word: "which 3 chemicals" is "which three chemicals".
		if k := keys[start:]; len(k) > 0 && len(k) <= 2 && k[0] >= '0' && k[0] <= '9' {
			if n, ok := spelledNumbers[string(k)]; ok {
				keys = append(keys[:start], n...)
			}
		}
		spans = append(spans, [2]int{start, len(keys)})
	}
	word := func(i int) []byte { return keys[spans[i][0]:spans[i][1]] }
	// Which words are hedges, read once: many phrases start at the same word.
	var hedgeBuf [32]bool
	hedged := hedgeBuf[:0]
	for i := range words {
		hedged = append(hedged, hedges[string(word(i))] || w.givenNames[string(word(i))] && i+1 < len(words))
	}
	general := ""
	for i := range words {
		for _, p := range w.notGiven[string(word(i))] {
			// The phrase's other words follow, hedges between them skipped (hedges).
			at, match := i+1, true
			for _, pw := range p.words[1:] {
				for at < len(words) && hedged[at] && string(word(at)) != pw {
					at++ // a hedge or given name skipped, unless the phrase has it
				}
				if at == len(words) || string(word(at)) != pw && !w.mayBeMisspelt(word(at), pw) {
					match = false
					break
				}
				at++
			}
			if match && inTimeClause(q, words, i) {
				// "What did Japan protest around the time Moon left office?": the phrase
				// says when, not what is asked.
				match = false
			}
			if match && i > 0 && slices.Contains(p.notAfter, string(word(i-1))) {
				// "When did the chip dispute start?": the trade dispute's start is told.
				match = false
			}
			if match && at < len(words) && slices.Contains(p.notBefore, string(word(at))) {
				// "Name the three countries whose leaders met…": not the three materials.
				match = false
			}
			if match && len(p.notWith) > 0 && slices.ContainsFunc(spans, func(sp [2]int) bool { return slices.Contains(p.notWith, string(keys[sp[0]:sp[1]])) }) {
				// "Which agency took the photo?": the caption's agency is given.
				match = false
			}
			if match && strings.HasPrefix(p.name, "dates ") && string(word(0)) == "why" {
				// "Why did the trade dispute start?" asks a reason, not a date.
				match = false
			}
			if match && len(p.toldOf) > 0 {
				// Whom the question is about is named first: "What proposal did Ardern make
				// in the meeting with Kishida?" asks Ardern's. A meeting the article tells it
				// of may be named anywhere: "How many countries attended the four-way meeting?"
				actors, things := w.store.namedEntities(q)
				match = (len(actors) == 0 || !slices.Contains(p.toldOf, actors[0])) &&
					!slices.ContainsFunc(things, func(t string) bool { return slices.Contains(p.toldOf, t) })
			}
			if match && p.general && general == "" {
				general = p.name // unless a kind that says more is asked too
			} else if match && !p.general {
				return Gap{Kind: GapNotGiven, Name: p.name, Sentence: "The article gives no " + p.name + "."}, true
			}
		}
	}
	if g, ok := w.spreadAsked(q, words, word); ok {
		return g, true
	}
	if general != "" {
		return Gap{Kind: GapNotGiven, Name: general, Sentence: "The article gives no " + general + "."}, true
	}
	return Gap{}, false
}

// mayBeMisspelt is misspeltAs for a question's word as notGivenAsked reads it, checking first,
// without copying it, what most words fail: the first letter and the length.
func (w *World) mayBeMisspelt(word []byte, phraseWord string) bool {
	if len(phraseWord) < 5 || len(word) < 4 || word[0] != phraseWord[0] || len(word) > len(phraseWord)+1 || len(word) < len(phraseWord)-2 {
		return false
	}
	return w.misspeltAs(string(word), phraseWord)
}

// misspeltAs reports whether a question's word, one the store does not read, is a phrase word
// typed a letter wrong ("which japanese compnies"), or a plural formed wrongly ("companys").
func (w *World) misspeltAs(word, phraseWord string) bool {
	if len(phraseWord) < 5 {
		return false
	}
	if strings.HasSuffix(word, "ys") && stem(word) == stem(phraseWord) {
		return true // "companys" read as "companies"
	}
	// A typo rarely hits a word's first letter; a common word ("there") is no typo of a
	// phrase word ("theme").
	return len(word) >= 5 && word[0] == phraseWord[0] && !isStopword(word) && !w.store.index.reads(word) && (oneEdit(word, phraseWord) || swapped(word, phraseWord))
}

// spelledNumbers are the small numbers a question may type in figures, as not-given phrases
// spell them.
var spelledNumbers = map[string]string{"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine", "10": "ten"}

// hedges say how precisely a question asks, not what it asks for: "which three specific
// chemicals" asks for the chemicals' names as "which three chemicals" does. Not-given phrases
// are matched without them.
var hedges = setOf([]string{"exactly", "exact", "specific", "specifically", "precise", "precisely", "actually", "actualy", "acutally", "really", "particular", "particularly",
	"himself", "herself"}) // "Kishida himself visited…" asks what "Kishida visited…" does, stressed

// successionWords ask who took over from someone.
var successionWords = []string{"replaced", "replace", "replaces", "replacing", "succeeded", "succeed", "succeeds", "successor", "successors", "replacement"}

// successorGap reads a question asking who followed a person the store knows: "Who replaced
// Kishida as prime minister?", "Kishida's successor", "Who became New Zealand's PM after
// Ardern?". The article, written just after the June 2022 summit, names no one's successor.
// Asked the other way round ("Who did Yoon replace?"), the question is left to the search.
func (w *World) successorGap(q string, words [][2]int, mentions []mention) (Gap, bool) {
	for i := range words {
		word := q[words[i][0]:words[i][1]]
		// "took over from Chung", not "hand over from Kishida"
		tookOver := strings.EqualFold(word, "from") && i > 1 && strings.EqualFold(q[words[i-1][0]:words[i-1][1]], "over") &&
			slices.ContainsFunc([]string{"took", "take", "takes", "taking", "taken"}, func(x string) bool { return strings.EqualFold(q[words[i-2][0]:words[i-2][1]], x) })
		after := strings.EqualFold(word, "after")
		// "Who became New Zealand's PM after…", not "Who did Kishida meet after…"; read from
		// a language that puts the office last, "who became after Ardern New Zealand's PM?"
		becameOffice := after && len(words) > 2 && strings.EqualFold(q[words[0][0]:words[0][1]], "who") &&
			strings.EqualFold(q[words[1][0]:words[1][1]], "became") && asksWhoHeldOffice(q, words, len(words))
		if after && !becameOffice && !asksWhoHeldOffice(q, words, i) {
			continue
		}
		if !tookOver && !after && !slices.ContainsFunc(successionWords, func(x string) bool { return strings.EqualFold(word, x) }) {
			continue
		}
		noun := strings.HasPrefix(strings.ToLower(word), "successor") || strings.EqualFold(word, "replacement")
		for _, m := range mentions {
			if m.ref.entity == nil || m.ref.entity.Kind != "person" {
				continue
			}
			if after && (!afterTitle(q, words, i+1, m.from) || !becameOffice && !endsQuestion(q, words, m.to)) {
				continue // "after (Mr) Moon" ends the question
			}
			// "replaced Kishida", "successor to Kishida", "Kishida's successor"
			if (m.from > i && m.from <= i+2) || (noun && m.to == i) {
				name := m.ref.entity.Name
				return Gap{Kind: GapSuccessor, Name: name, Sentence: "The article does not say who succeeded " + name + "."}, true
			}
		}
	}
	return Gap{}, false
}

// precedingWords ask who held an office before someone.
var precedingWords = []string{"preceded", "precede", "precedes", "predecessor", "predecessors", "before"}

// predecessorGap reads a question asking who held an office before a person the store knows:
// "Who was Kishida's predecessor?", "Who was Japan's foreign minister before Hayashi?". Before
// a name, only in a question asking who: "What did Japan do before Yoon took office?" asks
// something else.
func (w *World) predecessorGap(q string, words [][2]int, mentions []mention) (Gap, bool) {
	for i := range words {
		word := q[words[i][0]:words[i][1]]
		if !slices.ContainsFunc(precedingWords, func(x string) bool { return strings.EqualFold(word, x) }) {
			continue
		}
		before := strings.EqualFold(word, "before")
		if before && !asksWhoHeldOffice(q, words, i) {
			continue // "Who was Japan's foreign minister before…", not "Who did Yoon meet before…"
		}
		noun := len(word) >= len("predecessor") && strings.EqualFold(word[:len("predecessor")], "predecessor")
		for _, m := range mentions {
			if m.ref.entity == nil || m.ref.entity.Kind != "person" {
				continue
			}
			if before && (!afterTitle(q, words, i+1, m.from) || !endsQuestion(q, words, m.to)) {
				continue // "before (Mr) Hayashi" ends the question
			}
			if (m.from > i && m.from <= i+2) || (noun && m.to == i) {
				if w.formerLeaderOf(m.ref.entity) {
					return Gap{}, false // Moon Jae-in led South Korea before Yoon
				}
				name := m.ref.entity.Name
				return Gap{Kind: GapPredecessor, Name: name, Sentence: "The article does not say who came before " + name + "."}, true
			}
		}
	}
	return Gap{}, false
}

// asksWhoHeldOffice reports whether q asks who held an office before its word i: it opens
// with "who" and names an office ("Who was Japan's foreign minister before…").
func asksWhoHeldOffice(q string, words [][2]int, i int) bool {
	return strings.EqualFold(q[words[0][0]:words[0][1]], "who") && slices.ContainsFunc(words[1:i], func(sp [2]int) bool {
		return slices.ContainsFunc(officeWords, func(o string) bool { return strings.EqualFold(q[sp[0]:sp[1]], o) })
	})
}

// afterTitle reports whether the words from i up to to are at most a courtesy title: "Mr".
func afterTitle(q string, words [][2]int, i, to int) bool {
	if to == i {
		return true
	}
	w := q[words[i][0]:words[i][1]]
	return to == i+1 && (strings.EqualFold(w, "mr") || strings.EqualFold(w, "mrs") || strings.EqualFold(w, "ms"))
}

// endsQuestion reports whether the words up to to end the question: the last word, or one
// followed by a question mark before an aside ("…before Mr Kishida? I lose track of them").
func endsQuestion(q string, words [][2]int, to int) bool {
	return to == len(words) || strings.HasPrefix(q[words[to-1][1]:], "?")
}

// formerLeaderOf reports whether the store knows a former leader of the country e leads.
func (w *World) formerLeaderOf(e *Entity) bool {
	return e.Leads != "" && slices.ContainsFunc(w.store.Entities(), func(o *Entity) bool { return o.Former && o.Leads == e.Leads })
}

// laterYear reads a year after the latest the facts are dated ("the 2023 Vilnius summit"),
// up to a century on: the article cannot report it.
func (w *World) laterYear(q string, words [][2]int) (Gap, bool) {
	if w.lastYear == 0 {
		return Gap{}, false
	}
	for _, sp := range words {
		word := q[sp[0]:sp[1]]
		if len(word) != 4 || !isDigits(word) { // Atoi would allocate an error for every word
			continue
		}
		if y, err := strconv.Atoi(word); err == nil && y > w.lastYear && y < w.lastYear+100 {
			return Gap{Kind: GapLater, Name: word, Sentence: "The article reports events up to " + strconv.Itoa(w.lastYear) + ", not " + word + "."}, true
		}
	}
	return Gap{}, false
}

// unreadYearsDocument reads a document dated by a year no fact mentions: "How did Tokyo use
// the 1965 Japan–Korea treaty…?" asks of a treaty the article never names. A wrong year for
// an event it reports ("the 2020 export controls, right?") is corrected, not refused.
func (w *World) unreadYearsDocument(q string, words [][2]int) (Gap, bool) {
	for i := 1; i+1 < len(words); i++ {
		year := q[words[i][0]:words[i][1]]
		if len(year) != 4 || !isDigits(year) || !strings.EqualFold(q[words[i-1][0]:words[i-1][1]], "the") || w.store.index.reads(year) {
			continue
		}
		for _, sp := range words[i+1 : min(len(words), i+4)] {
			if noun := strings.ToLower(q[sp[0]:sp[1]]); slices.Contains(documentNouns, noun) {
				return Gap{Kind: GapNotGiven, Name: "the " + year + " " + noun, Sentence: "The article does not mention the " + year + " " + noun + "."}, true
			}
		}
	}
	return Gap{}, false
}

// documentNouns name what a year may date as a document: "the 1965 treaty".
var documentNouns = []string{"treaty", "agreement", "accord", "declaration", "pact", "communique", "communiqué"}

// questionWords open a question; auxiliaries follow them or open it themselves.
var (
	questionWords = []string{"what", "how", "why", "when", "where", "which"}
	auxiliaries   = []string{"did", "does", "do", "has", "have", "is", "was", "will", "would", "could", "can"}
	// negatedAuxiliaries open a question put to be confirmed: "Wasn't Albanese the one who…".
	negatedAuxiliaries = []string{"didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "weren't",
		"aren't", "won't", "wouldn't", "couldn't", "can't", "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t", "hadn’t",
		"isn’t", "wasn’t", "weren’t", "aren’t", "won’t", "wouldn’t", "couldn’t", "can’t"}
)

// unknownSubject reads a question whose subject is a name the store has never seen: "What did
// Putin say about NATO?", "Does Macron back the four?", "Putin's view of NATO?", "What is
// Scholz's position?". The name is one to three capitalised words right after the opening
// (a question word and an auxiliary, an auxiliary, or nothing), followed by a lower-case word
// or a possessive, and no country or organisation the World knows. A title before the name
// is not part of it: "What did Prime Minister Albanese say in Madrid?".
func (w *World) unknownSubject(q string, words [][2]int, mentions []mention, roles []roleMention) (Gap, bool) {
	is := func(i int, ws []string) bool {
		return i < len(words) && slices.ContainsFunc(ws, func(x string) bool { return strings.EqualFold(q[words[i][0]:words[i][1]], x) })
	}
	from, indirect := 0, false
	switch {
	case is(0, questionWords) && is(1, auxiliaries):
		from = 2
	case is(0, questionWords) && is(2, auxiliaries):
		from = 3 // "What statement did Kim Jong Un issue…"
	case is(0, []string{"what", "how"}) && is(1, []string{"said", "says", "thought", "thinks", "think"}):
		from = 2 // the verb before its subject, as a second language may put it: "What said President Zelensky…"
	case is(0, auxiliaries), is(0, negatedAuxiliaries):
		from = 1
	case is(0, questionWords):
		from, indirect = 1, true // asked as a request puts it: "(tell me) what President Putin said…"
	}
	ofPhrase := false
	if is(from, []string{"the"}) && is(from+2, []string{"of"}) {
		// "How did the assassination of former Prime Minister Abe affect…": the subject is
		// what befell the person, or what they did.
		from, ofPhrase = from+3, true
		if is(from, []string{"former", "late"}) {
			from++
		}
	}
	if is(from, []string{"former", "late", "the"}) && slices.ContainsFunc(roles, func(r roleMention) bool { return r.from == from+1 }) {
		from++ // "What did former Prime Minister Abe say…": the office is a past one; "the President Macron"
	}
	for _, r := range roles {
		// "Foreign minister Park Jin…", "Korea's foreign minister Park Jin…": the office,
		// and whose it is, say who the person after them is.
		holderFirst := slices.ContainsFunc(mentions, func(m mention) bool { return m.from == from && m.to == r.from })
		if (r.from == from || holderFirst) && r.to < len(words) {
			from = r.to
		}
	}
	if is(from, []string{"mr", "mrs", "ms", "dr"}) {
		from++ // "What did Mr Putin say…": the courtesy title is not part of the name
	}
	if is(from, []string{"the"}) {
		// "Did the NATO boss, Stoltenberg, sit in on…": the name set off by commas after a
		// description is whom the question is about.
		for j := from + 2; j < min(from+6, len(words)-1); j++ {
			if strings.HasPrefix(q[words[j-1][1]:], ",") {
				if k := w.unknownNameAt(q, words, j); k > j && k < len(words) && strings.HasPrefix(q[words[k-1][1]:], ",") {
					from = j
				}
				break
			}
		}
	}
	end := w.unknownNameAt(q, words, from)
	if ofPhrase && (end == from || slices.ContainsFunc(words[from:end], func(wd [2]int) bool { return !w.people[normalizeName(q[wd[0]:wd[1]])] })) {
		return Gap{}, false // only a figure known to be left out is read so
	}
	if end == from || end-from > 3 || end == len(words) {
		return Gap{}, false
	}
	possessive := strings.HasPrefix(q[words[end-1][1]:], "'s") || strings.HasPrefix(q[words[end-1][1]:], "\u2019s")
	// With no opening, only a possessive or a well-known figure's name makes the first word
	// a subject: "List the meetings" is not about anyone called List, "Macron was sceptical
	// of the four" is about Macron.
	known := !slices.ContainsFunc(words[from:end], func(wd [2]int) bool { return !w.people[normalizeName(q[wd[0]:wd[1]])] })
	if next, _ := utf8.DecodeRuneInString(q[words[end][0]:]); !possessive && (from == 0 && !known && end-from < 2 || !unicode.IsLower(next)) {
		return Gap{}, false
	}
	if slices.ContainsFunc(mentions, func(m mention) bool { return m.from < end && m.to > from }) {
		return Gap{}, false
	}
	if indirect && !slices.ContainsFunc(words[from:end], func(wd [2]int) bool { return w.people[normalizeName(q[wd[0]:wd[1]])] }) {
		return Gap{}, false // "which European crisis does…": only a known figure is asked about so
	}
	return personGap(q[words[from][0]:words[end-1][1]]), true
}

// unknownNameAt returns the end of the run of capitalised words from words[i] that the store
// has never seen, in names or in text (i itself when there is none). A word after a hyphen
// continues a name ("Kim Jong-un"); a comma ends it.
func (w *World) unknownNameAt(q string, words [][2]int, i int) int {
	ix := w.store.index
	for start := i; i < len(words); i++ {
		if i > start && strings.ContainsAny(q[words[i-1][1]:words[i][0]], ",;:") {
			return i // "Sorry, I'm confused": no name runs on across a comma
		}
		wd := q[words[i][0]:words[i][1]]
		r, _ := utf8.DecodeRuneInString(wd)
		afterHyphen := words[i][0] > 0 && q[words[i][0]-1] == '-'
		key := normalizeName(wd)
		if w.people[key] {
			continue
		}
		if (!unicode.IsUpper(r) && !afterHyphen) || isStopword(strings.ToLower(wd)) {
			return i
		}
		if _, ok := w.store.nameWords[key]; ok || w.store.entityName[key] != nil || len(ix.postings[ix.stem(key)]) > 0 {
			return i
		}
		if len(ix.misspelt(ix.stem(key))) > 0 {
			// "Kishda" is Kishida mistyped, not a person the article never mentions.
			return i
		}
	}
	return i
}

// saysWhere reports whether a place is named as where a gathering the question asks about took
// place: right after "in" or "at" ("the encounter in Spain"), or as its capital ("the Spanish
// capital", "the Spanish summit"), in a question on a gathering. "What language is spoken in Spain?" asks about Spain.
func saysWhere(q string, words [][2]int, m mention) bool {
	word := func(i int) string { return strings.ToLower(strings.Trim(q[words[i][0]:words[i][1]], ".,;:?!'’")) }
	where := m.from > 0 && (word(m.from-1) == "in" || word(m.from-1) == "at") ||
		m.to < len(words) && (word(m.to) == "capital" || word(m.to) == "summit")
	if !where {
		return false
	}
	for i := range words {
		if gatheringWords[word(i)] {
			return true
		}
	}
	return false
}

// gatheringWords name a gathering, or meeting at one.
var gatheringWords = setOf([]string{"summit", "summits", "meeting", "meetings", "gathering", "gatherings", "talks",
	"encounter", "conference", "discussion", "discussions", "met", "meet", "sidelines", "margins", "session", "sessions",
	"attend", "attended", "attending", "presence", "appearance"})

// inTimeClause reports whether words[i] is in a clause that says when what is asked took
// place: "around the time Moon left office", "after Hayashi left his post".
func inTimeClause(q string, words [][2]int, i int) bool { return inTimeClauseWithin(q, words, i, 3) }

// inTimeClauseWithin is inTimeClause looking n words back: "since the invasion of Ukraine".
func inTimeClauseWithin(q string, words [][2]int, i, n int) bool {
	for j := max(i-n, 1); j < i; j++ {
		if timeClauseOpeners[strings.ToLower(q[words[j][0]:words[j][1]])] {
			return true
		}
	}
	return false
}

// timeClauseOpeners open a clause that says when, inside a question.
var timeClauseOpeners = setOf([]string{"time", "after", "before", "since", "until", "once"})
