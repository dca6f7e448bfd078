package briefs

import (
	"slices"
	"testing"
)

// French elisions are put apart from the word they are written onto; "Japan's" and "don't"
// are no elisions.
func TestWithElisionsApart(t *testing.T) {
	for _, tt := range []struct{ words, want []string }{
		{[]string{"l'OTAN", "s'est", "tenu"}, []string{"l'", "OTAN", "s'", "est", "tenu"}},
		{[]string{"Qu’est-ce"}, []string{"qu'", "est-ce"}},
		{[]string{"Japan's", "don't", "l'"}, []string{"Japan's", "don't", "l'"}},
		{[]string{"hésite-t-elle?", "décrit-il"}, []string{"hésite?", "décrit"}},
	} {
		fr := mixedLanguage{elisions: frenchElisions, inversions: frenchInversions}
		if got := fr.withElisionsApart(slices.Clone(tt.words)); !slices.Equal(got, tt.want) {
			t.Errorf("withElisionsApart(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

// A question in French, or mixing French in, is read in English; one word of French is not.
func TestFrenchMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Pourquoi la Corée du Sud hésite-t-elle?", "why the South Korea hesitates?"},
		{"What did le Japon say?", "What did le Japan say?"},
		// Quebec's: "pis" is and, "jaser" to talk; "d'un bord" one-sided.
		{"Tokyo pis Séoul ont jasé de quoi?", "Tokyo and Seoul have talked about what?"},
		// "-tu" after a verb asks; "fait de quoi" is done something.
		{"Ils ont-tu fait de quoi à l'OMC?", "they have done something to the WTO?"},
		{"Le gouvernement est-il penché d'un bord?", "the government is leaning one-sided?"},
		// A compound joined by an en dash reads each name in it.
		{"L'alliance US–Japon, quelle expression est utilisée?", "the alliance US–Japan, which expression is used?"},
		{"Quelles mesures commerciales le Japon a prises?", "which trade measures Japan took?"},
		// Quebec's chat: "c quoi" is what is, "qui qui" who, "les States" the United States,
		// "couper les ponts" to cut ties.
		{"c quoi la strategie des States?", "what is the strategy of the US?"},
		{"Qui qui animait le meeting?", "who moderated the meeting?"},
		{"Le Japon pis l'Australie peuvent-tu couper les ponts avec la Chine?", "Japan and Australia can cut ties with China?"},
		{"Yoon avant même d'entrer en poste, y'a envoyé quoi au Japon?", "Yoon before even taking office, sent what to Japan?"},
		// French typed without accents reads as with them; "ou" before a verb asks where.
		{"Quels allies des Etats-Unis ont ete invites a Madrid?", "which allies of the US were invited in Madrid?"},
		{"Combien de temps a dure le sommet cette annee-la?", "how long lasted the summit that year?"},
		{"Ou etait le sommet de l'OTAN?", "where was the NATO summit?"},
		{"Les Japonais appellent Dokdo comment?", "the Japanese call Dokdo how?"},
		// Texted French: "pq" is why, "qd" when, "ds" in, "c" it is, "c t" it was; "a 4" is
		// four-sided, "prendre cher" to be hit hard, "côté" regarding.
		{"c etait qd exactement le sommet, quelle date?", "when was exactly the summit, what date?"},
		{"selon certains analystes pq les Americains poussent l'OTAN vers l'Asie?", "according to some analysts why the American push NATO towards the Asia?"},
		{"Japon Australie cooperent ds quels domaines?", "Japan Australia cooperate in which areas?"},
		{"le prochain sommet de l'OTAN apres Madrid, c t ou?", "the next NATO summit after Madrid, where was?"},
		{"l'auteur il pense quoi de cette reunion a 4, c du concret?", "the author it think what of this four-country meeting, it is something concrete?"},
		{"quel secteur coreen a pris le plus cher avec ces restrictions?", "which sector Korean was hit hardest with these restrictions?"},
		{"pq le Japon est alle a Madrid?", "why Japan went to Madrid?"},
		{"la Coree reproche quoi au Japon cote ocean?", "Korea blames what to Japan regarding sea?"},
		// "se rendre utile" is to help, "se rapprocher de" to approach; a compound with
		// Nouvelle-Zélande reads the name whole.
		{"L'Australie, comment essaie-t-elle de se rendre utile dans la region?", "Australia, how tries to help in the region?"},
		{"c quoi la strategie que les States utilisent pour se rapprocher des pays d'Asie", "what is the strategy that the US use to approach the countries of Asia"},
		{"La coopération Australie–Nouvelle-Zélande, elle est centrée sur quoi?", "the cooperation Australia New Zealand, it is focused on what?"},
		{"la cooperation Japon-Nouvelle-Zelande est comment?", "the cooperation Japan New Zealand is how?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Comment Washington décrit-il son alliance avec le Japon?", "us-japan-alliance-cornerstone"},
		{"Pourquoi le Japon coopère avec les États-Unis sur la Corée du Nord?", "japan-fears-abandonment-north-korea"},
	})
}

// An entry is read typed without its accents too, unless typed so it is an entry of its own
// ("ou" is or) or an English word (bareEnglish).
func TestWithBareLetters(t *testing.T) {
	got := withBareLetters(map[string]string{"où": "where", "ou": "or", "corée du sud": "South Korea", "centré": "focused", "changé": "changed"})
	for typed, want := range map[string]string{"où": "where", "ou": "or", "coree du sud": "South Korea", "centre": "", "change": ""} {
		if got[typed] != want {
			t.Errorf("withBareLetters(…)[%q] = %q, want %q", typed, got[typed], want)
		}
	}
}
