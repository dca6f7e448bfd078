package briefs

import "testing"

// A question in German, or mixing German in, is read in English; an English question with
// one German-looking word is not.
func TestGermanMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Wie lange dauert der Gipfel in Madrid?", "how long does the summit in Madrid?"},
		{"Did Yoon attend the summit, ja?", "Did Yoon attend the summit, ja?"},
		// Words only German has tell it too: "Regierung", "Südkorea".
		{"Was hat die Regierung mit Seoul versucht?", "what has the government with Seoul tried?"},
		{"Was hat Moon in Richtung Pyongyang versucht?", "what has Moon towards Pyongyang tried?"}, // "versucht" tells it where "was hat" are English too
		{"Wie lange war die Strecke dicht?", "how long was the route closed?"},
		// A telling pair ("was war", "wie sieht") tells it, and its words are German's.
		{"Was war der focus der trilateral talks US-Japan-Korea?", "what was the focus the trilateral talks US-Japan-Korea?"},
		{"Von welchem Institut kommt der Autor?", "of which institute comes the author?"},
		// One German word of its own tells it in an English question, whose words that are
		// German too stay English.
		{"Which Abkommen have Tokyo and Canberra signed?", "Which agreement have Tokyo and Canberra signed?"},
		{"Will Seoul send someone to the next Gipfel?", "Will Seoul send someone to the next summit?"},
		{"How big is the Insel that Seoul and Tokyo both claim?", "How big is the island that Seoul and Tokyo both claim?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Warum ist Südkorea gegenüber China positiver als Japan?", "korea-economic-dependence-china"},
		{"Warum hat Südkorea das GSOMIA-Abkommen aufgekündigt?", "gsomia-abolition-august-2019"},
	})
}
