package briefs

import (
	"fmt"
	"slices"
)

// A question put in another language's word order reaches the store word for word:
// "bukhan-eun nato hoeui-e daehae mwo-rago banbal haenna" reads "about what North Korea nato
// meeting backlash did". Its words ask for North Korea's reaction, as "how did North Korea
// react" does, but not as one phrase. A not_given kind's spread sequences find such questions:
// each group's words in turn, a few words apart, asked of what the first group names.

// spreadGap is how many words may stand between one group's words and the next group's.
const spreadGap = 6

// spreadPhrase is one spread sequence of a not_given kind: its groups in order, each a list
// of alternatives, each alternative its words read as a question's words are.
type spreadPhrase struct {
	groups [][][]string
	name   string
	toldOf []string
}

// newSpreadPhrase reads one sequence of world.yaml's spread for the kind ng.
func newSpreadPhrase(ng notGiven, groups [][]string) (spreadPhrase, error) {
	if len(groups) < 2 {
		return spreadPhrase{}, fmt.Errorf("world.yaml: not_given %q: a spread sequence needs two groups or more", ng.Name)
	}
	p := spreadPhrase{name: ng.Name, toldOf: ng.ToldOf}
	for _, alternatives := range groups {
		var group [][]string
		for _, a := range alternatives {
			var words []string
			for _, span := range nameWords(a, nil) {
				k := string(appendNameKey(nil, a[span[0]:span[1]]))
				if hedges[k] {
					return spreadPhrase{}, fmt.Errorf("world.yaml: not_given %q: spread %q holds the hedge %q, which questions are read without", ng.Name, a, k)
				}
				words = append(words, k)
			}
			if len(words) == 0 {
				return spreadPhrase{}, fmt.Errorf("world.yaml: not_given %q: empty spread alternative", ng.Name)
			}
			group = append(group, words)
		}
		if len(group) == 0 {
			return spreadPhrase{}, fmt.Errorf("world.yaml: not_given %q: empty spread group", ng.Name)
		}
		p.groups = append(p.groups, group)
	}
	return p, nil
}

// spreadAsked reports the kind a question asks by a spread sequence. words are the question's
// words (nameWords) and word(i) the key of the i-th. A sequence that opens with a country
// counts only when no other country is named before it or between its groups: "when North
// Korea fired missiles, how did Japan react?" asks Japan's reaction, not North Korea's.
func (w *World) spreadAsked(q string, words [][2]int, word func(int) []byte) (Gap, bool) {
	// The question's names are read only once a sequence matches: most questions match none.
	var spanBuf [32][2]int
	var nameBuf [32]nameStart
	var names nameTable
	for from := range words {
		for _, k := range w.spreadAt[string(word(from))] {
			p := w.spread[k]
			to, ok := p.matchFrom(from, words, word)
			if !ok {
				continue
			}
			if names.spans == nil {
				names = w.store.readNames(q, spanBuf[:0], nameBuf[:0])
			}
			if e, n := names.at(from); e != nil && e.Kind == "country" {
				// Asked of the country the sequence opens with: no other is named before
				// it or between its groups.
				if firstCountry(names, 0, from) >= 0 || firstCountry(names, from+n, to) >= 0 {
					continue
				}
			}
			if len(p.toldOf) > 0 {
				actors, things := w.store.namedEntities(q)
				if len(actors) > 0 && slices.Contains(p.toldOf, actors[0]) ||
					slices.ContainsFunc(things, func(t string) bool { return slices.Contains(p.toldOf, t) }) {
					continue
				}
			}
			return Gap{Kind: GapNotGiven, Name: p.name, Sentence: "The article gives no " + p.name + "."}, true
		}
	}
	return Gap{}, false
}

// firstCountry is where the first country names name from word i on, before word to, starts:
// -1 when none is. A name's own words name nothing else ("Korea" of "North Korea").
func firstCountry(names nameTable, i, to int) int {
	for i < to && i < len(names.names) {
		e, n := names.at(i)
		if e != nil && e.Kind == "country" {
			return i
		}
		i += max(n, 1)
	}
	return -1
}

// matchFrom finds p's groups in turn from word start on, each within spreadGap words of the
// one before; to is where the last group's words start.
func (p spreadPhrase) matchFrom(start int, words [][2]int, word func(int) []byte) (to int, ok bool) {
	at, ok := groupAt(p.groups[0], start, len(words), word)
	if !ok {
		return 0, false
	}
	last := start
	for _, g := range p.groups[1:] {
		found := false
		for j := at; j < len(words) && j <= at+spreadGap; j++ {
			if e, ok := groupAt(g, j, len(words), word); ok {
				last, at, found = j, e, true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return last, true
}

// groupAt reports whether one of a group's alternatives starts at word i, and where it ends.
func groupAt(group [][]string, i, n int, word func(int) []byte) (int, bool) {
	for _, alt := range group {
		if i+len(alt) > n {
			continue
		}
		if altAt(alt, i, word) {
			return i + len(alt), true
		}
	}
	return 0, false
}

// altAt reports whether alt's words are the question's words from word i on.
func altAt(alt []string, i int, word func(int) []byte) bool {
	for k, aw := range alt {
		if string(word(i+k)) != aw {
			return false
		}
	}
	return true
}
