package briefs

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// normalizeName makes a name comparable: lower case, letters and digits only, words separated
// by single spaces ("S. Korea" → "s korea", "Gimpo–Haneda" → "gimpo haneda").
func normalizeName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '\u2019' || r == '.':
			// "japan's" → "japans" is worse than "japan s"; drop apostrophes and dots inside
			// abbreviations ("U.S." → "us") rather than splitting on them.
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// NormalizeName is normalizeName for callers outside the package (name resolution in commands).
func NormalizeName(s string) string { return normalizeName(s) }

// tokenize splits text into lower-case words of letters and digits. A possessive is cut
// ("Japan's" → "japan") and other apostrophes are dropped ("don't" → "dont").
func tokenize(s string, fn func(word string)) {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '\u2019')
	})
	for _, w := range words {
		w = typographic.Replace(w)
		w = strings.TrimSuffix(strings.Trim(w, "'"), "'s")
		w = strings.ReplaceAll(w, "'", "")
		if w != "" {
			fn(strings.ToLower(w))
		}
	}
}

// stopwords are words that carry no meaning for ranking: Snowball's English list plus the
// question words and fillers people type into a chat.
var extraStopwords = map[string]bool{
	"what": true, "which": true, "who": true, "whom": true, "why": true, "how": true, "when": true,
	"where": true, "does": true, "did": true, "do": true, "tell": true, "me": true, "about": true,
	"please": true, "say": true, "said": true, "says": true, "think": true, "thinks": true,
	"know": true, "explain": true, "happen": true, "happened": true, "is": true, "are": true,
	"was": true, "were": true, "can": true, "could": true, "would": true, "should": true,
	"give": true, "show": true, "get": true, "us": false, "also": true, "s": true, "t": true,
	"briefly": true, "summary": true, "summarise": true, "summarize": true, "describe": true,
	// Generic verbs and adjectives of questions: they say how something is asked, not what
	// about, and would otherwise match whichever fact happens to use them.
	"go": true, "goes": true, "went": true, "going": true, "see": true, "sees": true, "saw": true,
	"seen": true, "call": true, "called": true, "calls": true, "play": true, "plays": true,
	"played": true, "big": true, "mean": true, "means": true, "like": true, "look": true,
	"looks": true, "happens": true, "happening": true, "really": true, "exactly": true,
	"anything": true, "something": true, "much": true, "many": true, "thing": true, "things": true,
	"kind": true, "sort": true, "stuff": true, "feel": true, "feels": true, "let": true,
	"known": true, "knew": true, "make": true, "makes": true,
	// Prepositions and adverbs that frame a question ("regarding Dokdo", "how well").
	"regarding": true, "concerning": true, "well": true,
}

func isStopword(w string) bool {
	if v, ok := extraStopwords[w]; ok {
		return v
	}
	return english.IsStopWord(w)
}

// stem reduces a lower-case word to its Snowball (Porter2) stem.
func stem(w string) string {
	return english.Stem(w, true)
}
