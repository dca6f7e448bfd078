package briefs

import (
	"maps"
	"slices"
	"strings"
)

// French mixed with English ("Le sommet de l'OTAN, il s'est tenu où exactement?") is read as
// the other mixed languages are (mixedLanguages), its elided articles and pronouns first put
// apart from the word they are written onto: "l'OTAN" is l' and OTAN, "qu'est-ce" qu' and
// est-ce. Italian elides too ("dell'Asia").

// withElisionsApart is words with each of l's elisions put apart from the word after it, the
// apostrophe typed straight, and each verb asked with its subject after it ("décrit-il")
// without it; words is returned as it is when none has either.
func (l *mixedLanguage) withElisionsApart(words []string) []string {
	var out []string // nil until a word is split
	for i, w := range words {
		if verb, ok := uninverted(w, l.inversions); ok {
			if out == nil {
				out = append(make([]string, 0, len(words)+4), words[:i]...)
			}
			out = append(out, verb)
			continue
		}
		if e, rest, ok := elided(w, l.elisions); ok {
			if out == nil {
				out = append(make([]string, 0, len(words)+4), words[:i]...)
			}
			out = append(out, e, rest)
			continue
		}
		if out != nil {
			out = append(out, w)
		}
	}
	if out == nil {
		return words
	}
	return out
}

// elided is a word's elision of those given, lower-cased with a straight apostrophe, and the
// word it is written onto; false when it has none ("Japan's", "don't").
func elided(w string, elisions map[string]bool) (elision, rest string, ok bool) {
	for _, apostrophe := range []string{"'", "’"} {
		i := strings.Index(w, apostrophe)
		if i <= 0 || i+len(apostrophe) >= len(w) || !elisions[strings.ToLower(w[:i])] {
			continue
		}
		return strings.ToLower(w[:i]) + "'", w[i+len(apostrophe):], true
	}
	return "", "", false
}

// uninverted is a verb asked with one of the pronouns given after it ("hésite-t-elle?")
// without the pronoun, its closing marks kept; false for any other word.
func uninverted(w string, inversions []string) (string, bool) {
	core := strings.TrimRight(w, "?!.,;:)")
	for _, p := range inversions {
		if len(core) > len(p) && strings.EqualFold(core[len(core)-len(p):], p) {
			return core[:len(core)-len(p)] + w[len(core):], true
		}
	}
	return "", false
}

// frenchInversions are the pronouns put after a verb to ask, with their hyphens.
var frenchInversions = []string{"-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-ils", "-elles", "-il", "-elle", "-on", "-vous", "-nous"}

// frenchElisions are the French words elided before a vowel, without their apostrophe.
var frenchElisions = setOf([]string{"l", "d", "j", "c", "s", "n", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})

// withBareLetters is lexicon with each of its entries also as French is typed on an English
// keyboard, without its accents ("coree du sud", "etait", "a l' otan"): an entry typed so
// already keeps its own English ("ou" is or, "où" where; "a" has), and so does an English word
// one would be typed as (bareEnglish). Of two entries typed alike bare ("déclare", "déclaré"),
// the first in byte order gives the English.
func withBareLetters(lexicon map[string]string) map[string]string {
	out := maps.Clone(lexicon)
	for _, typed := range slices.Sorted(maps.Keys(lexicon)) {
		bare := frenchAccents.Replace(typed)
		if _, ok := out[bare]; !ok && !bareEnglish[bare] {
			out[bare] = lexicon[typed]
		}
	}
	return out
}

// frenchAccents are French's accented letters with the bare letters typed for them.
var frenchAccents = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "î", "i", "ï", "i",
	"ô", "o", "ù", "u", "û", "u", "ç", "c", "œ", "oe")

// bareEnglish are English words a French word is, its accents left off, whose English is not
// the French word's: "centré" is focused, a centre no; "forcé" forced, a force no; "animé"
// moderated, anime no; "changé" changed, "décidé" decided.
var bareEnglish = setOf([]string{"centre", "different", "force", "juge", "anime", "change", "decide"})
