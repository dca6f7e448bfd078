package briefs

import "testing"

// Cantonese typed in Latin letters and mixed in: an asking word told by two words together
// ("dim gaai", why) is put first, and the closing particles are left out.
func TestCantoneseMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Seoul protest Japan Bluebook mat ye ah?", "what Seoul protest Japan Bluebook?"},
		{"Bin go chair the four-country meeting ah?", "who chair the four-country meeting?"},
		{"I had dim sum in Madrid, what did Yoon say?", "I had dim sum in Madrid, what did Yoon say?"}, // no Cantonese question
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Dim gaai Tokyo stick so close to Washington on North Korea ge?", "japan-fears-abandonment-north-korea"},
		{"Gei si Japan remove Korea from the white list ah?", "japan-white-list-removal-proposal"},
	})
}
