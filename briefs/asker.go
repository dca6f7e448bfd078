package briefs

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Askers often say who they are before they ask: "I work for an ocean conservation group.
// Why does South Korea object to Japan releasing nuclear wastewater?", "Hi! I plan airline
// networks and I'm curious - which air route got restarted?". Those words are about the asker,
// not the question, and would sink every fact that does not use them.

// askerOpeners open a part of a question that speaks of the asker, lower-cased.
// Each is matched as whole words.
var askerOpeners = []string{"i ", "i'm ", "i’m ", "im ", "i am ", "i've ", "my ", "we ", "we're ", "our ", "hi ", "hello ", "hey ", "quick question ", "quick one ", "quick refresher ", "question ",
	"as a ", "as an ", "as someone ", "here in ", "writing ", "working ", "doing research ", "for my ", "random question ", "quick check ", "fact check ", "fact-check ",
	"at my ", "you know ", "for our ",
	// How the asker wants it told: "Keep it simple for an old woman, please."
	"keep it ", "please keep it ", "in simple terms ", "in plain english ", "in plain words "}

// reportOpeners open a part in which the asker reports what they read or heard.
var reportOpeners = []string{"i read somewhere ", "i heard somewhere ", "i saw somewhere ", "i recall ", "i remember ", "i believe ", "i understand ", "i read ", "i've read ", "i have read ", "i heard ", "i've heard ", "i have heard ", "i saw ", "i've seen ", "i was told ", "we heard ", "we read ",
	"i gather ", "i seem to recall ", "i seem to remember ", "i doubt "}

// reportsPremise reports whether a lower-cased part opens as the asker reporting what they
// read or heard.
func reportsPremise(part string) bool {
	return slices.ContainsFunc(reportOpeners, func(o string) bool { return strings.HasPrefix(part+" ", o) }) || ownTextSays(part) > 0
}

// ownTextSays is the length of an opening in which the asker reports what a text of their
// own says ("our summary says ", "our draft has "), as they report what they read; 0 for
// none.
func ownTextSays(lower string) int {
	rest, our := strings.CutPrefix(lower, "our ")
	if !our {
		rest, our = strings.CutPrefix(lower, "my ") // "My notes say…", as "Our draft says…"
	}
	if label, _, ok := strings.Cut(rest, ": "); ok && ownTexts[label] {
		return len(lower) - len(rest) + len(label) + len(": ") // "Draft: 'The last…'"
	}
	if !our {
		return 0
	}
	owner := len(lower) - len(rest) // "our " or "my "
	noun, rest, ok := strings.Cut(rest, " ")
	if !ok || !ownTexts[noun] {
		return 0
	}
	verb, _, ok := strings.Cut(rest, " ")
	if !ok || !textVerbs[verb] {
		return 0
	}
	return owner + len(noun) + 1 + len(verb) + 1
}

// unquoted is q without the quotation marks around its opening sentence, as a line quoted
// from a draft is: "'The last meeting was in 2019.' What year…" reads as the statement and
// the question after it.
func unquoted(q string) string {
	r, n := utf8.DecodeRuneInString(q)
	closer := map[rune]rune{'\'': '\'', '"': '"', '“': '”', '‘': '’'}[r]
	if closer == 0 {
		return q
	}
	rest := q[n:]
	for i, c := range rest {
		end := i + utf8.RuneLen(c)
		if c == closer && (end == len(rest) || rest[end] == ' ') && (c != '\'' || i > 0 && strings.ContainsRune(".?!,", rune(rest[i-1]))) {
			// A single quote closes only after a sentence's mark: "leaders' meeting" is
			// a plural's.
			return rest[:i] + rest[end:]
		}
	}
	return q
}

// ownTexts are the texts an asker checking their own work speaks of; textVerbs, what such a
// text does with what it tells.
var ownTexts, textVerbs = setOf([]string{"draft", "summary", "text", "copy", "notes", "opening", "timeline", "story", "article", "piece", "report", "brief", "briefing", "script", "caption", "headline", "chronology", "lede", "lead"}),
	setOf([]string{"says", "say", "said", "has", "have", "states", "claims", "puts", "gives", "dates", "quotes", "reads", "notes"})

// withoutReport is q without an opening that reports what the asker read or heard: "I read
// that Boris Johnson met Kishida" states that he did.
func withoutReport(q string) string {
	lower := strings.ToLower(q)
	if n := ownTextSays(lower); n > 0 {
		rest := unquoted(strings.TrimLeft(q[n:], " "))
		if r, ok := cutPrefixFold(rest, "that "); ok {
			return r
		}
		return rest
	}
	for _, o := range reportOpeners {
		if strings.HasPrefix(lower, o) {
			rest := strings.TrimLeft(q[len(o):], " ")
			if r, ok := cutPrefixFold(rest, "that "); ok {
				return r
			}
			return rest
		}
	}
	return q
}

// partBreaks end one part of a question and start the next.
var partBreaks = []string{". ", "! ", ": ", " - ", " – ", " — ", "—"}

// withoutAsker drops the parts before the last that speak of the asker and name nothing the
// store knows; the question is returned whole when it has none. A part that names an actor or
// a thing ("I read that Japan protested Korea's survey.") is context and stays.
func (s *Store) withoutAsker(q string) string {
	if q, ok := s.withAskersCountry(q); ok {
		return q
	}
	_, our := cutPrefixFold(q, "our ")
	_, my := cutPrefixFold(q, "my ")
	if (our || my || strings.Contains(q, ": ")) && ownTextSays(strings.ToLower(q)) > 0 {
		return withoutReport(q) // "Our draft says…", "My notes say…": what it says is put to be checked
	}
	return dropLeadingParts(withoutAskerBeforeBut(s.withoutAskerAfter(q)), func(part, rest string) bool {
		// A part naming what the store knows is context, unless the rest names it all again
		// ("Here in Vanuatu we watch Canberra closely - what is Australia's diplomacy
		// focused on?").
		return s.speaksOfAsker(part) || opensAsAsker(part) && !reportsPremise(part) && s.namesAgain(rest, part)
	})
}

// withAskersCountry is the question after a part in which the asker gives their country,
// with that country for the "my country" it asks about: "As the New Zealand delegate I need
// to get this right — what is my country's diplomacy focused on?" asks about New Zealand's.
func (s *Store) withAskersCountry(q string) (string, bool) {
	if indexFold(q, "country") < 0 && indexFold(q, "government") < 0 {
		return q, false // most questions
	}
	own := slices.IndexFunc(ownCountryWords, func(w string) bool { return indexFold(q, w) >= 0 })
	if own < 0 {
		return q, false
	}
	cut := firstPartBreak(q)
	if cut < 0 {
		return q, false
	}
	part, rest := strings.ToLower(strings.TrimSpace(q[:cut])), strings.TrimLeft(q[cut:], ".!:-–— ")
	i := indexFold(rest, ownCountryWords[own])
	if i < 0 || !opensAsAsker(part) && !strings.HasPrefix(part, "as the ") {
		return q, false
	}
	actors, _ := s.namedEntities(part)
	if len(actors) != 1 || s.entityByID[actors[0]].Kind != "country" {
		return q, false
	}
	return rest[:i] + s.entityByID[actors[0]].Name + rest[i+len(ownCountryWords[own]):], true
}

// ownCountryWords are how askers name their own country.
var ownCountryWords = []string{"my country", "our country", "my government", "our government"}

// withoutAskerBeforeBut is q without the clause before its first ", but " when that clause
// says who asks and what follows asks with a question word: "I'm just a guy who drives a
// truck, but how were those Pacific countries billed?".
func withoutAskerBeforeBut(q string) string {
	i := strings.Index(q, ", but ")
	if i <= 0 {
		return q // most questions
	}
	part, rest := strings.ToLower(q[:i]), q[i+len(", but "):]
	if !opensAsAsker(part) || reportsPremise(part) || asksToBeTold(part) {
		return q
	}
	if words := strings.Fields(rest); len(words) > 2 && opensAsking(words[0]) {
		return rest
	}
	return q
}

// dropLeadingParts drops the parts of q (partBreaks), first to last, while drop says so of
// each (lower-cased) and what follows it; never the last.
func dropLeadingParts(q string, drop func(part, rest string) bool) string {
	for {
		cut := firstPartBreak(q)
		if cut < 0 {
			return q
		}
		part := strings.ToLower(strings.TrimSpace(q[:cut]))
		rest := strings.TrimLeft(q[cut:], ".!:-–— ")
		if strings.TrimSpace(rest) == "" || !drop(part, rest) {
			return q
		}
		q = rest
	}
}

// firstPartBreak is where the first part of q ends (partBreaks), or -1 when it has one part.
func firstPartBreak(q string) int {
	cut := -1
	for _, b := range partBreaks {
		if i := strings.Index(q, b); i >= 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	return cut
}

// namesAgain reports whether rest names every actor and thing part names, a country also by
// its leader ("Washington" by Biden).
func (s *Store) namesAgain(rest, part string) bool {
	actors, things := s.namedEntities(rest)
	for _, id := range actors {
		if led := s.ledBy(id); led != "" {
			actors = append(actors, led)
		}
	}
	pa, pt := s.namedEntities(part)
	return !slices.ContainsFunc(append(pa, pt...), func(id string) bool { return !slices.Contains(actors, id) && !slices.Contains(things, id) })
}

// withoutAskerIntro drops the parts before the last that open as the asker speaking of
// themselves, whatever they name: where the asker is from ("I'm from Samoa - which…", "Here
// in Vanuatu we watch Canberra closely - …") is not what the question asks about, so it is
// not read for places the article does not cover.
// A part that reports what the asker read or heard ("I read that Boris Johnson met
// Kishida - …") is the question's premise, and stays.
func withoutAskerIntro(q string) string {
	q = withoutAskerBeforeBut(dropLeadingParts(q, func(part, _ string) bool { return opensAsAsker(part) && !reportsPremise(part) && !asksToBeTold(part) }))
	if i := strings.LastIndex(q, "? "); i >= 0 {
		if opensAsAskerAfter(strings.ToLower(strings.TrimSpace(q[i+2:]))) {
			return q[:i+1] // "…on security? doing research for a student model UN"
		}
	}
	return q
}

// asksToBeTold reports whether a lower-cased part asks, as the asker speaking, to be told
// something: "I should like to know how many weekly flights…" is the question, not who asks.
func asksToBeTold(part string) bool {
	spaced := " " + part + " "
	return slices.ContainsFunc(requestEnds, func(e string) bool { return strings.Contains(spaced, e) }) ||
		slices.ContainsFunc(wrappingRequests, func(r string) bool { return strings.HasPrefix(part+" ", r) })
}

// askerSelves open a part in which the asker says who they are: after the question, it is
// never what they ask about, whatever it names ("…keep China in check? I'm a Chinese student
// in Osaka, writing about the Quad."). Before it, it may also say what the question is about
// ("I'm a Korean grad student and I heard Yoon said…. What did he…").
var askerSelves = []string{"i'm a ", "i'm an ", "i’m a ", "i’m an ", "i am a ", "i am an ", "im a ", "im an ",
	"i'm from ", "i’m from ", "i am from ", "im from ", "i live ", "i work ", "i study "}

// remarkAfter reports whether part, what follows a question, is a remark on it ("The name
// looks a bit off."): a statement naming nothing the store knows, after a question that
// names something.
func (s *Store) remarkAfter(question, part string) bool {
	if strings.HasSuffix(part, "?") || opensWith(part, requestOpeners) {
		return false
	}
	if words := strings.Fields(part); len(words) > 1 && (opensAsking(words[0]) || narrowingWords[words[0]] && opensAsking(words[1])) {
		return false // a question typed without its mark: "…, right? what approach does it take", "in what areas…"
	}
	if actors, things := s.namedEntities(part); len(actors) > 0 || len(things) > 0 {
		return false
	}
	actors, things := s.namedEntities(question)
	return len(actors) > 0 || len(things) > 0
}

// requestOpeners open a request that goes on with the question: "Give the examples the author
// cites."
var requestOpeners = []string{"give ", "list ", "name ", "tell ", "explain ", "show ", "describe ", "cite ", "quote ", "mention ", "include ", "please ", "be ", "keep ", "just ", "only ",
	"identify ", "state ", "specify "}

// labelsAsker reports whether a lower-cased part of a question is a short label of the asker
// or the question: "Analyst question:", "Photo editor here.".
func labelsAsker(part string) bool {
	words := strings.Fields(part)
	return len(words) > 0 && len(words) <= maxLabelWords && askerLabelEnds[words[len(words)-1]]
}

// maxLabelWords is how long a label of the asker may be ("junior policy analyst here").
const maxLabelWords = 4

var askerLabelEnds = setOf([]string{"question", "questions", "here", "query"})

// describesAsker reports whether a lower-cased part of a question opens as the asker saying
// who they are (askerSelves).
func describesAsker(part string) bool {
	return slices.ContainsFunc(askerSelves, func(o string) bool { return strings.HasPrefix(part+" ", o) })
}

// opensAsAsker reports whether a lower-cased part of a question opens as the asker speaking
// of themselves (askerOpeners).
func opensAsAsker(part string) bool {
	spaced := strings.ReplaceAll(part, ",", " ") + " "
	return slices.ContainsFunc(askerOpeners, func(o string) bool { return strings.HasPrefix(spaced, o) })
}

// opensAsHost reports whether a lower-cased part of a question opens as a presenter speaking
// to their audience (hostOpeners): "Remind our viewers — who…?".
func opensAsHost(part string) bool {
	return slices.ContainsFunc(hostOpeners, func(o string) bool { return strings.HasPrefix(part, o) })
}

// hostOpeners open what a presenter says to their audience before asking. Only a part naming
// nothing the store knows is dropped: "Let's take the trilateral first — …" names what is
// asked about.
var hostOpeners = []string{"good morning", "good afternoon", "good evening", "welcome back", "welcome to", "remind our ", "remind viewers",
	"remind listeners", "for viewers", "for our viewers", "for listeners", "for anyone ", "for those ", "for the folks", "let's get ", "let's set ",
	"let's start", "let's begin", "let's kick off", "let's bring", "let's go back", "let's move", "let's turn", "now then", "right then"}

// opensAsAskerAfter reports whether a lower-cased part after the question opens as the asker
// speaking of themselves, as opensAsAsker, or of their own world: "…? In my church newsletter
// the editor is always Deacon Kim." (Before the question, "In my years in Brussels…" may
// open the question itself.)
func opensAsAskerAfter(part string) bool {
	return opensAsAsker(part) || strings.HasPrefix(part, "in my ") || strings.HasPrefix(part, "in our ")
}

// withoutAskerAfter drops what follows the question mark when it speaks of the asker and names
// nothing the store knows: "which route got restarted? i fly it for work lol".
func (s *Store) withoutAskerAfter(q string) string {
	i := strings.LastIndex(q, "? ")
	if i < 0 {
		return q
	}
	if part := strings.ToLower(strings.TrimSpace(q[i+2:])); !s.speaksOfAsker(part) && !strings.HasPrefix(part, "in my ") && !strings.HasPrefix(part, "in our ") && !describesAsker(part) && !(opensAsAsker(part) && s.namesAgain(q[:i+1], part)) && !s.remarkAfter(q[:i+1], part) && !guessesAfter(part) && !s.readOfAfter(part) {
		return q
	}
	return q[:i+1]
}

// readOfAfter reports whether a lower-cased part after the question only says the asker read
// or heard of what it asks, naming nothing: "…? I read about it in the papers once."
func (s *Store) readOfAfter(part string) bool {
	if !reportsPremise(part) || strings.Contains(part, "that ") {
		return false
	}
	actors, things := s.namedEntities(part)
	return len(actors)+len(things) == 0
}

// guessesAfter reports whether a lower-cased part after the question is the asker's guess at
// the answer, not another question: "…the most mature cooperation? I'd guess Korea–Japan".
func guessesAfter(part string) bool {
	return !strings.HasSuffix(part, "?") && slices.ContainsFunc(guessOpeners, func(o string) bool { return strings.HasPrefix(part, o) })
}

// guessOpeners open the asker's guess at the answer.
var guessOpeners = []string{"i'd guess ", "i’d guess ", "i guess ", "my guess is ", "my guess would be ", "i'd say ", "i’d say ", "i'd bet ", "i’d bet ", "i bet "}

// speaksOfAsker reports whether a lower-cased part of a question opens as the asker speaking
// of themselves and names nothing the store knows.
func (s *Store) speaksOfAsker(part string) bool {
	if !opensAsAsker(part) && !labelsAsker(part) && !opensAsHost(part) || reportsPremise(part) {
		return false // "I recall a three-way press event being abandoned." says what is asked about
	}
	actors, things := s.namedEntities(part)
	return len(actors) == 0 && len(things) == 0
}

// sentenceBreaks end a sentence of context before the question; a colon or a dash opens
// what the question asks ("Which came first: …", "Bottom line - …").
var sentenceBreaks = []string{". ", "! "}

// minContextWords is how long a question's context must be to be read apart: a few words
// before a break are most often part of what is asked.
const minContextWords = 6

// inAskerSentence reports whether the word at i of context is in a sentence that opens as the
// asker speaking of themselves ("Our firm sends staff between Seoul and Tokyo."), and not in
// what it says they ask or write about ("Our desk asked me about Yoon's inauguration."), nor
// in what they report having read or heard: of what the asker does only the names are
// context.
func inAskerSentence(context string, i int) bool {
	from := 0
	for _, b := range sentenceBreaks {
		if j := strings.LastIndex(context[:i], b); j >= 0 && j+len(b) > from {
			from = j + len(b)
		}
	}
	before := strings.ToLower(context[from:i])
	sentence := strings.TrimSpace(strings.ToLower(context[from:]))
	// "I heard a press conference fell apart in late 2021." reports what the question is
	// about.
	return opensAsAsker(sentence) && !reportsPremise(sentence) && !strings.Contains(before, " about ") && !strings.Contains(before, " on ")
}

// standsAlone reports whether a sentence is a question of its own: it opens asking, names an
// actor or thing, and points back at nothing said before it.
func (s *Store) standsAlone(question string) bool {
	if end := openingClauseEnd(question); end > 0 {
		question = question[end+1:] // "At the summit, what did Tokyo say…?"
	}
	words := strings.Fields(normalizeName(question))
	if len(words) > 1 && leadingPrepositions[words[0]] && opensAsking(words[1]) {
		words = words[1:] // "In which month did Japan announce…?"
	}
	if len(words) < 5 || !opensAsking(words[0]) && !whetherWords[words[0]] {
		return false
	}
	if pointsBackToOne(question) && !s.pronounsAfterName(words) {
		return false // "What did he propose?"; "had they been invited?" may ask of those it names
	}
	if n := len(words); words[n-2] == "in" && respondingWords[strings.TrimRight(words[n-1], "?.!")] {
		return false // "What steps did South Korea take in response?": to what was said before
	}
	actors, things := s.namedEntities(question)
	return len(actors)+len(things) > 0
}

// pronounsAfterName reports whether a question's words (normalizeName's) point back only by
// pronouns, the first a possessive or the subject of what is said after a name of its own:
// "what did Tokyo say it wanted" and "what does Seoul want from its foreign policy" speak
// of the name; "who did Tokyo send to it?" of something said before.
func (s *Store) pronounsAfterName(words []string) bool {
	first := slices.IndexFunc(words, func(w string) bool { return singularPointsBack[w] })
	if first < 2 || !sayingVerbs[words[first-1]] && words[first] != "its" && words[first] != "his" ||
		slices.ContainsFunc(words, func(w string) bool { return singularPointsBack[w] && !pronouns[w] }) {
		return false // "that meeting", "such a deal" point back at what was said before
	}
	actors, _ := s.namedEntities(strings.Join(words[:first], " "))
	return len(actors) > 0
}

// respondingWords, after "in" at a question's end, point back at what was done before: "in
// response", "in return".
var respondingWords = setOf([]string{"response", "return", "reply", "retaliation", "turn"})

// recollects reports whether context says the asker only half-remembers it: "if I remember
// rightly", "as I recall", "I believe".
func recollects(context string) bool {
	lower := strings.ToLower(context)
	return slices.ContainsFunc(recollections, func(r string) bool { return strings.Contains(lower, r) })
}

// recollections are the phrases of an asker half-remembering.
var recollections = []string{"i remember", "i recall", "i believe", "i confess", "i was told", "i was under the impression",
	"my memory", "my recollection", "if memory serves", "i think", "i seem to", "as i understand",
	"i assumed", "i had assumed", "i had always assumed", "it seemed to me", "i had the impression", "i have the impression", "i had understood",
	"i understand", "i gather", "i am told", "i'm told", "i have often wondered", "one would have expected", "i have heard", "i've heard"}

// pointsBack are the words that point at something said before them.
var pointsBack = setOf([]string{"it", "its", "they", "them", "their", "that", "those", "this", "these", "he", "him", "his", "she", "her", "such", "there"})

// withoutPurposeTail drops what a question says at its end it is for: "…, for the Australia
// desk's briefing pack.", "… for the Minister's folder." The words of the purpose are no
// words to find.
func withoutPurposeTail(q string) string {
	if indexFold(q, " for ") < 0 {
		return q // most questions, read without copying them
	}
	lower := strings.ToLower(q)
	for _, opener := range []string{", for the ", ", for my ", ", for our ", ", for a ", " for the ", " for my ", " for our "} {
		i := strings.LastIndex(lower, opener)
		if i < 0 {
			continue
		}
		tail := strings.Fields(normalizeName(lower[i+len(opener):]))
		if len(tail) == 0 || len(tail) > 5 || !purposeNouns[tail[len(tail)-1]] {
			continue
		}
		end := strings.TrimRight(q, " ")
		return strings.TrimRight(q[:i], " ,") + end[len(end)-1:]
	}
	return q
}

// withoutAskersReason drops a closing clause in which the asker says why they ask: "What is
// South Korea's GDP, because I think that would explain its medium power diplomacy?" asks
// the GDP; the reason's words are no words to find.
func withoutAskersReason(q string) string {
	if i := indexFold(q, "? i"); i > 0 {
		// "…at that leaders' meeting? I'd be curious to hear Singapore's view in its own
		// right.": the asker's wish, after the question, asks nothing more.
		rest := strings.TrimSpace(q[i+1:])
		if slices.ContainsFunc(askersWishes, func(w string) bool { _, ok := cutPrefixFold(rest, w); return ok }) && !strings.Contains(rest, "?") {
			return q[:i+1]
		}
	}
	if indexFold(q, ", because ") < 0 && indexFold(q, ", since ") < 0 {
		return q // most questions, read without copying them
	}
	for _, opener := range askersReasons {
		if i := indexFold(q, opener); i > 0 {
			if cut := firstPartBreak(q[i:]); cut > 0 {
				// "Let's get the diary straight, because my producer's shouting in my ear —
				// what date…?": the reason closes a part, not the question.
				return strings.TrimRight(q[:i], " ,") + q[i+cut:]
			}
			end := strings.TrimRight(q, " ")
			return strings.TrimRight(q[:i], " ,") + end[len(end)-1:]
		}
	}
	return q
}

// askersWishes open a sentence after the question in which the asker says what they would
// like to hear.
var askersWishes = []string{"i'd be curious ", "i would be curious ", "i'm curious ", "i am curious ", "i'd love to ",
	"i would love to ", "i'd like to hear ", "i would like to hear ", "i'd be interested ", "i would be interested "}

// askersReasons open a closing clause in which the asker says why they ask, or remarks on it
// ("…, because naturally they can't even agree on the name?").
var askersReasons = []string{", because i ", ", because we ", ", because my ", ", because our ", ", since i ", ", since we ",
	", because naturally ", ", because apparently ", ", because obviously ", ", since apparently ", ", since obviously "}

// withoutGivenTail drops a closing clause that gives what the asker bears in mind: "How do
// Canberra and Wellington differ in the focus of their diplomacy, given that both are situated
// in the same part of the world?" asks how they differ; the clause's words are no words to
// find.
func withoutGivenTail(q string) string {
	if indexFold(q, ", given ") < 0 && indexFold(q, ", considering ") < 0 && indexFold(q, ", bearing in mind ") < 0 {
		return q // most questions, read without copying them
	}
	lower := strings.ToLower(q)
	for _, opener := range []string{", given that ", ", given ", ", considering that ", ", considering ", ", bearing in mind that ", ", bearing in mind "} {
		i := strings.LastIndex(lower, opener)
		if i < 0 || len(strings.Fields(q[:i])) < 4 || !opensAsking(strings.Fields(withoutOpeningFillers(q[:i]))[0]) ||
			strings.ContainsAny(strings.TrimRight(q[i+len(opener):], " ?.!"), ".?!") {
			continue // the clause must close the question: "…, given the setting. What…?" goes on
		}
		end := strings.TrimRight(q, " ")
		if last := end[len(end)-1:]; last == "?" || last == "." {
			return strings.TrimRight(q[:i], " ,") + last
		}
		return strings.TrimRight(q[:i], " ,")
	}
	return q
}

// purposeNouns end what a question is for: a briefing, a folder, notes.
var purposeNouns = setOf([]string{"briefing", "briefings", "pack", "folder", "file", "notes", "memo", "dossier", "report", "records", "record", "brief", "newsletter", "handout", "slides", "deck", "class", "seminar", "article", "story", "piece", "podcast", "thesis", "essay", "timeline", "chronology", "paper", "presentation", "lecture", "blog", "project", "homework", "assignment", "dissertation", "spreadsheet"})

// withoutClosingCourtesy drops a last sentence that only asks for help or thanks ("Could you
// assist?", "I would welcome a short summary."): the question before it is what is asked,
// and is read as the question ("…asked which air link between Seoul and Tokyo resumed
// service as relations thawed. Could you assist?").
func withoutClosingCourtesy(q string) string {
	t := strings.TrimRight(q, " ")
	i := -1
	for _, b := range []string{". ", "? ", "! "} {
		if j := strings.LastIndex(t, b); j > i {
			i = j
		}
	}
	if i < 0 || strings.Count(t[:i], " ") < minContextWords-1 {
		return q
	}
	words := strings.Fields(normalizeName(t[i+2:]))
	if len(words) == 0 || slices.ContainsFunc(words, func(w string) bool { return !courtesyWords[w] }) {
		return q
	}
	return strings.TrimRight(t[:i], ".?!") + "?"
}

// withoutCourtesyAsides is q without the asides between commas that only ask politely: "In
// the author's assessment, and I should be grateful for a frank rendering of it, was the
// four-way meeting of real consequence?" asks whether it was.
func withoutCourtesyAsides(q string) string {
	q = withoutMannerTail(withoutAnalogyTail(withoutHedgedDashAside(q)))
	if indexFold(q, "grateful") < 0 && indexFold(q, "interested") < 0 && indexFold(q, "indulge") < 0 && indexFold(q, "if i may") < 0 && indexFold(q, "for the record") < 0 && indexFold(q, "escapes me") < 0 &&
		indexFold(q, "memory serves") < 0 && indexFold(q, " correctly,") < 0 && indexFold(q, ", if any,") < 0 && indexFold(q, ", one wonders,") < 0 && indexFold(q, ", if that is the word,") < 0 &&
		indexFold(q, "pray,") < 0 && indexFold(q, ", i beg you,") < 0 && indexFold(q, ", dear reader,") < 0 && indexFold(q, ", when all is said,") < 0 {
		return q // most questions, read without copying them
	}
	for from := 0; ; {
		i := strings.Index(q[from:], ", ")
		if i < 0 {
			return q
		}
		i += from
		j := strings.Index(q[i+2:], ",")
		if j < 0 {
			return q
		}
		j += i + 2
		words := strings.Fields(normalizeName(q[i+2 : j]))
		if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !courtesyWords[w] && !asideCourtesyWords[w] }) {
			if w := strings.Join(words, " "); w == "if any" || w == "one wonders" || w == "if that is the word" {
				// "How many people, if any, live on Dokdo?": an aside within a clause
				// leaves no comma behind.
				q = q[:i] + " " + strings.TrimLeft(q[j+1:], " ")
				continue
			}
			q = q[:i] + q[j:]
			continue
		}
		from = i + 2
	}
}

// withoutAnalogyTail is q without the clause that closes it likening what is asked to
// something else: "Which relationship is the weakest link among the four — much like
// India–China is a sore point in some groupings?" asks about the four, not India.
func withoutAnalogyTail(q string) string { return withoutClosingTail(q, " like ", analogyOpeners) }

// withoutClosingTail is q without the clause that closes it opened by one of openers, when
// no question follows; q when it holds no word, which each opener holds, or no such clause.
func withoutClosingTail(q, word string, openers []string) string {
	if indexFold(q, word) < 0 {
		return q // most questions
	}
	for _, o := range openers {
		if i := indexFold(q, o); i > 0 && strings.IndexAny(strings.TrimRight(q[i:], "?!. "), "?!") < 0 {
			return strings.TrimRight(q[:i], " ,") + "?"
		}
	}
	return q
}

// withoutMannerTail is q without the clause that closes it saying how plainly to answer:
// "Could you lay them out for me as plainly as you would for a class of fourteen-year-olds?"
// asks for them.
func withoutMannerTail(q string) string { return withoutClosingTail(q, " as ", mannerOpeners) }

// mannerOpeners open a closing clause saying how plainly to answer.
var mannerOpeners = []string{" as plainly as ", " as simply as ", " as clearly as ", " as briefly as "}

// analogyOpeners open a closing clause that likens what is asked to something else.
var analogyOpeners = []string{" — much like ", " – much like ", " - much like ", ", much like ", " — just like ", " – just like ", " - just like ", ", just like ", " — a bit like ", ", a bit like ", " — rather like ", ", rather like "}

// withoutHedgedDashAside is q without an aside between dashes in which the asker hedges how
// a name is said: "before the new Korean president — Yoon, or Yin, however you say it — even
// took office" speaks of the president either way.
func withoutHedgedDashAside(q string) string {
	if indexFold(q, "however you") < 0 && indexFold(q, "however it") < 0 {
		return q // most questions
	}
	for _, dash := range []string{" — ", " – ", " - "} {
		i := strings.Index(q, dash)
		if i < 0 {
			continue
		}
		j := strings.Index(q[i+len(dash):], dash)
		if j < 0 {
			continue
		}
		inner := q[i+len(dash) : i+len(dash)+j]
		if indexFold(inner, "however you") >= 0 || indexFold(inner, "however it") >= 0 {
			return q[:i] + " " + q[i+len(dash)+j+len(dash):]
		}
	}
	return q
}

// withoutOwnBracketAside is q without an aside in brackets in which the asker speaks of
// themselves: "Who served as the moderator (the chair, I suppose, in our model-UN terms) of
// the four leaders' meeting?" asks who moderated it, not about the UN. Only what the store
// does not cover is read so; the answer still weighs the aside's words.
func withoutOwnBracketAside(q string) string {
	for from := 0; ; {
		i := strings.IndexByte(q[from:], '(')
		if i < 0 {
			return q
		}
		i += from
		j := strings.IndexByte(q[i:], ')')
		if j < 0 {
			return q
		}
		j += i
		if slices.ContainsFunc(strings.Fields(normalizeName(q[i+1:j])), func(w string) bool { return firstPersonWords[w] }) {
			q = strings.TrimRight(q[:i], " ") + q[j+1:]
			continue
		}
		from = j
	}
}

// firstPersonWords are the words by which askers speak of themselves (normalizeName's).
var firstPersonWords = setOf([]string{"i", "im", "ive", "my", "me", "we", "our"})

// asideEnd is where the aside opening at i (its ", ") ends: the index of the ", " closing it;
// -1 when none does.
func asideEnd(q string, i int) int {
	j := strings.Index(q[i+2:], ", ")
	if j < 0 {
		return -1
	}
	return j + i + 2
}

// withoutDescribingAside is q without a clause between commas that describes whom the
// question opens with, when the question proper follows it: "Turning to Prime Minister
// Kishida, who seems to have been the driving force on the four-country track, what did he
// argue…?" asks what Kishida argued.
func withoutDescribingAside(q string) string {
	i := max(strings.Index(q, ", who "), strings.Index(q, ", which "))
	if i < 0 {
		return q // most questions
	}
	j := asideEnd(q, i)
	if j < 0 {
		return q
	}
	next, _, _ := strings.Cut(strings.TrimSpace(q[j+2:]), " ")
	if slices.Contains(questionWords, strings.ToLower(next)) {
		return q[:i] + q[j:]
	}
	// "How did President Biden, who had evidently worked hard…, characterise the three-way
	// encounter?": inside a question already asking, a clause describing someone only
	// describes; not one before a second part ("…, who chaired it, and what did they…?"),
	// nor one after a clause saying when.
	first, _, _ := strings.Cut(strings.TrimSpace(q), " ")
	if first = strings.ToLower(first); strings.HasPrefix(q[i:], ", who ") && first != "when" && (slices.Contains(questionWords, first) || first == "who" || whetherWords[first]) && !strings.EqualFold(next, "and") && !strings.EqualFold(next, "or") {
		return q[:i] + " " + strings.TrimSpace(q[j+2:])
	}
	return q
}

// asideCourtesyWords may also make up an aside that only asks politely.
var asideCourtesyWords = setOf([]string{"and", "frank", "rendering", "interested", "indulge", "may", "one", "add", "say", "ask", "am", "was", "be", "of", "learn", "hear", "glad", "for", "the", "record",
	"whose", "name", "escapes", "me", "just", "now", // ", whose name escapes me just now,"
	"if", "memory", "serves", "as", "i", "recall", "remember", "correctly", "rightly", // ", if memory serves,"
	"wonders",            // ", one wonders,"
	"that", "is", "word", // ", if that is the word,"
	"pray", "beg", "you", "dear", "reader", "when", "all", "said"}) // ", I pray,", ", I beg you,", ", dear reader,", ", when all is said,"

// withoutAskersFrame is the question an asker's sentence embeds: "My colleagues in the
// transport directorate have asked which air link between Seoul and Tokyo resumed…" asks
// which air link resumed. Other questions are returned as they are.
func withoutAskersFrame(q string) string {
	if !slices.ContainsFunc(askingVerbs, func(v string) bool { return indexFold(q, v) >= 0 }) {
		return q // most questions, read without copying them
	}
	lower := strings.ToLower(q)
	if !opensAsAsker(lower) {
		return q
	}
	for _, verb := range askingVerbs {
		i := strings.Index(lower, verb)
		if i < 0 {
			continue
		}
		rest := strings.TrimPrefix(q[i+len(verb):], "me ")
		if w, _, _ := strings.Cut(rest, " "); opensAsking(strings.ToLower(w)) || strings.EqualFold(w, "who") {
			return rest
		}
	}
	return q
}

// withoutSender is the question a radio host or moderator relays with who sent it: "Tariq in
// Oldham asks who Tokyo sent to Yoon's inauguration." asks who Tokyo sent, as do "Caller Abby
// in Tampa: who…?" and "Next up is Rosa from Tijuana: how big…?"; "…? That's from Stuart in
// Paisley." is the question before it. Other questions are returned as they are.
func withoutSender(q string) string {
	if i := strings.LastIndex(q, "? "); i > 0 && slices.ContainsFunc(senderSignOffs, func(o string) bool { return strings.HasPrefix(q[i+2:], o) }) {
		return q[:i+1]
	}
	if q, ok := withoutNamedListener(q); ok {
		return q
	}
	if !strings.Contains(q, ": ") && !slices.ContainsFunc(senderVerbs, func(v string) bool { return strings.Contains(q, " "+v) }) {
		return q // most questions, read without copying them
	}
	words := strings.Fields(q)
	k := 0 // the sender's name, after the host's words that introduce them
	for k < min(len(words), 6) && senderIntroductions[strings.ToLower(strings.TrimRight(words[k], ","))] {
		k++
	}
	if k+1 < len(words) && strings.EqualFold(words[k+1], "calling") {
		words = slices.Delete(words, k+1, k+2) // "Got Hiroshi calling from Vancouver:"
	}
	if len(words) < k+4 || !isCapitalisedName(words[k]) || words[k+1] != "in" && words[k+1] != "from" {
		return q
	}
	j := k + 2
	for j < len(words) && isCapitalisedName(strings.TrimRight(words[j], ",:")) {
		j++
		if strings.HasSuffix(words[j-1], ":") {
			return strings.Join(words[j:], " ") // "Caller Abby in Tampa: where does…"
		}
	}
	if j == k+2 || j == len(words) {
		return q
	}
	rest := strings.Join(words[j:], " ")
	if strings.HasSuffix(words[j-1], ",") {
		// "…Gary from Leicester, and Gary's asking: where…"
		if said, asked, ok := strings.Cut(rest, "asking: "); ok && strings.Count(said, " ") <= 3 {
			return asked
		}
	}
	for _, verb := range senderVerbs {
		if after, ok := strings.CutPrefix(rest, verb); ok {
			if _, asked, ok := strings.Cut(after, ": "); ok && len(strings.Fields(asked)) > 2 && strings.Count(after[:len(after)-len(asked)], " ") <= 6 {
				return asked // "…wants the bottom line: can the US…?"
			}
			return strings.TrimLeft(after, ":, ")
		}
	}
	return q
}

// withoutNamedListener is the question a host relays from a listener named without a town:
// "Caller Abby: where…?", "Listener Mike asks why…", and after what the listener says ("Listener
// Mike says the whole thing's a power play. Why is Washington…?"); false for any other.
func withoutNamedListener(q string) (string, bool) {
	first, rest, _ := strings.Cut(q, " ")
	if !slices.ContainsFunc(listenerWords, func(w string) bool { return strings.EqualFold(first, w) }) {
		return q, false // most questions, read without copying them
	}
	name, rest, _ := strings.Cut(rest, " ")
	if after, ok := strings.CutSuffix(name, ":"); ok && isCapitalisedName(after) && rest != "" {
		return rest, true
	}
	if !isCapitalisedName(name) {
		return q, false
	}
	for _, verb := range senderVerbs {
		if after, ok := strings.CutPrefix(rest, verb+" "); ok {
			return strings.TrimLeft(after, ":, "), true
		}
	}
	verb, said, _ := strings.Cut(rest, " ")
	if !remarkVerbs[strings.ToLower(verb)] {
		return q, false
	}
	if i := strings.IndexAny(said, ".!"); i > 0 && i+2 < len(said) && said[i+1] == ' ' {
		return said[i+2:], true
	}
	return q, false
}

// listenerWords introduce a listener by name, capitalised as a host types them.
var listenerWords = []string{"listener", "caller", "viewer", "reader", "texter"}

// remarkVerbs report what a listener thinks, before the question the host asks for them.
var remarkVerbs = setOf([]string{"says", "thinks", "reckons", "texts", "writes", "reckon", "feels"})

// senderIntroductions are the words a host introduces a caller with, lower-cased: "Caller",
// "Next up is", "Our caller", "Line three,".
var senderIntroductions = setOf([]string{"caller", "our", "and", "next", "up", "is", "got", "we've", "here's", "line",
	"one", "two", "three", "four", "five", "okay", "ok", "first", "tonight", "last", "for", "this", "segment", "now", "over", "to"})

// withThatChecked is a claim the asker heard, then asked about with "Is that true?", read as
// the claim put to be checked ("…, right?"), or, when a question follows ("Is that true, or
// who ran it?"), as the claim followed by that question: "Someone said the Australian
// prime minister chaired the four-country meeting. Who ran it?". Other questions are
// returned as they are.
func withThatChecked(q string) string {
	for _, check := range thatChecks {
		i := strings.Index(q, check)
		if i < 2 || q[i-2] != '.' {
			continue
		}
		claim, rest := q[:i-2], q[i+len(check):]
		if rest == "?" {
			return claim + ", right?"
		}
		if after, ok := strings.CutPrefix(rest, ", or "); ok && len(after) > 1 && strings.HasSuffix(after, "?") {
			return claim + ". " + strings.ToUpper(after[:1]) + after[1:]
		}
	}
	return q
}

// thatChecks ask whether what the asker just said is so.
var thatChecks = []string{"Is that true", "Is that right", "Is that correct", "Is this true", "Is that so", "Is it true"}

// senderVerbs say what a relayed question's sender asks, after their name and town.
var senderVerbs = []string{"asks", "wants to know", "would like to know", "wonders", "writes", "wants"}

// senderSignOffs open the sentence naming who sent a relayed question, after it.
var senderSignOffs = []string{"That's from ", "That’s from ", "That is from ", "From "}

// askingVerbs say that someone asks or wonders what follows.
var askingVerbs = []string{" have asked ", " has asked ", " asked ", " want to know ", " wants to know ", " wonder ", " wondering ", " would like to know ", " need to know ", " needs to know "}

// courtesyWords are all a sentence asking only for help, or thanking, is made of.
var courtesyWords = setOf([]string{"could", "can", "would", "will", "you", "assist", "help", "please", "advise", "thanks",
	"thank", "i", "id", "we", "welcome", "a", "short", "brief", "summary", "be", "grateful", "appreciate", "appreciated",
	"it", "me", "us", "with", "this", "that", "kindly", "much", "very", "so", "in", "advance", "should", "most", "many",
	"cheers", "ta", "pls", "plz", "any", "greatly", "love", "know", "to", "the", "answer", "if", "possible",
	"for", "an", "your", "its", "on", "this", "point", "matter", "convey", "article", "articles", "judgement", "judgment",
	"view", "assessment", "account", "outline", "reply", "response", "comparison", "clarification",
	// "…? Give me some examples." asks for what the answer lists anyway.
	"give", "example", "examples", "some", "few", "instances"})

// withoutUnreadContext keeps, of the sentences before a question's last, only the
// names and the words the store has a reading of: "Heard that a US-Japan-Korea press
// conference got cancelled in 2021 over Dokdo. I work in PR so I'm curious what went wrong —
// what caused it?" needs the press conference and Dokdo to say what "it" is, but "PR" and
// "curious", which no fact says, would sink every fact that answers. The last part is kept
// whole: what it asks must be read in full.
func (s *Store) withoutUnreadContext(q string) string {
	if after, ok := s.afterPunLabel(q); ok {
		return after
	}
	if i := strings.Index(q, ": "); i > 0 && strings.Count(q[:i], " ") >= 3 && !strings.ContainsAny(q[:i], "?.") && saysSomething(q[:i]) {
		// "This seems like evidence against a united front: what did New Zealand's prime
		// minister say about China?": a comment naming no one before a question that names
		// its own subject is the asker's, not asked. A topic is not a comment: "Still on the
		// forced labour cases: why is the matter so sensitive?"
		// Nor is a comment naming only whom the question names too: "New Zealand, dear New
		// Zealand, where I spent a lovely summer once: what does the article say Wellington
		// concentrates its diplomacy on?"
		// What follows may point back within itself ("…two points. Could you lay them out?").
		if after := strings.TrimSpace(q[i+2:]); len(s.namedActors(after)) > 0 && s.namesOnlyOf(q[:i], after) &&
			(s.standsAlone(after) || len(s.namedActors(q[:i])) > 0) {
			return after
		}
	}
	last := -1
	for _, b := range sentenceBreaks {
		if i := strings.LastIndex(q, b); i > last {
			last = i
		}
	}
	if last < 0 || strings.Count(q[:last], " ") < minContextWords-1 || strings.Contains(q[:last], "?") || !strings.Contains(q[last:], "?") {
		return q // no context before the question, or the question is not last
	}
	if question := strings.TrimSpace(q[last+1:]); s.standsAlone(question) && recollects(q[:last]) {
		// "…a telephone call to Prime Minister Kishida if I remember rightly. What gesture
		// does the article say Yoon made toward Japan before taking office?": a question that
		// names what it asks about, and points back at nothing, is read without what the
		// asker half-remembers, which may be wrong.
		return question
	}
	if question, ok := s.afterBackground(q, last); ok {
		return question
	}
	var spanBuf [64][2]int
	var nameBuf [64]nameStart
	context := q[:last]
	names := s.readNames(context, spanBuf[:0], nameBuf[:0])
	// "I lived through the Cold War duck-and-cover days. At the summit, what nuclear matters
	// did Tokyo…?": a question naming its own subject is not about what the asker says of
	// themselves, names included. One naming only a thing may need them: "Which air route
	// between the two capitals came back?"
	question := strings.TrimSpace(q[last+1:])
	alone := s.standsAlone(question) && len(s.namedActors(question)) > 0
	var b strings.Builder
	for i := 0; i < len(names.spans); {
		e, n := names.at(i)
		n = max(n, 1)
		for _, w := range names.spans[i : i+n] {
			word := context[w[0]:w[1]]
			kept := e != nil || s.index.reads(strings.ToLower(word))
			if kept && inAskerSentence(context, w[0]) && !inQuotes(context, w[0]) {
				kept = e != nil && !alone
			}
			if kept {
				b.WriteString(word)
				b.WriteByte(' ')
			}
		}
		i += n
	}
	return b.String() + q[last:]
}

// afterPunLabel is the question after a headline's label that none of whose words the facts
// use ("Red pen: who edited the piece?", "Ivory tower: which institute…?"); false when it has
// none. A label the facts' words make is a topic, and stays: "History: why do Japan and
// Korea quarrel?".
func (s *Store) afterPunLabel(q string) (string, bool) {
	i := strings.Index(q, ": ")
	if i <= 0 || strings.ContainsAny(q[:i], "?.!,") || strings.Count(q[:i], " ") > 4 {
		return q, false
	}
	after := strings.TrimSpace(q[i+2:])
	first, _, _ := strings.Cut(after, " ")
	if !opensAsking(first) && !whetherWords[strings.ToLower(first)] {
		return q, false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(q[:i]), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if !isStopword(w) && s.index.reads(w) {
			return q, false
		}
	}
	return after, true
}

// namesOnlyOf reports whether every actor part names, if any, is one question names too, or
// the country of a leader it names ("Kiwi kindness: what did NZ's PM say…?").
func (s *Store) namesOnlyOf(part, question string) bool {
	asked := slices.Clip(s.namedActors(question))
	for _, id := range asked {
		if e := s.entityByID[id]; e != nil && e.Leads != "" {
			asked = append(asked, e.Leads)
		}
	}
	return !slices.ContainsFunc(s.namedActors(part), func(id string) bool { return !slices.Contains(asked, id) })
}

// saysSomething reports whether part, a question's words before a colon, is a clause saying
// something ("this seems like evidence…", "that looks odd to me"), not a topic.
func saysSomething(part string) bool {
	for _, w := range strings.Fields(strings.ToLower(part)) {
		switch w {
		case "is", "are", "was", "were", "seems", "seem", "seemed", "looks", "look", "looked", "feels", "i", "i'm":
			return true
		}
	}
	return false
}

// afterBackground is the question q asks after two or more sentences of the asker's
// background, last being where its last sentence begins; false when there are fewer, or
// when the question does not name its own subject or points back. "…which puzzles some of
// my American friends. The article gives reasons for Seoul's attitude. Why is South Korea
// more positive toward China than Japan is?" is read alone: the background's words would
// steer it, or ask what it does not.
func (s *Store) afterBackground(q string, last int) (string, bool) {
	question := strings.TrimSpace(q[last+1:])
	if backgroundSentences(q[:last]) < 2 || !s.standsAlone(question) || len(s.namedActors(question)) == 0 {
		return q, false
	}
	return question, true
}

// questionAfterBackground is what q asks after two or more sentences of the asker's
// background (afterBackground), or q.
func (s *Store) questionAfterBackground(q string) string {
	last := -1
	for _, b := range sentenceBreaks {
		if i := strings.LastIndex(q, b); i > last {
			last = i
		}
	}
	if last < 0 || strings.Contains(q[:last], "?") || !strings.Contains(q[last:], "?") {
		return q
	}
	question, _ := s.afterBackground(q, last)
	return question
}

// backgroundSentences is how many sentences context, the words before a question's last
// sentence, holds.
func backgroundSentences(context string) int {
	n := 1
	for _, b := range sentenceBreaks {
		n += strings.Count(context, b)
	}
	return n
}

// inQuotes reports whether the word at i of context is within quotation marks: what the
// asker quotes ("We attribute the line 'without a correct historical understanding…' to
// Park Jin.") is what they ask about, though they speak of themselves around it. A single
// quote opens only after a space, so that "Japan's" opens nothing.
func inQuotes(context string, i int) bool {
	open := false
	for j, r := range context[:i] {
		switch {
		case r == '“' || r == '”' || r == '"':
			open = r != '”' && !open
		case r == '‘' || r == '\'' && (j == 0 || context[j-1] == ' '):
			open = true
		case (r == '’' || r == '\'') && open:
			if j+1 < len(context) && !unicode.IsLetter(rune(context[j+1])) {
				open = false
			}
		}
	}
	return open
}

// WithOwnCountry reads "our prime minister" as the asker's country's when the asker has said
// which country is theirs: "Kiwi here - what did our PM say about China?" asks what New
// Zealand's prime minister said, and "I'm Australian. Who was our prime minister at
// Madrid?" asks of Australia's, whom the article never names. Other questions are returned
// as they are.
func (s *Store) WithOwnCountry(q string) string {
	if !saysOur(q) {
		return q // most questions: nothing to copy or read
	}
	lower := strings.ToLower(q)
	at := -1
	for _, o := range ownOffices {
		if i := strings.Index(lower, "our "+o); i >= 0 && (i == 0 || lower[i-1] == ' ') && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return q // most questions: no need to read the asker
	}
	if country, ok := s.askersCountry(q); ok {
		return q[:at] + country + "'s " + q[at+len("our "):]
	}
	if speaksAustralian(lower) {
		return q[:at] + "Australia's " + q[at+len("our "):] // "who was our PM at the madrid thing mate"
	}
	return q
}

// askersCountry is the country the asker says is theirs in the part q opens with ("Kiwi
// here - …"); false when they say none.
func (s *Store) askersCountry(q string) (string, bool) {
	cut := firstPartBreak(q)
	if cut < 0 {
		return "", false
	}
	part := strings.ToLower(strings.TrimSpace(q[:cut]))
	if !opensAsAsker(part) && !labelsAsker(part) {
		return "", false
	}
	actors, _ := s.namedEntities(part)
	countries := slices.DeleteFunc(actors, func(id string) bool { return s.entityByID[id].Kind != "country" })
	if len(countries) != 1 {
		return "", false
	}
	return s.entityByID[countries[0]].Name, true
}

// speaksAustralian reports whether lower, a question in lower case, has a word only an
// Australian types (australianWords): such an asker's "our PM" is Australia's.
func speaksAustralian(lower string) bool {
	words := " " + strings.Join(strings.FieldsFunc(lower, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '-'
	}), " ") + " "
	return slices.ContainsFunc(australianWords, func(w string) bool { return strings.Contains(words, " "+w+" ") })
}

// australianWords are the names and slang that tell an Australian asker.
var australianWords = []string{"albo", "scomo", "strewth", "dinkum", "arvo", "stoush", "argy-bargy", "argy bargy",
	"righto", "g'day", "ripper", "rsl", "aussie", "aussies", "the poms", "down under"}

// saysOur reports whether q has the word "our", in any of the cases people type it.
func saysOur(q string) bool {
	for _, w := range []string{"our ", "Our ", "OUR "} {
		for i := 0; ; {
			j := strings.Index(q[i:], w)
			if j < 0 {
				break
			}
			if at := i + j; at == 0 || q[at-1] == ' ' || q[at-1] == '-' || q[at-1] == '"' {
				return true
			}
			i += j + 1
		}
	}
	return false
}

// ownOffices follow "our" in a question about the asker's own country's leader, government
// or diplomacy.
var ownOffices = []string{"pm", "prime minister", "president", "leader", "government", "foreign minister",
	"foreign policy", "diplomacy", "relationship", "relations", "ties", "mob"}

// withoutViewpoint drops the viewpoint a question opens with when it names nothing the store
// knows: "From an analyst's perspective, how does South Korea's place in US strategy compare
// with Japan's?" asks what follows; "From Japan's perspective, …" names whose view is asked.
func (s *Store) withoutViewpoint(q string) string {
	q = withoutSectionTail(withViewpointAsideAsFor(q))
	clause, rest, ok := strings.Cut(q, ", ")
	if _, from := cutPrefixFold(clause, "from "); !ok || !from || !slices.ContainsFunc(viewpointWords, func(w string) bool { return strings.HasSuffix(strings.ToLower(clause), w) }) {
		return q // most questions
	}
	if actors, things := s.namedEntities(clause); len(actors)+len(things) > 0 {
		return q
	}
	return rest
}

// withoutSectionTail is q without the clause closing it that names the part of the article
// it asks of (", according to the section on the four countries?"): the part's words are not
// what is asked about.
func withoutSectionTail(q string) string {
	if indexFold(q, "section on") < 0 && indexFold(q, "part on") < 0 {
		return q // most questions
	}
	for _, c := range sectionTails {
		if i := indexFold(q, c); i > 0 && !strings.ContainsAny(q[i+len(c):], ",;") {
			return q[:i] + "?"
		}
	}
	return q
}

// sectionTails open a clause closing a question that names the part of the article it asks of.
var sectionTails = []string{", according to the section on ", ", in the section on ", ", according to the part on ", ", in the part on "}

// withViewpointAsideAsFor is q with an aside giving whose viewpoint it is asked from read as
// whom it concerns: "Why, from Seoul's perspective, is compensation … a matter on which it
// cannot yield?" asks why it is for Seoul; "perspective" is no word of what is asked.
func withViewpointAsideAsFor(q string) string {
	i := strings.Index(q, ", from ")
	if i < 0 {
		return q // most questions
	}
	end := asideEnd(q, i)
	if end < 0 {
		return q
	}
	aside := q[i+len(", from ") : end]
	for _, w := range viewpointWords {
		if who, ok := strings.CutSuffix(strings.ToLower(aside), w); ok {
			who = strings.TrimSuffix(strings.TrimSuffix(who, "'s"), "’s")
			return q[:i] + ", for " + aside[:len(who)] + q[end:]
		}
	}
	return q
}

// viewpointWords end a clause giving the viewpoint a question is asked from.
var viewpointWords = []string{" perspective", " point of view", " viewpoint", " standpoint", " angle"}

// withoutQuizFrame is a quizmaster's question without the frame put around it: the points
// or round it opens with ("For 250 points:", "Bonus round, 150 points!"), the options it
// offers ("A) yes, B) no, C) only Tokyo") and the cheer that closes it ("For the win!",
// "250 points!"). Other questions are returned as they are.
func withoutQuizFrame(q string) string {
	if indexFold(q, "point") < 0 && indexFold(q, "round") < 0 && indexFold(q, "for the win") < 0 &&
		indexFold(q, "jackpot") < 0 && !strings.Contains(q, "A) ") && !strings.Contains(q, "(a) ") && indexFold(q, "bonus") < 0 && indexFold(q, "starter") < 0 {
		return q // most questions
	}
	q = withoutQuizCheers(q)
	if i := strings.IndexAny(q, ":!"); i > 0 && i+1 < len(q) && q[i+1] == ' ' && quizLabel(q[:i]) {
		q = strings.TrimSpace(q[i+2:])
	}
	return withoutQuizOptions(withoutQuizCheers(q))
}

// quizLabel reports whether label, what opens a question before a colon or exclamation
// mark, gives its points ("For 250 points", "China round, 400 points") or is made of a
// quiz's words alone ("Bonus round", "Jackpot question"); "The Dokdo question" names what is
// asked about.
func quizLabel(label string) bool {
	words := strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return r == ' ' || r == ',' || r == '-' })
	if len(words) == 0 || len(words) > 9 {
		return false // "Yes or no, plus a reason for the bonus" is as long as a label runs
	}
	if last := words[len(words)-1]; last == "points" || last == "point" || last == "pts" {
		return true
	}
	if slices.ContainsFunc(words, func(w string) bool { return w == "points" || w == "point" || w == "pts" }) &&
		!slices.ContainsFunc(words, func(w string) bool { return !quizWords[w] && strings.Trim(w, "0123456789") != "" }) {
		return true // "For 15 points, caller", "10 points each"
	}
	return !slices.ContainsFunc(words, func(w string) bool { return !quizWords[w] })
}

// quizWords make a quizmaster's label for a question.
var quizWords = setOf([]string{"bonus", "jackpot", "round", "question", "final", "lightning", "speed", "buzzer", "starter",
	"tiebreaker", "tie", "breaker", "follow", "up", "followup", "quick", "fire", "rapid", "next", "first", "second", "third",
	"last", "for", "the", "a", "win", "title", "warm", "big", "million", "dollar", "points", "point", "pts", "each",
	"caller", "contestant", "contestants", "team", "teams", "players", "everyone", "now", "and", "here's", "this", "one",
	"multiple", "choice", "two", "three", "five", "ten", "fifteen", "twenty",
	"fifty", "hundred", "yes", "or", "no", "plus", "reason", "per", "item", "items", "answer", "answers", "correct"})

// withoutQuizCheers is q without the cheers a quizmaster closes a question with: "For the
// win!", "Name one for the win!", "250 points!".
func withoutQuizCheers(q string) string {
	for {
		t := strings.TrimRight(q, " ")
		cut := false
		for _, c := range quizCheers {
			if rest, ok := cutSuffixFold(t, c); ok {
				t, cut = strings.TrimRight(rest, " —–-,"), true
				break
			}
		}
		for _, tail := range []string{" points!", " points.", " points"} {
			if head, ok := strings.CutSuffix(t, tail); ok && !cut {
				// "…a baseball squad? 250 points!", "…into the sea. 10 points."
				if j := strings.LastIndexByte(head, ' '); j > 0 && strings.Trim(head[j+1:], "0123456789,") == "" && strings.ContainsAny(head[j+1:], "0123456789") {
					t, cut = strings.TrimRight(head[:j], " "), true
				}
			}
		}
		if i := strings.LastIndexAny(strings.TrimRight(t, ".!"), ".?!"); !cut && i > 0 && quizLabel(strings.Trim(t[i+1:], " .!")) {
			t, cut = t[:i+1], true // "…on North Korea. One point per item!"
		}
		if !cut {
			return q
		}
		q = t
	}
}

// quizCheers close a quizmaster's question without asking anything more.
var quizCheers = []string{"name either one for the win!", "name one for the win!", "for the win!", "for the win", "fill in the blank!",
	"give one reason!", "give one!", "name one!", "name either!"}

// withoutQuizOptions is q without the lettered options it offers ("A) yes, B) no, they're
// regulars, C) only Tokyo had been before"), which guess at the answer: the question before
// them is what is asked.
func withoutQuizOptions(q string) string {
	i, next := strings.Index(q, "A) "), "B) "
	if i > 0 && q[i-1] == '(' {
		i-- // "(A) yes, (B) no"
	}
	if i <= 0 {
		if i = strings.Index(q, "(a) "); i <= 0 {
			return q
		}
		next = "(b) " // "(a) a breakthrough, (b) mostly for show"
	}
	if !strings.Contains(q[i:], next) {
		return q
	}
	before := strings.TrimRight(q[:i], " —–-:,")
	end := len(q)
	if j := strings.IndexByte(q[i:], '?'); j >= 0 {
		end = i + j + 1
	}
	after := strings.TrimSpace(q[end:])
	if before == "" {
		return q
	}
	if !strings.HasSuffix(before, "?") {
		before += "?"
	}
	if after != "" {
		return before + " " + after
	}
	return before
}

// withWayAsHow is a question asking for one way or means by which something is done asked
// as how it is done: "Name one way Japan has curbed China" and "What way has Tokyo
// curbed Beijing?" ask how Japan has curbed China, and "way" and "one" would match
// "four-way" and "one-sided" instead. Other questions are returned as they are.
func withWayAsHow(q string) string {
	first, _, _ := strings.Cut(q, " ")
	if !slices.ContainsFunc(wayOpeningWords, func(w string) bool { return strings.EqualFold(first, w) }) ||
		indexFold(q, "way") < 0 && indexFold(q, "mean") < 0 && indexFold(q, "method") < 0 && indexFold(q, "channel") < 0 {
		return q // most questions, read without copying them
	}
	words := strings.Fields(q)
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(strings.TrimRight(w, ",:"))
	}
	i, byAux := wayOpener(lower)
	if i < 0 || i+2 >= len(words) {
		return q
	}
	noun := lower[i]
	rest := i + 1
	if rest+1 < len(lower) && wayRelatives[lower[rest]] && lower[rest+1] == "which" {
		rest += 2 // "Name one channel through which Japan has curbed China"
	} else if lower[rest] == "that" && (noun == "way" || noun == "ways" || noun == "means") {
		rest++
	} else if !(noun == "way" || noun == "ways" || noun == "means") {
		return q // "Name one method Japan has used to curb China" asks no clause of its own
	}
	if rest+1 >= len(words) || lower[rest] == "to" || byAux && !wayAuxiliaries[lower[rest]] {
		return q // "Name one way to curb China" asks how to, which the article does not say
	}
	return "How " + strings.Join(words[rest:], " ")
}

// wayOpener is where the noun naming a way or means stands in words, lower-cased, after the
// request or question that opens them ("name one", "what is a", "which"), and whether that
// opening is "what" or "which" alone, which an auxiliary must follow; -1 when none does.
func wayOpener(words []string) (int, bool) {
	i := 0
	switch {
	case len(words) > 2 && (words[0] == "what" || words[0] == "which") && words[1] == "way" && wayAuxiliaries[words[2]]:
		return 1, true // "What way has Tokyo curbed Beijing?"
	case len(words) > 1 && (words[0] == "name" || words[0] == "give" || words[0] == "mention" || words[0] == "cite" || words[0] == "what's"):
		i = 1
	case len(words) > 2 && (words[0] == "what" && (words[1] == "is" || words[1] == "was") || words[0] == "tell" && words[1] == "me"):
		i = 2
	default:
		return -1, false
	}
	if i+1 < len(words) && wayCounts[words[i]] && wayNouns[words[i+1]] {
		return i + 1, false
	}
	return -1, false
}

var (
	// wayOpeningWords open a question wayOpener may read.
	wayOpeningWords = []string{"name", "give", "mention", "cite", "what's", "what", "which", "tell"}
	// wayNouns name a way or means of doing something.
	wayNouns = setOf([]string{"way", "ways", "means", "method", "methods", "channel", "channels"})
	// wayCounts ask for some of them.
	wayCounts = setOf([]string{"one", "a", "an", "another", "two", "some"})
	// wayRelatives open the clause telling what the way does ("by which", "in which").
	wayRelatives = setOf([]string{"by", "in", "through", "with"})
	// wayAuxiliaries follow "what way" in a question.
	wayAuxiliaries = setOf([]string{"has", "have", "had", "does", "do", "did", "is", "are", "was", "were", "can", "could", "will", "would"})
)

// withoutPersonDescribed is "who is X" asked of a person the store knows, without the clause
// that says which X is meant: "Who is Adrian that spoke about China?" asks who Adrian
// (Ardern) is, and the clause only recalls where the asker met the name. Other questions
// are returned as they are.
func (s *Store) withoutPersonDescribed(q string) string {
	if _, ok := cutPrefixFold(q, "who"); !ok || indexFold(q, " who") < 0 && indexFold(q, " that ") < 0 {
		return q // most questions, read without copying them
	}
	lower := strings.ToLower(q)
	rest, ok := strings.CutPrefix(lower, "who is ")
	if !ok {
		if rest, ok = strings.CutPrefix(lower, "who's "); !ok {
			return q // most questions
		}
	}
	for _, clause := range []string{", who ", " that ", " who "} {
		i := strings.Index(rest, clause)
		if i <= 0 {
			continue
		}
		start := len(q) - len(rest)
		name := strings.TrimPrefix(q[start:start+i], "the ")
		if e := s.entityName[normalizeName(name)]; e != nil && e.Kind == "person" {
			return q[:start] + name + "?"
		}
		return q
	}
	return q
}

// withAskingAfterWhenClause is a question that opens with a clause saying when, and puts its
// asking word after the subject, as Singlish and Chinese order it, with that word first:
// "When Japan kick Korea out of the white list, Seoul how respond?" asks how Seoul
// responded, not when. Other questions are returned as they are.
func withAskingAfterWhenClause(q string) string {
	rest, ok := cutPrefixFold(q, "when ")
	if !ok {
		return q // most questions
	}
	i := strings.Index(q, ", ")
	if second, _, _ := strings.Cut(rest, " "); i < 0 || wayAuxiliaries[strings.ToLower(second)] {
		return q // "When did Japan tighten export controls, and why?" asks when
	}
	words := strings.Fields(q[i+2:])
	if len(words) > 0 && clauseJoiners[strings.ToLower(words[0])] {
		return q
	}
	for k := 1; k <= 2 && k < len(words); k++ {
		asking := strings.TrimRight(words[k], "?!.")
		if !clauseAskingWords[strings.ToLower(asking)] {
			continue
		}
		rest := slices.Concat([]string{asking}, words[:k], words[k+1:])
		if len(asking) < len(words[k]) && k == len(words)-1 {
			rest[len(rest)-1] += words[k][len(asking):] // "…, Japan sent who?": the mark closes it
		}
		return q[:i+2] + strings.Join(rest, " ")
	}
	return q
}

// clauseJoiners join a second question, not a subject, to a first.
var clauseJoiners = setOf([]string{"and", "but", "or", "so", "then"})

// clauseAskingWords ask a question after a clause that says when.
var clauseAskingWords = setOf([]string{"how", "what", "why", "who", "which", "where"})
