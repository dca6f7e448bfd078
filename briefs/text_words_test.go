package briefs

import (
	"strings"
	"testing"
)

// Everyday idioms and voice dictation read as the words the facts use: what gets up someone's
// nose angers them, an export clampdown is export controls, a route back in the game
// resumed, what lies on the table is discussed, to cast off is to abandon, to part ways to
// differ, to dub to call, a club a grouping, and bothering to go all the way somewhere is
// attending it.
func TestEverydayIdiomsRead(t *testing.T) {
	for _, tt := range []struct{ q, want, not string }{
		{"what else gets up Korean noses about Japan?", "angers koreans about japan", "noses"},
		{"what gets up the noses of Koreans", "angers koreans", "noses"},
		{"which industry took the worst of it from Japan's export clampdown?", "export controls", "clampdown"},
		{"which air route got back in the game after the layoff?", "route resumed after", "game"},
		{"what was mostly lying on the table at the trilateral talks", "mostly discussed at the trilateral", "lying"},
		{"why cannot Japan cast off cooperation with China", "abandon cooperation", "cast"},
		{"how do Tokyo and Seoul part ways in their policies toward Beijing", "differ in their policies", "ways"},
		{"what did Biden dub the three-way meeting", "biden call the", "dub"},
		{"what club are japan and australia both in", "what grouping are", "club"},
		{"why did Kishida even bother going all the way to madrid", "attend madrid", "way"},
		{"what did yoon suck yawl send to japan", "yoon suk-yeol send", "yawl"},
		{"what happened with the kim po hand ada flight route", "kimpo haneda flight", "hand"},
		{"what approach does tokyo take toward ping yang", "toward pyongyang", "ping"},
		{"What does the article have to say about North Korea?", " about north korea", "article"},
		{"what has the article got to say about dokdo", " about dokdo", "article"},
	} {
		got := readEveryday(tt.q)
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.not) {
			t.Errorf("readEveryday(%q) = %q, want %q and not %q", tt.q, got, tt.want, tt.not)
		}
	}
}

// Chat spelling typed without an apostrophe: "wheres" asks where, as "whats" asks what.
func TestChatContractionsAreStopwords(t *testing.T) {
	for _, w := range []string{"wheres", "whats", "hows"} {
		if !isStopword(w) {
			t.Errorf("isStopword(%q) = false; want true", w)
		}
	}
}

// Regional English — northern English, Midlands, Scots, Irish, Australian and American
// colloquial — for asking, saying, arguing, worrying and wanting reads as the words the facts
// use: the craic on a thing only asks about it, to slag off is to criticise, a barney's
// cousins the kerfuffle and the bust-up are disputes, what mithers someone worries them, and
// wanna is want to.
func TestRegionalEnglishRead(t *testing.T) {
	for _, tt := range []struct{ q, want, not string }{
		{"what's the craic with dokdo", "dokdo", "craic"},
		{"what's the craic on the white list", "white list", "craic"},
		{"what's the craic about gsomia", "gsomia", "craic"},
		{"what's the SP on the Gimpo–Haneda route", "gimpo", " sp "},
		{"what's the scoop on the white list", "white list", "scoop"},
		{"what's the skinny on kishida", "kishida", "skinny"},
		{"what's the lowdown on the madrid summit", "madrid", "lowdown"},
		{"what's the goss on ardern", "ardern", "goss"},
		{"what's the gen on the abductions", "abductions", "gen"},
		{"fill me in on the quad", "quad", "fill"},
		{"fill us in on the comfort women cases", "comfort", "fill"},
		{"clue me in on gsomia", "gsomia", "clue"},
		{"spill the tea on yoon and kishida", "yoon", "spill"},
		{"spill the beans on the four-country meeting", "four-country", "spill"},
		{"wot did biden say about the quad", "what", "wot"},
		{"whaddya know about gsomia", "what do you", "whaddya"},
		{"whaddaya make of the quad", "what do you", "whaddaya"},
		{"d'ya know when the summit was", "do you", "d'ya"},
		{"d’ya know when the summit was", "do you", "d’ya"},
		{"dya know when the summit was", "do you", "dya"},
		{"d'you know who chaired the summit", "do you", "d'you"},
		{"d’you know who chaired the summit", "do you", "d’you"},
		{"whereabouts was the nato summit held", "where", "whereabouts"},
		{"do youse know about dokdo", "you", "youse"},
		{"what do yous make of the quad", "you", "yous"},
		{"what do y'all know about gsomia", "you", "y'all"},
		{"what do y’all know about gsomia", "you", "y’all"},
		{"what do yall know about gsomia", "you", "yall"},
		{"what did yer man kishida say in madrid", "kishida", "yer"},
		{"did kishida say owt about dokdo", "anything", "owt"},
		{"did yoon say nowt about china", "nothing", "nowt"},
		{"was there summat about the white list", "something", "summat"},
		{"what was yoon on about?", "discussing?", "about?"},
		{"why is seoul going on about dokdo", "discussing", "going"},
		{"seoul goes on about dokdo?", "discusses", "goes"},
		{"seoul went on about dokdo, why?", "discussed", "went"},
		{"why is seoul harping on about dokdo", "stressing", "harping"},
		{"seoul harps on about dokdo?", "stresses", "harps"},
		{"seoul harped on about dokdo, why?", "stressed", "harped"},
		{"why does seoul harp on about dokdo", "stress", "harp"},
		{"why is seoul mouthing off about the water release", "complaining about", "mouthing"},
		{"seoul mouthed off about the water release, why?", "complained about", "mouthed"},
		{"why does seoul mouth off about the water release", "complain about", "mouth"},
		{"why is seoul sounding off about the water release", "complaining about", "sounding"},
		{"seoul sounded off about the water release, why?", "complained about", "sounded"},
		{"why does seoul sound off about the water release", "complain about", "sound"},
		{"why does seoul let on about dokdo", "say about", "let"},
		{"did tokyo let on that it would release the water", "say that", "let"},
		{"seoul piped up about dokdo, why?", "said about", "piped"},
		{"why does seoul pipe up about dokdo", "say about", "pipe"},
		{"why is seoul piping up about dokdo", "saying about", "piping"},
		{"why is seoul slagging off nato", "criticising", "slagging"},
		{"seoul slagged off nato, why?", "criticised", "slagged"},
		{"why does seoul slag off nato", "criticise", "slag"},
		{"seoul slags off nato?", "criticises", "slags"},
		{"seoul rubbished nato, why?", "rejected", "rubbished"},
		{"why is seoul rubbishing nato", "rejecting", "rubbishing"},
		{"seoul rubbishes nato?", "rejects", "rubbishes"},
		{"seoul laid into nato, why?", "criticised", "laid"},
		{"why does seoul lay into nato", "criticise", "lay"},
		{"why is seoul laying into nato", "criticising", "laying"},
		{"seoul lays into nato?", "criticises", "lays"},
		{"seoul ripped into nato, why?", "criticised", "ripped"},
		{"why does seoul rip into nato", "criticise", "rip"},
		{"why is seoul ripping into nato", "criticising", "ripping"},
		{"seoul rips into nato?", "criticises", "rips"},
		{"seoul tore into nato, why?", "criticised", "tore"},
		{"why does seoul tear into nato", "criticise", "tear"},
		{"why is seoul tearing into nato", "criticising", "tearing"},
		{"seoul tears into nato?", "criticises", "tears"},
		{"seoul went off at nato, why?", "criticised", "went"},
		{"why does seoul go off at nato", "criticise", "go"},
		{"why is seoul going off at nato", "criticising", "going"},
		{"seoul goes off at nato?", "criticises", "goes"},
		{"seoul chucked a wobbly over the water release, why?", "protested", "chucked"},
		{"why does seoul chuck a wobbly over the water release", "protest", "wobbly"},
		{"why is seoul chucking a wobbly over the water release", "protesting", "chucking"},
		{"seoul threw a wobbly over the water release, why?", "protested", "wobbly"},
		{"why does seoul throw a wobbly over the water release", "protest", "wobbly"},
		{"why is seoul throwing a wobbly over the water release", "protesting", "throwing"},
		{"what was the korean dummy spit over the water", "protest", "dummy"},
		{"what was the korean dummy-spit over the water", "protest", "dummy-spit"},
		{"seoul threw a hissy fit over the water release, why?", "protested", "threw"},
		{"why does seoul throw a hissy fit over the water release", "protest", "throw"},
		{"why is seoul throwing a hissy fit over the water release", "protesting", "throwing"},
		{"seoul pitched a fit over the water release, why?", "protested", "pitched"},
		{"why does seoul pitch a fit over the water release", "protest", "pitch"},
		{"seoul kicked off about the water release, why?", "protested about", "kicked"},
		{"why does seoul kick off about the water release", "protest about", "kick"},
		{"why is seoul kicking off about the water release", "protesting about", "kicking"},
		{"seoul kicked off over the water release, why?", "protested over", "kicked"},
		{"why does seoul kick off over the water release", "protest over", "kick"},
		{"why are tokyo and seoul bickering over history", "quarrelling", "bickering"},
		{"why do tokyo and seoul bicker over history", "quarrel", "bicker"},
		{"tokyo and seoul bickered over history, why?", "quarrelled", "bickered"},
		{"what caused the tokyo–seoul kerfuffle over history", "dispute", "kerfuffle"},
		{"what caused the tokyo–seoul ding-dong over history", "dispute", "ding-dong"},
		{"what caused the tokyo–seoul ding dong over history", "dispute", "ding"},
		{"what caused the tokyo–seoul bust-up over history", "dispute", "bust-up"},
		{"what caused the tokyo–seoul bust-ups over history", "disputes", "bust-ups"},
		{"what caused the tokyo–seoul falling-out over history", "dispute", "falling-out"},
		{"what caused the tokyo–seoul slanging match over history", "dispute", "slanging"},
		{"what caused the tokyo–seoul slanging matches over history", "disputes", "slanging"},
		{"why are tokyo and seoul falling out over nato", "disputing over", "falling"},
		{"tokyo and seoul fell out over history, why?", "disputed over", "fell"},
		{"why do tokyo and seoul fall out over history", "dispute over", "fall"},
		{"why have tokyo and seoul fallen out over history", "disputed over", "fallen"},
		{"why is seoul falling out with tokyo", "quarrelling with", "falling"},
		{"seoul fell out with tokyo, why?", "quarrelled with", "fell"},
		{"why has seoul fallen out with tokyo", "quarrelled with", "fallen"},
		{"why are tokyo and seoul butting heads over history", "clashing", "butting"},
		{"why do tokyo and seoul butt heads over history", "clash", "heads"},
		{"tokyo and seoul butted heads over history, why?", "clashed", "butted"},
		{"why are tokyo and seoul locking horns over history", "clashing", "locking"},
		{"why do tokyo and seoul lock horns over history", "clash", "horns"},
		{"tokyo and seoul locked horns over history, why?", "clashed", "locked"},
		{"does seoul have a bone to pick with tokyo", "a grievance with", "bone"},
		{"has seoul got any bone to pick with tokyo", "grievance with", "bone"},
		{"what caused the tokyo–seoul aggro over the water release", "hostility", "aggro"},
		{"why is seoul narked about the water release", "angry", "narked"},
		{"why is seoul narky about the water release", "angry", "narky"},
		{"why is seoul miffed about the water release", "angry", "miffed"},
		{"why is seoul hacked off about the water release", "angry", "hacked"},
		{"why is seoul brassed off about the water release", "angry", "brassed"},
		{"why is seoul fuming about the water release", "angry", "fuming"},
		{"why is seoul livid about the water release", "angry", "livid"},
		{"why is seoul ropeable about the water release", "angry", "ropeable"},
		{"why is seoul stroppy about the water release", "angry", "stroppy"},
		{"why is seoul raging about the water release", "angry about", "raging"},
		{"why is seoul raging at the water release", "angry at", "raging"},
		{"why is seoul raging over the water release", "angry over", "raging"},
		{"why is seoul bent out of shape about the water release", "angry", "shape"},
		{"why is seoul hot under the collar about the water release", "angry", "collar"},
		{"why is seoul mithering about the missiles", "worrying", "mithering"},
		{"seoul mithered about the missiles, why?", "worried", "mithered"},
		{"seoul mithers about the missiles?", "worries", "mithers"},
		{"why does seoul mither about the missiles", "worry", "mither"},
		{"why is seoul in a flap about the missiles", "worried about", "flap"},
		{"why is seoul in a flap over the missiles", "worried about", "flap"},
		{"why is seoul in a tizzy about the missiles", "worried about", "tizzy"},
		{"why is seoul in a tizzy over the missiles", "worried about", "tizzy"},
		{"why is seoul in a tizz about the missiles", "worried about", "tizz"},
		{"why is seoul in a tizz over the missiles", "worried about", "tizz"},
		{"why is seoul sweating over the missiles", "worrying about", "sweating"},
		{"why is seoul sweating about the missiles", "worrying about", "sweating"},
		{"why is seoul sweating on the missiles", "worrying about", "sweating"},
		{"seoul sweated over the missiles, why?", "worried about", "sweated"},
		{"why does seoul sweat over the missiles", "worry about", "sweat"},
		{"why is seoul stressing out about the missiles", "worrying about", "stressing"},
		{"seoul stressed out about the missiles, why?", "worried about", "stressed"},
		{"why is seoul stressing about the missiles", "worrying about", "stressing"},
		{"why is seoul stressing over the missiles", "worrying about", "stressing"},
		{"seoul stressed about the missiles, why?", "worried about", "stressed"},
		{"why does seoul stress about the missiles", "worry about", "stress"},
		{"seoul stresses about the missiles?", "worries about", "stresses"},
		{"why is seoul losing sleep over the missiles", "worrying about", "losing"},
		{"why does seoul lose sleep over the missiles", "worry about", "sleep"},
		{"seoul lost sleep over the missiles, why?", "worried about", "sleep"},
		{"why is seoul freaking out about the missiles", "worried about", "freaking"},
		{"why is seoul freaking out over the missiles", "worried about", "freaking"},
		{"seoul freaked out about the missiles, why?", "worried about", "freaked"},
		{"seoul freaked out over the missiles, why?", "worried about", "freaked"},
		{"why does seoul freak out about the missiles", "worry about", "freak"},
		{"why does seoul freak out over the missiles", "worry about", "freak"},
		{"why is seoul het up about the missiles", "worried about", "het"},
		{"why is seoul het up over the missiles", "worried about", "het"},
		{"why is seoul having kittens about the missiles", "worried about", "kittens"},
		{"why is seoul having kittens over the missiles", "worried about", "kittens"},
		{"why is seoul antsy about the missiles", "anxious", "antsy"},
		{"why is seoul twitchy about the missiles", "nervous", "twitchy"},
		{"why is seoul nervy about the missiles", "nervous about", "nervy"},
		{"why is seoul jumpy about the missiles", "nervous about", "jumpy"},
		{"why is seoul edgy about the missiles", "nervous about", "edgy"},
		{"why is seoul feart about the missiles", "afraid", "feart"},
		{"what's eating seoul", "what worries", "eating"},
		{"what’s eating seoul", "what worries", "eating"},
		{"whats eating seoul", "what worries", "eating"},
		{"what is eating seoul", "what worries", "eating"},
		{"what's bugging tokyo", "what worries", "bugging"},
		{"what’s bugging tokyo", "what worries", "bugging"},
		{"whats bugging tokyo", "what worries", "bugging"},
		{"what is bugging tokyo", "what worries", "bugging"},
		{"what keeps tokyo up at night", "worried", "night"},
		{"why does japan wanna join nato", "want to", "wanna"},
		{"why is seoul gagging for nato", "wanting", "gagging"},
		{"why is seoul gagging to join nato", "wanting to", "gagging"},
		{"why is seoul itching to join nato", "wanting to", "itching"},
		{"why is seoul itching for nato", "wanting", "itching"},
		{"why is seoul dying to join nato", "wanting to", "dying"},
		{"why is seoul chomping at the bit to join nato", "wanting to", "chomping"},
		{"why is seoul champing at the bit to join nato", "wanting to", "champing"},
		{"why is seoul chomping at the bit for nato", "wanting", "chomping"},
		{"why is seoul hankering after nato", "wanting", "hankering"},
		{"why is seoul hankering for nato", "wanting", "hankering"},
		{"why does seoul hanker after nato", "want", "hanker"},
		{"why does seoul hanker for nato", "want", "hanker"},
		{"why is seoul mad keen on nato", "keen on", "mad"},
		{"why is seoul mad keen to join nato", "keen to", "mad"},
		{"why is seoul dead keen on nato", "keen on", "dead"},
		{"why is seoul dead keen to join nato", "keen to", "dead"},
		{"why is seoul keen as mustard on nato", "keen", "mustard"},
		{"why is seoul dead set against nato", "opposed to", "against"},
		{"why is seoul dead against nato", "opposed to", "against"},
		{"why is seoul dead set on nato", "keen on", "dead"},
		{"what do the ozzies want from nato", "aussies", "ozzies"},
		{"what did the ozzie pm say", "aussie", "ozzie"},
		{"what does down under want from nato", "australia", "under"},
		{"what are the norks firing", "north koreans", "norks"},
		{"what about nork missiles", "north korean", "nork"},
		{"what do they think stateside about it", "in the us", "stateside"},
		{"what do they think in the states about the quad", "in the us", "states"},
		{"wheres the author from uni wise", "from university ", "wise"},
		{"what else winds koreans up about japan, history-wise", "history ", "wise"},
		{"what else winds koreans up about japan", "what else angers koreans about japan", "winds"},
		{"does dokdo wind the koreans up", "anger the koreans", "wind"},
		{"what is winding seoul up", "angering seoul", "winding"},
		{"what wound tokyo up", "angered tokyo", "wound"},
		{"what wound up the talks", "wound up", "anger"},
		{"how does japan go about keeping china in check", "curbing china", "check"},
		{"does tokyo want to keep china in check", "curb china", "check"},
		{"how has japan kept china in check", "curbed china", "check"},
		{"how japan keeps china in check", "curbs china", "check"},
		{"is canberra keeping beijing in check", "curbing beijing", "check"},
		{"can they keep beijing in check", "curb beijing", "check"},
		{"what did the three of em agree", "three of them agree", " em "},
		{"what did they agree no worries if its vague", "agree if its", "worries"},
		{"what were they mainly zooming in on, and why", "focusing on,", "zooming"},
		{"what did they zoom in on?", "focus on?", "zoom"},
		{"was it mostly pleasantries and handshakes", "courtesies", "handshakes"},
		{"who's the hawk and who's the dove here", "the tough one and who's the moderate one", "hawk"},
		{"is one of them harder-line than the other", "tougher than", "harder"},
		{"were they lukewarm about teaming up with japan", "cautious about", "lukewarm"},
		{"wat year did japan first say dokdo was theres", "claim dokdo", "theres"},
		{"when did japan say it was theirs", "claim it", "theirs"},
		{"wat does america want its asia frends to do", "asia allies", "frends"},
		{"what does america want its asia friends to do", "asia allies", "friends"},
		{"what security system is japan trying to put together", "trying to build", "put"},
		{"what plague-season silenced that air route", "what epidemic silenced", "plague"},
		{"what plague shut the route", "what epidemic shut", "plague"},
		{"why does seoul hedge on whether to sign up to the strategy", "whether to join the", "sign"},
		{"why does seoul hedge on signing up to the strategy", "on joining the", "sign"},
		{"what other matter weighs upon japan", "matter concerns japan", "weighs"},
		{"what weighs on seoul most", "what concerns seoul", "weighs"},
		{"yoon govt's proposed fix on labor comp, and prospects?", "labour compensation,", "comp,"},
		{"editor of record and publishing outfit?", "editor and publisher?", "outfit"},
		{"washington's real aim in pushing nato into the ap aor?", "the asia-pacific region?", "aor"},
		{"what did the other three sign up to with japan", "agree to with japan", "sign"},
	} {
		got := readEveryday(tt.q)
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.not) {
			t.Errorf("readEveryday(%q) = %q, want %q and not %q", tt.q, got, tt.want, tt.not)
		}
	}
}

// Casual and regional English asking for a name or an industry: a stupid question only
// excuses itself, a country's side in Singapore English is the country, a Korean business is a Korean industry, and calling
// Dokdo something different asks what Dokdo is called. A question or a yarn for ya only
// asks, a country's bosses are its leaders (the asker's own are not), and what a country
// cares more about is what it is concerned about. Something "quite power" in Singlish is only
// impressive.
func TestCasualAskingRead(t *testing.T) {
	for _, tt := range []struct{ q, want, not string }{
		{"stupid question but what is gsomia", "what is gsomia", "stupid"},
		{"stupid question, what is gsomia", "what is gsomia", "stupid"},
		{"silly question, what is gsomia", "what is gsomia", "silly"},
		{"dumb question, what is gsomia", "what is gsomia", "dumb"},
		{"then japan side protest what", "then japan protest", "side"},
		{"then korea side protest what", "then korea protest", "side"},
		{"then the japanese side protest what", "the japan protest", "side"},
		{"then the korean side protest what", "the korea protest", "side"},
		{"what korean business got hurt", "korean industry", "business"},
		{"which korean businesses got hurt", "korean industries", "business"},
		{"what korea business got hurt", "korea industry", "business"},
		{"which korea businesses got hurt", "korea industries", "business"},
		{"does japan call it something different", "call it ", "different"},
		{"does japan call it something else", "call it ", "else"},
		{"does japan call dokdo something different", "call dokdo ", "different"},
		{"does japan call dokdo something else", "call dokdo ", "else"},
		{"japan calls it something different?", "calls it", "different"},
		{"japan calls it something else?", "calls it", "else"},
		{"japan calls dokdo something different?", "calls dokdo", "different"},
		{"japan calls dokdo something else?", "calls dokdo", "else"},
		{"hard out question for ya: how does washington see tokyo", ": how does washington", "question"},
		{"quick question for you, what is gsomia", ", what is gsomia", "question"},
		{"yarn for ya my missus reckons jacinda went soft", "my missus reckons", "yarn"},
		{"what did the usa japan and korea bosses talk about", "korea leaders", "bosses"},
		{"notes for my bosses on the summit", "my boss on", "leaders"},
		{"then korea, they care more about what regarding the north", "they concerned about what", "care"},
		{"what does seoul care more about", "seoul concerned about", "care"},
		{"yoon got say something quite power about the ties", "about the ties", "power"},
		{"biden say something so power about it", "about it", "power"},
	} {
		got := readEveryday(tt.q)
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.not) {
			t.Errorf("readEveryday(%q) = %q, want %q and not %q", tt.q, got, tt.want, tt.not)
		}
	}
}

// Plain and folksy talk: to gripe about something is to protest about it, someone handling a
// matter is dealing with it, the forced labour business is the labour issue, a name bestowed
// is given, "-wise" closing a clause says only what about, and daring to raise something is
// raising it.
func TestFolksyTalkRead(t *testing.T) {
	for _, tt := range []struct{ q, want, not string }{
		{"and what did korea gripe about japan doin", "protest about japan", "gripe"},
		{"what are they griping about", "protesting about", "griping"},
		{"what's wrong with how korea's handlin the comfort women cases", "dealing with the comfort", "handlin"},
		{"how is seoul handling the court rulings", "dealing with the court", "handling"},
		{"what's yoon tryin to set up to fix the forced labor business", "forced labor issue", "business"},
		{"why can't korea let the forced labour business go", "forced labour issue", "business"},
		{"what name did biden bestow upon the meeting", "biden give the meeting", "bestow"},
		{"what gets koreans riled up at japan, history wise. my brother served there", "japan, history ", "wise"},
		{"what else matters, trade-wise, to seoul", "matters, trade", "wise"},
		{"did the four leaders dare raise china", " raise china", "dare"},
		{"did they dare to mention china", " mention china", "dare"},
	} {
		got := readEveryday(tt.q)
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.not) {
			t.Errorf("readEveryday(%q) = %q, want %q and not %q", tt.q, got, tt.want, tt.not)
		}
	}
}
