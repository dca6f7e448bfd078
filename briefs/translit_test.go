package briefs

import "testing"

// Russian typed in Latin letters and mixed in: one short asking word ("kak", "kto") tells it.
func TestTranslitMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Kak Japan nazyvaet Dokdo?", "how Japan calls Dokdo?"},
		// "Na chem" (on what) tells it as two short words together.
		{"Na chem fokusiruet diplomatiyu Wellington?", "on what focus diplomacy Wellington?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Pochemu Yaponiya ogranichila eksport v Koreyu?", "japan-export-controls-july-2019"},
		{"Kto vel vstrechu chetyreh stran?", "kishida-moderates-four-country-meeting"},
	})
}
