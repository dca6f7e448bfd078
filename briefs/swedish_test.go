package briefs

import (
	"slices"
	"testing"
)

// Swedish mixed in: read in English in a question told as Swedish.
func TestSwedishMixedInEnglish(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"What did Yoon say om Kina?", "What did Yoon say om Kina?"}, // one word is no Swedish question
	} {
		if got := withChatSpelledOut(tt.q); got != tt.want {
			t.Errorf("withChatSpelledOut(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	s := realStore(t)
	for _, tt := range []struct{ q, want string }{
		{"Vem ledde mötet mellan Japan, Sydkorea, Australien och Nya Zeeland?", "kishida-moderates-four-country-meeting"},
		{"Varför kan inte Japan och Australien överge Kina helt?", "japan-australia-cannot-abandon-china"},
	} {
		if ids := answerIDs(s, tt.q); !slices.Contains(ids, tt.want) {
			t.Errorf("%q = %v, want %s among them", tt.q, ids, tt.want)
		}
	}
}
