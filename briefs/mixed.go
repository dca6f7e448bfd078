package briefs

import (
	"slices"
	"strings"
)

// A reader may ask in English mixed with their own language: Taglish from the Philippines
// ("Ano yung pinadala ni Yoon Suk-yeol sa Japan bago pa siya mag-take office?"). Such a
// question is told by the other language's function words (mixedLanguage.markers), and read
// with that language's words in English or left out, and with the affix an English verb takes
// in it taken off ("mag-take" is take). Only a question so told is read so: "at" is "and" in
// Tagalog, and "na" or "pa" are words in other languages.

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
	// alsoEnglish are words of the language that are English words too, read as English
	// before "the", "a" or "an" ("at the summit").
	alsoEnglish map[string]bool
}

// mixedLanguages are the languages a question may mix with English.
var mixedLanguages = []mixedLanguage{
	{markers: taglishMarkers, words: tagalog, affixes: tagalogAffixes, alsoEnglish: setOf([]string{"at"})},
}

// taglishMarkers are Tagalog words that seldom occur in an English question; two of them tell
// a Taglish one.
var taglishMarkers = setOf([]string{"ano", "anong", "sino", "bakit", "kailan", "saan", "paano", "gaano", "alin", "ilan",
	"yung", "ng", "ba", "naman", "daw", "raw", "nung", "noong", "kay", "ni", "nina", "mga", "po", "talaga", "ang", "sa", "siya", "nila", "niya"})

// tagalog are Tagalog words with their English, or "" for those an English question would not
// need.
var tagalog = map[string]string{
	// Asking words.
	"ano": "what", "anong": "what", "ano-ano": "what", "sino": "who", "sinu-sino": "who", "bakit": "why", "kailan": "when",
	"saan": "where", "saang": "which", "paano": "how", "gaano": "how", "alin": "which", "ilan": "how many", "ilang": "how many",
	// Function words.
	"yung": "the", "iyong": "the", "ang": "the", "ng": "of", "sa": "", "mga": "", "na": "", "pa": "", "ba": "", "naman": "",
	"po": "", "daw": "", "raw": "", "talaga": "", "nga": "", "lang": "", "din": "", "rin": "", "eh": "", "kaya": "so",
	"si": "", "ni": "", "nina": "", "kay": "", "kina": "", "nung": "of the", "noong": "", "dun": "", "doon": "", "ito": "",
	"iyon": "", "yun": "", "siya": "he", "sila": "they", "nila": "their", "niya": "his", "kanila": "their", "natin": "our",
	"at": "and", "o": "or", "para": "for", "kasi": "because", "mas": "more", "pinaka": "most", "hindi": "not",
	"ayon": "according", "tungkol": "about", "galing": "from", "bago": "before", "pagkatapos": "after", "kumpara": "compared",
	"bukod": "besides", "nang": "", "ay": "is", "kung": "if", "pag": "when", "kapag": "when", "dahil": "because",
	// Words of the article's matters.
	"tawag": "name", "tinatawag": "called", "sinabi": "said", "sabi": "said", "ginawa": "did", "nangyari": "happened",
	"mangyayari": "happen", "pinadala": "sent", "ipinadala": "sent", "inabot": "handed", "iniabot": "handed",
	"pinirmahan": "signed", "pinangako": "promised", "ipinangako": "promised", "napagkasunduan": "agreed",
	"pinag-usapan": "discussed", "nagkakaiba": "differ", "magkaiba": "differ", "nagdadalawang-isip": "hesitates",
	"pinag-aagawan": "disputed", "nagpapalala": "fuels", "dating": "former", "dalawa": "two", "dalawang": "two",
	"tatlo": "three", "tatlong": "three", "huli": "last", "huling": "last", "ibang": "other", "iba": "other",
	"dagat": "sea", "kalaki": "big", "madali": "easy", "mahirap": "hard", "ginagamit": "uses", "gusto": "wants",
	"umattend": "attended", "inannounce": "announced", "inabolish": "abolished", "pinrotest": "protested",
	"nag-aalala": "worried", "pag-isahin": "unite", "binubuo": "building",
}

// tagalogAffixes are the Tagalog affixes put before an English verb with a hyphen
// ("nag-resume", "mag-take", "i-abandon", "kinu-curb").
var tagalogAffixes = setOf([]string{"nag", "mag", "pag", "i", "ia", "na", "ni", "ma", "ka", "naka", "nakaka", "pinag",
	"kinu", "dine", "pinu", "nagpa", "magpa", "ipa", "ipag", "maka", "um", "in", "pinaka", "nagka", "magka", "makiki",
	"ini", "ina", "ipi", "pina", "napa", "taga"})

// tells reports whether words, a question's, hold two or more different markers of l.
func (l *mixedLanguage) tells(words []string) bool {
	seen := ""
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, "?!.,;:'\"()"))
		if l.markers[w] && w != seen {
			if seen != "" {
				return true
			}
			seen = w
		}
	}
	return false
}

// withMixedInEnglish is a question's words with the words of the language it mixes with
// English, if any (mixedLanguages), in English or left out, and each English verb's affix in
// it taken off; words is changed in place and returned shorter.
func withMixedInEnglish(words []string) []string {
	for i := range mixedLanguages {
		if l := &mixedLanguages[i]; l.tells(words) {
			return l.inEnglish(words)
		}
	}
	return words
}

// inEnglish is words read as l.tells them: see withMixedInEnglish.
func (l *mixedLanguage) inEnglish(words []string) []string {
	out := words[:0]
	for i, w := range words {
		core := strings.TrimRight(w, "?!.,;:)")
		tail := w[len(core):]
		lower := strings.ToLower(core)
		if english, ok := l.words[lower]; ok {
			if l.alsoEnglish[lower] && i+1 < len(words) && slices.ContainsFunc([]string{"the", "a", "an"}, func(a string) bool { return strings.EqualFold(words[i+1], a) }) {
				english = lower // "at the summit" is English
			}
			if english == "" {
				if tail != "" && len(out) > 0 {
					out[len(out)-1] += tail
				}
				continue
			}
			out = append(out, english+tail)
			continue
		}
		if affix, verb, ok := strings.Cut(core, "-"); ok && l.affixes[strings.ToLower(affix)] && verb != "" {
			out = append(out, strings.Trim(verb, "'")+tail) // "mag-take" → "take"
			continue
		}
		out = append(out, w)
	}
	return out
}
