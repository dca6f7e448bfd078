package briefs

import "testing"

// Bengali typed in Latin letters mixed in: read in English, the asking word first.
func TestBengaliMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Yoon er delegation er leader ke chilen?", "who was Yoon's delegation's leader?"},                                                                                          // "er" makes the noun before it possessive
		{"Japan r foreign minister ke chilen?", "who was Japan's foreign minister?"},                                                                                                // so does "r" after a vowel		{"Japan r foreign minister ke chilen?", "who was Japan's foreign minister?"},                                                                                                // so does "r" after a vowel
		{"China niye Wellington r Tokyo er attitude ki?", "what about China Wellington and Tokyo's attitude?"},                                                                      // "r" between two names is "and"
		{"India r PM Modi ki bolechilen?", "what India's PM Modi said?"},                                                                                                            // but not before a title
		{"Biden oi meeting ke ki bole describe korechilo?", "what says Biden that meeting describe did?"},                                                                           // "ke" and "ki" are Hindi's too; "korechilo" tells Bengali
		{"Seoul er diplomacy mainly ki niye focused?", "on what Seoul's diplomacy mainly focused?"},                                                                                 // "ki niye" tells it, as no one word does
		{"Bhai NATO summit ta kon shohore hoisilo?", "NATO summit in which city was held?"},                                                                                         // the "s" spelling of "ch" ("hoisilo" for "hoyechilo") tells it
		{"Ardern er pore New Zealand er PM ke hoise?", "who became after Ardern New Zealand's PM?"},                                                                                 // "er pore" (after) goes before the noun it follows
		{"NATO er Secretary General ke chilo oi summit e?", "who was NATO's Secretary General that summit in?"},                                                                     // "ke chilo" (who was) tells it
		{"US-Japan alliance ke ki bola hoy?", "what US-Japan alliance is called?"},                                                                                                  // "bola hoy" (is called) outweighs Hindi's "ke" and "ki"
		{"Ei article ta kon tarikh e publish hoyechilo?", "on what date this article was published?"},                                                                               // "kon tarikh e" read whole; "publish hoyechilo" is passive
		{"Yoon er inauguration e Tokyo theke ke gechilo?", "who went Yoon's inauguration in from Tokyo?"},                                                                           // "theke" (from) goes before the name it follows
		{"US Japan Korea er defense minister ra military exercise niye ki decide korlo?", "what decided US Japan Korea's defense ministers about military exercises?"},              // "minister ra" is plural; "decide korlo" is one verb
		{"Japan er diplomatic strategy er main target ki?", "what Japan's diplomatic strategy's main target?"},                                                                      // "er" and "ki" together tell it
		{"Australia ar NZ er bilateral cooperation mainly kon area te?", "which area Australia and NZ's bilateral cooperation mainly in?"},                                          // so do "er" and "kon"
		{"Baki 3 desh ki summit e China ke criticize korse?", "what others 3 country summit in China criticized?"},                                                                  // "ki" and "korse" outweigh Hindi's "ki" and "ke"
		{"Japan Australia kon kon field e cooperate kore?", "Japan Australia in which fields cooperates?"},                                                                          // "kon kon" (which, of many) tells it
		{"Madrid theke ferar por NZ er PM Ardern China niye ki bollen?", "what Madrid visit after about NZ's PM Ardern China said?"},                                                // "theke ferar por", after returning from
		{"GSOMIA bad dewar por Japan Korea defense cooperation er ki obostha hoise?", "what after GSOMIA scrapping Japan Korea defense cooperation's state has been?"},              // "bad dewar" is scrapping
		{"US kon strategy diye Asia r deshgula ke nijer side e tanar try kortese?", "which strategy US through Asia's countries to win over is trying?"},                            // "nijer side e tanar", to pull to one's side
		{"Yoon govt ashar por Japan Korea somporko te ki change holo?", "in what after Yoon government Japan Korea relations change was?"},                                          // "govt ashar por", after the government came
		{"Biden oi tin desher meeting ta ke ki naam dise?", "what call Biden that three countries meeting?"},                                                                        // "ki naam dise", what name gave, is what called
		{"Japan, South Korea, Australia ar New Zealand er meeting e ki niye alochona hoyechilo?", "on what Japan, South Korea, Australia and New Zealand's meeting was discussed?"}, // "e ki niye" (on what, at the meeting); "alochona hoyechilo" is was discussed
		{"US Japan Korea er defense minister ra ki niye mota-muti agree korse?", "on what US Japan Korea's defense ministers basically agreed?"},                                    // "mota-muti" is basically; "agree korse" is one verb
		{"Japan Korea te export control kobe dise?", "when Japan Korea in export control gave?"},                                                                                    // "kobe" (when) and "dise" (gave) tell it together
		{"Moon sarkar North Korea niye ki korte chaise", "what Moon government about North Korea wanted to do"},                                                                     // "sarkar" is government; "korte chaise", wanted to do
		{"Yoon er shopoth er onushthan e Japan theke ke aisilo?", "who came Yoon's inauguration's ceremony in from Japan?"},                                                         // "ke aisilo" (who came); "onushthan" is a ceremony
		{"US Japan alliance ke Washington ki chokhe dekhe", "how sees US Japan alliance Washington"},                                                                                // "ki chokhe dekhe", with what eyes sees, is how sees
		{"GSOMIA baad dewar por Japan Korea er defense cooperation er ki holo", "what after GSOMIA scrapping Japan Korea's defense cooperation's was"},                              // "baad dewar" is "bad dewar", scrapping
		{"Japan China ke thamaite kon kon desh er sathe mile kaj kore", "which country Japan China to contain with cooperates"},                                                     // "thamaite" (to contain); "mile kaj kore" is cooperates
		{"US Japan Korea er leader ra ek sathe shesh kobe boshse, ei meeting er age?", "when last US Japan Korea's leaders together met, this before meeting?"},                     // "shesh kobe" (when last); "boshse" (sat, met)
		{"Kishida chay 4 ta desh NATO summit e kemne jak?", "in how Kishida want 4 country NATO summit jak?"},                                                                       // "kemne" (how) tells it alone
		{"Yoon power e ashar age pore Japan Dokdo niye Korea er kon plan e protest korse?", "Yoon coming to power around about Japan Dokdo Korea's in which plan protest did?"},     // "age pore" (before and after) is around
		{"SK er WTO complaint ta ki holo sheshe? SK jitechilo?", "what was the outcome SK's WTO complaint? SK won?"},                                                                // "ki holo sheshe", what happened in the end, asks the outcome
		{"WTO case ta sheshe ki holo?", "what was the outcome WTO case?"},                                                                                                           // so does "sheshe ki holo"
		{"Yoon power e asar por ki korlo?", "what after Yoon coming to power did?"},                                                                                                 // "asar" is "ashar", coming
		{"Yoon power e asar somoy Dokdo niye ki hoyechilo?", "what happened Yoon around coming to power about Dokdo?"},                                                              // "power e asar somoy", when coming to power
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Japan keno America r sathe North Korea niye eto kache?", "japan-fears-abandonment-north-korea"},
	})
}
