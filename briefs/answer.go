package briefs

import (
	"bytes"
	"cmp"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Answer composes the reply to a free question from the facts that pass the relevance bar.
// An empty brief means the store has nothing on it. The facts are in the order that answers
// the question's shape: a "why" question leads with the reasons, and "how do A and B differ"
// shows where they differ and each side's own position.
func (s *Store) Answer(question string) Brief {
	question = s.afterExclamation(s.withGsSpoken(withChatSpelledOut(question)))
	if q, ok := withoutPlainLikening(question); ok {
		question = q
	}
	if q, ok := s.viewpointAsFor(question); ok {
		question = q
	}
	b := s.withAgreementNamed(question, s.answerAsked(question))
	if b.Empty() {
		if b.Lead != "" {
			return b // what the article gives instead ("dates this only to May 2022") is said
		}
		if r, ok := s.answerRecast(question); ok {
			return r
		}
		return b
	}
	return s.withReasonAskedSecond(question, s.withLinkedNext(question, s.withActOfYear(question, s.withFocusFirst(question, b))))
}

// withReasonAskedSecond is b with the reason the article gives for one of its first three
// facts (Because) right after it, when a second question asks why and b lacks it: "Which
// two are toughest on China, and why can't they cut ties with Beijing entirely?" asks why
// of what the first part was answered by.
func (s *Store) withReasonAskedSecond(question string, b Brief) Brief {
	if len(b.Groups) != 1 || indexFold(question, "why") < 0 {
		return b // most answers, read without listing their facts
	}
	_, second, two := twoQuestionsLoosely(question)
	if !two || !asksWhy(strings.Fields(normalizeName(second))) {
		return b
	}
	facts := slices.Clone(b.Facts())
	for i := 0; i < min(len(facts), 3); i++ {
		reason := s.factByID[facts[i].Because]
		if reason == nil || slices.Contains(facts[:i+1], reason) {
			continue
		}
		facts = slices.Insert(slices.DeleteFunc(facts, func(f *Fact) bool { return f == reason }), i+1, reason)
		b.Groups = []Group{{Heading: b.Groups[0].Heading, Items: s.labelled(facts[:min(len(facts), MaxAnswerFacts)], false)}}
		return b // one reason: the answer keeps what else it found
	}
	return b
}

// answerRecast answers a question the store found nothing for read whole, read without what
// may have sunk it; false when no such part is found.
func (s *Store) answerRecast(question string) (Brief, bool) {
	// "What's Australia's game plan, according to the writer, because I'd love to know what
	// Canberra thinks it's doing": what the asker adds of themselves is no part of it.
	if q, ok := withoutAskerTail(question); ok {
		return s.answerAsked(q), true
	}
	// "If I recall correctly, it was in the autumn of 2019 that Tokyo tightened its
	// export controls… What kind of materials does the article say those controls
	// covered?": what the asker half-remembers may be what sinks the question.
	if q, ok := recalledQuestion(question); ok {
		return s.answerAsked(q), true
	}
	// "When did the Seoul court rule on the comfort women case that Tokyo rejects?": the
	// clause describing what is dated is not what is asked; the date is.
	if q, ok := withoutClosingRelative(question); ok && (asksForDate(question) || asksDeed(strings.Fields(normalizeName(question)))) {
		// …nor, asked what someone did, the clause describing the deed: "What did Tokyo
		// do in July 2019 that hit Korea's economy?".
		return s.answerAsked(q), true
	}
	// "What did Tokyo say it hoped to strengthen with NATO members, in a move that went
	// some way towards Seoul's concerns?": the closing clause comments on what is asked.
	if q, ok := withoutClosingComment(question); ok {
		return s.answerAsked(q), true
	}
	// "Who presided over the four-way meeting — the Australian Prime Minister, perhaps,
	// given Canberra's seniority?": a guess the asker doubts, found in no fact, sinks
	// the question; the facts answer it right or wrong.
	if q, ok := withoutDoubtedGuess(question); ok {
		return s.answerAsked(q), true
	}
	// "Is it good for Korea to move wholly to the US and Japan side? What article think?":
	// a last question asking only the article's view asks the first again.
	if q, ok := withoutViewAsked(question); ok {
		return s.answerAsked(q), true
	}
	// "Why are Koreans so upset about Japan dumping oil into the sea?": one word the facts
	// never use, in a question asking why, is the asker's wrong guess at what happened; what
	// the facts say of the rest corrects it, as it does a statement put to be checked.
	// A number is no such guess: "Why did they go five years without meeting?" asks a
	// reason the article does not give.
	if asksWhy(strings.Fields(normalizeName(question))) {
		if unread := s.unreadWords(question); len(unread) == 1 && !slices.Contains(numberWords, unread[0]) {
			if b := s.corrected(question); !b.Empty() {
				return b, true
			}
		}
	}
	// "Is Wellington's diplomacy focused on Northeast Asian security?": what it is focused on
	// checks the guess, whose words match nothing.
	if q, ok := s.ownedCheckAsked(question); ok {
		if b := s.answerAsked(q); !b.Empty() {
			return b, true
		}
	}
	// "And who edited the thing? Somebody must take the blame.": what the asker says after
	// asking is their comment, not part of what they ask.
	if q, ok := withoutClosingRemark(question); ok {
		if b := s.answerAsked(q); !b.Empty() {
			return b, true
		}
	}
	// "Settle a bet for me: what does Japan call Dokdo?": words before a colon that sink
	// a question standing alone after it are the asker's lead-in.
	if q, ok := s.afterLeadIn(question); ok {
		if b := s.answerAsked(q); !b.Empty() {
			return b, true
		}
	}
	// "Nail down the timing for me — what date did the summit open?": so are words before a
	// dash that name nothing ("I bet the big story was Finland and Sweden — …" names what
	// the article may not cover).
	for _, dash := range []string{" — ", " – ", " - "} {
		if lead, _, ok := strings.Cut(question, dash); ok && namesNothing(lead) {
			if q, ok := s.afterOpening(question, dash); ok {
				if b := s.answerAsked(q); !b.Empty() {
					return b, true
				}
			}
		}
		// "Around the time Yoon moved in there was fresh squabbling over Dokdo — what did
		// Japan complain about?": a statement setting the scene before a dash and a question
		// opening with a question word are two sentences, read as a full stop parts them.
		if q, ok := dashAsFullStop(question, dash); ok {
			if b := s.answerAsked(q); !b.Empty() {
				return b, true
			}
		}
	}
	// "Who ran the meeting, like who was the teacher leading the class?": the likening
	// names nothing the article covers.
	if q, ok := withoutLikening(question); ok {
		if b := s.answerAsked(q); !b.Empty() {
			return b, true
		}
	}
	return Brief{}, false
}

// withoutClosingRemark is question up to its last question mark, when a sentence stating
// something of its own follows it ("Somebody must take the blame."), by the subject it
// opens with; false otherwise. "Name the prime minister." asks for more.
func withoutClosingRemark(question string) (string, bool) {
	i := strings.LastIndexByte(question, '?')
	if i < 0 {
		return question, false
	}
	remark := strings.Fields(question[i+1:])
	if len(remark) < 2 {
		return question, false
	}
	if first := strings.Trim(remark[0], ",.!:;\"'"); !remarkSubjects[strings.ToLower(remark[0])] && !recallsOwn(remark) && (len(remark) < 3 || asksMoreWords[strings.ToLower(first)] || opensAsking(first)) {
		return question, false
	}
	return question[:i+1], true
}

// recallsOwn reports whether a sentence after the question opens with a clause of time or
// condition whose subject is the asker ("When I taught history I was always careful…", "As
// we used to say…"): they tell of themselves, not ask for more, as "When exactly?" does.
func recallsOwn(remark []string) bool {
	if len(remark) < 4 || !ownClauseOpeners[strings.ToLower(remark[0])] {
		return false
	}
	switch strings.ToLower(strings.Trim(remark[1], ",")) {
	case "i", "i'm", "i’m", "we", "my", "our":
		return true
	}
	return false
}

// ownClauseOpeners open a clause of time or condition.
var ownClauseOpeners = setOf([]string{"when", "while", "as", "since", "once", "whenever"})

// afterLeadIn is the question after a lead-in closed by a colon, when it stands alone and
// the lead-in names no actor it does not and no date: "Name that island, lads: what does
// Japan call Dokdo?". False for any other.
func (s *Store) afterLeadIn(question string) (string, bool) {
	return s.afterOpening(question, ": ")
}

// afterExclamation is the question after an exclamation that opens it, as afterLeadIn is
// after a colon: "Thank you for waiting! Which two of the four are firmest on China?",
// "Spin the wheel! What is the purpose of Japan's participation?". A question that points
// back at it is read with it: "Dokdo! Who claims it?"
func (s *Store) afterExclamation(question string) string {
	if after, ok := s.afterOpening(question, "! "); ok {
		return after
	}
	return question
}

// afterOpening is the question after its opening closed by sep (afterLeadIn,
// afterExclamation); false when what follows does not stand alone, or the opening names an
// actor it does not, or a date.
func (s *Store) afterOpening(question, sep string) (string, bool) {
	lead, after, ok := strings.Cut(question, sep)
	if !ok || strings.ContainsAny(lead, "?0123456789") || !s.standsAlone(withoutRequest(after)) || !s.namesOnlyOf(lead, after) {
		return question, false
	}
	return after, true
}

// dashAsFullStop is question with its first dash (sep) made a full stop, when what comes
// before it is a statement of four words or more and what follows asks by a question word:
// "Around the time Yoon moved in there was squabbling over Dokdo — what did Japan complain
// about?". False for any other.
func dashAsFullStop(question, sep string) (string, bool) {
	lead, after, ok := strings.Cut(question, sep)
	if !ok || strings.ContainsAny(lead, "?:;0123456789") {
		return question, false // nor a statement of counts and dates, checked by what is asked
	}
	lw, aw := strings.Fields(lead), strings.Fields(normalizeName(after))
	if len(lw) < 4 || len(aw) < 3 || !opensAsking(aw[0]) {
		return question, false
	}
	if slices.ContainsFunc(aw, func(w string) bool { return pronouns[w] || pointingWords[w] }) {
		return question, false // "— how did this affect the Asians?" asks of the statement itself
	}
	if first := strings.ToLower(lw[0]); opensAsking(first) || whetherWords[first] {
		return question, false // "Why did Seoul drop GSOMIA — what was the reason?" asks twice
	}
	return strings.TrimRight(lead, ",. ") + ". " + strings.ToUpper(after[:1]) + after[1:], true
}

// namesNothing reports whether a part of a question has no capitalised word after its first.
func namesNothing(part string) bool {
	words := strings.Fields(part)
	return len(words) > 0 && !slices.ContainsFunc(words[1:], func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return unicode.IsUpper(r) })
}

// asksMoreWords open a sentence after a question that asks for more, or narrows what it asks:
// "Name her.", "Give the three names.", "In 2019, I mean.", "Which materials?" Any other
// sentence of three words or more after the last question mark is the asker's remark ("Old
// grudges are worse than Wales–England week.").
var asksMoreWords = setOf([]string{"name", "give", "list", "tell", "explain", "include", "describe", "say", "show",
	"add", "mention", "quote", "cite", "compare", "rank", "summarise", "summarize", "outline", "specify", "provide",
	"answer", "please", "and", "or", "also", "plus", "but", "what", "which", "who", "whom", "whose", "when", "where",
	"why", "how", "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "should", "will", "has",
	"have", "had", "in", "on", "at", "by", "from", "for", "with", "during", "before", "after", "since", "between",
	"including", "especially", "particularly", "specifically", "just", "only", "exact", "exactly", "roughly",
	"approximately", "briefly", "not", "no", "one", "two", "three", "four", "both", "each", "any", "all", "if",
	"unless", "because", "as", "than", "versus", "vs", "not", "whether", "either", "neither", "nor", "then", "so"})

// remarkSubjects open a sentence in which the asker says something of their own.
var remarkSubjects = setOf([]string{"somebody", "someone", "something", "i", "i'm", "i’m", "it", "it's", "it’s", "that", "that's", "that’s", "this", "they", "they're", "they’re", "we", "there", "there's", "there’s", "seems", "sounds"})

// ownedCheckAsked is the question a yes-or-no question answers when it checks what one
// actor's own something is directed at: "Is Wellington's diplomacy focused on Northeast Asian
// security?" asks what Wellington's diplomacy is focused on. False for any other.
func (s *Store) ownedCheckAsked(question string) (string, bool) {
	verb, rest, _ := strings.Cut(question, " ")
	if !strings.EqualFold(verb, "is") && !strings.EqualFold(verb, "was") {
		return "", false // most questions
	}
	words := strings.Fields(rest)
	for i := 2; i+1 < len(words); i++ {
		if !strings.HasSuffix(words[i], "ed") || !checkedPrepositions[strings.ToLower(words[i+1])] {
			continue
		}
		subject := strings.Join(words[:i], " ")
		actors, _ := s.namedEntities(subject)
		if len(actors) != 1 || !s.opensWithOwner(subject, actors[0]) {
			return "", false
		}
		return "What is " + subject + " " + words[i] + " " + strings.ToLower(words[i+1]) + "?", true
	}
	return "", false
}

// checkedPrepositions follow the participle a yes-or-no question checks ("focused on",
// "aimed at", "limited to", "directed towards").
var checkedPrepositions = setOf([]string{"on", "at", "to", "towards", "toward", "against", "with"})

// withoutAskerTail is a question without the clause closing it, after a comma, in which the
// asker speaks of themselves ("…, because I'd put money on it being us", "…, I'd like to know
// if it's anything beyond the rugby", "…, in plain English please"); false when none closes a
// question asked whole.
func withoutAskerTail(question string) (string, bool) {
	for from := 0; ; {
		i := strings.Index(question[from:], ", ")
		if i < 0 {
			return question, false
		}
		i += from
		rest := question[i+2:]
		if !strings.Contains(rest, "?") && strings.Count(question[:i], " ") >= 4 && slices.ContainsFunc(askerTailOpeners, func(o string) bool { _, ok := cutPrefixFold(rest, o); return ok }) {
			head := strings.Fields(normalizeName(question[:i]))
			if whetherWords[head[0]] || opensAsking(head[0]) || slices.ContainsFunc(head, func(w string) bool { return slices.Contains(questionWords, w) || w == "who" }) {
				return question[:i] + "?", true
			}
			return question, false
		}
		from = i + 2
	}
}

// withoutClosingAsAside is a question without its last clause when that is an aside "as"
// the asker puts it, closed by the question mark: "Which country prefers the stick and which
// the carrot, as we used to say about discipline in the classroom?" asks which country;
// the aside only likens the words asked with to the asker's own. "How many times, as I
// recall three, did Moon meet Kim?" asks on after its aside.
func withoutClosingAsAside(question string) string {
	i := strings.LastIndex(question, ", ")
	if i < 0 || !strings.HasSuffix(question, "?") {
		return question // most questions
	}
	rest := question[i+2:]
	if strings.IndexAny(rest, "?.!;:") != len(rest)-1 || strings.Count(question[:i], " ") < 4 ||
		!slices.ContainsFunc(askerAsOpeners, func(o string) bool { _, ok := cutPrefixFold(rest, o); return ok }) {
		return question
	}
	return question[:i] + "?"
}

// askerAsOpeners open an aside in which the asker likens what they ask to their own words.
var askerAsOpeners = []string{"as i ", "as we "}

// askerTailOpeners open a clause in which the asker speaks of themselves after the question.
var askerTailOpeners = []string{"because i ", "because i'd ", "because i'm ", "because i've ", "because i’d ", "because i’m ",
	"i'd ", "i’d ", "i'm ", "i’m ", "i've ", "i’ve ", "i ", "in plain english", "in plain words"}

// withoutViewAsked is a question without a last sentence that only asks what the article or
// its author thinks or says ("What article think?", "What does the author say?"); false when
// there is none, or nothing before it.
func withoutViewAsked(question string) (string, bool) {
	q := strings.TrimRight(strings.TrimSpace(question), "?!. ")
	i := max(strings.LastIndex(q, "? "), strings.LastIndex(q, ". "))
	if i <= 0 {
		return question, false
	}
	words := strings.Fields(normalizeName(q[i+2:]))
	if !slices.ContainsFunc(words, func(w string) bool { return articleWords[w] }) || slices.ContainsFunc(words, func(w string) bool {
		return !articleWords[w] && !isStopword(w) && !opinionWords[w]
	}) {
		return question, false
	}
	return q[:i+1], true
}

// opinionWords ask what someone thinks or says.
var opinionWords = setOf([]string{"think", "thinks", "say", "says", "said", "view", "opinion", "believe", "believes", "reckon", "reckons", "feel", "feels"})

// withLinkedNext is b with what the article ties to its first fact next, unless b's first three
// give it already or a full answer would lose a fact found for the question: the reason it
// gives for it (Because), then what it sets against it (But), then what it lists with it
// (With), then, in what room b leaves, the instances it gives of it (Examples). "Can Japan and Australia cut off China?" is
// answered by the author's "impossible", then by the opportunities China brings them; the
// four leaders' pledges, then the author's "lacked substantive content"; the warming of
// Japan–Korea ties before Madrid, then the delegation, the letter and the resumed flights.
func (s *Store) withLinkedNext(question string, b Brief) Brief {
	if len(b.Groups) != 1 || len(b.Groups[0].Items) == 0 {
		return b
	}
	lead := b.Groups[0].Items[0].Fact
	if lead.Because == "" && lead.But == "" && lead.With == "" && len(lead.Examples) == 0 {
		return b // most answers, read without listing their facts
	}
	facts, at := slices.Clone(b.Facts()), 1
	for _, id := range []string{lead.Because, lead.But, lead.With} {
		linked := s.factByID[id]
		if linked == nil {
			continue
		}
		if i := slices.Index(facts[:min(len(facts), 3)], linked); i >= 0 {
			at = max(at, i+1) // given already: what follows it comes after it
			continue
		}
		if id == lead.With && s.asksApart(question) {
			continue
		}
		// A full answer keeps what it found, unless the question asks for the other side.
		if len(facts) >= MaxAnswerFacts && !slices.Contains(facts, linked) && !(id == lead.But && s.asksOtherSide(question, linked)) {
			continue
		}
		facts = slices.Insert(slices.DeleteFunc(facts, func(f *Fact) bool { return f == linked }), at, linked)
		at++
	}
	// Asked how two differ, a difference between two sides the article gives instances of is
	// told by them, each side's own, whatever else was found ("How do Japan and Korea differ on China?": Japan
	// curbs China, while Seoul is more positive).
	differ := len(lead.Examples) > 0 && asksDifference(strings.Fields(normalizeName(question)))
	sides := differ && len(lead.Sides) == 2
	// Asked to compare some of those a point's instances are about ("How is South Korea
	// placed in US strategy, in contrast to Japan and Australia?"), each one's instance
	// is told.
	var compared []string
	if differ && !sides {
		compared = slices.DeleteFunc(s.namedActors(question), func(id string) bool { return s.entityByID[id].Kind != "country" })
	}
	for _, id := range lead.Examples {
		example := s.factByID[id]
		if (sides || s.instanceOfOneAsked(example, lead.Examples, compared)) && at < MaxAnswerFacts && !slices.Contains(facts[:at], example) {
			facts = slices.Insert(slices.DeleteFunc(facts, func(f *Fact) bool { return f == example }), at, example)
			at++
		} else if len(facts) < MaxAnswerFacts && !slices.Contains(facts, example) {
			facts = slices.Insert(facts, at, example)
			at++
		}
	}
	b.Groups = []Group{{Heading: b.Groups[0].Heading, Items: s.labelled(facts[:min(len(facts), MaxAnswerFacts)], false)}}
	return b
}

// instanceOfOneAsked reports whether example, one of a point's instances (examples), names
// one of actors that not every instance names: the United States, in every instance of how it
// places each ally, is no ally's own.
func (s *Store) instanceOfOneAsked(example *Fact, examples, actors []string) bool {
	return slices.ContainsFunc(actors, func(a string) bool {
		return example.HasEntity(a) && slices.ContainsFunc(examples, func(id string) bool { f := s.factByID[id]; return f != nil && !f.HasEntity(a) })
	})
}

// asksApart reports whether a question asks of one part of a point apart from what the
// article lists with it (With): one date ("when was the mediation brought?" is not asking
// the ruling's), or each side of a comparison in turn.
func (s *Store) asksApart(question string) bool {
	words := strings.Fields(normalizeName(question))
	return asksForDate(question) && !asksSeveralDates(words) || asksDifference(words)
}

// asksOtherSide reports whether a question asks for the side the article sets against an
// answer's lead (other): it asks how two differ ("how did the two side meetings differ?"), or
// asks of two sides, in two questions or of "each", and names whose other is ("what does
// Japan focus on, and what does South Korea?").
func (s *Store) asksOtherSide(question string, other *Fact) bool {
	words := strings.Fields(normalizeName(question))
	if asksDifference(words) {
		return true
	}
	_, _, two := twoQuestionsLoosely(question)
	return (two || slices.ContainsFunc(words, func(w string) bool { return w == "each" || w == "both" || w == "whereas" || w == "while" })) &&
		slices.Contains(s.namedActors(question), s.subject[other.ordinal])
}

// statementAskedOf is a message that states something and then only asks about it ("…, I
// heard he sent some people over to Japan. What was that about?") read as the statement:
// what the facts say of it answers. Any other question is returned as it is.
func statementAskedOf(question string) string {
	i := strings.LastIndex(question, ". ")
	if i < 0 {
		return question // most questions
	}
	asked := strings.ToLower(strings.TrimRight(strings.TrimSpace(question[i+2:]), "?!. "))
	if !slices.Contains(aboutThatQuestions, asked) {
		return question
	}
	return question[:i] + "?"
}

// aboutThatQuestions ask only about what was just said.
var aboutThatQuestions = []string{"what was that about", "what was that all about", "what's that about", "whats that about",
	"what is that about", "what was that", "what's that all about", "what was the story there", "what was the story with that",
	"tell me more", "tell me more about that", "what happened there", "what actually happened", "what really happened"}

// withActOfYear is b led by the fact telling what was done in the year a question names, when
// b's facts tell only what followed from it: "What did Tokyo do in July 2019 that hit South
// Korea's tech sector?" is answered first by the export controls announced then, and then by
// the blow they dealt. The clause closing the question describes the effect (withoutClosingRelative).
func (s *Store) withActOfYear(question string, b Brief) Brief {
	var yearBuf [2]string
	years := yearsIn(question, yearBuf[:0])
	if len(years) != 1 || len(b.Groups) != 1 || slices.ContainsFunc(b.Groups[0].Items, func(it Item) bool { return hasDate(it.Fact) }) {
		return b // most questions: no year, or a fact dated
	}
	q, ok := withoutClosingRelative(question)
	if !ok {
		return b
	}
	asked := s.answerAsked(q)
	act := asked.Facts()
	if len(act) == 0 || !strings.Contains(act[0].Text, years[0]) {
		return b
	}
	facts := append([]*Fact{act[0]}, b.Facts()...)
	b.Groups = []Group{{Heading: b.Groups[0].Heading, Items: s.labelled(facts[:min(len(facts), MaxAnswerFacts)], false)}}
	return b
}

// withChatSpelledOut is a question with the words that shape it typed as in chat spelled
// out: "wat did the 2017 leaders' meeting agree on" asks what, as "what did…" does, and "b4
// he took office" says when, as "before he took office" does. Common misspellings of the
// words that name what is asked are spelled right too: "the madrid sumit" names the summit,
// which a word a letter off (misspelt) would not, as names are read whole. So are Japanese,
// Chinese and Korean words typed in Latin letters (transliterated), and a name loses its
// honorific ("Kishida-san").
func withChatSpelledOut(question string) string {
	if strings.Contains(question, "?!") || strings.Contains(question, "!?") {
		question = interrobangs.Replace(question) // "…Pyongyang?! With a SLEDGEHAMMER?!" asks, then guesses
	}
	if strings.ContainsAny(question, "¿¡") {
		question = invertedMarks.Replace(question) // "¿Cómo ve Washington…?": the closing mark asks
	}
	question = withoutClosingPlease(withoutTopicParticle(withoutClosingParticle(withYesOrNoInEnglish(withYearsInFull(withBlanksAsked(withThatChecked(question)))))))
	if !hasChatSpelling(question) {
		return question // most questions, read without copying them
	}
	words := withNamesJoined(withJapaneseOrder(strings.Fields(question)))
	words = withMixedInEnglish(words)
	for i, w := range words {
		word := strings.TrimRight(w, "?!.,;:)")
		tail := w[len(word):]
		lead := ""
		if strings.HasPrefix(word, "(") {
			lead, word = "(", word[1:]
		}
		poss := ""
		for _, p := range []string{"'s", "’s"} {
			if len(word) > len(p) && strings.HasSuffix(word, p) {
				word, poss = word[:len(word)-len(p)], p
				break
			}
		}
		word, _ = withoutHonorific(word)
		lower := strings.ToLower(word)
		if right, ok := chatSpellings[lower]; ok {
			word = right
		} else if right, ok := spelledInEnglish(word); ok {
			word = right
		} else if stem, ok := droppedG(word); ok {
			word = stem + "ing" // "chewin'" is chewing
		}
		words[i] = lead + word + poss + tail
	}
	return strings.Join(words, " ")
}

// droppedG is word without the "in'" that closes it where English writes "ing" ("goin'",
// "complainin'"); false for any other word.
func droppedG(word string) (string, bool) {
	for _, end := range []string{"in'", "in’"} {
		if stem, ok := strings.CutSuffix(word, end); ok && len(stem) >= 2 {
			return stem, true
		}
	}
	return word, false
}

// withoutClosingPlease is question with each "please" that closes a sentence asking left
// out: "In which document, please?" asks in which document, as a question of its own.
func withoutClosingPlease(question string) string {
	for {
		i := indexFold(question, " please?")
		if i < 0 {
			return question
		}
		question = strings.TrimRight(question[:i], ",") + question[i+len(" please"):]
	}
}

// withoutTopicParticle is question without the Singlish particles that close a topic put
// first, before a comma: "Dokdo hor, Japan call it what?" asks what Japan calls Dokdo.
func withoutTopicParticle(question string) string {
	for i := strings.IndexByte(question, ','); i > 0; {
		start := strings.LastIndexByte(question[:i], ' ')
		if start > 0 && slices.ContainsFunc(topicParticles, func(p string) bool { return strings.EqualFold(question[start+1:i], p) }) {
			question, i = question[:start]+question[i:], start
		}
		next := strings.IndexByte(question[i+1:], ',')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return question
}

// topicParticles close a topic put first in Singlish.
var topicParticles = []string{"hor", "ah", "leh", "lah", "lor", "meh", "wor"}

// withoutClosingParticle is question without the particles that close its sentences, asking
// nothing: Thai politeness ("…resume after closed long time krub?") and Cantonese or Singlish
// tone ("Japan call Dokdo what name ah? Very small one meh?"). It copies the question only
// when one is there.
func withoutClosingParticle(question string) string {
	cutAt := -1 // where a particle was cut: one only, as "kan kha ka?" is trade, then ka
	for end := 0; end < len(question); end++ {
		if c := question[end]; c != '?' && c != '!' && c != '.' && end != len(question)-1 {
			continue
		}
		sentence := strings.TrimRight(question[:end+1], "?!. ")
		if before, ok := cutSuffixFold(sentence, " one"); ok && strings.LastIndexByte(before, ' ') > 0 && stressedByOne(before[strings.LastIndexByte(before, ' ')+1:]) {
			// "Why Korea cannot be so tough on China one?": Singlish stress after a name or
			// a closing "what"; "which one?" and "the big one?" ask for one.
			question, end = before+question[len(sentence):], len(before)-1
			continue
		}
		for _, p := range closingParticles {
			if len(sentence) > len(p) && len(sentence) != cutAt && strings.EqualFold(sentence[len(sentence)-len(p):], p) && !asksWhyInArabizi(sentence) {
				kept := strings.TrimRight(sentence[:len(sentence)-len(p)], " ,")
				question = kept + question[len(sentence):]
				end, cutAt = len(kept)-1, len(kept) // the sentence's end again: "China one ah?"
				break
			}
		}
	}
	return question
}

// stressedByOne reports whether a Singlish closing "one" after word only stresses it: after
// a name ("tough on China one?") or a closing "what" ("focus on what one?").
func stressedByOne(word string) bool {
	return isCapitalisedName(word) || strings.EqualFold(word, "what")
}

// asksWhyInArabizi reports whether sentence closes with Lebanese "w leh" (and why), whose
// "leh" asks and is no Singlish particle.
func asksWhyInArabizi(sentence string) bool {
	_, ok := cutSuffixFold(sentence, " w leh")
	if !ok {
		_, ok = cutSuffixFold(sentence, " wa leh")
	}
	return ok || strings.EqualFold(sentence, "w leh")
}

// closingParticles close a sentence with politeness or tone, as typed in Latin letters: Thai,
// then Cantonese and Singlish.
var closingParticles = []string{" na krub", " na kha", " na ka", " krub", " krab", " krap", " khrap", " khrub", " kub", " kha", " ka",
	" ah", " meh", " lor", " hor", " lah", " leh", " wor", " sia"}

// withYesOrNoInEnglish is question with a closing sentence that only asks yes or no in
// another language read as English: "Did Yoon say anything about China in Madrid? Sí o
// no?" is asked yes or no whatever else the question is typed in, and one such word is
// too few to tell the language by. It copies the question only when one is there.
func withYesOrNoInEnglish(question string) string {
	q := strings.TrimRight(question, "?!. ")
	i := strings.LastIndexAny(q, "?!.")
	if i < 0 {
		return question
	}
	if !yesOrNoTags[strings.ToLower(strings.Trim(q[i+1:], " ,"))] {
		return question
	}
	return q[:i+1] + " Yes or no" + question[len(q):]
}

// yesOrNoTags ask yes or no in the languages typed in Latin letters that the store reads.
var yesOrNoTags = setOf([]string{"sí o no", "si o no", "oo o hindi", "oo o dili", "oo ba o dili", "ya atau tidak",
	"ya atau nggak", "ya atau gak", "ya ke tak", "ye ke tak", "haan ya nahi", "haan ya na", "ye aniyo", "ne aniyo",
	"hai ka iie", "có hay không", "co hay khong", "sim ou não", "sim ou nao", "oui ou non", "ja oder nein", "sì o no"})

// invertedMarks open a Spanish question or exclamation; the closing mark says as much.
var invertedMarks = strings.NewReplacer("¿", "", "¡", "")

// interrobangs close a question asked with feeling: read as a question mark.
var interrobangs = strings.NewReplacer("?!", "?", "!?", "?")

// hasChatSpelling reports whether a word of question, lower-cased, is one of chatSpellings
// or transliterated, or ends with an honorific; it does not allocate.
func hasChatSpelling(question string) bool {
	if strings.Contains(question, "in'") || strings.Contains(question, "in’") {
		return true // "what was Tokyo complainin' about" drops a g (droppedG)
	}
	var buf [48]byte // long enough for a compound: "ilbon-hanguk-australia-nz"
	for i := 0; i < len(question); {
		for i < len(question) && !isTypedLetter(question[i]) && question[i] < utf8.RuneSelf {
			i++
		}
		j := i
		for j < len(question) && (isTypedLetter(question[j]) || question[j] == '-' || question[j] >= utf8.RuneSelf) {
			if question[j] >= utf8.RuneSelf {
				if r, n := utf8.DecodeRuneInString(question[j:]); isHangul(r) || isKana(r) || isHan(r) || unicode.Is(unicode.Cyrillic, r) {
					return true // Korean, Japanese, Chinese or Russian, mixed in (withMixedInEnglish)
				} else if unicode.IsLetter(r) {
					j += n
					continue
				}
				break
			}
			j++
		}
		if j == i {
			_, n := utf8.DecodeRuneInString(question[i:]) // a character that is no letter
			i += n
			continue
		}
		if n := j - i; n <= len(buf) {
			w := append(buf[:0], question[i:j]...)
			for k, c := range w {
				if c >= 'A' && c <= 'Z' {
					w[k] = c + 'a' - 'A'
				}
			}
			if spelledWords[string(w)] {
				return true
			}
			if bytes.IndexByte(w, '-') >= 0 && (transliteratedIn(w) || endsWithHonorific(w) || isToldByRule(string(w))) {
				return true
			}
		}
		i = j
	}
	return false
}

// isToldByRule reports whether w, a lower-case word, is an English verb with the verb prefix
// of a language on it ("ali-meet", see mixedLanguage.prefixedVerb) or a teller a language
// spells by rule ("munje-yeyo", see mixedLanguage.tellerForm).
func isToldByRule(w string) bool {
	for i := range mixedLanguages {
		if l := &mixedLanguages[i]; l.toldByVerb(w) || l.tellerForm != nil && l.tellerForm(w) {
			return true
		}
	}
	return false
}

// spelledWords are the words withChatSpelledOut may spell out, lower-cased: chatSpellings,
// transliterated, the first words of transliteratedNames, typedTitles, romajiPossessors and
// the markers of mixedLanguages, read in one look-up per word of every question.
var spelledWords = func() map[string]bool {
	out := map[string]bool{}
	for _, m := range []map[string]string{chatSpellings, transliterated, typedTitles, romajiPossessors} {
		for w := range m {
			out[w] = true
		}
	}
	for w := range nameStarts {
		out[w] = true
	}
	for _, l := range mixedLanguages {
		for w := range l.markers {
			out[w] = true
		}
		for w := range l.tellers {
			out[w] = true
		}
		for _, p := range l.verbPrefixes {
			for verb := range l.prefixedVerbs {
				out[p.prefix+verb], out[p.prefix+"-"+verb] = true, true // "aliattend", "ali-attend"
			}
		}
	}
	for _, l := range mixedLanguages {
		for _, p := range l.tellingPairs {
			if out[p[0]] || out[p[1]] {
				continue // one of its words sends the question to be read already: "say apa" by "apa"
			}
			// "tum mai", "na chem": the pair's first word sends the question to be read, or
			// its second when the first is one or two letters, as common as "s" after "'".
			w := p[0]
			if len(w) < 3 {
				w = p[1]
			}
			out[w] = true
		}
	}
	return out
}()

// isTypedLetter reports whether c is an ASCII letter or digit, as chat words are typed.
func isTypedLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// chatSpellings are words typed as in chat, or commonly misspelt, with how they are spelled.
var chatSpellings = map[string]string{
	// Singlish: to be kancheong is to be anxious, as to be kiasu is; jialat is bad; kakis
	// are pals, and paiseh, walao and sian only sigh.
	// An Aussie's and a Kiwi's: a stoush is a dispute, pollies are
	// politicians and Seppos Americans; to whinge is to complain, to spruik to promote;
	// Straya is Australia, and Enzed and Godzone New Zealand.
	"stoush": "dispute", "stoushes": "disputes",
	"pollies": "politicians", "pollie": "politician", "pollys": "politicians",
	"seppo": "American", "seppos": "Americans",
	"whinge": "complain", "whinged": "complained", "whinges": "complains", "whinging": "complaining", "whingeing": "complaining",
	"spruik": "promote", "spruiked": "promoted", "spruiks": "promotes", "spruiking": "promoting",
	"straya": "Australia", "strayan": "Australian", "strayans": "Australians", "enzed": "New Zealand", "godzone": "New Zealand",
	"kancheong": "anxious", "kiasu": "anxious", "jialat": "bad", "kaki": "ally", "kakis": "allies",
	"paiseh": "", "walao": "", "sian": "", "qn": "question",
	"dunno": "don't know", "compo": "compensation", "wat": "what", "wut": "what", "wht": "what", "abut": "about", "b4": "before", "w": "with", "yr": "year", "yrs": "years", "abt": "about", "sec": "secretary", "secy": "secretary",
	// Clipped jargon: a trilat is a trilateral meeting, nonprolif non-proliferation; Oz is
	// Australia, as DC is Washington and the Yanks are the Americans.
	"dc": "Washington", "oz": "Australia", "yanks": "Americans", "yank": "American", "bild": "build", "trilat": "trilateral", "trilats": "trilaterals", "sked": "schedule", "nonprolif": "non-proliferation", "non-prolif": "non-proliferation",
	"asia-pac": "Asia-Pacific", "meetup": "meeting", "meetups": "meetings", "outfit": "institution",
	// A policy desk's shorthand: GoJ is the government of Japan, CW the comfort women, a
	// delta a difference.
	"goj": "the Japanese government", "rokg": "the South Korean government", "usg": "the US government",
	"govt": "government", "govts": "governments", "diplo": "diplomatic", "nonpro": "non-proliferation",
	"cw": "comfort women", "comp": "compensation", "delta": "difference",
	// Short words typed a letter short, too short to be read as misspelt.
	"frm": "from", "othr": "other", "agre": "agree", "bidn": "Biden", "coop": "cooperation", "wether": "weather", "scraped": "scrapped",
	// Common misspellings whose stems are a letter off more than one of the facts' words.
	"aliance": "alliance", "alliace": "alliance", "instituion": "institution", "institue": "institute",
	"sumit": "summit", "summmit": "summit", "closly": "closely", "closley": "closely", "ofice": "office", "offfice": "office",
	"goverment": "government", "govermnent": "government", "govenment": "government",
	"relashionship": "relationship", "relationsip": "relationship", "realtionship": "relationship", "relatioship": "relationship",
	"relashions": "relations", "realtions": "relations",
	"coperation": "cooperation", "cooporation": "cooperation", "cooperaton": "cooperation", "coopration": "cooperation",
	"strategicaly": "strategically", "totaly": "totally", "actualy": "actually", "realy": "really",
	"teh": "the", "agian": "again", "btwn": "between", "acording": "according", "startd": "started", "tougest": "toughest",
	"leadres": "leaders", "togther": "together", "argu": "argue", "ww2": "wartime", "wwii": "wartime", "rout": "route",
	"japans": "Japan's",
	// A gamer's: prez is president, to uninstall to abolish, to roast to criticise; ez is
	// easily, super very, APAC the Asia-Pacific.
	"fancied": "wanted", "fancies": "wants", "prez": "president", "uninstall": "abolish", "uninstalled": "abolished", "uninstalling": "abolishing",
	"roast": "criticise", "roasted": "criticised", "roasting": "criticising", "ez": "easily", "super": "very", "apac": "Asia-Pacific",
	// A child's spellings: "wy is korea mad", "the 3 countrys", "best frends"; a copper is a
	// policeman, the lefties the progressives.
	"copper": "cop", "coppers": "cops", "lefties": "progressives", "leftie": "progressive", "lefty": "progressive",
	"wy": "why", "wen": "when", "wich": "which", "shud": "should", "countrys": "countries", "frends": "friends", "becuz": "because",
	"contry": "country", "contrys": "countries", "contries": "countries", "meting": "meeting", "metings": "meetings", "gest": "guest", "gests": "guests",
	"presedent": "president", "buisness": "business", "difrent": "different", "diffrent": "different", "evryone": "everyone", "iland": "island",
	"gonna": "going to", "gotta": "have to", "oughta": "ought to", "hafta": "have to",
	// A g dropped with no apostrophe: "goin forward", "dealin with"; 'em is them.
	"goin": "going", "tryin": "trying", "dealin": "dealing", "doin": "doing", "sayin": "saying", "talkin": "talking",
	"gettin": "getting", "makin": "making", "lookin": "looking", "keepin": "keeping", "comin": "coming", "meetin": "meeting",
	"workin": "working", "pushin": "pushing", "playin": "playing", "thinkin": "thinking", "sendin": "sending", "fightin": "fighting",
	"complainin": "complaining", "runnin": "running", "havin": "having", "takin": "taking", "givin": "giving", "tellin": "telling",
	"stickin": "sticking", "bringin": "bringing", "hopin": "hoping", "wantin": "wanting", "nothin": "nothing", "somethin": "something", "anythin": "anything",
	"'em": "them", "’em": "them",
	"r": "are", "ppl": "people", "critcize": "criticize", "critisize": "criticize", "critisise": "criticise", "critcise": "criticise",
}

// withoutClosingRelative is a question without the short relative clause that ends it ("…
// the case that Tokyo rejects?"); false when none does. A "that" after a verb of saying opens
// what was said, not a clause about a thing: "When did Tokyo say that…".
func withoutClosingRelative(question string) (string, bool) {
	lower := strings.ToLower(question)
	i := max(strings.LastIndex(lower, " that "), strings.LastIndex(lower, " which "))
	if i < 0 {
		return question, false
	}
	before, clause := strings.Fields(lower[:i]), strings.Fields(lower[i:])
	if len(before) < 4 || len(clause) < 3 || len(clause) > 6 || sayingVerbs[strings.Trim(before[len(before)-1], ",")] {
		return question, false
	}
	if slices.Contains([]string{"on", "in", "at", "during"}, before[len(before)-1]) {
		return question, false // "the date on which Yoon was inaugurated" is what is asked
	}
	return strings.TrimRight(question[:i], ",") + "?", true
}

// saidByWriters reports whether a question's words (normalizeName's) ask who said what f
// says, and f is the author's or the analysts' the author cites, as its text says: "Who
// says the US is pushing NATO into Asia?" is answered by "Some analysts cited by the
// author believe…".
func saidByWriters(words []string, f *Fact) bool {
	return (f.Attribution == AttributionAuthor || f.Attribution == AttributionAnalysts) && asksWhoSaid(words)
}

// asksDeed reports whether a question's words (normalizeName's) ask what someone did: "what
// did tokyo do in july 2019…".
func asksDeed(words []string) bool {
	return len(words) > 3 && words[0] == "what" && (words[1] == "did" || words[1] == "does" || words[1] == "do") && slices.Contains(words[3:], "do")
}

// withoutClosingComment is a question without the clause after its last comma that comments
// on what it asks ("…, in a move that went some way towards Seoul's concerns?", "…, which
// so soured the relationship?"); false when none closes it.
func withoutClosingComment(question string) (string, bool) {
	i := strings.LastIndex(question, ", ")
	if i < 0 {
		return question, false
	}
	if !slices.ContainsFunc(commentOpeners, func(o string) bool { _, ok := cutPrefixFold(question[i+2:], o); return ok }) && !describesWith(question[i+2:]) && !tellsOfSource(question[i+2:]) {
		return question, false
	}
	// Only after a question asked whole: "Beyond the Asia-Pacific itself, which conflict…"
	// asks after its comma.
	first, _, _ := strings.Cut(strings.TrimSpace(question), " ")
	if first = strings.ToLower(first); !slices.Contains(questionWords, first) && first != "who" && !whetherWords[first] && !slices.Contains(requestWords, first) {
		return question, false
	}
	return question[:i] + "?", true
}

// describesWith reports whether a clause describes what the question names by "with" and a
// participle: "…, with their relations with Beijing having experienced setbacks". "…, with
// their dates" asks for more.
func describesWith(clause string) bool {
	_, ok := cutPrefixFold(clause, "with ")
	return ok && indexFold(clause, " having ") > 0
}

// tellsOfSource reports whether a clause tells what the article or its author says or calls
// something, as the asker read it: "who is the new zealand prime minister, the article calls
// her adrian which sounds wrong to me" asks who the prime minister is; the clause is the
// asker's remark on the source, not more asked.
func tellsOfSource(clause string) bool {
	for _, o := range []string{"the article ", "the author ", "the writer "} {
		if rest, ok := cutPrefixFold(clause, o); ok {
			verb, _, _ := strings.Cut(rest, " ")
			return sourceTellingVerbs[strings.ToLower(strings.TrimRight(verb, "?.!,;:"))]
		}
	}
	return false
}

// sourceTellingVerbs are what a source does in telling: "the article calls her…".
var sourceTellingVerbs = setOf([]string{"says", "said", "calls", "called", "names", "named", "claims", "mentions", "spells", "writes", "puts", "has"})

// requestWords open a question asked as a request: "Could you remind me when…".
var requestWords = []string{"could", "would", "can", "tell", "please"}

// commentOpeners open a clause commenting on what a question asks.
var commentOpeners = []string{"which ", "in a move ", "a move ", "something that ", "a step ",
	"a detail ", "a sign ", "a fact ", "an indication ",
	"both " /* "…, both in its own trade arrangements and in any forum it turned to?" spells out the ways asked */}

// sayingVerbs open what was said with "that".
var sayingVerbs = setOf([]string{"say", "said", "says", "claim", "claimed", "claims", "announce", "announced",
	"argue", "argued", "insist", "insisted", "agree", "agreed", "state", "stated", "declare", "declared", "warn", "warned", "note", "noted", "so"})

// withAgreementNamed is b with the fact naming the agreement the countries asked about second,
// when the question asks what agreement and none of b's first two facts names one: "What
// agreement did Tokyo and Canberra sign as part of their close defence ties?" is answered by
// the series of defence agreements and the Reciprocal Access Agreement.
func (s *Store) withAgreementNamed(question string, b Brief) Brief {
	if b.Empty() || len(b.Groups) != 1 || !asksForAgreement(question) {
		return b
	}
	namesAgreement := func(f *Fact) bool {
		return slices.ContainsFunc(f.Entities, func(id string) bool { return s.entityByID[id].Kind == "agreement" })
	}
	actors, _ := s.namedEntities(question)
	countries := slices.DeleteFunc(slices.Clone(actors), func(id string) bool { return s.entityByID[id].Kind != "country" })
	if len(countries) < 2 {
		return b
	}
	// An agreement of theirs: one of others ("Japan and Australia signed…? what agreement",
	// answered second with GSOMIA) does not answer.
	theirs := func(f *Fact) bool {
		return namesAgreement(f) && !slices.ContainsFunc(countries, func(id string) bool { return !slices.Contains(f.Entities, id) })
	}
	facts := b.Facts()
	if slices.ContainsFunc(facts[:min(len(facts), 2)], theirs) {
		return b
	}
	var best *Fact
	for _, f := range s.facts {
		if theirs(f) && f.Kind != KindAnalysis && (best == nil || f.Weight > best.Weight) {
			best = f
		}
	}
	if best == nil {
		return b
	}
	facts = slices.DeleteFunc(slices.Clone(facts), func(f *Fact) bool { return f == best })
	facts = slices.Insert(facts, min(len(facts), 1), best)
	b.Groups = []Group{{Heading: b.Groups[0].Heading, Items: s.labelled(facts[:min(len(facts), MaxAnswerFacts)], false)}}
	return b
}

// asksForAgreement reports whether a question asks what or which agreement: "What agreement
// did…", "which formal agreements…".
func asksForAgreement(question string) bool {
	if !slices.ContainsFunc(agreementKindStems, func(k string) bool { return indexFold(question, k) >= 0 }) {
		return false // most questions, read without copying them
	}
	words := strings.Fields(normalizeName(question))
	for i, w := range words {
		if w != "what" && w != "which" && w != "name" {
			continue // "Name the agreement Japan and Australia signed…" asks which as well
		}
		for j, k := range words[i+1 : min(len(words), i+3)] {
			if kindWords[k] == "agreement" || formalKinds[k] && j > 0 && words[i+j] == "formal" {
				return true // "what formal arrangements…" asks for agreements too
			}
		}
	}
	return false
}

// formalKinds, after "formal", ask for agreements: "what formal instruments underpin…".
var formalKinds = setOf([]string{"arrangement", "arrangements", "instrument", "instruments"})

// agreementKindStems begin every word kindWords and formalKinds read as an agreement.
var agreementKindStems = []string{"agreement", "pact", "treat", "deal", "arrang", "instrument"}

// recalledQuestion is the question after what the asker recalls in the sentences before it;
// false when they recall nothing or it does not ask.
func recalledQuestion(question string) (string, bool) {
	i := strings.LastIndex(question, ". ")
	if i < 0 || !recollects(question[:i]) {
		return question, false
	}
	q := strings.TrimSpace(question[i+2:])
	w := strings.Fields(normalizeName(q))
	if len(w) < 4 || !opensAsking(w[0]) || slices.ContainsFunc(w, func(x string) bool { return recalledPointers[x] }) {
		return question, false // "…reacted to that enlargement?", "What was his name?" ask of what was recalled
	}
	return q, true
}

// withWiseAsOn reads a closing "…, nuclear wise" (or "nuclear-wise") as what it is: "… on
// nuclear matters", what is asked about, not the asker's guess at the answer.
func withWiseAsOn(question string) string {
	q := strings.TrimRight(question, "?!. ")
	rest, ok := cutSuffixFold(q, " wise")
	if !ok {
		if rest, ok = cutSuffixFold(q, "-wise"); !ok {
			return question // most questions
		}
	}
	i := strings.LastIndex(rest, ", ")
	if i < 0 || strings.Count(rest[i+2:], " ") > 1 {
		return question
	}
	return rest[:i] + " on " + rest[i+2:] + " matters?"
}

// withMeaningAsRole is a question asking what one country means for or to another asked
// as what the one is to the other: "What does South Korea mean for the US?" asks its place
// in US strategy, as "What is South Korea to the US?" does. Only when withRoleToAsked reads
// the two as countries; other questions are returned as they are ("What does the summit
// mean for Japan?").
func (s *Store) withMeaningAsRole(q string) string {
	rest, ok := cutPrefixFold(q, "what does ")
	if !ok {
		return q // most questions
	}
	for _, verb := range []string{" mean for ", " mean to "} {
		if i := indexFold(rest, verb); i > 0 {
			r := "What is " + rest[:i] + " to " + rest[i+len(verb):]
			if role := s.withRoleToAsked(r); role != r {
				return role
			}
			return q
		}
	}
	return q
}

// withRoleVerbAsPlay is a question on the role one takes with its verb "occupy" or "fill"
// made "play": "What role does South Korea occupy for the US?" asks the role it plays, and
// "occupy" alone reads as a military occupation. Other questions are returned as they are.
func withRoleVerbAsPlay(q string) string {
	rest, ok := cutPrefixFold(q, "what role do")
	if !ok {
		if rest, ok = cutPrefixFold(q, "what position do"); !ok {
			return q // most questions
		}
	}
	for _, verb := range []string{" occupy ", " occupies ", " fill ", " fills "} {
		if i := indexFold(rest, verb); i > 0 {
			return "what role do" + rest[:i] + " play " + rest[i+len(verb):] // rest opens "es …" or " …"
		}
	}
	return q
}

// recalledPointers point at one thing or person the asker recalled: "that enlargement",
// "his name".
var recalledPointers = setOf([]string{"that", "this", "his", "her"})

// answerAsked is Answer without its last resort.
func (s *Store) answerAsked(question string) Brief {
	question = withoutDegreeAdverb(withoutIssueAsked(withAskingAfterWhenClause(s.withoutPersonDescribed(withoutHostedDescribed(withWayAsHow(s.withRoleToAsked(s.withMeaningAsRole(withRoleVerbAsPlay(withAfterAsWant(withoutQuizFrame(question)))))))))))
	if b, ok := s.headingAsked(question); ok {
		return b
	}
	if q, ok := withCheckOpenerAsTag(question); ok {
		question = q // "Is it correct that…?" puts a statement to be checked
	}
	question = statementAskedOf(withWiseAsOn(question))
	// Read before what the asker says of themselves is cut to its names.
	stated, statedOK := s.askedOfStatedEvent(withoutOpeningFillers(question))
	question = withoutGuessedAnswer(withoutGuessedWords(withGuessJoined(s.withoutUnreadContext(s.withoutViewpoint(s.withoutAsker(withoutRequest(withoutApology(withoutOpeningFillers(withoutClosingHedge(withoutClosingAsAside(s.withoutForeignTail(withoutAskersFrame(withoutClosingCourtesy(withoutCourtesyAsides(withoutDescribingAside(withoutPurposeTail(withoutGivenTail(withoutAskersReason(withoutSender(question))))))))))))))))))))
	if asksHowTo(question) || s.asksNextEvent(question) {
		return Brief{}
	}
	question = s.withoutUnreadGuess(withGuessJoined(question))
	question = authorshipAsked(question)
	typed := question // before a rising statement is read as tagged
	question = withPlainTag(question)
	question = allianceAsNATO(question)
	if b, ok := s.correctedByOpposite(question); ok {
		// "The Japan-Korea pairing is the strongest link among the four, isn't it?": the
		// fact saying the opposite (the weakest link) corrects it.
		return b
	}
	if premise, asked, ok := leadingPremise(question); ok {
		if aw := strings.Fields(normalizeName(asked)); asksHowMany(aw) || slices.ContainsFunc(aw, func(w string) bool { return countNouns[w] }) {
			// "NATO had 28 members at the summit, right? How many exactly?": the count the
			// premise guesses is checked by the fact that answers, if it gives one.
			b := s.checkedPremise(premise, asked)
			facts, unit := b.Facts(), timeCounted(aw)
			if noun := countedNoun(premise); noun != "" {
				if !slices.ContainsFunc(facts, func(f *Fact) bool { return counts(f, unit) && strings.Contains(strings.ToLower(f.Text), noun) }) {
					return Brief{} // no fact counts the members, abductees… the premise counts
				}
			} else if len(facts) == 0 || !counts(facts[0], unit) {
				return Brief{}
			}
		}
	}
	if statedOK {
		// "I bet the Madrid summit dragged on for a whole week. How long did it actually
		// run?": "it" is the event the statement names, whose facts answer.
		if b := s.answerWhole(stated); !b.Empty() {
			return b
		}
	}
	premise, asked, ok := leadingPremise(question)
	if !ok {
		premise, asked, ok = doubtThenAsked(question)
	}
	if ok {
		if said, ok := saidOfPremise(premise, asked); ok {
			// "Kang Kyung-wha said Japan needs a correct view of history? who actually said
			// that": who said what the premise reports.
			if b := s.answerWhole("who said " + said + "?"); !b.Empty() {
				return b
			}
		}
		// "Washington ran the four-country meeting, right? Who actually chaired it?": what
		// "it" is, the premise names. Not asked when: the premise's wrong date and the facts
		// dating the event answer together (checkedPremise).
		if q, ok := s.askedOfPremiseEvent(premise, asked); ok && !asksForDate(asked) {
			if b := s.answerWhole(q); !b.Empty() {
				return b
			}
		}
		if q, ok := s.differenceOfPremise(premise, asked); ok {
			// "South Korea takes a harder line on China than Japan does, right? how do they
			// differ": how the two the premise compares differ on what else it names.
			if b := s.answerWhole(q); !b.Empty() {
				return b
			}
		}
		// "Hayashi brought Yoon a gift from the emperor, right? What did he hand over?": the
		// premise names what is asked about, and its wrong words match no fact.
		b := s.checkedPremise(premise, asked)
		if l, ok := s.onPersonAsked(premise, b); ok && (s.opensWithPerson(premise) || s.opensWithCountry(premise)) && !asksWhoInstead(asked) {
			return l // "Yoon called it the cornerstone of Asian security, right? what did he say"
		}
		if l, ok := s.onPairAsked(premise, b); ok {
			return l // "Japan and Australia signed a free trade deal, right? what did they sign"
		}
		return s.withAskedToo(premise, asked, b)
	}
	if comma := strings.Contains(question, ","); comma || endsWithPronoun(question) {
		if qw := strings.Fields(normalizeName(question)); len(qw) > 1 && (comma || negativeTags[qw[len(qw)-2]]) && asksConfirmation(qw) && (s.readsEveryWord(question) || asksConfirmation(strings.Fields(normalizeName(typed)))) { // a tag follows a comma, or is one ("…didnt they")
			// "Japan-Australia cooperation is pretty new and underdeveloped, isn't it?": a
			// statement put to be confirmed may be wrong in a word the facts use otherwise, or,
			// when the asker typed its tag, in one they never use; a statement only raised to
			// a question ("Best place for BBQ in Seoul?") may ask for what they do not tell.
			if q, owner, ok := s.ownedAsked(question); ok {
				// "Japan's top diplomatic priority is economic growth, right?": what the
				// article gives as Japan's priority checks the guess, whose words may match
				// facts on something else ("economic" ties, "diplomatic" visits).
				if b := s.answerWhole(q); !b.Empty() && s.ownPosition(b.Facts()[0], owner) {
					return b
				}
			}
			if i := strings.Index(question, " because "); i > 0 {
				// "Seoul only objects to Japan dumping wastewater because of fish prices,
				// right?": the reason given is the asker's guess at why.
				if b := s.answerWhole(question[:i] + ", why?"); !b.Empty() {
					return b
				}
			}
			b := s.answerWhole(question)
			if l, ok := s.onPersonAsked(question, b); ok {
				return l
			}
			if l, ok := s.onPairAsked(question, b); ok {
				return l // "Australia and New Zealand mostly cooperate on Asian issues, right?"
			}
			if !b.Empty() {
				return b
			}
			// "Australia and New Zealand mainly cooperate on Antarctic matters, don't they?":
			// a word the facts never use is the asker's wrong guess; what they do say of the
			// rest corrects it, saying the article does not mention the guess.
			return s.corrected(question)
		}
	}
	if first, rest, _ := strings.Cut(question, " "); inFold(whetherWords, first) && s.opensWithPerson(rest) {
		// "Did Yoon openly criticise China in Madrid?", asked as a question; not "Did the
		// meeting with Kishida produce anything?".
		if l, ok := s.onPersonAsked(question, s.answerWhole(question)); ok {
			return l
		}
	}
	if q, ok := s.withoutPremise(question); ok {
		question = q
	}
	// "Who chaired the four's meeting — was it the Australian PM?" asks who: the check after
	// the dash is the asker's guess, answered or corrected by what is asked.
	if q, ok := withoutTrailingCheck(question, checkBreaks); ok {
		question = q
	}
	// "What does Japan worry about that South Korea doesn't put first?" asks what Japan
	// worries about: what the other does not do only sets it apart.
	if q, ok := withoutContrast(question, []string{" that ", " which "}); ok {
		question = q
	}
	// "What particular concerns shape Tokyo's approach to Pyongyang, as distinct from that of
	// Seoul?" asks Tokyo's: the other, set apart, is not asked about, unless they are
	// compared. What sets them apart, the whole's best fact, follows.
	if rest, clause, ok := setApartFrom(question); ok && !asksDifference(strings.Fields(normalizeName(rest))) {
		// Only when the whole is answered first of the one set apart, or of another than
		// those asked about.
		if asked := s.namedActors(rest); len(asked) > 0 {
			whole := s.answerWhole(question)
			// Or when it asks why: the reason is the asked one's, whatever the whole leads with
			// ("Why does Seoul, in contrast to Tokyo, take a warmer stance towards Beijing?").
			apart := s.namedActors(clause)
			// A lead whose first side is the one set apart is of it too: "if the US cannot
			// keep a balance, South Korea and New Zealand will…" names the US first.
			ofApart := func(f *Fact) bool {
				return slices.Contains(apart, f.Entities[0]) || len(f.Sides) > 1 && slices.ContainsFunc(f.Sides[0], func(id string) bool { return slices.Contains(apart, id) })
			}
			if lead := whole.Facts(); len(lead) > 0 && (ofApart(lead[0]) || !slices.Contains(asked, lead[0].Entities[0]) || asksWhy(strings.Fields(normalizeName(rest)))) {
				if b := s.Answer(rest); !b.Empty() {
					return s.withFactOf(b, whole)
				}
			}
		}
	}
	question = s.leadersMeeting(question)
	question = s.leaderNamed(question)
	question = threeOtherThanNamed(question)
	question = s.otherThreeNamed(question)
	// "Before Yoon, how did Korea's progressive governments feel about…?" asks about a time
	// without him: whom an opening "before…" names alone is not asked about.
	if clause, rest, ok := strings.Cut(question, ", "); ok && len(s.namedActors(rest)) > 0 {
		// "Whereas Washington's alliances with Tokyo and Canberra get the loftiest words,
		// how does the author describe South Korea's standing?": what the opening clause
		// sets against the question, or gives as the reason for asking it, only frames it.
		if opensScene(clause) {
			question = rest
		} else if purposeOpened(strings.Fields(normalizeName(clause))) {
			// "For the sake of historical perspective, and given the emphasis placed on the
			// occasion, when had the leaders … last met?": the asker's purpose, and the
			// scene set after it, frame the question.
			question = rest
			if clause, rest, ok := strings.Cut(question, ", "); ok && opensScene(strings.TrimPrefix(clause, "and ")) && len(s.namedActors(rest)) > 0 {
				question = rest
			}
		}
		if opensTopic(clause) && s.namedAgainIn(clause, rest) {
			// "Turning to policy towards Beijing, by what means has Tokyo sought to restrain
			// China?": a topic the rest names again adds only its other words ("policy").
			question = rest
		} else if topic, ok := topicOf(clause); ok && !strings.HasPrefix(strings.ToLower(strings.TrimSpace(clause)), "on ") && speaksOfOneNamed(rest) {
			// "Turning to Prime Minister Kishida, what did he argue…?": the topic is whom the
			// rest asks about by a pronoun, and "turning to" only opens it.
			question = topic + ", " + rest
		}
		if who, ok := cutPrefixFold(clause, "before "); ok {
			if left, found := s.withoutNames(who); len(found) > 0 && strings.TrimSpace(left) == "" {
				question = rest
			}
		}
	}
	// "What is Japan's main goal compared to the other three partners?" asks Japan's goal:
	// the others, named by no name, only set it apart.
	// Set against the other pairs, though, a pair is compared as a pair ("the most mature").
	if q, ok := withoutContrast(question, againstTheOthers); ok && len(s.namedActors(q)) > 0 && !strings.Contains(strings.ToLower(question), " pair") {
		question = q
	}
	if q, ok := viewsSetApart(question); ok {
		// "What's the difference between how the US sees South Korea and how it sees New
		// Zealand?" compares how one sees two, as "How does the US see South Korea compared
		// with New Zealand?" does.
		question = q
	}
	// "When the four Asia-Pacific leaders met without Washington, which war…": who stayed
	// away says which meeting it was, not whom the question asks about.
	if q, absent, ok := withoutAbsentee(question); ok && len(strings.Fields(absent)) <= 4 && len(s.namedActors(absent)) > 0 {
		question = q
	}
	// "Besides deterring Pyongyang, what does Seoul want?" asks for what the clause sets
	// aside: when the rest names whom it asks about, it is asked without the clause.
	exQ, exClause, excludes := withoutExclusion(question)
	if q, clause := exQ, exClause; excludes && len(s.namedActors(q)) > 0 {
		b := s.Answer(q)
		if kind, set := s.kindSetAside(q, clause); kind != "" && !s.namesAnotherOfKind(b, kind, set) {
			// "Which agreements did Japan and Australia sign besides the access agreement?":
			// answered only by another agreement, which the article does not name.
			return Brief{}
		}
		if !b.Empty() {
			if len(b.Groups) != 1 || len(b.Groups[0].Items) >= MaxAnswerFacts {
				return b
			}
			// A short answer is filled from the whole question's, without what the clause
			// itself is about.
			var aside []*Fact
			for _, h := range s.Search(clause, MaxAnswerFacts) {
				if h.Coverage >= 0.99 {
					aside = append(aside, h.Fact)
				}
			}
			facts := b.Facts()
			whole := s.answerWhole(question)
			for _, f := range whole.Facts() {
				if len(facts) < MaxAnswerFacts && !slices.Contains(facts, f) && !slices.Contains(aside, f) {
					facts = append(facts, f)
				}
			}
			b.Groups[0].Items = s.labelled(facts, false)
			return b
		}
	}
	if q, clause := exQ, exClause; excludes && asksForOthers(q) && len(s.namedActors(q)) == 0 && len(s.namedActors(clause)) == 0 {
		// "What other historical issues besides labour and comfort women?": where neither
		// names anyone, the rest is asked without the clause, and what the clause itself is
		// about left out.
		if b, ok := s.instancesAsked(q, clause); ok {
			return b
		}
		b := s.Answer(q)
		aside := s.Search(clause, MaxAnswerFacts)
		facts := slices.DeleteFunc(slices.Clone(b.Facts()), func(f *Fact) bool {
			return slices.ContainsFunc(aside, func(h Hit) bool { return h.Fact == f && h.Coverage >= 0.99 })
		})
		if len(facts) > 0 {
			return Brief{Groups: []Group{{Heading: b.Groups[0].Heading, Items: s.labelled(facts, false)}}}
		}
	}
	if q, clause := exQ, exClause; excludes && (asksForOthers(q) || s.onlyNames(clause)) && len(s.namedActors(q)) == 0 && len(s.namedActors(clause)) > 0 {
		// "Besides Tokyo and Seoul, which two other Asia-Pacific governments sent their
		// leaders?", "Which Asia-Pacific countries were in Madrid apart from Japan and
		// Korea?": the others are asked for; those set aside would make every fact on them
		// lead.
		if b := s.Answer(q); !b.Empty() {
			return b
		}
	}
	if q, ok := s.withoutGuess(question); ok {
		// "Why is Seoul softer on Beijing, is it because of shared history?", "What's Japan's
		// top diplomatic priority, economic growth?": the guess is the asker's; what is asked
		// is answered first, the guess's words left out.
		if b := s.answerWhole(q); !b.Empty() {
			return s.withSecondPart(question, b)
		}
	}
	if b, ok := s.instancesAsked(question, ""); ok {
		return b // "Which historical issues keep dragging down Japan-Korea relations?"
	}
	if b, ok := s.stanceOnThing(question); ok {
		return b // "What is Japan's position on Dokdo?"
	}
	if q, ok := s.usViewAsRole(question); ok {
		if b := s.answerWhole(q); !b.Empty() {
			return b // "How does the US view South Korea?"
		}
	}
	b := s.answerWhole(question)
	if !b.Empty() {
		if c, ok := s.whyOfCountry(question, b); ok {
			return c
		}
		return s.withSecondPart(question, s.withAskedAfterStatement(question, b))
	}
	if b.Empty() {
		// "Does the author believe that the joint appearance of the four Asia-Pacific
		// partners could give rise to a new formal grouping or alignment among them?": a
		// long question, formally worded, uses words no fact does, and the words the facts
		// use may fall short of MinCoverage while a fact answers it. It is answered
		// leniently when reading it without the words the store has never seen (or, with
		// none, as a clear near miss) finds the same first fact, one that is no note on the
		// article and not someone else's view; a question that only sounds like one the
		// article answers ("Which parts of the constitution…") finds a different fact, or
		// none, by one of the two.
		if l := s.answerLong(question); !l.Empty() {
			return l
		}
	}
	if b.Empty() {
		// "What hope did Yoon express about Kishida, and in which month did Tokyo's envoy
		// attend it?": read as one, the month asked sinks the undated hope. A second question
		// opening with a preposition (twoQuestions splits the others) is split off only here,
		// when the whole is not answered and each part is: read as one, "…, and in what
		// capacity did that person attend?" asks of the first.
		if _, _, whole := twoQuestions(question); !whole {
			if first, second, ok := twoQuestionsLoosely(question); ok && !s.asksOnlyKind(second) {
				a, c := s.Answer(first), s.Answer(second)
				if !a.Empty() && c.Empty() && slices.ContainsFunc(strings.Fields(normalizeName(second)), func(w string) bool { return pronouns[w] }) {
					// "…, and to which industry did they belong?" asks of what the first names.
					c = s.Answer(s.withNamesOf(first, second))
				}
				if !a.Empty() && !c.Empty() {
					return s.bothParts(first, a, c)
				}
			}
		} else if first, second, _ := twoQuestions(question); s.asksOfFirstsEvent(first, second) {
			// "Wasn't the Madrid summit in July? What date does the article give for its
			// opening?": the second asks of the event the first names.
			q, _ := s.askedOfPremiseEvent(first, second)
			if c := s.Answer(q); !c.Empty() {
				return c
			}
		} else if asksOfTheFirst(second) {
			// "What triggered the trade friction, and when did it start?": read as one, the
			// date asked sinks the undated trigger; the second asks of the first, whose
			// answer is given when the store reads every word of it ("What would the survey
			// cost, and when is it planned?" is not answered by the survey's plan).
			if fw := strings.Fields(normalizeName(first)); len(fw) > 0 && !whetherWords[fw[0]] && s.readsEveryWord(first) {
				return s.Answer(first)
			}
		}
	}
	return b
}

// withoutIssueAsked is q without "issue" before a closing asking word, as languages that
// ask last are read: "cooperation Australia - New Zealand usually focus on issue what" asks
// what it focuses on, and the fact says "South Pacific affairs", not "issue". The noun only
// says an issue is what the answer gives. (Asked first, "What issue does…", it is left: that
// cost other questions.)
func withoutIssueAsked(q string) string {
	if indexFold(q, "issue") < 0 {
		return q // most questions, read without copying them
	}
	words := strings.Fields(q)
	n := len(words)
	if n < 4 {
		return q
	}
	last := strings.TrimRight(words[n-1], "?")
	if (strings.EqualFold(last, "what") || strings.EqualFold(last, "which")) && (strings.EqualFold(words[n-2], "issue") || strings.EqualFold(words[n-2], "issues")) {
		return strings.Join(words[:n-2], " ") + " " + words[n-1]
	}
	// Asked first, only of what something focuses on: in "Which issue does Australia and New
	// Zealand's cooperation focus on?" the issue is the focus asked for, as it is asked last.
	if (strings.EqualFold(words[0], "what") || strings.EqualFold(words[0], "which")) && (strings.EqualFold(words[1], "issue") || strings.EqualFold(words[1], "issues")) &&
		strings.EqualFold(last, "on") && slices.ContainsFunc(focusVerbs, func(v string) bool { return strings.EqualFold(words[n-2], v) }) {
		return words[0] + " " + strings.Join(words[2:], " ")
	}
	return q
}

// focusVerbs say what something is centred on, before a closing "on".
var focusVerbs = []string{"focus", "focuses", "focused", "focusing", "concentrate", "concentrates", "concentrated", "centre", "center", "centred", "centered"}

// degreeAdverbs say how far something is so, not what it is.
var degreeAdverbs = []string{" mainly ", " mostly ", " chiefly ", " primarily ", " largely ", " principally ", " predominantly "}

// withoutDegreeAdverb is a wh-question without an adverb of degree before a verb of focus:
// "What does Australia and New Zealand's cooperation mainly focus on?" asks what it focuses
// on, and "mainly" would only pull up the fact whose wording happens to say "mainly" (Seoul,
// Canberra and Wellington as mainly regional players), not the fact on what the two focus
// on. Before other verbs it stays ("What was the trilateral mainly about?" is worded as the
// facts are asked: dropped there it cost other questions); after a comma it opens a guess
// (narrowingGuess), which stays too.
func withoutDegreeAdverb(q string) string {
	if !strings.Contains(q, "ly ") {
		return q // most questions
	}
	first, _, _ := strings.Cut(q, " ")
	if !opensAsking(first) {
		return q
	}
	for _, a := range degreeAdverbs {
		if i := indexFold(q, a); i > 0 && q[i-1] != ',' {
			next, _, _ := strings.Cut(q[i+len(a):], " ")
			if slices.ContainsFunc(focusVerbs, func(v string) bool { return strings.EqualFold(next, v) }) {
				return q[:i] + q[i+len(a)-1:]
			}
			return q
		}
	}
	return q
}

// withAskedAfterStatement is b, the answer to a question read whole, led by the best fact on
// what it asks after a statement setting the scene (afterStatement), when b's first two leave
// it out: "The Yoon government hoped to settle the labour issue through a consultative body;
// what does the author say of its prospects of satisfying Tokyo?" is answered first by the
// author's doubt, not by the body the statement describes.
func (s *Store) withAskedAfterStatement(question string, b Brief) Brief {
	if !strings.Contains(question, "; ") || len(b.Groups) != 1 {
		return b // most questions
	}
	q, ok := s.afterStatement(question)
	if !ok || !strings.HasSuffix(question, q) {
		return b // nor one asking by a pronoun of what the statement names ("how does he put it?")
	}
	return s.ledByAnswerTo(q, b)
}

// ledByAnswerTo is b, a one-group answer, led by the best fact answering q, unless b already
// shows it among its first two.
func (s *Store) ledByAnswerTo(q string, b Brief) Brief {
	c := s.answerRead(q, false)
	facts := b.Facts()
	if c.Empty() || slices.Contains(facts[:min(len(facts), 2)], c.Facts()[0]) {
		return b
	}
	lead := c.Facts()[0]
	facts = slices.Insert(slices.DeleteFunc(slices.Clone(facts), func(f *Fact) bool { return f == lead }), 0, lead)
	b.Groups = []Group{{Heading: b.Groups[0].Heading, Items: s.labelled(facts[:min(len(facts), MaxAnswerFacts)], false)}}
	return b
}

// withFocusFirst is b, the answer to a question that puts a guess at what something is
// mostly about, led by what the article says it is about: "Is NZ's diplomacy mostly about
// China?" is answered first by New Zealand's focus on the South Pacific, then by what it
// says of China. A guess the article bears out finds its fact first anyway.
func (s *Store) withFocusFirst(question string, b Brief) Brief {
	if len(b.Groups) != 1 {
		return b
	}
	q, ok := withoutFocusGuess(question)
	if !ok {
		return b // most questions
	}
	if words := strings.Fields(normalizeName(question)); !asksWhether(words) && !asksConfirmation(words) {
		if _, _, premised := leadingPremise(question); !premised {
			return b // "What was the trilateral mostly about?" asks no guess
		}
	}
	return s.ledByAnswerTo(q, b)
}

// withSecondPart is b, the answer to a question asking two things read as one, with the
// second part's own best facts added when b leaves them out: "What did Kishida push for
// before the four's meeting, and what role did he take in it?" is answered by his call for
// regular attendance, and then by his moderating the meeting.
func (s *Store) withSecondPart(question string, b Brief) Brief {
	first, second, ok := twoQuestionsLoosely(question)
	if !ok || len(b.Groups) != 1 {
		return b
	}
	pointsBack := false // the second part names what it asks of by pronouns
	if asksDifference(strings.Fields(normalizeName(second))) {
		// A comparison asked second ("…, and how does that contrast with Tokyo's?") is
		// answered by the whole's sides; reading it again costs a search of every side.
		return s.withOtherSide(first, second, b)
	}
	if sw := strings.Fields(normalizeName(second)); slices.ContainsFunc(sw, func(w string) bool { return pronouns[w] }) || len(sw) > 0 && sw[len(sw)-1] == "there" {
		// "…, and how did the other three behave toward China there?": "there" is where the
		// first part names.
		if fw := strings.Fields(normalizeName(first)); len(fw) > 0 && fw[0] == "who" && len(s.namedActors(first)) == 0 {
			return b // "Who wrote this article and where do they work?": "they" is the answer
		}
		second = s.withNamesOf(first, second) // "…, and what role did he take in it?"
		pointsBack = true
	} else if s.asksOnlyKind(second) {
		return b // "…, and when?"
	} else if q, ok := s.withSubjectOf(first, second); ok {
		second = q // "…, and what does Seoul prioritize instead?": on North Korea too
	}
	facts := slices.Clone(b.Facts())
	changed := false
	// "When had the three last met, and how did Biden describe this one?": read as one, the
	// second part's words may take the lead; the first part's own best fact comes first. A
	// part read as one on two countries' relations in general adds nothing the whole does
	// not, and reading it costs their /relations.
	if a := s.answerRead(first, false); !a.Empty() && !slices.Contains(facts[:min(len(facts), 3)], a.Facts()[0]) {
		lead := a.Facts()[0]
		facts = slices.Insert(slices.DeleteFunc(facts, func(f *Fact) bool { return f == lead }), 0, lead)
		changed = true
	}
	shown := slices.Clone(facts[:min(len(facts), 3)])
	if c := s.answerRead(second, false); !c.Empty() {
		// The second part's first two, after the first part's three; after a difference
		// asked first, only one, its two sides keeping their four; only one too when the
		// part is read with all the first's names, which pull in facts on them.
		at, room := len(shown), 2
		if pointsBack || asksDifference(strings.Fields(normalizeName(first))) {
			room = 1
		}
		for _, added := range c.Facts()[:min(len(c.Facts()), 2)] {
			if !slices.Contains(shown, added) && room > 0 {
				room--
				facts = slices.Insert(slices.DeleteFunc(facts, func(f *Fact) bool { return f == added }), at, added)
				at++
				changed = true
			}
		}
	}
	if !changed {
		return b
	}
	b.Groups = []Group{{Heading: b.Groups[0].Heading, Items: s.labelled(facts[:min(len(facts), MaxAnswerFacts)], false)}}
	return b
}

// withSubjectOf is part, the second of two questions, asking of what the first asks about
// besides its own subject, when the part names another actor and nothing else: "What does
// Japan worry about regarding North Korea, and what does Seoul prioritize instead?" asks
// what Seoul prioritizes regarding North Korea. False when the part names more, the first
// names nothing besides its subject, or the part's actor is the country the subject leads
// or serves ("What did Yoon promise, and what do South Koreans worry about?").
func (s *Store) withSubjectOf(first, part string) (string, bool) {
	actors, things := s.namedEntities(part)
	if len(actors) != 1 || len(things) > 0 {
		return "", false
	}
	asked, askedThings := s.namedEntities(first)
	subject := s.entityByID[s.subjectAsked(first)]
	if subject == nil || slices.Contains(asked, actors[0]) || subject.Leads == actors[0] || subject.Serves == actors[0] {
		return "", false
	}
	q := strings.TrimRight(strings.TrimSpace(part), "?.")
	carried := false
	for _, id := range append(asked, askedThings...) {
		if id != subject.ID {
			q += " " + plainName(s.entityByID[id])
			carried = true
		}
	}
	return q + "?", carried
}

// subjectAsked is the ID of the actor a question asks of: the first it names that no
// preposition introduces ("regarding North Korea", "when it comes to North Korea" name what
// is asked about). "" when there is none.
func (s *Store) subjectAsked(q string) string {
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(q, spanBuf[:0], nameBuf[:0])
	for i := 0; i < len(names.spans); {
		e, n := names.at(i)
		if e == nil {
			i++
			continue
		}
		if actorKinds[e.Kind] && (i == 0 || !inFold(subjectEnds, q[names.spans[i-1][0]:names.spans[i-1][1]])) {
			return e.ID
		}
		i += n
	}
	return ""
}

// subjectEnds introduce what a question asks about, not whom it asks of.
var subjectEnds = setOf(append([]string{"regarding", "towards", "toward", "over", "of"}, prepositions...))

// withOtherSide is b, the answer to a question whose second part compares the first's
// actor with another, with the other's own best fact on what the first part asks about
// added when b's first facts give only the first's side: "What worries Tokyo most about North
// Korea, and how is that different from Seoul's priorities?" is answered by Tokyo's worries
// and then by Seoul's priorities on the North.
func (s *Store) withOtherSide(first, second string, b Brief) Brief {
	other := s.namedActors(second)
	asked, things := s.namedEntities(first)
	if len(other) != 1 || len(asked) == 0 || slices.Contains(asked, other[0]) {
		return b
	}
	facts := slices.Clone(b.Facts())
	shown := facts[:min(len(facts), 3)]
	ownedByOther := func(f *Fact) bool { return s.subject[f.ordinal] == other[0] }
	if slices.ContainsFunc(shown, ownedByOther) {
		return b
	}
	// The other side is asked of what the first part names besides its own actor.
	q := strings.TrimRight(strings.TrimSpace(second), "?")
	for _, id := range append(asked[1:], things...) {
		q += " " + plainName(s.entityByID[id])
	}
	hits := s.Search(q, 2)
	i := slices.IndexFunc(hits, func(h Hit) bool { return h.Coverage >= 0.99 && ownedByOther(h.Fact) && !slices.Contains(shown, h.Fact) })
	if i < 0 {
		return b
	}
	added := hits[i].Fact
	facts = slices.Insert(slices.DeleteFunc(facts, func(f *Fact) bool { return f == added }), len(shown), added)
	b.Groups = []Group{{Heading: b.Groups[0].Heading, Items: s.labelled(facts[:min(len(facts), MaxAnswerFacts)], false)}}
	return b
}

// whyOfCountry answers why a leader or minister did something by the reason the country they
// lead or serve did it, when b, the answer, gives no reason first: "Why did Kishida attend
// the NATO summit?" is answered by Japan's purpose in taking part, not by his moderating the
// four's meeting. False when the question asks no reason or opens with no such person.
func (s *Store) whyOfCountry(question string, b Brief) (Brief, bool) {
	if indexFold(question, "why") < 0 {
		return Brief{}, false // most questions
	}
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(question, spanBuf[:0], nameBuf[:0])
	for i := range names.spans {
		e, n := names.at(i)
		if e == nil {
			continue
		}
		country := cmp.Or(e.Leads, e.Serves)
		if e.Kind != "person" || country == "" || s.givesReason(b.Facts()[0]) || !asksWhy(strings.Fields(normalizeName(question))) {
			return Brief{}, false // the first named is no leader or minister, or a reason is given
		}
		if first, _, ok := twoQuestions(question); ok && indexFold(first, "why") < 0 {
			// "What stance has Biden taken on the four's cooperation, and why does the author
			// find this significant?" asks his stance first; the reason asked is the author's.
			return Brief{}, false
		}
		q := question[:names.spans[i][0]] + plainName(s.entityByID[country]) + question[names.spans[i+n-1][1]:]
		if c := s.answerWhole(q); !c.Empty() && s.givesReason(c.Facts()[0]) && c.Facts()[0].HasEntity(country) {
			return c, true
		}
		return Brief{}, false
	}
	return Brief{}, false
}

// sharesTopic reports whether a and b have a topic in common.
func sharesTopic(a, b *Fact) bool {
	for _, t := range a.Topics {
		if slices.Contains(b.Topics, t) {
			return true
		}
	}
	return false
}

// ownedByAsked reports whether f's subject, if it has one, is among the actors asked about (a
// country also by its leader or a minister serving it), or none are asked about.
func (s *Store) ownedByAsked(f *Fact, actors []string) bool {
	by := s.subject[f.ordinal]
	if by == "" || len(actors) == 0 || slices.Contains(actors, by) {
		return true
	}
	e := s.entityByID[by]
	return e != nil && (slices.Contains(actors, e.Leads) || e.Serves != "" && slices.Contains(actors, e.Serves))
}

// answerLong answers a long question leniently (see Answer). The question is read once; the
// reading by read words is only searched, its first hit standing for its answer, so that a
// question it finds nothing for costs one search, and one it does, one answer more.
func (s *Store) answerLong(question string) Brief {
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(question, spanBuf[:0], nameBuf[:0])
	lenient := s.readNamed(question, names)
	if _, _, two := twoQuestions(question); two || len(lenient.terms) < fullyReadQuestionTerms {
		// Two questions in one were each answered, or not, already (answer).
		return Brief{}
	}
	ix := s.index
	read := lenient
	read.terms = slices.DeleteFunc(slices.Clone(lenient.terms), ix.unreadStem)
	fullyRead := len(read.terms) == len(lenient.terms)
	if !fullyRead && len(lenient.terms) < longQuestionTerms {
		return Brief{}
	}
	if fullyRead {
		// Every word is one the facts use: only a near miss (down to leastCoverage) well
		// ahead of the next fact (clearMargin) stands in for it.
		read.minCoverage = leastCoverage
	} else {
		read.minCoverage = nearMissCoverage
	}
	hits := s.searchReading(read, 4, nil)
	// The next fact found that is not a sibling of the first: "the two principal objectives
	// the author attributes to Tokyo" are two facts, one on each, that tie.
	// A first fact at nearMissCoverage is set against the next at it too; one short of it
	// (at leastCoverage) against any.
	next := slices.IndexFunc(hits, func(h Hit) bool {
		return h.Fact != hits[0].Fact && !s.siblings(h.Fact, hits[0].Fact) && (h.Coverage >= nearMissCoverage || hits[0].Coverage < nearMissCoverage)
	})
	if len(hits) == 0 || fullyRead && hits[0].Coverage >= MinCoverage || (fullyRead || hits[0].Coverage < MinCoverage) && next > 0 && hits[next].Coverage > clearMargin*hits[0].Coverage {
		// Nothing found, or (every word read) a fact found as the whole question was,
		// which a check of its shape then set aside: leniency changes neither.
		return Brief{}
	}
	lenient.minCoverage = checkedPremiseCoverage
	b := s.answer(lenient, names)
	if b.Empty() || b.Facts()[0] != hits[0].Fact {
		return Brief{}
	}
	if f := b.Facts()[0]; f.Kind == KindContext || !s.ownedByAsked(f, lenient.actors) || s.asksWordsOfOther(question, lenient.actors, f) {
		return Brief{}
	}
	b.Actors, b.Things = lenient.actors, lenient.things
	return b
}

// asksWordsOfOther reports whether a question asks what a person it names said, and f is no
// statement of theirs: "what former President Moon said publicly about his successor's
// attendance" is not answered by his government's North Korea policy.
func (s *Store) asksWordsOfOther(question string, actors []string, f *Fact) bool {
	words := strings.Fields(normalizeName(question))
	if !slices.ContainsFunc(words, func(w string) bool { return saidWords[w] }) {
		return false
	}
	for _, id := range actors {
		if e := s.entityByID[id]; e != nil && e.Kind == "person" && !(f.Kind == KindStatement && f.Attribution == id) {
			return true
		}
	}
	return false
}

// saidWords ask what someone said.
var saidWords = setOf([]string{"said", "say", "says", "remarked", "stated", "declared", "publicly"})

// siblings reports whether a and b say two parts of one thing: the same subject and section,
// a topic in common ("one of Japan's two main goals…", "Japan's second main goal…").
func (s *Store) siblings(a, b *Fact) bool {
	return s.subject[a.ordinal] != "" && s.subject[a.ordinal] == s.subject[b.ordinal] && a.Section == b.Section && sharesTopic(a, b)
}

// longQuestionTerms is how many terms make a question long enough to be answered leniently
// (answerLong); fullyReadQuestionTerms, one whose every word the facts use.
const (
	longQuestionTerms      = 10
	fullyReadQuestionTerms = 9
)

// nearMissCoverage and clearMargin let a long question whose every word the facts use be
// answered leniently (answerLong): its best fact covers nearly MinCoverage, and the next
// covers at most clearMargin of what it does.
const (
	nearMissCoverage = 0.5
	leastCoverage    = 0.4
	clearMargin      = 0.75
)

// bothParts answers a question asking two things by the first part's answer, its first
// three facts (four when it compares two sides), then the second's.
func (s *Store) bothParts(first string, a, b Brief) Brief {
	keep := 3
	if asksDifference(strings.Fields(normalizeName(first))) {
		keep = 4 // "How do Tokyo's and Seoul's priorities differ, and…": both sides, twice
	}
	facts := a.Facts()[:min(len(a.Facts()), keep)]
	for _, f := range b.Facts() {
		if len(facts) < MaxAnswerFacts && !slices.Contains(facts, f) {
			facts = append(facts, f)
		}
	}
	return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
}

// withFirst is b's facts, lead first, as one group.
func (s *Store) withFirst(b Brief, lead *Fact) Brief {
	facts := append([]*Fact{lead}, slices.DeleteFunc(slices.Clone(b.Facts()), func(f *Fact) bool { return f == lead })...)
	return Brief{Lead: b.Lead, Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
}

// plainName is an entity's name without what it adds in brackets: "Japan–South Korea–
// Australia–New Zealand leaders' meeting (Madrid, June 2022)" is read into a question
// without the month and year it was not asked about.
func plainName(e *Entity) string {
	name, _, _ := strings.Cut(e.Name, " (")
	return name
}

// allianceAsNATO is a question with "the alliance" read as NATO where a formal asker means
// it ("the alliance's summit", "members of the alliance"): its name is then read as NATO's.
func allianceAsNATO(question string) string {
	if !strings.Contains(question, "lliance") {
		return question // most questions
	}
	for _, p := range allianceNATO {
		for {
			i := indexFold(question, p[0])
			if i < 0 {
				break
			}
			question = question[:i] + p[1] + question[i+len(p[0]):]
		}
	}
	return question
}

// allianceNATO are the phrases in which "the alliance" is NATO, each with how it is read.
var allianceNATO = [][2]string{
	{"the alliance's madrid summit", "the NATO summit"}, {"the alliance's summit", "the NATO summit"},
	{"the alliance's gathering", "the NATO summit"}, {"the alliance's members", "NATO members"},
	{"members of the alliance", "members of NATO"}, {"member of the alliance", "member of NATO"},
	{"the alliance's secretary general", "NATO's secretary general"}, {"the alliance's secretary-general", "NATO's secretary general"},
}

// inFold reports whether set holds w, ignoring ASCII case; it lower-cases a short word on
// the stack, as most questions open with a capital.
func inFold(set map[string]bool, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// indexFold is strings.Index ignoring ASCII case. Only where the first byte matches is the
// rest compared: most readers look for a phrase in every question asked.
func indexFold(s, sub string) int {
	if sub == "" {
		return 0
	}
	starts := len(s) - len(sub) + 1 // sub may start in s[:starts]
	if starts <= 0 {
		return -1
	}
	// strings.IndexByte finds the first byte, in either case, faster than a loop would.
	lower, upper := lowerASCII(sub[0]), upperASCII(sub[0])
	lo, up := nextByte(s[:starts], lower, 0), -1
	if upper != lower {
		up = nextByte(s[:starts], upper, 0)
	}
	for lo >= 0 || up >= 0 {
		i := lo
		if i < 0 || up >= 0 && up < i {
			i = up
		}
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
		if i == lo {
			lo = nextByte(s[:starts], lower, i+1)
		} else {
			up = nextByte(s[:starts], upper, i+1)
		}
	}
	return -1
}

// nextByte is where c is first found in s from from on, -1 if nowhere.
func nextByte(s string, c byte, from int) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

// upperASCII is c in upper case when it is an ASCII small letter.
func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// lowerASCII is c in lower case when it is an ASCII capital letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// formalTags are closing tags in full, with how they are usually written.
var formalTags = map[string]string{
	", did it not?": ", didn't it?", ", did they not?": ", didn't they?", ", did he not?": ", didn't he?", ", did she not?": ", didn't she?",
	", is it not?": ", isn't it?", ", are they not?": ", aren't they?", ", was it not?": ", wasn't it?", ", were they not?": ", weren't they?",
	", does it not?": ", doesn't it?", ", do they not?": ", don't they?", ", has it not?": ", hasn't it?", ", have they not?": ", haven't they?",
}

// withPlainTag is a statement put to be checked with its tag read as "right": "the US is
// building an Asian EU, is that what the article says" puts the statement as "…, right?"
// does; the tag's own words would only be searched.
func withPlainTag(question string) string {
	if strings.HasSuffix(question, " not?") {
		// "…, did it not?" is written in full what "…, didn't it?" is.
		for formal, plain := range formalTags {
			if strings.HasSuffix(question, formal) {
				return question[:len(question)-len(formal)] + plain
			}
		}
	}
	q := strings.TrimRight(strings.TrimSpace(question), "?.! ")
	if !strings.HasSuffix(strings.TrimRight(question, " "), "?") && endsWithTag(q) && asksConfirmation(strings.Fields(normalizeName(q))) {
		// "Japan's big North Korea worry is refugees, right" is typed without its mark;
		// "the Madrid summit ran for three days right" without its comma too.
		for _, tag := range []string{" right", " correct", " yes", " yeah"} {
			if head, ok := strings.CutSuffix(q, tag); ok && !strings.HasSuffix(head, ",") && len(strings.Fields(head)) >= 4 {
				return head + ", right?"
			}
		}
		return q + "?"
	}
	if t := strings.TrimSpace(question); strings.HasSuffix(t, "?") && strings.Count(t, "?") == 1 {
		// "in 2019 Japan restricted exports of car parts to Korea right?": a tag typed
		// without its comma, however the statement opens; "yes?" is one too.
		head, ok := cutSuffixFold(q, " right")
		if !ok {
			head, ok = cutSuffixFold(q, " yes")
		}
		if ok && !strings.HasSuffix(head, ",") && len(strings.Fields(head)) >= 4 && !slices.ContainsFunc(checkTags, func(tag string) bool { return len(q) >= len(tag) && strings.EqualFold(q[len(q)-len(tag):], tag) }) {
			return head + ", right?"
		}
	}
	if t := strings.TrimSpace(question); strings.HasSuffix(t, "?") && strings.Count(t, "?") == 1 && !strings.ContainsAny(q, ",–—:;") && !strings.Contains(q, " - ") {
		// "so the four-leader meeting produced a detailed joint action plan?" puts a
		// statement to be checked as a tag does; a question, a request or an opening clause
		// does not, nor one asking when at its end ("…was built in which year?"), nor two
		// set against each other ("Tokyo vs Seoul on China?").
		rest := withoutOpeningFillers(q)
		first, _, _ := strings.Cut(rest, " ")
		if strings.Count(rest, " ") >= 4 && !opensAsking(first) && !inFold(whetherWords, first) && !inFold(notStatementOpeners, first) && !endsAskingDate(q) && !endsAskingDay(q) && !endsAsking(q) &&
			indexFold(q, " vs ") < 0 && indexFold(q, " vs. ") < 0 && indexFold(q, " versus ") < 0 {
			for _, tag := range []string{" right", " correct"} {
				// "korea is just as central as japan in us strategy right?": the tag typed
				// without its comma.
				if head, ok := cutSuffixFold(q, tag); ok && len(strings.Fields(head)) >= 4 {
					return head + "," + tag + "?"
				}
			}
			return q + ", right?"
		}
	}
	for _, tag := range checkTags {
		if len(q) <= len(tag) || !strings.EqualFold(q[len(q)-len(tag):], tag) {
			continue // most questions: a tag is checked without copying the question
		}
		head := strings.TrimRight(q[:len(q)-len(tag)], " ,-–—")
		if head != q[:len(q)-len(tag)] && len(strings.Fields(head)) >= 4 {
			return head + ", right?"
		}
	}
	return question
}

// cutSuffixFold is s without suffix, matched case-insensitively, and whether it was there.
func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) < len(suffix) || !strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// notStatementOpeners open a request, a question or a clause before one, not a statement.
var notStatementOpeners = setOf([]string{"can", "could", "would", "will", "should", "may", "might", "must", "shall",
	"am", "isn't", "aren't", "didn't", "doesn't", "don't", "wasn't", "weren't", "hasn't", "haven't", "won't",
	"wouldn't", "can't", "couldn't", "tell", "explain", "describe", "list", "give", "name", "show", "summarise",
	"summarize", "please", "any", "anything", "whose", "whom", "and", "but", "or", "so", "if", "when", "while",
	"whereas", "although", "though", "given", "considering", "in", "on", "about", "regarding", "as", "for",
	"compared", "besides", "apart", "beyond", "according", "between", "among", "after", "before", "during",
	"since", "from", "to", "with", "at", "by", "of", "into", "under", "over", "against", "unlike", "despite"})

// checkOpeners put the statement after them to be checked, as a closing "right?" does: "Is
// it correct that the summit was held in Brussels?", "Confirm: Japan protested the survey.",
// a quizmaster's "True or false: the summit was held in Madrid."
var checkOpeners = []string{"is it correct that ", "is it right that ", "is it true that ", "is it really true that ",
	"is it accurate that ", "is it the case that ", "isn't it the case that ", "is it not the case that ",
	"was it the case that ", "wasn't it the case that ", "was it not the case that ", "am i right in thinking that ",
	"confirm that ", "confirm: ", "can you confirm that ", "please confirm that ", "verify that ", "verify: ",
	"true or false: ", "true or false - ", "true or false – ", "true or false — ", "true or false, ", "true or false? ",
	"fact or fiction: ", "fact or fiction? "}

// withCheckOpenerAsTag is a statement put to be checked by an opener (checkOpeners) with the
// opener read as a closing tag: "the summit was held in Brussels, right?"; false when it
// opens with none, or what follows is too short to be a statement.
func withCheckOpenerAsTag(question string) (string, bool) {
	t := strings.TrimSpace(question)
	for _, o := range checkOpeners {
		if rest, ok := cutPrefixFold(t, o); ok {
			rest = strings.TrimRight(rest, "?.! ")
			if strings.Count(rest, " ") < 3 || strings.ContainsAny(rest, "?") {
				return question, false
			}
			return rest + ", right?", true
		}
	}
	return question, false
}

// checkTags ask whether the statement before them is what the article says.
var checkTags = []string{"is that what the article says", "is that what the author says", "is that what the article argues",
	"is that what the author argues", "is that the argument", "is that the author's argument", "is that the article's argument",
	"is that the author's view", "is that what it says", "am i right", "have i got that right", "do i have that right", "is that so"}

// correctedByOpposite answers a statement put to be checked by the fact that says its
// opposite, when that fact matches the statement with the word reversed better than any fact
// matches it as put: "Biden played the trilateral down as routine, didn't he?" is answered by
// his calling it historic. False when the statement has no word in opposites, or the
// reversed statement matches no better.
func (s *Store) correctedByOpposite(question string) (Brief, bool) {
	first, _, _ := strings.Cut(strings.TrimSpace(question), " ")
	yesNo := yesNoOpeners[strings.ToLower(first)] // "Were Korean conservatives the most cautious…?"
	if !yesNo && !endsWithTag(question) {
		return Brief{}, false // most questions: no need to read the words
	}
	words := strings.Fields(normalizeName(question))
	if !yesNo && !asksConfirmation(words) || !slices.ContainsFunc(words, func(w string) bool {
		// Asked yes or no without a tag, only a word the facts never use is put to be
		// checked: "Does South Korea trust China?" asks what it says.
		_, ok := opposites[w]
		return ok && (!yesNo || !s.index.reads(w))
	}) {
		return Brief{}, false // most questions
	}
	var b strings.Builder
	for i, w := range strings.Fields(question) {
		if i > 0 {
			b.WriteByte(' ')
		}
		core := strings.Trim(w, ".,;:!?\"'“”‘’")
		if o, ok := opposites[strings.ToLower(core)]; ok {
			w = strings.Replace(w, core, o, 1)
		}
		b.WriteString(w)
	}
	reversed := b.String()
	as, rev := s.Search(question, 1), s.Search(reversed, 1)
	if len(rev) == 0 || len(as) > 0 && rev[0].Coverage <= as[0].Coverage {
		return Brief{}, false
	}
	answer := s.answerWhole(reversed)
	if answer.Empty() || answer.Facts()[0] != rev[0].Fact {
		return Brief{}, false
	}
	return answer, true
}

// yesNoOpeners open a question asked to be answered yes or no.
var yesNoOpeners = setOf([]string{"was", "were", "is", "are", "did", "does", "do", "has", "have", "had"})

// endsWithTag reports, without reading every word, whether a question may end with a tag
// putting a statement to be confirmed (asksConfirmation): "…, right?", "…, didn't he?".
func endsWithTag(question string) bool {
	q := strings.TrimRight(question, "?.! ")
	last := q[strings.LastIndexByte(q, ' ')+1:]
	for _, t := range []string{"right", "correct", "yes", "yeah", "it", "he", "she", "they", "we", "you"} {
		if strings.EqualFold(last, t) {
			return true
		}
	}
	return false
}

// opposites are words a statement put to be checked may get the wrong way round, each with
// the word the facts use for its opposite.
var opposites = map[string]string{
	"strongest": "weakest", "weakest": "strongest", "trust": "distrust", "distrust": "trust",
	"routine": "historic", "ordinary": "historic", "historic": "routine", "harder": "softer", "tougher": "softer",
	"softer": "harder", "underdeveloped": "mature", "immature": "mature", "shaky": "smooth", "rocky": "smooth",
	"smooth": "rocky", "mature": "underdeveloped", "warm": "cold", "cold": "warm", "closer": "further",
	"deepen": "loosen", "weaken": "deepen", "weakened": "deepened", "praised": "criticised", "praise": "criticise",
	"criticised": "praised", "criticized": "praised", "positive": "negative", "negative": "positive",
	"success": "failure", "breakthrough": "gesture", "regulars": "first", "last": "first", "first": "last",
	"conservatives": "progressives", "conservative": "progressive", "progressives": "conservatives", "progressive": "conservative",
}

// premiseRequests open a request, which puts nothing to be checked: "Name the three
// materials — what are they?" asks for the names twice.
var premiseRequests = setOf([]string{"name", "list", "identify", "tell", "give", "state", "specify", "enumerate"})

// leadingPremise splits a message that puts a statement to be confirmed and then asks what is
// so: "Japan's defense minister went to Yoon's inauguration, didn't he? Who actually went?"
// The premise keeps its tag, after a comma.
func leadingPremise(question string) (premise, asked string, ok bool) {
	i, after := strings.IndexByte(question, '?'), 1
	for _, sep := range []string{". ", " — ", " – ", ", "} {
		j := strings.Index(question, sep)
		if sep == ", " {
			// Only the last comma, after what someone said and before a short question that
			// is all that follows.
			j = strings.LastIndex(question, sep)
			if j < 0 || strings.ContainsRune(strings.TrimRight(question[j:], "?"), '?') ||
				!slices.ContainsFunc(speechVerbs, func(v string) bool { return strings.Contains(question[:j], v) }) {
				continue
			}
		}
		if j > 0 && (i < 0 || j < i) && checksPremise(question[j+len(sep):]) {
			// "Japan's two goals are X and Y. what are they actually", "Yoon called it the
			// cornerstone of Asian trade — what was his actual phrase?", "yoon said the
			// trilateral should become a pillar of Asian trade, what did he actually call it?"
			i, after = j, len(sep)
		}
	}
	if i < 0 {
		return "", "", false
	}
	premise, asked = question[:i], strings.TrimSpace(question[i+after:])
	aw := strings.Fields(normalizeName(asked))
	if len(aw) == 0 {
		return "", "", false
	}
	if !opensAsking(aw[0]) && !(len(aw) > 1 && narrowingWords[aw[0]] && opensAsking(aw[1])) { // "In what role…?"
		return "", "", false
	}
	pw := strings.Fields(normalizeName(premise))
	if len(pw) > 0 && premiseRequests[pw[0]] {
		return "", "", false // "Name the three materials — what are they?" asks, twice
	}
	if len(pw) >= 5 && !opensAsking(pw[0]) && !whetherWords[pw[0]] && !negativeTags[pw[0]] && (!strings.Contains(premise, ",") || !asksConfirmation(pw) && plainStatement(premise)) {
		// "Biden called the meeting a routine check-in? What did he call it?": a
		// statement asked with a rising tone, untagged.
		return premise + ", right", asked, true
	}
	if !asksConfirmation(pw) {
		return "", "", false // "…who said Japan needs to get its history right? Who?"
	}
	comma := strings.LastIndexByte(premise, ',')
	if comma < 0 || len(strings.Fields(premise[comma+1:])) > 2 {
		// "The meeting of Japan, Korea, Australia and NZ was all about Taiwan right? what did
		// they discuss": the tag typed without its comma is given one.
		if !plainStatement(premise) {
			return "", "", false
		}
		fields := strings.Fields(premise)
		tag := 1 // "right", "correct"
		if last := pw[len(pw)-1]; last != "right" && last != "correct" && last != "yes" && last != "yeah" {
			tag = 2 // "didn't they"
		}
		if len(fields) <= tag+3 {
			return "", "", false
		}
		premise = strings.Join(fields[:len(fields)-tag], " ") + ", " + strings.Join(fields[len(fields)-tag:], " ")
	}
	return premise, asked, true
}

// plainStatement reports whether a premise put with a rising tone, untagged, is one statement:
// with commas only inside it ("The meeting of Japan, Korea, Australia and New
// Zealand was all about the South China Sea"), not before a clause of its own ("Given the
// curbs, how did Seoul respond").
func plainStatement(premise string) bool {
	clauses := strings.Split(premise, ", ")
	if first, _, _ := strings.Cut(clauses[0], " "); inFold(notStatementOpeners, first) {
		return false
	}
	return !slices.ContainsFunc(clauses[1:], func(c string) bool {
		w, _, _ := strings.Cut(strings.TrimSpace(c), " ")
		return opensAsking(strings.ToLower(w)) || inFold(whetherWords, w) || inFold(notStatementOpeners, w) && !strings.EqualFold(w, "and")
	})
}

// asksOfFirstsEvent reports whether the second of two questions asks, by "it" or "its", of
// the one event the first names (askedOfPremiseEvent).
func (s *Store) asksOfFirstsEvent(first, second string) bool {
	if w, _, _ := strings.Cut(strings.TrimSpace(second), " "); !opensAsking(strings.ToLower(w)) {
		return false // "…, and was a joint statement issued at its conclusion?"
	}
	_, ok := s.askedOfPremiseEvent(first, second)
	return ok
}

// askedOfPremiseEvent is what is asked after a premise with the one event the premise names
// in place of the "it" that points at it: "Who actually chaired it?" after "Washington ran
// the four-country meeting" asks who chaired the four-country meeting. False when the asked
// part has no "it" or the premise names no event, or more than one thing.
func (s *Store) askedOfPremiseEvent(premise, asked string) (string, bool) {
	aw := strings.Fields(normalizeName(asked))
	at := slices.IndexFunc(aw, func(w string) bool { return w == "it" || w == "its" })
	if at < 0 {
		return "", false
	}
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(premise, spanBuf[:0], nameBuf[:0])
	event := ""
	for i, n := range names.names {
		if n.e == nil || n.e.Kind == "country" || n.e.Kind == "organisation" {
			continue
		}
		if n.e.Kind == "person" {
			return "", false // "Biden called the meeting a landmark, didn't he? what did he call it": his words
		}
		if event != "" || n.e.Kind != "event" {
			return "", false
		}
		event = premise[names.spans[i][0]:names.spans[i+n.n-1][1]]
	}
	if at > 0 && sayingVerbs[aw[at-1]] {
		// "At the summit Japan said it wanted NATO's help on climate change, right? what did
		// Tokyo actually say it wanted to cooperate on": "it" is Tokyo, and what it said was
		// said where the premise sets it.
		where := ""
		if event != "" {
			where = "at the " + event
		} else if i := slices.IndexFunc(names.names, func(n nameStart) bool { return n.e != nil }); i >= 0 && opensWhere(premise[:names.spans[i][0]]) {
			where = strings.TrimRight(strings.TrimSpace(premise[:names.spans[i][0]]), ",")
		}
		if where == "" || len(s.namedActors(asked)) == 0 {
			return "", false
		}
		return strings.TrimRight(strings.TrimSpace(asked), "?") + " " + where + "?", true
	}
	if event == "" {
		return "", false
	}
	if aw[at] == "its" {
		event += "'s"
	}
	aw[at] = "the " + event
	return strings.Join(aw, " ") + "?", true
}

// askedOfStatedEvent is the question a message asks after a statement naming one event, of
// that event by "it" (askedOfPremiseEvent): "I bet the Madrid summit dragged on for a whole
// week. How long did it actually run?" asks how long the Madrid summit ran. False for any
// other, and for one asking when, which the statement's wrong date answers with the rest.
func (s *Store) askedOfStatedEvent(question string) (string, bool) {
	i := strings.LastIndex(question, ". ")
	if i < 0 || strings.Contains(question[:i], "?") {
		return "", false // most questions
	}
	if opensAsAsker(strings.ToLower(question[:i])) && !reportsPremise(strings.ToLower(question[:i])) {
		return "", false // "My grandfather was a forced labourer in WWII. …why does it matter": of the asker
	}
	asked := question[i+2:]
	if w := strings.Fields(normalizeName(asked)); len(w) < 3 || !opensAsking(w[0]) || asksForDate(asked) {
		return "", false
	}
	return s.askedOfPremiseEvent(question[:i], asked)
}

// opensWhere reports whether a clause is only a short phrase saying where or when: "At the
// summit", "In Madrid,".
func opensWhere(clause string) bool {
	words := strings.Fields(strings.ToLower(clause))
	return len(words) >= 2 && len(words) <= 4 && (words[0] == "at" || words[0] == "in" || words[0] == "during")
}

// doubtThenAsked splits a doubt put as a question from what is asked after it, as
// leadingPremise splits a premise: "Isn't Korea's complaint about the water just political
// theatre? What exactly is Seoul objecting to?". The doubt is returned tagged, as a premise;
// what is asked must ask what really is ("exactly", "actually", "really").
func doubtThenAsked(question string) (premise, asked string, ok bool) {
	i := strings.Index(question, "? ")
	if i < 0 {
		return "", "", false // most questions
	}
	premise, asked = question[:i], strings.TrimSpace(question[i+2:])
	pw, aw := strings.Fields(normalizeName(premise)), strings.Fields(normalizeName(asked))
	if len(pw) < 5 || len(aw) == 0 || !(negativeTags[pw[0]] || pw[0] == "surely") || strings.Contains(premise, ",") || !opensAsking(aw[0]) ||
		!slices.ContainsFunc(aw, func(w string) bool { return w == "exactly" || w == "actually" || w == "really" }) {
		return "", "", false // "…? What other goal does the article give?" asks on its own
	}
	return premise + ", right", asked, true
}

// checksPremise reports whether a short question after a statement asks what the statement
// got wrong ("what are they actually", "what really happened"), not something of its own
// ("Working on Pacific security. What does the article say about…").
func checksPremise(asked string) bool {
	words := strings.Fields(normalizeName(asked))
	return len(words) <= 6 && slices.ContainsFunc(words, func(w string) bool { return w == "actually" || w == "really" || pronouns[w] })
}

// checkedPremise answers a premise put to be checked and what is asked after it: as a
// question when facts answer both, else as the premise alone, else by the facts that answer
// most of both, since the premise's wrong words match none.
func (s *Store) checkedPremise(premise, asked string) Brief {
	if asksForDate(asked) && asksUndoing(strings.Fields(normalizeName(premise))) {
		// "gsomia got restored later right? when exactly": the date asked is the undoing's,
		// which only a fact telling of it gives, not the measure's.
		return s.answerWhole("when " + strings.TrimRight(premise, ", ") + "?")
	}
	if aw := strings.Fields(normalizeName(asked)); len(aw) >= 3 && aw[0] == "which" && !slices.ContainsFunc(aw, func(w string) bool { return pronouns[w] || pointingWords[w] || aboutTheArticle[w] }) && s.readsEveryWord(asked) && len(s.index.queryTerms(asked)) >= 2 {
		// "australia is korea's closest partner among the four right? which pair is closest":
		// a "which" that stands on its own, in words of its own, asks what the premise got
		// wrong ("which pair is" asks of the premise).
		if b := s.answerWhole(asked); !b.Empty() {
			return b
		}
	}
	if aw := strings.Fields(normalizeName(asked)); len(aw) >= 2 && len(aw) <= 4 && aw[0] == "which" && (asksActually(aw) || slices.Contains(aw, "really") || len(aw) == 3 && (aw[2] == "is" || aw[2] == "are")) {
		// "The author says Australia-NZ will be the weak link among the four, right? which
		// pair actually", "…? which relationship is": the countries the premise names are
		// the asker's guess at which.
		if rest, named := s.withoutNames(premise); len(named) > 0 {
			if b := s.answerWhole("which " + aw[1] + " " + strings.TrimRight(rest, ", ") + "?"); !b.Empty() {
				return b
			}
		}
	}
	if asksWhoInstead(asked) {
		// "yoon chaired the four country meeting right? who actually did": the person the
		// premise opens with is the asker's guess; who did what it says is asked.
		if rest, ok := s.withoutOpeningPerson(premise); ok {
			if b := s.answerWhole("who " + strings.TrimRight(rest, ", ") + "?"); !b.Empty() {
				return b
			}
		}
	}
	if b, ok := s.correctedByOpposite(premise); ok {
		// "the author thinks US-Japan and US-Australia ties will weaken, right? what's the
		// forecast": the premise, the wrong way round, is corrected by the fact.
		return b
	}
	if i := strings.Index(premise, " because "); i > 0 && asksWhy(strings.Fields(normalizeName(asked))) {
		// "Seoul hesitates over the US-led strategy because it's scared of Russia, right? why
		// really": the reason the premise gives is the asker's guess at what is asked.
		if b := s.answerWhole(premise[:i] + ", why?"); !b.Empty() {
			return b
		}
	}
	if q, ok := withoutQuotedGuess(premise); ok && asksLabel(strings.Fields(normalizeName(asked))) {
		// "Yoon described the relationship as 'the cornerstone of Asian security', right? what
		// did he call it": the words quoted are the asker's guess at the label asked for.
		if b := s.answerWhole(q); !b.Empty() {
			return b
		}
	}
	if q, ok := askedOfSubject(premise, asked); ok {
		// "The US-Japan alliance is described as just a trade partnership, right? How does
		// the article describe it?" asks how it describes the alliance; the premise's
		// wrong words would only pull in other facts.
		if b := s.answerWhole(q); !b.Empty() {
			return b
		}
	}
	if q, ok := askedOfSpeaker(premise, asked); ok {
		// "Yoon called the trilateral a cornerstone of Asian trade, didn't he? what did he
		// really call it": what the speaker called the trilateral; the premise's wrong
		// words would only pull in other facts.
		if b := s.answerWhole(q); !b.Empty() {
			return b
		}
	}
	question := premise[:strings.LastIndexByte(premise, ',')] + ". " + asked
	if b := s.answerWhole(question); !b.Empty() {
		return b
	}
	if asksForDate(asked) {
		// "…went to court in 2015, right? When was it?": the year put to be checked is
		// what is asked.
		var yearBuf [4]string
		for _, y := range yearsIn(premise, yearBuf[:0]) {
			question = strings.ReplaceAll(question, y, "")
		}
	} else if wordsOfOwn(asked) == 0 {
		// "In 2018 Japan restricted chemical exports to Korea, right? What exactly did it
		// do?": what is asked has no words of its own; the premise, checked as a statement
		// (its year corrected), answers it.
		if b := s.answerWhole(premise); !b.Empty() {
			return b
		}
	}
	if b := s.leniently(question); !b.Empty() {
		return b
	}
	// "The Madrid summit opened around June 25 and ran for a week, didn't it? When did it
	// start?": what is asked, of what the premise names, without its wrong words.
	if actors, things := s.namedEntities(premise); len(actors)+len(things) > 0 {
		q := strings.TrimRight(strings.TrimSpace(asked), "?")
		for _, id := range append(actors, things...) {
			q += " " + s.entityByID[id].Name
		}
		if b := s.answerWhole(q + "?"); !b.Empty() {
			return b
		}
	}
	if b := s.answerWhole(premise); !b.Empty() {
		return b
	}
	// "Japan and Australia mostly cooperate on tourism and education, right? In what areas
	// really": the words the facts never use are the asker's wrong guess.
	return s.corrected(question)
}

// withAskedToo is b, the answer that checks a premise, with the first two facts that answer
// what is asked after it, of what the premise names, in the room b leaves: "The four-way
// meeting hammered out concrete Indo-Pacific projects, right? what did they actually talk
// about" is answered by the talks' lack of substance, then by Ukraine and world affairs.
func (s *Store) withAskedToo(premise, asked string, b Brief) Brief {
	if b.Empty() || len(b.Groups) != 1 || wordsOfOwn(asked) == 0 {
		return b
	}
	facts := b.Facts()
	if len(facts) >= MaxAnswerFacts {
		return b
	}
	c := s.answerRead(s.withNamesOf(premise, asked), false)
	if c.Empty() {
		return b
	}
	facts = slices.Clone(facts)
	added := 0
	for _, f := range c.Facts() {
		if added == 2 || len(facts) >= MaxAnswerFacts {
			break
		}
		if !slices.Contains(facts, f) {
			facts = append(facts, f)
			added++
		}
	}
	b.Groups = []Group{{Heading: b.Groups[0].Heading, Items: s.labelled(facts, false)}}
	return b
}

// corrected answers a statement put to be checked that uses words the facts never use, as
// the asker's wrong guess: leniently, or failing that without those words, saying the article
// does not mention them.
func (s *Store) corrected(statement string) Brief {
	b := s.leniently(statement)
	if b.Empty() {
		b = s.withoutUnread(statement)
	}
	if unread := s.unreadWords(statement); !b.Empty() && b.Lead == "" && len(unread) > 0 {
		for i, w := range unread {
			unread[i] = asTyped(statement, w)
		}
		b.Lead = "The article does not mention " + quotedList(unread) + ". What it does say:"
	}
	return b
}

// asTyped is the word w (lower case) as text writes it ("Busan" for "busan"), or w when text
// does not hold it as one word.
func asTyped(text, w string) string {
	for _, f := range strings.Fields(text) {
		if f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); strings.EqualFold(f, w) {
			return f
		}
	}
	return w
}

// putsLabel reports whether the rest of a premise after its verb "to be" or "to get" puts a
// label on its subject ("… gets called the anchor of NATO").
func putsLabel(rest string) bool {
	return slices.ContainsFunc(labelVerbs, func(v string) bool { return strings.HasPrefix(rest, v) })
}

// labelVerbs put a label on what they follow.
var labelVerbs = []string{"called ", "described ", "labelled ", "labeled ", "known as ", "dubbed ", "termed "}

// withoutQuotedGuess is a premise without the words it quotes and its tag: "Yoon described the
// relationship as 'the cornerstone of Asian security', right" is "Yoon described the
// relationship as?". False when it quotes nothing.
func withoutQuotedGuess(premise string) (string, bool) {
	for _, q := range [][2]string{{" '", "'"}, {` "`, `"`}, {" “", "”"}, {" ‘", "’"}} {
		i := strings.Index(premise, q[0])
		if i < 0 {
			continue
		}
		rest := premise[i+len(q[0]):]
		j := strings.Index(rest, q[1])
		if j <= 0 {
			continue
		}
		head, tail := premise[:i], rest[j+len(q[1]):]
		if k := strings.LastIndexByte(tail, ','); k >= 0 {
			tail = tail[:k] // the tag
		}
		return strings.TrimSpace(head+" "+tail) + "?", true
	}
	return "", false
}

// wordsOfOwn counts the words of a question that are not stopwords, pronouns or "actually",
// "really", "exactly": "What exactly did it do?" has none.
func wordsOfOwn(question string) int {
	n := 0
	for _, w := range strings.Fields(normalizeName(question)) {
		if !isStopword(w) && !pronouns[w] && w != "actually" && w != "really" && w != "exactly" && w != "happened" && w != "happen" {
			n++
		}
	}
	return n
}

// askedOfSubject is what is asked after a premise with its pronoun read as the premise's
// subject, the words before its first "is" or "are": "Japan's two main goals are a UN seat
// …, right? What are they?" asks "What are Japan's two main goals?". A label asked for after
// a premise that puts one on its subject is asked for the subject: "The US-Japan alliance
// gets called the anchor of NATO, right? what's the phrase". False when the asked part has no
// pronoun and asks no such label, or the premise has no such subject.
func askedOfSubject(premise, asked string) (string, bool) {
	var subject, verb string
	for _, be := range []string{" is ", " are ", " was ", " were ", " gets ", " get ", " got "} {
		if i := strings.Index(premise, be); i > 0 && (subject == "" || i < len(subject)) {
			if strings.HasPrefix(be, " g") && !putsLabel(premise[i+len(be):]) {
				continue // "Japan's got three main goals…": no passive
			}
			subject, verb = premise[:i], premise[i+len(be):]
		}
	}
	if subject == "" || len(strings.Fields(subject)) > 6 {
		return "", false
	}
	words := strings.Fields(asked)
	for i, w := range words {
		if pronouns[strings.ToLower(strings.Trim(w, "?,.!"))] {
			words[i] = subject + w[len(strings.TrimRight(w, "?,.!")):]
			return strings.Join(words, " "), true
		}
	}
	if putsLabel(verb) && asksLabel(strings.Fields(normalizeName(asked))) {
		// "The US-Japan alliance gets called the anchor of NATO, right? what's the phrase":
		// the phrase for the subject.
		return strings.TrimRight(strings.TrimSpace(asked), "?") + " for " + subject + "?", true
	}
	return "", false
}

// askedOfSpeaker is what is asked after a premise on someone's words, asked of them: "Yoon
// called the trilateral a cornerstone of Asian trade, didn't he? what did he really call it"
// asks what Yoon called the trilateral. False when the premise tells of no one's words or
// what is asked does not point back at the speaker.
func askedOfSpeaker(premise, asked string) (string, bool) {
	var subject, rest string
	for _, v := range speechVerbs {
		if i := strings.Index(premise, v); i > 0 && (subject == "" || i < len(subject)) {
			subject, rest = premise[:i], premise[i+len(v):]
		}
	}
	if subject == "" || len(strings.Fields(subject)) > 4 {
		return "", false
	}
	// What the words were about: the noun phrase the verb takes first ("the trilateral").
	var object []string
	for i, w := range strings.Fields(rest) {
		if i > 0 && (objectEnds[strings.ToLower(w)] || len(object) == 4) {
			break
		}
		object = append(object, strings.TrimRight(w, ",?"))
	}
	words := strings.Fields(asked)
	pointed, of := false, false
	for i, w := range words {
		word := strings.ToLower(strings.TrimRight(w, "?,.!"))
		switch {
		case word == "he" || word == "she" || word == "they":
			words[i], pointed = subject, true
		case word == "his" || word == "her" || word == "their":
			words[i], pointed = subject+"'s", true
		case word == "it" && len(object) > 0:
			words[i], of = strings.Join(object, " "), true
		}
	}
	if !pointed {
		return "", false
	}
	q := strings.TrimRight(strings.Join(words, " "), "?")
	if !of && len(object) > 0 {
		q += " about " + strings.Join(object, " ") // "what did he actually say"
	}
	return q + "?", true
}

// speechVerbs tell what someone said of something, in a premise.
var speechVerbs = []string{" called ", " said ", " described ", " labelled ", " labeled ", " termed "}

// objectEnds end the noun phrase a speech verb takes: "called the trilateral a cornerstone".
var objectEnds = setOf([]string{"a", "an", "the", "as", "should", "would", "was", "is", "were", "are", "to", "will", "must", "could"})

// readsEveryWord reports whether the index has a reading of every word of a question.
func (s *Store) readsEveryWord(question string) bool {
	ix := s.index
	return !slices.ContainsFunc(ix.queryTerms(question), ix.unreadStem)
}

// unreadWords are the words of question the store has no reading of, as readsEveryWord
// finds them, in the asker's spelling (lower case), once each.
func (s *Store) unreadWords(question string) []string {
	ix := s.index
	var out []string
	tokenize(readEveryday(question), func(w string) {
		if isStopword(w) || ix.misspeltStopword(w) || slices.Contains(out, w) {
			return
		}
		if n, ok := numerals[w]; ok {
			w = n
		}
		if ix.unreadStem(ix.stem(w)) {
			out = append(out, w)
		}
	})
	return out
}

// quotedList is words in quotation marks, joined by commas and a final "or".
func quotedList(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "“" + w + "”"
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// leniently answers a premise put to be checked by the facts that answer most of it
// (checkedPremiseCoverage): its wrong words match no fact.
func (s *Store) leniently(question string) Brief {
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(question, spanBuf[:0], nameBuf[:0])
	r := s.readNamed(question, names)
	r.minCoverage = checkedPremiseCoverage
	b := s.answer(r, names)
	if !b.Empty() {
		b.Actors, b.Things = r.actors, r.things
	}
	return b
}

// withoutUnread answers a statement put to be checked as leniently does, read without the
// words the facts never use: "Japan's top diplomatic priority is economic aid abroad, right?"
// is what the article says Japan's top priority is, "economic aid abroad" the asker's guess.
func (s *Store) withoutUnread(statement string) Brief {
	// "The comfort women ruling came from a Busan court in 2019, right?": a name no fact uses
	// goes from the text too, which the check of the year after the search reads again.
	var yearBuf [4]string
	if unread := s.unreadWords(statement); len(unread) > 0 && len(yearsIn(statement, yearBuf[:0])) > 0 {
		words := strings.Fields(statement)
		statement = strings.Join(slices.DeleteFunc(words, func(w string) bool {
			first, _ := utf8.DecodeRuneInString(w)
			return unicode.IsUpper(first) && slices.Contains(unread, strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })))
		}), " ")
	}
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(statement, spanBuf[:0], nameBuf[:0])
	r := s.readNamed(statement, names)
	ix := s.index
	r.terms = slices.DeleteFunc(r.terms, ix.unreadStem)
	if len(r.terms) < 2 {
		return Brief{}
	}
	r.minCoverage = checkedPremiseCoverage
	b := s.answer(r, names)
	if !b.Empty() {
		b.Actors, b.Things = r.actors, r.things
	}
	return b
}

// onPersonAsked is the answer, read leniently, to whether the person a question names did
// something, when its answer b is led by a fact not on them: "Yoon openly criticised China in
// Madrid, didn't he?" is not answered by what South Korea and the other partners did, but by
// what he did. So is a country's own goal or view a question opens with (opensWithOwner), or
// what a country it opens with as subject did (opensWithCountry): "Seoul's main goal with the
// North is tougher sanctions, right?" is answered by South Korea's goal, not Japan's tough
// line. False when no such actor is named or b is led by a fact on them.
func (s *Store) onPersonAsked(question string, b Brief) (Brief, bool) {
	if b.Empty() {
		return Brief{}, false
	}
	actors, _ := s.namedEntities(question)
	if len(actors) == 0 || s.entityByID[actors[0]].Kind != "person" && !s.opensWithOwner(question, actors[0]) && !s.opensWithCountry(question) || s.ownPosition(b.Facts()[0], actors[0]) {
		return Brief{}, false
	}
	l := s.leniently(question)
	if l.Empty() {
		return Brief{}, false
	}
	// "Yoon called the trilateral relationship the cornerstone of Asian security, didn't
	// he?": what he himself said leads, before what the three leaders said together.
	if i := slices.IndexFunc(l.Facts(), func(f *Fact) bool { return s.ownPosition(f, actors[0]) }); i >= 0 {
		return s.withFirst(l, l.Facts()[i]), true
	}
	if !b.Facts()[0].HasEntity(actors[0]) && l.Facts()[0].HasEntity(actors[0]) {
		return l, true
	}
	return Brief{}, false
}

// onPairAsked is the answer to a statement put to be checked about two countries it opens
// with ("Australia and New Zealand mostly cooperate on Asian issues, right?"), led by the best
// fact on that pair alone, when its answer b is led by a fact on a wider group: the wrong words
// of the statement ("Asian issues") match the four's facts. False when the statement opens
// with no pair, b is led by a fact on it, or no fact on it alone matches the statement.
func (s *Store) onPairAsked(question string, b Brief) (Brief, bool) {
	if b.Empty() {
		return Brief{}, false
	}
	a, c, ok := s.opensWithPair(question)
	// A lead on the pair and a country the statement names besides stands: "Tokyo and Canberra
	// will decouple from China?" is answered by what the two cannot do with China.
	if !ok || s.onPairAlone(b.Facts()[0], a, c, s.namedActors(question)) {
		return Brief{}, false
	}
	var among []int32
	for _, f := range s.facts {
		if s.onPairAlone(f, a, c, nil) {
			among = append(among, int32(f.ordinal))
		}
	}
	r := s.read(question)
	r.minCoverage = checkedPremiseCoverage
	hits := s.searchReading(r, 1, among)
	if len(hits) == 0 {
		return Brief{}, false
	}
	return s.withFirst(b, hits[0].Fact), true
}

// onPairAlone reports whether f names both countries a and c and no other country but those
// of also.
func (s *Store) onPairAlone(f *Fact, a, c string, also []string) bool {
	return f.HasEntity(a) && f.HasEntity(c) && !slices.ContainsFunc(f.Entities, func(id string) bool {
		e := s.entityByID[id]
		return id != a && id != c && e != nil && e.Kind == "country" && !slices.Contains(also, id)
	})
}

// opensWithPair returns the two countries a question opens with as its subject: "Australia
// and New Zealand …", "Japan-Australia cooperation …".
func (s *Store) opensWithPair(question string) (a, c string, ok bool) {
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(question, spanBuf[:0], nameBuf[:0])
	if len(names.spans) < 3 {
		return "", "", false
	}
	first, n := names.at(0)
	if first == nil || first.Kind != "country" {
		return "", "", false
	}
	j := n
	if w := question[names.spans[j][0]:names.spans[j][1]]; strings.EqualFold(w, "and") || w == "&" {
		j++
	} else if gap := question[names.spans[j-1][1]:names.spans[j][0]]; gap != "-" && gap != "–" {
		return "", "", false
	}
	if j >= len(names.spans) {
		return "", "", false
	}
	second, _ := names.at(j)
	if second == nil || second.Kind != "country" || second == first {
		return "", "", false
	}
	return first.ID, second.ID, true
}

// opensWithOwner reports whether a question opens with the actor id as a possessive, the
// one whose goal or view it states: "Seoul's main goal with the North is tougher sanctions,
// right?".
func (s *Store) opensWithOwner(question, id string) bool {
	owner, _, ok := strings.Cut(question, "'s ")
	if !ok || strings.Contains(owner, " ") {
		if owner, _, ok = strings.Cut(question, "’s "); !ok || strings.Contains(owner, " ") {
			return false
		}
	}
	actors, _ := s.namedEntities(owner)
	return len(actors) == 1 && actors[0] == id
}

// ownedAsked is the question a statement put to be checked answers, when it says what one
// actor's own something is: "Japan's top diplomatic priority is economic growth, right?"
// asks what Japan's top diplomatic priority is; owner is that actor. False for any other.
func (s *Store) ownedAsked(statement string) (q, owner string, ok bool) {
	subject, _, found := strings.Cut(statement, " is ")
	if !found {
		return "", "", false // most statements
	}
	actors, _ := s.namedEntities(subject)
	if len(actors) != 1 || !s.opensWithOwner(subject, actors[0]) || len(strings.Fields(subject)) < 3 {
		return "", "", false
	}
	return "What is " + subject + "?", actors[0], true
}

// opensWithCountry reports whether text opens with one country's name as its subject:
// "Japan has three main goals in the trilateral…", not "Japan and Korea signed…".
func (s *Store) opensWithCountry(text string) bool {
	head := text
	for i, n := 0, 0; i < len(text); i++ {
		if text[i] == ' ' {
			if n++; n == 2 {
				head = text[:i]
				break
			}
		}
	}
	if strings.HasSuffix(head, " and") || strings.HasSuffix(head, ",") {
		return false
	}
	actors, _ := s.namedEntities(head)
	return len(actors) == 1 && s.entityByID[actors[0]].Kind == "country"
}

// opensWithPerson reports whether text opens with a person's name: "Yoon openly criticised…".
func (s *Store) opensWithPerson(text string) bool {
	head := text
	for i, n := 0, 0; i < len(text); i++ {
		if text[i] == ' ' {
			if n++; n == 2 {
				head = text[:i] // a name of up to two words: "Yoon Suk-yeol", "Prime Minister"
				break
			}
		}
	}
	actors, _ := s.namedEntities(head)
	return len(actors) > 0 && s.entityByID[actors[0]].Kind == "person"
}

// asksWhoInstead reports whether what is asked after a premise asks who in fact did what it
// says: "who actually did", "who really went", "who was".
func asksWhoInstead(asked string) bool {
	aw := strings.Fields(normalizeName(asked))
	return len(aw) > 0 && asksWho(aw[0]) && (correctionAsked(asked) || len(aw) <= 2)
}

// withoutOpeningPerson is text without the person's name it opens with: "yoon chaired the
// meeting" is "chaired the meeting"; false when it opens with no person.
func (s *Store) withoutOpeningPerson(text string) (string, bool) {
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(text, spanBuf[:0], nameBuf[:0])
	if len(names.spans) == 0 {
		return "", false
	}
	e, n := names.at(0)
	if e == nil || e.Kind != "person" || n >= len(names.spans) {
		return "", false
	}
	return text[names.spans[n][0]:], true
}

// pointingWords point at something named before the question.
var pointingWords = setOf([]string{"it", "its", "they", "them", "their", "this", "that", "these", "those"})

// checkedPremiseCoverage is the share of a checked premise a fact must match.
const checkedPremiseCoverage = 0.4

// answerWhole is Answer for a question as a whole, its excluding clause included.
func (s *Store) answerWhole(question string) Brief { return s.answerRead(question, true) }

// answerRead is answerWhole; without pairs, empty for a question on two countries' relations
// in general (pairAsked).
func (s *Store) answerRead(question string, pairs bool) Brief {
	// The question's names, read once for its reading and every reader of names after it.
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(question, spanBuf[:0], nameBuf[:0])
	r := s.readNamed(question, names)
	if !pairs && s.pairAsked(question, names, r.terms) != nil {
		return Brief{}
	}
	b := s.answer(r, names)
	if !b.Empty() {
		b.Actors, b.Things = r.actors, r.things
	}
	return b
}

// answer is Answer for a question read, with its names (readNames).
func (s *Store) answer(r reading, names nameTable) Brief {
	question, terms, words := r.text, r.terms, r.words
	if len(r.actors) == 0 && len(r.things) == 0 && len(terms) <= 1 && slices.Contains(words[:min(3, len(words))], "how") && slices.ContainsFunc(words, func(w string) bool { return pointingWords[w] }) {
		// "How does it work?": what it points at was never named, and one everyday word
		// matches facts on anything.
		return Brief{}
	}
	// How one sees North Korea is a stance on it: the article tells no relations of theirs.
	if pair := s.pairAsked(question, names, terms); pair != nil && !asksCare(words) && !(asksSee(words) && !relationsTold(pair)) && !s.personsViewAsked(words, names) &&
		!(asksDifference(words) && s.thingsCompared(question) != nil) { // two meetings of theirs compared, not the pair
		if !asksDifference(words) {
			order := relationsOrder
			if asksShared(words) {
				order = differencesLast
			} else if asksWhy(words) && asksTrouble(terms, words) {
				// "Why are Japan-Korea relations so bad?": what divides them answers, causes
				// first, not the thaw or the envoy's visit.
				order = differencesOnly
			}
			return s.pairAnswer(s.Relations(pair), asksWhy(words), order)
		}
		// "What is the biggest difference between Australia and New Zealand?": where two of
		// the four partners stand on a third actor, as /relations shows it; "How do Japan
		// and China differ?", where /relations says they differ; a pair the article never
		// sets against each other ("How do Japan and Australia differ?"), what it says of
		// the two, saying so.
		if s.partners(pair) {
			if facts := s.standpoints(pair); len(facts) > 0 {
				return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
			}
		}
		rel := s.Relations(pair)
		if slices.ContainsFunc(rel.Groups, func(g Group) bool { return g.Heading == "Differences" }) {
			return s.pairAnswer(rel, asksWhy(words), differencesFirst)
		}
		if len(rel.Groups) > 0 {
			b := s.pairAnswer(rel, asksWhy(words), relationsOrder)
			b.Lead = "The article does not set these two against each other. What it says of them:"
			return b
		}
	}
	// stanceOn is the actor a stance is asked on, when the asker's facts have none on it: what
	// the search finds instead must name it.
	var stanceOn string
	if st, ok := s.stanceAsked(r); ok {
		if len(s.owns[st.who]) == 0 {
			// "What is India's view of Japan?": the article records no view or act of India's
			// own, only facts that name it; they are no stance of India's.
			return Brief{}
		}
		facts := s.viewOn(st)
		if st.topic == "" && s.entityByID[st.on].Kind != "country" && !slices.ContainsFunc(facts, func(f *Fact) bool { return s.ownPosition(f, st.who) }) {
			// "What is China's position on NATO?": facts that only name both, none China's
			// own, are no stance on an organisation; the search may find what is.
			facts = nil
		}
		if len(facts) > 0 {
			if asksForDate(question) && !dated(facts[0]) {
				// "When did Chung Eui-yong say that about Japan's view of history?": the view
				// is told, not when it was given.
				return Brief{}
			}
			if asksWhy(words) {
				// "Why is Seoul more positive towards China?": the reason for the stance leads
				// the stance.
				if lead := s.reasonsFirst(facts, []string{st.who})[0]; lead != facts[0] {
					facts = slices.Insert(slices.DeleteFunc(slices.Clone(facts), func(f *Fact) bool { return f == lead }), 0, lead)
				}
			} else if slices.ContainsFunc(r.terms, func(t string) bool { return namedStances[t] }) {
				// "What does Tokyo fear most about North Korea?": a stance named in words the
				// facts use is told by the fact that uses them, ahead of the rest.
				if hits := s.searchReading(r, 1, nil); len(hits) > 0 && hits[0].Coverage == 1 && slices.Contains(facts[1:], hits[0].Fact) {
					lead := hits[0].Fact
					facts = slices.Insert(slices.DeleteFunc(slices.Clone(facts), func(f *Fact) bool { return f == lead }), 0, lead)
				}
			}
			return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
		}
		stanceOn = st.on
	}
	if sides, on, ok := s.stancesAsked(question, names, terms, words); ok {
		if facts := s.stancesOn(sides, on); len(facts) > 0 {
			if asksWhy(words) {
				// "Why is Seoul not as hawkish on Beijing as Tokyo?": the reason the author
				// gives for the first side's position leads the positions.
				if why := s.reasonFor(facts[0], sides); why != nil && !slices.Contains(facts, why) {
					facts = append([]*Fact{why}, facts...)
				}
			}
			return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
		}
	}
	if holder, others, ok := s.rolesAsked(question, terms); ok {
		if facts := s.roles(question, holder, others); len(facts) > 0 {
			return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
		}
	}
	if first, second, ok := twoQuestions(question); ok && !s.asksOnlyKind(second) {
		// "When was the case brought, and when did the court rule?": each part answered. A
		// first part that names nothing and asks only what kind of answer ("On what date and
		// where did Ardern speak?") asks it of the second's rest; a second part that does
		// ("What drills does Japan hold with Australia, and how often?") is asked of the
		// whole question.
		if s.asksOnlyKind(first) {
			if _, rest, found := strings.Cut(strings.TrimSpace(second), " "); found {
				first += " " + rest
			}
		}
		a, b := s.Answer(first), s.Answer(second)
		if a.Empty() && b.Empty() {
			// Neither part is answered: nor is the question ("How many leaders came, and
			// which NATO official invited the four?").
			return Brief{}
		}
		if !a.Empty() && !b.Empty() {
			return s.bothParts(first, a, b)
		}
	}
	if asksOrder(question) {
		if facts := s.inOrder(question); len(facts) > 0 {
			return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
		}
	}
	// Twice the facts shown are ranked, so that reordering for the question's shape can bring
	// up the other side of a difference or a reason ranked just below the first few.
	hits := s.searchReading(r, 2*MaxAnswerFacts, nil)
	if len(hits) == 0 || asksWhy(words) {
		// "Why can't they cut ties with China despite their tough stance?": what the
		// question concedes is context, not what it asks; it may sink every fact, and a
		// reason is for what is asked, not for the stance conceded.
		if q, ok := withoutConcession(question); ok {
			if h := s.Search(q, 2*MaxAnswerFacts); len(h) > 0 || len(hits) == 0 {
				hits = h
			}
		}
	}
	if len(hits) == 0 && s.reactionAsked(question, words) != "" {
		// "What was Seoul's reaction to the Bluebook?": the facts tell what the actor did (it
		// protested), never in the word "reaction"; what it reacted to is searched, and only
		// a fact of the actor's own answers (the reactionAsked check below).
		if q, ok := withoutReactionWords(question); ok {
			hits = s.Search(q, 2*MaxAnswerFacts)
		}
	}
	if len(hits) == 0 && (asksWhether(words) || asksConfirmation(words) || asksWhy(words) || statesBeforeAsking(question)) {
		// "Tokyo's export curbs started in 2020, didn't they?": a year the question puts to be
		// confirmed, or gives for what it asks the reason of, may be wrong, and its word then
		// matches no fact. Asked without it, a fact answering nearly all the rest and dated in
		// the article's past confirms or corrects it (in 2019).
		var yearBuf [4]string
		if years := yearsIn(question, yearBuf[:0]); len(years) > 0 {
			if h := s.searchWithoutYears(question, years); len(h) > 0 && h[0].Coverage >= correctedYearCoverage && hasDate(h[0].Fact) && s.beforeSource(h[0].Fact, years) {
				hits = h
			}
		} else if figures := figuresIn(question); len(figures) > 0 && asksConfirmation(words) {
			// "Dokdo is roughly 2 square kilometres, isn't it?": a figure put to be
			// confirmed is corrected, as a year is, by a fact that gives one.
			if h := s.searchWithoutYears(question, figures); len(h) > 0 && h[0].Coverage >= correctedYearCoverage && strings.ContainsFunc(h[0].Fact.Text, unicode.IsDigit) {
				hits = h
			}
		}
	}
	if len(hits) == 0 {
		if first, second, ok := twoQuestionsLoosely(question); ok && len(words) > 0 && !asksWhether(words) && (slices.Contains(questionWords, words[0]) || words[0] == "who" || asksAfterTopic(first) || asksOfTheFirst(second)) {
			// "Who represented Tokyo at Yoon's inauguration, and what did he deliver?": when
			// the two together match no fact, the first part's answer is given; the second
			// asks more of it, or what the article does not tell. Only after a question
			// word, or with a second part speaking of the first's subject: "Did the survey
			// go ahead, and what did it find?" is answered by neither the survey's plan nor
			// anything else, nor "Tell me when Tokyo plans to start releasing the water and
			// how many tonnes" by the plan.
			if b := s.Answer(first); !b.Empty() {
				return b
			}
		}
		// "And what did Seoul protest, Japanese warships near Dokdo?": a guess after the last
		// comma that matches nothing sinks the question it follows.
		if q, ok := withoutTrailingGuess(question); ok {
			// What the guess names stays asked about: "Japanese warships near Dokdo" is a
			// guess about Dokdo.
			_, named := s.withoutNames(question[len(q)-1:])
			for _, e := range named {
				if !strings.Contains(q, e.Name) {
					q = strings.TrimSuffix(q, "?") + " " + e.Name + "?"
				}
			}
			if b := s.Answer(q); !b.Empty() {
				return b
			}
		}
		// "Who wrote this piece - some professor at Peking University?": a guess after a dash,
		// however hedged, that sinks the question is the asker's.
		if q, ok := withoutDashGuess(question); ok {
			if b := s.Answer(q); !b.Empty() {
				return b
			}
		}
		// "Who represented Japan at Yoon's inauguration, did Kishida go in person?": a check
		// of the asker's own after the question is answered by what the question asks.
		if q, ok := withoutTrailingCheck(question, checkMarks); ok {
			if b := s.Answer(q); !b.Empty() {
				return b
			}
		}
		// "Tokyo's calculations are simpler than Seoul's; what are the two objectives Japan
		// pursues through its alignment with Washington?": a statement before a semicolon
		// sets the scene for a question that names what it asks about.
		if q, ok := s.afterStatement(question); ok {
			if b := s.Answer(q); !b.Empty() {
				return b
			}
		}
		// "Biden, Kishida and Yoon meet every year anyway, so when was the last time the
		// three leaders sat down together?": what the asker states first may be wrong, and
		// what they ask after "so" answers it.
		if _, rest, found := strings.Cut(question, ", so "); found {
			if rw := strings.Fields(normalizeName(rest)); len(rw) > 2 && opensAsking(rw[0]) {
				if b := s.Answer(rest); !b.Empty() {
					return b
				}
			}
		}
		// "What did Ardern say about China after leaving the summit?": a closing clause
		// saying when may use words no fact does ("leaving"); what is asked is answered.
		if q, ok := s.withoutClosingWhenClause(question); ok {
			if b := s.Answer(q); !b.Empty() {
				return b
			}
		}
		// "As a matter of procedure, and since chairmanship often reveals who drives an
		// initiative, might you tell me which of the four acted as moderator?": clauses that
		// name nothing and ask nothing only set the scene.
		if q, ok := s.withoutSceneSetting(question); ok {
			if b := s.Answer(q); !b.Empty() {
				return b
			}
		}
		// "What does Japan worry about, unlike South Korea?": what sets the first apart, as no
		// fact says both; "Did Yoon criticise China the way Kishida's side did?" asks what
		// Yoon did.
		if q, ok := withoutContrast(question, []string{" unlike ", " whereas ", " instead of ", " rather than ", " without just ", " the way "}); ok {
			if b := s.Answer(q); !b.Empty() {
				return b
			}
		}
		// A comparison worded unlike any one fact ("What role does Washington assign to South
		// Korea compared with Japan?") may still be answered side by side, unless it is on
		// something the store has no word for ("Yoon's position on THAAD compared with
		// Moon's").
		if asksDifference(words) && !s.namesUnknownAcronym(question, names) {
			if each := s.groupsSideBySide(question, names, r.actors); each != nil {
				return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(each, false)}}}
			}
			if pair := s.differencePair(question, names, r.actors); pair != nil {
				return s.sideBySide(question, names, r.actors, pair)
			}
		}
		return Brief{}
	}
	facts := make([]*Fact, len(hits))
	for i, h := range hits {
		facts[i] = h.Fact
	}
	if stanceOn != "" && !facts[0].HasEntity(stanceOn) {
		// "Is South Korea worried about the Quad?": Seoul's worry about Japan's waste water
		// is no stance on the Quad.
		return Brief{}
	}
	if on := s.countryAskedOn(question, r.actors, facts[0]); on != "" {
		// "Is South Korea more hawkish on China than Japan is?": Seoul's moderate line on
		// North Korea, against Japan's, is no line on China; a fact on China leads.
		if i := slices.IndexFunc(facts[:min(len(facts), MaxAnswerFacts)], func(f *Fact) bool { return f.HasEntity(on) }); i > 0 {
			f := facts[i]
			facts = append([]*Fact{f}, slices.Delete(slices.Clone(facts), i, i+1)...)
		}
	}
	var yearsBuf [4]string
	if years := yearsIn(question, yearsBuf[:0]); len(years) > 0 && !givesYear(facts[0], years) {
		// "What measures did Japan take against South Korea in 2019?": a fact of the year
		// asked leads one of another year that shares more of its words. An undated fact on
		// the same subject may tell of that year: Seoul's answer to the 2019 export controls.
		if i := slices.IndexFunc(facts[:min(len(facts), MaxAnswerFacts)], func(f *Fact) bool { return givesYear(f, years) }); i > 0 &&
			(hasDate(facts[0]) || !sharesTopic(facts[0], facts[i])) {
			f := facts[i]
			facts = append([]*Fact{f}, slices.Delete(slices.Clone(facts), i, i+1)...)
		}
	}
	// The agreements a question asks how they are described or seen, when it names several
	// and the best fact names none of them, or all (what becomes of them together): each is
	// described by its own fact.
	var described []string
	thingsEach := false // each of two things compared leads with its own fact
	if (asksLabel(words) || asksSee(words)) && !asksDifference(words) {
		things := s.thingsCompared(question)
		named := func(id string) bool { return facts[0].HasEntity(id) }
		if !slices.ContainsFunc(things, func(id string) bool { return s.entityByID[id].Kind != "agreement" }) &&
			(!slices.ContainsFunc(things, named) || !slices.ContainsFunc(things, func(id string) bool { return !named(id) })) {
			described = things
		}
	}
	switch {
	case asksWhy(words):
		// The article often gives the reason in a fact of its own, next to the one that says
		// what happened: "why can't they cut ties with China?" is answered by the
		// opportunities China brings, not only by "it is impossible to abandon cooperation".
		// Of the hits that answer about as well as the best, those that give a reason lead;
		// the reasons found for the best hit follow the first. A reason for some other event
		// ("since the end of the Cold War…") never comes before what was asked.
		var added []*Fact
		if reason := s.factByID[facts[0].Because]; reason != nil {
			// The reason the article gives for it, where the store names it, and no other.
			added = []*Fact{reason}
		} else if s.reasons[facts[0].ordinal] != reasonCause {
			// A fact that states its own cause ("shut … because of the epidemic") answers
			// why itself: reasons found elsewhere would be for something else.
			added = s.reasonsBehind(facts[0], r.actors, facts)
		}
		close := 0
		for close < len(hits) && hits[close].Score >= nearlyBest*hits[0].Score {
			close++
		}
		facts = append(s.reasonsFirst(facts[:close], s.subjectsAsked(question, names, r.actors)), facts[close:]...)
		if len(added) > 0 && facts[0] != added[0] {
			// A reason found as a hit may have come first already: "Why is Seoul softer on
			// China?" is answered first by its economic dependence.
			facts = slices.Insert(slices.DeleteFunc(facts, func(f *Fact) bool { return slices.Contains(added, f) }), 1, added...)
		}
	case len(described) > 0:
		// "How does Washington describe its alliances with Tokyo and Canberra?": each
		// alliance's own fact first, as when they are compared.
		each := s.eachThing(question, described)
		facts = append(each, slices.DeleteFunc(facts, func(f *Fact) bool { return slices.Contains(each, f) })...)
	case asksLabel(words) && !asksDifference(words) && !asksWho(words[0]) && !asksHolder(words): // "Who called it historic?" asks who
		// "What's the phrase used for the US–Japan alliance?": of the hits that answer as
		// well as the best, those that quote a label the article puts on something lead.
		close := 0
		for close < len(hits) && hits[close].Named == hits[0].Named && coverageStep(hits[close].Coverage) == coverageStep(hits[0].Coverage) {
			close++
		}
		labelled := slices.Clone(facts[:close])
		slices.SortStableFunc(labelled, func(a, b *Fact) int { return boolInt(!s.quotesLabel(a)) - boolInt(!s.quotesLabel(b)) })
		facts = append(labelled, facts[close:]...)
		// "What did Biden call the three-way meeting with Yoon and Kishida?": the label a
		// person is asked to have put leads, in his own words quoted, though a fact naming
		// all three answers more of the rest.
		if len(r.actors) > 0 && s.entityByID[r.actors[0]].Kind == "person" {
			speaker := r.actors[0]
			quoted := func(f *Fact) bool {
				return f.Kind == KindStatement && s.ownPosition(f, speaker) && strings.Contains(f.Quote, "“")
			}
			if i := slices.IndexFunc(facts, quoted); i > 0 {
				facts = append([]*Fact{facts[i]}, slices.Delete(slices.Clone(facts), i, i+1)...)
			} else if i < 0 {
				// "Yoon called the trilateral a cornerstone of Asian trade. What did he really
				// call it?": the guessed label's words find other facts; his own quoted
				// statement that answers most of the rest leads them.
				own := slices.DeleteFunc(slices.Clone(s.owns[speaker]), func(d int32) bool { return !quoted(s.facts[d]) })
				lenient := r
				lenient.minCoverage = checkedPremiseCoverage
				if len(own) > 0 {
					if h := s.searchReading(lenient, 1, own); len(h) > 0 {
						facts = append([]*Fact{h[0].Fact}, facts...)
					}
				}
			}
		}
	case asksDifference(words):
		if things := s.thingsCompared(question); things != nil {
			// Each thing's own fact first, then the rest as ranked.
			thingsEach = true
			each := s.eachThing(question, things)
			facts = append(each, slices.DeleteFunc(facts, func(f *Fact) bool { return slices.Contains(each, f) })...)
			break
		}
		if sides := s.differencePair(question, names, r.actors); sides != nil {
			viewer := s.viewer(question, names)
			if left, _ := s.groupsCompared(question, names); slices.Contains(left, viewer) {
				viewer = "" // "How do Japan and Australia see China compared to…": a group compared, no onlooker
			}
			if viewer != "" && !slices.Contains(sides, viewer) {
				// "Compare how Washington sees Japan, Australia and South Korea" is answered by
				// how it sees each, before where they differ among themselves.
				var seen []*Fact
				for _, id := range sides {
					if f := s.viewedBy(question, viewer, id, sides); f != nil && !slices.Contains(seen, f) {
						seen = append(seen, f)
					}
				}
				if len(sides) == 2 {
					facts = s.bothSides(facts, sides, r.actors)
				}
				facts = append(seen, slices.DeleteFunc(facts, func(f *Fact) bool { return slices.Contains(seen, f) })...)
				break
			}
			if each := s.groupsSideBySide(question, names, r.actors); each != nil {
				facts = append(each, slices.DeleteFunc(facts, func(f *Fact) bool { return slices.Contains(each, f) })...)
				break
			}
			if all := s.countrySeries(question, names); len(all) > 2 {
				// "Compare the regional focus of South Korea, Australia and New Zealand": each
				// one's own position, in the order named, before the rest.
				var each []*Fact
				for _, id := range all {
					if own := s.sidePosition(question, names, r.actors, id, all); own != nil && !slices.Contains(each, own) {
						each = append(each, own)
					}
				}
				facts = append(each, slices.DeleteFunc(facts, func(f *Fact) bool { return slices.Contains(each, f) })...)
				break
			}
			pair := sides[:2]
			var each []*Fact
			for _, id := range pair {
				if own := s.sidePosition(question, names, r.actors, id, pair); own != nil && !slices.Contains(each, own) {
					each = append(each, own)
				}
			}
			facts = s.bothSides(append(facts, slices.DeleteFunc(slices.Clone(each), func(f *Fact) bool { return slices.Contains(facts, f) })...), pair, r.actors)
			if f := s.differenceOn(r, pair, hits); f != nil {
				facts = append([]*Fact{f}, slices.DeleteFunc(facts, func(g *Fact) bool { return g == f })...)
			}
			// Where they differ, then each side's own position on what is asked, then the rest.
			rest := slices.DeleteFunc(slices.Clone(facts[1:]), func(f *Fact) bool { return slices.Contains(each, f) })
			if slices.Contains(each, facts[0]) {
				facts = append(each, slices.DeleteFunc(rest, func(f *Fact) bool { return f == facts[0] })...)
			} else {
				facts = append(append([]*Fact{facts[0]}, each...), rest...)
			}
		}
	}
	if e := s.occasionAsked(r); e != "" && !thingsEach {
		// "Was the US–Japan–Korea meeting mostly about Ukraine?": the four-country meeting's
		// talk of Ukraine is about another meeting. The facts on the one asked about answer,
		// read without the actors they never name.
		if s.onAnotherOccasion(facts[0], e) {
			among := s.byEntity[e]
			on := r
			var dropped []string
			on.actors = slices.DeleteFunc(slices.Clone(r.actors), func(id string) bool {
				never := !slices.ContainsFunc(among, func(d int32) bool { return s.facts[d].HasEntity(id) })
				if never {
					x := s.entityByID[id]
					dropped = append(dropped, s.index.queryTerms(x.Name+" "+strings.Join(x.Aliases, " "))...)
				}
				return never
			})
			on.terms = slices.DeleteFunc(slices.Clone(r.terms), func(t string) bool { return slices.Contains(dropped, t) })
			f := s.firstAmong(on, among, func(*Fact) bool { return true })
			if f == nil {
				return Brief{}
			}
			facts = append([]*Fact{f}, slices.DeleteFunc(facts, func(g *Fact) bool { return g == f || s.onAnotherOccasion(g, e) })...)
		}
	}
	if asksMeans(words) || asksMeansUntensed(words, names) {
		// "How does Tokyo go about curbing Beijing?": of the facts that answer about as well
		// as the best, the one telling by what means leads.
		// They may rank below the first few ("Japan has curbed China by…" names the Quad's
		// others too), so more of them are read.
		// A fact naming fewer of those asked about tells the means of something else: "How did
		// Yoon handle China?" is not answered by the trilateral's dealing with North Korea.
		// "What tools does Tokyo use to curb Beijing?": the tools are what a fact telling the
		// means gives, not a word it must hold, so they are searched without that word.
		meansHits, meansRead := hits, r
		if meansNouns[words[1]] {
			noun := s.index.queryTerms(words[1])
			meansRead.terms = slices.DeleteFunc(slices.Clone(r.terms), func(t string) bool { return slices.Contains(noun, t) })
			if meansHits = s.searchReading(meansRead, 2*MaxAnswerFacts, nil); len(meansHits) > 0 {
				facts = facts[:0:0]
				for _, h := range meansHits {
					facts = append(facts, h.Fact)
				}
			}
		}
		means := func(h Hit) bool {
			return len(meansHits) > 0 && h.Coverage >= meansHits[0].Coverage-0.1 && h.Named >= meansHits[0].Named && tellsMeans(h.Fact)
		}
		if i := slices.IndexFunc(meansHits, means); i > 0 {
			facts = append([]*Fact{meansHits[i].Fact}, slices.DeleteFunc(facts, func(f *Fact) bool { return f == meansHits[i].Fact })...)
		} else if i < 0 {
			if more := s.searchReading(meansRead, 5*MaxAnswerFacts, nil); slices.ContainsFunc(more, means) {
				f := more[slices.IndexFunc(more, means)].Fact
				facts = append([]*Fact{f}, slices.DeleteFunc(facts, func(g *Fact) bool { return g == f })...)
			}
		}
	}
	if st := s.kindAsked(words); st != "" {
		// "What kind of materials did the curbs hit?": the fact that names the materials
		// leads, however well another matches the rest.
		if f := s.firstNaming(r, st); f != nil {
			facts = append([]*Fact{f}, slices.DeleteFunc(facts, func(g *Fact) bool { return g == f })...)
		}
	}
	if t := s.topicAsked(terms); t != "" && !facts[0].HasTopic(t) && s.onSiblingTopic(facts[0], t) {
		// "Which court ruled on the forced labour compensation case?": a question naming a
		// subject in several words is about it; the comfort women's court rulings, a subject
		// of the same kind, match its other words but do not answer it. A subject of another
		// kind may be what is asked ("Which pact did Seoul drop during the trade row?").
		if f := s.firstAmong(r, s.byTopic[t], func(*Fact) bool { return true }); f != nil {
			facts = append([]*Fact{f}, slices.DeleteFunc(facts, func(g *Fact) bool { return g == f })...)
		}
	}
	facts = facts[:min(len(facts), MaxAnswerFacts)]
	asksWhen := asksForDate(question)
	if asksWhen && (!dated(facts[0]) || (asksForCalendarDate(question) && !hasDate(facts[0]))) {
		// "When did Japan start releasing the Fukushima water?": the article tells of the
		// plan, not when it began. Dated facts lead a question asking when (Hit.Dated), so a
		// first fact without a date means none that answers as well has one.
		return Brief{}
	}
	if asksWhen && asksForDay(question) && !hasDay(facts[0]) {
		// "The Madrid summit opened, on what date?": a fact giving the day of what the first
		// dates only to its month answers it.
		i := slices.IndexFunc(facts, func(f *Fact) bool { return hasDay(f) && dayOf(f, facts[0]) })
		if i < 0 {
			// "On which day in May was Yoon sworn in?": the article gives the month.
			return datedOnlyTo(facts[0])
		}
		f := facts[i]
		facts = append([]*Fact{f}, slices.DeleteFunc(facts, func(g *Fact) bool { return g == f })...)
	}
	if asksHour(words) && !givesHour(facts[0]) {
		// "At what hour did the trilateral begin?": the article dates meetings by the day.
		return Brief{}
	}
	if asksWhen && s.datesAnotherActorsDeed(question, words, r.actors, facts[0], hits) {
		// "When did Seoul drop Japan from its white list?": the date of Japan's move against
		// Korea is not that of Seoul's, which the article does not date.
		return Brief{}
	}
	if asksWhen && (asksTakingEffect(question) || asksActually(words) || slices.Contains(words, "last")) && tellsProposal(facts[0]) {
		// "When did Japan's removal of Korea from its white list take effect?": the date it
		// was proposed is not when it took effect; "When did they actually hold their first
		// drill?" or "When did they last hold one?", the date they hoped to hold drills is
		// not when they did.
		return Brief{}
	}
	if asksWhen && asksAfterSummit(question) && !strings.Contains(strings.ToLower(facts[0].Text), "after") {
		// "When were the first US–Japan–South Korea drills held after the Madrid summit?":
		// the article dates nothing after the summit; only a fact that tells what came after
		// it ("Soon after her visit to Madrid, Ardern said…") answers when.
		return Brief{}
	}
	if asksHowTurnedOut(words) && tellsProposal(facts[0]) {
		// "How did the Dokdo survey that Japan protested turn out?": the article tells of the
		// plan and the protest, not of how it went.
		return Brief{}
	}
	if asksHowEnded(words) && !slices.ContainsFunc(facts[:min(len(facts), 2)], tellsUndoing) {
		// "How did the white list dispute between Tokyo and Seoul end?": the moves that made
		// it are no end of it.
		return Brief{}
	}
	if asksWhen && !tellsMaking(facts[0], madeAsked(words)) {
		// "In what year did Seoul and Tokyo first sign their intelligence pact?": the date
		// Seoul announced its end is not when it was signed, which the article does not say.
		return Brief{}
	}
	var yearBuf [4]string
	if years := yearsIn(withoutGuessedTime(question), yearBuf[:0]); len(years) > 0 && hasDate(facts[0]) && !slices.ContainsFunc(facts, func(f *Fact) bool { return givesYear(f, years) }) &&
		!((asksWhether(words) || asksConfirmation(words) || asksWhy(words) || opensWithWhenClause(question) || statesBeforeAsking(question) || opensInYear(words)) && s.beforeSource(facts[0], years) && s.answersWithoutYears(question, years, facts[0])) {
		// "Who was the US president at the 2017 trilateral?": facts dated to another time,
		// none of them giving the year asked, tell of another event. An undated first fact
		// may still be of that year ("around the time Yoon took office"). Asked whether
		// something happened in a year of the article's past, a fact telling of it in another
		// year corrects the question ("Did South Korea scrap GSOMIA in 2021?": in 2019), as it
		// does a year misremembered in the clause a question opens with ("When trade
		// friction peaked in 2020, which agreement did Seoul say it would scrap?").
		return Brief{}
	}
	if month := monthAsked(words); month > 0 && monthDated(facts[0]) && !slices.ContainsFunc(facts, func(f *Fact) bool { return givesMonth(f, month) }) &&
		!((s.putToCheck(question, words) || !s.monthTold(month) && len(yearsIn(question, yearBuf[:0])) == 0) && namesEvery(facts[0], r.actors) && s.answersWithoutYears(question, monthAsWritten(months[month-1]), facts[0])) {
		// "What did Biden and Yoon agree when Biden visited Seoul in May?": facts of June's
		// Madrid meetings tell of another occasion. A month misremembered in a statement put
		// to be checked is corrected, as a year is: "Kishida went to Yoon's inauguration in
		// March, didn't he?" (in May, his envoy did); so is one no fact tells of, without a
		// year: "Who did Tokyo send to Yoon's inauguration back in April?".
		return Brief{}
	}
	if asksWhere(words) {
		// "Where was the 2017 US-Japan-South Korea leaders' meeting held?": a fact naming
		// only the three does not say where; asked when and where, nor does a date alone.
		// "Where was Ardern when she said…" asks where she was, as a venue is where
		// something was held: "soon after her visit to Madrid" does not say.
		// A fact of another year tells of another occasion, and a place the question names
		// ("Where in Madrid…") is not where within it.
		venue := slices.ContainsFunc(words, func(w string) bool { return venueWords[w] || w == "when" })
		years := yearsIn(question, yearBuf[:0])
		// "In which city was it signed?" is not answered by the countries that signed it.
		city := slices.ContainsFunc(words, func(w string) bool { return cityWords[w] })
		i := slices.IndexFunc(facts[:min(len(facts), 3)], func(f *Fact) bool {
			return s.namesPlace(f, r, venue) && (!city || s.namesCity(f, r)) && (len(years) == 0 || givesYear(f, years))
		})
		if i < 0 {
			return Brief{}
		}
		// "Where did South Korea take its complaint?": the fact naming the WTO leads the
		// white lists'.
		facts = append([]*Fact{facts[i]}, slices.Delete(slices.Clone(facts), i, i+1)...)
	}
	if f := s.attendeeFact(r); f != nil {
		// "Who went to Madrid for South Korea?": its leader's fact at the summit says who.
		facts = append([]*Fact{f}, slices.DeleteFunc(slices.Clone(facts), func(g *Fact) bool { return g == f })...)
		facts = facts[:min(len(facts), MaxAnswerFacts)]
	}
	if inRole := asksWhoInRole(words); len(words) > 0 && (asksWho(words[0]) || inRole) && !slices.Contains(words, "or") && !saidByWriters(words, facts[0]) && (asksWhoWithin(words) || !s.namesAnother(facts[0], r, asksWhoLeads(words) || inRole) && !s.namesByRoleOnly(facts[0], r)) {
		// "Who headed the delegation Yoon sent to Tokyo?": a fact naming no one but those
		// asked about does not say who; "who…, Tokyo or Seoul?" asks which of those named.
		// Who within a country is answered by a part of its polity ("South Korea's
		// government and opposition") or one of its people, which then leads: "Who in Tokyo
		// lodged the protest?" is not answered by Yoon.
		i := -1
		if asksWhoWithin(words) {
			i = slices.IndexFunc(facts[:min(len(facts), 2)], func(f *Fact) bool { return s.namesSomeoneOf(f, r) })
		}
		if i < 0 && asksHolder(words) && !s.asksHolderNamed(r) && len(yearsIn(question, nil)) == 0 && !slices.Contains(words[1:], "when") {
			// "Who is the New Zealand leader who spoke on China?": the leader's own fact,
			// ranked below facts on "the leaders", says who. Not the holder at another
			// time ("…when the leaders last met in 2017"), whom it may not be.
			if f := s.leaderFact(r); f != nil {
				facts, i = append([]*Fact{f}, slices.DeleteFunc(slices.Clone(facts), func(g *Fact) bool { return g == f })...), 0
			}
		}
		if i < 0 {
			return Brief{}
		}
		facts = append([]*Fact{facts[i]}, slices.Delete(slices.Clone(facts), i, i+1)...)
	}
	if asksHolder(words) && words[0] == "which" && s.asksHolderNamed(r) && !slices.ContainsFunc(facts[:min(len(facts), 2)], func(f *Fact) bool { return s.namesHolderWith(f, r) }) {
		// "Which Japanese prime minister visited Yasukuni?": the title is read as Kishida,
		// but no fact on the shrine names him; the article names no prime minister there.
		return Brief{}
	}
	if asksHolder(words) && !s.asksHolderNamed(r) && !(words[0] == "which" && namesOfficeAsked(facts[0], words)) {
		if !slices.ContainsFunc(facts[:min(len(facts), 2)], func(f *Fact) bool { return s.namesHolder(f, r) }) {
			// "Who is New Zealand's leader?": facts on "the leaders of the four" do not say,
			// but the leader's own do. "Who was the South Korean police chief who landed on
			// Dokdo?": the article tells of the landing, not who the chief was.
			f := s.leaderFact(r)
			if f == nil {
				return Brief{}
			}
			facts = append([]*Fact{f}, slices.DeleteFunc(facts, func(g *Fact) bool { return g == f })...)
			facts = facts[:min(len(facts), MaxAnswerFacts)]
		}
		// "Who is South Korea's foreign minister?": the fact naming one leads, not Japan's.
		slices.SortStableFunc(facts, func(a, b *Fact) int {
			switch ha, hb := s.namesHolder(a, r), s.namesHolder(b, r); {
			case ha && !hb:
				return -1
			case hb && !ha:
				return 1
			}
			return 0
		})
	}
	if id := s.wantAsked(question, words); id != "" && !slices.ContainsFunc(facts[:min(len(facts), 2)], func(f *Fact) bool { return s.ownPosition(f, id) }) {
		// "What does New Zealand want from Japan?": what the US wants of its allies, New
		// Zealand among them, is not what New Zealand wants. Its own facts are searched
		// apart ("What does Japan want from its cooperation with the US and South Korea?"
		// is answered by Japan's two goals, not by facts naming all three), and without
		// one the article does not say.
		among := slices.DeleteFunc(slices.Clone(s.byEntity[id]), func(d int32) bool { return !s.ownPosition(s.facts[d], id) })
		others := slices.DeleteFunc(slices.Clone(r.actors), func(a string) bool { return a == id || s.ledBy(a) == id })
		f := s.firstAmong(r, among, func(f *Fact) bool {
			return len(others) == 0 || slices.ContainsFunc(others, func(a string) bool { return f.HasEntity(a) || f.HasEntity(s.ledBy(a)) })
		})
		if f == nil {
			return Brief{}
		}
		facts = append([]*Fact{f}, slices.DeleteFunc(facts, func(g *Fact) bool { return g == f })...)
	}
	if id := s.reactionAsked(question, words); id != "" && !slices.ContainsFunc(facts[:min(len(facts), 2)], func(f *Fact) bool { return s.ownPosition(f, id) }) {
		// "How did Pyongyang react to the trilateral?": facts on the trilateral that name
		// North Korea do not say how North Korea reacted.
		return Brief{}
	}
	if asksWhen && asksTakingOffice(words) || asksTenure(words) {
		// "When did Kishida become prime minister?": Yoon's inauguration, which names
		// Kishida, does not say when Kishida took office, nor how long he has held it.
		for _, id := range r.actors {
			if s.entityByID[id].Kind == "person" && !slices.ContainsFunc(facts[:min(len(facts), 2)], func(f *Fact) bool { return s.tellsTakingOffice(f, id) }) {
				return Brief{}
			}
		}
	}
	if about := s.saidAbout(question, words); len(about) > 0 && !slices.ContainsFunc(facts[:min(len(facts), 2)], func(f *Fact) bool { return s.namesAll(f, about) && s.ofSpeaker(f, r.actors, about) }) {
		// "What did Japan's Diplomatic Bluebook say about China?": its claim to Dokdo is not
		// about China. "What did Ardern say about Ukraine?": the four leaders' talk of it is
		// not hers.
		return Brief{}
	}
	if t := s.saidAboutTopic(question, words); t != nil && !slices.ContainsFunc(facts[:min(len(facts), 2)], func(f *Fact) bool { return slices.Contains(f.Topics, t.ID) }) {
		// "What did Biden tell Kishida and Yoon about their history disputes?": what he said
		// at the trilateral is filed under no history topic.
		return Brief{}
	}
	if pair := betweenPair(question, names); pair != nil && !namesEvery(facts[0], pair[:]) &&
		!slices.ContainsFunc(r.actors, func(a string) bool { return a != pair[0] && a != pair[1] }) {
		// "In which fields has defence cooperation between Japan and Australia been
		// pursued?": a fact on US–Japan–Korea cooperation is not on the pair; one on both
		// leads, or none answers. Not when the pair is not all that is asked about: "is
		// Seoul sitting on the fence between the US and China".
		i := slices.IndexFunc(facts[:min(len(facts), 3)], func(f *Fact) bool { return namesEvery(f, pair[:]) })
		if i < 0 {
			return Brief{}
		}
		facts = append([]*Fact{facts[i]}, slices.Delete(slices.Clone(facts), i, i+1)...)
	}
	if who := personStressed(question, names); who != "" && !facts[0].HasEntity(who) {
		// "Did Kishida himself visit Yasukuni?": Japanese officials' visits are not his.
		return Brief{}
	}
	if to := addresseeAsked(question, names); to != "" && !facts[0].HasEntity(to) {
		// "What did Ardern say to Yoon?": what she said of China was said to no one named.
		return Brief{}
	}
	if who := s.speakerAsked(r); who != "" && !slices.ContainsFunc(facts[:min(len(facts), 2)], func(f *Fact) bool { return tellsSpeech(f, who) }) {
		// "What did Hayashi say at Yoon's inauguration?": the article tells that he attended
		// and handed over a letter, never what he said.
		return Brief{}
	}
	if d := s.documentAsked(r); d != "" && !slices.ContainsFunc(facts[:min(len(facts), 2)], func(f *Fact) bool { return f.HasEntity(d) }) {
		// "What does Japan's Diplomatic Bluebook say about relations with China?": what it
		// says is told only of Dokdo.
		return Brief{}
	}
	if asksAgreed(words) && !tellsAgreement(facts[0]) {
		// "What was agreed at the September 2017 trilateral leaders' meeting?": the fact that
		// dates it says nothing of what was agreed. One close below that does, on the meeting
		// asked about, leads ("What did the other three leaders agree with Kishida in the
		// four-country talk?" is not answered by his role in it).
		// Only of a meeting the question names, in no year of its own.
		i := -1
		if len(r.things) > 0 && len(yearsIn(question, nil)) == 0 {
			i = slices.IndexFunc(facts[:min(len(facts), 3)], func(f *Fact) bool {
				return tellsAgreement(f) && !slices.ContainsFunc(r.things, func(id string) bool { return !f.HasEntity(id) })
			})
		}
		if i < 0 {
			return Brief{}
		}
		facts = append([]*Fact{facts[i]}, slices.Delete(slices.Clone(facts), i, i+1)...)
	}
	if asksUndoing(words) && !slices.ContainsFunc(facts[:min(len(facts), 2)], tellsUndoing) {
		// "When did Japan put South Korea back on its white list?": the article tells of the
		// removal, never of an undoing.
		return Brief{}
	}
	if asksHowLong(words) && !givesDuration(facts[0], asksHowLongSince(words)) {
		// "How long did the Biden-Kishida-Yoon trilateral last?": the article dates the
		// meeting but does not say how long it took. Of two facts on the summit, the one on
		// "the two-day summit" says how long it ran; it says nothing of the trilateral's.
		// "How long did the summit last?": the verb is no word of what is asked about, and
		// "the last summit, in 2017" is not the summit asked about.
		terms := slices.DeleteFunc(slices.Clone(r.terms), func(t string) bool { return t == "last" })
		i := slices.IndexFunc(facts[:min(len(facts), 3)], func(f *Fact) bool { return givesLength(f) && saysAll(f, terms) })
		if i < 1 {
			return Brief{}
		}
		facts[0], facts[i] = facts[i], facts[0]
	}
	if asksHowMany(words) && !slices.ContainsFunc(facts, func(f *Fact) bool { return counts(f, timeCounted(words)) }) && !yearsBetweenDated(words, facts) {
		// "How many missiles did Pyongyang launch in 2022?": facts that give no number do
		// not answer how many.
		return Brief{}
	}
	if asksHowOften(words) {
		// "What drills does Japan hold with Australia, and how often?": a fact that tells of
		// drills does not say how often; "on a regular basis" and "very frequently" do.
		i := slices.IndexFunc(facts[:min(len(facts), 3)], tellsFrequency)
		if i < 0 {
			return Brief{}
		}
		facts = append([]*Fact{facts[i]}, slices.Delete(slices.Clone(facts), i, i+1)...)
	}
	if asksDiscussed(words) && !slices.ContainsFunc(facts[:min(len(facts), 2)], tellsDiscussion) {
		// "What did Hayashi and Yoon talk about at the inauguration?": the fact tells that
		// Hayashi attended and handed over a letter, not what they talked about.
		return Brief{}
	}
	if slices.ContainsFunc(words, func(w string) bool { return visitWords[w] }) && s.placeUntold(r, facts[:min(len(facts), 2)]) != "" && !s.putToCheck(question, words) {
		// "Has Yoon ever visited Dokdo?": facts on Yoon that never name the island do not say.
		// A visit guessed in a statement put to be checked is corrected by what happened
		// ("The press conference was cancelled over a Yasukuni visit, right?").
		return Brief{}
	}
	if asksAmount(words) && !slices.ContainsFunc(facts, givesAmount) {
		// "How much did South Korea's chip exports fall?": facts on the export curbs give no
		// figure.
		return Brief{}
	}
	return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
}

// namesPlace reports whether f names a place, or a country or body the question does not ask
// about: where something was, went or was taken ("to the WTO"). Where a meeting was held
// (venue) is a place the fact puts it in or at (heldAt): the countries a fact names are
// those that met.
func (s *Store) namesPlace(f *Fact, r reading, venue bool) bool {
	if venue {
		// Where a meeting was is in its text, whether or not the fact is filed under the
		// place: "At the Madrid trilateral meeting…".
		for id, names := range s.placeNames {
			if !slices.Contains(r.things, id) && heldAt(s.lowerText[f.ordinal], names) {
				return true
			}
		}
		return heldAt(s.lowerText[f.ordinal], s.capitals) // "a court in Seoul"
	}
	return slices.ContainsFunc(f.Entities, func(id string) bool {
		e := s.entityByID[id]
		return e != nil && (e.Kind == "place" || (e.Kind == "country" || e.Kind == "organisation") && !slices.Contains(r.actors, id))
	})
}

// visitWords ask whether someone visited a place.
var visitWords = setOf([]string{"visit", "visited", "visits", "visiting", "toured", "landed"})

// placeUntold is the first place a reading names that none of facts names, by entity or in
// its text; "" when there is none.
func (s *Store) placeUntold(r reading, facts []*Fact) string {
	for _, id := range r.things {
		if s.entityByID[id].Kind != "place" {
			continue
		}
		names := s.placeNames[id]
		if !slices.ContainsFunc(facts, func(f *Fact) bool {
			return f.HasEntity(id) || slices.ContainsFunc(names, func(n string) bool { return strings.Contains(s.lowerText[f.ordinal], n) })
		}) {
			return id
		}
	}
	return ""
}

// cityWords ask for a place within a country.
var cityWords = setOf([]string{"city", "town", "capital", "hotel", "building"})

// namesCity reports whether f names a place (not a country or an organisation) the
// question does not name, perhaps only in its text ("the Madrid summit"), or a capital as
// where something was ("a court in Seoul", not "Seoul protested").
func (s *Store) namesCity(f *Fact, r reading) bool {
	text := s.lowerText[f.ordinal]
	for id, names := range s.placeNames {
		if e := s.entityByID[id]; e != nil && e.Kind == "place" && !slices.Contains(r.things, id) &&
			slices.ContainsFunc(names, func(n string) bool { return strings.Contains(text, n) }) {
			return true
		}
	}
	return heldAt(text, s.capitals)
}

// heldAt reports whether text (in lower case) names a place, by one of names (in lower case),
// as where something was: "held in Madrid", "the Madrid summit", not "the landing on Dokdo"
// that stopped a press conference held elsewhere, nor "before Madrid".
func heldAt(text string, names []string) bool {
	for _, n := range names {
		for from := 0; ; {
			i := strings.Index(text[from:], n)
			if i < 0 {
				break
			}
			i += from
			before, after := text[:i], text[i+len(n):]
			if strings.HasSuffix(before, " in ") || strings.HasSuffix(before, " at ") {
				return true
			}
			if rest, ok := strings.CutPrefix(after, " "); ok && slices.ContainsFunc(meetingWords, func(m string) bool { return strings.HasPrefix(rest, m) }) {
				return true
			}
			from = i + len(n)
		}
	}
	return false
}

// asksWhere reports whether a question's words (normalizeName's) ask where: "where…", "when
// and where…", "in which city…", "at what venue…".
func asksWhere(words []string) bool {
	if len(words) > 0 && words[0] == "where" {
		// "Where does Tokyo stand on the asset seizures?" asks a position, not a place;
		// "Where are the alliances heading?" a direction.
		return !slices.ContainsFunc(words[1:min(len(words), 6)], func(w string) bool { return w == "stand" || w == "stands" || w == "stood" }) &&
			!slices.ContainsFunc(words[1:], func(w string) bool { return directionWords[w] })
	}
	if len(words) > 2 && words[0] == "when" {
		// "When and where…", "When precisely, and in which city…".
		rest := words[1:]
		if rest[0] == "exactly" || rest[0] == "precisely" {
			rest = rest[1:]
		}
		if len(rest) > 1 && rest[0] == "and" && (rest[1] == "where" || asksWhere(rest[1:])) {
			return true
		}
	}
	if len(words) > 0 && (words[0] == "in" || words[0] == "at") {
		words = words[1:]
	}
	return len(words) > 1 && (words[0] == "which" || words[0] == "what") && placeWords[words[1]]
}

// directionWords ask, after "where", which way something goes rather than where it is.
var directionWords = setOf([]string{"head", "heads", "heading", "headed", "lead", "leads", "leading"})

// withoutHostedDescribed is a question asking where, or in which country, something was
// held without the clause that describes what was held: "Which country hosted the NATO
// summit that Japan and Korea attended?" asks where the summit was, and the clause's words
// match the facts on who attended instead. Other questions are returned as they are.
func withoutHostedDescribed(question string) string {
	if indexFold(question, " that ") < 0 && indexFold(question, " which ") < 0 {
		return question // most questions, read without copying them
	}
	words := strings.Fields(normalizeName(question))
	if len(words) < 5 || !(asksWhere(words) || (words[0] == "which" || words[0] == "what") && (words[1] == "country" || words[1] == "nation")) {
		return question // most questions
	}
	lower := strings.ToLower(question)
	i := strings.Index(lower, " that ")
	if j := strings.Index(lower, " which "); j > 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 || !slices.ContainsFunc(strings.Fields(lower[:i]), func(w string) bool { return venueWords[w] }) {
		return question
	}
	if strings.HasSuffix(lower[:i], " and") || strings.HasSuffix(lower[:i], " or") || strings.HasSuffix(lower[:i], ",") {
		return question // "…summit and which partners were invited?" asks a second question
	}
	return question[:i] + "?"
}

// placeWords name a kind of place a question may ask for: "in which city…".
var placeWords = setOf([]string{"city", "town", "capital", "venue", "place", "location", "hotel", "building", "sea", "ocean"})

// venueWords ask where something was held.
var venueWords = setOf([]string{"held", "hold", "hosted", "host", "venue", "happen", "happened", "place", "meet", "met", "meeting"})

// namesAnother reports whether f names an actor the question does not ask about (a person,
// when person is set): not one it names, nor a country a person it names leads, nor one it
// calls by a word of its name ("the delegation Yoon sent").
func (s *Store) namesAnother(f *Fact, r reading, person bool) bool {
	asked := func(e *Entity) bool {
		if slices.Contains(r.actors, e.ID) || slices.ContainsFunc(r.actors, func(a string) bool { return s.entityByID[a].Leads == e.ID }) {
			return true
		}
		name := strings.Fields(e.Name)
		return len(name) > 0 && slices.Contains(r.terms, s.index.stem(strings.ToLower(name[len(name)-1])))
	}
	return slices.ContainsFunc(f.Entities, func(id string) bool {
		e := s.entityByID[id]
		return e != nil && actorKinds[e.Kind] && (!person || e.Kind == "person") && !asked(e)
	})
}

// leadVerbs say who leads something: a person does ("Who will lead the consultation body?"),
// not the government or country that set it up.
var leadVerbs = []string{"lead", "leads", "led", "head", "heads", "headed", "charge"}

// asksWhoLeads reports whether a question's words (normalizeName's) ask who leads something.
func asksWhoLeads(words []string) bool {
	if len(words) < 2 || !asksWho(words[0]) {
		return false
	}
	next := words[1:min(len(words), 4)] // "who leads", "who will lead", "who is in charge"
	return slices.ContainsFunc(next, func(w string) bool { return slices.Contains(leadVerbs, w) })
}

// asksWhoInRole reports whether a question's words (normalizeName's) ask who holds a role
// only a person holds: "Who was the judge who ruled…", "What is the name of the judge…" are
// not answered by the court.
func asksWhoInRole(words []string) bool {
	if len(words) > 5 && words[0] == "what" && words[2] == "the" && (words[3] == "name" || words[3] == "names") && words[4] == "of" {
		words = slices.Concat([]string{"who", words[1]}, words[5:]) // "what is the name of the judge": "who is the judge"
	}
	if len(words) < 3 || !asksWho(words[0]) {
		return false
	}
	switch words[1] {
	case "is", "was", "were", "are":
	default:
		return false
	}
	for _, w := range words[2:] {
		if personRoles[w] {
			return true
		}
		if w == "who" || w == "that" {
			return false // "Who was the court that…": the role is in the clause
		}
	}
	return false
}

// personRoles are roles only a person holds.
var personRoles = setOf([]string{"judge", "judges", "official", "officials", "spokesperson", "spokesman", "spokeswoman",
	"ambassador", "ambassadors", "envoy", "envoys", "analyst", "analysts", "expert", "experts", "scholar", "scholars",
	"commissioner", "diplomat", "diplomats", "negotiator", "negotiators", "victim", "victims", "plaintiff", "plaintiffs"})

// namesByRoleOnly reports whether f names a person the question asks about only by their role
// ("Who's the New Zealand prime minister who spoke on China?"): the fact gives the name the
// question asks for.
func (s *Store) namesByRoleOnly(f *Fact, r reading) bool {
	return slices.ContainsFunc(f.Entities, func(id string) bool {
		e := s.entityByID[id]
		if e == nil || e.Kind != "person" || !slices.Contains(r.actors, id) {
			return false
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if w := strings.Fields(n); len(w) == 1 || n == e.Name {
				for _, x := range w {
					if slices.Contains(r.terms, s.index.stem(strings.ToLower(x))) {
						return false
					}
				}
			}
		}
		return true
	})
}

// asksHowOften reports whether a question's words (normalizeName's) ask how often.
func asksHowOften(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "how" && (words[i+1] == "often" || words[i+1] == "frequently" || words[i+1] == "regularly") {
			return true
		}
	}
	return false
}

// frequencyWords say how often something happens.
var frequencyWords = []string{"regular", "regularly", "frequent", "frequently", "often", "annual", "annually", "every", "routinely"}

// tellsFrequency reports whether f's text says how often something happens.
func tellsFrequency(f *Fact) bool {
	words := strings.FieldsFunc(strings.ToLower(f.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(frequencyWords, w) })
}

// countedNoun is the noun a premise counts, singular, lower case: "materials" of "Japan
// restricted several semiconductor raw materials to Korea" is "material"; "" when it
// counts nothing.
func countedNoun(premise string) string {
	words := strings.Fields(strings.ToLower(strings.Trim(premise, "?!. ")))
	for i, w := range words {
		if !isDigits(w) && !slices.Contains(numberWords, w) && !vagueCounts[w] {
			continue
		}
		noun := ""
		for _, n := range words[i+1 : min(len(words), i+5)] {
			n = strings.Trim(n, ",;:'\"")
			if leadingPrepositions[n] || whetherWords[n] || n == "right" {
				break // "28 members at the summit": the noun ends before its preposition
			}
			noun = n
		}
		return strings.TrimSuffix(noun, "s")
	}
	return ""
}

// countNouns ask for a count after a premise that guesses one: "What's the exact number?"
var countNouns = setOf([]string{"number", "figure", "count", "tally", "total"})

// asksHowMany reports whether a question's words (normalizeName's) ask "how many", or open
// with the number of something.
func asksHowMany(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "how" && words[i+1] == "many" {
			return true
		}
	}
	// "Number of plaintiffs in the 2013 mediation?": a terse question opening with the count.
	return len(words) > 2 && (words[0] == "number" || words[0] == "total" && words[1] == "number") && slices.Contains(words[:3], "of")
}

// reactionVerbs say how an actor reacted or what it said.
var reactionVerbs = []string{"react", "reacted", "respond", "responded", "response", "reply", "replied", "say", "said", "comment", "commented", "make", "reaction"}

// verbsBeforeActor are the reaction verbs a question may put before the actor: "how reacted
// Pyongyang…".
var verbsBeforeActor = []string{"react", "reacted", "respond", "responded", "reply", "replied"}

// reactionNouns follow an actor's possessive in a question asking its reaction: "What was
// Beijing's official response to…".
var reactionNouns = []string{"response", "reaction", "reply"}

// wantAsked is the actor a question asks what they want, hope or think ("What does New
// Zealand want from Japan?", "What does Japan hope to gain…", "What does Ardern think of the
// US?"): the one named right after "what does", when "want", "hope" or "think" follows; ""
// otherwise.
func (s *Store) wantAsked(question string, qwords []string) string {
	if len(qwords) < 4 || qwords[0] != "what" || !slices.Contains(qwords, "want") && !slices.Contains(qwords, "think") && !slices.Contains(qwords, "hope") {
		return "" // most questions: no need to read names
	}
	var rest string
	// "what korea want from nato meeting": the auxiliary dropped, as some type.
	for _, o := range []string{"what does ", "what do ", "what did ", "what "} {
		if len(question) > len(o) && strings.EqualFold(question[:len(o)], o) {
			rest = question[len(o):]
			break
		}
	}
	var spanBuf [16][2]int
	words := nameWords(rest, spanBuf[:0])
	if len(words) < 2 {
		return ""
	}
	e, n := s.nameAt(rest, words, 0)
	if e == nil || !actorKinds[e.Kind] || n >= len(words) {
		return ""
	}
	if verb := rest[words[n][0]:words[n][1]]; !strings.EqualFold(verb, "want") && !strings.EqualFold(verb, "think") && !strings.EqualFold(verb, "hope") {
		return ""
	}
	return e.ID
}

// reactionAsked is the actor a question asks the reaction or words of, named right after its
// opening ("How did Pyongyang react to…", "How Beijing reacted…", "What did Beijing officially
// say about…", "What Pyongyang said after…"); "" for any other question. A possessive ("What
// did Korea's former foreign minister say…") asks about someone else. qwords are the
// question's words as normalizeName leaves them.
func (s *Store) reactionAsked(question string, qwords []string) string {
	if !slices.ContainsFunc(qwords, func(w string) bool { return slices.Contains(reactionVerbs, w) }) {
		return "" // most questions: no need to read names
	}
	lower := strings.ToLower(question)
	var rest string
	ofNoun := false // "What was Beijing's response": the reaction is a noun after the actor's possessive
	for _, o := range []string{"how did ", "what did ", "how has ", "how have ", "what has ", "what does ", "what do ", "what was ", "what is ", "what's ", "how was ", "how ", "what "} {
		if strings.HasPrefix(lower, o) {
			rest, ofNoun = question[len(o):], o[len(o)-4:] == "was " || o[len(o)-3:] == "is " || o == "what's "
			break
		}
	}
	opened := rest != ""
	if !opened {
		// A query that opens with the actor and the noun, possessive or not: "pyongyang
		// reaction to the meeting", "Beijing's response to Madrid".
		rest, ofNoun = question, true
	}
	var spanBuf [16][2]int
	words := nameWords(rest, spanBuf[:0])
	if len(words) < 2 {
		return ""
	}
	if opened && !ofNoun && len(words) > 2 && slices.Contains(verbsBeforeActor, strings.ToLower(rest[words[0][0]:words[0][1]])) {
		// "how reacted Pyongyang to the trilateral?": the verb before the actor, as Russian
		// and Greek questions read word by word come out.
		if e, n := s.nameAt(rest, words, 1); e != nil && actorKinds[e.Kind] && !possessiveAt(rest, words[n]) {
			return e.ID
		}
		return ""
	}
	e, n := s.nameAt(rest, words, 0)
	if e == nil || !actorKinds[e.Kind] || n >= len(words) {
		return ""
	}
	from := n // where the verb may be
	itself := opened && !ofNoun && possessiveAt(rest, words[n-1]) && n+1 < len(words) && countryItself[strings.ToLower(rest[words[n][0]:words[n][1]])]
	if itself {
		// "What did China's government say about the NATO meeting?": its government is the
		// country itself, which reacts as "What did China say…" asks.
		from = n + 1
	}
	if opened && !ofNoun && !itself && possessiveAt(rest, words[n-1]) {
		// "How did Pyongyang's official news agency react…": the actor's own organ reacts;
		// "what did Korea's former foreign minister say" asks what one person said.
		for _, w := range words[n:min(len(words), n+4)] {
			if slices.Contains([]string{"react", "reacted", "respond", "responded", "reply", "replied"}, strings.ToLower(rest[w[0]:w[1]])) {
				return e.ID
			}
		}
		return ""
	}
	if opened && !itself && possessiveAt(rest, words[n-1]) != ofNoun {
		return ""
	}
	if ofNoun {
		// The noun, perhaps after a word saying which ("official", "first").
		for _, w := range words[n:min(len(words), n+2)] {
			if slices.Contains(reactionNouns, strings.ToLower(rest[w[0]:w[1]])) {
				return e.ID
			}
		}
		return ""
	}
	for _, w := range words[from:] {
		verb := strings.ToLower(rest[w[0]:w[1]])
		if slices.Contains(reactionVerbs, verb) {
			return e.ID
		}
		if !strings.HasSuffix(verb, "ly") && verb != "do" && verb != "in" { // "officially respond", "do in response"
			break
		}
	}
	// "how Beijing Madrid summit officially reaction?": read in a language that puts the verb
	// last, the question ends on the reaction asked of the actor that opens it, with no other
	// actor between.
	last := words[len(words)-1]
	if opened && len(words)-from <= 5 && slices.Contains(reactionNouns, strings.ToLower(rest[last[0]:last[1]])) &&
		len(s.namedActors(rest[words[from][0]:])) == 0 {
		return e.ID
	}
	return ""
}

// withoutReactionWords is question without the words that ask how its actor reacted
// ("reaction", "respond"), which name no deed of the actor's; false when it has none.
func withoutReactionWords(question string) (string, bool) {
	words := strings.Fields(question)
	kept := words[:0:0]
	for _, w := range words {
		trimmed := strings.TrimRight(w, "?!.,;:")
		if core := strings.ToLower(trimmed); slices.Contains(reactionNouns, core) || slices.Contains(verbsBeforeActor, core) {
			if tail := w[len(trimmed):]; tail != "" && len(kept) > 0 {
				kept[len(kept)-1] += tail
			}
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) == len(words) {
		return question, false
	}
	return strings.Join(kept, " "), true
}

// countryItself are the words that, after a country's possessive, name the country itself:
// "China's government".
var countryItself = setOf([]string{"government", "govt", "authorities", "leadership"})

// asksHowLong reports whether a question's words (normalizeName's) open by asking "how long".
func asksHowLong(words []string) bool {
	return len(words) > 1 && words[0] == "how" && words[1] == "long"
}

// asksHour reports whether a question's words (normalizeName's) ask the time of day: "at
// what hour", "what time of day", "at what o'clock".
func asksHour(words []string) bool {
	for i := 1; i < len(words); i++ {
		if (words[i] == "hour" && (words[i-1] == "what" || words[i-1] == "which")) || words[i] == "o'clock" ||
			(words[i] == "time" && (words[i-1] == "what" || words[i-1] == "which") && i+2 < len(words) && words[i+1] == "of" && words[i+2] == "day") {
			return true
		}
	}
	return false
}

// givesHour reports whether a fact gives a time of day.
func givesHour(f *Fact) bool {
	return strings.Contains(f.Text, "o'clock") || strings.Contains(f.Text, " a.m.") || strings.Contains(f.Text, " p.m.")
}

// timeUnits are the units a duration is given in.
var timeUnits = []string{"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}

// asksHowLongSince reports whether a "how long" question asks how long ago ("how long had it
// been since…"), which a date answers, rather than how long something lasted.
func asksHowLongSince(words []string) bool {
	return slices.Contains(words, "since") || slices.Contains(words, "been") || slices.Contains(words, "ago")
}

// givesDuration reports whether a fact gives how long something took or has gone on: a
// number of time units ("the two-day summit", "shut for more than two years") or a decade;
// with dates set, also a date to count from ("since 2017", "in September 2017", "in 2013").
func givesDuration(f *Fact, dates bool) bool {
	words := strings.FieldsFunc(strings.ToLower(f.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		switch {
		case w == "decade" || w == "decades":
			return true
		case i+1 == len(words):
		case (slices.Contains(numberWords, w) || isDigits(w) || vagueCounts[w]) && slices.Contains(timeUnits, words[i+1]):
			return true // "for more than two years", "put off for several years"
		case dates && (w == "since" || w == "in" || slices.Contains(months, w)) && isDigits(words[i+1]) && len(words[i+1]) == 4:
			// Since a date, or a year a reader counts from ("in September 2017", "in 2013").
			return true
		}
	}
	return false
}

// asksAgreed reports whether a question's words (normalizeName's) ask what was agreed:
// "what was agreed at…", "what did Biden and Yoon agree on".
func asksAgreed(words []string) bool {
	return len(words) > 0 && words[0] == "what" && slices.ContainsFunc(words, func(w string) bool { return w == "agreed" || w == "agree" })
}

// agreementStems are what a fact says when it tells of an agreement or a pledge.
var agreementStems = []string{"agree", "consensus", "pledge", "commit", "promis", "endorse", "signed", "would ", "hope"}

// tellsAgreement reports whether f tells of something agreed, pledged or committed to.
func tellsAgreement(f *Fact) bool {
	text := strings.ToLower(f.Text)
	return slices.ContainsFunc(agreementStems, func(st string) bool { return strings.Contains(text, st) })
}

// givesLength reports whether f gives how long an event ran, as a number of days, weeks or
// hours joined to it ("the two-day NATO summit").
func givesLength(f *Fact) bool {
	return slices.ContainsFunc([]string{"-day ", "-week ", "-hour "}, func(u string) bool { return strings.Contains(f.Text, u) })
}

// saysAll reports whether f's text holds every one of a question's terms (stems).
func saysAll(f *Fact, terms []string) bool {
	text := strings.ToLower(f.Text)
	return !slices.ContainsFunc(terms, func(t string) bool { return !strings.Contains(text, t) })
}

// vagueCounts count time units without a number: "put off for several years" says how long,
// as closely as the article does.
var vagueCounts = setOf([]string{"several", "many", "few"})

// numberWords are the numbers the facts write out.
var numberWords = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen"}

// timeCounted is the unit of time a "how many" question counts ("how many days"), by the
// word after "how many", in the singular; "" when it counts no time.
func timeCounted(words []string) string {
	i := slices.Index(words, "many")
	if i < 0 || i+1 >= len(words) || !slices.Contains(timeUnits, words[i+1]) {
		return ""
	}
	return strings.TrimSuffix(words[i+1], "s")
}

// yearsBetweenDated reports whether a question asks how many years passed between two
// things and the first two facts found date two different years: "How many years passed
// between the mediation case and the Seoul ruling?" is answered by 2013 and 2021.
func yearsBetweenDated(words []string, facts []*Fact) bool {
	return timeCounted(words) == "year" && slices.Contains(words, "between") && len(facts) >= 2 &&
		facts[0].Dated() && facts[1].Dated() && facts[0].when.Year() != facts[1].when.Year()
}

// counts reports whether a fact gives a number: a number written out, or in digits that are
// not a date ("June 29, 2022" counts nothing); a number of a unit of time only when unit is
// it ("shut for more than two years" does not say how many flights run, nor how many
// minutes the leaders met), and then only that ("the four leaders" neither).
func counts(f *Fact, unit string) bool {
	words := strings.FieldsFunc(strings.ToLower(f.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		number := slices.Contains(numberWords, w) || isDigits(w)
		of := ""
		if i+1 < len(words) && slices.Contains(timeUnits, words[i+1]) {
			of = strings.TrimSuffix(words[i+1], "s")
		}
		switch {
		case !number:
		case len(w) == 4 && isDigits(w) && (w[0] == '1' || w[0] == '2'): // a year
		case isDigits(w) && i > 0 && slices.Contains(months, words[i-1]): // a day
		case of != unit:
		default:
			return true
		}
	}
	return false
}

// months are the names of the months, in lower case.
var months = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// dateOpeners open a question that asks for a date.
var dateOpeners = append([]string{"when ", "when, ", "when'd ", "when’d ", "when's ", "when’s "}, calendarOpeners...) // "When, following the understanding, did…"

// asksForDate reports whether a question asks for a date by how it opens: "When it comes to
// North Korea, what…" does not.
func asksForDate(question string) bool {
	return opensWith(question, dateOpeners) && !opensWith(question, []string{"when it comes to "}) && !opensWithWhenClause(question) ||
		asksDatesListed(question) || asksDateTersely(question) || endsAskingDay(question) || endsAskingDate(question)
}

// endsAskingDate reports whether a statement put as a question ends asking when: "Yasukuni
// Shrine was built in which year?".
func endsAskingDate(question string) bool {
	q := strings.TrimRight(question, "?!. ")
	return slices.ContainsFunc(dateTails, func(t string) bool { return len(q) > len(t) && strings.EqualFold(q[len(q)-len(t):], t) })
}

// dateTails end a question asking when.
var dateTails = []string{" in which year", " in what year", " which year", " what year", " in which month", " in what month",
	" on which date", " on what date", " on which day", " on what day", " what date", " which date", " when exactly", " exactly when"}

// withoutLastingVerb is a question whose second part asks how long something lasted
// without the verb "last" that closes it, which asks for a length of time, not the "last" of
// "when had they last met": "On what date did the summit open, and how long did the whole
// thing last?". A question that opens asking how long is ranked by what gives a length of
// time (givesDuration) and keeps its words. False for any other.
func withoutLastingVerb(question string) (string, bool) {
	q := strings.TrimRight(question, "?!. ")
	before, ok := cutSuffixFold(q, " last")
	if !ok {
		before, ok = cutSuffixFold(q, " lasted")
	}
	if !ok || indexFold(before, ", and how long ") < 0 && indexFold(before, " and how long ") < 0 {
		return question, false // most questions
	}
	return before, true
}

// asksDateTersely reports whether a question typed as a search ends asking when: "comfort
// women deal year", "dokdo protest when". One that opens as a question does not ("what did
// Japan do that year"), nor a time it names ("japan korea last year").
func asksDateTersely(question string) bool {
	q := strings.TrimRight(question, "?!. ")
	cut := strings.LastIndexFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	if cut < 0 {
		return false // one word
	}
	last, rest := q[cut+1:], strings.TrimRight(q[:cut], " -–—:,")
	if terseDeeds[strings.ToLower(last)] {
		// "comfort women agreement year signed": the date word may come before the deed.
		if i := strings.LastIndexByte(rest, ' '); i > 0 {
			last, rest = rest[i+1:], strings.TrimRight(rest[:i], " -–—:,")
		}
	}
	if !slices.ContainsFunc([]string{"year", "date", "when", "month"}, func(w string) bool { return strings.EqualFold(w, last) }) {
		return false // most questions: no need to read further
	}
	before := rest[strings.LastIndexByte(rest, ' ')+1:]
	first, _, _ := strings.Cut(strings.TrimLeft(q, " "), " ")
	isAny := func(w string, ws []string) bool {
		return slices.ContainsFunc(ws, func(x string) bool { return strings.EqualFold(x, w) })
	}
	return !isAny(first, questionWords) && !isAny(first, auxiliaries) && !strings.EqualFold(first, "who") &&
		!isAny(before, []string{"last", "this", "next", "that", "each", "every", "per", "a", "the", "same", "one", "new"})
}

// terseDeeds may follow the date word of a question typed as a search: "…year signed".
var terseDeeds = setOf([]string{"signed", "held", "made", "reached", "concluded", "agreed", "issued", "founded", "started", "began", "announced", "imposed"})

// opensWithWhenClause reports whether a question opens with a clause of when, then asks
// something else: "When the four met, what did they discuss?" asks what.
func opensWithWhenClause(question string) bool {
	if !strings.HasPrefix(strings.ToLower(question), "when ") {
		return false
	}
	for rest := question; ; {
		i := strings.IndexAny(rest, ",?.")
		if i < 0 || rest[i] != ',' {
			return false
		}
		rest = rest[i+1:]
		first, _, _ := strings.Cut(strings.ToLower(strings.TrimLeft(rest, " ")), " ")
		if slices.Contains(clauseQuestionWords, first) {
			return true
		}
	}
}

// clauseQuestionWords open the question that follows a clause.
var clauseQuestionWords = []string{"what", "what's", "whats", "how", "why", "which", "who", "where", "did", "does", "do", "was", "were", "is", "are", "had", "has", "have"}

// datesAnotherActorsDeed reports whether first, the dated fact leading an answer to when,
// tells what another actor the question names did, while a hit that answers as well tells,
// undated, what the question's subject did: the answer would date the wrong deed. Only a
// question that opens asking when ("when did…") asks for a deed's date; "When progressive
// governments ran Seoul, how did they…" asks how.
func (s *Store) datesAnotherActorsDeed(question string, words, actors []string, first *Fact, hits []Hit) bool {
	if len(actors) < 2 || len(words) < 2 || words[0] != "when" || !slices.Contains(auxiliaries, words[1]) && words[1] != "were" && words[1] != "had" {
		return false
	}
	subject := s.mainClauseFirst(question, actors)[0]
	if by := s.subject[first.ordinal]; by == subject || !slices.Contains(actors, by) {
		return false
	}
	i := slices.IndexFunc(hits, func(h Hit) bool { return h.Fact == first })
	if i < 0 {
		return false
	}
	return slices.ContainsFunc(hits, func(h Hit) bool {
		return h.Fact != first && s.subject[h.Fact.ordinal] == subject && h.Coverage >= hits[i].Coverage && !dated(h.Fact)
	})
}

// takingEffect are the words of asking when something took effect, not when it was decided.
var takingEffect = []string{" take effect", " took effect", " taken effect", " come into force", " came into force",
	" come into effect", " came into effect", " enter into force", " entered into force", " go into effect", " went into effect",
	" kick in", " kicked in"}

// asksTakingEffect reports whether a question asks when something took effect.
func asksTakingEffect(question string) bool {
	lower := strings.ToLower(question)
	return slices.ContainsFunc(takingEffect, func(m string) bool { return strings.Contains(lower, m) })
}

// makingWords ask when something was made, each with the stems of the words a fact telling
// that act uses.
var makingWords = map[string][]string{
	"sign": {"sign"}, "signed": {"sign"}, "conclude": {"sign", "conclud"}, "concluded": {"sign", "conclud"},
	"establish": {"establish", "set up", "found"}, "established": {"establish", "set up", "found"},
	"founded": {"establish", "found"}, "create": {"creat", "establish", "set up"},
	"created": {"creat", "establish", "set up"},
}

// madeAsked is the stems a fact must use to tell the making a question's words (normalizeName's)
// ask about; nil when it asks of none.
func madeAsked(words []string) []string {
	for _, w := range words {
		if st, ok := makingWords[w]; ok {
			return st
		}
	}
	return nil
}

// tellsMaking reports whether f's text tells of the making told by stems (madeAsked); true
// when there are none.
func tellsMaking(f *Fact, stems []string) bool {
	if stems == nil {
		return true
	}
	text := strings.ToLower(f.Text)
	return slices.ContainsFunc(stems, func(st string) bool { return strings.Contains(text, st) })
}

// asksActually reports whether a question's words ask what actually happened.
func asksActually(words []string) bool { return slices.Contains(words, "actually") }

// proposalMarks are what a fact says when it tells of something proposed, planned or hoped
// for, not done.
var proposalMarks = []string{" proposed ", " proposal", " plans to ", " plan to ", " planned ", " hope of ", " hoped ", " hopes to "}

// asksHowTurnedOut reports whether a question's words (normalizeName's) ask how something
// went: "how did the survey turn out", "how did it end up".
func asksHowTurnedOut(words []string) bool {
	if len(words) == 0 || words[0] != "how" {
		return false
	}
	for i, w := range words[:len(words)-1] {
		if (w == "turn" || w == "turned" || w == "end" || w == "ended") && (words[i+1] == "out" || words[i+1] == "up") {
			return true
		}
	}
	return false
}

// asksHowEnded reports whether a question's words (normalizeName's) ask how something
// ended: "how did the dispute end".
// "In the end" closes a question as "ultimately" does: "How did the author weigh it in the
// end?" asks no ending.
func asksHowEnded(words []string) bool {
	last := len(words) - 1
	return last > 1 && words[0] == "how" && (words[last] == "end" || words[last] == "ended") && !(words[last] == "end" && words[last-1] == "the" && words[last-2] == "in")
}

// tellsProposal reports whether f tells of something proposed, planned or hoped for.
func tellsProposal(f *Fact) bool {
	text := strings.ToLower(f.Text)
	return slices.ContainsFunc(proposalMarks, func(m string) bool { return strings.Contains(text, m) })
}

// datesListed end a request for a list that asks each item's date: "List the agreements they
// signed, with their dates."
var datesListed = []string{" with their dates", " with the dates", " with dates", " and their dates", " with their years", " with the years"}

// asksDatesListed reports whether a question ends asking the dates of what it lists.
func asksDatesListed(question string) bool {
	q := strings.TrimRight(strings.TrimSpace(question), "?!.")
	return slices.ContainsFunc(datesListed, func(d string) bool { return len(q) >= len(d) && strings.EqualFold(q[len(q)-len(d):], d) })
}

// timeWords tell when in words: "especially when the progressives were in power", "before
// the Madrid meeting", "over the past decade".
var timeWords = []string{" when ", " before ", " after ", " since ", " during ", " until ", " decade", " years", " months"}

// dated reports whether a fact gives a time: its date, a year in its text, or words of time
// (read when the store is built).
func dated(f *Fact) bool { return f.timed }

// calendarOpeners open a question that asks for a day, month or year, which words of time
// ("shut for more than two years") do not give.
var calendarOpeners = slices.Concat(dayOpeners, []string{"in which year ", "which year ", "which year's ", "what year's ", "in which year's ", "in what year's ",
	"in what year ", "what year ", "in what month ", "what month ", "in which month ", "which month ",
	"in what years ", "in which years ", "what years ", "which years ",
	"when exactly ", "when precisely ", "exactly when ", "precisely when ",
	"year of ", "the year of ", "month of ", "the month of ", "the year in which ", "the month in which ", "year ", "date "})

// dayOpeners open a question that asks for a day, which a month ("in June 2022") does not give.
var dayOpeners = []string{"on what date ", "on what dates ", "on exactly what date ", "on what exact date ", "on which date ",
	"what date ", "what dates ", "which date ", "which dates ", "what exact date ", "on what day ", "what day ", "on what exact day ", "what exact day ",
	"on which day ", "on which exact day ", "which day ", "which exact day ", "in which day ", "in which exact day ", "in what day ",
	"what was the exact date ", "what is the exact date ", "what's the exact date ", "what was the date ",
	"what is the date ", "what's the date ", "date of ", "the date of ", "dates of ", "the dates of ", "exact date ", "the exact date ",
	"exact day of ", "the exact day of ", "start date of ", "the start date of ", "from what date ", "from which date ", "from what day ", "from which day ",
	"on what precise date ", "what precise date ", "what was the precise date ", "what is the precise date ", "precise date ", "the precise date ",
	"on which precise day ", "which precise day ", "on which exact date ", "which exact date ", "on which precise date ", "which precise date ",
	"on exactly which day ", "on exactly which date ", "on exactly what day ", "on precisely which day ", "on precisely what date ",
	"exact date, please", "exact day, please", "date exactly ", "the date exactly ", "the exact date, please", "precise date, please",
	"what was the exact calendar date ", "what was the calendar date ", "what is the calendar date ", "calendar date of ",
	"the calendar date of ", "on what calendar date ", "what calendar date ", "on what exact calendar date ",
	"what exact calendar date ", "on which calendar date ", "which calendar date ", "the date on which ", "date on which "}

// asksForDay reports whether a question asks for a day by how it opens, or by how a
// statement put as a question ends: "Yoon's inauguration was exactly which date of May?",
// "the joint exercise, exact date it will start?".
func asksForDay(question string) bool {
	return opensWith(question, dayOpeners) || endsAskingDay(question)
}

// endsAskingDay reports whether a question asks for a day after what it asks it of.
func endsAskingDay(question string) bool {
	if indexFold(question, "da") < 0 {
		return false // most questions: every tail asks for a "date" or "day"
	}
	return slices.ContainsFunc(dayTails, func(t string) bool { return indexFold(question, t) >= 0 }) // or before it: "Exact day in May of…?"
}

// endsAsking reports whether a question in the order of a statement asks with one of its
// last three words: "weakest link among the four countries is which pair?", "Biden called
// the meeting what?" ask, they put nothing to be checked. One that adds to a guess ("…and
// what else?", "…as members or as what?") puts the guess to be checked.
func endsAsking(question string) bool {
	words := strings.Fields(strings.ToLower(question))
	for i := max(0, len(words)-3); i < len(words); i++ {
		if tailAskers[words[i]] && !(i+1 < len(words) && words[i+1] == "else") && !slices.Contains(words[max(0, i-2):i], "or") && !(i > 0 && words[i-1] == "and") {
			return true
		}
	}
	return false
}

// tailAskers ask from the end of a question put in the order of a statement.
var tailAskers = setOf([]string{"which", "what", "who", "whom", "where", "how"})

// dayTails ask for a day after what they ask it of.
var dayTails = []string{"exactly which date", "exactly what date", "which date exactly", "what date exactly", "which day exactly", "what day exactly", "precisely which date", "precisely what date",
	"which date of ", "what date of ", "which day of ", "what day of ", ", what date", ", which date", " what date in ", " which date in ", ", on what date", ", on which date", " was which date", " is which date", " on which date?", " on what date?",
	"exactly which day", "exactly what day", " was which day", " is which day", "exact day", "precise day", "exact date", "precise date"}

// opensWith reports whether the question, or the second part of a two-part one ("At which
// meeting and on what date…"), or what it asks after sentences of context ("I'm following
// Yoon's presidency. On what date was he sworn in?") or a clause setting its time ("Before
// Madrid, when…"), opens with one of the openers.
func opensWith(question string, openers []string) bool {
	q := strings.TrimRight(strings.TrimSpace(question), "?!.") + " " // "…, and in what years?"
	opens := func(q string) bool {
		if before, after, ok := strings.Cut(q, ","); ok && strings.Count(before, " ") >= 2 {
			q = before + after // "On what date, for the record, did…"; not "When, and what…"
		}
		for _, h := range []string{"precisely ", "exactly ", "state ", "identify ", "specify "} {
			if rest, ok := cutPrefixFold(q, h); ok {
				q = rest // "Precisely on which day in May…", "Identify the date on which…"
			}
		}
		return slices.ContainsFunc(openers, func(o string) bool { return len(q) >= len(o) && strings.EqualFold(q[:len(o)], o) })
	}
	last := lastSentence(q)
	if opens(q) || last != q && opens(last) {
		return true
	}
	if before, after, ok := strings.Cut(q, ", "); ok && strings.Count(before, " ") < 3 && opens(after) {
		return true // "For completeness, what was the precise date…"
	}
	if slices.ContainsFunc(timeClauses, func(c string) bool { return len(last) >= len(c) && strings.EqualFold(last[:len(c)], c) }) {
		// "Before Madrid, when had the three leaders last met?", the clause perhaps listing
		// names ("Before the meeting of Biden, Kishida and Yoon, when…").
		for rest := last; ; {
			i := strings.Index(rest, ", ")
			if i < 0 {
				break
			}
			if rest = rest[i+len(", "):]; opens(rest) {
				return true
			}
		}
	}
	for rest := q; ; {
		i := strings.Index(rest, " and ")
		if i < 0 {
			return false
		}
		rest = rest[i+len(" and "):]
		if opens(rest) {
			return true
		}
	}
}

// timeClauses open a clause that sets the time of what a question then asks.
var timeClauses = []string{"before ", "after ", "since ", "during "}

// lastSentence is what follows the last sentence break in q, or q when it has none.
func lastSentence(q string) string {
	for _, b := range sentenceBreaks {
		if i := strings.LastIndex(q, b); i >= 0 {
			q = q[i+len(b):]
		}
	}
	return q
}

// dayOf reports whether f gives the day of what month, dated only to its month, tells: the
// same month, and a topic in common.
func dayOf(f, month *Fact) bool {
	return len(month.Date) == len("2006-01") && strings.HasPrefix(f.Date, month.Date+"-") && sharesTopic(f, month)
}

// datedOnlyTo is the empty answer to a question asking a day the article does not give for
// f, its lead saying what the article does give: "The article dates this only to May 2022."
func datedOnlyTo(f *Fact) Brief {
	switch len(f.Date) {
	case len("2006-01"):
		return Brief{Lead: "The article dates this only to " + f.When().Format("January 2006") + "; it gives no day."}
	case len("2006"):
		return Brief{Lead: "The article dates this only to " + f.Date + "; it gives no day."}
	}
	return Brief{}
}

// hasDay reports whether a fact gives a day: its own date to the day, or a month's name
// followed by a number in its text ("on June 29, 2022").
func hasDay(f *Fact) bool {
	if len(f.Date) == len("2006-01-02") {
		return true
	}
	words := strings.FieldsFunc(strings.ToLower(f.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i := 0; i+1 < len(words); i++ {
		if slices.Contains(months, words[i]) && isDigits(words[i+1]) && len(words[i+1]) <= 2 {
			return true
		}
	}
	return false
}

// afterTheSummit are the words that ask about a time after the Madrid summit.
var afterTheSummit = []string{"after madrid", "after the madrid", "after the summit", "after the nato summit",
	"following the madrid", "following the summit", "following the nato summit", "since madrid", "since the summit", "since the madrid", "since the nato summit"}

// asksAfterSummit reports whether a question asks about a time after the Madrid summit.
func asksAfterSummit(question string) bool {
	q := strings.ToLower(question)
	return slices.ContainsFunc(afterTheSummit, func(p string) bool { return strings.Contains(q, p) })
}

// asksForCalendarDate reports whether a question asks for a day, month or year by how it
// opens, or asks when something "actually" happened: "When did the flights actually
// restart?" is not answered by how long they had been shut.
func asksForCalendarDate(question string) bool {
	return opensWith(question, calendarOpeners) || asksDatesListed(question) || asksForDate(question) && strings.Contains(strings.ToLower(question), " actually ")
}

// yearsIn appends to years the years (1900–2099) a question names.
func yearsIn(question string, years []string) []string {
	for i := 0; i+4 <= len(question); i++ {
		if y := question[i : i+4]; (y[:2] == "19" || y[:2] == "20") && isDigits(y) && (i == 0 || !isDigit(question[i-1])) && (i+4 == len(question) || !isDigit(question[i+4])) {
			years = append(years, y)
		}
	}
	return years
}

// namesUnknownAcronym reports whether a question names something in capitals ("THAAD") that
// is neither a name the store knows nor a word it reads: a thing the article does not cover.
func (s *Store) namesUnknownAcronym(question string, names nameTable) bool {
	for i, span := range names.spans {
		w := question[span[0]:span[1]]
		if e, _ := names.at(i); e != nil || len(w) < 3 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			continue
		}
		if !s.index.reads(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// authorshipAsked reads "Who wrote the analysis of the Asia-Pacific allies' calculations?"
// as who wrote the article: what the piece is about names no one asked about.
func authorshipAsked(question string) string {
	for _, ask := range []string{"who wrote the ", "who authored the ", "who penned the "} {
		rest, ok := cutPrefixFold(question, ask)
		if !ok {
			continue
		}
		for _, piece := range []string{"article", "analysis", "piece", "commentary", "essay"} {
			about, ok := cutPrefixFold(rest, piece+" ")
			if !ok {
				continue
			}
			if slices.ContainsFunc([]string{"of ", "on ", "about "}, func(p string) bool { _, ok := cutPrefixFold(about, p); return ok }) {
				// The question goes on after its first clause: "…, and with what institution…".
				tail := ""
				if i := strings.Index(about, ", "); i >= 0 {
					tail = about[i:]
				}
				return question[:len(ask)] + piece + tail
			}
		}
	}
	return question
}

// withoutForeignTail is a question without a closing sentence in another script that names
// nothing the store knows: "…real content, or only for show? 어떻게 생각해?" ("what do you
// think?") asks what the English before it asks. A question wholly in another script, or
// one whose last sentence names 독도 or 尹锡悦, is read whole.
func (s *Store) withoutForeignTail(question string) string {
	q := strings.TrimRightFunc(question, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	i := strings.LastIndexAny(q, "?？!！.。")
	if i < 0 {
		return question
	}
	head := q[:i]
	_, size := utf8.DecodeRuneInString(q[i:])
	tail := q[i+size:]
	latin := func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }
	if !strings.ContainsFunc(head, latin) || strings.ContainsFunc(tail, latin) || strings.ContainsFunc(tail, unicode.IsDigit) {
		return question
	}
	if actors, things := s.namedEntities(tail); len(actors)+len(things) > 0 {
		return question
	}
	return q[:i+size]
}

// withoutGuessedWords is a question without the words it guesses someone used: "Biden called
// the meeting something like 'a landmark meeting' — what were his actual words?" asks what
// he called it; the fact's words answer or correct the guess.
func withoutGuessedWords(question string) string {
	i := strings.Index(strings.ToLower(question), "something like ")
	if i < 0 {
		return question
	}
	rest := question[i+len("something like "):]
	for _, q := range [][2]string{{"'", "'"}, {`"`, `"`}, {"“", "”"}, {"‘", "’"}} {
		if inner, ok := strings.CutPrefix(rest, q[0]); ok {
			if j := strings.Index(inner, q[1]); j >= 0 {
				return question[:i] + inner[j+len(q[1]):]
			}
		}
	}
	return question
}

// withoutTrailingGuess is a question without what follows its last comma when that reads as
// a guessed answer: a short phrase, after a question that opens with a question word, that
// lists nothing, asks nothing and does not narrow the question ("…, according to the
// article", "…, in 2019"). "…, is it mainly fear of Russia?" guesses "fear of Russia".
func withoutTrailingGuess(question string) (string, bool) {
	q := strings.TrimRight(strings.TrimSpace(question), "?")
	i := strings.LastIndex(q, ", ")
	if i < 0 {
		return question, false
	}
	asked, guess := q[:i], strings.ToLower(q[i+2:])
	put := false // "…, is it mainly fear of Russia?" puts a guess, however it opens
	for _, p := range []string{"is it ", "was it ", "or is it ", "or was it "} {
		if g, ok := strings.CutPrefix(guess, p); ok {
			guess, put = g, true
		}
	}
	words := strings.Fields(strings.ToLower(withoutOpeningFillers(asked)))
	gw := strings.Fields(guess)
	if guessesReason(words, gw) {
		put = true
	}
	if len(words) < 3 || !opensAsking(words[0]) || len(gw) == 0 || len(gw) > 8 ||
		!put && narrowingWords[gw[0]] || whetherWords[gw[0]] || slices.Contains(gw, "and") || slices.Contains(gw, "or") ||
		slices.ContainsFunc(gw, func(w string) bool {
			return slices.Contains(questionWords, w) || w == "who" || w == "name" || w == "names"
		}) {
		return question, false // nor is a request for names ("…, name exactly?")
	}
	return asked + "?", true
}

// guessesReason reports whether the words after a why-question's last comma guess its reason
// or purpose: "Why does the US want them to cooperate, to cut its budget?", "…, for money?",
// "…, out of fear?".
func guessesReason(asked, guess []string) bool {
	return len(asked) > 0 && asked[0] == "why" && len(guess) > 1 && slices.Contains([]string{"to", "because", "for", "out", "due"}, guess[0])
}

// withoutTrailingCheck is a question without a yes/no question tacked on after its last
// comma, dash or question mark: "Who represented Japan at Yoon's inauguration, did Kishida
// go in person?" and "Who chaired the four's meeting — was it the Australian PM?" ask who;
// false when the question does not open with a question word, or the part after the comma
// is long enough to be the question itself ("What effect, in the author's judgement, did
// the early actions of the Yoon government have upon…").
func withoutTrailingCheck(question string, marks []string) (string, bool) {
	i, sep := -1, ""
	for _, mark := range marks {
		if j := strings.LastIndex(question, mark); j > i {
			i, sep = j, mark
		}
	}
	if i < 0 {
		return question, false
	}
	asked := strings.Fields(strings.ToLower(withoutOpeningFillers(question[:i])))
	check := strings.Fields(strings.ToLower(question[i+len(sep):]))
	// "…? the author blames language barriers?": after a question mark, a guess put with a
	// rising tone is a check too, unless hedged ("something power diplomacy?", as likely
	// right).
	rising := sep == "? " && len(check) > 0 && !opensAsking(check[0]) && !hedgedGuess[check[0]] && strings.HasSuffix(strings.TrimSpace(question), "?")
	long := len(check) - nameWordsBeyondFirst(question[i+len(sep):])
	if k := slices.Index(check, "or"); k >= 3 && k+1 < len(check) && slices.Contains(questionWords, check[k+1]) {
		// "…, were they members or what was there status exactly": the guess's other side is
		// what the question asks again, and makes the check no longer.
		long = min(long, k)
	}
	if len(asked) < 3 || !opensAsking(asked[0]) || len(check) < 3 || long > 7 || !whetherWords[check[0]] && !rising {
		return question, false
	}
	if j := strings.LastIndex(question[:i], ", "); j > 0 && sep == ", " && strings.Contains(question[j:i], " or ") {
		return question, false // "Which side, Seoul or Tokyo, is more committed…": the choice set off, the verb follows it
	}
	return question[:i] + "?", true
}

// nameWordsBeyondFirst counts the words of s's institutions' names (capitalised words joined
// by "of") after each one's first: "the International Court of Justice" is read as one word
// long, as short a check as "the IMF". A person's name, "President Moon Jae-in", is not one.
func nameWordsBeyondFirst(s string) int {
	capital := func(w string) bool { return w != "" && unicode.IsUpper(rune(w[0])) }
	n := 0
	words := strings.Fields(s)
	for i := 1; i < len(words); {
		if !capital(words[i]) {
			i++
			continue
		}
		j, joined := i+1, false
		for j < len(words) && (capital(words[j]) || words[j] == "of" && j+1 < len(words) && capital(words[j+1])) {
			joined = joined || words[j] == "of"
			j++
		}
		if joined {
			n += j - i - 1
		}
		i = j
	}
	return n
}

// checkBreaks end a question before a yes/no check of the asker's own that is plainly apart
// from it; after a comma the check may also be read as part of the question.
var checkBreaks = []string{" - ", " – ", " — ", "? "}

// checkMarks are checkBreaks and the comma.
var checkMarks = append([]string{", "}, checkBreaks...)

// narrowingWords open a phrase after a comma that narrows or extends a question.
var narrowingWords = setOf([]string{"in", "at", "on", "for", "to", "from", "with", "without", "by", "about",
	"regarding", "concerning", "according", "during", "before", "after", "since", "until", "between", "among",
	"under", "over", "within", "against", "compared", "versus", "vs", "as", "apart", "besides", "except",
	"including", "especially", "particularly", "specifically", "if", "when", "while", "whereas", "unlike",
	"despite", "given", "then", "now", "today", "so", "but", "please", "exactly", "precisely", "briefly",
	"roughly", "approximately", "beyond", "following", "toward", "towards", "into", "of", "too", "also",
	"though", "although", "respectively", "overall", "generally", "mainly", "mostly", "main", "in short"})

// withoutGuessedAnswer is a question without the answer it guesses after a dash or a comma:
// "Why did the press conference fall apart - a North Korean missile test?" asks why, and
// "Seoul's complaint was about what, a Japanese warship?" asks what; the facts answer or
// correct the guess, whose words would only pull in other facts. Only a question that
// asks before the guess, with a question word, loses it.
func withoutGuessedAnswer(question string) string {
	q := strings.TrimRight(strings.TrimSpace(question), "?")
	for _, sep := range []string{" - ", " – ", " — ", ", like ", ", "} {
		i := strings.LastIndex(q, sep)
		if i < 0 {
			continue
		}
		asked, guess := q[:i], q[i+len(sep):]
		words := strings.Fields(strings.ToLower(withoutOpeningFillers(asked))) // "So what did…"
		gw := strings.Fields(strings.ToLower(guess))
		if len(words) < 3 || len(gw) == 0 || len(gw) > 8 || strings.ContainsAny(guess, ",;") || slices.Contains(gw, "or") ||
			slices.ContainsFunc(gw, func(w string) bool {
				return slices.Contains(questionWords, w) || w == "who" || w == "name" || w == "names"
			}) ||
			whetherWords[gw[0]] || hedgedGuess[gw[0]] || gw[0] == "and" {
			// Alternatives to choose from, a question of its own ("— did he repeat the
			// pledge?", "…, the names?"), what the asker half-remembers ("— something about a 'normal'
			// country?"), which is as likely right, or a second thing asked of ("— and New
			// Zealand?").
			continue
		}
		if sep == ", " && words[len(words)-1] != "what" && !(words[0] == "why" && purposeGuess[gw[0]]) && !(opensAsking(words[0]) && narrowingGuess[gw[0]]) &&
			!(opensAsking(words[0]) && danglingPrepositions[words[len(words)-1]]) &&
			!(asksInLastClause(asked) && len(words) >= 5 && len(gw) <= 3 && determiners[gw[0]]) {
			// "…was about what, a warship?", "Why did Kishida go to Madrid, to buy
			// weapons?" and "What do Tokyo and Canberra cooperate on, mostly space?" guess;
			// other commas join clauses.
			continue
		}
		if opensAsking(words[0]) || asksInLastClause(asked) || slices.Contains(questionWords, words[len(words)-1]) {
			return asked + "?"
		}
	}
	return question
}

// danglingPrepositions end a question whose object is what it asks ("What did they talk
// about"): what follows after a comma is the asker's guess at it.
var danglingPrepositions = setOf([]string{"about", "on", "over", "with"})

// withoutDoubtedGuess is a question without the guess it closes with after a dash, when the
// asker doubts it ("— I want to say 2019, though I may well be conflating things?").
func withoutDoubtedGuess(question string) (string, bool) {
	for _, sep := range []string{" — ", " – ", " - "} {
		i := strings.LastIndex(question, sep)
		if i < 0 {
			continue
		}
		asked, guess := question[:i], strings.ToLower(question[i+len(sep):])
		words, gw := strings.Fields(normalizeName(withoutOpeningFillers(asked))), strings.Fields(normalizeName(guess))
		if len(words) < 3 || len(gw) == 0 || whetherWords[gw[0]] || opensAsking(gw[0]) || !slices.ContainsFunc(doubts, func(d string) bool { return strings.Contains(guess, d) }) {
			continue // "— did the panel rule in Seoul's favour, as I seem to remember?" asks too
		}
		// "For roughly how long…" asks as "How long…" does.
		if slices.ContainsFunc(words[:3], opensAsking) || asksInLastClause(asked) {
			return asked + "?", true
		}
	}
	return question, false
}

// doubts are the words of an asker doubting their own guess.
var doubts = []string{"perhaps", "i want to say", "i should think", "i think", "i believe", "i may be wrong", "may well be",
	"i suspect", "i'd guess", "i would guess", "i imagine", "presumably", "mistaken", "if memory serves", "i seem to",
	"or so", "half remember", "not sure", "if i recall"}

// asksInLastClause reports whether the last clause of asked opens with a word that asks:
// "besides comfort women and labour, what else stirs anti-Japanese feeling in Korea".
func asksInLastClause(asked string) bool {
	clause := asked[strings.LastIndex(asked, ", ")+1:]
	first, _, _ := strings.Cut(strings.TrimSpace(clause), " ")
	return opensAsking(strings.ToLower(first))
}

// determiners open a short thing guessed after a question's comma: "…, the Olympics?".
var determiners = setOf([]string{"the", "a", "an"})

// narrowingGuess open what the asker guesses is mostly so, after a question's comma.
var narrowingGuess = setOf([]string{"mostly", "mainly", "largely", "chiefly", "primarily"})

// purposeGuess open a reason guessed after a why-question's comma.
var purposeGuess = setOf([]string{"to", "because", "out", "just", "mainly", "mostly", "simply", "purely"})

// withoutUnreadGuess is a question without the guess after its last comma when the guess uses
// a word the facts never use: "What is the US trying to put together in Asia, some kind of
// Asian EU?" asks what; a guess in the facts' own words ("…, something about a 'normal'
// country?") is as likely right, and stays.
func (s *Store) withoutUnreadGuess(question string) string {
	q := strings.TrimRight(strings.TrimSpace(question), "?")
	i, sep := -1, ""
	for _, mark := range checkMarks {
		if j := strings.LastIndex(q, mark); j > i {
			i, sep = j, mark
		}
	}
	if i < 0 || sep == "? " {
		return question
	}
	asked, guess := q[:i], q[i+len(sep):]
	if sep != ", " {
		// "beyond pleasantries, what did the four leaders say they'd do - cooperate with the
		// EU?": after a dash, the guess follows the clause that asks.
		asked = asked[strings.LastIndex(asked, ", ")+1:]
	}
	if first, _, _ := strings.Cut(strings.TrimLeft(withoutOpeningFillers(asked), " "), " "); !opensAsking(first) || strings.Count(guess, " ") > 7 {
		return question // most questions, read without allocating
	}
	words := strings.Fields(strings.ToLower(withoutOpeningFillers(asked)))
	gw := strings.Fields(strings.ToLower(guess))
	if len(words) >= 3 && (words[0] == "which" || words[0] == "who" || words[0] == "who's" || words[0] == "who’s" || words[0] == "whos" || words[0] == "what" && asksLabel(words)) && !strings.Contains(asked, ",") && s.onlyNames(guess) {
		// "Which two of the four take the hardest line on Beijing, Korea and New Zealand?":
		// whom the asker guesses is answered or corrected by what is asked.
		return q[:i] + "?"
	}
	if len(words) < 3 || strings.Contains(asked, ",") || len(gw) == 0 || asksConfirmation(strings.Fields(normalizeName(q))) ||
		slices.ContainsFunc(gw, func(w string) bool { return slices.Contains(questionWords, w) || w == "who" || w == "or" || w == "and" }) ||
		narrowingWords[gw[0]] || len(s.unreadWords(guess)) == 0 || s.namesMore(guess, asked) {
		// "…, in percentage terms?" narrows what is asked; "what did Seoul protest, Japanese
		// warships near Dokdo?" names there what it asks about.
		return question
	}
	return q[:i] + "?"
}

// onlyNames reports whether text names actors and nothing else but "and" and hedges: "Korea
// and New Zealand", "maybe Japan?"; not alternatives to choose from ("Tokyo or Seoul").
func (s *Store) onlyNames(text string) bool {
	rest, found := s.withoutNames(text)
	return len(found) > 0 && !slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool {
		return w != "and" && !hedgedGuess[w] && w != "think"
	})
}

// namesMore reports whether text names a thing (a place, an agreement, an event …) that other
// does not; an actor named in a guess ("cheap Korean chips") is guessed with it.
func (s *Store) namesMore(text, other string) bool {
	_, things := s.namedEntities(text)
	_, ot := s.namedEntities(other)
	return slices.ContainsFunc(things, func(id string) bool { return !slices.Contains(ot, id) })
}

// withoutDashGuess is a question without what follows its last dash, when what comes before
// asks with a question word; false for any other.
func withoutDashGuess(question string) (string, bool) {
	for _, sep := range []string{" - ", " – ", " — "} {
		if i := strings.LastIndex(question, sep); i > 0 {
			words := strings.Fields(strings.ToLower(withoutOpeningFillers(question[:i])))
			if len(words) >= 3 && (opensAsking(words[0]) || narrowingWords[words[0]] && opensAsking(words[1])) { // "In which areas…"
				return question[:i] + "?", true
			}
		}
	}
	return question, false
}

// hedgedGuess open a guess the asker half-remembers.
var hedgedGuess = setOf([]string{"something", "some", "maybe", "perhaps", "probably", "i", "if"})

// withoutRequest is a question without the request that wraps it: "Could you remind me who
// serves as South Korea's foreign minister?" asks who, as "Who serves…?" does.
func withoutRequest(question string) string {
	asks := func(rest string) bool {
		first, _, _ := strings.Cut(rest, " ")
		return opensAsking(first) || strings.EqualFold(first, "whom") || strings.EqualFold(first, "whose")
	}
	q := strings.TrimLeft(question, " ")
	if opensTopic(q) {
		// "As for Canberra, could you set out how Australia seeks…": the request follows
		// what it is on.
		if topic, rest, found := strings.Cut(q, ", "); found {
			if r := withoutRequest(rest); r != rest {
				return topic + ", " + r
			}
		}
	}
	for _, r := range wrappingRequests {
		if rest, ok := cutPrefixFold(q, r); ok && asks(rest) {
			return rest
		}
	}
	// "Would you be so kind as to tell me what…", "I should be obliged if you could let me
	// know when…": however politely a request to be told opens, what follows asks.
	first, _, _ := strings.Cut(q, " ")
	if !inFold(politeOpeners, first) {
		return question // most questions
	}
	for _, end := range requestEnds {
		if i := indexFold(q, end); i > 0 && i < 80 && asks(q[i+len(end):]) {
			if j := max(strings.LastIndex(q[:i], "; "), strings.LastIndex(q[:i], ". ")); j > 0 {
				// "I understand a press event was cut short; could you set out what
				// incident…": what the asker says before the request is context, and stays.
				return q[:j+2] + q[i+len(end):]
			}
			return q[i+len(end):]
		}
	}
	return question
}

// politeOpeners open a polite request to the bot; requestEnds end one, before what it asks.
var (
	politeOpeners = setOf([]string{"would", "could", "can", "might", "may", "will", "i", "i'd", "it", "please", "kindly"})
	requestEnds   = []string{" tell me ", " let me know ", " to know ", " inform me ", " remind me ", " advise me ", " me know ", " set out ", " me to understand "}
)

// withoutApology is a question without the apology it opens with: "Forgive what may seem an
// elementary enquiry, but on what date did that summit open…?" asks on what date.
func withoutApology(question string) string {
	q := strings.TrimLeft(question, " ")
	if !slices.ContainsFunc([]string{"forgive ", "pardon ", "excuse ", "sorry", "apologies"}, func(a string) bool { _, ok := cutPrefixFold(q, a); return ok }) {
		return question // most questions
	}
	if _, rest, ok := strings.Cut(q, ", but "); ok && rest != "" {
		return rest
	}
	return question
}

// wrappingRequests wrap a question as a request to be told.
var wrappingRequests = []string{"could you remind me ", "would you remind me ", "can you remind me ", "could you tell me ",
	"can you tell me ", "would you tell me ", "could you please tell me ", "can you please tell me ", "please tell me ",
	"tell me ", "do you know ", "i'd like to know ", "i would like to know ", "i wonder ", "i'm wondering ", "i was wondering "}

// withoutOpeningFillers is a question without the words that only open a turn in a
// conversation: "So when exactly did Japan start…" asks when, as "When exactly…" does;
// "Okay, and what…" asks what.
func withoutOpeningFillers(question string) string {
	for {
		rest := strings.TrimLeft(question, " ")
		if clue, ok := withoutLetterCount(rest); ok {
			rest = clue // "Seven letters: the Foreign Affairs College the author belongs to?"
		}
		for _, f := range openingFillers {
			// "So that I may use the correct term…" gives the asker's purpose, which a reader
			// of clauses sets aside (purposeOpened): "so" opens it, no filler.
			if r, ok := cutPrefixFold(rest, f); ok && (strings.HasSuffix(f, ",") || strings.HasPrefix(r, " ")) && !(f == "so" && startsWithThat(r)) {
				rest = strings.TrimLeft(r, " ")
				break
			}
		}
		if rest == strings.TrimLeft(question, " ") || rest == "" {
			return question
		}
		question = rest
	}
}

// withoutLetterCount is a crossword clue without the count of letters it opens with
// ("Seven letters:", "Twelve letters, plural:", "5 letters -"): the count shapes the answer,
// not what is asked. False for any other question.
func withoutLetterCount(q string) (string, bool) {
	count, rest, ok := strings.Cut(q, " ")
	if !ok || !(slices.ContainsFunc(numberWords, func(n string) bool { return strings.EqualFold(n, count) }) || count != "" && count[0] >= '1' && count[0] <= '9' && len(count) <= 2) {
		return q, false // most questions
	}
	label, clue, ok := strings.Cut(rest, ":")
	if !ok {
		if label, clue, ok = strings.Cut(rest, " - "); !ok {
			return q, false
		}
	}
	words := strings.Fields(strings.ToLower(label))
	if len(words) == 0 || len(words) > 3 || words[0] != "letters" && words[0] != "letters," {
		return q, false
	}
	return strings.TrimLeft(clue, " "), true
}

// asksHowTo reports whether a question asks how the asker can do something ("How do I get
// from Gimpo airport to downtown Seoul?", "Can you recommend a hotel near the venue?"): an
// analysis of a summit tells no one that, though it may say how it is to be cited.
func asksHowTo(question string) bool {
	q := strings.TrimLeft(withoutOpeningFillers(question), " ")
	return slices.ContainsFunc(howToOpeners, func(o string) bool { _, ok := cutPrefixFold(q, o); return ok }) &&
		!slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool { return aboutTheArticle[w] })
}

// asksNextEvent reports whether a question asks about a summit, meeting or visit still to
// come ("Where will the next NATO summit be held?", "In which city is the alliance's following
// summit?"), which an article written just after Madrid cannot tell, unless its facts speak of
// a next one.
func (s *Store) asksNextEvent(question string) bool {
	if indexFold(question, " after ") >= 0 {
		for _, e := range []string{"summit after madrid", "summit after the madrid", "meeting after madrid", "meeting after the madrid"} {
			if indexFold(question, e) >= 0 {
				return true // "Where's the NATO summit after Madrid being held?" asks the next one
			}
		}
	}
	if !slices.ContainsFunc(nextWordList, func(w string) bool { return indexFold(question, w) >= 0 }) {
		return false // most questions
	}
	words := strings.Fields(strings.ToLower(question))
	for i, w := range words {
		if !nextWords[w] || s.index.reads(w) {
			continue
		}
		for _, e := range words[i+1 : min(len(words), i+5)] {
			if eventWords[strings.TrimRight(e, "?.!")] {
				return true
			}
			if strings.ContainsAny(e, ",;") {
				break // "What did Japan do next, and at which meeting…"
			}
		}
	}
	return false
}

// nextWords say an event is still to come; eventWords name one.
var (
	nextWordList = []string{"next", "upcoming", "following", "forthcoming", "subsequent", "ensuing", "succeeding"}
	nextWords    = setOf(nextWordList)
	eventWords   = setOf([]string{"summit", "summits", "meeting", "meetings", "gathering", "talks", "election", "visit"})
)

// howToOpeners open a question on how the asker can do something.
var howToOpeners = []string{"how do i ", "how can i ", "how should i ", "where can i ", "where do i ", "where should i ",
	"can you recommend ", "could you recommend ", "what's the best way to ", "what is the best way to "}

// aboutTheArticle are words that make a how-to question one about the article itself.
var aboutTheArticle = setOf([]string{"article", "piece", "analysis", "author", "source", "sources", "quote", "quotes",
	"cite", "reprint", "repost", "outlook"})

// withoutClosingHedge is a question without the hedge it closes with: "When had the three
// leaders last met, 2019 I think?" guesses 2019; "I think" says how sure the asker is, and
// read as a view asked of someone it would sink the question.
func withoutClosingHedge(question string) string {
	q := strings.TrimRight(strings.TrimSpace(question), "?.! ")
	for _, h := range closingHedges {
		if len(q) > len(h)+1 && strings.EqualFold(q[len(q)-len(h):], h) && (q[len(q)-len(h)-1] == ' ' || q[len(q)-len(h)-1] == ',') {
			return strings.TrimRight(q[:len(q)-len(h)], " ,") + "?"
		}
	}
	return question
}

// closingHedges close a question with how sure the asker is of what they put in it.
var closingHedges = []string{"i think", "i believe", "i guess", "i suppose", "i reckon", "if i remember correctly",
	"if i remember rightly", "if i recall correctly", "if i recall rightly", "if i'm not mistaken", "if i am not mistaken",
	"if memory serves", "i'm not sure", "i am not sure", "not sure", "or so", "i assume", "i presume", "i imagine", "i expect"}

// openingFillers open a turn without asking anything; those that can also begin a question
// ("right", "well") count only when a comma follows.
var openingFillers = []string{
	// A time frame that only says "now" ("In recent years, what…") asks what the article
	// says now; its words pull up the facts that happen to say "recent".
	"in recent years,", "recently,", "lately,", "these days,", "nowadays,",
	"so,", "so", "okay,", "okay", "ok,", "ok", "and,", "and", "but,", "but", "alright,", "all right,", "right,", "well,", "also,", "also",
	"wait,", "wait", "honestly,", "honestly", "hmm,", "hmm", "lol", "quick q:", "quick q,", "quick q", "oh,",
	// Singlish and Manglish openings of surprise or attention: "Eh which date…", "Wah why…".
	"eh,", "eh", "oi,", "oi", "wah,", "wah", "aiyo,", "aiyo", "aiyah,", "aiyah",
	// A sceptic's guess put first: "I bet Washington ran the four-country meeting."
	"i bet", "i'd bet", "i reckon", "i'd have thought", "i would have thought"}

// startsWithThat reports whether text, after spaces, opens with the word "that".
func startsWithThat(text string) bool {
	_, ok := cutPrefixFold(strings.TrimLeft(text, " "), "that ")
	return ok
}

// withGuessJoined is a question followed by a short guess of the asker's, asked apart ("Why
// is Seoul friendlier to Beijing than Tokyo is? just tourism?"), with the guess put after a
// comma, where the readers of guesses look for it. Other questions are returned as they are.
func withGuessJoined(question string) string {
	i := strings.LastIndex(question, "? ")
	if i < 0 || !strings.HasSuffix(question, "?") {
		return question // most questions
	}
	guess := strings.Fields(question[i+2:])
	if len(guess) == 0 || len(guess) > 3 {
		return question
	}
	if w := strings.TrimRight(guess[0], "?!.,"); opensAsking(w) || slices.ContainsFunc(auxiliaries, func(a string) bool { return strings.EqualFold(a, w) }) || inFold(whetherWords, w) {
		return question
	}
	if first, _, _ := strings.Cut(strings.TrimLeft(withoutOpeningFillers(question[:i]), " "), " "); !opensAsking(first) {
		return question // "So what…" asks as "What…" does
	}
	return question[:i] + ", " + question[i+2:]
}

// withoutGuessedTime is a question asking when without the time it guesses at the end: "When
// did Seoul drop GSOMIA — was it 2020?" asks when, and the fact's date answers or corrects
// the guess; it does not ask about 2020. Other questions are returned as they are.
func withoutGuessedTime(question string) string {
	if !asksForDate(question) {
		return question
	}
	// The earliest mark after which only the guess follows: "…, in 2018 or 2019?".
	cut := len(question)
	for _, mark := range []string{"—", "–", " - ", " was it ", " or ", ", "} {
		for _, i := range []int{strings.Index(question, mark), strings.LastIndex(question, mark)} {
			if i >= 0 && i < cut && onlyGuess(question[i:]) {
				cut = i // the first mark may open the question's own list: "US, Japanese and…, 2019?"
			}
		}
	}
	return question[:cut]
}

// onlyGuess reports whether the end of a question is only a guessed time: a year, perhaps a
// month, and guessWords.
func onlyGuess(tail string) bool {
	if len(yearsIn(tail, nil)) == 0 {
		return false
	}
	return !slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(tail), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), func(w string) bool {
		return !guessWords[w] && !slices.Contains(months, w) && !isDigits(w) // "When did Japan or Korea protest in 2017?"
	})
}

// guessWords may stand beside the time a question guesses: "— or was it maybe early 2020?".
var guessWords = setOf([]string{"was", "wasn", "t", "it", "is", "isn", "or", "in", "around", "maybe", "perhaps", "like",
	"back", "right", "early", "mid", "late", "s"})

// monthAsked is the month (1–12) a question's words (normalizeName's) name as a time: after
// "in", "during", "since", "early", "mid" or "late", or before a year ("May 2022"); "may" is
// otherwise a verb. 0 for none.
func monthAsked(words []string) int {
	for i, w := range words {
		m := slices.Index(months, w)
		if m < 0 {
			continue
		}
		if i > 0 && slices.Contains([]string{"in", "during", "since", "early", "mid", "late", "of", "last"}, words[i-1]) ||
			i+1 < len(words) && len(words[i+1]) == 4 && isDigits(words[i+1]) {
			return m + 1
		}
	}
	return 0
}

// monthTold reports whether any fact is dated to month or names it.
func (s *Store) monthTold(month int) bool {
	if s.index.reads(months[month-1]) {
		return true
	}
	return slices.ContainsFunc(s.facts, func(f *Fact) bool { return monthOf(f) == month })
}

// monthDated reports whether f is dated to a month.
func monthDated(f *Fact) bool { return len(f.Date) >= len("2006-01") }

// monthOf is the month (1–12) f is dated to, or 0.
func monthOf(f *Fact) int {
	if !monthDated(f) {
		return 0
	}
	return int(f.Date[5]-'0')*10 + int(f.Date[6]-'0')
}

// givesMonth reports whether f is dated to month or names it in its text.
func givesMonth(f *Fact, month int) bool {
	if monthOf(f) == month {
		return true
	}
	name := months[month-1]
	return strings.Contains(strings.ToLower(f.Text), name)
}

// correctedYearCoverage is how much of a question asking whether something happened in a
// year the first fact must cover, the year aside, to be the event asked about.
const correctedYearCoverage = 0.65

// asksWhether reports whether a question's words (normalizeName's) ask whether something is
// so: "did South Korea scrap…", "was GSOMIA restored…".
func asksWhether(words []string) bool {
	return len(words) > 0 && (whetherWords[words[0]] || negativeTags[words[0]]) // "Isn't it true that…"
}

// figuresIn are the numbers a question writes in digits ("2", "0.5").
func figuresIn(question string) []string {
	return slices.DeleteFunc(strings.FieldsFunc(question, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }), func(f string) bool {
		return strings.Trim(f, ".") == ""
	})
}

// searchWithoutYears searches for a question without the years (or figures) it names, and
// without the verb saying what the year dates: "Tokyo's export curbs started in 2020, didn't
// they?" is corrected by when the curbs were announced.
func (s *Store) searchWithoutYears(question string, years []string) []Hit {
	for _, y := range years {
		question = strings.ReplaceAll(question, y, " ")
	}
	// "…started in 2015 right? what's the timeline": the tag asks to confirm, it is no word
	// of the event.
	question = confirmationTags.Replace(question)
	return s.Search(onsetVerbs.Replace(" "+question+" "), 2*MaxAnswerFacts)
}

// confirmationTags ask to confirm a statement, as typed or as withPlainTag reads them.
var confirmationTags = strings.NewReplacer(" right?", "?", " right.", ".", ", right", " ")

// onsetVerbs say that something began, which a year put with them dates.
var onsetVerbs = strings.NewReplacer(" started ", " ", " start ", " ", " starts ", " ", " began ", " ", " begin ", " ", " begun ", " ", " kicked off ", " ", " commenced ", " ")

// answersWithoutYears reports whether f answers nearly all of a question but the years it
// names, as the best answer to it: it then corrects a year put to be confirmed.
func (s *Store) answersWithoutYears(question string, years []string, f *Fact) bool {
	h := s.searchWithoutYears(question, years)
	return slices.ContainsFunc(h, func(h Hit) bool { return h.Fact == f && h.Coverage >= correctedYearCoverage })
}

// asksConfirmation reports whether a question's words (normalizeName's) put a statement to be
// confirmed: "…, didn't they?", "…, isn't it?", "…, right?", "…, yes?", "…, like 2020?".
func asksConfirmation(words []string) bool {
	n := len(words)
	if n < 4 {
		return false
	}
	last := words[n-1]
	if last == "right" || last == "correct" || last == "yes" || last == "yeah" || n >= 2 && words[n-2] == "like" && isDigits(last) {
		return true
	}
	if last == "says" || last == "say" || last == "claims" {
		// "…, is that what the article says": a statement put to be checked.
		for i := max(1, n-6); i+1 < n-1; i++ {
			if words[i] == "that" && words[i+1] == "what" && (words[i-1] == "is" || words[i-1] == "was") {
				return true
			}
		}
	}
	// "didn't they" reads as "didnt they".
	return slices.Contains([]string{"it", "he", "she", "they", "we", "you"}, last) && negativeTags[words[n-2]]
}

// negativeTags are the auxiliaries of a tag question, as normalizeName reads them.
var negativeTags = setOf([]string{"didnt", "isnt", "wasnt", "werent", "arent", "doesnt", "dont", "hasnt", "havent", "hadnt", "wont", "wouldnt", "cant", "couldnt", "shouldnt"})

// whetherWords open a question asking whether something is so.
var whetherWords = setOf([]string{"did", "was", "were", "is", "are", "has", "have", "had", "does", "do"})

// beforeSource reports whether every one of years is no later than when f's source was
// written: a question on a later year asks what the article cannot tell.
func (s *Store) beforeSource(f *Fact, years []string) bool {
	src := s.sourceByID[f.Source]
	return src != nil && len(src.Date) >= 4 && !slices.ContainsFunc(years, func(y string) bool { return y > src.Date[:4] })
}

// givesYear reports whether a fact is dated to one of years or names one in its text or quote.
func givesYear(f *Fact, years []string) bool {
	return slices.ContainsFunc(years, func(y string) bool {
		return strings.HasPrefix(f.Date, y) || strings.Contains(f.Text, y) || strings.Contains(f.Quote, y)
	})
}

// hasDate reports whether a fact gives a date: its own, or a year in its text.
func hasDate(f *Fact) bool {
	if f.Date != "" {
		return true
	}
	for i := 0; i+4 <= len(f.Text); i++ {
		if (f.Text[i] == '1' || f.Text[i] == '2') && isDigits(f.Text[i:i+4]) && (i == 0 || !isDigit(f.Text[i-1])) && (i+4 == len(f.Text) || !isDigit(f.Text[i+4])) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// relationWords are the stems a question about two countries' relations in general may use
// besides their names: "japan australia relations?", "how are Tokyo and Seoul getting along
// these days" (everydayPhrases), "state of US–China ties".
var relationWords = append([]string{"bilater", "overal", "state", "current", "now", "tldr", "one", "line", "bottom",
	// Whose account is asked for adds nothing: "What does the author say about Japan-Korea
	// relations?" asks what the article says of them.
	"author", "articl", "writer"}, pairWords...)

// pairWords are the stems that make a question naming two countries one about their relations
// in general: "japan australia relations?", the asks for a summary ("australia-china in a
// nutshell?", "one line takeaway: nz and china", "bottom line on australia and china?", which
// everydayPhrases reads as "conclusion"), and what they share ("what do canberra and
// wellington have in common?").
var pairWords = []string{"relat", "relationship", "tie", "nutshel", "takeaway", "conclus", "gist", "common", "share"}

// asksShared reports whether a question's words (normalizeName's) ask what two actors have in
// common or share.
func asksShared(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return w == "common" || w == "share" || w == "shares" || w == "shared" })
}

// moodWords are the stems of everyday words for how two countries get along, which no fact
// uses: "did japan and korea make up?", "yoon and kishida - friends now?", "日本 and 한국 -
// still rocky?", "is the japan korea thaw for real". Words for a quarrel are not among them:
// they read as the facts' "dispute" and "discord" (synonyms.yaml), which search finds.
var moodWords = []string{
	"friend", "enemi", "rocki", "thaw", "apart", "reconcil", "along", "warm", "cold", "frosti",
	"bad", "better", "wors", "still", "real", "keep", "main", "make", "patch", "mend", "close",
	"closer", "good", "great", "strong", "next", "futur", "poor", "strain", "sour", "troubl", "chilli",
}

// asksTrouble reports whether a question's terms (queryTerms) or words (normalizeName's) say
// a relationship is in trouble: "so bad", "poor", "strained", "don't get along", "not good".
func asksTrouble(terms, words []string) bool {
	if slices.ContainsFunc(terms, func(t string) bool { return troubleWords[t] }) {
		return true
	}
	negated := slices.ContainsFunc(words, func(w string) bool { return w == "not" || w == "don't" || w == "dont" || strings.HasSuffix(w, "n't") })
	return negated && slices.ContainsFunc(words, func(w string) bool { return w == "good" || w == "along" || w == "well" })
}

// troubleWords are the stems of moodWords that say a relationship is in trouble.
var troubleWords = setOf([]string{"bad", "poor", "wors", "cold", "frosti", "rocki", "strain", "sour", "troubl", "chilli"})

// pairGate holds the words that may make a question one about a pair in general.
var pairGate = setOf(pairWords, moodWords, contrastWords)

// pairAsked is the two countries a question asks about in general, by their names (or their
// leaders') and relation or mood words only; nil for any other question. terms are the
// question's (queryTerms).
func (s *Store) pairAsked(question string, names nameTable, terms []string) []string {
	if !slices.ContainsFunc(terms, func(t string) bool { return pairGate[t] }) &&
		slices.ContainsFunc(terms, func(t string) bool { return s.nameWords[t] == 0 && s.entityName[t] == nil }) {
		return nil // most questions: no need to read names ("Tokyo" is one alone)
	}
	rest, found := withoutNamesIn(question, names)
	pair, ok := countriesOf(found, false)
	if !ok || len(pair) != 2 {
		return nil
	}
	if len(found) == 2 && (found[0].Kind == "person") != (found[1].Kind == "person") {
		// "Has Yoon's government thawed relations with Tokyo?" asks what one leader's
		// government did, not of the two countries' relations in general.
		return nil
	}
	others := s.index.queryTerms(rest)
	if slices.ContainsFunc(others, func(t string) bool {
		return !slices.Contains(relationWords, t) && !slices.Contains(moodWords, t) && !slices.Contains(contrastWords, t)
	}) {
		return nil
	}
	return pair
}

// personsViewAsked reports whether a question asks what a person named first thinks or says,
// or how they see something ("What does Yoon think of Japan?"): Yoon's own words and deeds
// answer, not South Korea's relations with Japan.
func (s *Store) personsViewAsked(words []string, names nameTable) bool {
	if !slices.ContainsFunc(words, func(w string) bool { return personViewWords[w] }) {
		return false
	}
	for i := range names.spans {
		if e, _ := names.at(i); e != nil {
			return e.Kind == "person"
		}
	}
	return false
}

// personViewWords ask what someone thinks or how they see something.
var personViewWords = setOf([]string{"think", "thinks", "thought", "view", "views", "see", "sees", "feel", "feels", "opinion",
	"say", "says", "said", "tell", "told", "tells"})

// relationsTold reports whether the article tells of the pair's relations: those among the
// four partners, the US and China, which /relations is written for.
func relationsTold(pair []string) bool {
	told := func(id string) bool { return slices.Contains(allies, id) || id == "US" || id == "CN" }
	return told(pair[0]) && told(pair[1])
}

// contrastWords are the stems a question asking how two countries differ in general may use
// besides their names: "what is the biggest difference between Australia and New Zealand?".
var contrastWords = []string{"differ", "diff", "divid", "split", "rift", "contrast", "compar", "biggest", "key", "gap", "vs", "versus",
	"trust"}

// partners reports whether every one of ids is one of the four Asia-Pacific partners, whose
// stances on third actors the article sets side by side.
func (s *Store) partners(ids []string) bool {
	group := s.entityByID["asia-pacific-allies"]
	return group != nil && !slices.ContainsFunc(ids, func(id string) bool { return !slices.Contains(group.Members, id) })
}

// groupOrder is how pairAnswer orders the sections of /relations it answers from.
type groupOrder uint8

const (
	relationsOrder   groupOrder = iota // as /relations shows them
	differencesLast                    // what they share first: "what do they have in common?"
	differencesFirst                   // where they differ first: "how do they differ?"
	differencesOnly                    // where they differ alone: "why are relations so bad?"
)

// pairAnswer answers a question about two countries' relations with what /relations leads
// with: the first facts of its first section, then of the next, so that both where they differ
// and where they cooperate are shown when the article gives both. Asked why (“why are japan and
// korea still not friends”), the first section's causes lead it, then its other reasons. Asked
// what they share, where they cooperate comes first. rel is the pair's /relations brief.
func (s *Store) pairAnswer(rel Brief, why bool, order groupOrder) Brief {
	switch order {
	case differencesLast:
		slices.SortStableFunc(rel.Groups, func(a, b Group) int {
			return boolInt(a.Heading == "Differences") - boolInt(b.Heading == "Differences")
		})
	case differencesFirst:
		slices.SortStableFunc(rel.Groups, func(a, b Group) int {
			return boolInt(b.Heading == "Differences") - boolInt(a.Heading == "Differences")
		})
	case differencesOnly:
		// Only where the article finds them at odds at some length: of a pair it mostly
		// finds working together, a lone difference would make the premise seem right.
		if i := slices.IndexFunc(rel.Groups, func(g Group) bool { return g.Heading == "Differences" }); i >= 0 && len(rel.Groups[i].Items) >= 3 {
			rel.Groups = rel.Groups[i : i+1]
		}
	}
	var facts []*Fact
	for gi, g := range rel.Groups {
		take := MaxAnswerFacts - len(facts)
		if gi == 0 && len(rel.Groups) > 1 {
			take = 3
		}
		items := g.Items
		if why && gi == 0 {
			items = slices.Clone(items)
			slices.SortStableFunc(items, func(a, b Item) int { return int(s.reasons[b.Fact.ordinal]) - int(s.reasons[a.Fact.ordinal]) })
		}
		for _, it := range items {
			if take == 0 {
				break
			}
			if !slices.Contains(facts, it.Fact) {
				facts = append(facts, it.Fact)
				take--
			}
		}
	}
	if len(facts) == 0 {
		return Brief{}
	}
	return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
}

// standpoints is where each of two countries stands on a third actor, set side by side as
// /relations does (contrasts); nil when the article files no such pair of positions.
func (s *Store) standpoints(pair []string) []*Fact {
	pair = s.SortEntityIDs(pair)
	var facts []*Fact
	for _, g := range s.contrasts(pair, s.FactsWithEntities(pair...)) {
		for _, it := range g.Items {
			if len(facts) < MaxAnswerFacts && !slices.Contains(facts, it.Fact) {
				facts = append(facts, it.Fact)
			}
		}
	}
	return facts
}

// saidOfPremise is what a premise reports someone said, when the question after it asks who
// said it: "Kang Kyung-wha said Japan needs a correct view of history, right" and "who
// actually said that" give "Japan needs a correct view of history".
func saidOfPremise(premise, asked string) (string, bool) {
	aw := strings.Fields(normalizeName(asked))
	aw = slices.DeleteFunc(aw, func(w string) bool { return w == "actually" || w == "really" || w == "in" || w == "fact" })
	if len(aw) != 3 || aw[0] != "who" || !saidVerbs[aw[1]] || aw[2] != "that" && aw[2] != "it" && aw[2] != "this" {
		return "", false
	}
	i := indexFold(premise, " said ")
	if i < 0 {
		return "", false
	}
	said := premise[i+len(" said "):]
	said = strings.TrimSuffix(strings.TrimSuffix(said, ", right"), " right")
	return said, len(strings.Fields(said)) >= 3
}

// withoutClosingWhenClause is a question without the clause that closes it saying when,
// after what it asks: "What did Ardern say about China after leaving the summit?" asks what
// she said. False when there is none, when it reports what was said ("…after Madrid
// that…"), or when it uses a word the store never reads ("…after Shinzo Abe was shot"):
// what followed something the article never tells is not in it either.
func (s *Store) withoutClosingWhenClause(question string) (string, bool) {
	lower := strings.ToLower(question)
	for _, w := range closingWhen {
		i := strings.LastIndex(lower, w)
		if i <= 0 {
			continue
		}
		closing := lower[i:]
		if strings.ContainsAny(closing, ",;") || strings.Contains(closing, " that ") || len(strings.Fields(closing)) < 3 || !s.readsEveryWord(question[i:]) {
			continue
		}
		main := strings.Fields(normalizeName(question[:i]))
		if len(main) < 3 || !opensAsking(main[0]) {
			continue
		}
		return question[:i] + "?", true
	}
	return question, false
}

// relativeAside reports whether a clause's words (normalizeName's) are a relative clause on
// what came before, asking nothing: "which the author mentions in passing", "which the
// press office will wish to reflect".
func relativeAside(words []string) bool {
	return len(words) > 2 && words[0] == "which" && relativeSubjects[words[1]]
}

// relativeSubjects open the subject of a relative clause after "which".
var relativeSubjects = setOf([]string{"the", "i", "we", "you", "he", "she", "it", "they", "my", "our", "his", "her", "its", "their", "one"})

// relativeWhen reports whether a clause's only question word is a "when" or "where" that
// says of a time or place before it, asking nothing: "at a moment when grievances were
// already souring relations".
func relativeWhen(words []string) bool {
	asking := 0
	for i, w := range words {
		if !slices.Contains(questionWords, w) && w != "who" && w != "whom" && w != "whether" {
			continue
		}
		if (w == "when" || w == "where") && i > 0 && relativeTimes[words[i-1]] {
			continue
		}
		asking++
	}
	return asking == 0
}

// relativeWhenAfter reports whether a clause's words open with a "when" that says of the
// time the clause before it ends with: "…back to the summer of 2019, when relations reached
// a nadir, …".
func relativeWhenAfter(before string, words []string) bool {
	if len(words) < 2 || words[0] != "when" || slices.Contains(auxiliaries, words[1]) || words[1] == "was" || words[1] == "were" || words[1] == "had" {
		return false // "In 2019, when did Tokyo…" asks when
	}
	prev := strings.Fields(normalizeName(before))
	if len(prev) == 0 {
		return false
	}
	last := prev[len(prev)-1]
	return relativeTimes[last] || slices.Contains(months, last) || seasons[last] || len(last) == 4 && isDigits(last)
}

// seasons name a time of year a relative "when" may follow.
var seasons = setOf([]string{"spring", "summer", "autumn", "fall", "winter"})

// relativeTimes are the times and places a relative "when" or "where" follows.
var relativeTimes = setOf([]string{"moment", "time", "times", "period", "point", "stage", "juncture", "day", "days", "year", "years", "era", "occasion", "place"})

// withoutSceneSetting is a question without the clauses, between commas, that name nothing
// the store knows and hold no question word: the context a formal asker gives before asking.
// False when no clause goes, or nothing that asks is left.
func (s *Store) withoutSceneSetting(question string) (string, bool) {
	clauses := strings.Split(question, ", ")
	if len(clauses) < 2 {
		return question, false
	}
	kept := clauses[:0:0]
	asks, requested := false, false
	for i, c := range clauses {
		words := strings.Fields(normalizeName(c))
		if len(words) > 0 && words[0] == "and" {
			words = words[1:]
		}
		if i == 0 && len(words) > 1 && len(words) <= 4 && (words[1] == "you" && politeOpeners[words[0]] || words[0] == "please" || words[0] == "kindly") {
			// "Could you indicate, purely for the purposes of perspective, the approximate
			// size of the contested island…?": what the request opens asks.
			requested = true
			continue
		}
		// "since chairmanship reveals who drives an initiative": a reason given asks nothing;
		// nor does where the asker says the answer comes from ("as the article gives it").
		reason := len(words) > 0 && reasonOpeners[words[0]] || purposeOpened(words) || len(words) > 2 && words[0] == "as" && articleWords[words[2]] ||
			i > 0 && (relativeAside(words) || relativeWhenAfter(clauses[i-1], words))
		asking := !reason && (requested || slices.ContainsFunc(words, func(w string) bool {
			return slices.Contains(questionWords, w) || w == "who" || w == "whom" || w == "whether"
		}) && !relativeWhen(words))
		if actors, things := s.namedEntities(c); asking || !reason && len(actors)+len(things) > 0 || opensTopic(c) {
			kept = append(kept, c)
			asks = asks || asking
		}
	}
	if !asks || len(kept) == len(clauses) {
		return question, false
	}
	return strings.Join(kept, ", "), true
}

// afterStatement is the question after the last semicolon of a message, when it asks with a
// question word, names an actor or thing of its own (or speaks of what the statement names by
// a pronoun) and uses only words the facts use; false for any other.
func (s *Store) afterStatement(question string) (string, bool) {
	i, sep := strings.LastIndex(question, "; "), 2
	if i < 0 {
		// "Yoon dumped Moon's North Korea line pretty fast — what was Moon Jae-in's
		// approach?": a dash before a question word parts them too.
		for _, dash := range []string{" — ", " – ", " - "} {
			if j := strings.LastIndex(question, dash); j > 0 {
				if w := strings.Fields(normalizeName(question[j+len(dash):])); len(w) > 1 && opensAsking(w[0]) {
					i, sep = j, len(dash)
					break
				}
			}
		}
	}
	if i < 0 {
		return question, false
	}
	rest := question[i+sep:]
	words := strings.Fields(normalizeName(rest))
	if !slices.ContainsFunc(words, func(w string) bool { return slices.Contains(questionWords, w) || w == "who" }) {
		return question, false
	}
	if !s.readsEveryWord(rest) {
		return question, false // a word no fact uses ("the alliance's secretary general")
	}
	if actors, things := s.namedEntities(rest); len(actors)+len(things) > 0 {
		return rest, true
	}
	if !slices.ContainsFunc(words, func(w string) bool { return pronouns[w] }) {
		return question, false // nothing of its own
	}
	// "The Korean President used striking language about the three-way relationship; how
	// did he describe what it ought to become?": its pronouns speak of what the statement
	// names.
	actors, things := s.namedEntities(question[:i])
	if len(actors)+len(things) == 0 {
		return question, false
	}
	return s.withNamesOf(question[:i], rest), true
}

// withNamesOf is part, a part of a question that speaks by a pronoun of what before names,
// with before's names added: "…, and what role did he take in it?".
func (s *Store) withNamesOf(before, part string) string {
	actors, things := s.namedEntities(before)
	q := strings.TrimRight(strings.TrimSpace(part), "?.")
	for _, id := range append(actors, things...) {
		q += " " + plainName(s.entityByID[id])
	}
	return q + "?"
}

// asksAfterTopic reports whether a question opens with the topic and then asks with a
// question word: "On the wartime labour issue, what does Tokyo oppose".
func asksAfterTopic(question string) bool {
	topic, rest, ok := strings.Cut(question, ", ")
	if !ok || !opensTopic(topic) {
		return false
	}
	words := strings.Fields(normalizeName(rest))
	return len(words) > 0 && opensAsking(words[0])
}

// opensAsking reports whether a question's first word (in any case, normalized or not) asks
// with a question word: "what", "who", and their contractions "what's", "whats", "who's".
func opensAsking(w string) bool {
	for _, q := range askingWords {
		if len(w) >= len(q) && strings.EqualFold(w[:len(q)], q) {
			switch w[len(q):] {
			case "", "'s", "’s", "s", "S":
				return true
			}
		}
	}
	return false
}

// askingWords are questionWords and "who".
var askingWords = append(slices.Clone(questionWords), "who")

// namedAgainIn reports whether a topic clause names something and rest names it all again,
// the clause saying nothing more than in generic words ("policy towards Beijing").
func (s *Store) namedAgainIn(clause, rest string) bool {
	left, named := s.withoutNames(clause)
	if len(named) == 0 || slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(left), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }), func(w string) bool {
		return !genericTopicWords[w] && !isStopword(w)
	}) {
		return false
	}
	actors, things := s.namedEntities(rest)
	// A group is named again by one of its members the rest singles out: "Turning to the
	// smallest of the four partners, on what has Wellington concentrated its diplomacy?"
	return !slices.ContainsFunc(named, func(e *Entity) bool {
		return !slices.Contains(actors, e.ID) && !slices.Contains(things, e.ID) && !slices.ContainsFunc(e.Members, func(m string) bool { return slices.Contains(actors, m) })
	})
}

// genericTopicWords name a topic only by whom it concerns: "policy towards Beijing".
var genericTopicWords = setOf([]string{"turning", "policy", "policies", "relations", "relationship", "ties", "matters",
	"affairs", "issue", "issues", "question", "front", "side", "subject", "attitude", "approach", "towards", "toward",
	"regard", "respect", "regards", "s", "'s", "’s", "if", "i", "may", "own", "calculations", "calculation", "calculus", "thinking",
	"perspective", "position", "positions", "stance", "view", "views", "outlook", "part", "end", "camp",
	// …or singles one out of a group: "the smallest of the four partners".
	"smallest", "largest", "biggest", "newest", "oldest", "weakest", "strongest", "richest", "poorest"})

// opensTopic reports whether a clause says what is asked about ("On the wartime labour
// issue, …", "As regards the trade dispute").
func opensTopic(clause string) bool {
	_, ok := topicOf(clause)
	return ok
}

// speaksOfOneNamed reports whether a question speaks of someone named before it by a personal
// pronoun: "what did he argue beforehand…".
func speaksOfOneNamed(question string) bool {
	return slices.ContainsFunc(strings.Fields(normalizeName(question)), func(w string) bool { return personalPronouns[w] })
}

// personalPronouns speak of a person named before.
var personalPronouns = setOf([]string{"he", "she", "him", "her", "his"})

// topicOf is the topic a clause opens (opensTopic), without the words opening it: "Prime
// Minister Kishida" of "Turning to Prime Minister Kishida".
func topicOf(clause string) (string, bool) {
	c := strings.TrimSpace(clause)
	if rest, ok := cutPrefixFold(c, "and "); ok {
		c = rest
	}
	for _, o := range topicOpeners {
		if topic, ok := cutPrefixFold(c, o); ok {
			return topic, true
		}
	}
	return "", false
}

// opensScene reports whether a clause opens with a sceneOpener, not asking "since when".
func opensScene(clause string) bool {
	if _, asksSince := cutPrefixFold(clause, "since when"); asksSince {
		return false
	}
	if setsAside(clause) {
		return true // "Setting Seoul aside for a moment, what are Tokyo's two goals?"
	}
	return slices.ContainsFunc(sceneOpeners, func(o string) bool { _, ok := cutPrefixFold(clause, o); return ok })
}

// setsAside reports whether a clause sets something aside from what the question asks:
// "Setting Seoul aside for a moment", "leaving aside the court cases", "Looking past this
// one summit".
func setsAside(clause string) bool {
	first, rest, _ := strings.Cut(strings.TrimSpace(clause), " ")
	switch strings.ToLower(first) {
	case "setting", "leaving", "putting":
		return indexFold(rest, "aside") >= 0
	case "looking", "thinking":
		_, past := cutPrefixFold(rest, "past ")
		_, beyond := cutPrefixFold(rest, "beyond ")
		return past || beyond
	}
	return false
}

// sceneOpeners open a clause that sets something against what a question asks, gives the
// asker's reason for asking it, or the group it picks from ("Among the four partners, what
// is Japan's priority?").
var sceneOpeners = []string{"whereas ", "notwithstanding ", "although ", "though ", "while ", "given that ", "given ", "since ",
	"bearing in mind ", "mindful that ", "considering ", "among ", "of all ", "of the two ", "of the three ", "of the four "}

// purposeOpened reports whether a clause's words (normalizeName's) open with the purpose of
// asking: "purely so that I may appreciate the scale…", "for the sake of an accurate record".
func purposeOpened(words []string) bool {
	for i := 0; i < min(len(words)-1, 2); i++ {
		if words[i] == "so" && words[i+1] == "that" || words[i] == "in" && words[i+1] == "order" ||
			words[i] == "for" && words[i+1] == "the" && i+2 < len(words) && (words[i+2] == "sake" || words[i+2] == "purpose" || words[i+2] == "purposes") {
			return true
		}
	}
	return false
}

// reasonOpeners open a clause that gives the asker's reason for asking, or what they bear
// in mind ("mindful that Seoul and Wellington were more reticent").
var reasonOpeners = setOf([]string{"since", "because", "given", "considering", "bearing", "mindful", "recalling", "noting", "knowing"})

// topicOpeners open a clause that says what is asked about.
var topicOpeners = []string{"on ", "as regards ", "as to ", "as for ", "with regard to ", "with respect to ", "in respect of ", "regarding ", "concerning ", "turning to ", "turning now to ", "turning, if i may, to ", "looking at ", "looking to "}

// twoQuestions splits a question that asks two things, joined by "and" and a question word
// ("When was the case brought, and when did the court rule?"); false for any other.
func twoQuestions(question string) (first, second string, ok bool) {
	if indexFold(question, " and ") < 0 {
		return secondAsked(question) // most questions: one
	}
	lower := strings.ToLower(question)
	for _, w := range questionWordsAfterAnd {
		if i := strings.Index(lower, w); i > 0 {
			j := i + strings.Index(w, "and ") + len("and ")
			return question[:i], question[j:], true
		}
	}
	return secondAsked(question)
}

// secondAsked splits a message that asks a question and then another, opening with a
// question word: "How is Tokyo trying to curb China? Which partnerships does it lean on?";
// after one opening with a question word, the second may ask yes or no ("What does
// Wellington focus on? Is it part of the China pushback?").
func secondAsked(question string) (first, second string, ok bool) {
	i := strings.Index(question, "? ")
	if i < 0 {
		return dashAsked(question) // most questions
	}
	w, _, _ := strings.Cut(question[i+2:], " ")
	if !slices.Contains(questionWords, strings.ToLower(w)) && !(whetherWords[strings.ToLower(w)] && opensAsking(strings.ToLower(strings.Fields(question)[0]))) {
		return "", "", false
	}
	return question[:i+1], question[i+2:], true
}

// dashAsked splits a question that asks a second after a dash, both opening with a question
// word: "Why has Washington set such store by three-way cooperation — what does it gain?".
func dashAsked(question string) (first, second string, ok bool) {
	i := strings.Index(question, " — ")
	if i < 0 {
		return "", "", false // most questions
	}
	w, _, _ := strings.Cut(question[i+len(" — "):], " ")
	opener, _, _ := strings.Cut(question, " ")
	if !slices.Contains(questionWords, strings.TrimRight(strings.ToLower(w), ",")) || !opensAsking(strings.TrimRight(opener, ",")) {
		return "", "", false // "i assume they met recently — when was the last time?" asks one thing
	}
	return question[:i] + "?", question[i+len(" — "):], true
}

// twoQuestionsLoosely is twoQuestions that also splits where the second question opens
// with a preposition ("…, and from whom do they want to break free?"), which, read as one
// question, only its question word tells apart from a phrase of the first.
func twoQuestionsLoosely(question string) (first, second string, ok bool) {
	if first, second, ok := twoQuestions(question); ok {
		return first, second, ok
	}
	if indexFold(question, ", and ") < 0 {
		return "", "", false // most questions, read without copying them
	}
	lower := strings.ToLower(question)
	for rest, at := lower, 0; ; {
		i := strings.Index(rest, ", and ")
		if i < 0 {
			return "", "", false
		}
		j := at + i + len(", and ")
		if words := strings.Fields(lower[j:]); len(words) >= 2 && slices.Contains(prepositions, words[0]) && (slices.Contains(questionWords, words[1]) || words[1] == "whom") {
			return question[:at+i], question[j:], true
		}
		rest, at = rest[i+len(", and "):], j
	}
}

// prepositions open a second question asked with one: "and from whom…", "and with what…".
var prepositions = []string{"from", "with", "in", "to", "by", "for", "on", "at", "under", "against", "about", "through"}

// asksOfTheFirst reports whether the second part of a question speaks of what the first
// asked about by a pronoun alone ("…, and what did he deliver?"), or by a demonstrative
// ("…, and when did this exchange of protests happen?").
func asksOfTheFirst(second string) bool {
	words := strings.Fields(normalizeName(second))
	for i := 2; i < len(words); i++ {
		// "…, and which grouping does the article single out in that connection?"
		if words[i-2] == "in" && (words[i-1] == "that" || words[i-1] == "this") && backRegards[words[i]] {
			return true
		}
	}
	return slices.ContainsFunc(words, func(w string) bool { return pronouns[w] }) && !slices.ContainsFunc(words, func(w string) bool {
		return !pronouns[w] && !isStopword(w) && !slices.Contains(questionWords, w) && !whetherWords[w]
	}) || len(words) <= 5 && slices.ContainsFunc(words, func(w string) bool { return pronouns[w] }) ||
		len(words) >= 2 && slices.Contains(questionWords, words[0]) && slices.ContainsFunc(words[1:min(len(words), 4)], func(w string) bool { return demonstratives[w] })
}

// demonstratives point back at what a question's first part named: "this exchange".
var demonstratives = setOf([]string{"this", "these", "those"})

// backRegards, after "in that", point back at what was asked before: "in that connection".
var backRegards = setOf([]string{"connection", "regard", "respect", "context", "case"})

// pronouns speak of what was named before.
var pronouns = setOf([]string{"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"})

// asksOnlyKind reports whether part of a question names nothing and asks only what kind of
// answer it wants ("how often?", "on what date", "in which city was it held?"). A word
// owned by a pronoun names a thing of its own: "…, and in which month was his
// inauguration?" asks of the inauguration.
func (s *Store) asksOnlyKind(part string) bool {
	actors, things := s.namedEntities(part)
	if len(actors)+len(things) > 0 {
		return false
	}
	switch terms := s.index.queryTerms(part); len(terms) {
	case 0:
		return true
	case 1:
		// A word after "the" names a thing of its own: "…, and when was the ruling?" asks of
		// the ruling, not only a date.
		words := strings.Fields(normalizeName(part))
		for i := range len(words) - 1 {
			if possessivePronouns[words[i]] || words[i] == "the" && slices.Equal(s.index.queryTerms(words[i+1]), terms) {
				return false
			}
		}
		return true
	}
	return false
}

// possessivePronouns own the word after them: "his inauguration", "their first meeting".
var possessivePronouns = setOf([]string{"his", "her", "its", "their"})

// questionWordsAfterAnd open the second of two questions asked at once.
var questionWordsAfterAnd = []string{
	" and when ", " and what ", " and what's ", " and what’s ", " and why ", " and how ", " and who ", " and where ", " and which ", " and whose ",
	// An aside may follow the question word: "…, and when, if it has, did it enter into force?".
	" and when, ", " and why, ", " and how, ", " and where, ",
	// An auxiliary opens a second question only after a comma: "what did they talk about,
	// and did the talks have substance?", not "Japan and did…".
	", and did ", ", and does ", ", and do ", ", and is ", ", and was ", ", and were ", ", and are ", ", and has ", ", and have ",
	", and can ", ", and could ", ", and will ", ", and would ", ", and should ",
	// Without a comma, as people type on a phone, when a pronoun follows: "what did the
	// envoy give yoon and did they talk about trade".
	" and did they ", " and did he ", " and did she ", " and did it ", " and do they ", " and does it ",
	" and does he ", " and does she ", " and is it ", " and was it ", " and was he ", " and were they ",
	" and are they ", " and has it ", " and has he ", " and have they ", " and will they ",
}

// asksOrder reports whether a question asks in what order events came ("which came first,
// Japan's export curbs or Korea dropping GSOMIA?", "the sequence of the Dokdo spat").
func asksOrder(question string) bool {
	q := strings.ToLower(question)
	return firstAsked(q) || strings.Contains(q, "sequence") || strings.Contains(q, "order of") || strings.Contains(q, "what order") ||
		asksYearsOf(q) && !strings.Contains(q, ", and ") // not as a second question, of the first's answer
}

// asksYearsOf reports whether q (in lower case) asks the years or timeline of several
// events: "in which years the mediation was brought and the ruling handed down", "the
// relevant years", "the actual timeline".
func asksYearsOf(q string) bool {
	return slices.ContainsFunc([]string{"in which years ", "in what years ", "which years ", "what years ", "relevant years", "relevant dates", "timeline", "chronology"}, func(w string) bool {
		return strings.Contains(q, w)
	})
}

// firstAsked reports whether q (in lower case) asks what came first, "first" ending a clause
// ("which came first, X or Y?", "did X or Y happen first?"), not "first" before what it
// qualifies ("where was the first drill held?").
func firstAsked(q string) bool {
	for rest := q; ; {
		i := strings.Index(rest, " first")
		if i < 0 {
			return false
		}
		rest = rest[i+len(" first"):]
		if rest == "" || strings.IndexByte(",?:;.!", rest[0]) >= 0 || strings.HasPrefix(rest, " or ") || strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, " –") || strings.HasPrefix(rest, " —") {
			return true
		}
	}
}

// inOrder answers a question about the order of events with the events, in date order: each
// alternative it names ("X or Y", "X and Y") is searched for on its own, so that both are
// there; nothing when no fact found is dated.
func (s *Store) inOrder(question string) []*Fact {
	var facts []*Fact
	add := func(hits []Hit, n int) {
		for _, h := range hits {
			if n == 0 {
				return
			}
			if !slices.Contains(facts, h.Fact) {
				facts = append(facts, h.Fact)
				n--
			}
		}
	}
	parts := strings.Split(alternatives.Replace(readEveryday(question)), " or ")
	if len(parts) == 1 && asksYearsOf(strings.ToLower(question)) {
		parts = strings.Split(parts[0], " and ") // "in which years X and Y"
	}
	if len(parts) > 1 {
		for _, p := range parts {
			add(s.Search(p, 2), 2)
		}
	}
	add(s.Search(question, MaxAnswerFacts), MaxAnswerFacts-len(facts))
	facts = facts[:min(len(facts), MaxAnswerFacts)]
	if !slices.ContainsFunc(facts, (*Fact).Dated) {
		return nil
	}
	// Dated facts by date, the rest after them in the order found.
	slices.SortStableFunc(facts, func(a, b *Fact) int {
		switch {
		case a.Dated() && b.Dated():
			return a.When().Compare(b.When())
		case a.Dated() != b.Dated():
			return boolInt(!a.Dated()) - boolInt(!b.Dated())
		}
		return 0
	})
	return facts
}

// alternatives are the ways a question sets one event against another: "X or Y", "X vs Y".
var alternatives = strings.NewReplacer(" vs. ", " or ", " vs ", " or ", " versus ", " or ")

// concessions open a clause that concedes a point rather than asks about it.
var concessions = []string{" despite ", " given that ", " although ", " even though ", " even with ", " though ", " in spite of ", " regardless of ", " notwithstanding ",
	" besides ", " apart from ", " aside from ", " other than "}

// exclusions open a clause that sets aside what the question does not ask for.
var exclusions = []string{" besides ", " apart from ", " aside from ", " other than ", " beyond ", " over and above "}

// cutPrefixFold is strings.CutPrefix, ignoring case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// asksForOthers reports whether q asks for others of a kind than those set aside: "what
// other historical issues", "what else".
func asksForOthers(q string) bool {
	words := strings.Fields(normalizeName(q))
	return slices.Contains(words, "other") || slices.Contains(words, "else")
}

// viewsSetApart is a question asking the difference between how one sees two ("the
// difference between how the US sees South Korea and how it sees New Zealand") asked as a
// comparison of the two in its eyes; false for any other question.
func viewsSetApart(question string) (string, bool) {
	const opener, joiner = "difference between how ", " and how "
	i := indexFold(question, opener)
	if i < 0 {
		return "", false // most questions
	}
	rest := question[i+len(opener):]
	j := indexFold(rest, joiner)
	if j < 0 {
		return "", false
	}
	first, second := rest[:j], rest[j+len(joiner):]
	for _, verb := range []string{" sees ", " see ", " views ", " view ", " regards ", " regard ", " treats ", " treat "} {
		k, l := indexFold(first, verb), indexFold(second, verb)
		if k <= 0 || l <= 0 {
			continue
		}
		viewer, a, b := first[:k], first[k+len(verb):], strings.TrimRight(second[l+len(verb):], "?!. ")
		return "How does " + viewer + " see " + a + " compared with " + b + "?", true
	}
	return "", false
}

// absenteeMarkers open who a meeting was held without.
var absenteeMarkers = []string{" met without ", " meet without ", " meeting without ", " talks without ", " gathered without "}

// withoutAbsentee is the question without whom a meeting it names was held without, up to
// the next comma or the main clause, and that absentee; false when it names none.
func withoutAbsentee(question string) (rest, absent string, ok bool) {
	if indexFold(question, " without ") < 0 {
		return "", "", false // most questions
	}
	lower := strings.ToLower(question)
	for _, m := range absenteeMarkers {
		if i, end, found := clauseFrom(question, lower, m); found {
			held, from := i+len(m)-len("without "), i+len(m)
			absent := strings.TrimRight(question[from:end], "?!. ")
			return strings.TrimRight(question[:held], " ") + question[from+len(absent):], absent, true
		}
	}
	return "", "", false
}

// countryAskedOn is the country, of a question's actors after its first, named right after
// "on" or "towards", that lead does not name: what a line or stance asked about is on
// ("hawkish on China"). "" when there is none.
func (s *Store) countryAskedOn(question string, actors []string, lead *Fact) string {
	if len(actors) < 2 || !slices.ContainsFunc(actors[1:], func(id string) bool { return !lead.HasEntity(id) }) ||
		indexFold(question, " on ") < 0 && indexFold(question, " toward") < 0 {
		return "" // most questions
	}
	lower := strings.ToLower(question)
	at := wordsAfter(lower, []string{"on ", "towards ", "toward "})
	for _, id := range actors[1:] {
		if e := s.entityByID[id]; e != nil && e.Kind == "country" && !lead.HasEntity(id) && nameAt(lower, at, e) {
			return id
		}
	}
	return ""
}

// withoutExclusion is the question without its excluding clause (exclusions), up to the next
// comma or the end; false when it has none.
func withoutExclusion(question string) (rest, clause string, ok bool) {
	if !slices.ContainsFunc(exclusions, func(c string) bool { return indexFold(question, c[1:]) >= 0 }) {
		return "", "", false // most questions, read without copying them
	}
	question = " " + question
	lower := strings.ToLower(question)
	for _, c := range exclusions {
		if i, end, ok := clauseFrom(question, lower, c); ok {
			return strings.Trim(question[:i]+" "+question[end:], " ,"), question[i+len(c) : end], true
		}
	}
	return "", "", false
}

// kindWords are the words with which a question asks for an agreement or an organisation.
var kindWords = map[string]string{
	"agreement": "agreement", "agreements": "agreement", "pact": "agreement", "pacts": "agreement",
	"treaty": "agreement", "treaties": "agreement", "deal": "agreement", "deals": "agreement",
	"grouping": "organisation", "groupings": "organisation", "organisation": "organisation",
	"organisations": "organisation", "organization": "organisation", "organizations": "organisation",
	"bloc": "organisation", "blocs": "organisation",
}

// kindSetAside is the kind of thing a question asks for (kindWords) when the clause it sets
// aside names things of that kind, with those things: "which agreements … besides the access
// agreement" asks for another agreement. Empty when it asks for none or the clause names
// none.
func (s *Store) kindSetAside(rest, clause string) (kind string, set []string) {
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		if k := kindWords[strings.Trim(w, "?!.,")]; k != "" {
			kind = k
			break
		}
	}
	if kind == "" {
		return "", nil
	}
	actors, things := s.namedEntities(clause)
	for _, id := range append(actors, things...) {
		if s.entityByID[id].Kind == kind {
			set = append(set, id)
		}
	}
	if len(set) == 0 {
		return "", nil
	}
	return kind, set
}

// namesAnotherOfKind reports whether one of b's first two facts names a thing of kind not in
// set.
func (s *Store) namesAnotherOfKind(b Brief, kind string, set []string) bool {
	facts := b.Facts()
	return slices.ContainsFunc(facts[:min(len(facts), 2)], func(f *Fact) bool {
		return slices.ContainsFunc(f.Entities, func(id string) bool { return s.entityByID[id].Kind == kind && !slices.Contains(set, id) })
	})
}

// withoutConcession is the question without its conceding clause, up to the next comma or the
// end; false when it has none.
func withoutConcession(question string) (string, bool) {
	question = " " + question // "Besides the summit, …" opens with one
	lower := strings.ToLower(question)
	for _, c := range concessions {
		if i, end, ok := clauseFrom(question, lower, c); ok {
			return strings.Trim(question[:i]+" "+question[end:], " ,"), true
		}
	}
	return "", false
}

// premiseEnds end a premise the asker states before asking why: "Tokyo and Canberra both
// take a hard line on Beijing, so why can't they walk away from China?".
var premiseEnds = []string{", so why ", ", but why ", ". so why ", ". but why ", " so why ", " but why ", "; so why ", "; why ", ". why "}

// pairBackReferences point back at those a premise opens with: "Tokyo and Canberra take a
// firm line with Beijing. Why can neither abandon cooperation with China?".
var pairBackReferences = setOf([]string{"they", "them", "their", "neither", "both", "either"})

// withoutPremise is a why-question without the premise stated before it, but for the names it
// opens with, of whom "they" speaks: "Tokyo and Canberra why can't they walk away from
// China?"; false when it has none.
func (s *Store) withoutPremise(question string) (string, bool) {
	ends, ofTheir := premiseEnds, false
	if !strings.Contains(question, " why ") && !strings.Contains(question, " Why ") {
		if !strings.Contains(question, " their ") {
			return "", false // most questions, read without lowering them
		}
		// "australia and NZ are close, what's their cooperation mostly about": what is
		// asked of "their" after a statement is asked of those it opens with.
		ends, ofTheir = premiseEndsAsking, true
	}
	lower := strings.ToLower(question)
	for _, end := range ends {
		i := strings.Index(lower, end)
		if i <= 0 || ofTheir && opensAsking(strings.Fields(lower)[0]) {
			continue
		}
		if end == ". why " && !slices.ContainsFunc(strings.Fields(lower[i+len(end):]), func(w string) bool { return pairBackReferences[w] }) {
			continue // "Japan protested. Why did Korea go ahead?" asks of Korea
		}
		premise := question[:i]
		var spanBuf [32][2]int
		var nameBuf [32]nameStart
		names := s.readNames(premise, spanBuf[:0], nameBuf[:0])
		var subject []string
		for j := 0; j < len(names.spans); {
			e, n := names.at(j)
			w := strings.ToLower(premise[names.spans[j][0]:names.spans[j][1]])
			if e == nil && w != "and" && w != "both" && w != "the" {
				break
			}
			if e != nil {
				subject = append(subject, premise[names.spans[j][0]:names.spans[j+max(n, 1)-1][1]])
			}
			j += max(n, 1)
		}
		if len(subject) == 0 && ofTheir {
			continue
		}
		return strings.Join(subject, " and ") + " " + question[i+len(end)-len(strings.TrimLeft(end, ",.; so but")):], true
	}
	return "", false
}

// premiseEndsAsking end a statement before a question asked of "their": "…are close, so what
// has their cooperation mostly been about?".
var premiseEndsAsking = []string{", so what ", ", what ", ", so what's ", ", what's ", ", so how ", ", how "}

// clauseFrom is the span of the clause of q that opens with marker (found in lower, q in lower
// case), up to the next comma, or without one the question word that opens the main clause
// ("besides deterring NK what does seoul want"), or the end; ok is false when q has none.
func clauseFrom(q, lower, marker string) (from, to int, ok bool) {
	i := strings.Index(lower, marker)
	if i < 0 {
		return 0, 0, false
	}
	end := len(q)
	after := i + len(marker)
	if j := strings.IndexByte(q[after:], ','); j >= 0 {
		end = after + j
	} else {
		for _, w := range mainClauseOpeners {
			if j := strings.Index(lower[after:], w); j >= 0 && after+j < end {
				end = after + j
			}
		}
	}
	return i, end, true
}

// mainClauseOpeners open the main clause after a clause that sets something aside.
var mainClauseOpeners = []string{" what ", " which ", " who ", " how ", " why ", " where ", " when "}

// meetingWords name a meeting after the names of those who held it, or the place
// ("the Madrid summit").
var meetingWords = []string{"meeting", "meetings", "talks", "summit", "trilateral"}

// leadersMeeting reads a meeting named by three or four leaders joined by hyphens ("the
// Biden-Kishida-Yoon meeting"), or listed after it ("the meeting between Biden, Kishida and
// Yoon"), as the facts name it: the trilateral or the four-country meeting.
func (s *Store) leadersMeeting(q string) string {
	hyphens := strings.ContainsAny(q, "-–")
	if !hyphens && !meetingListing(q) {
		return q // most questions: no need to read names
	}
	var spanBuf [32][2]int
	words := nameWords(q, spanBuf[:0])
	if !hyphens {
		return s.leadersListed(q, words)
	}
	for i := 0; i < len(words); i++ {
		run, j := 0, i
		for j < len(words) {
			e, n := s.nameAt(q, words, j)
			if e == nil || e.Leads == "" || (run > 0 && !strings.ContainsAny(q[words[j-1][1]:words[j][0]], "-–")) {
				break
			}
			run, j = run+1, j+n
		}
		if (run != 3 && run != 4) || j >= len(words) || !slices.Contains(meetingWords, strings.ToLower(q[words[j][0]:words[j][1]])) {
			continue
		}
		name := "trilateral"
		if run == 4 {
			name = "four-country"
		}
		return q[:words[i][0]] + name + q[words[j-1][1]:]
	}
	return q
}

// relativeOpeners open a clause saying which one is meant: "the leader who spoke", "the
// leader the piece quotes".
var relativeOpeners = setOf([]string{"who", "whom", "that", "the", "whose"})

// leaderNamed reads "New Zealand's leader" as the leader in office the store knows for that
// country, as its title does ("New Zealand's prime minister" is an alias of Ardern's).
func (s *Store) leaderNamed(q string) string {
	i, bare := strings.Index(q, "'s leader"), false
	if i < 0 {
		i = strings.Index(q, "’s leader")
	}
	if i < 0 {
		// "who was nz leader quoted after madrid": the country's name alone before it.
		if i = indexFold(q, " leader "); i < 0 {
			return q // most questions
		}
		bare = true
	}
	if w := strings.Fields(normalizeName(q)); len(w) > 0 && (asksWho(w[0]) || w[0] == "which") {
		// "Who is New Zealand's leader?" asks the name (asksHolder); so does "who was nz
		// leader in 2022", but not "who was nz leader quoted after madrid", which asks what
		// the leader said.
		after := strings.Fields(q[i+len(" leader "):])
		if !bare || len(after) < 3 || relativeOpeners[strings.ToLower(after[0])] {
			return q // "Who is the New Zealand leader who spoke on China?" asks the name too
		}
	}
	var spanBuf [32][2]int
	words := nameWords(q, spanBuf[:0])
	for j := range words {
		e, n := s.nameAt(q, words, j)
		if e == nil || e.Kind != "country" || words[j+n-1][1] != i {
			continue
		}
		for _, p := range s.entities {
			if p.Leads == e.ID && !p.Former {
				end := i + len("'s leader")
				switch {
				case bare:
					end = i + len(" leader")
				case !strings.HasPrefix(q[i:], "'s leader"):
					end = i + len("’s leader")
				}
				if strings.HasPrefix(q[end:], "s") { // "the two countries' leaders"
					return q
				}
				return q[:words[j][0]] + p.Name + q[end:]
			}
		}
	}
	return q
}

// otherThreeNamed reads "the other three" beside Japan as the article does, as South Korea,
// Australia and New Zealand: "What did the other three agree to at Kishida's four-way talk?"
// asks what they agreed, not what the three trilateral leaders did.
func (s *Store) otherThreeNamed(q string) string {
	i := indexFold(q, "the other three")
	if i < 0 {
		i = indexFold(q, "other three")
		if i != 0 {
			return q // most questions
		}
	}
	if slices.ContainsFunc([]string{"compar", "contrast", "differ", " than ", "unlike", "distinct", "and how"}, func(w string) bool { return indexFold(q, w) >= 0 }) {
		return q // "Japan's goal compared with the other three" sets Japan apart from them
	}
	actors, things := s.namedEntities(q)
	if !slices.Contains(actors, "JP") && !slices.Contains(actors, "fumio-kishida") && !slices.Contains(things, "ap4-meeting-2022") &&
		!(slices.Contains(actors, "CN") && (indexFold(q, "summit") >= 0 || indexFold(q, "madrid") >= 0)) {
		// The article's "other three" at the summit, on China, are those besides Japan too:
		// "did the other three keep quiet on China at the summit?"
		return q
	}
	end := i + len("the other three")
	if !strings.HasPrefix(strings.ToLower(q[i:]), "the ") {
		end = i + len("other three")
	}
	rest := q[end:]
	for _, noun := range []string{" countries", " partners", " governments", " leaders", " asia-pacific partners", " pacific partners"} {
		if r, ok := cutPrefixFold(rest, noun); ok {
			rest = r
			break
		}
	}
	return q[:i] + "South Korea, Australia and New Zealand" + rest
}

// threeOtherThanNamed is q with "the three (countries) other than Japan", and the like with
// "besides", "apart from" or "except", naming the three of the article's four Asia-Pacific
// partners left: "Did the three countries other than Japan criticize Beijing?" asks of South
// Korea, Australia and New Zealand, as "the other three" does. Other questions are returned
// as they are.
func threeOtherThanNamed(q string) string {
	i := indexFold(q, "three ")
	if i < 0 {
		return q // most questions
	}
	rest := q[i+len("three "):]
	for _, noun := range []string{"countries ", "partners ", "nations ", "governments ", "leaders "} {
		if r, ok := cutPrefixFold(rest, noun); ok {
			rest = r
			break
		}
	}
	for _, but := range []string{"other than ", "besides ", "apart from ", "except for ", "except ", "aside from "} {
		r, ok := cutPrefixFold(rest, but)
		if !ok {
			continue
		}
		for _, one := range fourPartnerNames {
			if after, ok := cutPrefixFold(r, one[0]); ok && (after == "" || !isTypedLetter(after[0])) {
				if strings.HasPrefix(strings.ToLower(q[max(i-len("the "), 0):i]), "the ") {
					i -= len("the ")
				}
				return q[:i] + one[1] + after
			}
		}
		return q
	}
	return q
}

// fourPartnerNames are names of the article's four Asia-Pacific partners, each with the
// other three; longer names before those they open.
var fourPartnerNames = [][2]string{
	{"japan", "South Korea, Australia and New Zealand"}, {"tokyo", "South Korea, Australia and New Zealand"},
	{"south korea", "Japan, Australia and New Zealand"}, {"korea", "Japan, Australia and New Zealand"}, {"seoul", "Japan, Australia and New Zealand"},
	{"australia", "Japan, South Korea and New Zealand"}, {"canberra", "Japan, South Korea and New Zealand"},
	{"new zealand", "Japan, South Korea and Australia"}, {"wellington", "Japan, South Korea and Australia"},
}

// meetingListing reports whether q has a meeting word followed by "between", "among" or
// "of" ("the meeting between…"), which leadersListed reads.
func meetingListing(q string) bool {
	for _, linker := range []string{" between ", " among ", " of "} {
		for rest := q; ; {
			i := strings.Index(rest, linker)
			if i < 0 {
				break
			}
			before := rest[:i]
			word := before[strings.LastIndexByte(before, ' ')+1:]
			if slices.ContainsFunc(meetingWords, func(w string) bool { return strings.EqualFold(w, word) }) {
				return true
			}
			rest = rest[i+len(linker):]
		}
	}
	return false
}

// leadersListed reads "the meeting between Biden, Kishida and Yoon" as the trilateral
// meeting: a meeting word, "between", "among" or "of", then three or four leaders joined by
// commas and "and".
func (s *Store) leadersListed(q string, words [][2]int) string {
	word := func(i int) string { return strings.ToLower(q[words[i][0]:words[i][1]]) }
	for i := 0; i+2 < len(words); i++ {
		if !slices.Contains(meetingWords, word(i)) || !slices.Contains([]string{"between", "among", "of"}, word(i+1)) {
			continue
		}
		run, j := 0, i+2
		for j < len(words) {
			e, n := s.nameAt(q, words, j)
			if e == nil || e.Leads == "" {
				break
			}
			run, j = run+1, j+n
			if j < len(words) && word(j) == "and" {
				j++
			} else if j == len(words) || strings.TrimSpace(q[words[j-1][1]:words[j][0]]) != "," {
				break
			}
		}
		if run == 3 || run == 4 {
			name := "trilateral " + word(i)
			if run == 4 {
				name = "four-country " + word(i)
			} else if word(i) == "trilateral" {
				name = word(i)
			}
			return q[:words[i][0]] + name + q[words[j-1][1]:]
		}
	}
	return q
}

// setsApart reports whether a clause (lower case) only sets what it follows apart from
// another's: "that are distinct from those of its Korean neighbour", "that sets it apart
// from Tokyo".
func setsApart(clause string) bool {
	return slices.ContainsFunc([]string{" distinct from ", " different from ", " unlike ", " as opposed to ", " apart from "}, func(m string) bool {
		return strings.Contains(clause, m)
	})
}

// pronounThatAfter are the verbs after which "that" points back at what was asked before:
// "how is that different…", "why does that matter".
var pronounThatAfter = setOf([]string{"is", "was", "does", "did", "are", "were"})

// withoutContrast is the question without a clause opening with one of markers that says
// what another actor does not do ("… that South Korea doesn't put first", "… unlike Seoul"),
// up to the next comma or the end; false when it has none. A clause opening with "that" or
// "which" must say "not".
func withoutContrast(question string, markers []string) (string, bool) {
	lower := strings.ToLower(question)
	for _, c := range markers {
		i, end, ok := clauseFrom(question, lower, c)
		if !ok {
			continue
		}
		clause := lower[i:end]
		if (c == " that " || c == " which ") && !strings.Contains(clause, "n't") && !strings.Contains(clause, " not ") && !setsApart(clause) {
			continue
		}
		if before := strings.Fields(lower[:i]); c == " that " && len(before) > 0 && pronounThatAfter[before[len(before)-1]] {
			continue // "…, and how is that different from Seoul's priorities?" asks of the first
		}
		return question[:i] + question[end:], true
	}
	return "", false
}

// withFactOf is b with the best fact of other shown among its first few, when it is not.
func (s *Store) withFactOf(b, other Brief) Brief {
	if other.Empty() || len(b.Groups) != 1 {
		return b
	}
	facts, best := slices.Clone(b.Facts()), other.Facts()[0]
	if slices.Contains(facts[:min(len(facts), 3)], best) {
		return b
	}
	facts = slices.Insert(slices.DeleteFunc(facts, func(f *Fact) bool { return f == best }), min(len(facts), 2), best)
	b.Groups = []Group{{Heading: b.Groups[0].Heading, Items: s.labelled(facts[:min(len(facts), MaxAnswerFacts)], false)}}
	return b
}

// setApartFrom splits a question from its clause that sets what is asked apart from another
// actor's ("…, as distinct from that of Seoul"), up to the next comma or the end.
func setApartFrom(question string) (rest, clause string, ok bool) {
	if !strings.Contains(question, ", as ") && !strings.Contains(question, ", in contrast") && !strings.Contains(question, ", unlike ") && !strings.Contains(question, ", not like ") {
		return "", "", false // most questions
	}
	lower := strings.ToLower(question)
	for _, c := range []string{", as distinct from ", ", as opposed to ", ", in contrast to ", ", in contrast with ", ", unlike ", ", not like "} {
		if i, end, ok := clauseFrom(question, lower, c); ok {
			return question[:i] + question[end:], question[i:end], true
		}
	}
	return "", "", false
}

// againstTheOthers open a clause that sets an actor against the rest of a group, unnamed.
var againstTheOthers = []string{" compared to the other", " compared with the other", " relative to the other",
	" unlike the other", " versus the other", " vs the other", " vs. the other", " than the other",
	" in contrast with that of the other", " in contrast to that of the other", " in contrast with the other", " in contrast to the other"}

// asksWhy reports whether a question asks for a reason.
func asksWhy(words []string) bool {
	if len(words) == 0 {
		return false
	}
	if words[0] == "why" || (len(words) > 1 && words[0] == "how" && words[1] == "come") {
		return true
	}
	if n := len(words); n > 2 && words[n-2] == "how" && strings.TrimRight(words[n-1], "?!.") == "come" {
		return true // "korea seems softer on china than japan is how come": asked after the puzzle
	}
	for i, w := range words {
		switch w {
		case "why", "whys", "y", "reason", "reasons", "cause", "caused", "causes", "motive", "motives",
			"considerations", "factors", "motivation", "motivations", "rationale":
			return true
		case "behind":
			// "What's behind Seoul's caution?", not "united behind its plans".
			if i == 0 || !supportWords[words[i-1]] {
				return true
			}
		}
	}
	return false
}

// supportWords come before "behind" when it says who backs what, not what causes it.
var supportWords = setOf([]string{"united", "unite", "unites", "rally", "rallied", "rallies", "stand", "stands", "stood",
	"standing", "line", "lined", "fall", "fell", "get", "got", "firmly", "squarely", "fully", "solidly", "lag", "lagging", "fallen", "left"})

// maxAddedReasons bounds the reasons a why-question's answer takes from beyond its hits.
const maxAddedReasons = 2

// reasonsBehind finds the reasons the article gives for the best answer to a why-question,
// among the facts on the same actors and topics (see Reasons) as the question names (actors),
// leaving out those already found. A reason names every actor asked that the best answer
// names, a leader by their country: why South Korea is softer on China is not answered by
// why a Korea–Japan air route closed.
func (s *Store) reasonsBehind(best *Fact, actors []string, found []*Fact) []*Fact {
	topics := make(map[string]bool, len(best.Topics))
	for _, t := range best.Topics {
		topics[t] = true
	}
	onOthers := func(f *Fact) bool {
		return slices.ContainsFunc(actors, func(id string) bool {
			return best.HasEntity(id) && !f.HasEntity(id) && !f.HasEntity(s.ledBy(id))
		})
	}
	var out []*Fact
	for _, f := range s.reasonsFor([]*Fact{best}, topics, actors) {
		if len(out) < maxAddedReasons && f != best && !slices.Contains(found, f) && s.givesReason(f) && !onOthers(f) {
			out = append(out, f)
		}
	}
	return out
}

// reasonMarkers are the words with which the facts give a reason. Not "since": the facts use
// it of time ("Since taking office, the Biden administration…").
var reasonMarkers = []string{
	" because ", " due to ", " so as to ", " in order to ", " to avoid ", " reason", " as a result",
	" caused", " led to ", " attribute", " driven by", " for fear", " fear", " worr", " concern",
	" given ", " out of ", " in response to ", " after ", ", as ", " so that ", " matters to ", " aims ",
	" purpose", " goal",
}

// causeMarkers are the reasonMarkers that state a cause outright, rather than a purpose or a
// circumstance.
var causeMarkers = []string{" because ", " due to ", " attribute", " driven by", " as a result", " reason", " caused", " led to ", " out of "}

// reasonKind is whether a fact's text gives a reason, and how.
type reasonKind uint8

const (
	reasonNone  reasonKind = iota
	reasonGiven            // a cause, purpose or circumstance (reasonMarkers)
	reasonCause            // a cause outright (causeMarkers)
)

// reasonOf reads what reason f's text gives (worked out once per fact: Store.reasons).
func reasonOf(f *Fact) reasonKind {
	t := " " + strings.ToLower(f.Text) + " "
	has := func(markers []string) bool {
		return slices.ContainsFunc(markers, func(m string) bool { return strings.Contains(t, m) })
	}
	switch {
	case has(causeMarkers):
		return reasonCause
	case has(reasonMarkers):
		return reasonGiven
	case slices.ContainsFunc(f.Questions, func(q string) bool { return len(q) > 4 && strings.EqualFold(q[:4], "why ") }):
		// Curated as answering a why ("Why do Japan and Australia still need China?"): the
		// text gives the reason in other words ("China brings great opportunities").
		return reasonGiven
	}
	return reasonNone
}

// givesReason reports whether f's text states a cause or purpose.
func (s *Store) givesReason(f *Fact) bool { return s.reasons[f.ordinal] != reasonNone }

// reasonsFirst moves the facts that give a reason ahead of those that only say what happened,
// keeping the ranking's order within each.
func (s *Store) reasonsFirst(facts []*Fact, subjects []string) []*Fact {
	// A reason for what another actor did is not one for the subjects' deed: "Why did Japan
	// restrict exports to Korea?" is not answered first by Korea's response to it.
	// One stating a cause ("attributes the frictions to…") before one that only gives a
	// reason for something of its own.
	rank := func(f *Fact) int {
		by := s.subject[f.ordinal]
		if !s.givesReason(f) || by != "" && len(subjects) > 0 && !slices.Contains(subjects, by) && !slices.Contains(subjects, s.ledBy(by)) {
			return 2
		}
		return boolInt(s.reasons[f.ordinal] != reasonCause)
	}
	out := slices.Clone(facts)
	slices.SortStableFunc(out, func(a, b *Fact) int { return rank(a) - rank(b) })
	return out
}

// subjectsAsked are the actors a question asks about as its subject: the first of its main
// clause, and those the question joins to it with "and" ("why did Tokyo and Seoul bury the
// hatchet"); none when it names no actor.
func (s *Store) subjectsAsked(question string, names nameTable, actors []string) []string {
	if len(actors) == 0 {
		return nil
	}
	subjects := []string{s.mainClauseFirst(question, actors)[0]}
	for i := 0; i < len(names.spans); {
		e, n := names.at(i)
		n = max(n, 1)
		next := i + n
		if e != nil && slices.Contains(subjects, e.ID) && next+1 < len(names.spans) && strings.EqualFold(question[names.spans[next][0]:names.spans[next][1]], "and") {
			if f, _ := names.at(next + 1); f != nil && slices.Contains(actors, f.ID) && !slices.Contains(subjects, f.ID) {
				subjects = append(subjects, f.ID)
			}
		}
		i = next
	}
	return subjects
}

// labelWords ask what something is called or how it is described.
var labelWords = setOf([]string{"called", "call", "calls", "phrase", "phrases", "label", "labels", "labelled", "labeled",
	"dubbed", "dub", "termed", "term", "word", "words", "nickname", "described", "describe", "describes", "description", "characterised",
	"characterized", "characterise", "characterize", "characterisation", "characterization", "wording", "epithet", "known",
	"frame", "frames", "framed"})

// asksLabel reports whether a question's words (normalizeName's) ask what something is
// called or how it is described.
func asksLabel(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return labelWords[w] })
}

// quotesLabel reports whether f's quote sets off in quotation marks words of the article's
// own that name no entity: a label it puts on something ("the cornerstone of…", "outpost"),
// not a name (“Takeshima”, “comfort women”).
func (s *Store) quotesLabel(f *Fact) bool {
	rest := f.Quote
	for {
		_, after, ok := strings.Cut(rest, "“")
		if !ok {
			return false
		}
		inner, tail, ok := strings.Cut(after, "”")
		if !ok {
			return false
		}
		if s.entityName[normalizeName(inner)] == nil {
			return true
		}
		rest = tail
	}
}

// inTurn reports whether the word at i closes "by way of comparison" or "by comparison" (or
// contrast) with nothing named to compare with: the asker turns to the next thing, as "in
// turn" does ("And, by way of comparison, how is the US–Australia alliance described?").
func inTurn(words []string, i int) bool {
	if i == 0 || words[i-1] != "by" && !(words[i-1] == "of" && i >= 3 && words[i-2] == "way" && words[i-3] == "by") {
		return false
	}
	return i+1 == len(words) || words[i+1] != "with" && words[i+1] != "to" && words[i+1] != "between"
}

// asksDifference reports whether a question asks how actors differ.
func asksDifference(words []string) bool {
	for i, w := range words {
		switch w {
		case "differ", "differs", "differed", "difference", "differences", "different", "differently", "disagree",
			"disagrees", "disagreement", "contrast", "compare", "compared", "comparison", "versus",
			"vs", "split", "divided", "divide", "gap", "diff", "diffs":
			if inTurn(words, i) {
				continue
			}
			return true
		case "odds":
			if i > 0 && words[i-1] == "at" {
				return true
			}
		case "stack", "stacks", "stacked", "stacking", "measure", "measures", "measured":
			// "How does Seoul's stance stack up against Tokyo's?" compares them.
			if stackedUpAt(words, i+2) {
				return true
			}
		case "as":
			if equalAt(words, i+2) {
				return true // "is Korea as central as Japan…"
			}
		}
	}
	return false
}

// differenceOfPremise is the comparison a question asks after a premise comparing two
// actors, asked of them by "they" alone: "South Korea takes a harder line on China than Japan
// does, right? how do they differ" asks how South Korea and Japan differ on China. False
// for any other.
func (s *Store) differenceOfPremise(premise, asked string) (string, bool) {
	words := strings.Fields(normalizeName(asked))
	if !asksDifference(words) || !slices.Contains(words, "they") || len(s.namedActors(asked)) > 0 {
		return "", false
	}
	i := indexFold(premise, " than ")
	if i < 0 {
		i = indexFold(premise, " and ") // "Seoul is the hardliner on Pyongyang and Tokyo the soft one"
	}
	if i < 0 {
		return "", false
	}
	before, after := s.namedActors(premise[:i]), s.namedActors(premise[i:])
	if len(before) == 0 || len(after) == 0 || after[0] == before[0] {
		return "", false
	}
	q := "how do " + plainName(s.entityByID[before[0]]) + " and " + plainName(s.entityByID[after[0]]) + " differ"
	on := slices.DeleteFunc(append(slices.Clone(before[1:]), after[1:]...), func(id string) bool { return id == before[0] || id == after[0] })
	for n, id := range slices.Compact(on) {
		if n == 0 {
			q += " on"
		} else {
			q += " and"
		}
		q += " " + plainName(s.entityByID[id])
	}
	return q + "?", true
}

// equalAt reports whether words[i] is the second "as" of a comparison of equals: "as
// central as", "just as close as".
func equalAt(words []string, i int) bool {
	return i >= 2 && i < len(words) && words[i] == "as" && words[i-2] == "as" && !isStopword(words[i-1])
}

// sideBySide answers a comparison by each side's own position, as far as the article gives
// them; nothing when it gives neither.
func (s *Store) sideBySide(question string, names nameTable, actors, pair []string) Brief {
	var facts []*Fact
	for _, id := range pair {
		if own := s.sidePosition(question, names, actors, id, pair); own != nil && !slices.Contains(facts, own) {
			facts = append(facts, own)
		}
	}
	if len(facts) == 0 {
		return Brief{}
	}
	return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}
}

// viewWords follow an actor who holds a view of others, not a side of the comparison: "How
// does Washington see Seoul compared with Tokyo?" compares Seoul and Tokyo.
var viewWords = map[string]bool{
	"see": true, "sees": true, "view": true, "views": true, "describe": true, "describes": true,
	"regard": true, "regards": true, "treat": true, "treats": true, "label": true, "labels": true,
	"assign": true, "assigns": true, "rate": true, "rates": true, "consider": true, "considers": true,
	"rank": true, "ranks": true, "value": true, "values": true, "description": true,
	"descriptions": true, "characterisation": true, "characterization": true, "portrayal": true,
	// "Seoul's place in Washington's strategic layout compared with Tokyo's": whose strategy
	// it is sees the others in it.
	"strategy": true, "layout": true, "scheme": true, "eyes": true,
}

// viewerAt reports whether the actor named at words[i] holds a view of others: a view word
// follows it ("Washington views", "the US's view").
func viewerAt(words []string, i int) bool {
	end := i + 1
	return end < len(words) && viewWords[words[end]] || end+1 < len(words) && viewWords[words[end+1]] && words[end] == "'s" ||
		roleFor(words, i)
}

// roleFor reports whether the actor named at words[i] is the one a role is for: "New
// Zealand's role for the US", "South Korea's role in US strategy", "where does New Zealand
// fit in Washington's plans", "how important are Japan and Korea to Washington".
func roleFor(words []string, i int) bool {
	j := i - 1
	if j >= 0 && words[j] == "the" {
		j--
	}
	return j >= 1 && (words[j] == "for" || words[j] == "in" || words[j] == "to" || words[j] == "within") && roleWords[words[j-1]]
}

// roleWords say what one country is for another, before "for", "in" or "to" and its name.
var roleWords = map[string]bool{
	"role": true, "place": true, "part": true, "fit": true, "important": true, "close": true,
	"closer": true, "closest": true, "matter": true, "matters": true,
}

// viewer is the actor a comparison asks the view of ("How does the US treat Japan vs
// Korea?"), when it names one; "" otherwise. names are the question's (readNames).
func (s *Store) viewer(question string, names nameTable) string {
	words := lowerWords(question, names.spans)
	for a := range actorsIn(names) {
		if viewerAt(words, a.last()) {
			if a.i >= 2 && words[a.i-1] == "and" {
				// "How do Japan and Korea see China differently?": two who see, compared,
				// not an onlooker.
				if prev, _ := names.at(a.i - 2); prev != nil && actorKinds[prev.Kind] {
					return ""
				}
			}
			return a.e.ID
		}
	}
	return ""
}

// actorAt is an actor a question names: its entity, the index of its first word and how
// many words it spans (nameTable).
type actorAt struct {
	e    *Entity
	i, n int
}

// last is the index of the actor's last word.
func (a actorAt) last() int { return a.i + a.n - 1 }

// actorsIn yields each actor names holds, in the question's order.
func actorsIn(names nameTable) iter.Seq[actorAt] {
	return func(yield func(actorAt) bool) {
		for i := 0; i < len(names.spans); {
			e, n := names.at(i)
			if e == nil || !actorKinds[e.Kind] {
				i++
				continue
			}
			if !yield(actorAt{e, i, n}) {
				return
			}
			i += n
		}
	}
}

// viewedBy finds what the article says of one side of a comparison as the viewer sees it: the
// best fact on the side and the viewer, not on another side, not one on all four ("the US–
// Australia alliance is known as the cornerstone…" for how the US sees Australia).
func (s *Store) viewedBy(question, viewer, id string, sides []string) *Fact {
	other := func(e string) bool { return e != id && slices.Contains(sides, e) }
	qc := s.countryCount(sides)
	// Who a fact names is told by the sets of the facts naming each, without reading it.
	var otherBuf [8]factSet
	otherSets := s.namedSets(otherBuf[:0], slices.DeleteFunc(slices.Clone(sides), func(e string) bool { return !other(e) }))
	viewerSet := s.namedBy[viewer]
	var among []int32
	for _, d := range s.byEntity[id] {
		if viewerSet.has(d) && inHowMany(d, otherSets) == 0 && !s.groupWide(s.facts[d], sides, qc) {
			among = append(among, d)
		}
	}
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	q := s.readFor(question, s.readNames(question, spanBuf[:0], nameBuf[:0]), func(e *Entity) bool { return other(e.ID) }, func(w string) bool { return viewWords[w] })
	// What the viewer says of the side alone ("the US–Japan alliance is the cornerstone…")
	// before what the side does with the viewer about a third country; and of that, what is
	// not the side's own doing ("Japan builds a security system around the alliance").
	var alone, viewed []int32
	for _, d := range among {
		if s.facts[d].countries <= 2 {
			alone = append(alone, d)
			if s.subject[d] != id {
				viewed = append(viewed, d)
			}
		}
	}
	for _, in := range [][]int32{viewed, alone, among} {
		if len(in) == 0 {
			continue // searchAmong reads no limit as the whole store
		}
		if hits := s.searchAmong(q, 1, in); len(hits) > 0 {
			return hits[0].Fact
		}
	}
	return nil
}

// readFor is a comparison read for one side: without the names drop says are the other
// side's, the words of comparing, the words skip says frame it, and the words the store has
// no reading of ("how they handle China"), which say how the question is put, not what a
// side's position is on.
func (s *Store) readFor(question string, names nameTable, drop func(*Entity) bool, skip func(string) bool) string {
	words := names.spans
	var b strings.Builder
	for i := 0; i < len(words); {
		e, n := names.at(i)
		if e != nil && drop(e) {
			i += n
			continue
		}
		n = max(n, 1)
		for _, w := range words[i : i+n] {
			word := strings.ToLower(question[w[0]:w[1]])
			if e != nil || !isStopword(word) && !asksDifference([]string{word}) && !skip(word) && s.index.reads(word) {
				b.WriteString(question[w[0]:w[1]])
				b.WriteByte(' ')
			}
		}
		i += n
	}
	return b.String()
}

// topicWords introduce what a side's view is on, not a side: "Moon's approach to North Korea".
var topicWords = map[string]bool{"to": true, "on": true, "towards": true, "toward": true, "about": true, "over": true, "against": true, "regarding": true}

// comparedAt reports whether the i-th word opens the other side of a comparison: "than X",
// "versus X", "differ from X", "compared with X".
func comparedAt(words []string, i int) bool {
	prev := ""
	if i > 0 {
		prev = words[i-1]
	}
	switch words[i] {
	case "than", "versus", "vs", "unlike":
		return true
	case "as":
		return equalAt(words, i)
	case "from":
		return strings.HasPrefix(prev, "differ") || prev == "different" || prev == "difference"
	case "with", "to":
		return strings.HasPrefix(prev, "compar")
	case "against":
		return stackedUpAt(words, i)
	}
	return false
}

// stackedUpAt reports whether words[i] is the "against" of "stack up against" or "measure up
// against", which compare as "compared with" does.
func stackedUpAt(words []string, i int) bool {
	return i >= 2 && i < len(words) && words[i] == "against" && words[i-1] == "up" &&
		(strings.HasPrefix(words[i-2], "stack") || strings.HasPrefix(words[i-2], "measure"))
}

// possessiveAt reports whether the word at span is written as a possessive ("Japan's",
// "Korea’s"); nameWords leaves the ending out of the span.
func possessiveAt(q string, span [2]int) bool {
	rest := q[span[1]:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// differencePair is the two actors a "how do A and B differ" question compares: the actor
// after "differ from", "than" or "compared with", and the last actor before it that is not
// what a view is on ("How did Moon's approach to North Korea differ from Japan's?" compares
// Moon and Japan; "How does the US see South Korea compared with Japan?" South Korea and
// Japan); else its first two actors. Nil when it names fewer than two. names and named are
// the question's (readNames, namedActors).
func (s *Store) differencePair(question string, names nameTable, named []string) []string {
	if len(named) < 2 {
		return nil
	}
	spans := names.spans
	words := lowerWords(question, spans)
	type actorAt struct {
		id     string
		i      int  // the last word of its name
		topic  bool // named as what a view is on
		joined bool // joined by "and" to the actor before it: "Japan and Korea see…"
	}
	var actors []actorAt
	for i := 0; i < len(spans); {
		e, n := names.at(i)
		if e == nil || !actorKinds[e.Kind] {
			i++
			continue
		}
		// "Japan's North Korea approach": the actor after a possessive one is what its view is on.
		afterOwner := i > 0 && len(actors) > 0 && actors[len(actors)-1].i == i-1 && possessiveAt(question, spans[i-1])
		// "…for dealing with Pyongyang differ": what the sides deal with is what they differ on.
		dealtWith := i > 1 && words[i-1] == "with" && (words[i-2] == "dealing" || words[i-2] == "deal" || words[i-2] == "deals")
		joined := i > 1 && words[i-1] == "and" && len(actors) > 0 && actors[len(actors)-1].i == i-2
		// "…Japan and Korea see China differently": whom two joined sides see is what they differ on.
		seenByPair := i > 0 && (viewWords[words[i-1]] || dealtWithWords[words[i-1]]) && len(actors) > 0 && actors[len(actors)-1].joined
		actors = append(actors, actorAt{e.ID, i + n - 1, i > 0 && (topicWords[words[i-1]] || afterOwner || dealtWith || seenByPair), joined})
		i += n
	}
	// A viewer ("Washington views Tokyo and Canberra") compares the others.
	for _, at := range actors {
		if viewerAt(words, at.i) && !at.joined { // "How do Japan and Korea see China differently?" compares the two
			var others []string // before it too: "New Zealand's role for the US compared with…"
			for _, o := range actors {
				if o.id != at.id && !slices.Contains(others, o.id) { // "assign to South Korea": a side
					others = append(others, o.id)
				}
			}
			if len(others) >= 2 {
				return others // each side the viewer is asked about: Answer shows its view of each
			}
			break
		}
	}
	for k := range words {
		if !comparedAt(words, k) {
			continue
		}
		var a, b string
		for _, at := range actors {
			switch {
			case at.i < k && !at.topic:
				a = at.id
			case at.i > k && b == "":
				b = at.id
			}
		}
		if a != "" && b != "" && a != b {
			return []string{a, b}
		}
		break
	}
	// "中国 policy: how do Japan and South Korea differ?": the two named last before the word
	// of differing are the sides; what comes first is what they differ on.
	if k := slices.IndexFunc(words, func(w string) bool { return asksDifference([]string{w}) }); k > 0 {
		var before []string
		for _, at := range actors {
			if at.i < k && !at.topic && !slices.Contains(before, at.id) {
				before = append(before, at.id)
			}
		}
		if len(before) >= 2 {
			return before[len(before)-2:]
		}
	}
	return named[:2]
}

// dealtWithWords say how one deals with another: "how do Japan and Korea approach China".
var dealtWithWords = setOf([]string{"approach", "treat", "handle"})

// countrySeries is the longest run of countries a question lists one after another, joined
// only by commas and "and" ("South Korea, Australia and New Zealand"): the sides of a
// comparison of three or four. Pyongyang in "how Tokyo and Seoul deal with Pyongyang" is not
// one of them.
func (s *Store) countrySeries(question string, names nameTable) []string {
	words := names.spans
	var best, run []string
	end := -1 // where the last country of the run ends in question
	for i := 0; i < len(words); {
		e, n := names.at(i)
		if e == nil || e.Kind != "country" {
			i++
			continue
		}
		if end >= 0 && strings.TrimSpace(question[end:words[i][0]]) == "" && i+n < len(words) &&
			genericTopicWords[strings.ToLower(question[words[i+n][0]:words[i+n][1]])] {
			// "japan korea china policy difference": a country typed right after the others
			// and before "policy" is what they are compared on, not one of them.
			end = -1
			i += n
			continue
		}
		if end < 0 || strings.Trim(strings.ReplaceAll(question[end:words[i][0]], "and", ""), " ,&'s") != "" {
			run = run[:0]
		}
		run = append(run, e.ID)
		if len(run) > len(best) {
			best = slices.Clone(run)
		}
		end = words[i+n-1][1]
		i += n
	}
	return best
}

// sidedWith reports whether f's sides put id in a camp without other: "Japan and Australia
// take a firm attitude towards China" is Australia's position beside New Zealand's.
func sidedWith(f *Fact, id, other string) bool {
	return slices.ContainsFunc(f.Sides, func(g []string) bool { return slices.Contains(g, id) && !slices.Contains(g, other) })
}

// namesBoth reports whether f names both of pair, or their leaders (namedBy).
func (s *Store) namesBoth(f *Fact, pair []string) bool {
	return s.namedBy[pair[0]].has(int32(f.ordinal)) && s.namedBy[pair[1]].has(int32(f.ordinal))
}

// bothSides orders the facts for "how do A and B differ": a fact on where they differ first,
// then each side's own position, also when shared with a third country, then the rest, and
// last what holds for a wider group ("the four differ greatly"), which says nothing of these
// two in particular. A difference on something other than what the question also names
// (actors: "differ on China") comes after the positions on it.
func (s *Store) bothSides(facts []*Fact, pair, actors []string) []*Fact {
	qc := s.countryCount(pair)
	onAsked := func(f *Fact) bool {
		return !slices.ContainsFunc(actors, func(a string) bool { return !slices.Contains(pair, a) && !f.HasEntity(a) })
	}
	rank := func(f *Fact) int {
		switch {
		case s.groupWide(f, pair, qc):
			return 4
		case s.namesBoth(f, pair) && s.stanceAmong(f, pair) == StanceDifference:
			// Where these two differ: Japan and South Korea's grievances are no difference
			// between South Korea and Australia.
			if onAsked(f) {
				return 0
			}
			return 2
		case s.ownPosition(f, pair[0]) || s.ownPosition(f, pair[1]) || sidedWith(f, pair[0], pair[1]) || sidedWith(f, pair[1], pair[0]):
			return 1
		}
		return 3
	}
	out := slices.Clone(facts)
	slices.SortStableFunc(out, func(a, b *Fact) int { return rank(a) - rank(b) })
	// Make sure each side's own position is there when the hits hold one.
	for _, id := range pair {
		if !slices.ContainsFunc(out, func(f *Fact) bool { return s.ownPosition(f, id) }) {
			continue
		}
		i := slices.IndexFunc(out, func(f *Fact) bool { return s.ownPosition(f, id) })
		if i >= 3 {
			f := out[i]
			out = slices.Insert(slices.Delete(out, i, i+1), 1, f)
		}
	}
	return out
}

// groupsCompared reads a comparison of two groups of countries, "Japan and Australia" against
// "South Korea and New Zealand": the countries just before the word that opens the other side
// (comparedAt) and those just after it, not counting what a view is on ("on China"). Nil
// unless one of them names two or more.
func (s *Store) groupsCompared(question string, names nameTable) (left, right []string) {
	spans := names.spans
	words := lowerWords(question, spans)
	k := -1
	for i := range words {
		if comparedAt(words, i) {
			k = i
			break
		}
	}
	if k < 0 {
		return nil, nil
	}
	prevEnd := -1 // where the last country named ends, in words
	for i := 0; i < len(spans); {
		e, n := names.at(i)
		if e == nil || e.Kind != "country" {
			i++
			continue
		}
		afterOwner := prevEnd >= 0 && prevEnd == i-1 && possessiveAt(question, spans[i-1]) // "Japan's North Korea approach"
		// "japan vs korea china policy": a country typed right after another, nothing joining
		// them, and before what is set on it is what the two are compared on.
		onIt := prevEnd >= 0 && prevEnd == i-1 && i+n < len(words) && genericTopicWords[words[i+n]]
		prevEnd = i + n - 1
		// "Seoul's role in Washington's strategic layout": whose frame it is, not one compared.
		framing := i > 0 && words[i-1] == "in" && possessiveAt(question, spans[i+n-1])
		switch {
		case i > 0 && i-1 != k && (topicWords[words[i-1]] || viewWords[words[i-1]]) || afterOwner || framing || onIt:
			// what a view is on ("to China", "see China"), not whom "compared to" sets apart
		case i < k && !slices.Contains(left, e.ID):
			left = append(left, e.ID)
		case i > k && slices.Contains(left, e.ID):
			return nil, nil // "Japan–Australia cooperation compared with Australia–New Zealand's": pairs, not groups
		case i > k && !slices.Contains(right, e.ID):
			right = append(right, e.ID)
		}
		i += n
	}
	if len(left) == 0 || len(right) == 0 || len(left) < 2 && len(right) < 2 {
		return nil, nil
	}
	return left, right
}

// groupsSideBySide answers a comparison of two groups of countries (groupsCompared) by each
// group's own position, as a group where the article gives one: "How do Japan and Australia
// differ from South Korea and New Zealand on China?". Nil when the question compares no groups.
func (s *Store) groupsSideBySide(question string, names nameTable, actors []string) []*Fact {
	left, right := s.groupsCompared(question, names)
	if left == nil {
		return nil
	}
	var each []*Fact
	for _, g := range [][2][]string{{left, right}, {right, left}} {
		for _, f := range s.groupPosition(question, names, actors, g[0], g[1]) {
			if !slices.Contains(each, f) {
				each = append(each, f)
			}
		}
	}
	return each
}

// groupPosition is a group's position in a comparison with other: the fact that sets the
// group, and none of other, on one side, on what else the question names (actors beyond both),
// the weightiest first; else each member's own position (sidePosition).
func (s *Store) groupPosition(question string, names nameTable, actors, group, other []string) []*Fact {
	all := slices.Concat(group, other)
	onAbout := func(f *Fact) bool {
		return !slices.ContainsFunc(actors, func(a string) bool { return !slices.Contains(all, a) && !f.HasEntity(a) })
	}
	var best *Fact
	for _, d := range s.byEntity[group[0]] {
		f := s.facts[d]
		sided := slices.ContainsFunc(f.Sides, func(side []string) bool {
			return !slices.ContainsFunc(group, func(id string) bool { return !slices.Contains(side, id) }) &&
				!slices.ContainsFunc(other, func(id string) bool { return slices.Contains(side, id) })
		})
		if sided && onAbout(f) && (best == nil || f.Weight > best.Weight) {
			best = f
		}
	}
	if best != nil {
		return []*Fact{best}
	}
	var out []*Fact
	for _, id := range group {
		if f := s.sidePosition(question, names, actors, id, all); f != nil && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// sidePosition finds id's own position on what a "how do A and B differ on X" question asks:
// the question read for id alone — the other actor's names and the words of comparing left
// out — answered by a fact whose text is about id. names and actors are the question's
// (readNames, namedActors).
func (s *Store) sidePosition(question string, names nameTable, actors []string, id string, pair []string) *Fact {
	// On what they differ: the actors the question names besides the pair ("on China") are
	// what a side's position must be about. Their own words about the side count as its
	// position too ("How does the US see South Korea compared with Japan?").
	var about []string
	for _, other := range actors {
		if !slices.Contains(pair, other) {
			about = append(about, other)
		}
	}
	if len(about) == 1 && s.onlyStanceWords(question, names) {
		// "How do Tokyo and Seoul differ on North Korea?": each side's stance on it, as a
		// stance question on it is answered, not the facts sharing the comparison's words.
		if f := s.leadingView(id, about[0]); f != nil {
			return f
		}
	}
	owns := slices.Clone(s.owns[id])
	for _, other := range about {
		for _, d := range s.owns[other] {
			if s.facts[d].HasEntity(id) {
				owns = append(owns, d)
			}
		}
	}
	slices.Sort(owns)
	owns = slices.Compact(owns)
	q := s.readFor(question, names, func(e *Entity) bool { return e.ID != id && slices.Contains(pair, e.ID) }, func(string) bool { return false })
	r := s.read(q) // the same reading for every search of this side
	onAbout := func(f *Fact) bool { return !slices.ContainsFunc(about, func(a string) bool { return !f.HasEntity(a) }) }
	other := pair[0]
	if other == id {
		other = pair[1]
	}
	// A position of its own set against the other side's comes first: "a moderate way …, in
	// contrast to Japan's tough line" is South Korea's side of how the two differ.
	setAgainst := func(f *Fact) bool { return sidedWith(f, id, other) && sidedWith(f, other, id) }
	if slices.ContainsFunc(owns, func(d int32) bool { return setAgainst(s.facts[d]) }) {
		if f := s.firstAmong(r, owns, func(f *Fact) bool { return onAbout(f) && setAgainst(f) }); f != nil {
			return f
		}
	}
	if f := s.firstAmong(r, owns, onAbout); f != nil {
		return f
	}
	// Then a position id shares with a third country ("Japan and Australia take a firm
	// attitude towards China" is Australia's, beside New Zealand's), when it does not name the
	// other side.
	qc := s.countryCount(pair)
	var shared []int32
	for _, d := range s.byEntity[id] {
		// sidedWith first: most facts have no sides, and it rules them out cheapest.
		if f := s.facts[d]; sidedWith(f, id, other) && !f.HasEntity(other) && !s.groupWide(f, pair, qc) {
			shared = append(shared, d)
		}
	}
	if f := s.firstAmong(r, shared, onAbout); f != nil {
		return f
	}
	// Without a fact of its own, what the article says of this side alone: "the US–Australia
	// alliance is known as the cornerstone…" for Australia, not a line on all four partners.
	for _, h := range s.searchReading(r, MaxAnswerFacts, s.byEntity[id]) {
		if onAbout(h.Fact) && !h.Fact.HasEntity(other) && !s.groupWide(h.Fact, pair, qc) {
			return h.Fact
		}
	}
	if len(about) == 1 {
		// "How do Tokyo and Seoul differ in the means they favour for dealing with
		// Pyongyang?": a side whose facts use none of the question's other words still has
		// its stance on what they differ on.
		return s.leadingView(id, about[0])
	}
	return nil
}

// onlyStanceWords reports whether a comparison asks nothing besides the names and words of
// stance ("approach", "priorities", "care about"): what it compares is each side's stance.
func (s *Store) onlyStanceWords(question string, names nameTable) bool {
	rest := s.readFor(question, names, func(*Entity) bool { return true }, func(w string) bool {
		stem := s.index.stem(w)
		return stanceGate[stem] || slices.Contains(stanceFillers, stem)
	})
	return strings.TrimSpace(rest) == ""
}

// occasionAsked is the one event a question names, if it names one; "" otherwise.
func (s *Store) occasionAsked(r reading) string {
	var found string
	for _, id := range r.things {
		if s.entityByID[id].Kind == "event" {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// onAnotherOccasion reports whether f tells of an event other than e and not of e: the
// four-country meeting is not the trilateral, though the Madrid summit, which holds both
// (Entity.Within), is no other occasion than either.
func (s *Store) onAnotherOccasion(f *Fact, e string) bool {
	if f.HasEntity(e) {
		return false
	}
	asked := s.entityByID[e]
	return slices.ContainsFunc(f.Entities, func(id string) bool {
		other := s.entityByID[id]
		return other.Kind == "event" && other.Within != e && asked.Within != id
	})
}

// asksMeans reports whether a question asks by what means someone does something: "how does
// Japan curb China?", "how did Seoul respond", not how someone sees, feels about or differs
// from another. words are the question's, as normalizeName leaves them.
func asksMeans(words []string) bool {
	if len(words) >= 4 && (words[0] == "by" || words[0] == "through") && (words[1] == "what" || words[1] == "which") && (words[2] == "means" || words[2] == "method" || words[2] == "methods") {
		return true // "By what means has Tokyo sought to constrain Beijing?"
	}
	if len(words) >= 5 && words[0] == "in" && (words[1] == "what" || words[1] == "which") && (words[2] == "way" || words[2] == "ways") {
		return asksMeansOf(words[3:]) // "In which way has Japan curbed China?"
	}
	if len(words) >= 4 && (words[0] == "what" || words[0] == "which") && meansNouns[words[1]] {
		words = words[1:] // "What tools does Tokyo use to curb Beijing?"
	} else if len(words) < 4 || words[0] != "how" {
		return false
	}
	switch words[1] {
	case "does", "did", "do", "can", "could", "will", "would", "has", "have":
	default:
		return false
	}
	return asksMeansOf(words[2:])
}

// asksMeansOf reports whether what follows "how does" asks by what means, not how someone
// sees, feels about or differs from another.
func asksMeansOf(words []string) bool {
	return !slices.ContainsFunc(words, func(w string) bool { return viewWords[w] || labelWords[w] || meansExcluded[w] })
}

// asksMeansUntensed reports whether a question asks by what means an actor does something
// without the auxiliary English puts after "how", as second-language chat leaves it out:
// "How Tokyo curb China according to the article?". names are the question's (readNames).
// So does a question that names the actor before "how", as languages putting the asking
// word after the subject are read: "Japan how contain China" is "How Japan contain China".
func asksMeansUntensed(words []string, names nameTable) bool {
	if len(words) < 4 || len(names.spans) < 2 {
		return false
	}
	if words[0] != "how" {
		e, n := names.at(0)
		return e != nil && actorKinds[e.Kind] && n+1 < len(words) && words[n] == "how" && asksMeansOf(words[n+1:])
	}
	e, n := names.at(1)
	return e != nil && actorKinds[e.Kind] && 1+n < len(words) && words[1+n] != "and" && asksMeansOf(words[1:])
}

// withoutFocusGuess is question without the guess it puts after a phrase asking what
// something is mostly about: "Is NZ's diplomacy mostly about China?" is "Is NZ's diplomacy
// mostly about?". False when it puts none.
func withoutFocusGuess(question string) (string, bool) {
	for _, p := range focusPhrases {
		i := indexFold(question, p)
		if i < 0 {
			continue
		}
		from := i + len(p)
		end := strings.IndexAny(question[from:], ",?.;—")
		if end < 0 {
			end = len(question) - from
		}
		if strings.TrimSpace(question[from:from+end]) == "" {
			return "", false
		}
		return question[:from] + question[from+end:], true
	}
	return "", false
}

// focusPhrases ask what something is mostly about, as everydayPhrases read them.
var focusPhrases = []string{" mostly about ", " mainly about ", " largely about ", " primarily about ", " chiefly about ", " all about "}

// meansNouns ask by what means after "what" or "which", as "how" does.
var meansNouns = setOf([]string{"tools", "means", "methods", "instruments", "tactics", "levers"})

// meansExcluded are the words of a "how does…" question that asks no means: a view, a feeling
// or a comparison (besides viewWords, and labelWords: "How did Biden characterise…").
var meansExcluded = setOf([]string{"feel", "feels", "think", "thinks", "differ", "differs", "compare", "compares", "relate", "relates",
	"look", "looks", "get", "along", "stand", "stands", "fit", "fits", "react", "respond", "long", "much", "many"})

// tellsMeans reports whether f tells by what means something is done: "by consolidating the
// alliance", "through sanctions", "via the Quad".
func tellsMeans(f *Fact) bool {
	text := strings.ToLower(f.Text)
	if strings.Contains(text, " through ") || strings.Contains(text, " via ") {
		return true
	}
	for rest := text; ; {
		i := strings.Index(rest, " by ")
		if i < 0 {
			return false
		}
		rest = rest[i+len(" by "):]
		if w, _, _ := strings.Cut(rest, " "); strings.HasSuffix(w, "ing") {
			return true
		}
	}
}

// kindAsked is the stem of the word a question asks the kind of ("what kind of materials",
// "which sorts of goods"), as the index reads it; "" for any other question. words are the
// question's, as normalizeName leaves them.
func (s *Store) kindAsked(words []string) string {
	for i := 1; i+2 < len(words); i++ {
		switch words[i] {
		case "kind", "kinds", "sort", "sorts", "type", "types":
			if (words[i-1] == "what" || words[i-1] == "which") && words[i+1] == "of" {
				// Read as the index reads the question: "what sort of goods" asks for materials;
				// "what kind of regional order" for an order, the noun after its adjective.
				end := i + 3
				if end < len(words) && !isStopword(words[end]) && !slices.Contains(auxiliaries, words[end]) {
					end++
				}
				if terms := s.index.queryTerms(strings.Join(words[i:end], " ")); len(terms) > 0 {
					return terms[len(terms)-1]
				}
				return s.index.stem(words[i+2])
			}
		}
	}
	return ""
}

// instancesAsked answers a question asking which issues of a broader topic there are
// ("Which historical issues keep dragging down Japan-Korea relations?", "what other history
// irritants besides labour and comfort women?") by the best fact of each of its narrower
// topics (labour compensation, comfort women, textbooks), before the facts saying only that
// there are such issues; narrower topics the excluding clause aside is about are left out.
// False when the question asks no list of a broader topic's issues.
func (s *Store) instancesAsked(question, aside string) (Brief, bool) {
	if !slices.ContainsFunc(instanceNounList, func(n string) bool { return indexFold(question, n) >= 0 }) {
		return Brief{}, false // most questions, read without copying them
	}
	words := strings.Fields(normalizeName(withoutOpeningFillers(question)))
	// The issues are what is asked: their noun follows the question word closely, before
	// any verb ("What did Chung say about the history problems?" asks what he said).
	if len(words) < 2 || words[0] != "which" && words[0] != "what" && words[0] != "other" || !slices.ContainsFunc(words[1:min(len(words), 4)], func(w string) bool { return instanceNouns[w] }) ||
		slices.ContainsFunc(words[1:min(len(words), 4)], func(w string) bool { return slices.Contains(auxiliaries, w) }) {
		return Brief{}, false // most questions
	}
	if _, _, excludes := withoutExclusion(question); excludes && aside == "" {
		return Brief{}, false // "what other issues besides history…": the clause is read first
	}
	terms := s.index.queryTerms(question)
	var narrower []string
	for _, t := range s.topics {
		if t.Broader != "" && s.namesTopic(terms, s.topicByID[t.Broader]) {
			narrower = append(narrower, t.ID)
		}
	}
	if len(narrower) == 0 {
		return Brief{}, false
	}
	var set []string // the narrower topics the aside names, by the first word of a name
	if aside != "" {
		asideTerms := s.index.queryTerms(aside)
		for _, n := range narrower {
			t := s.topicByID[n]
			if slices.ContainsFunc(append([]string{t.Name}, t.Aliases...), func(name string) bool {
				stems := s.index.queryTerms(name)
				return len(stems) > 0 && slices.Contains(asideTerms, stems[0])
			}) {
				set = append(set, n)
			}
		}
	}
	var facts []*Fact
	for _, n := range narrower {
		if slices.Contains(set, n) {
			continue
		}
		// The narrower topic's weightiest fact mainly on it: the question's words are the
		// broader topic's, which its facts need not use.
		var best *Fact
		for _, f := range s.resolve(s.byTopic[n]) {
			if f.Topics[0] == n && (best == nil || f.Weight > best.Weight) {
				best = f
			}
		}
		if best != nil {
			facts = append(facts, best)
		}
	}
	if len(facts) == 0 {
		return Brief{}, false
	}
	whole := s.answerWhole(question)
	for _, f := range whole.Facts() {
		if len(facts) < MaxAnswerFacts && !slices.Contains(facts, f) && !slices.Contains(set, f.Topics[0]) {
			facts = append(facts, f)
		}
	}
	return Brief{Groups: []Group{{Heading: "What the source says", Items: s.labelled(facts, false)}}}, true
}

// addresseeAsked is the person a question asks was spoken to ("What did Ardern say to
// Yoon?", "what did Biden tell Kishida"); "" when it asks of none.
func addresseeAsked(question string, names nameTable) string {
	for i := 1; i < len(names.spans); i++ {
		e, _ := names.at(i)
		if e == nil || e.Kind != "person" {
			continue
		}
		prev := strings.ToLower(question[names.spans[i-1][0]:names.spans[i-1][1]])
		if prev == "tell" || prev == "told" || prev == "to" && i > 1 && sayToWords[strings.ToLower(question[names.spans[i-2][0]:names.spans[i-2][1]])] {
			return e.ID
		}
	}
	return ""
}

// sayToWords say something to someone: "say to", "said to".
var sayToWords = setOf([]string{"say", "said", "says", "speak", "spoke", "write", "wrote"})

// usViewAsRole is a question asking only how the US sees one of its allies ("How does the US
// view South Korea?", "How does Washington regard Canberra?") asked as the role the article
// says the US gives it; false for any other. Read as a stance, it finds the US's facts on
// all its allies first, and misses the ally's own place in US strategy ("an outpost").
//
// The US may be named after the ally as whose eyes or view it is: "What is South Korea in
// Washington's eyes?", "…from Washington's perspective?".
func (s *Store) usViewAsRole(question string) (string, bool) {
	eyes := indexFold(question, " eyes") >= 0 || indexFold(question, "perspective") >= 0 || indexFold(question, "point of view") >= 0
	if !eyes && indexFold(question, " view ") < 0 && indexFold(question, " see ") < 0 && indexFold(question, " regard ") < 0 {
		return "", false // most questions
	}
	actors, things := s.namedEntities(question)
	if eyes && len(actors) == 2 && actors[1] == "US" {
		actors = []string{"US", actors[0]}
	}
	if len(actors) != 2 || len(things) > 0 || actors[0] != "US" || !slices.Contains([]string{"JP", "KR", "AU", "NZ"}, actors[1]) {
		return "", false
	}
	rest, _ := s.withoutNames(question)
	for _, w := range strings.Fields(normalizeName(rest)) {
		if !isStopword(w) && !usViewWords[w] && !(eyes && viewerWords[w]) {
			return "", false // "How does the US see South Korea's China policy?" asks more
		}
	}
	return "How does the United States see " + plainName(s.entityByID[actors[1]]) + "'s role?", true
}

// usViewWords ask how one sees another.
var usViewWords = setOf([]string{"view", "see", "regard", "how", "does", "do", "the"})

// viewerWords name whose eyes or view a question asks what someone is in.
var viewerWords = setOf([]string{"eyes", "perspective", "point", "view", "what", "is"})

// stanceThingKinds are the kinds of thing a stance on which stanceOnThing reads: a place, an
// agreement, a document, an event.
var stanceThingKinds = setOf([]string{"place", "agreement", "document", "event"})

// regions are the places that name a part of the world, not a thing a stance is taken on:
// "Biden's position on cooperation among the four Asia-Pacific countries" asks of the four.
var regions = setOf([]string{"asia-pacific", "indo-pacific-region", "northeast-asia", "south-pacific", "korean-peninsula", "oceania", "madrid"})

// stanceWordsOn are the words after a possessive that ask for an actor's stance on what
// follows them: "Japan's position on Dokdo".
var stanceWordsOn = []string{"position on ", "stance on ", "view on ", "view of "}

// stanceOpened is where a possessive asking for a stance (stanceWordsOn) ends the question's
// head, and what follows it; -1 when it has none. It reads the question once, at its
// possessives only.
func stanceOpened(question string) (int, string) {
	for at := 0; at < len(question); {
		j := strings.IndexAny(question[at:], "'’")
		if j < 0 {
			return -1, ""
		}
		j += at
		_, size := utf8.DecodeRuneInString(question[j:])
		if rest, ok := cutPrefixFold(question[j+size:], "s "); ok {
			for _, w := range stanceWordsOn {
				if after, ok := cutPrefixFold(rest, w); ok {
					return j, after
				}
			}
		}
		at = j + size
	}
	return -1, ""
}

// stanceOnThing answers a question on an actor's stance on a thing rather than an actor
// ("What is Japan's position on Dokdo?") by what the facts say the actor did or said of the
// thing, the stance words left out: they match every fact on anyone's attitude, and Japan's
// view of China would lead; by nothing when no fact names both. So is a stance on a narrower
// topic ("seoul's view of the labor compensation issue"). False for any other question, or
// when no fact on the thing or topic leads the answer.
func (s *Store) stanceOnThing(question string) (Brief, bool) {
	i, after := stanceOpened(question)
	if i < 0 {
		return Brief{}, false // most questions
	}
	actors, things := s.namedEntities(after)
	if len(actors) > 0 {
		return Brief{}, false
	}
	thing := len(things) > 0 && stanceThingKinds[s.entityByID[things[0]].Kind] && !regions[things[0]]
	if owners := s.namedActors(question[:i]); thing && len(owners) == 1 && !slices.ContainsFunc(s.byEntity[things[0]], func(o int32) bool { return s.facts[o].HasEntity(owners[0]) }) {
		return Brief{}, true // "What is Australia's position on Dokdo?": no fact names both
	}
	b := s.answerWhole(question[:i] + " on " + after)
	if thing {
		if b.Empty() || !b.Facts()[0].HasEntity(things[0]) {
			return Brief{}, false
		}
		return b, true
	}
	// "seoul's view of the labor compensation issue": a narrower topic asked about.
	if t := s.topicAsked(s.index.queryTerms(after)); t != "" && !b.Empty() && b.Facts()[0].HasTopic(t) {
		return b, true
	}
	return Brief{}, false
}

// namesTopic reports whether terms (queryTerms') hold every stem of one of t's names.
func (s *Store) namesTopic(terms []string, t *Topic) bool {
	return slices.ContainsFunc(append([]string{t.Name}, t.Aliases...), func(name string) bool {
		stems := s.index.queryTerms(name)
		return len(stems) > 0 && !slices.ContainsFunc(stems, func(st string) bool { return !slices.Contains(terms, st) })
	})
}

// instanceNouns ask for the issues of a topic one by one: "which historical issues".
var (
	instanceNounList = []string{"issues", "problems", "irritants", "grievances", "disputes", "questions", "sore"}
	instanceNouns    = setOf(instanceNounList)
)

// onSiblingTopic reports whether f is on another topic of the same broader one as topic
// (comfort women beside forced labour, both history).
func (s *Store) onSiblingTopic(f *Fact, topic string) bool {
	broader := s.topicByID[topic].Broader
	return slices.ContainsFunc(f.Topics, func(id string) bool { return id != topic && s.topicByID[id].Broader == broader })
}

// topicAsked is the one topic a question's terms name in several words ("forced labour",
// "white list"); "" for none, or for more than one.
func (s *Store) topicAsked(terms []string) string {
	asked := ""
	for _, term := range terms {
		for _, tn := range s.topicNames[term] {
			if tn.id == asked || slices.ContainsFunc(tn.stems, func(st string) bool { return !slices.Contains(terms, st) }) {
				continue
			}
			if asked != "" {
				return ""
			}
			asked = tn.id
		}
	}
	return asked
}

// differenceOn is the fact saying where the pair differ on what else the question names
// ("How do Japan and South Korea differ in their approach to China?" is answered first by
// their differing China policies, not by their differences in general); nil when the
// question names nothing else or the article says no such thing.
func (s *Store) differenceOn(r reading, pair []string, hits []Hit) *Fact {
	var about []string
	for _, id := range r.actors {
		if !slices.Contains(pair, id) {
			about = append(about, id)
		}
	}
	if len(about) == 0 {
		return nil
	}
	all := slices.Concat(pair, about)
	// What holds for the four together ("the four face many challenges keeping pace on China
	// policy") says nothing of where these two differ: each side's position says it better.
	qc := s.countryCount(pair)
	isDifference := func(f *Fact) bool {
		return f.Stance == StanceDifference && !slices.ContainsFunc(all, func(id string) bool { return !s.namedBy[id].has(int32(f.ordinal)) }) &&
			s.stanceAmong(f, pair) == StanceDifference && !s.groupWide(f, pair, qc)
	}
	// The best such fact is the first of the question's hits that is one, when any is: they
	// are ranked alike.
	if i := slices.IndexFunc(hits, func(h Hit) bool { return isDifference(h.Fact) }); i >= 0 {
		return hits[i].Fact
	}
	// Else the facts naming them all, read from the fewest naming one of them: at tens of
	// thousands of facts the pair alone name most of the store.
	fewest := slices.MinFunc(all, func(a, b string) int { return cmp.Compare(len(s.byEntity[a]), len(s.byEntity[b])) })
	var among []int32
	for _, d := range s.byEntity[fewest] {
		if isDifference(s.facts[d]) {
			among = append(among, d)
		}
	}
	return s.firstAmong(r, among, func(*Fact) bool { return true })
}

// firstNaming is the first of r's best hits whose own text names st, a stem, or, when none
// of them does, the best of all the facts that name it (firstAmong); nil when that one may
// not lead (mayLead) or no fact names st. The best hits are read first: in a large store a
// common word is in so many facts that ranking them all takes milliseconds.
func (s *Store) firstNaming(r reading, st string) *Fact {
	names := func(d int32) bool { return strings.Contains(s.lowerText[d], st) }
	for _, h := range s.searchReading(r, 5*MaxAnswerFacts, nil) {
		if d := int32(h.Fact.ordinal); names(d) && s.index.inTextOf(st, d) {
			if sr := s.withoutBaselineRead(r); !s.mayLead(sr, s.subjectsFirst(sr), h.Fact) {
				return nil
			}
			return h.Fact
		}
	}
	var among []int32
	for _, p := range s.index.postings[st] {
		if p.inText && names(p.fact) {
			among = append(among, p.fact)
		}
	}
	return s.firstAmong(r, among, func(*Fact) bool { return true })
}

// firstAmong is the best of the first few hits for r among the facts whose ordinals are in
// among that ok accepts; nil when there is none, and when among is empty.
func (s *Store) firstAmong(r reading, among []int32, ok func(*Fact) bool) *Fact {
	if len(among) == 0 {
		return nil // searchReading reads no limit as the whole store
	}
	for _, h := range s.searchReading(r, MaxAnswerFacts, among) {
		if ok(h.Fact) {
			return h.Fact
		}
	}
	return nil
}

// lowerWords is q's words at spans, lower-cased.
func lowerWords(q string, spans [][2]int) []string {
	words := make([]string, len(spans))
	for i, w := range spans {
		words[i] = strings.ToLower(q[w[0]:w[1]])
	}
	return words
}

// personStressed is the person a question names with "himself" or "herself" right after
// the name ("Did Kishida himself visit…"), whom its answer must be about; "" when none.
func personStressed(question string, names nameTable) string {
	for i, at := range names.names {
		if at.e == nil || at.e.Kind != "person" || i+at.n >= len(names.spans) {
			continue
		}
		next := names.spans[i+at.n]
		if w := question[next[0]:next[1]]; strings.EqualFold(w, "himself") || strings.EqualFold(w, "herself") {
			return at.e.ID
		}
	}
	return ""
}

// opensInYear reports whether a question's words (normalizeName's) open with the year, or
// the month and year, it asks of: "in July 2018 Japan tightened exports of what to Korea?"
// puts the year as a statement would, to be corrected when the article dates it otherwise.
func opensInYear(words []string) bool {
	if len(words) < 3 || words[0] != "in" {
		return false
	}
	year := words[1]
	if slices.Contains(months, year) {
		year = words[2]
	}
	return len(year) == 4 && isDigits(year)
}

// statesBeforeAsking reports whether a question states something and then asks of it after
// a comma, a semicolon or a full stop: "In August 2018 Seoul scrapped a security pact with
// Tokyo, which one was it".
func statesBeforeAsking(question string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(question, " "), " ")
	if opensAsking(first) || inFold(whetherWords, first) {
		return false
	}
	// The last of each mark: "…around 2015; when did the victims first bring their case,
	// and when did the court rule?" asks after the semicolon, whatever follows a comma.
	for _, mark := range []string{", ", "; ", ". "} {
		if i := strings.LastIndex(question, mark); i >= 0 {
			if asked, _, _ := strings.Cut(question[i+2:], " "); opensAsking(strings.TrimRight(asked, ",")) {
				return true
			}
		}
	}
	return false
}

// putToCheck reports whether a question puts a statement to be checked: asks it confirmed,
// or states it before what it asks ("…, didn't he? Who really went?").
func (s *Store) putToCheck(question string, words []string) bool {
	_, _, premised := leadingPremise(question)
	return premised || asksConfirmation(words)
}

// namesEvery reports whether f names every one of the actors.
func namesEvery(f *Fact, actors []string) bool {
	return !slices.ContainsFunc(actors, func(id string) bool { return !f.HasEntity(id) })
}

// monthAsWritten is a month's name as a question may write it, capitalised or not.
func monthAsWritten(month string) []string {
	return []string{month, strings.ToUpper(month[:1]) + month[1:]}
}

// withoutPutGuess is a question without the guess it puts after its last comma ("…, is it
// because of shared history?", "…, was it Albanese?"); false when there is none, or when
// what comes before does not open asking.
func withoutPutGuess(question string) (string, bool) {
	i := strings.LastIndex(question, ", ")
	if i < 0 {
		return question, false
	}
	guess := strings.ToLower(question[i+2:])
	if !strings.HasPrefix(guess, "is it ") && !strings.HasPrefix(guess, "was it ") {
		return question, false
	}
	asked := strings.Fields(strings.ToLower(withoutOpeningFillers(question[:i])))
	if len(asked) < 3 || !opensAsking(asked[0]) {
		return question, false
	}
	return question[:i] + "?", true
}

// endsWithPronoun reports whether a question's last word is a pronoun, as a tag's is
// ("…didnt they"): read before its words are, which most questions do not need.
func endsWithPronoun(question string) bool {
	q := strings.TrimRight(question, "?!. ")
	last := q[strings.LastIndexByte(q, ' ')+1:]
	return slices.ContainsFunc([]string{"it", "he", "she", "they", "we", "you"}, func(p string) bool { return strings.EqualFold(last, p) })
}

// betweenPair is the two countries a question names as "between A and B", whom it asks about
// together; nil when it names none so.
func betweenPair(question string, names nameTable) *[2]string {
	for i, at := range names.names {
		if at.e == nil || at.e.Kind != "country" || i < 1 {
			continue
		}
		before := names.spans[i-1]
		if !strings.EqualFold(question[before[0]:before[1]], "between") {
			continue
		}
		and := i + at.n
		if and+1 >= len(names.spans) || !strings.EqualFold(question[names.spans[and][0]:names.spans[and][1]], "and") {
			return nil
		}
		if other := names.names[and+1].e; other != nil && other.Kind == "country" && other.ID != at.e.ID {
			return &[2]string{at.e.ID, other.ID}
		}
		return nil
	}
	return nil
}

// withoutGuess is a question without the guess it puts after its last comma
// (withoutPutGuess), or without a short one that names nothing the store knows ("what's
// Japan's top diplomatic priority, economic growth?"); not after a name, where the comma
// more often closes an aside ("Why do Seoul and Wellington, unlike Tokyo, pursue…").
func (s *Store) withoutGuess(question string) (string, bool) {
	if q, ok := withoutPutGuess(question); ok {
		return q, true
	}
	q, ok := withoutTrailingGuess(question)
	if !ok || len(strings.Fields(strings.TrimLeft(question[len(q)-1:], ", "))) > 6 {
		return question, false
	}
	asked := strings.Fields(strings.TrimSuffix(q, "?"))
	guess := strings.Fields(strings.ToLower(strings.TrimRight(strings.TrimLeft(question[len(q)-1:], ", "), "?")))
	if r, _ := utf8.DecodeRuneInString(asked[len(asked)-1]); unicode.IsUpper(r) && !guessesReason(strings.Fields(strings.ToLower(withoutOpeningFillers(q))), guess) && !asksLabel(strings.Fields(normalizeName(q))) {
		return question, false
	}
	if actors, things := s.namedEntities(question[len(q)-1:]); len(actors)+len(things) > 0 && !(endsWithPreposition(asked) && !slices.Contains(guess, "or")) {
		// "Who is closer to Washington, Tokyo or Seoul?" asks which; "what's Wellington's
		// diplomacy focused on, China?" guesses what the question leaves open.
		return question, false
	}
	return q, true
}

// endsWithPreposition reports whether a question's words end with a preposition, leaving open
// what follows it.
func endsWithPreposition(words []string) bool {
	return len(words) > 0 && slices.Contains([]string{"on", "about", "with", "to", "for", "at", "by", "from", "against"}, strings.ToLower(words[len(words)-1]))
}
