package briefs

import (
	"strings"
	"testing"
)

// FuzzUncovered reads any question without panicking, and a gap it reports says what the
// article does not give or cover. Spread sequences match across a question's words (spread.go),
// so their bounds are what this guards most.
func FuzzUncovered(f *testing.F) {
	for _, q := range []string{
		"bukhan-eun nato hoeui-e daehae mwo-rago banbal haenna",
		"Madrid-e chamseok-han NATO hoewonguk-eun modu myeot nara-ieosseoyo?",
		"how many", "North Korea", "north korea react", "letter", "3 items name",
		"北朝鮮はNATOの会議にどう反応したん?", "Kuzey Kore zirveden sonra füze denedi mi",
	} {
		f.Add(q)
	}
	w := mustWorld(f)
	f.Fuzz(func(t *testing.T, q string) {
		g, ok := w.Uncovered(q)
		if ok && !strings.HasPrefix(g.Sentence, "The article ") {
			t.Errorf("Uncovered(%q) = %+v: a gap that does not say what the article lacks", q, g)
		}
	})
}
