package briefs

import "testing"

// Polish mixed in: read in English.
func TestPolishMixedInEnglish(t *testing.T) {
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Jak Biden nazwał spotkanie z Japonią i Koreą?", "biden-historic-trilateral-meeting"},
		{"Kiedy ostatnio spotkali się liderzy US, Japonii i Korei?", "trilateral-last-summit-2017"},
	})
	// The article gives no flight times.
	if g, ok := mustWorld(t).Uncovered("Ile trwa lot z Gimpo do Haneda?"); !ok || g.Kind != GapNotGiven {
		t.Errorf("Uncovered(Ile trwa lot z Gimpo do Haneda?) = %v, %q; want flight times not given", ok, g.Sentence)
	}
}
