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
		{"cno nag moderate ng meeting ng 4 countries (japan sk aus nz)?", "kishida-moderates-four-country-meeting"},
		{"ilang semiconductor raw materials ung nilagyan ng export control ng tokyo?", "japan-export-controls-july-2019"},
		{"bkt naterminate ung joint press con ng deputy FMs ng US JP SK nung nov 2021?", "press-conference-terminated-november-2021"},
		{"ano ung nasa pic nung june 28 2022 sa madrid?", "madrid-flags-caption"},
		{"pila ka semiconductor raw materials ang gi-control sa Japan?", "japan-export-controls-july-2019"},
		{"kinsa man na mga asia pacific nga nasud ang gi-imbitar sa nato summit as partner country?", "asia-pacific-partners-attend-madrid"},
		{"unsa klase nga security system ang gitukod sa Tokyo karon nga mga tuig?", "japan-multilayer-security-system"},
		{"unsa man ang gibuhat sa south korea isip ganti sa export control sa japan?", "korea-removes-japan-white-list"},
		{"naa ba gyu'y sulod ang talks sa upat ka nasud sa madrid o pakita-pakita ra?", "four-country-meeting-gesture"},
		{"paano kinocontain ng japan ang china according sa article?", "japan-goal-retain-us-contain-china"},
		{"ano makukuha ng US kung magkaisa ang japan at korea?", "trilateral-cooperation-us-benefits"},
		{"cno si adrian sa article?", "ardern-cooperate-with-china"},
		{"asa na university ang author?", "article-author-byline"},
		{"naa bay gi-comment si Yoon about China sa NATO summit?", "yoon-no-public-china-comments"},
	})
}

// Taglish read word by word: words run together with their linker, "ano yun" asked after a
// question, Bisaya's "ug ang", verbs of fearing and meeting, and "based sa" (according to).
func TestTagalogReadings(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"ano gusto ng maraming boses sa korea", "what wants of many voices korea"},
		{"ano ang sinasabi ng tinig ng mga tao sa korea", "what the says of voices of people korea"},
		{"bakit hindi pwedeng iwan ng japan ang china", "why not can abandon of japan the china"},
		{"bakit hindi puwedeng iwan ng japan ang china", "why not can abandon of japan the china"},
		{"may sinabi ba si yoon? ano yun", "has said yoon? what is it"},
		{"may sinabi ba si yoon? ano yon", "has said yoon? what is it"},
		{"may sinabi ba si yoon? ano iyon", "has said yoon? what is it"},
		{"unsa role sa SoKor? ug ang NZ?", "what role South Korea? and New Zealand?"},
		{"ano kinakatakutan ng mga koreano", "what fears of Koreans"},
		{"masyado daw ba pro-US", "too pro-US"},
		{"masyadong pro-US ba naman si yoon", "too pro-US yoon"},
		{"gusto ba ni yoon makipagkita kay kishida", "wants yoon meet kishida"},
		{"makikipagkita ba si yoon kay kishida", "will meet yoon kishida"},
		{"nakikipagkita ba si yoon kay kishida", "meeting yoon kishida"},
		{"ano role ng canberra based sa article", "what role of canberra according to article"},
		{"ano role ng canberra base sa article", "what role of canberra according to article"},
		{"ano role ng canberra batay sa article", "what role of canberra according to article"},
	})
}

// Taglish's English verbs run on behind "kina-" and "kino-", Bisaya's "ilang" (their) before
// relations, and its "sa" of belonging after a name or a date.
func TestTagalogVerbsAndBisayaBelonging(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"pano kinacurb ng japan ang china", "how curbs of japan the china"},
		{"pano kinocurb ng japan ang china", "how curbs of japan the china"},
		{"paano kinacontrol ng japan ang china", "how controls of japan the china"},
		{"paano kinocontrol ng japan ang china", "how controls of japan the china"},
		{"paano kinukontrol ng japan ang china", "how controls of japan the china"},
		{"paano kinacontain ng japan ang china", "how contains of japan the china"},
		{"unsa ang problema nga affect ilang relations", "what the problem affect their relations"},
		{"unsa ang problema nga affect ilang relationship", "what the problem affect their relationship"},
		{"unsa ang problema nga affect ilang relasyon", "what the problem affect their relationship"},
		{"unsa ang name sa leader ug kinsa", "what the name of leader and who"},
		{"unsa ang ngalan sa leader ug kinsa", "what the name of leader and who"},
		{"unsa ang date sa exercise ug asa", "what the date of exercise and where"},
		{"unsa ang petsa sa exercise ug asa", "what the date of exercise and where"},
	})
}
