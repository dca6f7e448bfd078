package briefs

import "testing"

// Swedish mixed in: read in English in a question told as Swedish.
func TestSwedishMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"What did Yoon say om Kina?", "What did Yoon say om Kina?"}, // one word is no Swedish question
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Vem ledde mötet mellan Japan, Sydkorea, Australien och Nya Zeeland?", "kishida-moderates-four-country-meeting"},
		{"Varför kan inte Japan och Australien överge Kina helt?", "japan-australia-cannot-abandon-china"},
	})
}
