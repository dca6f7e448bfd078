package briefs

import "testing"

// Polish mixed in: read in English.
func TestPolishMixedInEnglish(t *testing.T) {
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Jak Biden nazwał spotkanie z Japonią i Koreą?", "biden-historic-trilateral-meeting"},
		{"Kiedy ostatnio spotkali się liderzy US, Japonii i Korei?", "trilateral-last-summit-2017"},
		// Typed without Polish letters, a word only Polish has tells it ("przywiozl",
		// "wspolpracuja"); with them, any word of polish with one does ("obiecywał").
		{"co Kishida przywiozl dla Yoona na inauguracje?", "hayashi-inauguration-kishida-letter"},
		{"w jakich dziedzinach wspolpracuja Japonia i Australia?", "japan-australia-defence-agreements"},
		{"co Yoon obiecywał w kampanii wyborczej?", "yoon-campaign-positions"},
		{"Japonia przecież nie jest w NATO, to jako kto pojechała do Madrytu?", "asia-pacific-partners-attend-madrid"},
		{"od jak dawna liderzy Japonii i Australii tak czesto sie odwiedzaja?", "japan-australia-frequent-visits"},
		{"od którego roku ciągnie się sprawa comfort women w sądach?", "comfort-women-mediation-2013"},
		{"kto prowadził spotkanie Japonia-Korea-Australia-NZ?", "kishida-moderates-four-country-meeting"},
		{"ile dni trwał ten szczyt?", "summit-caption-june-29"},
		// The analysis's own words: its author's university, the disputed island, Korea
		// shortened to "Płd.", the pressure on Pyongyang, the sharing of responsibilities.
		{"Z jakiej uczelni jest autor tej analizy?", "article-author-byline"},
		{"Jaką powierzchnię ma ta sporna wyspa między Japonią a Koreą?", "dokdo-both-claim-island"},
		{"Jaką rolę odgrywa Korea Płd. w strategii amerykańskiej według autora?", "korea-us-outpost-northeast-asia"},
		{"Jakie metody nacisku na Pjongjang preferuje Tokio?", "japan-tough-line-sanctions"},
		{"Czego USA oczekują od Japonii i Australii w podziale obowiązków?", "us-expects-japan-australia-responsibility"},
		// Typed in chat, without Polish letters and with "wg": the flights resumed, what the
		// Japanese call Dokdo, what Biden gains, who loses, whether this was the first time.
		{"o co chodzi z lotami Kimpo–Haneda?", "gimpo-haneda-route-resumed"},
		{"jak Japonczycy nazywaja Dokdo?", "dokdo-japan-protests-korean-survey"},
		{"Japonia i Korea Płn – o co Japończykom najbardziej chodzi?", "japan-concerns-missiles-kidnapping"},
		{"czemu Bidenowi tak zależy na tej trójce USA-Japonia-Korea?", "trilateral-cooperation-us-benefits"},
		{"czy wg autora Japonia i Australia moga sie calkiem odciac od Chin?", "japan-australia-cannot-abandon-china"},
		{"co będzie, jeśli USA nie utrzyma równowagi między sojusznikami? kto na tym straci?", "korea-nz-interests-if-us-unbalanced"},
		{"po co wg niektorych analitykow USA pcha NATO do Azji?", "analysts-us-hegemony-containment"},
		{"czy liderzy tej czwórki byli już kiedyś na szczycie NATO, czy to nowość?", "four-partners-invited-first-time"},
		{"czemu Korea Płd jest łagodniejsza dla Chin niż Japonia?", "korea-economic-dependence-china"},
		// "tekst" is the piece of writing asked about, the article; "o czym było" asks what was
		// discussed.
		{"kto jest redaktorem tego tekstu?", "article-editor-outlook"},
		{"kto napisał ten tekst?", "article-author-byline"},
		{"to spotkanie czwórki w Madrycie, o czym było?", "four-country-meeting-ukraine"},
		{"spotkanie Japonii i Australii z Koreą i Nową Zelandią, o czym bylo", "four-country-meeting-ukraine"},
	})
	// "Jak nazywa się…" asks a name, as "jak się nazywa" does: the article names neither
	// minister.
	checkAnswered(t, s, []answered{
		{"Jak nazywa się minister obrony Korei Płd?", false},
		{"jak nazywa sie minister spraw zagranicznych Australii?", false},
	})
	// The article gives no flight times.
	if g, ok := mustWorld(t).Uncovered("Ile trwa lot z Gimpo do Haneda?"); !ok || g.Kind != GapNotGiven {
		t.Errorf("Uncovered(Ile trwa lot z Gimpo do Haneda?) = %v, %q; want flight times not given", ok, g.Sentence)
	}
}
