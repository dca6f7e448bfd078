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

// Hiligaynon (Ilonggo) read word by word: its asking words, "sang" (of) and "kag" (and),
// particles, "gin-" and "gina-" verbs run on or typed apart, and its phrases.
func TestTagalogHiligaynon(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"sin-o ang editor sang article", "who the editor of article"},
		{"san-o ang summit kag diin", "when the summit and where"},
		{"ngaa ukon paano gid bala ayhan", "why or how"},
		{"ga attend sang japan sadtong june", "attend of japan in june"},
		{"sin-o nagsulat sini subong", "who wrote this now"},
		{"ano iya gin ingon sang japan", "what his said of japan"},
		{"kung indi ma balance sang us kag japan", "if not balance of us and japan"},
		{"halin sa japan tubtub antes sang summit", "from japan until before of summit"},
		{"madamo kag tanan nga pungsod", "many and all country"},
		{"daku ukon gamay ang rason sang japan", "big or small the reason of japan"},
		{"pila ka bulan liwat kaupod sang japan", "how many month again with of japan"},
		{"ano ang kasugtanan kag kasabutan", "what the agreement and agreement"},
		{"ano eksakto ang summit kag ginhimo", "what exact the summit and did"},
		{"ano ginahimo sang japan kag himo", "what doing of japan and do"},
		{"ano ginbuhat sang japan kag ginsiling", "what did of japan and said"},
		{"ano nagsiling sang japan kag ginasiling", "what said of japan and says"},
		{"ano siling sang japan kag ginasabi", "what say of japan and says"},
		{"ano ginhambal sang japan kag natabo", "what said of japan and happened"},
		{"ano matabo sang japan kag mangyari", "what will happen of japan and happen"},
		{"sin-o ginpadala sang tokyo kag ginpirmahan", "who sent of tokyo and signed"},
		{"ano pirmahan sang japan kag gintawag", "what sign of japan and called"},
		{"ano ginatawag sang japan kag ginabuo", "what called of japan and building"},
		{"ano buuon sang us kag bayaan", "what build of us and abandon"},
		{"ngaa ginapush sang us kag ginattendan", "why pushes of us and attended"},
		{"ano agreehan sang japan kag napagagreehan", "what agreed on of japan and agreed on"},
		{"pano gina curb sang japan", "how curb of japan"},
		{"ano gin himo sang japan kag gina himo", "what did of japan and doing"},
		{"sin-o gin padala sang tokyo kag gin pirmahan", "who sent of tokyo and signed"},
		{"ano napag agreehan sang ministers", "what agreed on of ministers"},
		{"may chance ba mag buo sang alliance", "has chance form of alliance"},
		{"sin-o sya kag taga diin", "who he and from where"},
		{"sin-o sya kag taga-diin", "who he and from where"},
		{"ano klase nga system sang japan", "what kind of system of japan"},
		{"ano nga klase system sang japan", "what kind of system of japan"},
		{"sa ano nga aspects sang japan", "in what aspects of japan"},
		{"san-o eksakto nag resume ang flights", "when exactly resume the flights"},
		{"ngaa galain buot ang korea", "why upset the korea"},
		{"ngaa galain ang buot ang korea", "why upset the korea"},
		{"ngaa malain buot ang korea", "why upset the korea"},
		{"paano kinocontrol ng japan ang china sabi ng article", "how controls of japan the china according to article"},
		{"paano gina curb sang japan ang china sabi sang article", "how curb of japan the china according to article"},
	})
}

// What a letter holds ("sulod sang", "laman ng"), and more of Tagalog's and Bisaya's verbs and
// words.
func TestTagalogContentsAndMoreVerbs(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"ano ang sulod sang letter ni kishida", "what the contents of the letter kishida"},
		{"ano ang laman ng letter ni kishida", "what the contents of the letter kishida"},
		{"ano ang nilalaman ng letter ni kishida", "what the contents of the letter kishida"},
		{"ano ang sa sulod sang letter", "what the inside letter"},
		{"diin ginhiwat ang summit kag ano gusto himuon sang yoon", "where held the summit and what wants do of yoon"},
		{"ano gin tinguhaan sang moon kag sin-o nadaog", "what aimed of moon and who won"},
		{"unsa outcome sa complaint? nidaog ba", "what outcome complaint? won"},
		{"bkt nagpaabot ang US sa allies nya", "why expects the US allies his"},
		{"unsay gi send niya para ayuson relations", "what is send his for fix relations"},
		{"pila ka tawo ang naga istar sa dokdo", "how many people the live dokdo"},
		{"pila ka tawo ang istar sa dokdo pagkasubong", "how many people the live dokdo now"},
		{"pila ang napatay sa war? ulan ba", "how much is the killed war? rain"},
		{"ano gin storyahan sang japan kag korea", "what discussed of japan and korea"},
		{"bakit tinutulak ng washington ang nato", "why pushes of washington the nato"},
		{"bakit itinutulak ng washington ang nato", "why pushes of washington the nato"},
		{"gaano kaliit yung dokdo", "how small the dokdo"},
		{"bakit naudlot yung press con", "why stopped the press conference"},
		{"ano pa nagpapa-init ng sentiment", "what else fuels of sentiment"},
		{"saan nila nilalagay focus ng diplomacy nila", "where their puts focus of diplomacy their"},
		{"saan nakalagay yung flag", "where placed the flag"},
		{"nagcomment ba si yoon tungkol sa china", "commented yoon about china"},
		{"magkano inallot ng japan", "how much allotted of japan"},
		{"sinuportahan ba ni biden at madami ba", "supported biden and many"},
		{"ano masasabi ng india", "what say of india"},
		{"ano pa ang iba nyang sinulat", "what else the other his wrote"},
		{"ano sinusubukang buuin ng US", "what trying to build of US"},
		{"ano pinrotesta ng tokyo", "what protested of tokyo"},
		{"saan ginanap ang summit? d ko nasundan", "where held the summit? not followed"},
		{"na-invite ba sa ganyang summit", "invite such summit"},
		{"pagod na ako, ano lutuin sa magluto", "tired I, what cook cook"},
		{"bakit nagdadalawang isip ang seoul", "why hesitates the seoul"},
	})
}

// Cebuano as Davao types it: "nganu" and "nganong" (why), "unsaon" (how), "kanus a" typed
// apart, "ato", "atong" and "katong" of a time past, its "unsa nga" (which), "naagree-han",
// "ipatindog" and "mobayad", what a letter holds, and who asks ("mangingisda ko").
func TestTagalogDavaoCebuano(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"nganu man supak ang korea sa pag labay sa japan", "why opposed the korea  dump japan"},
		{"unsaon man sa japan pag pressure sa north korea?", "how japan when pressure north korea?"},
		{"kanus a man una gidala sa local court", "when first brought local court"},
		{"unsa main purpose sa japan nganong ni apil", "what main purpose japan why join"},
		{"unsa man ilang status sa summit ato", "what is their status summit that"},
		{"pila tanan ka nasud ang member sa nato atong summit", "how many in all countries the member nato summit"},
		{"unsa man naagree-han sa ministers ug unsa na-agree-han", "what agreed ministers and what agreed"},
		{"seryoso ba jud na nga meeting sa 4 ka nasud o pakita2 ra", "serious meeting four countries or for show"},
		{"katong flight, pila ka tuig na shutdown diri ug nganu man", "that flight, how many years shutdown here and why"},
		{"kinsa nga klase sa govt ang supak", "which kind of government the opposed"},
		{"nganu man mag duha-duha ang korea? d ko kasabot", "why hesitant the korea? I do not understand"},
		{"unsa eksaktong date? kanang adlaw gyud", "what exact date? days"},
		{"unsa man sulod sa sulat ni kishida? unsa iyang gisulat", "what are the contents of the letter kishida? what his wrote"},
		{"kanus a eksakto ni balik operate ang route? unsa nga date", "when exactly again operate the route? which date"},
		{"mangingisda ko bai, unsa nahitabo human ato gsomia", "I am a fisherman, what happened after that gsomia"},
		{"unsa nga companies ang gi order nga mobayad", "which companies the order pay"},
		{"unsa gi try ipatindog sa US? silang duha ra", "what try set up US? they two"},
	})
}
