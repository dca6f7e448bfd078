package briefs

import "testing"

// Indonesian and Malay mixed in: read in English; "di tahun 2022" is in 2022.
func TestIndonesianMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Berapa jumlah member countries NATO di tahun 2022?", "how many member countries NATO in 2022?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Kenapa Jepang membatasi ekspor bahan semikonduktor ke Korea Selatan?", "japan-export-controls-july-2019"},
		{"Berapa luas pulau Dokdo?", "dokdo-both-claim-island"},
		{"Siapa yang memimpin pertemuan empat negara itu?", "kishida-moderates-four-country-meeting"},
	})
}
