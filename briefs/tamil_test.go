package briefs

import "testing"

// Tamil typed in Latin letters and mixed in (Tanglish): read in English, its particles after
// a hyphen ("naala", "la") read with it.
func TestTamilMixedInEnglish(t *testing.T) {
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Covid-naala close aana entha air route thirumba start aachu?", "gimpo-haneda-route-resumed"},
		{"Japan ethukku North Korea issue-la US kooda close-aa cooperate pannuthu?", "japan-fears-abandonment-north-korea"},
	})
}
