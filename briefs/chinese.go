package briefs

import (
	"slices"
	"strings"
	"unicode"
)

// Chinese mixed with English ("Madrid summit上NATO秘书长是谁？") is read as Japanese is: each
// run of it split into chinese's words by longest match (lexiconWords). A question with kana
// is Japanese (withJapaneseApart), whose kanji chinese would misread.

// withChineseApart is words with each run of Chinese split into chinese's words, and the
// full-width marks read as their ASCII ones; words without Chinese, or with kana, are
// returned as they are.
func withChineseApart(words []string) []string {
	if containsJapanese(words) || !slices.ContainsFunc(words, func(w string) bool { return strings.ContainsFunc(w, isHan) }) {
		return words
	}
	return withLexiconApart(words, chinese, maxChineseWord, isHan)
}

// maxChineseWord is the length in characters of chinese's longest word.
var maxChineseWord = longestWord(chinese)

// isHan reports whether r is a Chinese character (a kanji in Japanese).
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
