package briefs

import "testing"

// Arabic typed in Latin letters and digits and mixed in: one word written with a digit
// for a letter tells it.
func TestArabiziMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"el comfort women victims emta 2addamo el civil mediation bel local court?", "when the comfort women victims brought the civil mediation in the local court?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"lesh el-yaban 7aded el export 3ala Korea?", "japan-export-controls-july-2019"},
		{"meen dar el ejtima3 bein el arba3 dowal?", "kishida-moderates-four-country-meeting"},
	})
}
