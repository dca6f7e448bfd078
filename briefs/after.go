package briefs

import "strings"

// withAfterAsWant is a question asking what someone is after asked as what they want: "What
// is Japan really after?" and "What is it Tokyo is after in all this?" ask Japan's goals, and
// "after" read as a word of time matches nothing they say. Only a first sentence that ends
// with "after", or with "after" and a phrase that only frames it ("in all this"), is read
// so: "What was Japan after the summit?" is no such question. Other questions are returned
// as they are.
func withAfterAsWant(q string) string {
	if indexFold(q, " after") < 0 {
		return q // most questions, read without copying them
	}
	lower := strings.ToLower(q)
	if len(lower) != len(q) {
		return q // offsets in lower must be q's
	}
	var aux string
	var rest int
	for _, o := range afterOpeners {
		if strings.HasPrefix(lower, o.text) {
			aux, rest = o.aux, len(o.text)
			break
		}
	}
	if aux == "" {
		return q
	}
	end := strings.IndexAny(lower, "?!.")
	if end < 0 {
		end = len(lower)
	}
	sentence := strings.TrimRight(lower[:end], " ,")
	for _, frame := range afterFrames {
		if s, ok := strings.CutSuffix(sentence, frame); ok {
			sentence = s
			break
		}
	}
	subject, ok := strings.CutSuffix(sentence[rest:], " after")
	if !ok {
		return q
	}
	words := strings.Fields(subject)
	for len(words) > 0 && afterAdverbs[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if strings.HasPrefix(lower, "what is it ") && len(words) > 1 && (words[len(words)-1] == "is" || words[len(words)-1] == "are") {
		words = words[:len(words)-1] // "What is it Japan is after": the subject's own verb
	}
	if len(words) == 0 || len(words) > 4 {
		return q
	}
	// The subject as typed, its capitals kept for the names.
	typed := strings.Fields(q[rest:])[:len(words)]
	if words[len(words)-1] == "they" || words[len(words)-1] == "we" || words[len(words)-1] == "you" {
		aux = "do"
	}
	return "What " + aux + " " + strings.Join(typed, " ") + " want" + q[end:]
}

// afterOpeners open a question asking what someone is after, with the auxiliary that asks
// what they want.
var afterOpeners = []struct{ text, aux string }{
	{"what is it ", "does"}, {"what is ", "does"}, {"what's ", "does"}, {"whats ", "does"},
	{"what are ", "do"}, {"what exactly is ", "does"},
}

// afterFrames close a question on what someone is after without adding to it.
var afterFrames = []string{" in all this", " in all of this", " in this", " here", " really", " exactly", " actually"}

// afterAdverbs stand between the subject and "after" without changing what is asked.
var afterAdverbs = setOf([]string{"really", "actually", "exactly", "truly", "ultimately", "mainly", "chiefly"})
