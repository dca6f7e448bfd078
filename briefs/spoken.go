package briefs

import "strings"

// withGsSpoken is question with each word typed without its closing g, as it is spoken
// ("what do they keep fightin over", "that meetin'"), spelled with it: typed so, "fightin"
// would miss the everyday phrases and synonyms "fighting" has. Only a word the store does not
// read, whose -ing form it does, is spelled out, or one that doubles the letter before its
// "in", as only -ing words do ("puttin", "runnin"): "main", "join" and "Putin" stay as typed.
func (s *Store) withGsSpoken(question string) string {
	var b strings.Builder // left empty, without allocating, for most questions
	last := 0
	for i := 0; i < len(question); {
		j := i
		for j < len(question) && isLetter(question[j]) {
			j++
		}
		if j == i {
			i++
			continue
		}
		if j-i >= 5 && strings.EqualFold(question[j-2:j], "in") && !strings.ContainsRune("aeiouAEIOU", rune(question[j-3])) &&
			(question[j-3] == question[j-4] || s.index.readsOnlyWithG(strings.ToLower(question[i:j]))) {
			b.WriteString(question[last:j])
			b.WriteByte('g')
			last = j
			for _, apostrophe := range []string{"'", "’"} { // "meetin'" is "meeting"
				if strings.HasPrefix(question[j:], apostrophe) {
					last += len(apostrophe)
				}
			}
		}
		i = j
	}
	if last == 0 {
		return question
	}
	b.WriteString(question[last:])
	return b.String()
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// readsOnlyWithG reports whether the index reads a lower-cased word typed without its closing
// g ("fightin") only with it: the word's own stem has no postings or synonyms, and the stem of
// the word with its g does.
func (ix *searchIndex) readsOnlyWithG(word string) bool {
	return !ix.hasStem(ix.stem(word)) && ix.hasStem(ix.stem(word+"g"))
}

// hasStem reports whether a stem has postings or synonyms of its own.
func (ix *searchIndex) hasStem(st string) bool {
	_, ok := ix.postings[st]
	return ok || len(ix.synonyms[st]) > 0
}
