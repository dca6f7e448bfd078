package briefs

import (
	"slices"
	"strings"
)

// Askers often say who they are before they ask: "I work for an ocean conservation group.
// Why does South Korea object to Japan releasing nuclear wastewater?", "Hi! I plan airline
// networks and I'm curious - which air route got restarted?". Those words are about the asker,
// not the question, and would sink every fact that does not use them.

// askerOpeners open a part of a question that speaks of the asker, lower-cased.
// Each is matched as whole words.
var askerOpeners = []string{"i ", "i'm ", "i’m ", "im ", "i am ", "i've ", "my ", "we ", "we're ", "our ", "hi ", "hello ", "hey ", "quick question ", "quick one ", "quick refresher ", "question "}

// partBreaks end one part of a question and start the next.
var partBreaks = []string{". ", "! ", ": ", " - ", " – ", " — "}

// withoutAsker drops the parts before the last that speak of the asker and name nothing the
// store knows; the question is returned whole when it has none. A part that names an actor or
// a thing ("I read that Japan protested Korea's survey.") is context and stays.
func (s *Store) withoutAsker(q string) string {
	out := s.withoutAskerAfter(q)
	for {
		cut := -1
		for _, b := range partBreaks {
			if i := strings.Index(out, b); i >= 0 && (cut < 0 || i < cut) {
				cut = i
			}
		}
		if cut < 0 {
			return out
		}
		part := strings.ToLower(strings.TrimSpace(out[:cut]))
		if !s.speaksOfAsker(part) {
			return out
		}
		rest := strings.TrimLeft(out[cut:], ".!:-–— ")
		if strings.TrimSpace(rest) == "" {
			return out
		}
		out = rest
	}
}

// withoutAskerAfter drops what follows the question mark when it speaks of the asker and names
// nothing the store knows: "which route got restarted? i fly it for work lol".
func (s *Store) withoutAskerAfter(q string) string {
	i := strings.LastIndex(q, "? ")
	if i < 0 {
		return q
	}
	if !s.speaksOfAsker(strings.ToLower(strings.TrimSpace(q[i+2:]))) {
		return q
	}
	return q[:i+1]
}

// speaksOfAsker reports whether a lower-cased part of a question opens as the asker speaking
// of themselves and names nothing the store knows.
func (s *Store) speaksOfAsker(part string) bool {
	if !slices.ContainsFunc(askerOpeners, func(o string) bool { return strings.HasPrefix(strings.ReplaceAll(part, ",", " ")+" ", o) }) {
		return false
	}
	actors, things := s.namedEntities(part)
	return len(actors) == 0 && len(things) == 0
}
