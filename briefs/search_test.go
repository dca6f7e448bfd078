package briefs

import (
	"slices"
	"strings"
	"testing"
)

func TestIsVariant(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"complain", "complaint", true}, // derivation the stemmer keeps apart
		{"abolish", "abolit", true},     // "abolish", "abolition"
		{"critic", "criticis", true},
		{"defenc", "defens", true},
		{"japan", "japanes", true},
		{"control", "contribut", false},  // shared start, different words
		{"inter", "interest", false},     // extends a short stem by more than two letters
		{"environ", "environment", true}, // a longer stem takes a longer suffix
		{"leader", "leadership", true},
		{"strateg", "strategically", false}, // but not any length
		{"korea", "korea", true},
		{"war", "ward", false}, // too short to guess at
		{"strat", "strategi", false},
	} {
		if got := isVariant(tc.a, tc.b); got != tc.want {
			t.Errorf("isVariant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := isVariant(tc.b, tc.a); got != tc.want {
			t.Errorf("isVariant(%q, %q) = %v, want %v (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestSearchReadsDerivations asks questions worded differently from the facts that answer
// them: the stemmer alone would leave the key word unmatched, weighing as an unknown word,
// and the bot would refuse a question its store answers.
func TestSearchReadsDerivations(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ question, want string }{
		{"Why did South Korea complain to the WTO?", "filed a complaint with the WTO"},
		{"When did South Korea abolish GSOMIA?", "announced the abolition of GSOMIA"},
	} {
		hits := s.Search(tc.question, MaxAnswerFacts)
		if len(hits) == 0 {
			t.Errorf("%q: no answer", tc.question)
			continue
		}
		if !slices.ContainsFunc(hits, func(h Hit) bool { return strings.Contains(h.Fact.Text, tc.want) }) {
			t.Errorf("%q: answered with %v, want a fact saying %q", tc.question, hits, tc.want)
		}
	}
}

// TestSearchRefuses: a question about something the article never mentions gets nothing,
// variants or not.
func TestSearchRefuses(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"What is the weather in Madrid?",
		"Who won the 2022 World Cup?",
		"What is AUKUS?",
		"What is Japan's stance on Taiwan?",
		"What did Albanese say at the summit?",
		"Can you translate 'thank you' into Korean?", // "thank" is no typo of "than"
		// Which person did something is answered by a fact naming them, not their country.
		"Which Japanese prime minister last visited Yasukuni Shrine?",
		"Which Japanese prime minister ordered the 2019 export restrictions on South Korea?",
		// NATO's member states are not the partner countries it invited.
		"List all the NATO member states that were at Madrid.",
		// Small talk: the asker's day is not the two-day summit.
		"hey how's your day going?",
	} {
		if hits := s.Search(q, MaxAnswerFacts); len(hits) != 0 {
			t.Errorf("%q answered with %q; the article has nothing on it", q, hits[0].Fact.Text)
		}
	}
}

// TestSearchAboutTheActorsNamed: a question naming a country, person or organisation is
// answered only from facts about one of them, and a short code counts only in capitals.
func TestSearchAboutTheActorsNamed(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"What is the capital of Australia?", []string{"AU"}},
		{"What did Japan's foreign minister bring to Yoon's inauguration?", []string{"JP", "yoon-suk-yeol"}},
		{"What was terminated in November 2021?", nil},         // "in" is not India
		{"What does it tell us about the summit?", nil},        // "us" is not the United States
		{"What do the US and IN think?", []string{"US", "IN"}}, // codes in capitals are
		{"How does South Korea see North Korea?", []string{"KR", "KP"}},
		{"jp sk aus nz talks", []string{"JP", "KR", "AU", "NZ"}}, // chat codes in any case
		{"how does sk deal with nk", []string{"KR", "KP"}},
		{"how does the us treat japan", []string{"US", "JP"}}, // "the us" is the US
		{"us jp sk trilateral", []string{"US", "JP", "KR"}},   // "us" next to a country is
		{"us china ties", []string{"US", "CN"}},
		{"tell us japan's view", []string{"JP"}},    // but not after a verb that takes "us"
		{"japan in nato", []string{"JP", "nato"}},   // nor is "in" next to a country India
		{"What happened in the Asia-Pacific?", nil}, // a region is not an actor
	} {
		if got := s.namedActors(tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("namedActors(%q) = %v; want %v", tc.q, got, tc.want)
		}
	}
	if hits := s.Search("What is the capital of Australia?", MaxAnswerFacts); len(hits) != 0 {
		t.Errorf("capital of Australia answered with %q (Madrid is the capital of Spain)", hits[0].Fact.Text)
	}
	hits := s.Search("What was terminated in November 2021?", MaxAnswerFacts)
	if len(hits) == 0 || hits[0].Fact.ID != "press-conference-terminated-november-2021" {
		t.Errorf("terminated in November 2021: %v; want the press conference", hits)
	}
	for _, h := range s.Search("Why does the US value trilateral cooperation with Japan and South Korea?", MaxAnswerFacts) {
		if !slices.ContainsFunc(h.Fact.Entities, func(id string) bool { return id == "US" || id == "JP" || id == "KR" }) {
			t.Errorf("trilateral question answered with %s, about none of the actors named", h.Fact.ID)
		}
	}
}

// TestSearchRarityIsCountedInTheFactsOwnWords: words that topic and entity aliases add to
// many facts ("middle power" on every diplomacy fact) must not look common, or the fact that
// says them loses to facts matching a stray word.
func TestSearchRarityIsCountedInTheFactsOwnWords(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	hits := s.Search("What does South Korea hope to gain from middle power diplomacy?", MaxAnswerFacts)
	if !slices.ContainsFunc(hits, func(h Hit) bool { return h.Fact.ID == "korea-strategic-autonomy-middle-power" }) {
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.Fact.ID)
		}
		t.Errorf("middle power diplomacy answered with %v; want the fact on middle-power diplomacy among them", ids)
	}
}

// TestSearchReadsSynonyms: a question in everyday words finds the fact worded otherwise, and
// the synonym groups are checked like the rest of the store.
func TestSearchReadsSynonyms(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	hits := s.Search("Why does South Korea oppose Japan releasing waste water?", MaxAnswerFacts)
	if len(hits) == 0 || !strings.Contains(hits[0].Fact.Text, "discharge") {
		t.Errorf("releasing waste water: %v; want the fact on the discharge", hits)
	}

	d, err := ReadData(EmbeddedFS())
	if err != nil {
		t.Fatal(err)
	}
	d.Synonyms = [][]string{{"alone"}, {"end", "stop"}, {"stop", "halt"}, {"two words", "x1"}}
	_, err = New(d)
	for _, want := range []string{
		"synonyms group 1: a group needs two words or more",
		`synonyms group 3: "stop" is also in group 2`,
		`synonyms group 4: "two words" is not a single word of letters`,
		`synonyms group 4: "x1" is not a single word of letters`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("New with bad synonyms: %v; want %q", err, want)
		}
	}
}

// A question's terms are stems, and a stem stemmed again may be another word: "apprehension"
// is read through its synonym "concern" only if its stem is not stemmed twice.
func TestEveryWordReadOnceStemmed(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"What apprehension exists in Korea about the Yoon government?", true},
		{"What concern exists in Korea about the Yoon government?", true},
		{"What apprehension exists in Korea about the Yoon government's zoning?", false},
	} {
		if got := s.readsEveryWord(tt.q); got != tt.want {
			t.Errorf("readsEveryWord(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// A formal register asks in words of its own, and says the article's in others: "might one
// ask", "presided over", "turn its back on".
func TestSearchReadsAFormalRegister(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	checkSearchLeads(t, s, []led{
		{"Might one ask who presided over the meeting of the four Asia-Pacific leaders in Madrid?", "kishida-moderates-four-country-meeting"},
		{"I should be grateful to learn what subjects chiefly occupied the three-way discussion among the American, Japanese and South Korean leaders in Madrid.", "trilateral-leaders-deepen-alliance"},
		{"Why does the author judge that neither Tokyo nor Canberra can turn its back entirely on cooperation with Beijing?", "japan-australia-cannot-abandon-china"},
		{"To what sphere does the author consider New Zealand's role in American strategy to be confined?", "new-zealand-role-limited-south-pacific"},
		{"Upon what does Wellington fix its diplomatic gaze?", "new-zealand-survival-south-pacific"}, // a gaze fixed is a focus
		{"On what legal grounds has Tokyo rejected South Korean judicial action on the comfort-women question?", "japan-negative-comfort-women"},
		{"What anxiety does the author say exists within South Korea itself about the direction of the Yoon government?", "korea-worries-one-sided-yoon"},
		{"Did the four Asia-Pacific leaders, when they met in Madrid, venture to discuss matters pertaining to China, or did they rather practise a studied reticence on that subject?", "four-leaders-no-china-discussion"},
		{"Might one ask who spoke for Wellington at the summit and subsequently remarked upon relations with Beijing?", "ardern-cooperate-with-china"},
		{"I should be grateful if you could set out what understanding the defence chiefs of the United States, Japan and South Korea had reached in the months before the summit.", "defence-ministers-restart-exercises"},
		{"What gesture did Mr Yoon make towards Tokyo even before he formally assumed the presidency, so as to signal his wish to mend relations?", "yoon-policy-consultation-delegation"},
	})
}

// Idioms read as the words the facts use: "pull the plug on" is ending it, "go out of its way
// to" is sparing no effort, NATO's members are its countries, hawks are tough, to slot is to
// position, to cop it is to be hit, to pull in is to win over, gun-shy is cautious, real meat is
// substance, "2nd" is second, a lot of people are many voices, to rate an alliance is to regard
// it, to turn into is to build into, a minilateral is a grouping, to throw Seoul a bone is to
// take its concerns into account, wishy-washy is hesitant, to answer curbs is to respond to
// them, to pull it off is to do it, to bear the brunt is to be hit worst, an olive branch is a
// gesture, to rule South Korea is to be in power there, to put together is to piece together,
// to keep an ally on board or in the fold is to keep it, to cooperate in which area asks its
// fields, Koreans disliking or opposing Japan is anti-Japanese feeling, allies thinking the
// same way or all aligned are monolithic, Japan's measures against Korea are its export controls;
// "afterwards", "quote check:", "adjective", "in return", "big-picture" and "to what degree"
// frame the question.
func TestSearchReadsIdioms(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	checkSearchLeads(t, s, []led{
		{"When did Seoul pull the plug on GSOMIA with Japan?", "gsomia-abolition-august-2019"},
		{"Why does Japan go so far out of its way to follow Washington on North Korea?", "japan-fears-abandonment-north-korea"},
		{"Seoul scrapped GSOMIA. What became of Japan–Korea defence cooperation afterwards?", "defence-cooperation-almost-stopped"},
		{"And what Japanese document did Seoul complain about in return?", "dokdo-korea-protests-bluebook"},
		{"On the North Korea file, what did Japan say it would work on with NATO members?", "japan-nato-nuclear-disarmament"},
		{"Which two are the hawks on Beijing?", "japan-australia-firm-on-china"},
		{"who was chairman of the meeting of the four Asia Pacific countries?", "kishida-moderates-four-country-meeting"},      // a chairman chairs
		{"Besides missiles, what's Tokyo's real fixation when it comes to North Korea?", "japan-concerns-missiles-kidnapping"}, // a fixation is a preoccupation
		{"Which sector copped it from Tokyo's export controls?", "export-controls-blow-to-korea-ict"},
		{"How has Washington been pulling in Asia-Pacific countries lately?", "us-indo-pacific-strategy-win-over"},
		{"Were Seoul's progressives gun-shy about three-way cooperation?", "progressive-governments-cautious"},
		{"Which countries met at the 2nd leaders' meeting in Madrid?", "singapore-inconsistency-note"}, // names the four and the text's slip
		{"Was there real meat to the four-country talks?", "four-country-talks-lacked-substance"},
		{"What do lots of people in South Korea want for the peninsula?", "korea-voices-diplomatic-autonomy"},
		{"How does the US rate its alliance with Japan?", "us-japan-alliance-cornerstone"},
		{"Yoon wants the three-way relationship turned into what?", "yoon-core-pillar-statement"},
		{"Did Tokyo throw South Korea a bone on nuclear matters in Madrid?", "japan-nuclear-stance-korea-concerns"},
		{"Why is Seoul wishy-washy about the US-led regional strategy?", "progressive-governments-cautious"},
		{"Why does Tokyo work so hard with Washington on Pyongyang?", "japan-fears-abandonment-north-korea"},
		{"How did South Korea answer Tokyo's export curbs?", "korea-removes-japan-white-list"},
		{"Washington must balance the water; what if it can't pull it off?", "korea-nz-interests-if-us-unbalanced"},
		{"What must Washington do to keep Seoul and Wellington on board?", "korea-nz-interests-if-us-unbalanced"},
		{"How does the US keep Seoul and Wellington in the fold?", "korea-nz-interests-if-us-unbalanced"},
		{"Japan and Australia cooperate in which area?", "japan-australia-defence-agreements"},
		{"what makes South Koreans dislike Japan?", "textbooks-yasukuni-anti-japanese-sentiment"},
		{"Do all these Asia-Pacific countries think the same way, or does each have its own plan?", "allies-not-monolithic"},
		{"Which industry was hit by Japan's measures in 2019?", "export-controls-blow-to-korea-ict"},
		{"Are the Asia-Pacific allies all aligned with the US, or does each bring its own agenda?", "allies-not-monolithic"},
		{"Besides compensation and comfort women, what makes South Koreans oppose Japan?", "textbooks-yasukuni-anti-japanese-sentiment"},
		{"What must the US do to keep Seoul and Wellington onside?", "korea-nz-interests-if-us-unbalanced"},
		{"Which relationship among the four does the article consider the most mature?", "japan-australia-most-mature"},
		{"Which Korean sector bore the brunt of Tokyo's export controls?", "export-controls-blow-to-korea-ict"},
		{"What olive branch did Yoon extend towards Tokyo before taking office?", "yoon-policy-consultation-delegation"},
		{"How did South Korean governments see three-way cooperation when progressives ruled South Korea?", "progressive-governments-cautious"},
		{"Quote check: which adjective did Biden use for the Madrid trilateral meeting?", "biden-historic-trilateral-meeting"},
		{"What has Washington been trying to put together in the Asia-Pacific?", "us-asia-pacific-nato"},
		{"Which minilateral grouping are Canberra and Tokyo both in?", "japan-australia-joined-quad"},
	})
	if ids := answerIDs(s, "Where does Washington slot Seoul and Wellington in its strategy?"); len(ids) == 0 || ids[0] != "korea-us-outpost-northeast-asia" {
		t.Errorf("slot Seoul and Wellington: %v; want Seoul's place first", ids)
	}
}

// The four-country meeting is also named as its leaders' meeting.
func TestFourLeadersMeetingIsNamed(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Which countries made up the four-way leaders' meeting?", "Who chaired the four-country leaders meeting?"} {
		if _, things := s.namedEntities(q); !slices.Contains(things, "ap4-meeting-2022") {
			t.Errorf("namedEntities(%q) things = %v, want the four-country meeting", q, things)
		}
	}
}

// "Alliance with Australia" names the US–Australia alliance only when no one else has it: a
// quasi alliance, or Japan's, is another, and the US's own alliances are not named by it.
func TestAllianceOfAnotherIsNotTheUSs(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct {
		q        string
		alliance bool
	}{
		{"What is Japan's quasi alliance with Australia?", false},
		{"Does Japan have a quasi-alliance with Australia?", false},
		{"What is Japan's alliance with Australia like?", false},
		{"What is Washington's alliance with Australia?", true},
		{"what is the alliance with australia called", true},
	} {
		actors, things := s.namedEntities(tt.q)
		if got := slices.Contains(things, "us-australia-alliance"); got != tt.alliance || !tt.alliance && !slices.Contains(actors, "AU") {
			t.Errorf("namedEntities(%q) = %v, %v; want the US–Australia alliance named: %v", tt.q, actors, things, tt.alliance)
		}
	}
	// Nor are the US's alliances named by the words of a quasi one.
	q := "What is Japan's quasi alliance with Australia?"
	if ids := answerIDs(s, q); len(ids) == 0 || slices.Index(ids, "japan-australia-quasi-alliance") > 1 {
		t.Errorf("%q: answer %v; want the Japan–Australia quasi alliance among the first two", q, ids)
	}
}

// A phrase listed after a shorter one it starts with would never be read: the replacer tries
// them in order.
// A phrase read as whole words is not read inside a word ("ppl" in "apply"), and is read at
// either end of a question.
func TestEverydayPhrasesReadWholeWords(t *testing.T) {
	tests := []struct{ q, want, not string }{
		{"Did Finland and Sweden apply to join NATO?", "apply", "people"},
		{"why are the yanks so keen to drag nato over to our neck of the woods", "want to push nato over to the asia-pacific", "spare"},
		{"will the four of us end up in a new alliance", "the four form a new alliance", "end up"}, // two phrases, side by side
		{"when did japan start that dodgy export squeeze on korea", "export controls on korea", "squeeze"},
		{"how do japan and korea differ in dealing with kims mob", "north korea", "mob"},
		{"so what did the three of em agree to do about kims nukes", "north korea's nuclear weapons", "kims"},
		{"why cant the four of us just get on the same page", "the four just agree", "page"},
		{"what did old joe call the get together with japan and korea", "biden call the meeting with", "joe"},
		{"what was the latest argy bargy over dokdo", "latest dispute over dokdo", "bargy"},
		{"the yanks big plan for roping in the countries round here", "winning over the countries in the region", "roping"},
		{"what did biden promise if it all goes pear shaped", "biden promise", "pear"},
		{"which of us will get even closer to the yanks down the track", "closer to the americans in future", "track"},
		{"what did japan stop flogging to the koreans", "restrict exports of", "flogging"},
		{"korea seems heaps softer on the chinese mob than japan", "more positive towards the china than", "heaps"},
		{"how much did the firms have to cough up", "pay", "cough"},
		{"ppl say Japan is hawkish", "people", "ppl"},
		{"Did Tokyo treat all the complaints seriously?", "treat all", ""},
		{"Did they meet at all?", "meet", "all"},
		{"in short, what was the trilateral about?", "what", "short"},
		{"Did the war in Europe come up at the four partners' meeting?", "ukraine", "europe"},
		{"Did Tokyo say anything about nuclear arms control?", "disarmament", "control"},
		{"When progressive administrations held office in Seoul, how did they see the trilateral?", "governments", "administrations"},
		{"What does the Biden administration want?", "administration", "government"},
		{"By what means does Tokyo prefer to bring pressure to bear upon Pyongyang?", "pressure pyongyang", "bear"},
		{"In reply to Japan's export controls, what did Seoul do?", "in response to", "reply"},
		{"Are the four heading toward a new bloc of their own?", "forming a new bloc", "heading"},
		{"So Japan and Korea joined NATO as full members at Madrid?", "nato as partner countries", "members"},
		{"Why does Seoul take a comparatively warmer stance towards Beijing?", "positive stance", "warmer"},
		{"kishida ask re the four and future nato summits", "regular nato summits", "future"},
		{"Alongside deterring Pyongyang, what quality does Seoul wish to emphasise?", "what does seoul", "quality"},
		{"What do Tokyo and Seoul each care most about when it comes to Pyongyang?", "most concerned about", "care"},
		{"How did the trilateral differ from the four-way Asia-Pacific meeting?", "four-country meeting", "asia-pacific"},
		{"Did Japan contemplate talks?", "contemplate", "shrine"},
		{"Which temple do Japanese officials visit?", "shrine", "temple"},
		{"what's seoul's main focus w/ the north", "with the north", "w/"},
		{"Didn't the four-country meeting dig into specific problems?", "discuss", "dig"},
		{"Which countries got a seat at the table in Madrid?", "attended", "seat"},
		{"Doesn't Tokyo aim at staying a low-profile player?", "international influence", "profile"},
		{"What tools does Tokyo use to push back against Beijing?", "curb beijing", "push"},
		{"Confirm the Yoon quote: what does he want?", "said:", "confirm"},
		{"What is the Quad for, in plain terms?", "for,", "plain"},
		{"Why is Seoul wary of the Yank-led bloc?", "us-led", "yank"},
		{"does the yoon govt lean towards the US?", "government", "govt"},
		{"Japan has two goals; could you lay them out?", "list them", "lay"},
		{"is seoul chill with beijing?", "soft on", "chill"},
		{"can the US unify its allies?", "unite its", "unify"},
		{"why had the route been closed?", "been shut", "closed"},
		{"What's the bottom-line judgment here?", "conclusion", "judgment"},
		{"Seoul: what else is it after, beyond deterrence?", "what else does it want", "after"},
		{"Did Yoon keep his mouth shut on Beijing?", "not comment", "mouth"},
		{"how long did the talk-fest drag on, let me guess?", "summit last", "guess"},
		{"Can Wellington ditch China, or is that a pipe dream?", "abandon china", "dream"},
		{"Tokyo wants a bigger voice, if I'm reading it right — why?", "voice,   —", "reading"},
		{"Who is the Japanese minister the piece is talking about?", "minister  ?", "talking"},
		{"Which sector felt the pinch first?", "were hit", "pinch"},
		{"Why is Wellington waffling on the Quad?", "hesitating on", "waffl"},
		{"Does Canberra follow Washington like glue?", "closely", "glue"},
		{"What did Biden and Yoon yap about?", "discuss", "yap"},
		{"Is Canberra fretting about Beijing?", "worried about", "fret"},
		{"Did Seoul pull the pin on the pact?", "end the pact", "pin"},
		{"What did the leaders chew over?", "discuss", "chew"},
		{"What did the four yarn about?", "four discuss", "yarn"}, // read once: to talk about is to discuss too
		{"Did Seoul have the guts to drop GSOMIA?", "seoul   drop", "guts"},
		{"Who came to the inauguration representing Japan?", "as envoy of japan", "representing"},
		{"Is it easy for Uncle Sam to glue his allies together?", "the us to unite his", "uncle"},
		{"Which institute does the author hail from?", "author from", "hail"},
		{"Where will South Korea concentrate its diplomacy in the near future?", "in the short term", "future"},
		{"Did Yoon say he fancied a proper face-to-face with Kishida?", "meeting with", "face"},
		{"Which areas do they coordinate in? Give us examples for the folks at home.", "give us examples  .", "folks"},
		{"What two side meetings did they squeeze onto the schedule in Madrid?", "arrange", "squeeze"},
		{"Who's the author of this breakdown?", "this article", "breakdown"},
		{"What promise did he put back on the table?", "reaffirm", "table"},
		{"Where do Japan and Australia work hand-in-glove?", "cooperate closely", "glove"},
		{"What did they chinwag about?", "discuss", "chinwag"},
		{"What's Tokyo's biggest headache with the North?", "biggest concern", "headache"},
		{"Can America pull its Pacific friends together?", "pacific allies", "friends"},
		// A gamer's words.
		{"which war situation did the four APAC leaders swap takes on", "discuss", "takes"},
		{"when did the US Japan and Korea leaders all link up before Madrid? whats the lore", "meet", "lore"},
		{"what did Yoon do before he even spawned in as prez to fix stuff w Tokyo", "took office as", "spawn"},
		{"what item did Japan's FM drop off at the inauguration", "hand over", "drop"},
		{"how did Seoul counter Japan's export control move, what was the comeback", "what was the response", "comeback"},
		{"what do Australia and NZ usually focus their bilateral co-op on", "cooperation", "co-op"},
		{"what are Japan's and Australia's vibes toward China rn", "attitude toward", "vibes"},
		{"Is Wellington watching from the sidelines?", "watching  ?", "sidelines"},
		{"Who copped the brunt of the curbs?", "was hit worst by", "copped"},
		{"How does Washington sweet-talk its allies?", "win over", "sweet"},
		{"Are they a fair bit closer?", "they  closer", "fair"},
		{"What keeps banging on about history?", "discussing", "banging"},
		{"What adds fuel to the fire of the dispute?", "fuels", "fire"},
		{"When did Tokyo bring in stricter export rules?", "tightened export", "stricter"},
		{"What did them two leaders jaw about at the powwow?", "those two leaders discuss at the meeting", "powwow"},
		{"Which ally is the most hard-nosed?", "most firm", "nosed"},
		{"When did the leaders put their heads together?", "met", "heads"},
		{"What did Yoon say after flying home from Spain?", "returning from", "flying"},
		{"Did Tokyo stop shipping goods to Seoul?", "stop exports to", "shipping"},
		{"Who spoke up about the history troubles?", "said about the history problems", "troubles"},
		{"Did the ministers come to terms?", "agree", "terms"},
		{"What was the three-power parley about?", "trilateral parley", "power"},
		// Broad Aussie and Kiwi: custard, a dob, the flick, a crumpet, a burl, righto, munted.
		{"did biden promise to back up japan and korea if it all turns to custard", "back up japan and korea ", "custard"},
		{"did the koreans dob japan in to the wto", "complain about japan", "dob"},
		{"why cant canberra just give china the flick", "abandon china", "flick"},
		{"was that catch up worth a crumpet", "substantive", "crumpet"},
		{"give it a burl and guess, will the four form a bloc", " guess, will", "burl"},
		{"righto why did kishida go", " why did kishida", "righto"},
		{"yeah nah it sounds a bit munted, what's the weakest link", " , what's the weakest link", "munted"},
		{"the meeting was all show and no go, or am i just a cynical old bugger", "more gesture than substance", "bugger"},
		// Everyday American, Aussie and Indian English: riled up at, as per the writer, an old
		// minister, getting history right, a mess, Kim's lot.
		{"what else gets koreans riled up at japan", "angry at japan", "riled"},
		{"What role does Seoul play as per writer?", "play ?", "per"},
		{"which old korean foreign minister said japan has to get its history right", "former korean foreign minister said japan has to have a correct understanding of history", "old"},
		{"is yoon trying to fix the forced labor mess", "forced labor issue", "mess"},
		{"how do tokyo and seoul differ on dealing with kim's lot", "north korea", "lot"},
		{"was there any real meat in the four leader talks", "substantive content in", "meat"},
		// Everyday Aussie, Singlish and chat: roped in as, the hump, what gets people mad at,
		// Japan and co, a uni, got real substance, the article describe as, stuffed around.
		{"so Japan and co werent members, what did NATO rope them in as", "japan and the others werent members, what did nato invite them as", "rope"},
		{"and what did Korea have the hump about with Japan over the island", "korea complain about with japan", "hump"},
		{"what else gets koreans mad at japan besides the big stuff", "gets koreans angry at japan", "mad"},
		{"author from which uni or institute?", "which university or institute", "uni "},
		{"actually hor the four-country meeting got real substance or just for show one?", " the four-country meeting had substantive content", "hor"},
		{"US-JP alliance the article describe as what ah", "us-jp alliance described as what", "article"},
		{"what exactly did Japan put export controls on that stuffed Korea around", "controls on that hurt korea", "stuffed"},
		{"the four country meeting sounds like a bit of a photo op", "meeting seems a gesture", "sounds"},
		{"why do korea and nz keep their diplomacy more local than japan", "more regional than japan", "local"},
		// Everyday British, American, Aussie and Irish idioms, and "in fact" and "came into
		// office" read as whole phrases.
		{"when japan stopped sending certain factory ingredients", "certain factory", "certa ory"},
		{"around the time president yoon came into office", "yoon took office ", "officeto"},
		{"All hat, no cattle? Was it more show than substance?", "more gesture than substance? was it more gesture than substance?", "cattle"},
		{"Why's Washington so sweet on a Tokyo-Seoul tag team?", "so keen on a tokyo-seoul cooperation", "sweet"},
		{"what were they mainly zooming in on", "mainly focusing on", "zoom"},
		{"did they raise the chinese mob or keep mum", "or not mention it", "mum"},
		{"so are japan and korea good mates again now", "korea repaired relations now", "mates"},
		{"is it all about staying top dog?", "maintaining hegemony", "dog"},
		{"some sort of alliance-lite arrangement", "quasi-alliance arrangement", "lite"},
		{"what lit the fuse on all this trade friction", "what caused all this", "fuse"},
		{"how do they feel about japan letting it out into the sea", "japan discharging it into the sea", "letting"},
		{"with everyone pulling in different directions", "everyone having different priorities", "pulling"},
		{"why wouldn't they go all-out against china? what would they stand to lose?", "fully confront china? what would they lose?", "all-out"},
		{"how often have their leaders been popping over to see each other", "been visiting each other", "popping"},
		{"what sits at the very heart of it?", "what is at its core?", "heart"},
		{"which country prefers the stick and which the carrot", "prefers sanctions and which engagement", "stick"},
		{"which pair is most likely to let the whole group down", "most likely to be the weakest link", "down"},
		{"what does japan want out of sticking so close to the yanks", "cooperating with the americans", "sticking"},
		// An aside read as nothing leaves no commas parting the phrase around it.
		{"How does Australia seek, in the author's view, to position itself?", "australia   position", "seek"},
		{"who was in charge of the 4 country meeting", "who chaired the 4 country meeting", "charge"},
		{"who was in charge of running the meeting?", "who chaired the meeting", "running"},
		{"who was running the show at the four-way meeting", "who chaired the four-country meeting", "show"},
	}
	for _, tt := range tests {
		got := readEveryday(tt.q)
		if !strings.Contains(got, tt.want) || tt.not != "" && strings.Contains(got, tt.not) {
			t.Errorf("readEveryday(%q) = %q, want %q and not %q", tt.q, got, tt.want, tt.not)
		}
	}
}

func TestEverydayPhrasesAreAllReachable(t *testing.T) {
	for i := 0; i < len(everydayPairs); i += 2 {
		for j := i + 2; j < len(everydayPairs); j += 2 {
			if strings.HasPrefix(everydayPairs[j], everydayPairs[i]) {
				t.Errorf("%q is listed after %q, which starts it and wins", everydayPairs[j], everydayPairs[i])
			}
		}
	}
}

func TestSwapped(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"kishdia", "kishida", true},
		{"kishida", "kishida", false}, // no typo at all
		{"kihsida", "kishida", true},
		{"kishiad", "kishida", true},  // the last two
		{"ksihdia", "kishida", false}, // two swaps
		{"kishid", "kishida", false},  // a letter short: an edit, not a swap
	} {
		if got := swapped(tt.a, tt.b); got != tt.want {
			t.Errorf("swapped(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// A name typed a letter off is read as the name; English words and words of the facts never
// are.
func TestTypoNames(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		{"How do Tokoy and Seoul differ on China?", "JP"},
		{"what does austrlia want in the pacific", "AU"},
		{"What did Kishda say about NATO?", "fumio-kishida"},
		{"What did Hayahsi bring to Seoul?", "hayashi-yoshimasa"},
		{"How do they differ in handling North Korea?", "KP"}, // not Li Hangling
		{"What was the mood in Seoul?", "KR"},                 // too short to be a typo of Moon
		{"what does seol want from china", "KR"},              // four letters, one dropped
	}
	for _, tt := range tests {
		if got := s.namedActors(tt.q); len(got) == 0 || got[0] != tt.want {
			t.Errorf("namedActors(%q) = %v, want %s first", tt.q, got, tt.want)
		}
	}
}

// A word of no meaning typed a letter short, with a letter doubled or two letters swapped is
// dropped from the search; words the store reads, other extra letters and substitutions are
// not.
func TestMisspeltStopword(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		w    string
		want bool
	}{
		{"happend", true},  // happened
		{"betwen", true},   // between
		{"becuase", true},  // because
		{"towardss", true}, // towards
		{"bejing", false},  // Beijing, not "being" with a letter more
		{"makers", false},  // not "makes"
		{"defense", false}, // a word of the facts
		{"wich", false},    // too short to tell
	}
	for _, tt := range tests {
		if got := s.index.misspeltStopword(tt.w); got != tt.want {
			t.Errorf("misspeltStopword(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// The actor a question measures the others against, after "than" or, asked why, "compared
// to", is not whom it asks about; one compared otherwise is.
func TestWithoutBaseline(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		{"Why are South Korea's strategies more regional than Japan's?", "Why are South Korea's strategies more regional's?"},
		{"why are sk, aus and nz so regionally focused compared to japan", "why are sk, aus and nz so regionally focused"},
		{"How does Seoul's view of China look compared to Tokyo's?", ""},
		{"How does the article characterise the diplomatic horizons of Seoul, Canberra and Wellington, as compared with Tokyo's?", "How does the article characterise the diplomatic horizons of Seoul, Canberra and Wellington,'s?"},
	}
	for _, tt := range tests {
		if got, ok := s.withoutBaseline(tt.q); got != tt.want || ok != (tt.want != "") {
			t.Errorf("withoutBaseline(%q) = %q, %v; want %q", tt.q, got, ok, tt.want)
		}
	}
}

// A word the stemmer cuts below minMisspeltLen is still read as the facts' word it is a
// letter off, when there is one; a word the facts use is kept as it is.
func TestQueryTermsShortTypos(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		{"before he took ofice", "offic"},
		{"before he took office", "offic"},
		{"the trilateral meting", "meet"},
	}
	for _, tt := range tests {
		if got := s.index.queryTerms(tt.q); !slices.Contains(got, tt.want) {
			t.Errorf("queryTerms(%q) = %v, want %q among them", tt.q, got, tt.want)
		}
	}
}

// Words that say how the asker judges or concedes something, or whom they point at
// vaguely, are no words of the facts: read, each would weigh as the rarest word could.
func TestQueryTermsWithoutAskersWords(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"Tokyo wants a seat, sure, but why?",
		"is it good for seoul to lean on washington?",
		"it seemed that the bloke was unhappy",
		"which crowd in korea was wary",
		"that fella from japan at the inauguration",
		"is the claim attributed to someone else?",
		"what if washington can't keep everyone happy",
		"did seoul complain somewhere?",
	} {
		for _, w := range []string{"sure", "good", "seem", "bloke", "crowd", "fella", "someon", "everyon", "somewher"} {
			if got := s.index.queryTerms(q); slices.Contains(got, w) {
				t.Errorf("queryTerms(%q) = %v, want no %q", q, got, w)
			}
		}
	}
}

// "Us" before the asker's own people is no word to find: "us Kiwis" are New Zealanders. A
// "bro" or a "mate" is whom the asker talks to. "The us" is the US.
func TestQueryTermsWithoutAskerAsUs(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q      string
		wantUS bool
	}{
		{"what does Japan call Dokdo bro", false},
		{"what do the Aussies and us Kiwis team up on?", false},
		{"what did the us tell japan?", true},
		{"how do us and japan cooperate?", true},
	}
	for _, tt := range tests {
		got := s.index.queryTerms(tt.q)
		if slices.Contains(got, "us") != tt.wantUS {
			t.Errorf("queryTerms(%q) = %v, want %q among them: %v", tt.q, got, "us", tt.wantUS)
		}
		for _, w := range []string{"bro", "mate"} {
			if slices.Contains(got, w) {
				t.Errorf("queryTerms(%q) = %v, want no %q", tt.q, got, w)
			}
		}
	}
}

// To keep doing something is to do it: "keep" is no word to find before a verb in -ing.
func TestQueryTermsKeepDoing(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q        string
		wantKeep bool
	}{
		{"which issues keep dragging down relations", false},
		{"why do they keep fighting", false},
		{"does the US want to keep its presence", true},
		{"keep", true},
	}
	for _, tt := range tests {
		if got := s.index.queryTerms(tt.q); slices.Contains(got, "keep") != tt.wantKeep {
			t.Errorf("queryTerms(%q) = %v, want keep among them: %v", tt.q, got, tt.wantKeep)
		}
	}
}

// A country named only as where a gathering was held comes after those the question asks
// about; alone, or named otherwise, it stays where it is.
func TestVenuesLast(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q           string
		named, want []string
	}{
		{"Which partner countries went to the NATO summit in Spain besides Japan and South Korea?", []string{"ES", "JP", "KR"}, []string{"JP", "KR", "ES"}},
		{"Did Kishida and Yoon meet at the summit held in Spain?", []string{"fumio-kishida", "yoon-suk-yeol", "ES"}, []string{"fumio-kishida", "yoon-suk-yeol", "ES"}},
		{"What did the summit in Spain mean for Japan?", []string{"ES", "JP"}, []string{"JP", "ES"}},
		{"How does Spain see Japan?", []string{"ES", "JP"}, []string{"ES", "JP"}},
		{"What happened at the summit in Spain?", []string{"ES"}, []string{"ES"}},
	}
	for _, tt := range tests {
		if got := s.venuesLast(tt.q, tt.named); !slices.Equal(got, tt.want) {
			t.Errorf("venuesLast(%q, %v) = %v, want %v", tt.q, tt.named, got, tt.want)
		}
	}
}

// An actor named only in the clause that closes a question saying when is not asked about;
// named in the main clause too, or when the main clause names no one, it stays.
func TestWithoutTimeSetters(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q           string
		named, want []string
	}{
		{"What angered Tokyo about the island around when Yoon took office?", []string{"JP", "yoon-suk-yeol"}, []string{"JP"}},
		{"What did Japan propose at the time Kishida met Albanese?", []string{"JP", "fumio-kishida", "anthony-albanese"}, []string{"JP"}},
		{"What did Yoon say when Yoon met Kishida?", []string{"yoon-suk-yeol", "fumio-kishida"}, []string{"yoon-suk-yeol"}},
		{"What matters most to Seoul when it comes to Pyongyang?", []string{"KR", "KP"}, []string{"KR", "KP"}},
		{"What happened when Yoon took office?", []string{"yoon-suk-yeol"}, []string{"yoon-suk-yeol"}},
		{"When did Japan and Korea meet?", []string{"JP", "KR"}, []string{"JP", "KR"}},
	}
	for _, tt := range tests {
		if got := s.withoutTimeSetters(tt.q, tt.named); !slices.Equal(got, tt.want) {
			t.Errorf("withoutTimeSetters(%q, %v) = %v, want %v", tt.q, tt.named, got, tt.want)
		}
	}
}

// TestNameCounts: the facts sharing k names or more, found a word at a time, are those whose
// count, the subject's set counted twice, is k or more.
func TestNameCounts(t *testing.T) {
	const n = 200
	sets := make([]factSet, 4)
	for i := range sets {
		var ords []int32
		for d := int32(0); d < n; d++ {
			if (int(d)*7+i*13)%(i+2) == 0 {
				ords = append(ords, d)
			}
		}
		sets[i] = newFactSet(n, ords)
	}
	named, things := sets[:3], sets[3:]
	counts := countNames(n, named, things)
	got := make(factSet, (n+63)/64)
	for k := 1; k <= 6; k++ {
		counts.atLeast(got, k)
		for d := int32(0); d < n; d++ {
			actors, others := namedIn(d, named, things)
			if want := actors+others >= k; got.has(d) != want {
				t.Errorf("fact %d, %d names: atLeast(%d) has it = %v, want %v", d, actors+others, k, got.has(d), want)
			}
		}
	}
}

// A closing clause that only says when, and names the only actors, does not make the facts
// on what is asked about answer to them: the route resumed whoever its fact names. One that
// reports what was said after it is the question.
func TestSearchClosingWhen(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, want string }{
		{"which Seoul-Tokyo air route restarted after Yoon reached out to Japan", "gimpo-haneda-route-resumed"},
		{"what happened to the Gimpo-Haneda route after Hayashi's trip to Seoul?", "gimpo-haneda-route-resumed"},
		{"Which Asia-Pacific leader, if you would remind me, remarked soon after leaving Madrid that her country and China could and should still work together on the basis of shared interests?", "ardern-cooperate-with-china"},
	} {
		if ids := answerIDs(s, tc.q); len(ids) == 0 || ids[0] != tc.want {
			t.Errorf("%q: answer %v; want %s first", tc.q, ids, tc.want)
		}
	}
}

// A fact on exactly the actors asked about leads a wider group's that covers the question a
// step better: Tokyo and Canberra's agreement, not Japan's zeal for the four.
func TestSearchNarrowFirst(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	hits := s.Search("What agreement did Tokyo and Canberra sign that pushed them toward a quasi-alliance?", MaxAnswerFacts)
	if len(hits) == 0 || hits[0].Wider || !hits[0].Fact.HasEntity("JP") || !hits[0].Fact.HasEntity("AU") {
		t.Errorf("hits %v; want a fact on Japan and Australia alone first", hits)
	}
}

// Asked what one agreement is, a fact on it alone leads one that names another beside it.
func TestSearchOneAgreementFirst(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	checkSearchLeads(t, s, []led{
		{"What is the US–Australia alliance?", "us-australia-alliance-cornerstone"},
		{"And the US–Australia alliance — what's that supposed to be?", "us-australia-alliance-cornerstone"},
	})
}

// Three leaders named together stand for their countries' meeting; two are asked about as
// people. "Main focus" is what someone focuses on.
func TestSearchLeadersTogether(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	checkSearchLeads(t, s, []led{
		{"what was the main focus of the biden kishida yoon meeting", "trilateral-talks-focus-north-korea"},
		{"What did Biden, Kishida and Yoon mainly focus on?", "trilateral-talks-focus-north-korea"},
	})
	if hits := s.Search("What did Ardern and Biden agree at the White House?", MaxAnswerFacts); len(hits) > 0 && !hits[0].Fact.HasEntity("jacinda-ardern") && !hits[0].Fact.HasEntity("joe-biden") {
		t.Errorf("two leaders asked about: %s leads, naming neither", hits[0].Fact.ID)
	}
}

// Asked who did something to or for the one named, the subject's own facts do not come first:
// they tell what Yoon did, not who came to him.
func TestSearchWhoForTheSubject(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if hits := s.Search("Who came to Yoon's inauguration for Tokyo?", MaxAnswerFacts); len(hits) == 0 || hits[0].Fact.ID != "hayashi-inauguration-kishida-letter" {
		t.Errorf("who came to Yoon: %v; want Hayashi's visit first", hits)
	}
}

// A country named only as where a gathering was held is not whom the question asks about.
func TestSearchVenueIsNoSubject(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	hits := s.Search("Did the author think the four-way meeting in Spain might grow into a new mechanism or an alliance?", MaxAnswerFacts)
	if len(hits) == 0 || hits[0].Fact.ID != "no-new-quadrilateral-quasi-alliance" {
		t.Errorf("hits %v; want the fact that no new mechanism came of it first", hits)
	}
}

// A country the store holds nothing of its own on, named after "in" in a question on a
// gathering, says where it was: the question is answered on the gathering, and only so.
func TestSearchCountryAsSetting(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, first string }{
		{"Was there any precedent for the leaders of the four partners attending such a summit, or was their presence in Spain a novelty?", "four-partners-invited-first-time"},
		{"What did the leaders discuss during their encounter in Spain?", "four-country-meeting-ukraine"},
		{"What protests took place in Spain during the summit?", ""}, // the Dokdo protests were not there
	} {
		hits := s.Search(tt.q, 3)
		if got := ""; len(hits) > 0 {
			got = hits[0].Fact.ID
			if got != tt.first {
				t.Errorf("Search(%q) leads with %s, want %q", tt.q, got, tt.first)
			}
		} else if tt.first != "" {
			t.Errorf("Search(%q) found nothing, want %s", tt.q, tt.first)
		}
	}
}

// Who said something is asked straight out, or of what the article says.
func TestAsksWhoSaid(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"who said japan lacks a correct view of history", true},
		{"We quote the line to Park Jin. Who does the article say said it?", true},
		{"who did the article say went to madrid", false},
		{"who chaired the four-country meeting", false},
	} {
		if got := asksWhoSaid(strings.Fields(normalizeName(tc.q))); got != tc.want {
			t.Errorf("asksWhoSaid(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestWithBoneThrown(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{" did japan throw seoul a bone on nukes? ", " did japan take seoul's concerns into account on nukes? "},
		{" did tokyo throw south korea any bone at all ", " did tokyo take south korea's concerns into account at all "},
		{" a bone of contention ", " a bone of contention "},
		{" did they throw the whole of the alliance a bone ", " did they throw the whole of the alliance a bone "},
	} {
		if got := withBoneThrown(tt.q); got != tt.want {
			t.Errorf("withBoneThrown(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// checkSearchLeads checks that each question's search finds its fact first.
func checkSearchLeads(t *testing.T, s *Store, tests []led) {
	t.Helper()
	for _, tt := range tests {
		if hits := s.Search(tt.q, MaxAnswerFacts); len(hits) == 0 || hits[0].Fact.ID != tt.want {
			t.Errorf("Search(%q) = %v; want %s first", tt.q, hits, tt.want)
		}
	}
}

// Everyday words for the export controls and the quarrel over them: to stop sending goods is
// to restrict their export; a stoush or a barney is a dispute. And others of the plain kind.
func TestSearchEverydayExportControls(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	checkSearchLeads(t, s, []led{
		{"what stuff did japan stop sending to korea", "japan-export-controls-july-2019"},
		{"what exactly did japan stop selling korea", "japan-export-controls-july-2019"},
		// Australian: to spit the dummy over something is to protest it, to be up in arms
		// about it to oppose it.
		{"and what did korea spit the dummy over re the island around the same time", "dokdo-korea-protests-bluebook"},
		{"Koreans were up in arms about Japan dumping the Fukushima water into the ocean. What were their worries", "korea-opposes-waste-water-discharge"},
		// Cranky at someone is angry at them; having a crack at someone criticises them;
		// "if things go pear shaped" asks nothing more; the Chinese mob is China, and a
		// policy's angle the policy.
		{"what gets the koreans cranky at japan", "textbooks-yasukuni-anti-japanese-sentiment"},
		{"did Yoon have a crack at China while he was at the summit", "yoon-no-public-china-comments"},
		{"did Biden promise to back Japan and Korea if things go pear shaped up there", "biden-defence-commitment"},
		{"so the Koreans, what's their whole foreign policy angle, they wanna be their own boss or what", "korea-strategic-autonomy-middle-power"},
		{"when did japan start that dodgy export squeeze on korea", "japan-export-controls-july-2019"}, // dodgy is how the asker judges it
		// To go to a summit is to attend it.
		{"Did Japan and South Korea go to the Madrid NATO summit?", "four-partners-invited-first-time"},
		// Asked along is invited; a first go or a debut is a first time.
		{"strewth was that the first go ever the four pacific countries got asked along to nato", "four-partners-invited-first-time"},
		{"was that the debut for the four at nato", "four-partners-invited-first-time"},
		// What is stopping two from working together hinders them; it did not stop.
		{"what's stopping Japan and Korea working together?", "dokdo-barrier-to-cooperation"},
		// Best friends are the closest.
		{"out of the 4 countries which 2 are the best friends", "japan-australia-most-mature"},
		// Nice or mean to a country is friendly or tough on it.
		{"is japan nice or mean to north korea? how", "japan-tough-line-sanctions"},
		// A big plan is a strategy.
		{"what is japan's big plan for diplomacy", "japan-national-normalisation"},
		// Getting the top job is taking office.
		{"before yoon even got the top job did he send anyone over to japan", "yoon-policy-consultation-delegation"},
		// Running for president is campaigning.
		{"what did yoon say he would do when he was running for president", "yoon-campaign-positions"},
		{"when did japan start the export barney with korea over the chip stuff", "japan-export-controls-july-2019"},
	})
}

// An agreement named in any word order is named only with its words close together, unless
// another agreement is named so beside it.
func TestWithAgreementsNamed(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		question string
		want     []string
	}{
		{"what are Japan's 2 main goals in all this alliance stuff", nil},
		{"How does Japan see its alliance with the US?", []string{"us-japan-alliance"}},
		{"Australia's alliance with the United States", []string{"us-australia-alliance"}},
		{"How does Washington describe its alliance with Japan compared to the one with Australia?", []string{"us-japan-alliance", "us-australia-alliance"}},
	} {
		got := s.withAgreementsNamed(nil, s.index.queryTerms(tc.question))
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tc.want))
		if !slices.Equal(got, want) {
			t.Errorf("%q: agreements %v, want %v", tc.question, got, want)
		}
	}
}
