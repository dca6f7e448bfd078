package briefs

import "testing"

// Tagalog mixed in (Taglish): its words and phrases read in English.
func TestTagalogMixedInEnglish(t *testing.T) {
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Ano ang naging sagot ng South Korea sa export controls ng Japan?", "korea-removes-japan-white-list"},
		{"Kailan unang nagsampa ng kaso ang comfort women sa korte?", "comfort-women-mediation-2013"},
		{"Bago pa umupo si Yoon Suk-yeol, ano po ginawa nya para ayusin yung relasyon ng Seoul at Tokyo?", "yoon-policy-consultation-delegation"},
		{"Saang areas po nagtutulungan ang Japan at Australia?", "japan-australia-defence-agreements"},
		{"bkt nag protest ang Tokyo re Dokdo bago umupo si Yoon?", "dokdo-japan-protests-korean-survey"},
		{"ilang taon na-shutdown ung Kimpo Haneda route bai?", "gimpo-haneda-route-resumed"},
	})
}
