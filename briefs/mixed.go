package briefs

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A reader may ask in English mixed with their own language: Taglish from the Philippines
// ("Ano yung pinadala ni Yoon Suk-yeol sa Japan bago pa siya mag-take office?"), Indonesian,
// Malay, Hinglish ("Dokdo island ko Japan kya naam se bulata hai?"), Vietnamese or Chinese in
// pinyin ("Weishenme Japan so nuli cooperate with US?"), Korean, Japanese, Thai, Russian or
// Arabic typed in Latin letters, and the languages of Europe. Such a question is told by the
// other language's function words (mixedLanguage.markers), or by one word or pair of words
// only it has (tellers, tellingPairs), and read with that language's words in English or left
// out, and with the affix an English verb takes in it taken off ("mag-take" is take). Only a
// question so told is read so: "at" is "and" in Tagalog, and "na" or "pa" are words in other
// languages. Each language's words are in a file of its own (hindi.go, romaji.go…).

// A mixedLanguage is what reading English mixed with one other language needs.
type mixedLanguage struct {
	// markers are words of the language that seldom occur in an English question; two of
	// them tell a question mixing it in.
	markers map[string]bool
	// words are the language's words with their English, or "" for those an English
	// question would not need.
	words map[string]string
	// affixes are put before an English verb with a hyphen ("mag-take").
	affixes map[string]bool
	// suffixes are put after an English word with a hyphen ("diplomacy-nya", its diplomacy).
	suffixes map[string]bool
	// alsoEnglish are words of the language that are English words too, read as English
	// before "the", "a" or "an" ("at the summit"), and in a question only one word of the
	// language tells ("Will Japan join the Gipfel again?" is English with one German word).
	alsoEnglish map[string]bool
	// phrases are the language's words of two to four words with their English, read
	// whole before its words one by one ("tại sao" is why).
	phrases map[string]string
	// postpositions are the language's words and phrases for how a noun relates to the rest
	// that follow the noun ("Madrid ke baad", after Madrid): read in English, they are put
	// before it, and before the whole of a name of capitalised words ("New Zealand ke saath").
	postpositions map[string]bool
	// possessives are the particles that make the noun before them possessive ("Yoon ki
	// inauguration" is Yoon's inauguration), when no postposition opens with them.
	possessives map[string]bool
	// namesJoined are the possessives that join two names as "and" between them: Bengali's
	// "Wellington r Tokyo" is Wellington and Tokyo, "India r PM" India's prime minister.
	namesJoined map[string]bool
	// ownScript is set for a language written in a script no English word is: one of its
	// words tells a question mixing it in, its markers being all its words.
	ownScript bool
	// tellers are markers no English question holds, one of which tells a question mixing
	// the language in ("whit", "aboot").
	tellers map[string]bool
	// tellerForm, for a language with more tellers than a list holds well, tells the ones a
	// rule spells ("munje-yeyo", a noun with the copula after it).
	tellerForm func(string) bool
	// linking are the suffixes typed after a word with a hyphen that link it to the noun
	// after it, with their English: Persian's ezafe ("nazar-e Singapore", the view of
	// Singapore).
	linking map[string]string
	// tellingPairs are two words, neither a marker alone, that together tell a question
	// mixing the language in ("tum mai", why, in romanised Thai).
	tellingPairs [][2]string
	// elisions are the articles and pronouns a language writes onto the next word with an
	// apostrophe ("l'OTAN", "dell'Asia"), without it: they are put apart first
	// (withElisionsApart).
	elisions map[string]bool
	// inversions are the pronouns a language puts after a verb to ask ("décrit-il"), left
	// out.
	inversions []string
	// splitAsking are asking words a language parts from the particle that closes the
	// question ("Waar ging de meeting over?", what was the meeting about), each with that
	// particle and the English of the two.
	splitAsking map[string][3]string
	// dropsG is set for a dialect that writes English's closing "ing" as "in" ("plannin"):
	// such a word is read with its g (withGDropped).
	dropsG bool
	// apostropheSuffixes are the case endings a language writes after a name with an
	// apostrophe ("Japonya'nın", "Madrid'e"), with their English: "'s" for the genitive,
	// "" for the others, which English says with a preposition or not at all.
	apostropheSuffixes map[string]string
	// askingLast is set for a language that puts the asking word late ("Dokdo ko Japan kya
	// naam se bulata hai?"): read in English, it is put first, where English asks.
	askingLast bool
	// verbPrefixes are the subject and tense prefixes a language puts on an English verb,
	// with a hyphen or without ("ali-attend" is attended, "inasupport" supports); such a verb
	// tells a question mixing the language in (prefixedVerb).
	verbPrefixes []verbPrefix
	// prefixedVerbs are the English verbs read with a verb prefix run on without a hyphen,
	// each with its past: run on, only a known verb is one ("alike" is no ali- + ke).
	prefixedVerbs map[string]string
	// spellingKey, for a language typed in Latin letters with no fixed spelling, is a word's
	// spelling key (see spelledalike.go): a word not among words is read as the words of its
	// key mean (alike). Capitalised words, names mostly, are read as typed.
	spellingKey func(string) string
	alike       spelledAlike
}

// alikeWord is the English of w, a lower-case word not among l's words, by its spelling key:
// "ganobiya" is read as "ganobeya" is.
func (l *mixedLanguage) alikeWord(w string) (string, bool) {
	if l.spellingKey == nil || sourcesEnglish[strings.TrimSuffix(w, "'s")] {
		return "", false // "japan's" is English
	}
	return l.alike.read(l.spellingKey(w), w)
}

// A verbPrefix is a prefix a language puts on an English verb and the form of the verb it
// makes.
type verbPrefix struct {
	prefix string
	form   verbForm
}

// verbForm is the form of an English verb a verbPrefix makes: "ali-" makes it past, "ina-"
// third person present, "ku-" leaves it plain.
type verbForm int

const (
	plainVerb verbForm = iota
	pastVerb
	presentVerb
)

// prefixedVerb is w, a lower-case word, in English when it is an English verb with one of
// l's verbPrefixes on it: "ali-attend" is attended, "ku-ban" ban. With a hyphen any word
// of three letters or more is a verb, read as typed when it is no known one.
func (l *mixedLanguage) prefixedVerb(w string) (string, bool) {
	for _, p := range l.verbPrefixes {
		rest, ok := strings.CutPrefix(w, p.prefix)
		if !ok {
			continue
		}
		verb, hyphened := strings.CutPrefix(rest, "-")
		past, known := l.prefixedVerbs[verb]
		if !known {
			if !hyphened || len(verb) < 3 || strings.ContainsFunc(verb, func(r rune) bool { return r < 'a' || r > 'z' }) {
				continue
			}
			return verb, true
		}
		switch p.form {
		case pastVerb:
			return past, true
		case presentVerb:
			return presentOf(verb), true
		}
		return verb, true
	}
	return "", false
}

// presentOf is an English verb in the third person present: supports, focuses.
func presentOf(verb string) string {
	for _, end := range []string{"s", "sh", "ch", "x", "z"} {
		if strings.HasSuffix(verb, end) {
			return verb + "es"
		}
	}
	return verb + "s"
}

// mixedLanguages are the languages a question may mix with English.
var mixedLanguages = []mixedLanguage{
	{markers: taglishMarkers, words: tagalog, phrases: tagalogPhrases, affixes: tagalogAffixes, alsoEnglish: setOf([]string{"at"})},
	// Where one word tells Malay ("kena invite as partner"), "as" is English, not AS, the
	// United States.
	{markers: indonesianMarkers, words: indonesian, phrases: indonesianPhrases, suffixes: setOf([]string{"nya"}),
		possessives: setOf([]string{"punya"}), tellers: indonesianTellers, tellingPairs: indonesianTellingPairs,
		alsoEnglish: setOf([]string{"as"})},
	{markers: hinglishMarkers, words: hindi, phrases: hindiPhrases, postpositions: hindiPostpositions,
		possessives: setOf([]string{"ka", "ki", "ke"}), askingLast: true},
	{markers: vietnameseMarkers, words: vietnamese, phrases: vietnamesePhrases, tellers: vietnameseTellers},
	{markers: romanKoreanMarkers, words: romanKorean, phrases: romanKoreanPhrases, suffixes: romanKoreanParticles, tellers: romanKoreanTellers,
		tellerForm: isRomanKoreanNounWithCopula, askingLast: true},
	{markers: romajiMarkers, words: romaji, phrases: romajiPhrases, postpositions: romajiPostpositions, possessives: setOf([]string{"no"}),
		alsoEnglish: setOf([]string{"to", "made", "de"}),
		tellers:     romajiTellers, askingLast: true},
	{markers: thaiMarkers, words: thai, phrases: thaiPhrases, tellers: thaiTellers, tellingPairs: thaiTellingPairs, askingLast: true},
	{markers: translitMarkers, words: translit, phrases: translitPhrases, tellers: translitTellers, tellingPairs: translitTellingPairs},
	{markers: arabiziMarkers, words: arabizi, phrases: arabiziPhrases, tellers: arabiziTellers, askingLast: true,
		spellingKey: arabiziKey, alike: alikeByKey(arabiziKey, arabizi)},
	{markers: tamilMarkers, words: tamil, phrases: tamilPhrases, tellers: tamilTellers, askingLast: true,
		postpositions: setOf([]string{"paththi", "pathi", "munnadi", "appuram", "kitta", "kooda", "mela"})},
	{markers: finglishMarkers, words: finglish, phrases: finglishPhrases, tellers: finglishTellers, askingLast: true,
		linking: map[string]string{"e": "of", "ye": "of", "i": "of"}, suffixes: setOf([]string{"esh", "ash", "sh"})},
	{markers: polishMarkers, words: polish, phrases: polishPhrases, tellers: polishTellers,
		spellingKey: polishFold, alike: alikeByFolding(polishFold, polish)},
	{markers: turkishMarkers, words: turkish, phrases: turkishPhrases, tellers: turkishTellers, apostropheSuffixes: turkishApostropheSuffixes,
		spellingKey: turkishFold, alike: alikeByFolding(turkishFold, turkish),
		postpositions: setOf([]string{"önce", "sonra", "için", "icin", "göre", "hakkında", "hakkinda", "karşı", "karsi", "rağmen", "ragmen"}),
		askingLast:    true},
	{markers: greeklishMarkers, words: greeklish, phrases: greeklishPhrases, tellers: greeklishTellers},
	{markers: bengaliMarkers, words: bengali, phrases: bengaliPhrases, tellers: bengaliTellers, tellingPairs: bengaliTellingPairs, askingLast: true,
		possessives: setOf([]string{"er", "r"}), namesJoined: setOf([]string{"r"}), postpositions: setOf([]string{"niye", "por", "theke", "sathe", "shathe", "er pore", "r pore", "er age", "r age"})},
	{markers: swahiliMarkers, words: swahili, phrases: swahiliPhrases, tellers: swahiliTellers, askingLast: true,
		verbPrefixes: shengVerbPrefixes, prefixedVerbs: shengVerbs},
	{markers: cantoneseMarkers, words: cantonese, phrases: cantonesePhrases, tellers: cantoneseTellers, tellingPairs: cantoneseTellingPairs,
		askingLast: true},
	{markers: pinyinMarkers, words: pinyin, phrases: pinyinPhrases},
	{markers: portugueseMarkers, words: portuguese, phrases: portuguesePhrases},
	{markers: spanishMarkers, words: spanish, phrases: spanishPhrases},
	{markers: scotsMarkers, words: scots, phrases: scotsPhrases, tellers: scotsTellers, tellingPairs: scotsTellingPairs, dropsG: true},
	{markers: patoisMarkers, words: patois, phrases: patoisPhrases, tellers: patoisTellers, dropsG: true},
	{markers: hawaiiMarkers, words: hawaii, phrases: hawaiiPhrases, tellers: hawaiiTellers, tellingPairs: hawaiiTellingPairs},
	{markers: pidginMarkers, words: pidgin, phrases: pidginPhrases, tellers: pidginTellers},
	{markers: frenchMarkers, words: french, phrases: frenchPhrases, elisions: frenchElisions, inversions: frenchInversions},
	{markers: italianMarkers, words: italian, phrases: italianPhrases, elisions: italianElisions},
	{markers: withGermanLooking(germanMarkers, german), words: german, phrases: germanPhrases, tellers: germanTellers, tellingPairs: germanTellingPairs,
		alsoEnglish: setOf([]string{"was", "war", "will", "also", "die", "hat", "an", "am", "um"})},
	{markers: dutchMarkers, words: dutch, phrases: dutchPhrases, splitAsking: dutchSplitAsking},
	{markers: swedishMarkers, words: swedish, phrases: swedishPhrases},
	{markers: wordsOf(russian), words: russian, phrases: russianPhrases, ownScript: true},
	{markers: wordsOf(japanese), words: japanese, ownScript: true, postpositions: japanesePostpositions,
		possessives: setOf([]string{"の"}), askingLast: true},
	{markers: wordsOf(chinese), words: chinese, ownScript: true, postpositions: chinesePostpositions,
		possessives: setOf([]string{"的"}), askingLast: true},
	{markers: wordsOf(korean), words: korean, ownScript: true, phrases: koreanPhrases, postpositions: koreanPostpositions,
		possessives: setOf([]string{"의"}), askingLast: true},
}

// phraseAt is the English of the phrase of l words start with, with the punctuation that
// closes it, and how many words it takes; 0 when they start with none.
func (l *mixedLanguage) phraseAt(words []string) (string, int) {
	for n := min(4, len(words)); n >= 2 && len(l.phrases) > 0; n-- {
		typed := strings.Join(words[:n], " ")
		core := strings.TrimRight(typed, "?!.,;:)")
		if english, ok := l.phrases[strings.ToLower(core)]; ok {
			return english + typed[len(core):], n
		}
		if word, particle, ok := cutLastParticle(core); ok && l.suffixes[strings.ToLower(particle)] {
			if english, ok := l.phrases[strings.ToLower(word)]; ok {
				return english + typed[len(core):], n // "ilbon saramdeul-eun": the phrase, its particle cut
			}
		}
	}
	return "", 0
}

// cutLastParticle is a phrase's words before the particle typed after its last word with a
// hyphen, and the particle: "ilbon saramdeul-eun" is "ilbon saramdeul" and "eun".
func cutLastParticle(phrase string) (string, string, bool) {
	space := strings.LastIndexByte(phrase, ' ')
	hyphen := strings.IndexByte(phrase[space+1:], '-')
	if hyphen < 0 {
		return phrase, "", false
	}
	at := space + 1 + hyphen
	return phrase[:at], phrase[at+1:], true
}

// markersIn counts the different markers of l that words, a question's, hold; two or more
// tell a question mixing l in. An elision is a marker with its apostrophe ("l'").
func (l *mixedLanguage) markersIn(words []string) int {
	var seen []string
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, "?!.,;:\"()"))
		if !l.markers[w] {
			w = strings.Trim(w, "'")
		}
		if word, suffix, ok := strings.Cut(w, "-"); ok && !l.markers[w] && (l.suffixes[suffix] || l.linking[suffix] != "") {
			w = word // "myeonjeok-eun" is myeonjeok, marked; so is "marasem-e"
		}
		if word, _, ok := l.cutApostropheSuffix(w); ok {
			w = strings.ToLower(word) // "japonya'nın" is japonya, told
		}
		if (l.markers[w] || l.toldByWord(w)) && !slices.Contains(seen, w) {
			seen = append(seen, w) // a teller is a marker too
		}
	}
	return len(seen)
}

// cutApostropheSuffix is w without the case ending l writes after an apostrophe, and the
// ending's English (apostropheSuffixes); false when w has none.
func (l *mixedLanguage) cutApostropheSuffix(w string) (word, english string, ok bool) {
	if l.apostropheSuffixes == nil {
		return w, "", false
	}
	i := strings.LastIndexAny(w, "'’")
	if i <= 0 {
		return w, "", false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	english, ok = l.apostropheSuffixes[strings.ToLower(w[i+n:])]
	return w[:i], english, ok
}

// toldBy reports whether words hold one of l's tellers.
func (l *mixedLanguage) toldBy(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		w = strings.ToLower(strings.Trim(w, "?!.,;:\"()"))
		if word, _, ok := l.cutApostropheSuffix(w); ok {
			w = word // "japonya'ya"
		}
		return l.toldByWord(w)
	})
}

// toldByWord reports whether w, a lower-case word, is one of l's tellers, listed or spelled by
// rule, or an English verb with one of its verbPrefixes on it.
func (l *mixedLanguage) toldByWord(w string) bool {
	return l.tellers[w] || l.toldByVerb(w) || l.tellerForm != nil && l.tellerForm(w)
}

// toldByVerb reports whether w, a lower-case word, is an English verb with one of l's
// verbPrefixes on it, which tells l as a teller does.
func (l *mixedLanguage) toldByVerb(w string) bool {
	if l.verbPrefixes == nil {
		return false
	}
	_, ok := l.prefixedVerb(w)
	return ok
}

// pairsIn counts the telling pairs of l that words hold; it does not allocate.
func (l *mixedLanguage) pairsIn(words []string) int {
	n := 0
	for i := 1; i < len(words); i++ {
		if l.pairAt(words[i-1], words[i]) {
			n++
		}
	}
	return n
}

// pairAt reports whether first and second, two words in a row, are one of l's telling pairs.
func (l *mixedLanguage) pairAt(first, second string) bool {
	first, second = strings.Trim(first, "?!.,;:\"()"), strings.Trim(second, "?!.,;:\"()")
	return slices.ContainsFunc(l.tellingPairs, func(p [2]string) bool { return strings.EqualFold(first, p[0]) && strings.EqualFold(second, p[1]) })
}

// tellsIn reports whether words hold one of l's tellers or telling pairs.
func (l *mixedLanguage) tellsIn(words []string) bool {
	return l.toldBy(words) || len(l.tellingPairs) > 0 && l.toldByPair(words)
}

// toldByPair reports whether words hold one of l's telling pairs; it does not allocate.
func (l *mixedLanguage) toldByPair(words []string) bool {
	for i := 1; i < len(words); i++ {
		if l.pairAt(words[i-1], words[i]) {
			return true
		}
	}
	return false
}

// withMixedInEnglish is a question's words with the words of the language it mixes with
// English, if any (mixedLanguages), in English or left out, and each English verb's affix in
// it taken off; words is changed in place and returned shorter.
func withMixedInEnglish(words []string) []string {
	words = withChineseApart(withJapaneseApart(withKoreanApart(words)))
	// The language with the most markers, each telling pair one more: French and Spanish
	// share "la" and "de"; Isan's "phai pen … pai ngan" outweighs the "phai" and "khong"
	// Vietnamese has too. One word tells a language in a script of its own. A tie goes to the
	// language a teller or telling pair tells: "ke" and "ki" are Hindi's and Bengali's both,
	// "korechilo" only Bengali's.
	var told *mixedLanguage
	var toldWords []string
	most, toldMarkers, byTeller := 0, 0, false
	for i := range mixedLanguages {
		l := &mixedLanguages[i]
		ws := words
		if l.elisions != nil {
			ws = l.withElisionsApart(words)
		}
		markers := l.markersIn(ws)
		n := markers
		if len(l.tellingPairs) > 0 {
			n += l.pairsIn(ws)
		}
		switch {
		case n > most && (n >= 2 || l.ownScript || l.toldBy(ws)):
			told, toldWords, most, toldMarkers, byTeller = l, ws, n, markers, false
		case n == most && n > 0 && !byTeller && l.tellsIn(ws) && !told.tellsIn(toldWords):
			told, toldWords, toldMarkers, byTeller = l, ws, markers, true
		case most == 0 && n > markers:
			told, toldWords, most, toldMarkers = l, ws, n, markers // "tum mai…": two words tell it
		}
	}
	if told == nil {
		return words
	}
	var left []string
	out := told.inEnglish(toldWords, toldMarkers <= 1, nil, &left)
	if second, markers := runnerUp(told, left); second != nil {
		out = second.inEnglish(out, markers <= 1, left, nil)
	}
	return out
}

// runnerUp is the language that reads the words left, those the language told left as
// typed, and the markers it has among them: an Oran writer mixes French and Darija ("le
// Japon 7eb yna7i la Corée men ay liste?"), and the French words, more, tell French, which
// leaves "7eb", "yna7i", "men" and "ay" unread. As a question's are, the words left are told
// by two markers, and one of them must be a teller, so that a question of one language, a
// word of another left unread in it ("afta", "ean"), reads as it did; nil when none is told.
func runnerUp(told *mixedLanguage, left []string) (*mixedLanguage, int) {
	if len(left) < 2 {
		return nil, 0
	}
	var second *mixedLanguage
	most := 0
	for i := range mixedLanguages {
		l := &mixedLanguages[i]
		if l == told || l.tellers == nil && l.tellerForm == nil && l.verbPrefixes == nil || !l.toldBy(left) {
			continue
		}
		if n := l.markersIn(left); n >= 2 && n > most {
			second, most = l, n
		}
	}
	return second, most
}

// inEnglish is words read as l.tells them: see withMixedInEnglish. A bracket glosses the words
// before it in the other language, or in English ("so nuli (try hard) cooperate", "'balance
// the water' (duan ping yi wan shui)"), and is left out. alone is set when at most one word
// of the language, beside its telling pairs, told it (alsoEnglish). Given only, the words
// read are those among it, the rest kept as they are (runnerUp); given left, the words read
// as typed, no word of the language, are put in it.
func (l *mixedLanguage) inEnglish(words []string, alone bool, only []string, left *[]string) []string {
	// Asked in English ("日本 and 한국 - what are the problems?"), the asking word is where
	// English puts it already.
	askedInEnglish := slices.ContainsFunc(words, func(w string) bool {
		return isMixedAsking(w)
	})
	words = l.withAskingJoined(withQuotesApart(words))
	out := words[:0]
	if l.postpositions != nil || l.linking != nil {
		// A postposition put back, or a link read as a word of its own ("nazar-e" is "view
		// of"), may take a place not yet read.
		out = make([]string, 0, len(words)+4)
	}
	nounFrom := 0     // where the noun a postposition follows may begin: after a particle left out
	typedBefore := "" // the word before as typed: out may have taken its place in words
	for i := 0; i < len(words); i++ {
		w := words[i]
		before := typedBefore
		typedBefore = w
		if only != nil && !slices.Contains(only, w) {
			out = append(out, w) // read by the language told first
			continue
		}
		if strings.HasPrefix(w, "(") {
			j := i
			for j < len(words)-1 && !strings.Contains(words[j], ")") {
				j++
			}
			if _, tail, ok := strings.Cut(words[j], ")"); ok {
				if particle, ok := strings.CutPrefix(tail, "-"); ok {
					if p := strings.TrimRight(particle, "?!.,;:"); l.suffixes[strings.ToLower(p)] {
						tail = particle[len(p):] // "chwiimsik (inauguration)-e": the particle after the gloss
					}
				}
				if tail != "" && len(out) > 0 {
					out[len(out)-1] += tail
				}
				i = j
				continue
			}
		}
		if english, n := l.phraseAt(words[i:]); n > 0 && (only == nil || allAmong(words[i:i+n], only)) {
			if typed := strings.Join(words[i:i+n], " "); l.postpositions[strings.ToLower(strings.TrimRight(typed, "?!.,;:)"))] {
				out = withBeforeNoun(out, nounFrom, english)
				nounFrom = len(out)
			} else {
				out = append(out, english)
			}
			i += n - 1
			continue
		}
		core := strings.TrimRight(w, "?!.,;:)")
		tail := w[len(core):]
		lower := strings.ToLower(core)
		if l.namesJoined[lower] && tail == "" && i+1 < len(words) && isCapitalised(before) && isCapitalised(words[i+1]) && !titleWords[strings.ToLower(words[i+1])] {
			out = append(out, "and") // "Tokyo r Seoul"
			continue
		}
		if l.possessives[lower] && tail == "" && len(out) > nounFrom && i+1 < len(words) && !strings.ContainsAny(out[len(out)-1], "?!.,;:()'’") &&
			(len(out) < 2 || !askingOfNoun[strings.ToLower(out[len(out)-2])]) && !isMixedAsking(out[len(out)-1]) { // "kitne din ka" is of how many days
			out[len(out)-1] += "'s"
			continue
		}
		// A word of a telling pair is the language's: "was war" is what was.
		inPair := len(l.tellingPairs) > 0 && l.alsoEnglish[lower] && (i > 0 && l.pairAt(before, w) || i+1 < len(words) && l.pairAt(w, words[i+1]))
		asEnglish := l.alsoEnglish[lower] && !inPair && (alone || i+1 < len(words) && slices.ContainsFunc([]string{"the", "a", "an"}, func(a string) bool { return strings.EqualFold(words[i+1], a) }))
		if english, ok := l.words[lower]; ok && english != "" && l.postpositions[lower] && !asEnglish {
			out = withBeforeNoun(out, nounFrom, english+tail)
			nounFrom = len(out)
			continue
		}
		english, ok := l.words[lower]
		if !ok && core == lower {
			english, ok = l.alikeWord(lower) // "ganobiya" as "ganobeya"
		}
		if ok {
			if asEnglish {
				english = core // "at the summit", "according to the article" are English
			}
			if english == "" {
				if tail != "" && len(out) > 0 {
					out[len(out)-1] += tail
				}
				nounFrom = len(out)
				continue
			}
			out = append(out, english+tail)
			continue
		}
		if english, ok := l.prefixedVerb(lower); ok {
			out = append(out, english+tail) // "ali-attend" → "attended"
			continue
		}
		if word, suffix, ok := l.cutApostropheSuffix(core); ok {
			if english, ok := l.words[strings.ToLower(word)]; ok && english != "" {
				word = english // "Japonya'nın" is Japan's
			}
			out = append(out, word+suffix+tail) // "Madrid'e" is Madrid
			continue
		}
		if word, ok := withGDropped(core); ok && l.dropsG {
			out = append(out, word+tail) // "plannin" → "planning"
			continue
		}
		if affix, verb, ok := strings.Cut(core, "-"); ok && l.affixes[strings.ToLower(affix)] && verb != "" {
			out = append(out, strings.Trim(verb, "'")+tail) // "mag-take" → "take"
			continue
		}
		if word, suffix, ok := strings.Cut(core, "-"); ok && l.linking[strings.ToLower(suffix)] != "" && word != "" {
			if english, ok := l.words[strings.ToLower(word)]; ok && english != "" {
				word = english
			}
			out = append(out, word, l.linking[strings.ToLower(suffix)]+tail) // "nazar-e Singapore" → "view of Singapore"
			continue
		}
		if word, suffix, ok := strings.Cut(core, "-"); ok && l.suffixes[strings.ToLower(suffix)] && word != "" {
			if english, ok := l.words[strings.ToLower(word)]; ok && english != "" {
				word = english // "nara-deul-i" → "country"
			}
			out = append(out, word+tail) // "diplomacy-nya" → "diplomacy"
			continue
		}
		if left != nil {
			*left = append(*left, w)
		}
		out = append(out, w)
	}
	if l.askingLast && !askedInEnglish {
		out = withAskingFirst(out)
	}
	return withQuotesRejoined(out)
}

// allAmong reports whether each of words is among only.
func allAmong(words, only []string) bool {
	for _, w := range words {
		if !slices.Contains(only, w) {
			return false
		}
	}
	return true
}

// withQuotesApart is words with the quotation marks around a quote of one to three words put
// apart from the words they quote, so that those are read: "'frenare' la Cina" is "' frenare '
// la Cina", and "'zhenshinam dlya utesheniya'" a phrase. A longer quote is a sentence quoted
// whole, left as typed. Words is returned as it is when nothing is quoted.
func withQuotesApart(words []string) []string {
	if !slices.ContainsFunc(words, opensQuote) {
		return words // most questions
	}
	var out []string // nil until a quote is put apart
	for i := 0; i < len(words); i++ {
		end := -1
		if opensQuote(words[i]) {
			end = slices.IndexFunc(words[i:min(i+3, len(words))], closesQuote)
		}
		if end < 0 {
			if out != nil {
				out = append(out, words[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(words)+4), words[:i]...)
		}
		quoted := slices.Clone(words[i : i+end+1])
		size := utf8.RuneLen(firstRune(quoted[0]))
		out = append(out, quoted[0][:size])
		quoted[0] = quoted[0][size:]
		last := quoted[end]
		core := strings.TrimRight(last, "?!.,;:)")
		_, closing := utf8.DecodeLastRuneInString(core)
		quoted[end] = core[:len(core)-closing]
		out = append(append(out, quoted...), last[len(core)-closing:])
		i += end
	}
	if out == nil {
		return words
	}
	return out
}

// withQuotesRejoined is words, read in English, with each quotation mark put apart
// (withQuotesApart) put back on the word it quoted: "' quasi-alliance '" is
// "'quasi-alliance'". Words is changed in place and returned.
func withQuotesRejoined(words []string) []string {
	open := false
	for i := 0; i < len(words); i++ {
		core := strings.TrimRight(words[i], "?!.,;:)")
		r, size := utf8.DecodeRuneInString(core)
		if size == 0 || size != len(core) || !strings.ContainsRune(openingQuotes+closingQuotes, r) {
			continue
		}
		switch {
		case !open && strings.ContainsRune(openingQuotes, r) && i+1 < len(words):
			words[i+1] = words[i] + words[i+1]
		case open && strings.ContainsRune(closingQuotes, r) && i > 0:
			words[i-1] += words[i]
		default:
			continue
		}
		open = !open
		words = slices.Delete(words, i, i+1)
		i--
	}
	return words
}

// opensQuote reports whether w opens with a quotation mark before a word.
func opensQuote(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return len(w) > size && strings.ContainsRune(openingQuotes, r)
}

// closesQuote reports whether w, its closing punctuation aside, closes with a quotation mark
// after a word.
func closesQuote(w string) bool {
	core := strings.TrimRight(w, "?!.,;:)")
	r, size := utf8.DecodeLastRuneInString(core)
	return len(core) > size && strings.ContainsRune(closingQuotes, r)
}

// openingQuotes and closingQuotes are the marks a quote opens and closes with.
const (
	openingQuotes = "'\"‘“«"
	closingQuotes = "'\"’”»"
)

// firstRune is w's first letter or mark.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// isCapitalised reports whether a typed word opens with a capital letter, as a name does.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// titleWords open a title after a name's possessive: "India r PM Modi" is India's.
var titleWords = setOf([]string{"pm", "prime", "president", "foreign", "fm", "defence", "defense", "minister", "secretary", "chancellor", "king", "queen", "emperor", "ambassador", "government", "govt", "parliament"})

// withAskingFirst is words, a question read from a language that asks late, with the first
// asking word put where English asks, at the front, and each later sentence's at its start:
// "… nan desu ka? Doushite?" stays two questions. Words is changed in place and returned.
func withAskingFirst(words []string) []string {
	asked := false
	for start := 0; start < len(words); {
		end := sentenceEnd(words, start)
		i := start + slices.IndexFunc(words[start:end], func(w string) bool { return isMixedAsking(w) })
		if i < start {
			start = end
			continue
		}
		if !asked {
			// The first goes to the question's front: the sentences before it set what it
			// asks of, or ask yes or no without an auxiliary ("Busan Madrid direct flight
			// is?"), which read apart would be a premise.
			start, asked = 0, true
		}
		if i > start {
			n := 1
			if askingOfNoun[strings.ToLower(words[i])] && i+1 < end && strings.EqualFold(words[i+1], "the") {
				// "materials kaunse the", the materials which were: the Hindi "the" is no
				// article, and the noun came before.
				words = slices.Delete(words, i+1, i+2)
				end--
			} else if askingOfNoun[strings.ToLower(words[i])] && i+1 < end {
				n = 2 // "kitne countries" is how many countries, moved together
			}
			if i-1 > start && leadingPrepositions[strings.ToLower(words[i-1])] {
				i, n = i-1, n+1 // "kis city mein" is in which city, moved together
			}
			asking := slices.Clone(words[i : i+n])
			last := strings.TrimRight(asking[n-1], "?!.,")
			if tail := asking[n-1][len(last):]; tail != "" {
				asking[n-1] = last
				words[i-1] += tail // the mark that closes the sentence stays at its end
			}
			copy(words[start+n:i+n], words[start:i])
			copy(words[start:], asking)
		}
		start = end
	}
	return words
}

// sentenceEnd is where the sentence of words that begins at start ends: after the first word
// that closes it with a mark ("ka?"), not an abbreviation ("U.S."), or at the end of words.
func sentenceEnd(words []string, start int) int {
	for j := start; j < len(words); j++ {
		w := strings.TrimRight(words[j], "\"')”’")
		if w != "" && strings.ContainsRune("?!.", rune(w[len(w)-1])) && strings.IndexAny(w, "?!.") >= len(w)-2 {
			return j + 1
		}
	}
	return len(words)
}

// withAskingJoined is words with an asking word that opens them and the particle that closes
// them, parted as l parts them (splitAsking), read in English where each stands: "Waar ging
// de meeting over?" asks what the meeting was about. Words is changed in place.
func (l *mixedLanguage) withAskingJoined(words []string) []string {
	if len(words) < 3 || l.splitAsking == nil {
		return words
	}
	split, ok := l.splitAsking[strings.ToLower(words[0])]
	last := words[len(words)-1]
	core := strings.TrimRight(last, "?!.")
	if !ok || !strings.EqualFold(core, split[0]) {
		return words
	}
	words[0], words[len(words)-1] = split[1], split[2]+last[len(core):]
	return words
}

// withBeforeNoun is out with a postposition read in English put before the word it follows,
// and the capitalised words or numbers before that back to out[from]: "Madrid after" is "after
// Madrid", "New Zealand with" "with New Zealand", "Yoon government about" "about Yoon
// government". The question's closing mark stays at its end. Out is changed in place and
// returned longer.
func withBeforeNoun(out []string, from int, english string) []string {
	core := strings.TrimRight(english, "?!.,;:)")
	if len(out) <= from || strings.ContainsAny(out[len(out)-1], "?!.,;:()") {
		return append(out, english)
	}
	at := len(out) - 1
	for at > from && (isCapitalisedName(out[at-1]) || out[at-1] != "" && out[at-1][0] >= '0' && out[at-1][0] <= '9') {
		at--
	}
	if at > from && askingOfNoun[strings.ToLower(out[at-1])] {
		at-- // "which city in" is in which city
	}
	out = slices.Insert(out, at, core)
	out[len(out)-1] += english[len(core):]
	return out
}

// leadingPrepositions are the English of postpositions, which lead the asking words they are
// put before when those move to the front ("in which city").
var leadingPrepositions = setOf([]string{"in", "on", "at", "from", "to", "with", "about", "after", "before", "for", "between", "towards"})

// askingOfNoun are the asking words read with the noun after them ("how many countries").
var askingOfNoun = setOf([]string{"which", "how many", "how much", "whose"})

// mixedAskingWords are the English words an asking word of a mixedLanguage is read as.
var mixedAskingWords = setOf([]string{"what", "what date", "why", "who", "whose", "when", "when exactly", "where", "how", "which", "how many", "how much", "how long", "what happened"})

// isMixedAsking reports whether w, a word or phrase of a mixed question read in English,
// asks: an asking word (mixedAskingWords), one after a preposition ("on what", read from
// "kis cheez pe"), or a phrase that opens with one ("how many days", "what do call").
func isMixedAsking(w string) bool {
	t := strings.ToLower(strings.TrimRight(w, "?!.,"))
	if mixedAskingWords[t] {
		return true
	}
	first, rest, ok := strings.Cut(t, " ")
	switch {
	case !ok:
		return false // most words
	case leadingPrepositions[first]:
		return mixedAskingWords[rest]
	}
	// "how many days", or a phrase read whole that asks: "what do call" of "mwo-rago bulleoyo".
	return mixedAskingWords[first] || strings.HasPrefix(t, "how many ") || strings.HasPrefix(t, "how much ")
}

// mixedPlaces are the countries and places typed in Latin letters that a title after them
// is the office of: "Japan 총리" is Japan's prime minister.
var mixedPlaces = setOf([]string{"Japan", "Korea", "China", "Australia", "Zealand", "US", "USA", "America", "NATO", "Spain",
	"Madrid", "Seoul", "Tokyo", "Canberra", "Wellington", "Beijing", "Washington", "India", "Taiwan", "Russia", "UK", "EU",
	"Philippines", "Singapore", "Pyongyang", "ROK", "DPRK", "NZ", "Ukraine", "Finland", "Sweden"})

// wordsOf is the words of a language's lexicon written in its own script, as its markers:
// "gsomia", a Russian reader's word too, tells no question Russian.
func wordsOf(lexicon map[string]string) map[string]bool {
	out := make(map[string]bool, len(lexicon))
	for w := range lexicon {
		if strings.ContainsFunc(w, func(r rune) bool { return r >= 'Ͱ' }) { // Greek and after: no Latin letter
			out[w] = true
		}
	}
	return out
}

// withGermanLooking is markers with the words of lexicon no English word looks like: those
// with an umlaut or ß, or with an ending only German has ("Regierung", "geschlossen" does not
// qualify, "Freundschaft" does).
func withGermanLooking(markers map[string]bool, lexicon map[string]string) map[string]bool {
	out := maps.Clone(markers)
	for w := range lexicon {
		if strings.ContainsAny(w, "äöüß") || slices.ContainsFunc([]string{"ung", "ungen", "keit", "heit", "schaft", "lich", "isch"}, func(e string) bool {
			return strings.HasSuffix(w, e) && len(w) > len(e)+2
		}) {
			out[w] = true
		}
	}
	return out
}
