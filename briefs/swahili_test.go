package briefs

import "testing"

// Swahili and Sheng mixed in: read in English, the asking word first.
func TestSwahiliMixedInEnglish(t *testing.T) {
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Kwa nini Japan inashirikiana sana na Marekani kuhusu North Korea?", "japan-fears-abandonment-north-korea"},
	})
}
