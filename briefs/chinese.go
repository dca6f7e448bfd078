package briefs

import (
	"slices"
	"strings"
	"unicode"
)

// Chinese mixed with English ("Madrid summit上NATO秘书长是谁？") is read as Japanese is: each
// run of it split into chinese's words by longest match (lexiconWords). A question with kana
// is Japanese (withJapaneseApart), whose kanji chinese would misread. Traditional characters
// ("峰會上北約秘書長是誰?") are read as their simplified forms first (chineseTraditional), so
// chinese holds each word once, in simplified characters, the words Taiwan or Hong Kong
// types ("紐西蘭", read "纽西兰"; "澳洲") among them.

// withChineseApart is words with each run of Chinese, in simplified characters, split into
// chinese's words, and the full-width marks read as their ASCII ones; words without Chinese,
// or with kana, are returned as they are. words is changed in place.
func withChineseApart(words []string) []string {
	if containsJapanese(words) || !slices.ContainsFunc(words, func(w string) bool { return strings.ContainsFunc(w, isHan) }) {
		return words
	}
	for i, w := range words {
		words[i] = strings.Map(simplifiedHan, w)
	}
	return withLexiconApart(words, chinese, maxChineseWord, isHan)
}

// simplifiedHan is r's simplified form when r is a traditional character chineseTraditional
// pairs with one, else r.
func simplifiedHan(r rune) rune {
	if simplified, ok := simplifiedOf[r]; ok {
		return simplified
	}
	return r
}

// simplifiedOf is chineseTraditional as a map from each traditional character to its
// simplified form.
var simplifiedOf = func() map[rune]rune {
	pairs := []rune(chineseTraditional)
	m := make(map[rune]rune, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		m[pairs[i]] = pairs[i+1]
	}
	return m
}()

// maxChineseWord is the length in characters of chinese's longest word.
var maxChineseWord = longestWord(chinese)

// isHan reports whether r is a Chinese character (a kanji in Japanese).
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
