package briefs

import "testing"

// Italian mixed in: its words are read in English in a question told as Italian, its elided
// articles put apart first; a question sharing "la" and "del" with Spanish is told by the
// words only Italian writes.
func TestItalianMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Chi ha moderato l'incontro dei quattro paesi?", "who moderated the meeting of the four countries?"},
		{"Perché la Corea del Sud teme il governo Yoon?", "why the South Korea fears the Yoon government?"},
		{"What did Italy del Monte say?", "What did Italy del Monte say?"}, // one word is no Italian question
		// spelled without accents: "e" is "è" where a participle, "qual" or "chi" tells it
		{"chi e l'editor del pezzo?", "who is the editor of the article?"},
		{"qual e stata la frase sopra le righe di Yoon?", "what was the phrase over the top of Yoon?"},
		{"quanto e grande Dokdo, la superficie?", "how big is Dokdo, the area?"},
		{"quanto commercio c'e tra Nuova Zelanda e Cina?", "how much trade there is between New Zealand and China?"},
		{"il Giappone e la Corea a che titolo erano li?", "the Japan and the Korea in what capacity were there?"},
		// "parla" speaks, so that "talks" is not read as the meetings; Italian leaves the subject implied
		{"i 'due punti' di cui parla l'articolo?", "the 'two points' that it speaks about the article?"},
		{"Kishida e Biden hanno fatto anche un bilaterale a parte a Madrid? cosa si sono detti?", "Kishida and Biden did also a bilateral meeting besides to Madrid? what they said to each other?"},
		{"E Seoul invece, what did Seoul protest in quel periodo?", "and Seoul instead, what did Seoul protest at that time?"},
		{"le foto nell'articolo da dove vengono?", "the photos in the article where do they come from?"},
		// a Turin engineer's telegraphic questions: a word only Italian writes tells them
		{"nel meeting a quattro chi faceva da chairman?", "in the four-country meeting who served as chairman?"},
		{"in che ambiti collaborano Tokyo e Canberra?", "in what areas cooperate Tokyo and Canberra?"},
		{"GSOMIA: quando Seul ha annunciato lo stop e in che contesto?", "GSOMIA: when Seoul announced the stop and in what context?"},
		{"nov 2021, conferenza stampa congiunta USA-JP-KR saltata: perche?", "nov 2021, press conference joint US Japan South Korea canceled: why?"},
		// a Milan reporter's follow-ups: participles, "ne ha risentito", offices and worries
		{"il trilaterale USA Giappone Corea del Sud, su cosa era focalizzato principalmente?", "the trilateral US Japan South Korea, on what was focused mainly?"},
		{"Yoon, prima ancora di insediarsi, che mossa ha fatto verso il Giappone?", "Yoon, even before taking office, what step did towards the Japan?"},
		{"e quale settore coreano ne ha risentito di piu?", "and which sector Korean was affected the most?"},
		{"Yasukuni e libri di storia, che effetto hanno sui rapporti tra Giappone e Corea?", "Yasukuni and history textbooks, what effect have on relations between Japan and Korea?"},
		{"Tokyo e Canberra fanno parte anche di qualche formato multilaterale insieme con gli USA?", "Tokyo and Canberra are part also of some format multilateral together with the US?"},
		{"Pyongyang: cosa preoccupa il Giappone a parte i missili?", "Pyongyang: what preoccupies the Japan besides the missiles?"},
		{"ministro della difesa giapponese nel 2022 chi era?", "Japanese defense minister in the 2022 who was?"},
		{"la Corea del Sud che ruolo ha per gli USA nel loro schema?", "the South Korea what role has for the US in their strategy?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Quale lettera ha portato Hayashi all'insediamento di Yoon?", "hayashi-inauguration-kishida-letter"},
		{"Cosa ha chiesto Kishida ai quattro paesi riguardo ai vertici della NATO?", "kishida-regular-nato-participation"},
	})
}
