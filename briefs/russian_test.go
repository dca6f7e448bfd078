package briefs

import (
	"slices"
	"testing"
)

// Russian is written in a script no English word is: one word of it is read in English, and
// an asking word typed in English stays where it is.
func TestRussianMixedInEnglish(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"Почему Tokyo cares so much?", "why Tokyo cares so much?"},
		{"What did Байден say in Madrid?", "What did Biden say in Madrid?"},
	} {
		if got := withChatSpelledOut(tt.q); got != tt.want {
			t.Errorf("withChatSpelledOut(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	s := realStore(t)
	for _, tt := range []struct{ q, want string }{
		{"Почему Южная Корея отменила GSOMIA?", "gsomia-abolition-august-2019"},
	} {
		if ids := answerIDs(s, tt.q); !slices.Contains(ids, tt.want) {
			t.Errorf("%q = %v, want %s among them", tt.q, ids, tt.want)
		}
	}
}
