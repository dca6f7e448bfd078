package briefs

import (
	"strings"
	"testing"
)

// Scots: its words are read in English in a question told as Scots, by two of its markers or
// one word no English question holds, with a g put back after "in" where English writes "ing".
func TestScotsInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Hoo lang has Seoul been girnin aboot the island?", "how long has Seoul been complaining about the island?"},
		{"Wha's leadin Japan's delegation tae the talks, forbye Kishida?", "who's leading Japan's delegation to the talks, besides Kishida?"},
		{"Did the fower-country meetins come tae onything?", "Did the four-country meetings come to anything?"},
		{"Why did Japan tak Korea aff its list within a year, efter aw?", "Why did Japan take Korea off its list within a year, after all?"},
		{"Fit's Seoul's beef wi Japan dumpin watter in the sea?", "what's Seoul's beef with Japan dumping water in the sea?"},
		{"How mony folk bide on Dokdo?", "How many people live on Dokdo?"},
		{"Has Biden said fit he thinks o the fower-country cooperation, an aw?", "Has Biden said what he thinks of the four-country cooperation, too?"},
		{"Hoo does China fit in, and hoo far is Dokdo?", "how does China fit in, and how far is Dokdo?"},
		// Doric's "fit" and "foo" are told by the word after them; English "fit" is left.
		{"Fit did Kishida say at the meeting?", "what did Kishida say at the meeting?"},
		{"Foo lang did the summit last?", "how long did the summit last?"},
		{"Does Korea fit the plan?", "Does Korea fit the plan?"},
		// Doric: "fit wye" asks why, "dis" is does, and "foo big" how big.
		{"Fit wye wis Seoul sae canny, and fit dis Japan cry Dokdo?", "why was Seoul so cautious, and what does Japan call Dokdo?"},
		{"Foo big is Dokdo? Wis there muckle substance till it, aye or nae?", "how big is Dokdo? was there much substance to it, or not?"},
		{"Fit date did the twa-day summit get gaun, d'ye ken?", "what date did the two-day summit get going, do you know?"},
		// Scots: fir, lang, owt, a rammy, mair; "pull oot" a deal; "how is" asks why.
		{"how lang did the nato thing in madrid go on fir", "how long did the nato thing in madrid go on for"},
		{"how did Seoul hit back ower the export rammy", "how did Seoul hit back over the export dispute"},
		{"did Yoon say owt aboot China at Madrid", "did Yoon say anything about China at Madrid"},
		{"when did Seoul pull oot the GSOMIA intel deal", "when did Seoul withdraw from the GSOMIA intel deal"},
		{"which Korean goverments were maist wary o the three-way cooperation thing", "which Korean goverments were most wary of the three-way cooperation thing"},
		{"how come Korea an the Kiwis keep their diplomacy mair local", "how come Korea an the Kiwis keep their diplomacy more local"},
		{"how is Washington that keen on gettin Japan roond the table wi it?", "why is Washington so keen on getting Japan around the table with it?"},
		// "An" before a question word is and.
		{"an whit wis Seoul's beef wi Tokyo?", "and what was Seoul's beef with Tokyo?"},
		{"Whit did Yoon say, an how's Tokyo taking it?", "what did Yoon say, and how's Tokyo taking it?"},
		{"Whit did Yoon say, an how did Tokyo answer?", "what did Yoon say, and how did Tokyo answer?"},
		{"Whit did Yoon say, an whaur did he say it?", "what did Yoon say, and where did he say it?"},
		// "tae the" tells Scots with "tae" alone: "sticks that tight tae the US".
		{"How come Japan sticks that tight tae the US?", "How come Japan sticks that tight to the US?"},
		// Doric's "fit" and "fan" are told by the word after them, "fa" with one more marker.
		{"fit are tokyo's main goals", "what are tokyo's main goals"},
		{"fit date did the gimpo haneda flichts start again", "what date did the gimpo haneda flights start again"},
		{"Fa chaired the meetin o Japan?", "who chaired the meeting of Japan?"},
		{"fit time's the flicht", "what time's the flight"},
		{"fan wis the nato summit exactly", "when was the nato summit exactly"},
		{"fan did japan sign it", "when did japan sign it"},
		{"fan dis it start", "when does it start"},
		{"fan wid it end", "when would it end"},
		// "wee" and "aye" are markers, left out; a past in "-ert" is read in "-ered".
		{"wis it a wee summit", "was it a summit"},
		{"wis Seoul aye keen on it", "was Seoul keen on it"},
		{"fit korean industry got hammert", "what korean industry got hammered"},
		{"whit's japan maist bothert aboot", "what's japan most bothered about"},
		{"hoo scunnert is Seoul", "how fed up is Seoul"},
		{"how come seoul's mair easy-osy wi china", "how come seoul's more relaxed with china"},
		{"whit's Korea's role in the Yanks' plans, an whit dae the yanks want", "what's Korea's role in the Americans' plans, and what do the Americans want"},
		{"fan did they sue an fan wis the rulin, an fit came o it, an far, an fa won, an foo?", "when did they sue and when was the ruling, and what came of it, and where, and who won, and how?"},
		{"What did Putin say to Kim Tae-yong about Berlin?", "What did Putin say to Kim Tae-yong about Berlin?"}, // no Scots
		{"Is Japan wi Korea on this?", "Is Japan wi Korea on this?"},                                             // one marker is no question in Scots
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Whit wis it that Japan stopped sendin tae Korea in 2019?", "japan-export-controls-july-2019"},
		{"Hoo did the three leaders get on thegither in Madrid?", "trilateral-leaders-deepen-alliance"},
	})
}

// British everyday phrases, Welsh and Scots alike: who got asked to a summit was invited to
// it, what one is bothered about one is worried about, and a complaint back at someone is a
// protest to them.
func TestBritishEverydayPhrases(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"which countries got asked to madrid", "got invited to madrid"},
		{"do they get asked to every summit", "get invited to every summit"},
		{"what is japan most bothered about", "most worried about"},
		{"Seoul's complaint back at Tokyo", "protest to tokyo"},
		{"their complaints back at Tokyo", "protests to tokyo"},
	} {
		if got := readEveryday(tt.q); !strings.Contains(got, tt.want) {
			t.Errorf("readEveryday(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
