package briefs

import "testing"

// Russian is written in a script no English word is: one word of it is read in English, and
// an asking word typed in English stays where it is.
func TestRussianMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Почему Tokyo cares so much?", "why Tokyo cares so much?"},
		{"What did Байден say in Madrid?", "What did Biden say in Madrid?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Почему Южная Корея отменила GSOMIA?", "gsomia-abolition-august-2019"},
	})
}
