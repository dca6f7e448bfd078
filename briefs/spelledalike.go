package briefs

import (
	"io/fs"
	"slices"
	"strings"
	"unicode"
)

// A language typed in Latin letters without a spelling of its own is spelled by each writer
// their own way: one Cairo writer's "ganobeya" (southern) is another's "ganobiya" or
// "ganoubeya". Its words are listed as the writers seen so far typed them, so a word a new
// writer spells otherwise is read by its spelling key instead (mixedLanguage.spellingKey):
// what is left of it once the letters writers spell differently are made alike.

// sourcesEnglish are the words of the shipped sources, in English: typed in a question mixing
// another language in, such a word is read as English, never by its key ("short" is no
// "shorta", police).
var sourcesEnglish = wordsOfSources(embedded)

// wordsOfSources is the set of the lower-cased words of the text files under data/sources.
func wordsOfSources(fsys fs.FS) map[string]bool {
	words := map[string]bool{}
	names, _ := fs.Glob(fsys, "data/sources/*.txt")
	for _, name := range names {
		text, err := fs.ReadFile(fsys, name)
		if err != nil {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(string(text)), func(r rune) bool { return !unicode.IsLetter(r) }) {
			words[w] = true
		}
	}
	return words
}

// minKeyLength is the shortest spelling key read: shorter keys are shared by too many words.
const minKeyLength = 4

// minSpellings is how many of a key's listed words must share its meaning for it to be read:
// a word the lexicon already lists in three spellings is one writers spell at will, while two
// alike spellings may be two words ("7adrat", she attended, and "7adret", her presence).
const minSpellings = 3

// A spelledAlike is the words of a language by their spelling key, with the meaning most of
// the words of a key share ("ostrali", Australian, is outvoted by "ostralia" and
// "australie"); a key whose meanings tie, shorter than minKeyLength, or with fewer than
// minSpellings words of its meaning, is left out.
type spelledAlike struct {
	byKey map[string]alikeWords
	// folded is set for keys that keep every letter of a word, only made plain ("japonyanın"
	// is "japonyanin"): words of one such key are one word, however far apart as typed.
	folded bool
}

// alikeWords are the words of one spelling key that have its meaning, and that meaning.
type alikeWords struct {
	typed   []string
	english string
}

// alikeByKey is the words of each map, by key (see spelledAlike). Meanings differing only in
// case are one, written as the first of them in sort order.
func alikeByKey(key func(string) string, lists ...map[string]string) spelledAlike {
	return spelledAlike{byKey: byKey(key, minSpellings, lists)}
}

// alikeByFolding is the words of each map by their letters made plain (fold): one spelling
// listed is enough, the key telling the word itself.
func alikeByFolding(fold func(string) string, lists ...map[string]string) spelledAlike {
	return spelledAlike{byKey: byKey(fold, 1, lists), folded: true}
}

// byKey is the words of lists by key, each key with the meaning most of its words share, when
// at least fewest of them do.
func byKey(key func(string) string, fewest int, lists []map[string]string) map[string]alikeWords {
	type meaning struct{ typed, written []string }
	votes := map[string]map[string]*meaning{} // key → meaning lower-cased
	for _, words := range lists {
		for w, english := range words {
			k := key(w)
			if len(k) < minKeyLength {
				continue
			}
			if votes[k] == nil {
				votes[k] = map[string]*meaning{}
			}
			m := votes[k][strings.ToLower(english)]
			if m == nil {
				m = &meaning{}
				votes[k][strings.ToLower(english)] = m
			}
			m.typed, m.written = append(m.typed, w), append(m.written, english)
		}
	}
	byKey := map[string]alikeWords{}
	for k, meanings := range votes {
		var winner *meaning
		tied := false
		for _, m := range meanings {
			switch {
			case winner == nil || len(m.typed) > len(winner.typed):
				winner, tied = m, false
			case len(m.typed) == len(winner.typed):
				tied = true
			}
		}
		if !tied && len(winner.typed) >= fewest {
			byKey[k] = alikeWords{typed: winner.typed, english: slices.Min(winner.written)}
		}
	}
	return byKey
}

// read is the meaning of the words of w's key, w being key's spelling of a word at most two
// letters off one of them ("strategeyet" is "strategeyat"), one for a word under six letters:
// a key alone joins words too far apart ("court" and "qararat").
func (a spelledAlike) read(key, w string) (string, bool) {
	words, ok := a.byKey[key]
	if !ok || a.folded {
		return words.english, ok
	}
	most := 2
	if len(w) < 6 {
		most = 1
	}
	for _, typed := range words.typed {
		if editsApart(w, typed, most) {
			return words.english, true
		}
	}
	return "", false
}

// editsApart reports whether a and b are at most n insertions, deletions or substitutions
// apart.
func editsApart(a, b string, n int) bool {
	if abs(len(a)-len(b)) > n {
		return false
	}
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		diagonal := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			was := row[j]
			row[j] = min(row[j]+1, row[j-1]+1, diagonal+boolInt(a[i-1] != b[j-1]))
			diagonal = was
		}
	}
	return row[len(b)] <= n
}

// arabiziKey is an Arabizi word's spelling key: its consonants, each run of one written
// once, with the letters Egyptian, Levantine and Gulf writers swap made one: q and k, "ch"
// and "sh", 7 and h, 5 and "kh", c and k; the hamza (2, ') and vowels, which writers write
// or leave out at will, are left out. A word with a letter outside a–z, 0–9 and the hyphen
// has no key.
func arabiziKey(w string) string {
	var b strings.Builder
	var last byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-', c == '\'':
		default:
			return ""
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', '2', '\'', '-':
			continue
		case 'q', 'c':
			if c == 'c' && i+1 < len(w) && w[i+1] == 'h' {
				c = 's' // "ch" is "sh"
			} else {
				c = 'k'
			}
		case '7':
			c = 'h'
		case '5':
			if last != 'k' {
				b.WriteByte('k')
			}
			last, c = 'k', 'h'
		}
		if c == last {
			continue
		}
		b.WriteByte(c)
		last = c
	}
	return b.String()
}

// turkishFold is a Turkish word lower-cased with its letters made plain, as typed on a phone
// without them: "japonyanın" is "japonyanin", "görüşme" "gorusme".
func turkishFold(w string) string { return turkishPlain.Replace(strings.ToLower(w)) }

var turkishPlain = strings.NewReplacer("ı", "i", "ş", "s", "ç", "c", "ğ", "g", "ö", "o", "ü", "u", "â", "a", "î", "i", "û", "u")

// polishFold is a Polish word lower-cased with its letters made plain: "spotkanie" for
// "spotkanie", "północna" "polnocna".
func polishFold(w string) string { return polishPlain.Replace(strings.ToLower(w)) }

var polishPlain = strings.NewReplacer("ą", "a", "ć", "c", "ę", "e", "ł", "l", "ń", "n", "ó", "o", "ś", "s", "ź", "z", "ż", "z")
