package briefs

import (
	"slices"
	"strings"
	"unicode"
)

// Questions about offices and their holders: who holds one ("who is Seoul's foreign minister
// right now") and when someone took one up ("When did Kishida become prime minister?").

// officeWords name an office or its holder: a question asking who holds one asks for a person.
var officeWords = []string{"minister", "minster", "pm", "chief", "commissioner", "president", "premier", "head",
	"official", "envoy", "ambassador", "secretary", "spokesperson", "spokesman", "governor", "mayor",
	"commander", "adviser", "advisor", "chair", "chairs", "chairman", "chairwoman", "chairperson", "headed", "heads"}

// namesOfficeAsked reports whether f names the office a question asking "which official"
// leaves open, of the country the question qualifies it with: "Which South Korean official
// landed on Dokdo?" is answered by "the South Korean police commissioner's landing", though
// the article never names him; "which US official…" is not.
func namesOfficeAsked(f *Fact, words []string) bool {
	at := slices.IndexFunc(words[:min(len(words), 5)], func(w string) bool { return w == "official" || w == "officials" })
	if at < 1 {
		return false
	}
	qualifier := words[1:at] // "south korean"
	text := strings.FieldsFunc(strings.ToLower(f.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i := range text {
		if !slices.Equal(text[i:min(len(text), i+len(qualifier))], qualifier) {
			continue
		}
		for _, w := range text[i+len(qualifier) : min(len(text), i+len(qualifier)+3)] {
			if w != "official" && w != "officials" && slices.Contains(officeWords, w) && !slices.Contains(words, w) {
				return true
			}
		}
	}
	return false
}

// relativeWords open a clause describing what a question names: "the shrine whose visits…".
var relativeWords = setOf([]string{"who", "whose", "whom", "that", "which", "where"})

// adjectiveAfterOfficial are words after which "official" qualifies a thing, not a person:
// "which official Japanese publication", "which official statement".
var adjectiveAfterOfficial = setOf([]string{"japanese", "korean", "south", "australian", "american", "chinese",
	"us", "nato", "government", "publication", "document", "statement", "position", "report", "visit", "title", "status", "response",
	"publications", "documents", "statements", "positions", "reports", "visits", "responses"})

// asksHolder reports whether a question's words (normalizeName's) ask who holds an office, or
// the holder's name: "who is japan's defence minister", "what was the name of the police
// chief", "which Japanese minister…".
func asksHolder(words []string) bool {
	if len(words) == 0 {
		return false
	}
	office := func(w string) bool {
		return slices.Contains(officeWords, w) || slices.Contains(officeWords, strings.TrimSuffix(w, "s"))
	}
	if words[0] == "which" {
		// "Which Japanese minister visited Yasukuni?", "which cabinet ministers…", "which
		// Japanese deputy foreign minister…"; not "which shrine do Japanese officials visit".
		for i, w := range words[1:min(len(words), 5)] {
			if w == "official" && i+2 < len(words) && adjectiveAfterOfficial[words[i+2]] {
				continue // "Which official Japanese publication…" asks for a document
			}
			if (office(w) || w == "leader") && !(i+2 < len(words) && meetingNouns[words[i+2]]) {
				// "which New Zealand leader said…"; not "which leaders met", nor "which two
				// leader meetings…", which asks for meetings.
				return true
			}
			if slices.Contains(auxiliaries, w) || w == "are" || w == "were" || w == "the" && i > 0 && words[i] != "of" {
				// "which shrine the Japanese officials visit…" (the "do" left out) asks for
				// the shrine; "which of the ministers…" asks for one of them.
				break
			}
		}
	}
	if asksWho(words[0]) {
		for i, w := range words {
			if w == "leader" && !(i+1 < len(words) && meetingNouns[words[i+1]]) {
				return true // "Who is New Zealand's leader?"; not "who ran the four-leader session"
			}
		}
	}
	if asksWho(words[0]) {
		return slices.ContainsFunc(words, office)
	}
	// "What was the name of the police chief…", "Name the minister who…", "sk foreign
	// minister name"; not "Name the shrine whose visits by Japanese officials…" nor "Name
	// the shrine visited by Japanese officials", which ask for the shrine.
	for i, w := range words {
		if w == "name" || w == "names" {
			named := words[i+1:]
			if len(named) > 0 && (named[0] == "of" || named[0] == "for") {
				named = named[1:] // "the name of the police chief", "a name for…"
			}
			if end := slices.IndexFunc(named, func(w string) bool { return relativeWords[w] }); end >= 0 {
				named = named[:end]
			}
			if end := slices.Index(named, "by"); end > 0 {
				// "the shrine visited by…", "the shrine: visits to it by…": what was done to
				// is named, not who did it.
				named = named[:end-1]
			}
			return slices.ContainsFunc(words[:i], office) || slices.ContainsFunc(named, office)
		}
	}
	return false
}

// meetingNouns follow an office in a question asking for meetings of its holders.
var meetingNouns = setOf([]string{"meeting", "meetings", "talks", "summit", "summits", "level", "conference", "conferences", "session", "sessions"})

// namesHolder reports whether f names a person who could hold the office a question asks
// about: one it does not ask about; of the country it names, if any, as its leader when it
// asks for a leader and as one serving its government otherwise; and still in office if it
// asks who holds it now ("who is Seoul's foreign minister right now").
func (s *Store) namesHolder(f *Fact, r reading) bool {
	r.things = slices.DeleteFunc(slices.Clone(r.things), func(id string) bool { return s.describesHolder(r.text, id) })
	if !s.namesAnother(f, r, true) || !s.namesThingsAsked(f, r) {
		return false
	}
	countries := slices.DeleteFunc(slices.Clone(r.actors), func(id string) bool { return s.entityByID[id].Kind != "country" })
	if holdersCountryUnnamed(r.words) {
		// "Which leader said her country and China should cooperate?": China is what
		// was said about, not whose leader is asked.
		countries = nil
	}
	if cut := sayingAt(r.text); cut >= 0 {
		// "Which Pacific ally's leader said Beijing is getting more confident…?": a
		// country named only in what was said is not the holder's.
		before := strings.ToLower(r.text[:cut])
		countries = slices.DeleteFunc(countries, func(id string) bool { return !mentionsEntity(before, s.entityByID[id]) })
	}
	if cut := holderClauseEnd(r.text); cut >= 0 {
		// "Which president tried to resume dialogue with North Korea?": a country named as
		// the other side of what the holder did is not the holder's.
		before := strings.ToLower(r.text[:cut])
		countries = slices.DeleteFunc(countries, func(id string) bool { return !mentionsEntity(before, s.entityByID[id]) })
	}
	now := asksNow(r.words)
	// "Which South Korean president's government…" asks for a leader, as "president" does.
	leader := asksLeader(r.words) || slices.ContainsFunc(leaderPossessives, func(p string) bool { return indexFold(r.text, p) >= 0 })
	chair := slices.ContainsFunc(r.words, func(w string) bool { return chairWords[w] }) && tellsChairing(f)
	return slices.ContainsFunc(f.Entities, func(id string) bool {
		e := s.entityByID[id]
		if e == nil || e.Kind != "person" || slices.Contains(r.actors, id) || (now && e.Former) {
			return false
		}
		if chair {
			return true // a meeting's chair, told as such, may come from any country at it
		}
		if len(countries) == 0 {
			// Of any country, but a leader is no minister ("Who are the three defence
			// ministers…?" is not answered by Biden, Kishida and Yoon), nor a minister a
			// leader.
			return leader == (e.Leads != "")
		}
		of := e.Serves
		if leader {
			of = e.Leads
		}
		return slices.Contains(countries, of)
	})
}

// leaderStems are the stems of the words for a leader's title.
var leaderStems = setOf([]string{"leader", "presid", "premier", "pm", "head", "prime", "minist"})

// leaderPossessives are a leader's title with a possessive ending, which normalizeName reads
// as a plural.
var leaderPossessives = []string{"president's", "president’s", "leader's", "leader’s", "prime minister's", "prime minister’s"}

// holderClauseEnd is where, in a question asking who holds an office, what the holder did
// turns to whom they did it with or to: the preposition after the office ("…tried to resume
// dialogue with North Korea"); -1 when none follows it.
func holderClauseEnd(question string) int {
	office := false
	for i := 0; i < len(question); {
		j := i + strings.IndexByte(question[i:], ' ')
		if j < i {
			j = len(question)
		}
		w := strings.ToLower(strings.Trim(question[i:j], "?,.;:"))
		if office && objectPrepositions[w] {
			return i
		}
		office = office || slices.Contains(officeWords, w) || leaderWords[w]
		i = j + 1
	}
	return -1
}

// objectPrepositions open whom a holder acted with or towards.
var objectPrepositions = setOf([]string{"with", "to", "toward", "towards", "against", "into"})

// asksHolderNamed reports whether a question asking who holds an office has been read as
// naming a holder of that kind of office: a title the store knows as a person's ("New
// Zealand's prime minister") is that person, while Yoon in "South Korea's foreign minister
// under Yoon" is not a minister.
func (s *Store) asksHolderNamed(r reading) bool {
	if slices.Contains(r.words, "counterpart") || slices.Contains(r.words, "counterparts") {
		return false // "Hayashi's South Korean counterpart" is someone else
	}
	leader := asksLeader(r.words)
	return slices.ContainsFunc(r.actors, func(id string) bool {
		e := s.entityByID[id]
		return e.Kind == "person" && (leader && e.Leads != "" || !leader && e.Leads == "")
	})
}

// chairWords ask who chaired a meeting, an office of the meeting, not of a country: "who ran
// the meeting of Tokyo, Seoul, Canberra and Wellington - who was in the chair?".
var chairWords = setOf([]string{"chair", "chairs", "chaired", "chairman", "chairwoman", "chairperson", "moderator", "moderated", "host", "hosted"})

// tellsChairing reports whether f tells who chaired or hosted something (the facts' verbs
// are lower-case).
func tellsChairing(f *Fact) bool {
	return strings.Contains(f.Text, "moderat") || strings.Contains(f.Text, "chair") || strings.Contains(f.Text, "hosted")
}

// leaderFact is, for a question asking who leads a country it names, the best of the facts
// naming a leader the store knows for one that answers (namesHolder), the country named first
// tried first; nil for any other question.
func (s *Store) leaderFact(r reading) *Fact {
	if !asksLeader(r.words) {
		return nil
	}
	// The leader's facts name them, not their title: "the New Zealand leader who spoke on
	// China" is read without "leader".
	titled := r
	titled.terms = slices.DeleteFunc(slices.Clone(r.terms), func(t string) bool { return leaderStems[t] })
	if len(titled.terms) == 0 {
		titled = r
	}
	for _, id := range r.actors {
		for _, e := range s.entities {
			if e.Leads != id || asksNow(r.words) && e.Former {
				continue
			}
			if f := s.firstAmong(titled, s.byEntity[e.ID], func(f *Fact) bool { return s.namesHolder(f, r) }); f != nil {
				return f
			}
		}
	}
	return nil
}

// attendedWords ask who went somewhere: "Who went to Madrid for South Korea?".
var attendedWords = setOf([]string{"went", "attended", "attend", "represented", "represent", "came", "travelled", "traveled"})

// summitEvents are the summit and the meetings held at it.
var summitEvents = []string{"madrid-summit-2022", "us-japan-rok-meeting-2022", "ap4-meeting-2022"}

// attendeeFact is, for a question asking who of one country went to the summit ("Who went to
// Madrid for South Korea?", "who represented Seoul at the summit"), the best fact naming
// that country's leader by name at the summit or one of its meetings: the facts on the partners'
// attendance say that the country took part, not who went. Nil for any other question.
func (s *Store) attendeeFact(r reading) *Fact {
	if len(r.words) == 0 || !asksWho(r.words[0]) || !slices.ContainsFunc(r.words, func(w string) bool { return attendedWords[w] }) {
		return nil // most questions
	}
	var country string
	for _, id := range r.actors {
		switch e := s.entityByID[id]; {
		case e.Kind == "person":
			return nil // "who did Yoon go with"
		case e.Kind == "country" && country == "":
			country = id
		case e.Kind == "country":
			return nil // two countries: who went for which is not one leader
		}
	}
	if country == "" || !slices.ContainsFunc(r.things, func(id string) bool { return id == "madrid" || slices.Contains(summitEvents, id) }) {
		return nil
	}
	var best *Fact
	for _, e := range s.entities {
		if e.Leads != country || e.Former {
			continue
		}
		for _, o := range s.byEntity[e.ID] {
			f := s.facts[o]
			// Its text must name them: "the leaders of the three" does not say who.
			named := strings.Contains(f.Text, e.Name) || slices.ContainsFunc(e.Aliases, func(a string) bool { return !strings.Contains(a, " ") && strings.Contains(f.Text, a) })
			if !named || !slices.ContainsFunc(summitEvents, f.HasEntity) {
				continue
			}
			// The leader's own deed first ("Kishida moderated…"), then the weightiest.
			own, bestOwn := s.subject[f.ordinal] == e.ID, best != nil && s.subject[best.ordinal] == e.ID
			if best == nil || own && !bestOwn || own == bestOwn && f.Weight > best.Weight {
				best = f
			}
		}
	}
	return best
}

// namesHolderWith reports whether f names a person the question names (one its title was read
// as) together with everything else it names (namesThingsAsked): "which Japanese prime
// minister visited Yasukuni" is answered by a fact naming both Kishida and the shrine, if any.
func (s *Store) namesHolderWith(f *Fact, r reading) bool {
	person := slices.ContainsFunc(r.actors, func(id string) bool {
		return s.entityByID[id].Kind == "person" && slices.Contains(f.Entities, id)
	})
	return person && s.namesThingsAsked(f, r)
}

// namesThingsAsked reports whether f names everything but the actors a question names: an
// event also by one held within it (the trilateral within the NATO summit), a place also by
// its name in f's text or in the name of something f names ("the one who went to Madrid" is
// answered by a fact on the NATO summit in Madrid).
func (s *Store) namesThingsAsked(f *Fact, r reading) bool {
	return !slices.ContainsFunc(r.things, func(id string) bool { return !s.namesThing(f, id) })
}

// namesThing reports whether f names the thing id (see namesThingsAsked).
func (s *Store) namesThing(f *Fact, id string) bool {
	if slices.ContainsFunc(f.Entities, func(e string) bool { return e == id || s.entityByID[e].Within == id }) {
		return true
	}
	return slices.ContainsFunc(s.placeNames[id], func(n string) bool {
		return strings.Contains(s.lowerText[f.ordinal], n) || slices.ContainsFunc(f.Entities, func(e string) bool {
			return strings.Contains(strings.ToLower(s.entityByID[e].Name), n)
		})
	})
}

// asksNow reports whether a question's words (normalizeName's) ask about the present.
func asksNow(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return nowWords[w] })
}

var nowWords = setOf([]string{"now", "current", "currently", "presently", "today", "incumbent", "sitting"})

// asksLeader reports whether a question's words (normalizeName's) ask for a head of state or
// government, not a minister or official.
func asksLeader(words []string) bool {
	for i, w := range words {
		if leaderWords[w] || (w == "prime" && i+1 < len(words) && strings.TrimSuffix(words[i+1], "s") == "minister") || (w == "heads" && i+2 < len(words) && words[i+1] == "of" && (words[i+2] == "government" || words[i+2] == "state")) {
			return true
		}
	}
	return false
}

var leaderWords = setOf([]string{"president", "premier", "leader", "pm", "chancellor", "head"})

// asksTakingOffice reports whether a question's words (normalizeName's) ask when or how
// someone took up an office: "When did Kishida become prime minister?", "when did Yoon take
// office".
func asksTakingOffice(words []string) bool {
	for i, w := range words {
		next := func(ws ...string) bool { return i+1 < len(words) && slices.Contains(ws, words[i+1]) }
		switch {
		case becomingWords[w] && slices.ContainsFunc(words[i+1:min(len(words), i+5)], func(o string) bool {
			return slices.Contains(officeWords, o) || leaderWords[o] || o == "prime"
		}):
			return true
		case (w == "take" || w == "took" || w == "taking" || w == "takes" || w == "assume" || w == "assumed") && next("office", "power"),
			(w == "come" || w == "came" || w == "comes") && next("to") && i+2 < len(words) && words[i+2] == "power",
			w == "sworn" || w == "inaugurated":
			return true
		}
	}
	return false
}

// asksTenure reports whether a question's words (normalizeName's) ask how long someone has
// held an office: "How long has Kishida been prime minister?", "how long was Moon in power?".
// It is answered from when they took it.
func asksTenure(words []string) bool {
	if len(words) < 3 || words[0] != "how" || words[1] != "long" {
		return false
	}
	for i, w := range words[2:] {
		if slices.Contains(officeWords, w) || leaderWords[w] || w == "prime" ||
			(w == "office" || w == "power") && i > 0 && words[i+1] == "in" {
			return true
		}
	}
	return false
}

var becomingWords = setOf([]string{"become", "became", "becomes", "becoming", "appointed", "elected", "named", "made"})

// takingOfficeMarks are what a fact says when it tells of someone taking office.
var takingOfficeMarks = []string{"took office", "taking office", "take office", "inaugurat", "sworn in", "came to power", "assumed office", "elected", "became"}

// tellsTakingOffice reports whether f tells of the person id taking office: the person named
// nearest before what it says of taking office ("Yoon Suk-yeol's inauguration"), or, with
// none before it, nearest after ("Before taking office, Yoon Suk-yeol sent…").
func (s *Store) tellsTakingOffice(f *Fact, id string) bool {
	text := strings.ToLower(f.Text)
	type mention struct {
		id         string
		start, end int
	}
	var names []mention
	for _, eid := range f.Entities {
		e := s.entityByID[eid]
		if e == nil || e.Kind != "person" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			n = strings.ToLower(n)
			for at := 0; ; {
				k := strings.Index(text[at:], n)
				if k < 0 {
					break
				}
				names = append(names, mention{e.ID, at + k, at + k + len(n)})
				at += k + len(n)
			}
		}
	}
	for _, mark := range takingOfficeMarks {
		for at := 0; ; {
			k := strings.Index(text[at:], mark)
			if k < 0 {
				break
			}
			k += at
			before, after := mention{start: -1}, mention{start: len(text) + 1}
			for _, m := range names {
				if m.end <= k && m.end > before.end || m.end <= k && before.start < 0 {
					before = m
				}
				if m.start >= k && m.start < after.start {
					after = m
				}
			}
			switch {
			case before.start >= 0 && before.id == id, before.start < 0 && after.id == id:
				return true
			}
			at = k + len(mark)
		}
	}
	return false
}

// asksWho reports whether a question's first word (normalizeName's) asks who: "who",
// "whom", or "whos" as normalizeName leaves "who's".
func asksWho(first string) bool { return first == "who" || first == "whom" || first == "whos" }

// asksWhoWithin reports whether a question's words (normalizeName's) ask who within a
// country: "Who in South Korea opposes the discharge?", answered by a part of its polity.
func asksWhoWithin(words []string) bool {
	return len(words) > 1 && asksWho(words[0]) && (words[1] == "in" || words[1] == "within")
}

// polityWords name the parts of a country's polity a fact may say something of.
var polityWords = []string{"government", "opposition", "progressive", "conservative", "voices", "public", "parliament"}

// namesSomeoneOf reports whether f names someone within the first country the question asks
// about: a person serving or leading it whom the question does not name, or a part of its
// polity (polityWords) written next to one of its names ("South Korea's government", "voices
// in South Korea").
func (s *Store) namesSomeoneOf(f *Fact, r reading) bool {
	i := slices.IndexFunc(r.actors, func(id string) bool { return s.entityByID[id].Kind == "country" })
	if i < 0 {
		return false
	}
	country := s.entityByID[r.actors[i]]
	if slices.ContainsFunc(f.Entities, func(id string) bool {
		e := s.entityByID[id]
		return e != nil && e.Kind == "person" && !slices.Contains(r.actors, id) && (e.Serves == country.ID || e.Leads == country.ID)
	}) {
		return true
	}
	text := strings.ToLower(f.Text)
	for _, w := range polityWords {
		for rest := text; ; {
			j := strings.Index(rest, w)
			if j < 0 {
				break
			}
			before, after := rest[max(0, j-polityReach):j], rest[j+len(w):]
			if slices.ContainsFunc(append([]string{country.Name}, country.Aliases...), func(n string) bool {
				n = strings.ToLower(n)
				if len(n) < 4 {
					return false // "us" is in "thus"
				}
				return strings.Contains(before, n) || strings.HasPrefix(after, " in "+n) || strings.HasPrefix(after, " of "+n)
			}) {
				return true
			}
			rest = rest[j+len(w):]
		}
	}
	return false
}

// polityReach is how far from a polity word a country's name may stand to be its country:
// "South Korea's government and opposition", "voices in South Korea".
const polityReach = 24

// holdersCountryUnnamed reports whether a question refers to the holder's country by a
// pronoun ("her country", "his own country"), so that the countries it names are others.
func holdersCountryUnnamed(words []string) bool {
	for i, w := range words[:max(len(words)-1, 0)] {
		if w != "her" && w != "his" && w != "their" {
			continue
		}
		next := words[i+1]
		if next == "own" && i+2 < len(words) {
			next = words[i+2]
		}
		if strings.TrimRight(next, "?,.") == "country" {
			return true
		}
	}
	return false
}

// describesHolder reports whether the place id is named right before the office a question
// asks the holder of ("Which Asia-Pacific leader said…"): it says where the holder is from,
// not what the fact must name.
func (s *Store) describesHolder(question, id string) bool {
	e := s.entityByID[id]
	if e.Kind != "place" {
		return false
	}
	lower := strings.ToLower(question)
	return slices.ContainsFunc(append([]string{e.Name}, e.Aliases...), func(n string) bool {
		return strings.Contains(lower, strings.ToLower(n)+" leader")
	})
}

// sayingAt is the offset of a question's first saying word ("said", "thinks"…), or -1.
func sayingAt(question string) int {
	for i := 0; i < len(question); {
		j := i + strings.IndexByte(question[i:], ' ')
		if j < i {
			j = len(question)
		}
		if sayingWords[strings.ToLower(strings.Trim(question[i:j], "?,.;:"))] {
			return i
		}
		i = j + 1
	}
	return -1
}

// mentionsEntity reports whether lower, a lower-cased text, names e by its name or an alias, as
// whole words.
func mentionsEntity(lower string, e *Entity) bool {
	return slices.ContainsFunc(append([]string{e.Name}, e.Aliases...), func(n string) bool {
		n = strings.ToLower(n)
		for from := 0; ; {
			i := strings.Index(lower[from:], n)
			if i < 0 {
				return false
			}
			j := from + i
			if (j == 0 || !isWordByte(lower[j-1])) && (j+len(n) == len(lower) || !isWordByte(lower[j+len(n)])) {
				return true
			}
			from = j + len(n)
		}
	})
}
