package briefs

import (
	"strings"
	"unicode"
)

// Korean mixed with English ("Madrid summit에서 Finland랑 Sweden 가입 문제는 어떻게 됐어요?") is
// read as the other mixed languages are (mixedLanguages), once its words are taken apart:
// Korean writes a particle or a verb's ending onto the word it follows, also onto an English
// word ("summit에서", at the summit), and a counter onto a number ("4개국", four countries).
// withKoreanApart puts each apart, so that the word and the particle are read one by one,
// the particle as the postposition it is. A Korean word that is none of korean's is kept as
// typed: what the reader cannot read may be what is asked ("내일 서울 날씨", tomorrow's weather in
// Seoul), and a question on it is not to be answered as if it were not there.

// withKoreanApart is words with each Korean particle, ending and counter put apart from the
// word it is written onto; words without Korean are returned as they are.
func withKoreanApart(words []string) []string {
	if !containsHangul(words) {
		return words
	}
	out := make([]string, 0, len(words)+4)
	for _, w := range words {
		if !strings.ContainsFunc(w, isHangul) {
			out = append(out, w)
			continue
		}
		if open := strings.IndexByte(w, '('); open > 0 && strings.IndexByte(w[open:], ')') > 0 {
			// "사회자(moderator)는": the word, its gloss in brackets, the particle after.
			end := open + strings.IndexByte(w[open:], ')') + 1
			out = append(out, withKoreanApart([]string{w[:open]})...)
			out = append(out, w[open:end])
			if end < len(w) {
				out = append(out, withKoreanApart([]string{w[end:]})...)
			}
			continue
		}
		core := strings.TrimRight(w, "?!.,;:)")
		tail := w[len(core):]
		for _, p := range []string{"'s", "’s"} {
			if c, ok := strings.CutSuffix(core, p); ok {
				core, tail = c, p+tail // "필리핀's role": the name, then its possessive
			}
		}
		i := strings.IndexFunc(core, isHangul)
		typed, hangul := core[:i], core[i:]
		if typed != "" {
			if month, ok := koreanMonths[typed]; ok && strings.HasPrefix(hangul, "월") {
				typed, hangul = month, strings.TrimPrefix(hangul, "월") // "7월에" is in July
			}
			out = append(out, typed)
		}
		if hangul != "" {
			out = append(out, koreanParts(hangul)...)
		}
		if tail != "" {
			if len(out) == 0 {
				continue
			}
			out[len(out)-1] += tail
		}
	}
	return withTitlesFirst(withWhichCountries(out), koreanTitles, koreanPeople, "전")
}

// withWhichCountries is words, Korean taken apart, with "where" after countries read as
// which: "두 나라 어디예요" asks which two countries, not where.
func withWhichCountries(words []string) []string {
	for i := 1; i < len(words); i++ {
		if core := strings.TrimRight(words[i], "?!.,"); (core == "어디예요" || core == "어디") && koreanCountryNouns[words[i-1]] {
			words[i] = "어느" + words[i][len(core):]
		}
	}
	return words
}

// withTitlesFirst is words, Korean or Japanese taken apart, with each title typed after a
// person's name put before it, as English puts it: "윤석열 대통령" is President Yoon Suk-yeol,
// not Yoon's president, "林外相" Foreign Minister Hayashi. After a country the title stays:
// "일본 총리" is Japan's prime minister. Titles are the language's with their English, people
// the names it writes in its own script; a capitalised name typed in Latin letters is a
// person's unless it is a place (mixedPlaces). former is the word the language puts
// between a name and a title once held ("전"), if any.
func withTitlesFirst(words []string, titles map[string]string, people map[string]bool, former string) []string {
	isPerson := func(name string) bool { return people[name] || isCapitalisedName(name) && !mixedPlaces[name] }
	for i := 1; i < len(words); i++ {
		title, ok := titles[words[i]]
		if !ok {
			continue
		}
		if isPerson(words[i-1]) {
			words[i-1], words[i] = title, words[i-1]
		} else if former != "" && words[i-1] == former && i >= 2 && isPerson(words[i-2]) {
			// "정의용 전 외교장관" is former Foreign Minister Chung Eui-yong.
			words[i-2], words[i-1], words[i] = "former", title, words[i-2]
		}
	}
	return words
}

// koreanParts is a Korean word as korean reads it: whole when korean holds it, else its
// stem and the particles or endings after it, as many as korean holds (at most three); as
// typed when its stem is none of korean's, a word the question's reader does not know.
func koreanParts(hangul string) []string {
	if koreanKnows(hangul) {
		return []string{hangul}
	}
	for _, e := range koreanEndings {
		stem, ok := strings.CutSuffix(hangul, e)
		if !ok || stem == "" {
			continue
		}
		if koreanKnows(stem) {
			return []string{stem, e}
		}
		for _, e2 := range koreanEndings {
			if s2, ok := strings.CutSuffix(stem, e2); ok && s2 != "" {
				if koreanKnows(s2) {
					return []string{s2, e2, e}
				}
			}
		}
	}
	return []string{hangul}
}

// koreanKnows reports whether a Korean word is korean's, or a place transliterated names in
// Hangul ("서울", Seoul), read in English after the rest (withChatSpelledOut).
func koreanKnows(w string) bool {
	_, ok := korean[w]
	if !ok {
		_, ok = transliterated[w]
	}
	return ok
}

// koreanMonths are the months as Korean numbers them, with 월 after the number.
var koreanMonths = map[string]string{"1": "January", "2": "February", "3": "March", "4": "April", "5": "May", "6": "June",
	"7": "July", "8": "August", "9": "September", "10": "October", "11": "November", "12": "December"}

// containsHangul reports whether a word of words holds a Hangul syllable.
func containsHangul(words []string) bool {
	for _, w := range words {
		if strings.ContainsFunc(w, isHangul) {
			return true
		}
	}
	return false
}

// isHangul reports whether r is a Hangul syllable or letter.
func isHangul(r rune) bool { return unicode.Is(unicode.Hangul, r) }
