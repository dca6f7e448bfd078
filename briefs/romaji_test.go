package briefs

import "testing"

// Japanese typed in Latin letters and mixed in: its asking word put first, "no" read as a
// possessive.
func TestRomajiMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Kankoku ga GSOMIA no haishi wo happyou shita no wa itsu desu ka?", "when South Korea GSOMIA's abolition announced ?"},
		// "desu" tells it alone; "to" before "the" is English.
		{"Zheng Yirong tte dare desu ka?", "who Zheng Yirong?"},
		{"What is Japan's main purpose according to the article, desu ka?", "What is Japan's main purpose according to the article,?"},
		// Kansai speech: "yatta" tells it, "nan yatta" is what was, "n" closes it.
		{"Nichi-Bei-Kan no trilateral talks, main no topic wa nan yatta n?", "what was US–Japan–South Korea's trilateral talks, main topic?"},
		// Chat's joined asking words and plain forms tell it alone ("nannichikan", "yobareteru").
		{"summit tte nannichikan datta no? 1-nichi dake?", "how many days summit was? only one day?"},
		{"Dokdo tte dore kurai no ookisa no shima nano?", "how big Dokdo island?"},
		// An office after a country made possessive by "no" is that country's.
		{"Nihon no shusho wa dare desu ka?", "who Japan's Prime Minister?"},
		// Two questions stay two: the first's mark stays where it closes it.
		{"Japan to Korea no mondai wa nan desu ka? Doushite?", "what with Japan Korea's issue? why?"},
		{"Bei-Gou doumei (US-Australia alliance) wa nante yobareteru no?", "what the US and Australia alliance called?"},
		// A third writer's plain forms ("yatteta", "tonderu") tell it alone, and so does a
		// long-voweled word ("kokubou") with one marker.
		{"NATO summit tte nan-nichi-kan yatteta no?", "how many days NATO summit was held?"},
		{"Kankoku no kokubou daijin no namae wa?", "South Korea's defense minister's name?"},
		// A fourth writer's words ("nannin", "sunde", "hihan") tell it alone, and "kara mireba"
		// is a postposition.
		{"Dokdo ni wa ima nannin gurai sunde iru no?", "in Dokdo now about how many people live?"},
		{"hoka no sankoku mo summit de China wo hihan shita no?", "the other three countries also in summit China criticized?"},
		{"Kankoku kara mireba, roudousha hoshou mondai wa nani ni kakawaru mono nano?", "what from the view of South Korea, workers compensation issue related to?"},
		// A fifth writer's words: "kurikaeshita" tells it alone, "motte" and "mokuteki" are two
		// markers, and "motte kuru" is bring.
		{"Biden wa Tokyo to Seoul ni taishite donna commitment wo kurikaeshita?", "what kind of Biden towards Tokyo and Seoul commitment reaffirmed?"},
		{"some analysts wa Amerika ga NATO wo Asia Pacific ni motte kuru mokuteki wo dou miteru no?", "how view some analysts the US NATO to Asia Pacific bring purpose?"},
		// A sixth writer's words: "unchin" and "ikura" are two markers, "shozoku" a third
		// beside "hissha" and "doko".
		{"Gimpo-Haneda bin no unchin wa ikura?", "how much Gimpo-Haneda flights's fare?"},
		{"hissha no Li Hangling-san wa doko no shozoku?", "which affiliation author's Li Hangling?"},
		// A seventh writer's words: "oikaketeru" tells it alone, and "chikara o ireteru" is
		// focus on.
		{"Wellington wa gaikou de nani ni chikara o ireteru?", "what Wellington in diplomacy focus on?"},
		// An eighth writer's words: "haishi" is a marker beside "natta", "daijin tachi" is
		// ministers and "kokunai de wa" domestically.
		{"GSOMIA haishi no ato, Nikkan no security talks wa dou natta?", "what happened to after GSOMIA abolition, Japan–South Korea's security talks?"},
		{"Nichi-Bei no gaishou tachi wa nani ni goui shita no?", "what US–Japan's foreign ministers agreed?"},
		{"Nihon kokunai de wa Kaku mondai ni tsuite donna koe ga ooi no?", "what kind of Japan domestically about nuclear issue voices are common?"},
		{"Kishida-san wa sono sankakoku kaidan no koto nante itte ta?", "what Kishida that trilateral talks's said?"},
		{"hissha wa Madrid no kaidan dou miteru? substance aru kanji?", "how view author Madrid's meeting? has substance?"},
		// A ninth writer's, who types Kansai talk and long vowels short: "shuninshiki",
		// "henshusha", "hanashiota", "kaketeru" and "yonde" tell it alone, "boeki" and "shita"
		// are two markers, "kara mita" and "no tsuide ni" are postpositions.
		{"Yoon no shuninshiki ni Japan kara dare ga kita n", "who to Yoon's inauguration ceremony from Japan came"},
		{"henshusha wa?", "editor?"},
		{"4kakoku kaidan de China no koto hanashiota n? hanashitehen n?", "in four-country talks about China discussed? did not discuss?"},
		{"2019nen no 7gatsu ni Japan ga SK ni nani shita n? boeki masatsu no hajimari no yatsu", "what did to 2019's July Japan to SK? trade friction's beginning's"},
		{"ianfu no hanketsu ni Japan wa dou iu riyu de hantai shiteru n", "why comfort women's to ruling Japan opposed"},
		{"US kara mita SK to NZ no yakuwari tte nani?", "what as seen from US with SK NZ's role?"},
		{"summit no tsuide ni leaders meeting ga 2tsu atta rashii kedo nan to nan no kaigi ya nen", "what on the sidelines of summit leaders meeting two was but meeting"},
		{"Japan wa Japan-US alliance wo chushin ni donna anzen hosho taisei tsukuro to shiteru n", "what kind of Japan Japan-US alliance to core security framework build trying"},
		{"kita chosen ni taishite SK ga ichiban taisetsu ni shiteru no tte nani?", "what towards North Korea SK most prioritizes ?"},
		{"Biden wa Madrid no US Japan SK kaidan no koto nan te yonde ta?", "what Biden Madrid's US Japan SK talks's called?"},
		{"Dokdo tte Japan gawa no yobikata nan yatta kke", "what was Dokdo Japan side's name"},
		// A tenth writer's: "dete kuru" is appears, "donna bunya de" in what areas, and
		// "ichiban taisetsu ni shiteru" most prioritizes.
		{"SK no gaiko de 'strategic autonomy' to issho ni dete kuru nantoka diplomacy tte nan yatta kke", "what was in SK's diplomacy 'strategic autonomy with' appears something diplomacy"},
		{"Japan Aus wa donna bunya de kyoryoku shiteru n", "Japan Aus in what areas cooperation"},
		{"Nihon to Kankoku wa dono bunya de kyoryoku shiteru no?", "Japan and South Korea in which areas cooperation?"},
		{"kita chosen ni taishite SK ga ichiban taisetsu ni shiteru no tte nani? Japan to wa chau yaro", "what towards North Korea SK most prioritizes ? with Japan not"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Kankoku ga GSOMIA no haishi wo happyou shita no wa itsu desu ka?", "gsomia-abolition-august-2019"},
		{"Takeshima no menseki wa dore kurai desu ka?", "dokdo-both-claim-island"},
		{"Nichi-Bei-Kan no defense minister-tachi wa nani ni goui shita n?", "defence-ministers-restart-exercises"},
		{"Gimpo-Haneda bin tte dou natta no? dore kurai unkyuu shiteta?", "gimpo-haneda-route-resumed"},
		{"Nihon to Australia no leaders tte dore kurai kouryuu shiteru no?", "japan-australia-frequent-visits"},
		{"Yoon no shuninshiki ni Japan kara dare ga kita n", "hayashi-inauguration-kishida-letter"},
		{"henshusha wa?", "article-editor-outlook"},
		{"4kakoku kaidan no shikai shiteta no dare?", "kishida-moderates-four-country-meeting"},
		{"US kara mita SK to NZ no yakuwari tte nani? SK wa nantoka tte kaitearu yatsu", "korea-us-outpost-northeast-asia"},
	})
}
