package briefs

import "testing"

// Thai typed in Latin letters and mixed in: an asking word told by two words together
// ("tum mai", why) is put first.
func TestThaiMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Japan export control to Korea start pee nai na?", "which year Japan export control to Korea start?"},
		{"What is the tao of diplomacy?", "What is the tao of diplomacy?"}, // one word is no Thai question
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Tum mai Washington think trilateral cooperation so important na?", "trilateral-cooperation-us-benefits"},
	})
}
