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
		// Everyday German: "die Amis", "Suedkorea" typed without its umlaut, "man" as one,
		// "zu dritt", a compound typed with a hyphen; "Krieg" tells German alone.
		{"wie nennt man laut artikel die allianz zwischen den amis und australien?", "how is called according to the article the alliance between the Americans and Australia?"},
		{"Wovor hat man in Suedkorea Angst, was Yoons Kurs angeht?", "of what has one in South Korea fear, regarding Yoon's course?"},
		{"wann haben sich die Chefs von USA, Japan und Südkorea davor zuletzt zu dritt getroffen?", "when have the leaders of USA, Japan and South Korea before last trilaterally met?"},
		{"Was ist nach dem GSOMIA-Aus mit der Verteidigungskooperation zwischen Seoul und Tokio passiert?", "what is after the GSOMIA abolition with the defense cooperation between Seoul and Tokyo happened?"},
		{"How is the US-Japan alliance described after the Kalter Krieg?", "How is the US-Japan alliance described after the cold war?"},
		{"Who held that Pressekonferenz in November 2021? Ministers or who genau?", "Who held that press conference in November 2021? Ministers or who exactly?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Warum ist Südkorea gegenüber China positiver als Japan?", "korea-economic-dependence-china"},
		{"Warum hat Südkorea das GSOMIA-Abkommen aufgekündigt?", "gsomia-abolition-august-2019"},
	})
}
