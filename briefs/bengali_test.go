package briefs

import "testing"

// Bengali typed in Latin letters mixed in: read in English, the asking word first.
func TestBengaliMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Yoon er delegation er leader ke chilen?", "who was Yoon's delegation's leader?"},                                                                             // "er" makes the noun before it possessive
		{"Japan r foreign minister ke chilen?", "who was Japan's foreign minister?"},                                                                                   // so does "r" after a vowel
		{"Biden oi meeting ke ki bole describe korechilo?", "what says Biden that meeting describe did?"},                                                              // "ke" and "ki" are Hindi's too; "korechilo" tells Bengali
		{"Seoul er diplomacy mainly ki niye focused?", "on what Seoul's diplomacy mainly focused?"},                                                                    // "ki niye" tells it, as no one word does
		{"Bhai NATO summit ta kon shohore hoisilo?", "NATO summit in which city was held?"},                                                                            // the "s" spelling of "ch" ("hoisilo" for "hoyechilo") tells it
		{"Ardern er pore New Zealand er PM ke hoise?", "who became after Ardern New Zealand's PM?"},                                                                    // "er pore" (after) goes before the noun it follows
		{"NATO er Secretary General ke chilo oi summit e?", "who was NATO's Secretary General that summit in?"},                                                        // "ke chilo" (who was) tells it
		{"US-Japan alliance ke ki bola hoy?", "what US-Japan alliance is called?"},                                                                                     // "bola hoy" (is called) outweighs Hindi's "ke" and "ki"
		{"Ei article ta kon tarikh e publish hoyechilo?", "on what date this article was published?"},                                                                  // "kon tarikh e" read whole; "publish hoyechilo" is passive
		{"Yoon er inauguration e Tokyo theke ke gechilo?", "who went Yoon's inauguration in from Tokyo?"},                                                              // "theke" (from) goes before the name it follows
		{"US Japan Korea er defense minister ra military exercise niye ki decide korlo?", "what decided US Japan Korea's defense ministers about military exercises?"}, // "minister ra" is plural; "decide korlo" is one verb
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Japan keno America r sathe North Korea niye eto kache?", "japan-fears-abandonment-north-korea"},
	})
}
