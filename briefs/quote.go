package briefs

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// typographicRunes are the characters a machine translation or a word processor puts where a
// plain quote was meant. Quote checks fold only these and whitespace: anything else in a quote
// must match the source to the letter.
var typographicRunes = map[rune]byte{
	'\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
	'\u2018': '\'', '\u2019': '\'', '\u201a': '\'',
}

// typographic replaces typographicRunes in a string.
var typographic = func() *strings.Replacer {
	var pairs []string
	for r, c := range typographicRunes {
		pairs = append(pairs, string(r), string(c))
	}
	return strings.NewReplacer(pairs...)
}()

// foldTypographic is typographic.Replace, without copying a string of plain ASCII, which has
// none of typographicRunes: most words of most questions.
func foldTypographic(s string) string {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return typographic.Replace(s)
		}
	}
	return s
}

// normalizeQuote folds typographic quotes and runs of whitespace, nothing else.
func normalizeQuote(s string) string {
	return strings.Join(strings.Fields(foldTypographic(s)), " ")
}

// FoldQuote is the folding quote checks apply (typographic quotes and runs of whitespace), for
// callers that match text against quotes or headings the way the store does.
func FoldQuote(s string) string { return normalizeQuote(s) }

// foldedText is a text folded as quotes are, with, for every byte of the folded text, where
// the character it came from starts and ends in the original: a quote found in the folded
// text can then be located in the original, typographic quotes, line breaks and all.
type foldedText struct {
	norm       string
	start, end []int
}

// foldText folds text exactly as normalizeQuote does (TestFoldTextMatchesNormalizeQuote),
// keeping the way back to the original.
func foldText(text string) *foldedText {
	ft := &foldedText{}
	var b strings.Builder
	b.Grow(len(text))
	emit := func(s string, from, to int) {
		b.WriteString(s)
		for range len(s) {
			ft.start = append(ft.start, from)
			ft.end = append(ft.end, to)
		}
	}
	space := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
		default:
			if space {
				emit(" ", i, i)
				space = false
			}
			if c, ok := typographicRunes[r]; ok {
				emit(string(c), i, i+size)
			} else {
				emit(text[i:i+size], i, i+size) // the bytes as they are, even if not UTF-8
			}
		}
		i += size
	}
	ft.norm = b.String()
	return ft
}

// find returns where quote is in the original text: text[from:to] folds to the folded quote.
func (ft *foldedText) find(quote string) (from, to int, ok bool) {
	q := normalizeQuote(quote)
	if q == "" {
		return 0, 0, false
	}
	i := strings.Index(ft.norm, q)
	if i < 0 {
		return 0, 0, false
	}
	return ft.start[i], ft.end[i+len(q)-1], true
}

// QuoteSpan returns where f's quote stands in its source's Text, as found when the store was
// loaded, so that a reader can be shown the quote in its context.
func (s *Store) QuoteSpan(f *Fact) (from, to int, ok bool) {
	if f == nil || s.factByID[f.ID] != f || f.quoteTo <= f.quoteFrom {
		return 0, 0, false
	}
	return f.quoteFrom, f.quoteTo, true
}
