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
		{"Tokyo pis Séoul ont jasé de quoi?", "Tokyo and Seoul have talked of what?"},
		// "-tu" after a verb asks; "fait de quoi" is done something.
		{"Ils ont-tu fait de quoi à l'OMC?", "they have done something to the WTO?"},
		{"Le gouvernement est-il penché d'un bord?", "the government is leaning one-sided?"},
		// A compound joined by an en dash reads each name in it.
		{"L'alliance US–Japon, quelle expression est utilisée?", "the alliance US–Japan, which expression is used?"},
		{"Quelles mesures commerciales le Japon a prises?", "which trade measures Japan took?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Comment Washington décrit-il son alliance avec le Japon?", "us-japan-alliance-cornerstone"},
		{"Pourquoi le Japon coopère avec les États-Unis sur la Corée du Nord?", "japan-fears-abandonment-north-korea"},
	})
}
