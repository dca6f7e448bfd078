package briefs

import "strings"

// A reader may liken what they ask to something everyday, to have it told simply: "Who ran
// the four-country meeting in Madrid, like who was the teacher leading the class?", "Why
// does Washington care about Tokyo and Seoul? Explain it like a sports coach wanting a
// strong team". The likening names nothing the article covers, and read with it the
// question finds nothing.

// plainLikeningOpeners open a likening that says it is one, after a question mark;
// plainClosingLikenings open one that closes a question after a comma.
var (
	plainLikeningOpeners  = []string{"explain it like ", "explain like ", "explain it as if ", "explain as if ", "kind of like ", "sort of like ", "think of it like ", "think of it as "}
	plainClosingLikenings = []string{", kind of like ", ", sort of like ", ", just like "}
)

// likeningOpeners and closingLikenings add a bare "like", which may also give an example
// of what is asked ("…, like Japan?").
var (
	likeningOpeners  = append([]string{"like "}, plainLikeningOpeners...)
	closingLikenings = append([]string{", like ", " — like ", " - like ", " – like "}, plainClosingLikenings...)
)

// withoutLikening is question without the likening that closes it; false when none does.
// Read only when the question finds nothing with it: see likeningOpeners.
func withoutLikening(question string) (string, bool) {
	return withoutLikeningOf(question, likeningOpeners, closingLikenings)
}

// withoutPlainLikening is question without a likening that says it is one ("explain it
// like…", "kind of like…"): read with it, a question may be answered from what the likening
// names ("a birthday party", "a coach").
func withoutPlainLikening(question string) (string, bool) {
	if indexFold(question, " like ") < 0 && indexFold(question, " as ") < 0 {
		return question, false // most questions
	}
	return withoutLikeningOf(question, plainLikeningOpeners, plainClosingLikenings)
}

// withoutLikeningOf is question without a closing sentence that openers open, or a closing
// clause that closings open.
func withoutLikeningOf(question string, openers, closings []string) (string, bool) {
	if i := strings.LastIndexByte(question, '?'); i >= 0 && i < len(question)-1 {
		rest := strings.TrimSpace(question[i+1:])
		for _, o := range openers {
			if _, ok := cutPrefixFold(rest, o); ok {
				return question[:i+1], true
			}
		}
	}
	for _, o := range closings {
		if i := indexFold(question, o); i > 0 {
			return question[:i] + "?", true
		}
	}
	return question, false
}
