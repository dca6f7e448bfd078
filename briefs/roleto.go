package briefs

import "strings"

// withRoleToAsked is a question asking what one country is to another asked as its role for
// it: "What is South Korea to the US?" and "So what is Seoul to Washington, per this article
// — a full partner or something less?" ask South Korea's place in US strategy, which "to"
// alone matches in no fact. Only the two countries' names right after the opener, with
// nothing but punctuation or a new clause after them, are read so; other questions are
// returned as they are.
func (s *Store) withRoleToAsked(q string) string {
	if indexFold(q, " to ") < 0 {
		return q // most questions, read without their names
	}
	start := -1
	for _, o := range roleToOpeners {
		if _, ok := cutPrefixFold(q, o); ok {
			start = len(o)
			break
		}
	}
	if start < 0 {
		return q // most questions, read without lowering them
	}
	lower := strings.ToLower(q)
	if len(lower) != len(q) {
		return q // offsets in lower must be q's
	}
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	names := s.readNames(q, spanBuf[:0], nameBuf[:0])
	country := func(i int) (int, bool) { // the words the country named at span i takes
		if i >= len(names.spans) {
			return 0, false
		}
		e, n := names.at(i)
		return n, e != nil && e.Kind == "country"
	}
	word := func(i int) string {
		if i >= len(names.spans) {
			return ""
		}
		return lower[names.spans[i][0]:names.spans[i][1]]
	}
	i := 0
	for i < len(names.spans) && names.spans[i][0] < start {
		i++
	}
	if word(i) == "the" {
		i++
	}
	n, ok := country(i)
	if !ok || i >= len(names.spans) || names.spans[i][0] > start+len("the ") || word(i+n) != "to" {
		return q
	}
	first := q[names.spans[i][0]:names.spans[i+n-1][1]]
	j := i + n + 1
	from := j // "the US" is kept whole: "us" alone is no name
	if word(j) == "the" {
		j++
	}
	m, ok := country(j)
	if !ok {
		return q
	}
	end := names.spans[j+m-1][1]
	if after := strings.TrimLeft(q[end:], " "); after != "" && isTypedLetter(after[0]) {
		return q // "What is Japan to the US doing?" asks something else of them
	}
	return "What is " + first + "'s role for " + q[names.spans[from][0]:end] + q[end:]
}

// roleToOpeners open a question asking what one country is to another.
var roleToOpeners = []string{"what is ", "what's ", "whats ", "so what is ", "so what's ", "and what is ", "then what is "}
