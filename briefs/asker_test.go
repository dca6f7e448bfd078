package briefs

import "testing"

func TestWithoutAsker(t *testing.T) {
	s := realStore(t)
	tests := []struct{ q, want string }{
		{"I work for an ocean conservation group. Why does South Korea object to Japan's discharge?", "Why does South Korea object to Japan's discharge?"},
		{"Hi! I plan airline networks and I'm curious - which air route got restarted?", "which air route got restarted?"},
		{"I'm teaching a unit next week and want the timeline right: when did the Seoul court rule?", "when did the Seoul court rule?"},
		{"hey, quick question: who moderated the four-country meeting?", "who moderated the four-country meeting?"},
		{"Quick one for a class handout: what worries Japan most about North Korea?", "what worries Japan most about North Korea?"},
		// Who asks, before ", but" and a question word.
		{"I'm just a guy who drives a truck, but how were those Pacific countries billed at the NATO thing?", "how were those Pacific countries billed at the NATO thing?"},
		{"I'm no expert, but Japan and Korea still quarrel, right?", "I'm no expert, but Japan and Korea still quarrel, right?"},
		// The country the asker gives as theirs is the one "my country" asks about.
		{"As the New Zealand delegate I need to get this right - what is my country's diplomacy focused on?", "what is New Zealand's diplomacy focused on?"},
		{"I'm Australian. What does my government think of China?", "What does Australia think of China?"},
		{"As the summit opened - what did my country say?", "As the summit opened - what did my country say?"},
		// How the asker wants it told is no part of what is asked.
		{"Keep it simple for an old woman, please. What are Tokyo's two main goals?", "What are Tokyo's two main goals?"},
		// After the question too.
		{"which japan-korea flight route got restarted? i fly it for work lol", "which japan-korea flight route got restarted?"},
		{"what did Hayashi give Yoon? keep it short pls", "what did Hayashi give Yoon?"},
		{"what's Japan's long-term diplomatic aim? I read about it in the papers once.", "what's Japan's long-term diplomatic aim?"},
		{"Why did Seoul protest? I read Japan surveyed near Dokdo.", "Why did Seoul protest? I read Japan surveyed near Dokdo."},
		// A part naming what the store knows is context, not the asker.
		{"I read that Japan protested Korea's survey. How did Korea respond?", "I read that Japan protested Korea's survey. How did Korea respond?"},
		// So is what the asker recalls.
		{"I recall a three-way press event in late 2021 being abandoned. What caused Tokyo's protest on that occasion?", "I recall a three-way press event in late 2021 being abandoned. What caused Tokyo's protest on that occasion?"},
		// …unless the rest names it all again.
		{"Here in Vanuatu we watch Canberra closely - what is Australia's diplomacy focused on?", "what is Australia's diplomacy focused on?"},
		{"I'm Korean and a bit offended—how does the article say Washington sees South Korea's role?", "how does the article say Washington sees South Korea's role?"},
		{"As a Pacific Islander: what role does Australia play in our region?", "As a Pacific Islander: what role does Australia play in our region?"},
		{"As a Filipino I'm curious: did the four leaders talk about China?", "did the four leaders talk about China?"},
		// A country also names again by its leader; after the question too.
		{"My study group is arguing about how excited Washington was. How did Biden describe the meeting?", "How did Biden describe the meeting?"},
		{"When were the progressives in charge in Seoul? I'm a Korean journalist.", "When were the progressives in charge in Seoul?"},
		{"Working at a think tank intern program. Where will South Korea focus its diplomacy?", "Where will South Korea focus its diplomacy?"},
		// Who the asker is, after the question, whatever it names.
		{"How does Japan try to keep China in check? I'm a Chinese student in Osaka, writing about the Quad.", "How does Japan try to keep China in check?"},
		// A question opening with a preposition after a tag is asked, not remarked.
		{"Japan and Australia cooperate only on trade right? in what areas do they work together", "Japan and Australia cooperate only on trade right? in what areas do they work together"},
		// The asker's guess at the answer after it, whatever it names.
		{"Which pair among the four has the most mature cooperation? I'd guess Korea–Japan", "Which pair among the four has the most mature cooperation?"},
		// A remark on the question after it, naming nothing; not a request that goes on with it.
		{"Who's the New Zealand PM the article quotes? The name looks a bit off.", "Who's the New Zealand PM the article quotes?"},
		{"How did Yoon describe the US-Japan-Korea relationship at the meeting? Heard it was a bold line", "How did Yoon describe the US-Japan-Korea relationship at the meeting?"},
		{"What setbacks have China-Australia relations suffered? Give the examples the author cites.", "What setbacks have China-Australia relations suffered? Give the examples the author cites."},
		{"Japan pushes engagement with Pyongyang, right? what approach does it take", "Japan pushes engagement with Pyongyang, right? what approach does it take"}, // a question, unmarked
		// What the asker says of their own circle after the question, whatever it names.
		{"Who chaired the four-way meeting? In our Women's Institute it was always Mrs. Pendleton, and I wondered who ran things in Madrid.", "Who chaired the four-way meeting?"},
		// A short label of the asker or the question.
		{"Analyst question: what is Japan's top diplomatic strategic priority?", "what is Japan's top diplomatic strategic priority?"},
		{"Photo editor here. What flags does the article's photo show?", "What flags does the article's photo show?"},
		// A presenter speaking to their audience, naming nothing; not one naming the topic.
		{"Good morning and welcome back to the sofa! For anyone just pouring their first coffee, let's set the scene — where was this big NATO summit held?", "where was this big NATO summit held?"},
		{"For viewers who want to read the whole thing over their cornflakes — who wrote this analysis?", "who wrote this analysis?"},
		{"Let's start with Dokdo — why do they quarrel?", "Let's start with Dokdo — why do they quarrel?"},
		{"Let's bring it back to the big picture. Does the author think a new mechanism is on its way?", "Does the author think a new mechanism is on its way?"},
		// Not about the asker, or nothing after it.
		{"History: why do Japan and Korea quarrel?", "History: why do Japan and Korea quarrel?"},
		{"I want to know about Dokdo", "I want to know about Dokdo"},
		{"I'm curious.", "I'm curious."},
	}
	checkRewrites(t, "withoutAsker", s.withoutAsker, tests)
}

func TestWithoutCourtesyAsides(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"In the author's assessment, and I should be grateful for a frank rendering of it, was the meeting of real consequence?",
			"In the author's assessment, was the meeting of real consequence?"},
		{"What agreement, I should be interested to know, have Japan and Australia concluded?", "What agreement, have Japan and Australia concluded?"},
		{"Could you name, for the record, the three materials?", "Could you name, the three materials?"},
		{"Whom, pray, did Tokyo send to Seoul, dear reader, for the inauguration?", "Whom, did Tokyo send to Seoul, for the inauguration?"},
		// Kept: an aside that says something, a question without one.
		{"Why, I should be grateful to know, did Seoul, under Moon, scrap GSOMIA?", "Why, did Seoul, under Moon, scrap GSOMIA?"},
		{"Did Tokyo, grateful for the invitation, go to Madrid?", "Did Tokyo, grateful for the invitation, go to Madrid?"},
		{"What did Yoon want?", "What did Yoon want?"},
		// A hedge within a clause leaves no comma behind.
		{"How many people, if any, live on the island?", "How many people live on the island?"},
		{"From whom, one wonders, did the letter come?", "From whom did the letter come?"},
		{"What gesture, if that is the word, did Yoon make?", "What gesture did Yoon make?"},
	} {
		if got := withoutCourtesyAsides(tt.q); got != tt.want {
			t.Errorf("withoutCourtesyAsides(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestWithViewpointAsideAsFor(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"Why, from Seoul's perspective, is compensation a matter on which it cannot yield?", "Why, for Seoul, is compensation a matter on which it cannot yield?"},
		{"How, from the Korean point of view, did the talks go?", "How, for the Korean, did the talks go?"},
		// Kept: an aside that gives no viewpoint, or none at all.
		{"What, from the start, did Tokyo want?", "What, from the start, did Tokyo want?"},
		{"What did Yoon want?", "What did Yoon want?"},
	} {
		if got := withViewpointAsideAsFor(tt.q); got != tt.want {
			t.Errorf("withViewpointAsideAsFor(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestWithoutDescribingAside(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"Turning to Prime Minister Kishida, who seems to have been the driving force on the four-country track, what did he argue beforehand?",
			"Turning to Prime Minister Kishida, what did he argue beforehand?"},
		{"As for the Bluebook, which angered Seoul, when was it published?", "As for the Bluebook, when was it published?"},
		// Inside a question already asking, a clause describing someone.
		{"How did President Biden, who had worked hard to bring Tokyo and Seoul together, characterise the encounter?",
			"How did President Biden characterise the encounter?"},
		// Kept: a clause describing a thing, one after a clause saying when, or before a
		// second part.
		{"How many of the materials, which lay at the heart of the quarrel, did Japan control?", "How many of the materials, which lay at the heart of the quarrel, did Japan control?"},
		{"When the four leaders met, who chaired it, and what did they pledge?", "When the four leaders met, who chaired it, and what did they pledge?"},
		{"Who chaired the meeting, which leaders attended, and what did they pledge?", "Who chaired the meeting, which leaders attended, and what did they pledge?"},
		{"What did Yoon want?", "What did Yoon want?"},
	} {
		if got := withoutDescribingAside(tt.q); got != tt.want {
			t.Errorf("withoutDescribingAside(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// Where the asker is from is no place the question asks about.
func TestUncoveredSkipsTheAsker(t *testing.T) {
	s := realStore(t)
	w, err := NewWorld(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"I'm from Samoa - which Asia Pacific countries did NATO invite to Madrid as partners?",
		"Here in Vanuatu we watch Canberra closely - what is Australia's diplomacy focused on?",
		"Hello from Jakarta. what does the author conclude about US efforts to unite its allies?",
		"In which areas do Japan and Australia coordinate on security? doing research for a student model UN",
		"Who served as the moderator (the chair, as we say in model-UN) of the four-country meeting?",
	} {
		if g, ok := w.Uncovered(q); ok {
			t.Errorf("Uncovered(%q) = %q; the asker's country is not asked about", q, g.Sentence)
		}
	}
	if _, ok := w.Uncovered("What does Samoa think of the summit?"); !ok {
		t.Error("Samoa asked about is not covered")
	}
	// A bracket the asker does not speak in is asked about.
	if _, ok := w.Uncovered("Who served as the moderator (the UN's term) of the four-country meeting?"); !ok {
		t.Error("the UN in brackets is not covered")
	}
	// Nor is the asker asking to be told: that part is the question.
	if g, ok := w.Uncovered("I should like to know how many weekly flights operate on the restored Seoul-Tokyo route, and which carriers fly it. Does the article give those particulars?"); !ok || g.Name != "airlines or their schedules" {
		t.Errorf("the asker's request to be told: Uncovered = %q, %v; want airlines or their schedules", g.Sentence, ok)
	}
}

// Sentences of context before the question keep only what the store can read.
func TestWithoutUnreadContext(t *testing.T) {
	s := realStore(t)
	tests := []struct{ q, want string }{
		{"I live in Busan and saw something about Yoon reaching out to Japan. What did he send over to Tokyo?",
			"Yoon reaching Japan . What did he send over to Tokyo?"},
		// What the asker quotes is what they ask about; "Japan's" opens no quotation.
		{"We attribute the line 'unless Japan has a correct view of history, nothing is solved' to Park Jin. Who does the article say said it?",
			"Japan correct view history solved . Who does the article say said it?"},
		{"Our Japan desk's draft quotes Yoon on \u201cthe region's pillar\u201d of peace. What did he say?",
			"Japan Yoon region pillar peace . What did he say?"},
		// Of what the asker does, only the names are context; what they ask about is read.
		{"Our firm sends a lot of staff back and forth between Seoul and Tokyo. Which air route between the two capitals came back?",
			"Seoul Tokyo . Which air route between the two capitals came back?"},
		{"Our Japan desk asked me about Yoon's inauguration in May. Who did Tokyo send to it?",
			"Japan Yoon inauguration May . Who did Tokyo send to it?"},
		// Before a question naming its own subject, what the asker says of themselves is
		// not read, names included; a pronoun after its name points back at nothing before.
		{"I lived through the Cold War duck-and-cover days. At the summit, what nuclear matters did Tokyo say it wanted to work with NATO countries on?",
			". At the summit, what nuclear matters did Tokyo say it wanted to work with NATO countries on?"},
		{"I'm Korean-American and trying to understand my parents' country better. Besides deterring Pyongyang, what else does Seoul want from its foreign policy?",
			". Besides deterring Pyongyang, what else does Seoul want from its foreign policy?"},
		{"I lived through the Cold War years. What did that meeting in Madrid achieve?",
			"the Cold War . What did that meeting in Madrid achieve?"},
		// What they report having heard is what they ask about: read.
		{"I heard a US-Japan-Korea press conference fell apart in late 2021. what blew it up?",
			"US Japan Korea press conference 2021 . what blew it up?"},
		// What the asker half-remembers, before a question of its own: not read.
		{"The trade quarrel between Tokyo and Seoul, as I remember it, began in 2018 with restrictions on steel. What does the article say Japan actually restricted, and when?",
			"What does the article say Japan actually restricted, and when?"},
		// Asked of those it names by "they", the question still stands alone.
		{"It seemed to me that the four leaders had attended such summits before, perhaps at Brussels. Was Madrid a novelty for those four leaders, or had they been invited previously?",
			"Was Madrid a novelty for those four leaders, or had they been invited previously?"},
		// Asked what was done "in response", it points back at the recollection: read.
		{"Seoul did not take those Japanese trade restrictions lying down, as I recall. What steps does the article say South Korea took in response?",
			"Seoul take Japanese trade restrictions . What steps does the article say South Korea took in response?"},
		// A comment before a colon naming only whom the question names is the asker's.
		{"Australia, which I visited as a student: what does the article say Canberra wants in the region?",
			"what does the article say Canberra wants in the region?"},
		{"Moving on to Seoul, if I may: the author lists two aims for South Korea. Could you give both?",
			"the author lists two aims for South Korea. Could you give both?"},
		{"I was in Tokyo last spring: what did Seoul send there?", "I was in Tokyo last spring: what did Seoul send there?"},
		// Short context, a colon, or a question that is not last: left whole.
		{"Quick one. What did Yoon send to Tokyo?", "Quick one. What did Yoon send to Tokyo?"},
		{"Which came first: Japan's export curbs or Korea's GSOMIA announcement?", "Which came first: Japan's export curbs or Korea's GSOMIA announcement?"},
		{"What did the leaders talk about in their meeting in Madrid? Anything concrete at all.", "What did the leaders talk about in their meeting in Madrid? Anything concrete at all."},
	}
	checkRewrites(t, "withoutUnreadContext", s.withoutUnreadContext, tests)
	if ids := answerIDs(s, "I live in Busan and saw something about Yoon reaching out to Japan even before he was sworn in. What did he send over to Tokyo before taking office?"); len(ids) == 0 || ids[0] != "yoon-policy-consultation-delegation" {
		t.Errorf("what Yoon sent, after context = %v, want the delegation first", ids)
	}
}

// checkRewrites checks that rewrite, called name, turns each question into what is wanted.
func checkRewrites(t *testing.T, name string, rewrite func(string) string, tests []struct{ q, want string }) {
	t.Helper()
	for _, tt := range tests {
		if got := rewrite(tt.q); got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", name, tt.q, got, tt.want)
		}
	}
}

// "Our prime minister" is the asker's country's when the asker has said which it is.
func TestWithOwnCountry(t *testing.T) {
	s := realStore(t)
	tests := []struct{ q, want string }{
		{"Kiwi here - what did our PM say about China after getting back from the NATO summit?", "Kiwi here - what did New Zealand's PM say about China after getting back from the NATO summit?"},
		{"I'm Australian. Who was our prime minister at Madrid?", "I'm Australian. Who was Australia's prime minister at Madrid?"},
		{"As a Korean: what did our president say about Japan?", "As a Korean: what did South Korea's president say about Japan?"},
		// No country said, or not the asker's own.
		{"What did our PM Ardern say about China after Madrid?", "What did our PM Ardern say about China after Madrid?"},
		{"Japan protested. What did our government do?", "Japan protested. What did our government do?"},
		{"I'm Korean. What did our ally say?", "I'm Korean. What did our ally say?"},
		{"I'm Korean. What did the four leaders say?", "I'm Korean. What did the four leaders say?"}, // "four " is no "our"
		{"AUSSIE HERE - WHAT DID OUR PM SAY?", "AUSSIE HERE - WHAT DID Australia's PM SAY?"},
		// An Australian's words tell the country without a word on it.
		{"who was our PM when he went to Madrid, Albo or ScoMo", "who was Australia's PM when he went to Madrid, Albo or ScoMo"},
		{"righto who was our prime minister at the madrid thing", "righto who was Australia's prime minister at the madrid thing"},
		{"strewth hows our relationship with south korea stack up against japan", "strewth hows Australia's relationship with south korea stack up against japan"},
		{"Kiwi here: what is our foreign policy about?", "Kiwi here: what is New Zealand's foreign policy about?"},
		{"who was our prime minister at the madrid thing, what's his name", "who was our prime minister at the madrid thing, what's his name"},
	}
	checkRewrites(t, "WithOwnCountry", s.WithOwnCountry, tests)
}

func TestWithoutClosingCourtesy(t *testing.T) {
	tests := []struct{ q, want string }{
		{"My colleagues have asked which air link between Seoul and Tokyo resumed service. Could you assist?",
			"My colleagues have asked which air link between Seoul and Tokyo resumed service?"},
		{"What understanding had the defence ministers reached ahead of the summit? I would welcome a short summary.",
			"What understanding had the defence ministers reached ahead of the summit?"},
		{"What makes anti-Japanese feeling in Korea grow? Give examples",
			"What makes anti-Japanese feeling in Korea grow?"},
		{"What makes anti-Japanese feeling in Korea grow? Give examples of textbooks.",
			"What makes anti-Japanese feeling in Korea grow? Give examples of textbooks."}, // asks of something of its own
		{"How representative of Korean opinion is that former minister's position? I should be grateful if you could convey the article's judgement.",
			"How representative of Korean opinion is that former minister's position?"},
		// A last sentence asking something of its own, or a short message: left whole.
		{"Our desk covers Japan. Could you explain the Dokdo dispute?", "Our desk covers Japan. Could you explain the Dokdo dispute?"},
		{"Dokdo. Could you assist?", "Dokdo. Could you assist?"},
	}
	checkRewrites(t, "withoutClosingCourtesy", withoutClosingCourtesy, tests)
}

func TestWithoutAskersFrame(t *testing.T) {
	tests := []struct{ q, want string }{
		{"My colleagues in the transport directorate have asked which air link resumed?", "which air link resumed?"},
		{"I wonder why Seoul protested?", "why Seoul protested?"},
		{"I asked Japan's embassy about Dokdo. What did it say?", "I asked Japan's embassy about Dokdo. What did it say?"},
		{"Why did Seoul protest?", "Why did Seoul protest?"},
	}
	checkRewrites(t, "withoutAskersFrame", withoutAskersFrame, tests)
}

// A question relayed with who sent it is the question alone.
func TestWithoutSender(t *testing.T) {
	tests := []struct{ q, want string }{
		{"Brenda in Leeds asks what Tokyo calls Dokdo.", "what Tokyo calls Dokdo."},
		{"Sam from Port Talbot wants to know why Seoul scrapped GSOMIA.", "why Seoul scrapped GSOMIA."},
		{"Nell in Ayr asks: who chaired the four-way meeting?", "who chaired the four-way meeting?"},
		{"Who chaired the four-way meeting? That's from Nell in Ayr.", "Who chaired the four-way meeting?"},
		// A host introduces the caller, or names their town and a colon; a caller's town is
		// no place asked about ("Caller Jill from Canberra").
		{"Caller Jill from Canberra: which two of the four countries have the most mature partnership?", "which two of the four countries have the most mature partnership?"},
		{"Next up is Rosa from Tijuana: how big is that island?", "how big is that island?"},
		{"Got Hiroshi calling from Vancouver: before Yin Xiyue even took office, what did he send over to Japan?", "before Yin Xiyue even took office, what did he send over to Japan?"},
		{"Caller Irma from Houston wants the bottom line: can the US pull its Asia-Pacific allies together easily?", "can the US pull its Asia-Pacific allies together easily?"},
		{"Okay, first caller tonight is Gary from Leicester, and Gary's asking: where exactly was the summit?", "where exactly was the summit?"},
		{"Caller Mi-rae from Toronto asks what Chung Eui-yong said.", "what Chung Eui-yong said."},
		// A listener named without a town, and what they say before the host asks for them.
		{"Caller Abby: where does the author work?", "where does the author work?"},
		{"Listener Jo asks why Seoul scrapped GSOMIA.", "why Seoul scrapped GSOMIA."},
		{"Listener Mike says the whole thing's a power play. Why is Washington pushing NATO into Asia?", "Why is Washington pushing NATO into Asia?"},
		{"Kishida says the summit mattered. Why?", "Kishida says the summit mattered. Why?"},
		// Names the question asks about are no sender.
		{"Kishida in Madrid asked for more NATO summits, didn't he?", "Kishida in Madrid asked for more NATO summits, didn't he?"},
		{"Japan in 2019 asks what?", "Japan in 2019 asks what?"},
	}
	checkRewrites(t, "withoutSender", withoutSender, tests)
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Brenda in Leeds asks why Tokyo sticks so close to Washington on North Korea.", "japan-fears-abandonment-north-korea"},
	})
}

func TestWithoutPurposeTail(t *testing.T) {
	tests := []struct{ q, want string }{
		{"I should be grateful if you could set out Canberra's diplomatic priorities, for the Australia desk's briefing pack.",
			"I should be grateful if you could set out Canberra's diplomatic priorities."},
		{"How do Tokyo and Seoul differ on North Korea? A brief comparison for the Minister's folder?", "How do Tokyo and Seoul differ on North Korea? A brief comparison?"},
		{"When did Seoul drop GSOMIA, for my timeline?", "When did Seoul drop GSOMIA?"},
		// What the question asks for, not what it is for: left whole.
		{"What did Japan ask for the four countries?", "What did Japan ask for the four countries?"},
	}
	checkRewrites(t, "withoutPurposeTail", withoutPurposeTail, tests)
}

// A clause between commas that names nothing and only says when, by a relative "when",
// sets the scene; one that asks when stays.
func TestWithoutSceneSetting(t *testing.T) {
	s := realStore(t)
	rewrite := func(q string) string { r, _ := s.withoutSceneSetting(q); return r }
	checkRewrites(t, "withoutSceneSetting", rewrite, []struct{ q, want string }{
		{"When Tokyo tightened its export controls on Seoul in 2019, at a moment when grievances were already souring relations, which goods were targeted?",
			"When Tokyo tightened its export controls on Seoul in 2019, which goods were targeted?"},
		{"Turning to the trade dispute, when did it begin, and which goods did it touch?",
			"Turning to the trade dispute, when did it begin, and which goods did it touch?"},
		// A relative clause on what came before asks nothing, whatever it names.
		{"As regards Tokyo's own motives, which the article contrasts with those of Seoul, what are Japan's two goals?",
			"As regards Tokyo's own motives, what are Japan's two goals?"},
		// A "when" after a time says of it, asking nothing.
		{"Casting our minds back to the summer of 2019, when relations reached a nadir, what trade measures did Tokyo take against Seoul?",
			"what trade measures did Tokyo take against Seoul?"},
		{"In 2019, when did Tokyo tighten its controls, and why?",
			"when did Tokyo tighten its controls, and why?"},
	})
}

// A closing clause giving what the asker bears in mind is dropped; one that does not close
// the question, or follows no question, stays.
func TestWithoutGivenTail(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"How do Canberra and Wellington differ in the focus of their diplomacy, given that both are situated in the same part of the world?", "How do Canberra and Wellington differ in the focus of their diplomacy?"},
		{"Why does Seoul hesitate, considering its alliance with Washington?", "Why does Seoul hesitate?"},
		{"I had assumed their agenda would be dominated by the war, given the setting. What did they focus on?", "I had assumed their agenda would be dominated by the war, given the setting. What did they focus on?"},
		{"Japan hesitated, given its history", "Japan hesitated, given its history"}, // no question before it
	} {
		if got := withoutGivenTail(tt.q); got != tt.want {
			t.Errorf("withoutGivenTail(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// What a text of the asker's own says is reported, as what they read is.
func TestWithoutReport(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"I read that Boris Johnson met Kishida", "Boris Johnson met Kishida"},
		{"I read somewhere that Yoon sent a delegation", "Yoon sent a delegation"},
		{"Our summary says that the trilateral was about Ukraine", "the trilateral was about Ukraine"},
		{"our notes say Yoon went to Tokyo", "Yoon went to Tokyo"},
		{"My draft says the Quad has five members", "the Quad has five members"},
		{"My country says nothing", "My country says nothing"},
		{"Our summit coverage says little", "Our summit coverage says little"}, // no text of theirs named
		{"Our country says nothing", "Our country says nothing"},
		{"Draft: 'The leaders' meeting was in 2019.' What year is right?", "The leaders' meeting was in 2019. What year is right?"},
		{"Our summary: \u201cTokyo protested.\u201d Why?", "Tokyo protested. Why?"},
	} {
		if got := withoutReport(tt.q); got != tt.want {
			t.Errorf("withoutReport(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// An aside between dashes in which the asker hedges how a name is said is no part of what is
// asked; other dashed asides are.
func TestWithoutHedgedDashAside(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"before the president — Yoon, or Yin, however you say it — took office", "before the president took office"},
		{"did Lin - however it's spelled - go to Seoul?", "did Lin go to Seoul?"},
		{"who chaired the meeting — was it Kishida — in Madrid?", "who chaired the meeting — was it Kishida — in Madrid?"},
	} {
		if got := withoutHedgedDashAside(tt.q); got != tt.want {
			t.Errorf("withoutHedgedDashAside(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// A closing clause likening what is asked to something else is no part of what is asked; a
// question after it, or a likeness asked about, is.
func TestWithoutAnalogyTail(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"Which is the weakest link among the four — much like India–China is in some groupings?", "Which is the weakest link among the four?"},
		{"Are Japan and Australia close, just like the US and the UK?", "Are Japan and Australia close?"},
		{"Is it much like the Quad? What does the author say?", "Is it much like the Quad? What does the author say?"},
		{"What does Seoul like about Tokyo?", "What does Seoul like about Tokyo?"},
	} {
		if got := withoutAnalogyTail(tt.q); got != tt.want {
			t.Errorf("withoutAnalogyTail(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// A closing clause saying how plainly to answer is no part of what is asked.
func TestWithoutMannerTail(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"What does Japan want, as simply as you would tell a child?", "What does Japan want?"},
		{"Could you list them as plainly as you can?", "Could you list them?"},
		{"Is Seoul as close to Tokyo as Canberra is?", "Is Seoul as close to Tokyo as Canberra is?"},
	} {
		if got := withoutMannerTail(tt.q); got != tt.want {
			t.Errorf("withoutMannerTail(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// A closing clause in which the asker says why they ask is no part of what is asked; an
// aside ("as I recall") or a clause of the question's own is.
func TestWithoutAskersReason(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"What is South Korea's GDP, because I think that would explain its diplomacy?", "What is South Korea's GDP?"},
		{"Which university did the author study at, since I want to cite him?", "Which university did the author study at?"},
		{"What, as I recall, did the ministers agree?", "What, as I recall, did the ministers agree?"},
		{"Why did Seoul protest, because of the survey?", "Why did Seoul protest, because of the survey?"},
		// A reason closing a part before the question leaves the question.
		{"Let's get the diary straight, because my producer's shouting in my ear — what date did the summit open?", "Let's get the diary straight — what date did the summit open?"},
		// A wish after the question asks nothing more; a question after it does.
		{"What did Canada's premier say in Madrid? I'd love to know Ottawa's take.", "What did Canada's premier say in Madrid?"},
		{"Who went? I'm curious whether Albanese did, and why?", "Who went? I'm curious whether Albanese did, and why?"},
	} {
		if got := withoutAskersReason(tt.q); got != tt.want {
			t.Errorf("withoutAskersReason(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// A claim the asker heard, then asked about with "Is that true?", is the claim put to be
// checked, or, with a question after it, the claim and that question.
func TestWithThatChecked(t *testing.T) {
	checkRewrites(t, "withThatChecked", withThatChecked, []struct{ q, want string }{
		{"A friend says Seoul went to the WTO. Is that true?", "A friend says Seoul went to the WTO, right?"},
		{"I read that Yoon sent envoys to Tokyo. Is that right, or what did he send?", "I read that Yoon sent envoys to Tokyo. What did he send?"},
		{"Is that true that Seoul went to the WTO?", "Is that true that Seoul went to the WTO?"},
		{"Did Seoul go to the WTO?", "Did Seoul go to the WTO?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"A friend says Yoon chaired the four-way meeting. Is that true, or who did?", "kishida-moderates-four-country-meeting"},
	})
}

// A headline's label none of whose words the facts use is no part of the question; one of the
// facts' words is its topic.
func TestAfterPunLabel(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"Red pen: who edited the piece?", "who edited the piece?", true},
		{"Ivory tower: which institute does the author hail from?", "which institute does the author hail from?", true},
		{"History: why do Japan and Korea quarrel?", "History: why do Japan and Korea quarrel?", false},
		{"Pillar talk: what lofty label did Yoon pin on the partnership?", "Pillar talk: what lofty label did Yoon pin on the partnership?", false},
		{"Note: the summit was in Madrid.", "Note: the summit was in Madrid.", false},
	} {
		if got, ok := s.afterPunLabel(tt.q); got != tt.want || ok != tt.ok {
			t.Errorf("afterPunLabel(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

// How often something is usually done asks what is done: "usually" is no word to find.
func TestUsuallyAsksWhatIsDone(t *testing.T) {
	s := realStore(t)
	checkAmong(t, s, []led{
		{"What do Australia and New Zealand usually work on together?", "australia-new-zealand-south-pacific"},
		{"What do Australia and New Zealand typically cooperate on?", "australia-new-zealand-south-pacific"},
	})
}

// Words before a dash that name nothing and sink a question standing alone after it are the
// asker's lead-in; words naming what the article may not cover are not.
func TestAfterDashLeadIn(t *testing.T) {
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Follow-up on substance — what issue did the trilateral talks focus on most?", "trilateral-talks-focus-north-korea"},
	})
	if ids := answerIDs(s, "I bet the big story in Madrid was Finland and Sweden — did the article say when they were invited to join NATO?"); len(ids) > 0 {
		t.Errorf("a lead-in naming Finland and Sweden was dropped: %v", ids)
	}
}

// A quizmaster's points, round, options and cheers frame the question; they are not asked.
func TestWithoutQuizFrame(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"For 250 points: what did the trilateral focus on most? A) climate finance, B) Pyongyang's nukes, C) Arctic shipping lanes — for the win!", "what did the trilateral focus on most?"},
		{"Bonus round, 150 points! Was Madrid the debut for those four leaders at a NATO summit? A) yes, B) no, they're regulars", "Was Madrid the debut for those four leaders at a NATO summit?"},
		{"Before he took office, what did Yoon send to Japan — A) a cultural troupe, B) a team of policy advisers, C) a baseball squad? 250 points!", "Before he took office, what did Yoon send to Japan?"},
		{"For 200 points: which list did Japan propose to remove South Korea from? For the win!", "which list did Japan propose to remove South Korea from?"},
		{"Jackpot question, 500 points! The author says Japan's main goals come down to two points — name either one for the win!", "The author says Japan's main goals come down to two points"},
		{"Multiple choice, 10 points: the four-way meeting is best described as (a) a breakthrough, (b) mostly for show, (c) a military pact?", "the four-way meeting is best described as?"},
		{"For 15 points, caller: what's the area of the disputed Dokdo island, according to the article?", "what's the area of the disputed Dokdo island, according to the article?"},
		{"Name the Japanese nuclear power plant whose waste water is being released into the sea. 10 points.", "Name the Japanese nuclear power plant whose waste water is being released into the sea."},
		{"Yes or no, plus a reason for the bonus: can Japan and Australia completely abandon cooperation with China?", "can Japan and Australia completely abandon cooperation with China?"},
		{"Lightning round: name anything the three trilateral leaders said they'd do together on North Korea. One point per item!", "name anything the three trilateral leaders said they'd do together on North Korea."},
		{"For 10 points: why did Seoul protest? The Bluebook, correct?", "why did Seoul protest? The Bluebook, correct?"}, // a guess, not a quiz's words
		// A label naming what is asked about is no quiz frame; nor are the article's points.
		{"The Dokdo question: who claims the island?", "The Dokdo question: who claims the island?"},
		{"What are the two points of Japan's main goals?", "What are the two points of Japan's main goals?"},
	} {
		if got := withoutQuizFrame(tt.q); got != tt.want {
			t.Errorf("withoutQuizFrame(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestWithWayAsHow(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"Name one way Japan has curbed China", "How Japan has curbed China"},
		{"What way has Tokyo curbed Beijing?", "How has Tokyo curbed Beijing?"},
		{"name one channel through which Japan has curbed China, according to the article.", "How Japan has curbed China, according to the article."},
		{"What is one way that Seoul answered Tokyo's export controls?", "How Seoul answered Tokyo's export controls?"},
		{"Give one means by which Canberra shows its value to Washington", "How Canberra shows its value to Washington"},
		// Asked how to, of a method with no clause, or of the way as a thing: left as typed.
		{"Name one way to curb China", "Name one way to curb China"},
		{"Name one method Japan has used to curb China", "Name one method Japan has used to curb China"},
		{"What means does Japan have?", "What means does Japan have?"},
		{"Which four-way meeting did Kishida chair?", "Which four-way meeting did Kishida chair?"},
		{"What was the three-way meeting about?", "What was the three-way meeting about?"},
	} {
		if got := withWayAsHow(tt.q); got != tt.want {
			t.Errorf("withWayAsHow(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// "Who is X that…" asks who X is: the clause only recalls where the asker met the name.
func TestAnswerPersonDescribed(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"who is Adrian that spoke about China?", "ardern-cooperate-with-china"},
		{"Who is Ardern, who spoke about China?", "ardern-cooperate-with-china"},
	})
	for _, q := range []string{"Who is the minister that visited Dokdo?", "Who is it that Japan blames?"} {
		if got := s.withoutPersonDescribed(q); got != q {
			t.Errorf("withoutPersonDescribed(%q) = %q, want it as typed: no person the store knows", q, got)
		}
	}
}

func TestWithAskingAfterWhenClause(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"When Japan kick Korea out of the white list, Seoul how respond?", "When Japan kick Korea out of the white list, how Seoul respond?"},
		{"When Yoon took office, Japan sent who?", "When Yoon took office, who Japan sent?"},
		// Asked first already, or asked when: left as typed.
		{"When Japan kicked Korea out, what did Seoul do?", "When Japan kicked Korea out, what did Seoul do?"},
		{"When did Japan tighten export controls, and why?", "When did Japan tighten export controls, and why?"},
	} {
		if got := withAskingAfterWhenClause(tt.q); got != tt.want {
			t.Errorf("withAskingAfterWhenClause(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	checkLeads(t, realStore(t), []led{
		{"When Japan kick Korea out of the white list, Seoul how respond?", "korea-removes-japan-white-list"},
	})
}

// Framed so, the question is answered as asked plainly.
func TestAnswerQuizQuestion(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"For 200 points: which list did Japan propose to remove South Korea from? For the win!", "japan-white-list-removal-proposal"},
		{"For 250 points: what did the trilateral focus on most? A) climate finance, B) Pyongyang's nukes, C) Arctic shipping lanes — for the win!", "trilateral-talks-focus-north-korea"},
		{"Starter: name one channel through which Japan has curbed China, according to the article.", "japan-curbs-china-via-alliance-quad"},
		{"Name one way Japan has curbed China", "japan-curbs-china-via-alliance-quad"},
	})
}

func FuzzWithoutQuizFrame(f *testing.F) {
	f.Add("For 250 points: what? A) x, B) y — for the win!")
	f.Add("A) B) ?")
	f.Fuzz(func(t *testing.T, q string) {
		// It only takes away, but for the question mark it may put back where options stood.
		if got := withoutQuizFrame(q); len(got) > len(q)+1 {
			t.Errorf("withoutQuizFrame(%q) = %q, longer than the question", q, got)
		}
	})
}
