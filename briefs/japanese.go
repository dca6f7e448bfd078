package briefs

import (
	"strings"
	"unicode"
)

// Japanese mixed with English ("Madrid summitでNATO事務総長は誰でしたか？") is read as the other
// mixed languages are (mixedLanguages), once its words are found: Japanese writes no spaces,
// so each run of Japanese is split into japanese's words by longest match, and a particle
// written onto an English word ("summitで") is put apart from it. What matches no word of
// japanese is kept as typed, as a Korean word korean does not hold is (withKoreanApart).

// withJapaneseApart is words with each run of Japanese split into japanese's words, and the
// full-width marks read as their ASCII ones; words without Japanese are returned as they are.
func withJapaneseApart(words []string) []string {
	if !containsJapanese(words) {
		return words
	}
	return withTitlesFirst(withLexiconApart(words, japanese, maxJapaneseWord, isJapanese), japaneseTitles, japanesePeople, "")
}

// withLexiconApart is words with each word holding the script inScript tells split by
// lexiconWords, and the full-width marks read as their ASCII ones.
func withLexiconApart(words []string, lexicon map[string]string, longest int, inScript func(rune) bool) []string {
	out := make([]string, 0, len(words)*3)
	for _, w := range words {
		w = fullWidthMarks.Replace(w)
		if !strings.ContainsFunc(w, inScript) {
			out = append(out, w)
			continue
		}
		out = append(out, lexiconWords(w, lexicon, longest)...)
	}
	return out
}

// japaneseTitles are the offices Japanese writes after a name, with their English.
var japaneseTitles = map[string]string{"大統領": "President", "首相": "Prime Minister", "総理": "Prime Minister",
	"外相": "Foreign Minister", "外務大臣": "Foreign Minister", "防衛相": "Defence Minister", "防衛大臣": "Defence Minister"}

// japanesePeople are the people japanese names in kanji or kana, whom a title after them
// names (japaneseTitles).
var japanesePeople = setOf([]string{"岸田", "林", "尹", "尹錫悦", "ユン", "バイデン", "文在寅", "アーダーン", "アルバニージー", "安倍"})

// lexiconWords is a word holding Japanese or Chinese split into the English typed in it, the
// words of lexicon (the longest of them longest characters) by longest match, and the runs
// matching none, with the marks closing it kept on the last.
func lexiconWords(w string, lexicon map[string]string, longest int) []string {
	core := strings.TrimRight(w, "?!.,;:)")
	tail := w[len(core):]
	var out []string
	runes := []rune(core)
	unknown := -1 // where a run of Japanese matching no word began
	flush := func(at int) {
		if unknown >= 0 {
			out = append(out, string(runes[unknown:at]))
			unknown = -1
		}
	}
	for i := 0; i < len(runes); {
		if !isJapanese(runes[i]) {
			flush(i)
			j := i
			for j < len(runes) && !isJapanese(runes[j]) {
				j++
			}
			typed := strings.Trim(string(runes[i:j]), ",")
			if typed == "%" && len(out) > 0 && out[len(out)-1] == "何" {
				out[len(out)-1], typed = "what percentage", "" // "何%"
			}
			if month, ok := koreanMonths[strings.TrimSpace(typed)]; ok && j < len(runes) && runes[j] == '月' {
				typed, j = month, j+1 // "7月" is July, as Korean's "7월" is
			} else if j < len(runes) && (runes[j] == '年' || runes[j] == '日') && typed != "" && isDigits(typed) {
				j++ // "2019年" is 2019
			}
			if typed != "" {
				out = append(out, typed)
			}
			i = j
			continue
		}
		n := 0
		for k := min(len(runes)-i, longest); k >= 1; k-- {
			if _, ok := lexicon[string(runes[i:i+k])]; ok {
				n = k
				break
			}
		}
		if n == 0 {
			if unknown < 0 {
				unknown = i
			}
			i++
			continue
		}
		flush(i)
		out = append(out, string(runes[i:i+n]))
		i += n
	}
	flush(len(runes))
	if len(out) == 0 {
		return []string{w}
	}
	out[len(out)-1] += tail
	return out
}

// maxJapaneseWord is the length in characters of japanese's longest word.
var maxJapaneseWord = longestWord(japanese)

// longestWord is the length in characters of the longest word of lexicon.
func longestWord(lexicon map[string]string) int {
	n := 0
	for w := range lexicon {
		n = max(n, len([]rune(w)))
	}
	return n
}

// fullWidthMarks are the marks Japanese types full width, as ASCII.
var fullWidthMarks = strings.NewReplacer("？", "?", "！", "!", "。", ".", "、", ",", "（", "(", "）", ")", "：", ":", "　", " ")

// containsJapanese reports whether a word of words holds kana: Chinese, written in kanji
// alone ("日本 韩国 半导体"), is read by the entities' own names instead.
func containsJapanese(words []string) bool {
	for _, w := range words {
		if strings.ContainsFunc(w, isKana) {
			return true
		}
	}
	return false
}

// isKana reports whether r is hiragana or katakana.
func isKana(r rune) bool { return unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == 'ー' }

// isJapanese reports whether r is kana, kanji, or the mark lengthening a kana vowel.
func isJapanese(r rune) bool {
	return unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) || r == 'ー'
}
