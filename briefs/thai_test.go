package briefs

import "testing"

// Thai typed in Latin letters and mixed in: an asking word told by two words together
// ("tum mai", why) is put first.
func TestThaiMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Japan export control to Korea start pee nai na?", "which year Japan export control to Korea start?"},
		{"What is the tao of diplomacy?", "What is the tao of diplomacy?"}, // one word is no Thai question
		// "nai" before a noun is in; after one ("muang nai", "pee arai") it asks which.
		{"san nai Tokyo tad sin rueang raeng ngan bangkhap pee arai krub?", "which year court in Tokyo ruled about forced labor?"},
		{"prachum sudyod krang tor pai ja jad tee muang nai kha?", "which city summit next time will held?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Tum mai Washington think trilateral cooperation so important na?", "trilateral-cooperation-us-benefits"},
	})
}
