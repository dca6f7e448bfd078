package briefs

import "testing"

// Greek typed in Latin letters (Greeklish) mixed in: read in English, the asking word first.
func TestGreeklishMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Giati o Yoon esteile delegation sto Tokyo?", "why Yoon send delegation in the Tokyo?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Giati o Yoon esteile delegation sto Tokyo?", "yoon-policy-consultation-delegation"},
	})
}
