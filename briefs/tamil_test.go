package briefs

import "testing"

// Tamil typed in Latin letters and mixed in (Tanglish): read in English, its particles after
// a hyphen ("naala", "la") read with it.
func TestTamilMixedInEnglish(t *testing.T) {
	// Its postpositions go before the noun: "Yoon government paththi" is about the Yoon
	// government.
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Kishida paththi South Korea-la enna opinion?", "what about Kishida in South Korea opinion?"},
		// The "dh" spellings tell Tanglish too, and "yen" is why, not the money.
		{"Dokdo island evlo perusu?", "how big Dokdo island?"},
		{"Korea ku indha workers compensation matter yen avlo sensitive?", "why Korea to this workers compensation matter so sensitive?"},
		// Sri Lankan Tamil: "ean" is why, told by it alone.
		{"Gimpo-Haneda vimaana route ethanai kaalam moodappattirunthathu, ean?", "how long Gimpo-Haneda flight route was closed, why?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Covid-naala close aana entha air route thirumba start aachu?", "gimpo-haneda-route-resumed"},
		{"Japan ethukku North Korea issue-la US kooda close-aa cooperate pannuthu?", "japan-fears-abandonment-north-korea"},
	})
}
