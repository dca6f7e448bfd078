package briefs

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// answerIDs is the fact ids of the answer to q, in order.
func answerIDs(s *Store, q string) []string {
	var ids []string
	b := s.Answer(q)
	for _, f := range b.Facts() {
		ids = append(ids, f.ID)
	}
	return ids
}

// An answer reads the question's shape: its subject leads, "why" leads with a reason, "how do
// A and B differ" brings each side's own position, an agreement named in any order is found,
// and everyday words, irregular verbs and American spellings read as the facts' words.
// A question asking when is not answered by facts that give no time: the article tells of
// Japan's plan to discharge the Fukushima water, not when it began.
func TestAsksHowMany(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"How many countries were invited?", true},
		{"Number of plaintiffs in the 2013 comfort women mediation?", true},
		{"Total number of victims?", true},
		{"What number did Biden call?", false},
	} {
		if got := asksHowMany(strings.Fields(normalizeName(tt.q))); got != tt.want {
			t.Errorf("asksHowMany(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestAsksForDate(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"When did Japan restrict exports to South Korea?", true},
		{"In what year did Seoul drop GSOMIA?", true},
		{"Who met, and when?", true}, // asked last, it is asked too
		{"Who met in Madrid, and when did they meet?", true},
		{"When it comes to North Korea, what is Tokyo most worried about?", false},
		{"What does Japan care about when it comes to North Korea?", false},
		// A clause of when, then another question, asks that question.
		{"When Japan, Korea, Australia and NZ met, what did they talk about?", false},
		{"When did Japan, Korea, Australia and NZ meet?", true},
		{"when'd seoul drop gsomia", true}, // spoken, as "when did"
		{"When’s the next trilateral?", true},
		{"When did Tokyo impose the controls, and why?", true},
		// An aside after the opener still asks for a date.
		{"On what date, for the record, did Tokyo commence releasing the treated water?", true},
		// Typed as a search, the date word first.
		{"Year Tokyo and Canberra signed the reciprocal access agreement?", true},
	} {
		if got := asksForDate(tt.q); got != tt.want {
			t.Errorf("asksForDate(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestWithGuessJoined(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"Why is Seoul friendlier to Beijing than Tokyo is? just tourism?", "Why is Seoul friendlier to Beijing than Tokyo is, just tourism?"},
		{"What did the four leaders talk about? Anything concrete?", "What did the four leaders talk about, Anything concrete?"},
		{"so what did the four leaders mostly talk about? Russia and Syria?", "so what did the four leaders mostly talk about, Russia and Syria?"},
		// A second question, or a statement before one, stays as it is.
		{"Who chaired the meeting? was it Yoon?", "Who chaired the meeting? was it Yoon?"},
		{"Who chaired the meeting? Why?", "Who chaired the meeting? Why?"},
		{"Japan calls it Takeshima, right? Takeshima?", "Japan calls it Takeshima, right? Takeshima?"},
		{"What is the author's view? Tell me in a few words please?", "What is the author's view? Tell me in a few words please?"},
		{"Why did Seoul protest?", "Why did Seoul protest?"},
	} {
		if got := withGuessJoined(tt.q); got != tt.want {
			t.Errorf("withGuessJoined(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestWithoutOpeningFillers(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"So when exactly did Japan start discharging the water?", "when exactly did Japan start discharging the water?"},
		{"Okay, and what did Yoon say?", "what did Yoon say?"},
		{"ok so quick one", "quick one"},
		{"wait, what's the court case thing about?", "what's the court case thing about?"},
		{"quick q: what's the white list drama", "what's the white list drama"},
		{"honestly why did he go", "why did he go"},
		{"Waiting times at Gimpo?", "Waiting times at Gimpo?"}, // a whole word only
		{"And on the flip side, what was Seoul protesting?", "on the flip side, what was Seoul protesting?"},
		// Only a whole word, and "right" or "well" only set off by a comma.
		{"Sorry, who is Ardern?", "Sorry, who is Ardern?"},
		{"Well-known facts about Dokdo?", "Well-known facts about Dokdo?"},
		{"Right-wing views in Japan?", "Right-wing views in Japan?"},
		{"so", "so"},
		// "So that" opens the asker's purpose, read as such later.
		{"So that I may use the correct term, what does Tokyo call the island?", "So that I may use the correct term, what does Tokyo call the island?"},
		// A crossword clue's count of letters.
		{"Nine letters: what Japan calls the islet?", "what Japan calls the islet?"},
		{"Twelve letters, plural: which camp was cautious?", "which camp was cautious?"},
		{"Seven letters of the alphabet are vowels, aren't they?", "Seven letters of the alphabet are vowels, aren't they?"},
		// A time frame that only says "now".
		{"In recent years, what has South Korea's policy toward China been?", "what has South Korea's policy toward China been?"},
		{"Recently, how did Seoul respond?", "how did Seoul respond?"},
		{"Recently held talks?", "Recently held talks?"},
	} {
		if got := withoutOpeningFillers(tt.q); got != tt.want {
			t.Errorf("withoutOpeningFillers(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestWithoutGuessedAnswer(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"why did the press conference fall apart - a North Korean missile test?", "why did the press conference fall apart?"},
		{"Seoul's Dokdo complaint was about what, a Japanese warship?", "Seoul's Dokdo complaint was about what?"},
		{"the comfort women victims went to court when, like 2020?", "the comfort women victims went to court when?"},
		{"So what did those four leaders talk about - Taiwan and the South China Sea?", "So what did those four leaders talk about?"},
		{"Why did Kishida really go to the Madrid summit, to buy weapons?", "Why did Kishida really go to the Madrid summit?"},
		{"Why is Seoul softer on Beijing, mainly tourism?", "Why is Seoul softer on Beijing?"},
		{"What do Tokyo and Canberra cooperate on, mostly space?", "What do Tokyo and Canberra cooperate on?"},
		{"so what did the four leaders mostly talk about, Russia and Syria?", "so what did the four leaders mostly talk about?"},
		{"besides comfort women and labor, what else stirs anti-Japanese feeling in Korea, the Olympics?", "besides comfort women and labor, what else stirs anti-Japanese feeling in Korea?"},
		{"What did Japan restrict, the chips?", "What did Japan restrict, the chips?"}, // too short to be sure it asks before the guess
		// A why-question's other clauses are no guess.
		{"Why, in the author's view, is Seoul softer on Beijing?", "Why, in the author's view, is Seoul softer on Beijing?"},
		// Kept: alternatives, a second question, a half-remembered guess, a statement.
		{"Which came first - Japan's export curbs or Korea dropping GSOMIA?", "Which came first - Japan's export curbs or Korea dropping GSOMIA?"},
		{"What did Biden promise at the trilateral — did he repeat the defence pledge?", "What did Biden promise at the trilateral — did he repeat the defence pledge?"},
		{"What is Japan's big aim — something about becoming a 'normal' country?", "What is Japan's big aim — something about becoming a 'normal' country?"},
		{"What place does Seoul hold in US strategy — and Wellington?", "What place does Seoul hold in US strategy — and Wellington?"},
		{"Japan and Korea - friends now?", "Japan and Korea - friends now?"},
	} {
		if got := withoutGuessedAnswer(tt.q); got != tt.want {
			t.Errorf("withoutGuessedAnswer(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestWithoutUnreadGuess(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, want string }{
		{"What is the US trying to put together in Asia, some kind of Asian EU?", "What is the US trying to put together in Asia?"},
		{"What does Tokyo want out of the trilateral, isn't it mostly about getting cheap Korean chips?", "What does Tokyo want out of the trilateral?"},
		{"beyond pleasantries, what did the four leaders say they'd do - cooperate with the EU?", "beyond pleasantries, what did the four leaders say they'd do?"},
		{"Which two of the four take the hardest line on Beijing, Korea and New Zealand?", "Which two of the four take the hardest line on Beijing?"},
		{"who's the weakest link among the four Asia-Pacific partners, New Zealand?", "who's the weakest link among the four Asia-Pacific partners?"},
		{"what does the author call the weakest link among the four, Australia-NZ?", "what does the author call the weakest link among the four?"},
		{"Who chaired the four's meeting, maybe Australia?", "Who chaired the four's meeting?"},
		// Kept: alternatives to choose from, a guess in the facts' own words, a tag, a second
		// question, a statement.
		{"who follows Washington's line more, Tokyo or Seoul?", "who follows Washington's line more, Tokyo or Seoul?"},
		{"What is Japan's big aim, something about becoming a normal country?", "What is Japan's big aim, something about becoming a normal country?"},
		{"When conservatives ran South Korea they were wary of the trilateral, right?", "When conservatives ran South Korea they were wary of the trilateral, right?"},
		{"What did Kishida say, and who met him at the bakery?", "What did Kishida say, and who met him at the bakery?"},
		{"Japan wants an Asian EU, some kind of club?", "Japan wants an Asian EU, some kind of club?"},
	} {
		if got := s.withoutUnreadGuess(tt.q); got != tt.want {
			t.Errorf("withoutUnreadGuess(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestAsksHowTo(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"How do I get from Gimpo airport to downtown Seoul?", true},
		{"So, can you recommend a hotel near the summit venue?", true},
		{"How do I cite this article?", false},
		{"How did Japan respond to Seoul?", false},
		{"Where did the four leaders meet?", false},
	} {
		if got := asksHowTo(tt.q); got != tt.want {
			t.Errorf("asksHowTo(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestAsksNextEvent(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"In which city is NATO's next summit to be held?", true},
		{"In which city is the alliance's following summit to be held?", true},
		{"When is the next US-Japan-South Korea leaders' meeting planned?", true},
		{"What did Japan do next?", false},
		{"What did Japan do next, and what did the three agree at their meeting?", false},
		{"What happened at the following meeting of the four?", true},
		{"What did the three leaders agree at their subsequent summit at Camp David?", true},
		{"What did the three leaders agree at their meeting?", false},
		{"Which city hosts the summit after Madrid?", true},
		{"What did Ardern say about China after Madrid?", false},
	} {
		if got := s.asksNextEvent(tt.q); got != tt.want {
			t.Errorf("asksNextEvent(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestWithoutRequest(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"Could you remind me who serves as South Korea's foreign minister?", "who serves as South Korea's foreign minister?"},
		{"Would you be so kind as to tell me what President Putin said in Madrid?", "what President Putin said in Madrid?"},
		{"I should be obliged if you could let me know when the summit opened.", "when the summit opened."},
		{"It would assist my understanding to know what gesture Yoon made towards Tokyo.", "what gesture Yoon made towards Tokyo."},
		{"It would help me to understand how progressive governments regarded the trilateral.", "how progressive governments regarded the trilateral."},
		{"Could you set out how Canberra seeks to show its worth?", "how Canberra seeks to show its worth?"},
		// After what it is on.
		{"As for Canberra, could you set out how Australia seeks to show its worth?", "As for Canberra, how Australia seeks to show its worth?"},
		// After what the asker says first, which stays.
		{"I understand a press event was cut short; could you set out what incident caused it?", "I understand a press event was cut short; what incident caused it?"},
		// Kept: no question after the request, or no request.
		{"Could you tell me about Dokdo?", "Could you tell me about Dokdo?"},
		{"On China, could you set out the means Tokyo used?", "On China, could you set out the means Tokyo used?"},
		{"What did Japan tell Korea?", "What did Japan tell Korea?"},
	} {
		if got := withoutRequest(tt.q); got != tt.want {
			t.Errorf("withoutRequest(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestWithoutClosingHedge(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"When had the three leaders last met before Madrid, 2019 I think?", "When had the three leaders last met before Madrid, 2019?"},
		{"Who chaired the four's meeting, Kishida if I'm not mistaken", "Who chaired the four's meeting, Kishida?"},
		{"When did Japan restrict exports, 2019 or so?", "When did Japan restrict exports, 2019?"},
		// Kept: a view asked, a hedge inside the question.
		{"What does the author think?", "What does the author think?"},
		{"What do I think Japan wants?", "What do I think Japan wants?"},
	} {
		if got := withoutClosingHedge(tt.q); got != tt.want {
			t.Errorf("withoutClosingHedge(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// What agreement two countries signed is answered by the one the article names, among the first.
// An agreement of others (GSOMIA, Japan and Korea's) does not answer it.
func TestAnswerNamesTheAgreementAsked(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{
		"What agreement did Tokyo and Canberra sign as part of their close defense ties?",
		"Japan and Australia signed a free trade deal? what agreement does the article mention",
	} {
		if ids := answerIDs(s, q); !slices.Contains(ids[:min(len(ids), 2)], "japan-australia-reciprocal-access") {
			t.Errorf("%q: facts %v; want japan-australia-reciprocal-access among the first two", q, ids)
		}
	}
}

func TestOtherThreeNamed(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, want string }{
		{"other three reaction to kishida four-way push", "South Korea, Australia and New Zealand reaction to kishida four-way push"},
		{"At the four-way talks, what did the other three partners signal?", "At the four-way talks, what did South Korea, Australia and New Zealand signal?"},
		// Set apart from Japan, or with Japan unnamed, they stay as asked.
		{"What is Japan's goal compared to the other three partners?", "What is Japan's goal compared to the other three partners?"},
		{"What did the other three do?", "What did the other three do?"},
		// On China at the summit, the article's other three are those besides Japan.
		{"did the other three keep totally quiet on china at the summit?", "did South Korea, Australia and New Zealand keep totally quiet on china at the summit?"},
		{"did the other three keep quiet on china?", "did the other three keep quiet on china?"},
	} {
		if got := s.otherThreeNamed(tt.q); got != tt.want {
			t.Errorf("otherThreeNamed(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// "The three other than Japan" names the three partners left of the article's four.
func TestThreeOtherThanNamed(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"did the three countries other than Japan criticize Beijing during the summit?", "did South Korea, Australia and New Zealand criticize Beijing during the summit?"},
		{"What did the three except for Seoul say?", "What did Japan, Australia and New Zealand say?"},
		{"Did the three besides Japanese firms agree?", "Did the three besides Japanese firms agree?"},
		{"What are the three goals other than growth?", "What are the three goals other than growth?"},
	} {
		if got := threeOtherThanNamed(tt.q); got != tt.want {
			t.Errorf("threeOtherThanNamed(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	s := realStore(t)
	q := "did the three countries other than Japan criticize Beijing during the summit?"
	if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != "other-three-criticised-china" {
		t.Errorf("%q = %v; want other-three-criticised-china first", q, ids)
	}
}

// What one country means for another, or the role it occupies for it, is its role for it.
func TestRoleAskedAsMeaningOrOccupied(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{
		"what does South Korea mean for the US",
		"What does Korea mean to America?",
		"what role does South Korea occupy for the US?",
		"What position does South Korea occupy for the US?",
	} {
		if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != "korea-us-outpost-northeast-asia" {
			t.Errorf("%q = %v; want korea-us-outpost-northeast-asia first", q, ids)
		}
	}
	for q, want := range map[string]string{
		"What role does Japan occupy at the summit?": "what role does Japan play at the summit?",
		"What role does Japan take at the summit?":   "What role does Japan take at the summit?",
	} {
		if got := withRoleVerbAsPlay(q); got != want {
			t.Errorf("withRoleVerbAsPlay(%q) = %q; want %q", q, got, want)
		}
	}
	if q := "What does the summit mean for Japan?"; s.withMeaningAsRole(q) != q {
		t.Errorf("withMeaningAsRole(%q) = %q; want it unchanged", q, s.withMeaningAsRole(q))
	}
}

// What received the greatest emphasis is what a meeting focused on.
func TestAnswerEmphasisIsFocus(t *testing.T) {
	s := realStore(t)
	q := "In the trilateral encounter between Washington, Tokyo and Seoul, which subject received the greatest emphasis among the leaders?"
	if ids := answerIDs(s, q); !slices.Contains(ids, "trilateral-talks-focus-north-korea") {
		t.Errorf("%q: answer %v; want the trilateral's focus among it", q, ids)
	}
}

// Everyday words for the article's: being fair to allies is keeping a balance among them;
// a field of cooperation is one of its aspects.
func TestAnswerEverydayWordsForTheArticles(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, want string }{
		{"what happens to korea and nz if america is not fair to everyone", "korea-nz-interests-if-us-unbalanced"},
		{"Japan-Australia defense cooperation -- fields covered", "japan-australia-defence-agreements"},
	} {
		if ids := answerIDs(s, tt.q); len(ids) == 0 || ids[0] != tt.want {
			t.Errorf("%q: answer %v; want %s first", tt.q, ids, tt.want)
		}
	}
}

// Asked whether the four will form a new alliance, the fact that they did not leads, and says
// so in words of its own.
func TestAnswerNoNewQuasiAlliance(t *testing.T) {
	q := "does the author think the four countries will form a new alliance or quasi alliance"
	b := realStore(t).Answer(q)
	if !slices.ContainsFunc(b.Facts(), func(f *Fact) bool {
		return f.ID == "no-new-quadrilateral-quasi-alliance" && strings.Contains(f.Text, "did little")
	}) {
		t.Errorf("%q: answer %v; want the fact that the meeting did little, let alone form one", q, answerIDs(realStore(t), q))
	}
}

// The status the four attended with is what they were invited as: partner countries.
func TestAnswerStatusIsWhatInvitedAs(t *testing.T) {
	q := "Is it really true the Asia-Pacific countries sat in as full members? What status did they actually have?"
	if ids := answerIDs(realStore(t), q); !slices.Contains(ids[:min(len(ids), 3)], "asia-pacific-partners-attend-madrid") {
		t.Errorf("%q: answer %v; want the four's invitation as partner countries among the first", q, ids)
	}
}

// Formal arrangements between two countries are their agreements: each one is named.
func TestAnswerArrangementsAreAgreements(t *testing.T) {
	s := realStore(t)
	q := "What formal arrangements underpin the partnership between Tokyo and Canberra, as the article enumerates them?"
	if ids := answerIDs(s, q); !slices.Contains(ids, "japan-australia-reciprocal-access") {
		t.Errorf("%q: answer %v; want the Reciprocal Access Agreement among it", q, ids)
	}
}

func TestWithWiseAsOn(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"what did Japan tell the NATO summit it wanted help on, nuclear wise", "what did Japan tell the NATO summit it wanted help on on nuclear matters?"},
		{"how are Japan and Korea doing, trade-wise?", "how are Japan and Korea doing on trade matters?"},
		// Not a word closing a clause of its own, nor anything else.
		{"is that wise", "is that wise"},
		{"What did Japan want?", "What did Japan want?"},
	} {
		if got := withWiseAsOn(tt.q); got != tt.want {
			t.Errorf("withWiseAsOn(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestAsksForAgreement(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"What agreement did Tokyo and Canberra sign?", true},
		{"Which formal agreements underpin their ties?", true},
		{"Name the agreement Japan and Australia signed as part of their close defense ties.", true},
		{"What formal arrangements underpin the partnership between Tokyo and Canberra?", true}, // formal instruments, arrangements
		{"What security arrangements does Japan lean on?", false},
		{"What did Japan and Australia agree?", false},
		{"Did the agreement on comfort women hold?", false},
	} {
		if got := asksForAgreement(tt.q); got != tt.want {
			t.Errorf("asksForAgreement(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestWithoutClosingRelative(t *testing.T) {
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"When did the Seoul court rule on the comfort women case that Tokyo rejects?", "When did the Seoul court rule on the comfort women case?", true},
		{"In what year was the ruling, which Tokyo rejected?", "In what year was the ruling?", true},
		// Kept: what was said, a clause too long to be a description, none at all.
		{"When did Tokyo say that Seoul broke the agreement?", "When did Tokyo say that Seoul broke the agreement?", false},
		{"When was the ruling that the victims had sought through the courts for many years?", "When was the ruling that the victims had sought through the courts for many years?", false},
		{"When did the court rule?", "When did the court rule?", false},
	} {
		if got, ok := withoutClosingRelative(tt.q); got != tt.want || ok != tt.ok {
			t.Errorf("withoutClosingRelative(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

func TestViewsSetApart(t *testing.T) {
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"What's the difference between how the US sees South Korea and how it sees New Zealand?", "How does the US see South Korea compared with New Zealand?", true},
		{"What is the difference between how Washington views Tokyo and how it views Seoul?", "How does Washington see Tokyo compared with Seoul?", true},
		// Kept: a difference not in how one sees two.
		{"What is the difference between how Japan and Korea deal with China?", "", false},
		{"What is the difference between Japan and Korea?", "", false},
	} {
		if got, ok := viewsSetApart(tt.q); got != tt.want || ok != tt.ok {
			t.Errorf("viewsSetApart(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

func TestWithoutAbsentee(t *testing.T) {
	for _, tt := range []struct {
		q, rest, absent string
		ok              bool
	}{
		{"When the four leaders met without Washington, which war did they discuss?", "When the four leaders met, which war did they discuss?", "Washington", true},
		{"What did the four leaders discuss when they met without the US?", "What did the four leaders discuss when they met?", "the US", true},
		// Kept: "without" of anything but a meeting.
		{"Can Japan and Korea cooperate without the US?", "", "", false},
		{"What did Japan say?", "", "", false},
	} {
		rest, absent, ok := withoutAbsentee(tt.q)
		if rest != tt.rest || absent != tt.absent || ok != tt.ok {
			t.Errorf("withoutAbsentee(%q) = %q, %q, %v; want %q, %q, %v", tt.q, rest, absent, ok, tt.rest, tt.absent, tt.ok)
		}
	}
	s := mustLoad(t)
	if ids := answerIDs(s, "When the four Asia-Pacific leaders met without Washington, which war or crisis did they trade views on?"); len(ids) == 0 || ids[0] != "four-country-meeting-ukraine" {
		t.Errorf("the meeting held without Washington: got %v, want four-country-meeting-ukraine first", ids)
	}
}

// What was done in the year asked leads an answer whose facts tell only what followed from it.
func TestAnswerActOfYearLeads(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, first string }{
		{"What did Tokyo do in July 2019 that hit South Korea's tech sector?", "japan-export-controls-july-2019"},
		{"What did Tokyo's export curbs do to South Korea's tech sector?", "export-controls-blow-to-korea-ict"}, // no year: the effect asked
	} {
		if ids := answerIDs(s, tt.q); len(ids) == 0 || ids[0] != tt.first {
			t.Errorf("%q = %v, want %s first", tt.q, ids, tt.first)
		}
	}
}

func TestWithoutClosingComment(t *testing.T) {
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"What did Tokyo say it hoped to strengthen with NATO members, in a move that eased Seoul's concerns?", "What did Tokyo say it hoped to strengthen with NATO members?", true},
		{"Could you remind me when Tokyo tightened its exports to Korea, which so soured the relationship?", "Could you remind me when Tokyo tightened its exports to Korea?", true},
		{"How did Seoul respond to Tokyo's export measures, both in its trade arrangements and in any forum it turned to?", "How did Seoul respond to Tokyo's export measures?", true},
		{"Which leader moderated the four-country talks, a detail the article takes as evidence of Tokyo's enthusiasm?", "Which leader moderated the four-country talks?", true},
		{"Which two partners are firmest on China, with their relations with Beijing having suffered setbacks?", "Which two partners are firmest on China?", true},
		// What the asker read in the source is their remark: the question is before it.
		{"who is the new zealand prime minister, the article calls her adrian which sounds wrong to me", "who is the new zealand prime minister?", true},
		{"Who said it, the author says?", "Who said it?", true},
		{"Can you list the agreements Japan and Australia signed, with their dates?", "Can you list the agreements Japan and Australia signed, with their dates?", false},
		{"What did Japan sign, the article of the treaty?", "What did Japan sign, the article of the treaty?", false},
		// Kept: a question asked after the comma, a clause that is no comment.
		{"Beyond the Asia-Pacific itself, which conflict in Europe figured in the talks?", "Beyond the Asia-Pacific itself, which conflict in Europe figured in the talks?", false},
		{"What did Japan and Korea sign, and when?", "What did Japan and Korea sign, and when?", false},
	} {
		if got, ok := withoutClosingComment(tt.q); got != tt.want || ok != tt.ok {
			t.Errorf("withoutClosingComment(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

// A sentence the asker adds after asking, stating something of their own, is no part of what
// they ask; one that asks for more is.
func TestWithoutClosingRemark(t *testing.T) {
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"Who edited this piece? Somebody has to answer for it.", "Who edited this piece?", true},
		{"Why did Seoul drop GSOMIA? It seems rash to me.", "Why did Seoul drop GSOMIA?", true},
		{"Who leads New Zealand? Name her.", "Who leads New Zealand? Name her.", false},
		{"Which materials? Give the three names.", "Which materials? Give the three names.", false},
		{"Who edited this piece?", "Who edited this piece?", false},
		{"Who edited this piece? Old habits die hard in newsrooms.", "Who edited this piece?", true},
		{"Is that the claim? what's the article's own view", "Is that the claim? what's the article's own view", false},
		{"What did Japan restrict? In July 2019, I mean.", "What did Japan restrict? In July 2019, I mean.", false},
		// A clause of time whose subject is the asker tells of them, not asks for more.
		{"What else stirs anti-Japanese feeling in Korea? When I taught history I was careful — I know the damage a sentence can do.", "What else stirs anti-Japanese feeling in Korea?", true},
		{"What did Japan restrict? When it began, I mean.", "What did Japan restrict? When it began, I mean.", false},
	} {
		if got, ok := withoutClosingRemark(tt.q); got != tt.want || ok != tt.ok {
			t.Errorf("withoutClosingRemark(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
	if ids := answerIDs(realStore(t), "Who edited this piece? Somebody has to answer for it."); len(ids) == 0 || ids[0] != "article-editor-outlook" {
		t.Errorf("Who edited this piece? Somebody has to answer for it. = %v; want the editor", ids)
	}
}

// A lead-in closed by a colon that would sink the question after it, which names its own
// subject, is the asker's; one naming whom the question does not, or a date, is read with it.
func TestAfterLeadIn(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"Settle a bet for me: who moderated the four-country meeting?", "who moderated the four-country meeting?", true},
		{"Bonus round for the brave: what does Tokyo call the disputed island?", "what does Tokyo call the disputed island?", true},
		{"About Australia: what does Seoul focus on?", "About Australia: what does Seoul focus on?", false},
		{"Back in 2019: what did Tokyo restrict?", "Back in 2019: what did Tokyo restrict?", false},
		{"Settle a bet: what did they agree on?", "Settle a bet: what did they agree on?", false},
		{"Aussie honour: what did Kishida say in Madrid?", "Aussie honour: what did Kishida say in Madrid?", false},
		{"Nippon notes: what did Kishida say in Madrid?", "what did Kishida say in Madrid?", true},
		{"Who moderated the four-country meeting?", "Who moderated the four-country meeting?", false},
	} {
		if got, ok := s.afterLeadIn(tt.q); got != tt.want || ok != tt.ok {
			t.Errorf("afterLeadIn(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
	for q, want := range map[string]string{
		"Bonus round for the brave: what does Tokyo call the disputed island?":                    "dokdo-japan-protests-korean-survey",
		"Pop quiz for the office: why did Seoul walk away from the intelligence pact with Tokyo?": "gsomia-abolition-august-2019",
		// A statement setting the scene before a dash is read as a sentence of its own.
		"Around the time Yoon moved into office there was fresh squabbling over Dokdo — what did Japan complain about, and what did South Korea complain about right back?": "dokdo-korea-protests-bluebook",
	} {
		if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != want {
			t.Errorf("%s = %v; want %s first", q, ids, want)
		}
	}
}

// An exclamation opening a question that stands alone is the asker's, as a lead-in is; one
// the question points back at is read with it.
func TestAfterExclamation(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, want string }{
		{"Great to be here! Who moderated the four-country meeting?", "Who moderated the four-country meeting?"},
		{"Many thanks for your patience! Could you tell me who moderated the four-country meeting?", "Could you tell me who moderated the four-country meeting?"},
		{"Dokdo! Who claims it?", "Dokdo! Who claims it?"},
		{"Back to 2019! What did Tokyo restrict?", "Back to 2019! What did Tokyo restrict?"},
		{"Off we go! In which month did Tokyo restrict exports to Seoul?", "In which month did Tokyo restrict exports to Seoul?"},
	} {
		if got := s.afterExclamation(tt.q); got != tt.want {
			t.Errorf("afterExclamation(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	checkLeads(t, s, []led{
		{"Lovely to hear from you! Which two of the four take the hardest line on Beijing?", "japan-australia-firm-on-china"},
	})
}

// Most questions are read without copying them: no word of theirs, nor the "s" a possessive
// leaves, is a word of chat or of another language; one that is sends them to be read.
func TestHasChatSpelling(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"What is Japan's view of China's rise?", false},
		{"Why did Seoul drop GSOMIA in 2019?", false},
		{"Na chem fokusiruet diplomatiyu Wellington?", true}, // "chem", of "na chem"
		{"Tum mai Seoul positive to China?", true},           // "tum", of "tum mai"
	} {
		if got := hasChatSpelling(tt.q); got != tt.want {
			t.Errorf("hasChatSpelling(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// A telling pair whose other word is spelled anyway adds no English word to those that send
// a question to be read: "say apa" is sent by "apa", and "for" stays a plain word, which
// would send nearly every question down the slow reading.
func TestSpelledWordsLeavePairsEnglish(t *testing.T) {
	for _, w := range []string{"for", "say", "said", "on", "together", "signed", "protest"} {
		if spelledWords[w] {
			t.Errorf("spelledWords holds %q", w)
		}
	}
	for _, w := range []string{"apa", "kena", "tum"} {
		if !spelledWords[w] {
			t.Errorf("spelledWords lacks %q", w)
		}
	}
}

func TestWithChatSpelledOut(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"wat did the 2017 leaders meeting agree on", "what did the 2017 leaders meeting agree on"},
		{"Wut date exactly did the flights start again", "what date exactly did the flights start again"},
		{"wat group did yoon send to japan b4 he took office", "what group did yoon send to japan before he took office"},
		{"What did Watanabe say?", "What did Watanabe say?"}, // no chat word: left as typed
		{"Wat date did the madrid sumit start?", "what date did the madrid summit start?"},
		{"why does bidens goverment care about the coperation", "why does bidens government care about the cooperation"},
		{"macron sat down w kishida", "macron sat down with kishida"},
		{"what does japan want out of sticking so close to the yanks", "what does japan want out of sticking so close to the Americans"},
		// Broad Aussie: a stoush is a dispute, to whinge is to complain, pollies are politicians.
		{"what was the export stoush about", "what was the export dispute about"},
		{"what did seoul whinge about to the wto", "what did seoul complain about to the wto"},
		{"what did our pollies spruik at madrid", "what did our politicians promote at madrid"},
		{"why are the seppos so keen on straya", "why are the Americans so keen on Australia"},
		{"is it gonna be easy for the us to hold them together", "is it going to be easy for the us to hold them together"},
		{"how does Japan reckon you oughta deal with Pyongyang", "how does Japan reckon you ought to deal with Pyongyang"},
		{"austrailia and japan how close r they", "austrailia and japan how close are they"},
		{"did ardern critcize china", "did ardern criticize china"},
		{"dunno how much compo the courts ordered", "don't know how much compensation the courts ordered"},
		{"what is japan trying to bild", "what is japan trying to build"},
		{"Why did Seoul drop GSOMIA?! Out of spite?!", "Why did Seoul drop GSOMIA? Out of spite?"},
		{"Who protested? In which document, please?", "Who protested? In which document?"},
		{"¿Cómo ve Washington la alianza con Japón?", "how see Washington the alliance with Japan?"}, // the closing mark asks
		// Singlish: a topic put first closes with a particle; kancheong is anxious.
		{"Dokdo hor, Japan call it what?", "Dokdo, Japan call it what?"},
		{"Why Japan so kancheong to follow US?", "Why Japan so anxious to follow US?"},
		{"which asia pacific kakis of america got invited to the summit sia", "which asia pacific allies of america got invited to the summit"}, // kakis are pals; "sia" closes
		{"nz so far away lor, their diplomacy focus on what one", "nz so far away, their diplomacy focus on what"},                              // "one" stresses a closing "what"
		{"did Yoon say he fancied a meeting", "did Yoon say he wanted a meeting"},
		// A gamer's.
		{"did Yoon roast China or stay quiet", "did Yoon criticise China or stay quiet"},
		{"when did SK say it was uninstalling GSOMIA", "when did SK say it was abolishing GSOMIA"},
		{"can the US hold the APAC alliance together ez", "can the US hold the Asia-Pacific alliance together easily"},
		{"which group was super cautious about it", "which group was very cautious about it"},
		// A child's.
		{"wy is korea mad at japan", "why is korea mad at japan"},
		{"yoon said the 3 countrys shud be wat?", "yoon said the 3 countries should be what?"},
		{"wen did the big meeting start", "when did the big meeting start"},
		{"how long did the nato meting go for", "how long did the nato meeting go for"},
		{"were the korean lefties keen on it", "were the korean progressives keen on it"},
		{"who is the presedent of south korea in this", "who is the president of south korea in this"},
		{"how are japan and korea difrent about the 4 contrys", "how are japan and korea different about the 4 countries"},
		{"what happened after gsomia was scraped", "what happened after gsomia was scrapped"},
		{"which instituion does the author work at", "which institution does the author work at"},
		{"Which route resume after closed long time krub?", "Which route resume after closed long time?"},
		// One particle only: "kan kha" (trade) before "ka" is a word.
		{"What about the kan kha ka?", "What about the kan kha?"},
		// A closing sentence asking only yes or no in another language.
		{"Did Yoon say anything about China in Madrid? ¿Sí o no?", "Did Yoon say anything about China in Madrid? Yes or no?"},
		{"Are Japan and Australia in the Quad? oo o dili", "Are Japan and Australia in the Quad? Yes or no"},
		{"Si o no?", "Si o no?"},
		{"Japan Korea relation warm already or not ka?", "Japan Korea relation warm already or not?"},
		// Cantonese and Singlish particles close each sentence; "one" after a name stresses.
		{"Tokyo call the island what ah? Some other name lor?", "Tokyo call the island what? Some other name?"},
		{"Why Seoul so careful with Beijing one meh?", "Why Seoul so careful with Beijing?"},
		{"el route taba3 Kimpo Haneda, addeh ken msakkar w leh?", "how long was the route of Kimpo Haneda, shut down and why?"}, // Lebanese "w leh" asks why
		{"Which one?", "Which one?"},
		{"Is Japan the big one?", "Is Japan the big one?"},
		{"What did Japan call it please?", "What did Japan call it?"},
		{"what's the outfit of the author", "what's the institution of the author"},
		{"what are ppl in sk worried about", "what are people in sk worried about"},
		// Japanese typed in Latin letters: the countries, with long vowels marked or not, the
		// matters, a name's honorific, an office after a name, the possessive "no".
		{"Why is Kankoku more positive toward Chūgoku than Nihon is?", "Why is South Korea more positive toward China than Japan is?"},
		{"What did Kishida-san say about the Nichi-Bei-Kan kaidan?", "What did Kishida say about the US–Japan–South Korea talks?"},
		{"Kita Chōsen (North Korea): what is Nihon's worry?", "North Korea (North Korea): what is Japan's worry?"},
		{"Before Yoon daitōryō took office, what did he send?", "Before President Yoon took office, what did he send?"},
		{"What did Indo no Modi shushō say at the samitto?", "What did India's Prime Minister Modi say at the summit?"},
		{"Did Japan no longer object?", "Did Japan no longer object?"},              // "no" after an English name is no particle
		{"Naze did Tokyo and Seoul fall out?", "why did Tokyo and Seoul fall out?"}, // a Japanese asking word
		// Chinese (pinyin) and Korean typed in Latin letters, a compound part by part.
		{"Why is Hanguo hesitating to join the strategy led by Meiguo and Riben?", "Why is South Korea hesitating to join the strategy led by the US and Japan?"},
		{"Who moderated the Ilbon-Hanguk-Australia-NZ leaders meeting?", "Who moderated the Japan–South Korea–Australia–NZ leaders meeting?"},
		{"What did the Miguk-Ilbon-Hanguk talks focus on?", "What did the US–Japan–South Korea talks focus on?"},
		{"Is the Indo-Pacific strategy new?", "Is the Indo-Pacific strategy new?"}, // no part of it is
		// Spanish, names of several words read whole.
		{"How do Tokio and Seúl differ on China?", "How do Tokyo and Seoul differ on China?"},
		{"What does Nueva Zelanda's diplomacy focus on, and Corea del Sur?", "What does New Zealand's diplomacy focus on, and South Korea?"},
		{"Did Estados Unidos meet Japón?", "Did the US meet Japan?"},
		{"What did the États-Unis and the Corée du Sud discuss with Nouvelle-Zélande?", "What did the the US and the South Korea discuss with New Zealand?"},
		// Taglish: Tagalog function words in English or left out, an English verb's affix
		// taken off; two Tagalog words tell it, so an English "at" or "na" is left alone.
		{"Ano yung pinadala ni Yoon sa Japan bago pa siya mag-take office?", "what the sent Yoon Japan before he take office?"},
		{"Kailan ba yung huling meeting ng US at SK?", "when the last meeting of US and South Korea?"},
		{"Who was at the summit in Madrid?", "Who was at the summit in Madrid?"},
		{"Why does Südkorea hesitate to join a strategy led by the Vereinigte Staaten?", "Why does South Korea hesitate to join a strategy led by the the US?"},
		{"How did 서울 respond to 도쿄's export curbs?", "How did Seoul respond to Tokyo's export curbs?"},
		{"Bila last time leaders US dan South Korea jumpa?", "when last time leaders US and South Korea met?"},
		{"Penulis cakap apa pasal kerajaan Yoon ni?", "writer said what about government Yoon?"},
		// Indonesian, Hinglish (its asking word put first) and Vietnamese (names and asking
		// words of two words read whole).
		{"Apa yang Yoon kirim ke Japan sebelum dia take office?", "what Yoon sent to Japan before he take office?"},
		{"Kenapa Japan lebih keras terhadap North Korea?", "why Japan more tough towards North Korea?"},
		{"Wellington focus diplomacy-nya di mana?", "Wellington focus diplomacy where?"},
		// Malay: "punya" after a name makes it possessive; calling words tell the language.
		{"Beijing punya foreign ministry respond macam mana pada Madrid summit?", "Beijing's foreign ministry respond how in Madrid summit?"},
		{"Japan panggil Dokdo apa?", "Japan call Dokdo what?"},
		{"US-Japan alliance tu digelar apa?", "US-Japan alliance called what?"},
		{"Dokdo island ko Japan kya naam se bulata hai?", "what Dokdo island Japan name calls?"},
		{"Madrid summit mein total kitne countries ne participate kiya?", "how many countries in Madrid summit total participate did?"},
		// Hindi postpositions follow their noun: read in English, they go before it.
		{"Madrid ke baad Ardern ne China ke baare mein kya bola?", "what after Madrid Ardern about China said?"},
		{"Yoon ki inauguration mein Japan ki taraf se kaun gaya?", "who in Yoon's inauguration from Japan?"},
		{"Nuclear missile ke alawa Japan ki ek aur chinta kya hai?", "what besides Nuclear missile Japan's another concern?"},
		// A postposition after a noun asked of goes before the asking word, and moves with it;
		// "ka" after a noun asked of makes nothing possessive.
		{"September 2017 wali meeting kis city mein hui thi?", "in which city September 2017 meeting happened?"},
		{"Madrid summit kitne din ka tha?", "how many days Madrid summit?"},
		{"Tokyo ne Dokdo ko le ke kis baat pe protest kiya?", "what Tokyo about Dokdo protest did?"},
		{"Tại sao Hàn Quốc có thái độ positive hơn với Trung Quốc?", "why South Korea attitude positive more with China?"},
		{"Hàn Quốc tuyên bố bỏ GSOMIA năm nào?", "South Korea announced abandon GSOMIA what year?"},
		{"Tokyo gọi Dokdo là gì?", "Tokyo call Dokdo what?"},
		{"Hội nghị thượng đỉnh NATO năm 2022 kéo dài mấy ngày ạ?", "summit NATO year 2022 lasted how many days?"},
		{"Tác giả nói gì về lập trường của Hàn Quốc vậy?", "author said what about position of South Korea?"},
		// Told mostly in Vietnamese: policy is one word of two, a press conference one of
		// three, and an office names its country after it.
		{"Còn Hàn Quốc thì chú trọng điều gì hơn trong chính sách với Bắc Triều Tiên ạ?", "South Korea focus what more in policy with North Korea?"},
		{"Tại sao cuộc họp báo chung của các thứ trưởng ngoại giao Mỹ Nhật Hàn bị huỷ giữa chừng vậy ạ?", "why press conference joint of deputy foreign ministers the US Japan Korea terminated halfway?"},
		{"Bộ trưởng Quốc phòng Hàn Quốc là ai?", "defence minister of South Korea who is?"},
		{"Nga phản ứng như thế nào với NATO summit ở Madrid?", "Russia respond how with NATO summit in Madrid?"},
		// Clipped staff jargon spelled out.
		{"What did the trilat say on nonprolif in the Asia-Pac?", "What did the trilateral say on non-proliferation in the Asia-Pacific?"},
		{"can japan and oz cut off china", "can japan and Australia cut off china"},
		// A g dropped with an apostrophe.
		{"What was Seoul fussin' and complainin' about?", "What was Seoul fussing and complaining about?"},
		// A g dropped with no apostrophe; 'em, clipped.
		{"is yoon tryin to fix it goin forward", "is yoon trying to fix it going forward"},
		{"what did the three of 'em agree on", "what did the three of them agree on"},
		// Typos of a tired hand.
		{"teh flight rout btwn seoul n tokyo startd agian?", "the flight route between seoul n tokyo started again?"},
		{"what ww2 issue do japans leadres argu about", "what wartime issue do Japan's leaders argue about"},
		{"Is GoJ's nonpro line a delta from USG's?", "Is the Japanese government's non-proliferation line a difference from the US government's?"},
		{"Did the Korean govts change their diplo stance on CW comp?", "Did the Korean governments change their diplomatic stance on comfort women compensation?"},
		// Pinyin: its asking words in English, a gloss in brackets left out; a Korean or
		// Chinese office after a name put before it.
		{"Weishenme Japan so nuli (try hard) cooperate with US?", "why Japan so keen to cooperate with US?"},
		{"The police chief who landed on Dokdo, ta jiao shenme mingzi?", "The police chief who landed on Dokdo, what is his name?"},
		{"What did Yoon daetongryeong tell Kishida chongni?", "What did President Yoon tell Prime Minister Kishida?"},
		{"Who went to Yoon daetongryeong's inauguration?", "Who went to President Yoon's inauguration?"},
		{"Mei Ri Han sanbian huitan zhuyao guanzhu shenme wenti?", "the US Japan South Korea trilateral talks mainly focus what issue?"},
		{"GSOMIA houlai Hanguo you huifu le mei you? shenme shihou?", "GSOMIA later South Korea restored not? when?"},
		// Told mostly in pinyin: the article's matters, a country's one-syllable name, "he"
		// before waste water as nuclear, "xin de" as new, not New Zealand.
		{"Kimpo Haneda hangxian weishenme ting le liang nian duo?", "Kimpo Haneda air route why suspended more than two years?"},
		{"Mei Ri Han san guo de guofang buzhang dacheng le shenme gongshi?", "the US Japan South Korea three countries defence ministers reached what consensus?"},
		{"Riben paifang he wushui ru hai, Hanguo weishenme fandui?", "Japan discharge nuclear waste water into the sea, South Korea why oppose?"},
		{"Dudao zai Riben nabian jiao shenme mingzi?", "Dokdo in Japan called what?"},
		{"Riben he Aodaliya neng bu neng jianli xin de si bian hezuo jizhi?", "Japan and Australia whether establish new quadrilateral cooperation mechanism?"},
	} {
		if got := withChatSpelledOut(tt.q); got != tt.want {
			t.Errorf("withChatSpelledOut(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestAsksConfirmation(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"Japan announced export controls on Korea in 2020, didn't it?", true},
		{"Seoul only cares about deterring Pyongyang, right?", true},
		{"the victims went to court recently, like 2020?", true},
		{"If the US leans toward Tokyo, Seoul will follow, won't it?", true},
		{"the US is building an Asian version of the EU, is that what the article says", true},
		{"What did Japan announce in 2019?", false},
		{"What does the author say?", false},
		{"What is it that the article says?", false},
		{"Is it right?", false},
	} {
		if got := asksConfirmation(strings.Fields(normalizeName(tt.q))); got != tt.want {
			t.Errorf("asksConfirmation(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// A statement put to be confirmed, with a tag the asker typed, may be wrong in a word the
// facts never use: it is answered by what they say of the rest, saying the article does not
// mention that word. A statement only raised to a question is not put to be corrected.
func TestAnswerConfirmationOfTheUntold(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, lead string }{
		{"Kishida met the Pope in Madrid, didn't he?", "The article does not mention “Pope”. What it does say:"},
		{"The summit agreed a bigger budget for NATO, didn't it?", "The article does not mention “budget”. What it does say:"},
		{"The four leaders agreed a budget and a headquarters in Madrid, right?", "The article does not mention “budget” or “headquarters”. What it does say:"},
		{"Japan and Australia both have smooth, warm relations with Beijing, don't they?", ""},
		// So with a question after the statement.
		{"Japan and Australia mostly coordinate on space and cyber, don't they? What areas does the article list?", "The article does not mention “cyber”. What it does say:"},
		{"The comfort women ruling came from a Busan court in 2019, right?", "The article does not mention “Busan”. What it does say:"},
		// Read without those words when, leniently, the whole finds nothing.
		{"The author says mutual trust between Tokyo and Seoul drives the trilateral forward, right?", "The article does not mention “drives” or “forward”. What it does say:"},
		{"Best place for Korean BBQ in Seoul?", "refused"},
	} {
		b := s.Answer(tt.q)
		switch {
		case tt.lead == "refused":
			if !b.Empty() {
				t.Errorf("Answer(%q) answered, want refused", tt.q)
			}
		case b.Empty():
			t.Errorf("Answer(%q) refused", tt.q)
		case b.Lead != tt.lead:
			t.Errorf("Answer(%q).Lead = %q, want %q", tt.q, b.Lead, tt.lead)
		}
	}
}

func TestLeadingPremise(t *testing.T) {
	for _, tt := range []struct{ q, premise, asked string }{
		{"Japan's defense minister went to Yoon's inauguration, didn't he? Who actually went?", "Japan's defense minister went to Yoon's inauguration, didn't he", "Who actually went?"},
		{"Tokyo protested a base on Dokdo, right? What was Korea planning?", "Tokyo protested a base on Dokdo, right", "What was Korea planning?"},
		{"They went as new NATO members, right? In what role were they really there?", "They went as new NATO members, right", "In what role were they really there?"},
		{"Biden called the meeting a routine check-in? What did he call it?", "Biden called the meeting a routine check-in, right", "What did he call it?"},
		{"The meeting of Japan, Korea, Australia and New Zealand was about the South China Sea? what did they discuss", "The meeting of Japan, Korea, Australia and New Zealand was about the South China Sea, right", "what did they discuss"},
		{"Given the curbs, Seoul hit back at Tokyo? what did it do", "", ""},
		{"the meeting of Japan, Korea, Australia and NZ was all about Taiwan right? what did they discuss", "the meeting of Japan, Korea, Australia and NZ was all about Taiwan, right", "what did they discuss"},
		{"the meeting of Japan, Korea, Australia and NZ was about Taiwan didn't they? what did they discuss", "the meeting of Japan, Korea, Australia and NZ was about Taiwan, didn't they", "what did they discuss"},
		// A statement ended by a full stop is put to be checked only when a short question of
		// it follows.
		{"Japan's two main goals are growth and joining NATO. what are they actually", "Japan's two main goals are growth and joining NATO, right", "what are they actually"},
		{"Working on Pacific security. What does the article say about the Solomon Islands pact?", "", ""},
		{"Biden called it a routine meeting — what was his actual word?", "Biden called it a routine meeting, right", "what was his actual word?"},
		// So is someone's words put before a comma and a short question of them.
		{"yoon said the trilateral should become a pillar of Asian trade, what did he actually call it?", "yoon said the trilateral should become a pillar of Asian trade, right", "what did he actually call it?"},
		{"Zelensky spoke by video to the Madrid summit, what he asked?", "", ""},
		// No tag after a comma, no question after it, or no question word opening it.
		{"wasn't there a minister who said japan needs to get its history right? who?", "", ""},
		{"Japan restricted exports in 2018, right?", "", ""},
		{"Japan restricted exports in 2018, right? I think so.", "", ""},
		{"What did Japan restrict? When?", "", ""},
	} {
		premise, asked, ok := leadingPremise(tt.q)
		if premise != tt.premise || asked != tt.asked || ok != (tt.premise != "") {
			t.Errorf("leadingPremise(%q) = %q, %q, %v; want %q, %q", tt.q, premise, asked, ok, tt.premise, tt.asked)
		}
	}
}

// Asked how several agreements are described, each one's own description leads.
func TestAnswerDescribesEachAgreement(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{
		"How does Washington describe its alliances with Tokyo and Canberra?",
		"How does Washington see its alliances with Tokyo and Canberra?",
	} {
		ids := answerIDs(s, q)
		if len(ids) < 2 || !slices.Contains(ids[:2], "us-japan-alliance-cornerstone") || !slices.Contains(ids[:2], "us-australia-alliance-cornerstone") {
			t.Errorf("%s = %v, want each alliance's cornerstone first", q, ids)
		}
	}
}

// Asked when something was signed or set up, a date of something else done with it does not
// answer: the article dates GSOMIA's end, not its signing.
func TestAnswerWhenMadeNeedsTheMaking(t *testing.T) {
	s := realStore(t)
	checkAnswered(t, s, []answered{
		{"In what year did Seoul and Tokyo first sign their military intelligence-sharing pact?", false},
		{"When was the military intelligence agreement between Tokyo and Seoul concluded?", false},
		{"When did South Korea announce it would end GSOMIA?", true},
		{"Which agreement did Japan and Australia sign?", true},
	})
}

// "Who is New Zealand's leader?" asks the holder's name: the title is kept for asksHolder.
func TestLeaderNamedKeepsAskingWho(t *testing.T) {
	s := realStore(t)
	if got := s.leaderNamed("Who is New Zealand's leader?"); got != "Who is New Zealand's leader?" {
		t.Errorf("leaderNamed(who is…) = %q; asking who keeps the title", got)
	}
	if got := s.leaderNamed("What did New Zealand's leader say?"); got != "What did Jacinda Ardern say?" {
		t.Errorf("leaderNamed(what did…) = %q, want Ardern named", got)
	}
	// The country's name alone before "leader" names the leader too; asking who with little
	// after it asks the name.
	for q, want := range map[string]string{
		"who was nz leader quoted after madrid": "who was Jacinda Ardern quoted after madrid",
		"what did nz leader say about china":    "what did Jacinda Ardern say about china",
		"who was nz leader then":                "who was nz leader then",
		// …as does a clause saying which leader is meant.
		"Who is the New Zealand leader who spoke on China?":        "Who is the New Zealand leader who spoke on China?",
		"Who is the New Zealand leader the piece quotes on China?": "Who is the New Zealand leader the piece quotes on China?",
	} {
		if got := s.leaderNamed(q); got != want {
			t.Errorf("leaderNamed(%q) = %q, want %q", q, got, want)
		}
	}
}

// A question asking two things that together match no fact is answered by the first's
// answer, when the first asks with a question word or the second speaks of its subject.
func TestAnswerSecondPartOfTheFirst(t *testing.T) {
	s := realStore(t)
	if ids := answerIDs(s, "Who represented Tokyo at Yoon's inauguration in May, and what did he deliver?"); len(ids) == 0 || ids[0] != "hayashi-inauguration-kishida-letter" {
		t.Errorf("who represented Tokyo…, and what did he deliver = %v, want Hayashi's letter first", ids)
	}
	if ids := answerIDs(s, "Who edited the piece, and what source must reprints credit?"); len(ids) == 0 || ids[0] != "article-editor-outlook" {
		t.Errorf("who edited the piece, and what source must reprints credit = %v, want its editor first", ids)
	}
	// "there" points back at where the first part names.
	if ids := answerIDs(s, "What was Japan's main purpose in attending the NATO summit, and how did the other three behave toward China there?"); !slices.Contains(ids, "other-three-criticised-china") {
		t.Errorf("…, and how did the other three behave toward China there = %v, want their criticism of China", ids)
	}
	// A demonstrative points back at the first part as a pronoun does.
	if ids := answerIDs(s, "What did South Korea object to in Japan's diplomatic bluebook, and when did this exchange of protests happen?"); len(ids) == 0 || ids[0] != "dokdo-korea-protests-bluebook" {
		t.Errorf("what did South Korea object to…, and when did this exchange happen = %v, want the Bluebook protest first", ids)
	}
	checkAnswered(t, s, []answered{
		{"Did Seoul's survey of the waters around Dokdo go ahead in the end, and what did it find?", false},
		{"Tell me when exactly Tokyo plans to start releasing the Fukushima water and how many tonnes.", false},
	})
}

func TestTwoQuestions(t *testing.T) {
	for _, tt := range []struct{ q, first, second string }{
		{"When was the case brought, and when did the court rule?", "When was the case brought,", "when did the court rule?"},
		// An aside may follow the second's question word.
		{"When was it signed, and when, if it has, did it enter into force?", "When was it signed,", "when, if it has, did it enter into force?"},
		// Typed without a comma, an auxiliary and a pronoun open the second.
		{"what did the japanese envoy give yoon and did they talk about trade", "what did the japanese envoy give yoon", "did they talk about trade"},
		{"what did they talk about, and did the talks have substance?", "what did they talk about", "did the talks have substance?"},
		{"What does Tokyo object to, and can Seoul find a fix it accepts?", "What does Tokyo object to", "can Seoul find a fix it accepts?"},
		{"How do their priorities differ, and whose approach is closer to Washington's?", "How do their priorities differ,", "whose approach is closer to Washington's?"},
		{"Did Japan and did Korea agree?", "", ""}, // an auxiliary after "and" without a comma
		{"How long has it been in court, and what's Tokyo's position on it?", "How long has it been in court,", "what's Tokyo's position on it?"},
		// A second question may follow the first's question mark.
		{"How is Tokyo trying to curb China? Which partnerships does it lean on?", "How is Tokyo trying to curb China?", "Which partnerships does it lean on?"},
		{"Really? Did they?", "", ""}, // no question word opens the second
		// A yes-or-no question may follow one opening with a question word.
		{"What does Wellington focus on? Is it part of the China pushback?", "What does Wellington focus on?", "Is it part of the China pushback?"},
		// …or a dash, when both parts open with a question word.
		{"Why has Washington pushed three-way cooperation — what does it gain from it?", "Why has Washington pushed three-way cooperation?", "what does it gain from it?"},
		{"i assume they met recently — when was the last time?", "", ""},
		{"What was Tokyo's aim — getting aid for Kyiv?", "", ""},
	} {
		first, second, ok := twoQuestions(tt.q)
		if ok != (tt.first != "") || first != tt.first || second != tt.second {
			t.Errorf("twoQuestions(%q) = %q, %q, %v; want %q, %q", tt.q, first, second, ok, tt.first, tt.second)
		}
	}
}

func TestAsksDateTersely(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"comfort women deal year", true},
		{"dokdo protest when", true},
		{"yoon inauguration date?", true},
		{"madrid summit month", true},
		{"what did japan do that year", false}, // opens as a question
		{"japan korea relations last year", false},
		{"when", false},
		{"Japan export curbs on Korea - when?", true},
		{"comfort women agreement year signed", true}, // the deed after the date word
		{"japan korea relations last year signed", false},
		{"agreement signed", false},
	} {
		if got := asksDateTersely(tt.q); got != tt.want {
			t.Errorf("asksDateTersely(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// A day asked of what the article dates only to its month is not answered; the empty
// answer's lead says what the article does give.
func TestAnswerDayNotGiven(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, lead string }{
		{"On which exact day did Japan tighten export controls on Korea?", "The article dates this only to July 2019; it gives no day."},
		{"Yoon's inauguration was exactly which day?", "The article dates this only to May 2022; it gives no day."},
		{"What was the precise date on which Tokyo tightened its export controls on Korea?", "The article dates this only to July 2019; it gives no day."},
		{"When did Japan tighten export controls on Korea?", ""}, // the month answers
		// Asked after what it is asked of, and not recast into another question.
		{"Yoon's inauguration was exactly which date of May?", "The article dates this only to May 2022; it gives no day."},
		{"Japan's export controls on Korea, exact date?", "The article dates this only to July 2019; it gives no day."},
		{"Tokyo's export curbs on Seoul — exact day?", "The article dates this only to July 2019; it gives no day."},
		{"Exact day in May of Yoon's inauguration?", "The article dates this only to May 2022; it gives no day."},
		{"On exactly which day did Tokyo tighten its export controls?", "The article dates this only to July 2019; it gives no day."},
		{"Exact date, please: when did Tokyo tighten its export controls?", "The article dates this only to July 2019; it gives no day."},
	} {
		b := s.Answer(tt.q)
		if b.Lead != tt.lead || b.Empty() != (tt.lead != "") {
			t.Errorf("Answer(%q): lead %q, facts %v; want lead %q", tt.q, b.Lead, b.Facts(), tt.lead)
		}
	}
}

// A day asked of what one fact dates only to its month is answered by another fact giving
// that day, when the two tell the same thing: the photo caption dates the summit June 29.
func TestAnswerDayFromAnotherFact(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{
		"The Madrid summit opened, on what date?",
		"The Madrid summit opened, what date?",
		"On what date did the Madrid summit open?",
	} {
		b := s.Answer(q)
		if b.Empty() || b.Facts()[0].ID != "summit-caption-june-29" {
			t.Errorf("Answer(%q): lead %q, facts %v; want summit-caption-june-29 first", q, b.Lead, b.Facts())
		}
	}
}

func TestAnswerWhenNeedsATime(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{
		"When did Japan actually start releasing the Fukushima water?",
		// A turn's opening filler is read past: "So when…" asks when.
		"So when exactly did Japan start discharging the water into the sea?",
		"On what date did Japan begin discharging the Fukushima water into the ocean?",
		// A minute-taker's "Exact day of…", "Start date of…" ask a date too.
		"Exact day of the Hayashi visit to Seoul",
		"Start date of the Gimpo–Haneda flights",
		"From what date will Japan let the Fukushima water into the sea?",
		// "Shut for more than two years" says how long, not on what date.
		"On what date did the Gimpo-Haneda flights start running again?",
		"On exactly what date did Gimpo-Haneda flights resume?",
		// "When exactly" asks for a date too; "which exact day" for a day, not a month.
		"When exactly did the Gimpo-Haneda flights resume?",
		"On which exact day in May 2022 was Yoon sworn in?",
		// "Which date" asks for a day as "what date" does; Yoon's hope of an early meeting
		// gives none. An opening "Eh" only calls for attention.
		"Which date exactly was Yoon sworn in?",
		"Eh which date was Yoon sworn in as president?",
		"On what exact calendar date was Yoon inaugurated?",
		"Yoon's inauguration, the date exactly in May?",
		// What is asked after sentences of context opens the same way.
		"I'm following Yoon's early presidency closely. On exactly what date in May was he sworn in?",
		// …and after a clause setting its time.
		"Before Madrid, on what date had the three leaders last met?",
		"After the 2019 export curbs, on what date did Seoul file its WTO complaint?",
		// A month does not say on what date.
		"On what date did the Japan-Korea-Australia-NZ leaders' meeting take place?",
		// The best answer is undated; a dated fact on something else does not say when.
		"When are the restarted US-Japan-ROK military exercises scheduled, and where will they take place?",
		// "Which year's" asks for a year, which the Bluebook's fact does not give.
		"Which year's Diplomatic Bluebook claimed Takeshima?",
		"In which year's diplomatic bluebook did Japan claim Dokdo as its territory?",
		// Asked in the second part of a question, or for dates, a day is asked too.
		"At which meeting and on what date did the US, Japanese and South Korean defence ministers agree to restart military drills?",
		"On what dates did the US, Japan and South Korea hold their first joint military drill after the Madrid meeting?",
		// "What was the exact date of…" asks for a day.
		"What was the exact date of Yoon's inauguration?",
		"What was the exact calendar date of Yoon's inauguration?",
		"Identify the date on which Yoon was inaugurated.",
		// A terse "year of…" or "date of…" asks for them too.
		"year of the japan korea comfort women agreement",
		"date of yoon's inauguration",
		// The forced labour case is not dated; the comfort women's rulings are, but are not it.
		"Which South Korean court ruled on the forced labour compensation case, and in what year?",
		// …and a statement put as a question that ends asking when.
		"Yasukuni Shrine was built in which year?",
		"The Fukushima water release started on what date?",
		// …and a search ending in one: "comfort women deal" is the agreement.
		"comfort women deal year",
		"fukushima water release date",
		// The date of Japan's move against Korea is not that of Korea's against Japan.
		"when did seoul drop japan from its white list",
		// When something took effect, or actually happened, is not when it was proposed or
		// hoped for.
		"When did the US, Japan and South Korea actually hold their first joint exercise after the defense ministers' agreement?",
		"When did the US, Japan and South Korea last hold a joint military exercise?",
		"When exactly did Japan's removal of South Korea from its export white list take effect?",
		// So does a list asked with its dates.
		"Can you list the defence cooperation agreements Japan and Australia have signed, with their dates?",
		// …also when it ends the question.
		"Which Japan-Australia defence agreements were signed, and in what years?",
		"Which Korean court ordered the seizure of Japanese company assets for the wartime workers, and when?",
		// When something "actually" happened asks its date, which how long before it the
		// flights were shut does not give.
		"When did flights on the Gimpo-Haneda route actually restart?",
		// A view read as a stance is no date either.
		"When did Chung Eui-yong say that about Japan's view of history?",
		"When did South Korea take Japan off its trade white list?",
		// A year that qualifies what is asked is not a guess at the answer.
		"When did the US, Japanese and South Korean leaders meet in 2020?",
		"When did Japan or South Korea protest over Dokdo in 2019?",
	} {
		if b := s.Answer(q); !b.Empty() {
			t.Errorf("Answer(%q) = %v, want nothing", q, b.Facts())
		}
	}
	for _, q := range []string{
		"When were South Korean governments most cautious about trilateral cooperation?", // "when the progressives were in power"
		"When did Japan restrict exports to South Korea?",
		"Who met in Madrid, and on what date did the summit open?", // June 29, 2022
		"What was the date of the NATO summit photo in Madrid?",    // June 29, 2022
	} {
		if b := s.Answer(q); b.Empty() {
			t.Errorf("Answer(%q) is empty", q)
		}
	}
	// Dated facts lead a question asking when.
	if ids := answerIDs(s, "when did the japan korea trade spat start"); len(ids) == 0 || !dated(s.Fact(ids[0])) {
		t.Errorf("when did the japan korea trade spat start: leads with %v, want a dated fact", ids)
	}
}

// answered is a question and whether the store answers it at all.
type answered struct {
	q    string
	want bool
}

// checkAnswered asks each question and checks whether it is answered.
func checkAnswered(t *testing.T, s *Store, tests []answered) {
	t.Helper()
	for _, tt := range tests {
		b := s.Answer(tt.q)
		if got := !b.Empty(); got != tt.want {
			t.Errorf("Answer(%q) answered = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// led is a question and the fact its answer must lead with.
type led struct{ q, want string }

// checkLeads asks each question and checks which fact its answer leads with.
func checkLeads(t *testing.T, s *Store, tests []led) {
	t.Helper()
	for _, tt := range tests {
		if ids := answerIDs(s, tt.q); len(ids) == 0 || ids[0] != tt.want {
			t.Errorf("%q = %v, want %s first", tt.q, ids, tt.want)
		}
	}
}

// checkAmong asks each question and checks that the fact wanted is among its answer's.
func checkAmong(t *testing.T, s *Store, tests []led) {
	t.Helper()
	for _, tt := range tests {
		if ids := answerIDs(s, tt.q); !slices.Contains(ids, tt.want) {
			t.Errorf("%q = %v, want %s among them", tt.q, ids, tt.want)
		}
	}
}

// How often is answered only by a fact that says how often, which then leads.
func TestAnswerHowOftenNeedsAFrequency(t *testing.T) {
	s := realStore(t)
	checkAnswered(t, s, []answered{
		{"What military exercises does Japan hold jointly with Australia, and how often?", false},
		{"How often do the US, Japan and South Korea hold joint drills?", false},
		{"How often do the leaders of Japan and Australia visit each other?", true},   // "very frequently"
		{"Kishida wanted the four countries to attend NATO summits how often?", true}, // "on a regular basis"
	})
	if ids := answerIDs(s, "How often do the leaders of Japan and Australia visit each other?"); len(ids) == 0 || ids[0] != "japan-australia-frequent-visits" {
		t.Errorf("How often do the leaders of Japan and Australia visit each other? = %v, want their frequent visits first", ids)
	}
}

// A question asking the time of day is refused: the article dates things by the day.
func TestAnswerHourIsNotHeld(t *testing.T) {
	checkAnswered(t, realStore(t), []answered{
		{"At what hour did the trilateral meeting begin?", false},
		{"What time of day did the four leaders meet in Madrid?", false},
		{"When did the trilateral meeting take place?", true},
		{"What time did Japan announce the export controls?", true}, // "what time", of a date
	})
}

// A second question opening with a preposition ("…, and in what year did…") adds its own
// best fact when the whole is answered by the first's alone.
func TestAnswerSecondPartAfterPreposition(t *testing.T) {
	q := "With regard to the 'comfort women' litigation, in what year was the victims' civil mediation first brought, and in what year did the court in Seoul issue its ruling?"
	ids := answerIDs(realStore(t), q)
	if !slices.Contains(ids, "comfort-women-mediation-2013") || !slices.Contains(ids, "comfort-women-seoul-ruling-2021") {
		t.Errorf("%q: answer %v; want the mediation and the ruling", q, ids)
	}
}

// Asked why two countries get on badly, what the article finds divides them answers, not the
// thaw or the envoy's visit; of a pair it mostly finds working together, the answer is as for
// any question on the pair.
func TestAnswerWhyRelationsAreBad(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{"Why are Japan-Korea relations so bad?", "Why are relations between Korea and Japan poor?", "Why don't Korea and Japan get along?"} {
		ids := answerIDs(s, q)
		if len(ids) == 0 || slices.Contains(ids, "japan-korea-warming-before-meeting") || slices.Contains(ids, "hayashi-inauguration-kishida-letter") {
			t.Errorf("%q = %v, want what divides them, no thaw", q, ids)
		}
	}
	checkLeads(t, s, []led{{"Why are Australia and New Zealand relations bad?", "australia-new-zealand-south-pacific"}})
}

// A country's approach to another is its policy towards it.
func TestAnswerApproachIsPolicy(t *testing.T) {
	checkLeads(t, realStore(t), []led{
		{"What concerns drive Tokyo's approach to Pyongyang?", "japan-concerns-missiles-kidnapping"},
	})
}

// British spellings, three-country cooperation, parties "in charge", the heads of countries,
// a third rail, the near term and letting go are read as the facts put them: cooperation,
// trilateral, in power, leaders, a sensitive issue, the short term, abandoning.
func TestAnswerEverydayWordsOfCooperation(t *testing.T) {
	checkLeads(t, realStore(t), []led{
		{"Were Seoul's governments eager for three-nation co-operation back when the progressives were in charge?", "progressive-governments-cautious"},
		{"What does the article say about Australia and New Zealand's co-operation?", "australia-new-zealand-south-pacific"},
		{"Did the progressives, when they were in charge, favour three-country cooperation?", "progressive-governments-cautious"},
		{"When was the last time before Madrid that the heads of the US, Japan and South Korea met?", "trilateral-last-summit-2017"},
		{"Why is the labour compensation row a third rail for Seoul?", "labour-compensation-korean-feelings"},
		{"In the near-term, where is Seoul's diplomacy pointed?", "korea-focus-northeast-asia"},
		{"Why can't Tokyo simply let go of its ties with Beijing?", "japan-australia-cannot-abandon-china"},
		// The issue asked for last ("… focus on issue what", as languages asking last are
		// read) is what the answer gives, not a word it holds.
		{"cooperation Australia - New Zealand usually focus on issue what", "australia-new-zealand-south-pacific"},
	})
}

// A statement of what one actor's own something is, put to be checked, is answered by what
// the article gives as that: the guess's words match facts on something else.
func TestAnswerOwnedThingChecked(t *testing.T) {
	checkLeads(t, realStore(t), []led{
		{"Japan's top diplomatic priority is economic growth, right?", "japan-national-normalisation"},
	})
}

// A topic clause singling one member out of a group the rest names by itself frames the
// question: Wellington's own focus leads, not the three's regional one.
func TestAnswerMemberOfTopicGroup(t *testing.T) {
	checkLeads(t, realStore(t), []led{
		{"Turning to the smallest of the Asia-Pacific partners, on what does the author say Wellington has concentrated its diplomacy?", "new-zealand-survival-south-pacific"},
	})
}

// What a question asks after a statement setting the scene leads its answer; a plan
// "satisfactory" to Japan is one that satisfies it.
func TestAnswerAskedAfterStatementLeads(t *testing.T) {
	checkLeads(t, realStore(t), []led{
		{"The Yoon government hoped to resolve the labour compensation issue through some form of consultative body; what does the author say of its prospects of satisfying Tokyo?", "labour-compensation-no-satisfying-plan"},
		{"does the author believe Seoul can produce a labour compensation plan satisfactory to Japan?", "labour-compensation-no-satisfying-plan"},
	})
}

// "it" after a statement naming one event is that event; not after the asker's own story.
func TestAnswerItOfStatedEvent(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"I bet the Madrid summit dragged on for a whole week. How long did it actually run?", "summit-caption-june-29"},
	})
	if q, ok := s.askedOfStatedEvent("My grandfather was a forced labourer in WWII. Why does it matter so much to Koreans?"); ok {
		t.Errorf("askedOfStatedEvent read the asker's story as naming what is asked: %q", q)
	}
}

// A second part asking of the person the first asks for ("who …, and where do they work?")
// adds no fact of its own: "they" is the first's answer.
func TestAnswerSecondPartOfWhoAsked(t *testing.T) {
	q := "Who wrote this article and where do they work?"
	if ids := answerIDs(realStore(t), q); len(ids) != 1 || ids[0] != "article-author-byline" {
		t.Errorf("%q = %v, want the byline alone", q, ids)
	}
}

// Asked the years of several events, each event is found and they are given in date order;
// not so for a second question asking the years of what the first asks for.
func TestAnswerYearsOfSeveralEvents(t *testing.T) {
	s := realStore(t)
	q := "Might you tell me in which years the civil mediation was first brought and the Seoul court's ruling handed down?"
	if ids := answerIDs(s, q); len(ids) < 2 || ids[0] != "comfort-women-mediation-2013" || ids[1] != "comfort-women-seoul-ruling-2021" {
		t.Errorf("%q: answer %v; want the mediation, then the ruling", q, ids)
	}
	checkAnswered(t, s, []answered{
		{"Which Japanese prime ministers have visited the Yasukuni Shrine in person, and in which years did those visits take place?", false},
	})
}

// A second question asking by a pronoun of what the first names is read with its names.
func TestAnswerSecondPartAsksOfTheFirstsNames(t *testing.T) {
	s := realStore(t)
	q := "How many materials were covered by those Japanese export controls against Seoul, and to which industry did they belong, as the article states?"
	ids := answerIDs(s, q)
	if !slices.Contains(ids, "japan-export-controls-july-2019") || !slices.Contains(ids, "export-controls-blow-to-korea-ict") {
		t.Errorf("Answer(%q) = %v, want the three materials and the industry hit", q, ids)
	}
}

// A question asking how long is answered only by a fact that gives a duration, or a date to
// count from.
// A count a premise guesses, asked for exactly, is answered by a fact that counts what the
// premise counts, or not at all.
func TestAnswerCountGuessedNeedsACount(t *testing.T) {
	checkAnswered(t, realStore(t), []answered{
		{"NATO had thirty members in Madrid, right? How many exactly?", false},
		{"North Korea holds about 20 Japanese abductees, right? What's the exact figure?", false},
		{"Japan restricted five materials, right? How many exactly?", true},
		{"The summit lasted four days, right? How many days exactly?", true},
	})
}

func TestAnswerHowLongNeedsADuration(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"How long did the Biden-Kishida-Yoon trilateral actually last?", false},
		{"How long did the Madrid NATO summit last?", true},                                                       // "the two-day NATO summit"
		{"how long was gimpo haneda closed", true},                                                                // "shut for more than two years"
		{"how long had it been since the leaders of the US, Japan and South Korea last sat down together?", true}, // "in September 2017"
		{"How long did the Biden-Kishida-Yoon meeting last?", false},                                              // the summit's two days are not the meeting's
		{"How long did the NATO gathering in Spain run for?", true},                                               // a summit runs as it lasts
		{"how long did the summit last?", true},                                                                   // not "the last summit"
		{"How long has the comfort women issue been left unresolved?", true},                                      // "for several years"
	}
	checkAnswered(t, s, tests)
	// Asked second, how long something lasted is not when it last happened.
	checkLeads(t, s, []led{{"What date does the article give, and how long did the whole thing last?", "summit-caption-june-29"}})
	// Of two facts on the summit, the one that says how long it ran leads.
	if ids := answerIDs(s, "How long did the NATO summit in Spain go on for?"); len(ids) == 0 || ids[0] != "summit-caption-june-29" {
		t.Errorf("How long did the NATO summit in Spain go on for? = %v, want the two-day summit first", ids)
	}
}

// A question asking how its subject reacted, or what it said, is answered only by the
// subject's own facts: those that name it do not say how it reacted.
func TestAnswerReactionNeedsTheActorsOwn(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"How did Pyongyang react to the US-Japan-Korea trilateral meeting?", false},
		{"What Pyongyang said after the US Japan Korea trilateral meeting?", false},
		{"How did Pyongyang's official news agency react to the three-way meeting of the American, Japanese and South Korean leaders in Madrid?", false}, // its own organ's reaction
		{"How did Seoul's government react to Japan's export curbs?", true},
		{"What did China's government say about the NATO meeting?", false}, // its government is China
		{"What did South Korea's government say about Japan's waste water discharge?", true},
		{"How did the Dokdo survey that Japan protested turn out?", false},               // the article tells of the plan
		{"How did the white list dispute between Tokyo and Seoul end?", false},           // the moves that made it are no end
		{"how did the flight suspension end?", true},                                     // the route resumed
		{"What does Japan's Diplomatic Bluebook say about relations with China?", false}, // it is told only of Dokdo
		{"What does Japan's Diplomatic Bluebook say about Dokdo?", true},
		{"How did Japan respond to the Dokdo survey plan?", true},
		{"What did Korea's former foreign minister say about solving history issues with Japan?", true},
		// "China-related issues" the four avoided is not China's own act.
		{"How did Beijing react to the four Asia-Pacific leaders going to Madrid?", false},
		{"How did Beijing officially respond to the Madrid summit?", false},
		{"What did North Korea do in response to the Madrid summit?", false},
		{"What did Ardern say about China?", true},
		{"What did Korea's former foreign minister say it would take to settle the history problems?", true}, // the minister's words
		{"How did the other three countries respond to Japan's push for four-country cooperation?", true},
		{"What does Beijing make of the four-country meeting?", false}, // a view of its own the article never gives
		{"What does Japan make of NATO?", true},
		// A stance of an actor the article records no view or act of.
		{"What is North Korea's view of Japan?", false},
		{"What is South Korea's view of Japan?", true},
		{"What does Japan say about the comfort women rulings?", true},
		// The same asked with a noun after the actor's possessive.
		{"What was Beijing's official response to Japan and Korea attending the NATO summit?", false},
		{"What is China's reaction to the four-country meeting?", false},
		{"What was Seoul's response to the Bluebook?", true},
		{"What was Japan's reaction to the Dokdo survey?", true},
		// No fact says "reaction": what the actor did (Seoul protested) answers, and only that.
		{"What was Seoul's reaction to the Bluebook?", true},
		{"What was Beijing's reaction to the Bluebook?", false},
		// …and as a query opening with the actor and the noun.
		{"pyongyang reaction to us jp rok meeting", false},
		{"Beijing's response to the Madrid summit", false},
		{"seoul response to the bluebook", true},
		// …and as askers whose English leaves out the auxiliary.
		{"How Beijing reacted officially to the Madrid summit?", false},
		{"How Seoul responded to the Bluebook?", true},
		// …and with the verb before the actor, as word-by-word readings put it.
		{"how reacted pyongyang in the trilateral meeting in the Madrid?", false},
		{"how reacted Beijing at the summit? make statement?", false},
		{"how reacted Seoul to the Japanese Bluebook?", true},
		{"how responded Korea to the export controls?", true},
		// …and with the reaction last, as a verb-last language read word by word puts it.
		{"how Beijing Madrid summit officially reaction?", false},
		{"what Pyongyang trilateral talks reaction?", false},
		{"how Japan North Korea missile reaction?", true}, // North Korea is what Japan reacts to
	}
	checkAnswered(t, s, tests)
}

// A question asking who is answered only by a fact naming someone it does not ask about.
func TestAnswerWhoNeedsSomeoneElse(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"Who headed the delegation that Yoon sent to Tokyo before his inauguration?", false},
		// A request wrapping the question asks who as the question does.
		{"Could you remind me who currently serves as South Korea's foreign minister under the new administration, and what his background may be?", false},
		// A role only a person holds is not answered by the court, the country or the author.
		{"Who was the Seoul court judge who ruled in the 2021 comfort women case?", false},
		{"What is the name of the Seoul court judge who ruled in the 2021 comfort women case?", false},
		{"Who were the analysts the author cites for the claim that Washington is pushing NATO into Asia?", false},
		{"what was the name of the envoy japan sent to yoon's inauguration?", true}, // Hayashi
		// Who is in charge of something is a person, as who leads it.
		{"Who is in charge of the consultation mechanism Yoon's government wants to set up on the wartime labor issue?", false},
		{"Who in South Korea opposes Japan's discharge of the nuclear plant water?", true}, // the government and opposition
		{"Who in South Korea wants more autonomy?", true},                                  // many voices
		{"who in tokyo lodged the protest over koreas dokdo survey", false},                // Yoon is no one in Tokyo
		{"Who moderated the four-country meeting?", true},
		// A person leads a body, not the government that set it up.
		{"Who will lead the Yoon government's consultation mechanism on the forced labour issue?", false},
		{"Who leads the Yoon government's public-private consultation body on the forced labour issue?", false},
		{"Who leads South Korea?", true}, // Yoon
		{"who runs japan", true},         // Kishida
		{"Who attended Yoon's inauguration for Japan?", true},
		{"Who did Yoon send to Japan before taking office?", true}, // the delegation
		// Who holds an office, or the holder's name, is answered only by a fact naming a person.
		{"Who was the South Korean police chief whose trip to Dokdo derailed the press conference?", false},
		{"What was the name of the Korean police commissioner who landed on Dokdo?", false},
		{"Who is the New Zealand prime minister mentioned in the piece?", true}, // the title names Ardern
		{"Who was Japan's foreign minister at Yoon's inauguration?", true},      // Hayashi
		// A holder of the country's office, not another country's or a leader for a minister;
		// one in office, when asked who holds it now.
		{"Who was Seoul's foreign minister at the time of the Madrid summit?", false}, // not Japan's Hayashi
		{"who is seouls foreign minister right now", false},                           // Chung is a former one
		{"Who is South Korea's foreign minister now under Yoon?", false},              // Yoon is no minister
		{"who is south korea's former foreign minister", true},                        // Chung
		{"Which Japanese minister visited Yasukuni Shrine recently?", false},
		{"who r the three defence ministers that agreed on the drills", false}, // leaders are no ministers
		{"who led yoons delegation to tokyo", false},                           // "yoons" is Yoon's, not someone else
		{"Which Japanese cabinet ministers visited the Yasukuni Shrine in 2022?", false},
		{"Which Japanese minister attended Yoon's inauguration?", true}, // Hayashi
		// "Which official" is answered by the office, of the country asked about.
		{"Which South Korean official landed on Dokdo?", true}, // the police commissioner
		{"Which US official walked out of the November 2021 press conference?", false},
		{"who's australias foreign minster?", false}, // "who's", and a letter off
		{"Who chairs the public-private panel Seoul set up on the forced-labour compensation issue?", false},
		{"Who chaired the four-country meeting?", true}, // Kishida moderated it
		{"Who headed the South Korean policy consultation delegation that went to Tokyo?", false},
		{"Who is South Korea's president now?", true}, // Yoon
		// The holder named together with the place or thing asked about: the article names
		// no prime minister at Yasukuni, while Kishida's facts on the summit name Madrid.
		{"What are the names of the US, Japanese and Korean defence ministers who agreed to restart the exercises?", false},
		{"which japanese prime minister visited yasukuni", false},
		{"which JP PM went to yasukuni", false},
		{"What is Japan's prime minister's name again? The one who went to Madrid", true},
		{"Which Japanese prime minister attended the Madrid summit?", true},
		{"Which US president met Kishida and Yoon at the NATO summit?", true}, // at the trilateral held within it
		// The office may come after three words of the kind of holder; an auxiliary ends them.
		{"Which Japanese deputy foreign minister took part in the November 2021 press conference?", false},
		{"Which shrine do Japanese officials visit that angers Koreans?", true},
		// A name asked for is a holder's only when the office comes before the clause that
		// describes what is named.
		{"Name the shrine whose visits by Japanese officials fuel anti-Japanese feeling in South Korea.", true},
		{"sk foreign minister name now", false}, // Chung is a former one
		// A country named as the other side of what the holder did is not the holder's; a
		// title's possessive asks for a leader as the title does.
		{"Which president tried to resume dialogue with North Korea?", true}, // Moon
		// The leader's own fact says who, read without the title it does not use.
		{"who was new zealand's leader that commented on china after the summit?", true}, // Ardern
		// A counterpart is someone else than whom the question names.
		{"Who was Hayashi's South Korean counterpart as foreign minister?", false},
		{"Who was Japan's prime minister when the last US-Japan-South Korea leaders' meeting took place in 2017?", false},
		{"Which South Korean president's government tried its best to resume dialogue with North Korea?", true},
	}
	checkAnswered(t, s, tests)
	// The holder the question asks for leads, not a fact naming another country's.
	if ids := answerIDs(s, "Who is South Korea's foreign minister?"); len(ids) == 0 || ids[0] != "chung-correct-historical-understanding" {
		t.Errorf("Who is South Korea's foreign minister? = %v, want Chung Eui-yong's fact first", ids)
	}
}

// A question naming a year or a month is not answered by facts dated to other times.
func TestAnswerYearAskedIsGiven(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"Who was the US president at the 2017 trilateral leaders' meeting?", false},
		{"What did Biden say at the 2017 trilateral meeting?", false},
		{"What did South Korea announce in August 2020?", false}, // GSOMIA's abolition was 2019
		{"What did Japan protest in 2021 about Dokdo?", true},
		{"Was Madrid the first trilateral leaders' meeting since 2017?", true},
		{"How did Seoul hit back after Tokyo's 2019 export restrictions?", true},         // the response gives no year, the controls do
		{"How did Seoul hit back against Japan's 2019 export measures?", true},           // measures are the controls' everyday name
		{"What Korean plan around the disputed island did Tokyo protest in 2022?", true}, // undated, around Yoon's inauguration
		// So is a month, when the facts are dated to others.
		{"What did Biden and Ardern discuss at the White House in May 2022?", false},
		{"What did South Korea announce in August 2019?", true},
		{"What happened in May 2022 between Japan and South Korea?", true},
		{"What did Japan change about exports to South Korea in July 2019?", true},
		// Asked whether it happened in a year of the article's past, the fact telling of it
		// in another year corrects the question; a year after the article is not told.
		{"Did South Korea scrap the GSOMIA intelligence pact with Japan in 2021?", true},
		{"Did Japan and South Korea restore the GSOMIA intelligence pact in 2023?", false},
		// Put to be confirmed in other words than the fact's, too.
		{"Tokyo's export curbs on Seoul started in 2020, didn't they?", true},
		{"japan's export curbs on korea started in 2020, right?", true}, // the curbs were announced in 2019
		{"the comfort women victims only went to court recently, like 2020?", true},
		// A year put to be confirmed with a place no fact names is corrected all the same.
		{"The comfort women ruling came from a Busan court in 2019, right?", true},
		{"Japan and Korea signed GSOMIA in 2016, didn't they?", false},
		// "When," set off by a comma still asks when: the date the exercises were hoped for
		// is not when they took place.
		{"When, following the defence ministers' understanding, did the trilateral exercises actually take place?", false},
		// The article dates nothing after the summit but what it says came after it.
		{"When were the first US-Japan-South Korea joint military drills held after the Madrid summit?", false},
		{"When did Ardern speak about China after Madrid?", true},
		// A month put to be confirmed is corrected as a year is.
		{"Kishida went to Yoon's inauguration in March, didn't he? Who really went?", true},
		// So is one a question opens with, as a statement would put it.
		{"in July 2018 Japan tightened exports of what to Korea?", true},
		{"In August 2020 South Korea scrapped which military agreement with Japan?", true},
		// So is one stated before what is asked of it.
		{"In August 2018 Seoul scrapped a security pact with Tokyo, which one was it", true},
		{"Did Biden and Ardern meet at the White House in May 2022?", false},
		{"Biden and Ardern met at the White House in May 2022, didn't they?", false},
	}
	checkAnswered(t, s, tests)
	if ids := answerIDs(s, "Did South Korea scrap the GSOMIA intelligence pact with Japan in 2021?"); len(ids) == 0 || ids[0] != "gsomia-abolition-august-2019" {
		t.Errorf("Did South Korea scrap GSOMIA in 2021? = %v, want its abolition in 2019 first", ids)
	}
	// Asked with a negative auxiliary, as a sceptic does, the year is corrected the same way.
	if ids := answerIDs(s, "Isn't it the case the Seoul court's comfort women ruling came in 2015?"); len(ids) == 0 || ids[0] != "comfort-women-seoul-ruling-2021" {
		t.Errorf("Isn't it the case the ruling came in 2015? = %v, want the 2021 ruling first", ids)
	}
}

// When someone took office is answered only by a fact telling of that person taking it.
func TestAnswerTakingOfficeIsTheirs(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"When did Kishida become prime minister?", false}, // Yoon's inauguration names him
		{"When did Hayashi become Japan's foreign minister?", false},
		{"How long has Kishida been prime minister?", false}, // nor how long he has held it
		{"how long was Moon in power?", false},
		{"How long did the Madrid summit last?", true}, // how long, of no office
		{"When did Yoon become president?", true},
		{"When was Yoon inaugurated?", true},
		{"When did Yoon take office?", true},
		// Taking office as a time, not as what is asked.
		{"Around the time Yoon took office, what did Tokyo protest about Dokdo?", true},
	}
	checkAnswered(t, s, tests)
}

// What someone said or thought about something is answered only by a fact naming it.
func TestAnswerSaidAboutNamesIt(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"What did Japan's Diplomatic Bluebook say about China?", false}, // it claims Dokdo
		{"What did Moon Jae-in think of Yoon going to the NATO summit?", false},
		{"What did South Korea's opposition Democratic Party say about Yoon going to the NATO summit?", false},
		{"What did Ardern say about China?", true},
		{"In Madrid, what did Ardern say about Ukraine?", false}, // the four leaders' talk of it is not hers
		{"What did South Korea say about Japan's Bluebook?", true},
		{"did yoon say anything about china at nato", true}, // at NATO is where, not what about
		// What a claim is about ends where an auxiliary opens the clause that asks.
		{"What Japanese claim about Dokdo did Seoul protest around the time Yoon took office?", true},
		{"What did Biden tell Yoon about China?", false}, // what he told is about the alliance
		// A clause describing the words says what it is about, not what was said.
		{"What did Tokyo say at Madrid that partly took Seoul's concerns about North Korea into account?", true},
		{"Did Biden say that he was worried about China?", false},
		{"Did Japan say anything at the NATO summit about nuclear weapons that helps Korea?", true},                        // the clause says what they do for Korea
		{"some analysts say the us pushing nato into asia is just about trade, what goal do they actually point to", true}, // what was said, guessed
		{"What did Biden tell Kishida and Yoon about North Korea?", true},
		// A place the words are about is what they must name; a place after it is where.
		{"What did Yoon and Kishida say about Dokdo when they met in Madrid?", false},
		{"What did Japan say about Dokdo?", true},
		{"What has Biden said about cooperation among the four Asia-Pacific countries?", true},
		// A subject named only as a topic is answered by a fact filed under it.
		{"What did Biden tell Kishida and Yoon about their history disputes?", false},
		{"What did Chung say about history?", true},
		{"What did the author say about trade?", true},
		// What the author says frames the question; the worry is what is about foreign policy.
		{"What apprehension does the author say exists within South Korea about the direction of its foreign policy?", true},
	}
	checkAnswered(t, s, tests)
}

// Asked where or in which country something was held, the clause describing what was held
// is not asked about: who attended is not where.
func TestAnswerHostedDescribed(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"Which country hosted the NATO summit that Japan and Korea attended?", "nato-summit-madrid-june-2022"},
		{"Which country hosted the summit that Tokyo, Seoul, Canberra and Wellington were all invited to?", "nato-summit-madrid-june-2022"},
		{"Where was the summit held which the four Asia-Pacific leaders attended?", "nato-summit-madrid-june-2022"},
	})
	for _, tt := range []struct{ q, want string }{
		{"Which country hosted the NATO summit that Japan and Korea attended?", "Which country hosted the NATO summit?"},
		{"Which countries did Japan say that it would work with?", "Which countries did Japan say that it would work with?"}, // asks no place
		{"Where does Tokyo stand on the claims that Seoul made?", "Where does Tokyo stand on the claims that Seoul made?"},
		{"Where did NATO hold its summit and which partners were invited?", "Where did NATO hold its summit and which partners were invited?"},
	} {
		if got := withoutHostedDescribed(tt.q); got != tt.want {
			t.Errorf("withoutHostedDescribed(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// Where is answered only by a fact naming a place, or a country or body not asked about.
func TestAnswerWhereNamesAPlace(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"Where was the 2017 US-Japan-South Korea leaders' meeting held?", false},
		{"Where was the November 2021 joint press conference of the deputy foreign ministers held?", false}, // Dokdo is where the police chief landed
		{"Where was the NATO summit held?", true},                                                           // in Madrid
		{"Where and when will the restarted US-Japan-Korea military drills take place?", false},
		{"Where was the 2017 trilateral leaders' meeting held?", false},                   // the three who met are no venue
		{"Where was the NATO summit held?", true},                                         // Madrid
		{"Where did South Korea lodge a complaint over the Japanese export curbs?", true}, // the WTO
		{"Where did Yoon send a policy consultation delegation?", true},                   // Japan
		// "Where was X when…" asks where X was: a visit before does not say.
		{"Where was Ardern when she said New Zealand and China should still cooperate?", false},
		{"Where did the US, Japanese and Korean defence ministers meet when they agreed on restarting the drills?", false},
		{"Where were the leaders when the NATO summit opened?", true}, // in Madrid
		// Asked when and where, a date is not enough; "the first drill" asks no order of events.
		{"When and where was the first US-Japan-ROK military drill held after Madrid?", false},
		{"where was the first US-Japan-ROK military drill held?", false},
		{"Which came first, Japan's export curbs or Korea dropping GSOMIA?", true},
		{"Did the export controls or the GSOMIA decision happen first?", true},
		// "In which city" asks where, too.
		{"In which city was that cancelled deputy foreign ministers' press conference held?", false},
		{"In which city was the NATO summit held?", true},
		// So does "in which sea": the drills are to restart, nowhere named.
		{"In which sea will the US Japan Korea military exercise be held?", false},
		{"When precisely, and in which city, was the Reciprocal Access Agreement between Japan and Australia signed?", false},
		{"When, and in which city, was the NATO summit held?", true},
		// A city is no country: the two that signed an agreement do not say where.
		{"In which city was the Reciprocal Access Agreement signed?", false},
		{"In which city was the 2013 comfort women mediation filed?", false},
		// A capital is a city where something was ("a court in Seoul").
		{"In which city did a court rule on the comfort women in 2021?", true},
		{"Where did the 2021 comfort women ruling take place?", true},
		{"Which city hosted the 2022 NATO summit that Tokyo and Seoul's leaders flew to?", true},
		// Where leaders met is where their meeting was: "the Madrid meeting", whether or not
		// the fact is filed under Madrid; not "before Madrid", nor a meeting of another year.
		{"where did the four leaders meet?", true},
		{"Where did Biden, Kishida and Yoon meet?", true},
		{"In which city did the three leaders meet back in 2017?", false},
		{"Where was the 2017 leaders' meeting of the US, Japan and South Korea held, and what was agreed there?", false},
		// A place the question names is not where within it.
		{"Where in Madrid did the four Asia-Pacific leaders hold their meeting?", false},
		{"what venue in madrid hosted the nato summit?", false},
	}
	checkAnswered(t, s, tests)
	// Of the close facts, the one that names where leads.
	if ids := answerIDs(s, "Where did South Korea take its complaint about the Japanese export curbs?"); len(ids) == 0 || ids[0] != "korea-wto-complaint" {
		t.Errorf("Where did South Korea take its complaint…? = %v, want the WTO complaint first", ids)
	}
	if ids := answerIDs(s, "where did the four leaders meet?"); len(ids) == 0 || ids[0] != "kishida-moderates-four-country-meeting" {
		t.Errorf("where did the four leaders meet? = %v, want their Madrid meeting first", ids)
	}
}

// What was agreed is answered only by a lead fact that tells of an agreement, pledge or hope.
func TestAnswerAgreedNeedsAnAgreement(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"What was agreed at the September 2017 trilateral leaders' meeting?", false}, // only its date
		{"wat did the 2017 us japan korea leaders meeting agree on", false},           // "wat" asks what
		{"What did Biden and Yoon agree on when Biden visited Seoul in May?", false},
		{"What did the US, Japan and South Korea agree to do about North Korea's nuclear program?", true},
		{"What did the defence ministers of the US, Japan and South Korea agree?", true}, // to restart exercises
		{"What did the four agree to explore?", true},                                    // the Indo-Pacific strategy
	}
	checkAnswered(t, s, tests)
}

// A question asking about an undoing is answered only by facts that tell of one.
func TestAnswerUndoingNeedsOne(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"When did Japan put South Korea back on its export white list?", false},
		{"Did Seoul end up reversing its decision to drop GSOMIA?", false},
		{"When did Japan lift its export controls on South Korea?", false},
		{"Has the Gimpo-Haneda flight route been restored?", true}, // "has resumed operations"
		{"Were the talks meant to restore US-Japan-Korea cooperation?", true},
		{"How did Seoul hit back at Japan's export curbs?", true}, // hitting back is no undoing
		{"Did Tokyo roll back its export restrictions on Korea after Yoon took office?", false},
		// A position reversed is answered by the facts holding it: they say it still holds.
		{"Biden reversed his defence commitment to Seoul in Madrid, right?", true},
		// Put first as a premise, an undoing is dated only by a fact telling of it.
		{"gsomia got restored later right? when exactly", false},
		{"the gimpo-haneda flights were restored right? when?", true},
	}
	checkAnswered(t, s, tests)
}

// A pair asked "between A and B" is answered by a fact on both, or not at all.
func TestAnswerBetweenAPairNamesBoth(t *testing.T) {
	s := realStore(t)
	checkAnswered(t, s, []answered{
		{"What is the dispute between Japan and South Korea over Dokdo?", true},
	})
	// The fields of cooperation are its aspects: maritime security, counter-terrorism…, not
	// US–Japan–Korea cooperation.
	checkLeads(t, s, []led{
		{"In which fields has defence cooperation between Japan and Australia been pursued?", "japan-australia-defence-agreements"},
		{"In which fields has defence cooperation between Japan and Australia been most actively pursued?", "japan-australia-defence-agreements"}, // how keenly only stresses where
	})
	if ids := answerIDs(s, "What agreement was signed between Japan and Australia?"); len(ids) == 0 || !slices.Contains([]string{"japan-australia-reciprocal-access", "japan-australia-defence-agreements"}, ids[0]) {
		t.Errorf("agreement between Japan and Australia = %v, want a Japan–Australia fact first", ids)
	}
}

// Everyday words for what the facts say otherwise: a knock is a blow, forces going in and
// out of each other's countries is what the access agreement allows, and diplomacy close to
// home is focused on one's own region.
func TestAnswerEverydayWordsForFacts(t *testing.T) {
	checkLeads(t, realStore(t), []led{
		{"Which South Korean industry took the biggest knock from Japan's export move?", "export-controls-blow-to-korea-ict"},
		{"What kind of agreement did Japan and Australia sign that lets their forces go in and out of each other's countries?", "japan-australia-reciprocal-access"},
		{"What agreement did Tokyo and Canberra sign that allows their forces to visit and operate in each other's territory?", "japan-australia-reciprocal-access"},
		{"Why do Seoul, Canberra and Wellington keep their diplomacy so close to home?", "three-countries-regional-focus"}, // their own regions
		{"How does Australia try to raise its own value in the region?", "australia-security-cooperation-value"},
		{"What role is Canberra trying to play in its neighbourhood?", "australia-security-cooperation-value"},
		{"Why is compensation for Korean workers from World War II such an emotional issue in Seoul?", "labour-compensation-korean-feelings"},
		{"why does the wartime labour issue weigh so heavily in Korea?", "labour-compensation-korean-feelings"},
		{"What's Korea's 'great power diplomacy' about?", "korea-strategic-autonomy-middle-power"}, // the kind misremembered
		// "The four leaders" are those who met in Madrid: what they said, not what NATO did.
		{"What did the four leaders say they would do with NATO?", "four-leaders-pledge-nato-cooperation"},
		{"What did the four leaders commit to at their meeting?", "four-leaders-pledge-nato-cooperation"},
		// To be rattled or spooked is to be worried; a "Quad-style" mechanism is one like
		// the Quad, not the Quad.
		{"What has Tokyo spooked about North Korea?", "japan-concerns-missiles-kidnapping"},
		{"Is the four-country meeting becoming a Quad-like grouping?", "no-new-quadrilateral-quasi-alliance"},
		// A diplomacy's main target is its goal; "last time when" says when; what "the
		// article keeps mentioning" is only who is asked about.
		{"Japan diplomacy main target is what?", "japan-national-normalisation"},
		{"Last time when the progressives ran Korea, how did they treat trilateral cooperation?", "progressive-governments-cautious"},
		{"Who is this Adrian the article keeps mentioning?", "ardern-cooperate-with-china"},
		// A sailor's idioms: battening down the hatches, returning fire, a broadside, getting
		// back under way, hand in glove, a diplomatic compass, what weighs heavy.
		{"When did Tokyo batten down the hatches on chip exports to Seoul?", "japan-export-controls-july-2019"},
		{"How did South Korea return fire over the export controls?", "korea-removes-japan-white-list"},
		{"Which Korean industry took the biggest broadside from the export controls?", "export-controls-blow-to-korea-ict"},
		{"Which flights between Japan and Korea got back under way?", "gimpo-haneda-route-resumed"},
		{"Where do Japan and Australia work hand in glove?", "japan-australia-most-mature"},
		{"What does New Zealand set its diplomatic compass by?", "new-zealand-survival-south-pacific"},
		{"Apart from missiles, what about North Korea weighs heavy on Japan?", "japan-concerns-missiles-kidnapping"},
		{"Was the four-leader meeting real cargo or flag-waving?", "four-country-meeting-gesture"},
		// A Texan's: keen on getting others hitched up is wanting them together; a sore spot
		// is a sensitive issue, the bread and butter of cooperation its focus, what a country
		// is worth its value.
		{"Why is the US so doggone keen on getting Tokyo and Seoul hitched up in a trilateral?", "trilateral-cooperation-us-benefits"},
		{"Why is forced labour compensation such a sore spot in Korea?", "labour-compensation-korean-feelings"},
		{"How does Australia show what it's worth in its region?", "australia-security-cooperation-value"},
		{"What is the bread and butter of Australia–New Zealand cooperation?", "australia-new-zealand-south-pacific"},
		// What a country's people call something is what it calls it.
		{"What do Japanese people call Dokdo?", "dokdo-japan-protests-korean-survey"},
		// "Wasn't it the case that…" puts a statement to be checked, no court case.
		{"Wasn't it the case that Seoul's progressive governments were not keen on trilateral cooperation?", "progressive-governments-cautious"},
		// A pundit's: back on the schedule, fixated on, regional ball.
		{"Which flights got put back on the schedule between Japan and Korea?", "gimpo-haneda-route-resumed"},
		{"What is Japan fixated on regarding North Korea?", "japan-concerns-missiles-kidnapping"},
		{"Why is Seoul playing regional ball instead of going global?", "three-countries-regional-focus"},
		{"Why did South Korea hang back from falling in line behind the US-Japan strategy?", "korea-hesitates-regional-strategy"},
		// "How representative of" asks how far a view reflects others'.
		{"How representative of South Korean opinion are the former foreign minister's remarks on history?", "korea-unanimous-on-history"},
		// "Of the four…" picks from a group, as "among" does; to shoulder more is to share more.
		{"Of the four Asia-Pacific guests, which two take the hardest line on Beijing?", "japan-australia-firm-on-china"},
		{"Of the four partners, which two will Washington expect to shoulder greater responsibilities on its behalf?", "us-expects-japan-australia-responsibility"},
		{"Who ran the four-leader session with Australia and New Zealand?", "kishida-moderates-four-country-meeting"},
		{"Before Yoon was even sworn in, what did he send to Tokyo to start patching things up?", "yoon-policy-consultation-delegation"},
		// Easing frosty ties is warming them; Yoon's arrival is his taking office.
		{"Has Yoon's arrival eased the frosty Seoul–Tokyo relationship?", "yoon-government-little-warmth"},
		// "The Spanish capital" is Madrid, not Spain.
		{"What smaller leaders' meetings were arranged on the margins of the summit in the Spanish capital?", "summit-two-leaders-meetings"},
		{"Which separate leaders' meetings were arranged alongside the main proceedings?", "summit-two-leaders-meetings"},
		// Institutionalised working contacts are a mechanism of regular meetings.
		{"How well institutionalised are Japan and Australia's working contacts?", "japan-australia-frequent-visits"},
		// Preferential trade status is the white list, and stripping it is removing it.
		{"What preferential trade status did Japan strip from Korea?", "japan-white-list-removal-proposal"},
		// To trade views is to discuss.
		{"Which war did the four Asia-Pacific leaders trade views on?", "four-country-meeting-ukraine"},
		// To sign on to a strategy run by others is to join one they lead.
		{"Why is Seoul reluctant to fully sign on to a regional strategy run by Washington and Tokyo?", "korea-hesitates-regional-strategy"},
		// The leader a clause picks out is asked for by name.
		{"Who is the New Zealand leader who spoke on China?", "ardern-cooperate-with-china"},
		// What one hopes to gain is what one wants: Japan's own goals, not Korea's approach.
		{"What does Japan hope to gain from cooperating with the US and South Korea?", "japan-goal-post-war-system"},
		// Consolidating its ties with both is South Korea's own aim in trilateral cooperation.
		{"What does South Korea want from trilateral cooperation with the US and Japan?", "korea-deter-north-korea-via-trilateral"},
		// To follow one's own path is to seek autonomy.
		{"Does South Korea want to follow its own path in foreign policy?", "korea-strategic-autonomy-middle-power"},
		// To come to an understanding is to agree.
		{"Did the American, Japanese and South Korean defence ministers come to any sort of understanding around that time?", "defence-ministers-restart-exercises"},
		// A tabloid's: booting off is removing, a hammering a great blow, the golden ticket an
		// invitation, one's own patch one's own region, feet under the desk taking office.
		{"Did Seoul boot Japan off its own list in return?", "korea-removes-japan-white-list"},
		{"Korea's chip makers took a hammering — which sector exactly?", "export-controls-blow-to-korea-ict"},
		{"Which four got the golden ticket to the summit?", "four-partners-invited-first-time"},
		{"Does Wellington stick to its own patch?", "new-zealand-survival-south-pacific"},
		{"What did Yoon do about Japan before he got his feet under the desk?", "yoon-policy-consultation-delegation"},
		// Dithering is hesitating; "Yank-led" is US-led; a dream is a goal; "goods" are the
		// materials, and "good" no word of the facts.
		{"Is Korea still dithering on that Indo-Pacific plan?", "korea-hesitates-regional-strategy"},
		{"what's tokyo's dream for itself as a nation?", "japan-national-normalisation"},
		{"Which goods were caught by Tokyo's export curbs?", "japan-export-controls-july-2019"},
		{"Is it any good for Seoul to go all-in with Washington and Tokyo?", "korea-worries-one-sided-yoon"},
		// Rows get sorted when resolved; what winds people up angers them; all talk and no
		// action is more gesture than substance; the short run is the short term.
		{"Can the labour rows ever get sorted, according to Chung?", "chung-correct-historical-understanding"},
		{"What winds up Korean voters about Tokyo's textbooks?", "textbooks-yasukuni-anti-japanese-sentiment"},
		{"Is the Madrid four-way all talk and no action?", "four-country-meeting-gesture"},
		{"Where does Seoul aim its diplomacy in the short run?", "korea-focus-northeast-asia"},
		// "Closer" ties hoped for are no closeness the facts tell; what stands in the way
		// hinders.
		{"What's the biggest barrier to closer Seoul-Tokyo ties?", "textbooks-yasukuni-anti-japanese-sentiment"},
		{"What stands in the way of Tokyo and Seoul working together?", "dokdo-barrier-to-cooperation"},
		// An analyst's jargon: mission sets are matters, a route switched back on resumed;
		// what the article puts in quotes is what it calls something.
		{"What mission sets do Tokyo and Canberra work on together?", "japan-australia-defence-agreements"},
		{"When was the Gimpo route switched back on?", "gimpo-haneda-route-resumed"},
		{"What does the article put in quotes for Washington's Asian project?", "us-asia-pacific-nato"},
		// Others asked for besides actors set aside: the set-aside do not lead.
		{"Apart from Japan, which other partners sent leaders to the summit?", "four-partners-invited-first-time"},
		// Evidence an author cites is the reasons they give.
		{"What evidence does the author cite for Seoul's caution?", "progressive-governments-cautious"},
		// What is in place is no place; to take a complaint somewhere is to file it there.
		{"Once Tokyo had its curbs in place, where did Seoul take its complaint?", "korea-wto-complaint"},
		// A tie-up is cooperation; to dump a partner is to abandon it, not to discharge water.
		{"Do Korean progressives welcome a tie-up with Tokyo?", "progressive-governments-cautious"},
		{"Could Canberra and Tokyo afford to dump China?", "japan-australia-cannot-abandon-china"},
		// "Mainly" says how far, not what; the issue a cooperation focuses on is its focus;
		// "in recent years" says now.
		{"What does Australia and New Zealand's cooperation mainly focus on?", "australia-new-zealand-south-pacific"},
		{"Which issue does Australia and New Zealand's cooperation focus on?", "australia-new-zealand-south-pacific"},
		{"In recent years, what has South Korea's policy toward China been?", "korea-positive-attitude-china"},
	})
}

// Chat shorthand and homely words: "acc to", "or nah", a get-together, smiles and handshakes.
func TestAnswerChatShorthand(t *testing.T) {
	checkLeads(t, realStore(t), []led{
		{"how does Tokyo try to curb china acc to the article", "japan-curbs-china-via-alliance-quad"},
		{"Did the four-country get-together actually achieve anything, or was it mostly smiles and handshakes?", "four-country-talks-lacked-substance"},
	})
	checkAnswered(t, realStore(t), []answered{
		{"did the 4 asia pacific leaders get anything concrete done in madrid or nah", true},
	})
}

// What Japan said at the summit that met Seoul's concerns, however the asker hedges how it
// might be read or says whom it was to reassure.
func TestAnswerJapansGestureToSeoul(t *testing.T) {
	checkLeads(t, realStore(t), []led{
		{"Did Tokyo say anything at the summit concerning nuclear weapons that might be read as a gesture towards Seoul's concerns?", "japan-nuclear-stance-korea-concerns"},
		// Asked after a wrong premise set at the summit, what Tokyo said is what it said there.
		{"At the summit Japan said it wanted NATO's help on climate change, right? what did Tokyo actually say it wanted to cooperate on", "japan-nato-nuclear-disarmament"},
		{"What did Tokyo say at the NATO summit it wanted to work on with NATO members, partly to reassure Seoul?", "japan-nuclear-stance-korea-concerns"},
	})
}

// Arguing against something is opposing it: Japan's objection to the labour compensation
// rulings leads, not its objection to the comfort women's.
func TestAnswerArguingAgainstIsOpposing(t *testing.T) {
	checkLeads(t, realStore(t), []led{
		{"How did Tokyo argue against the labor compensation rulings?", "japan-opposes-asset-enforcement"},
	})
}

// A "how many" question is answered only by facts that give a number.
func TestAnswerHowManyNeedsANumber(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"How many missiles did Pyongyang launch during 2022?", false},
		{"How many comfort women victims were plaintiffs in the Seoul court case?", false}, // a date is not a count
		{"How many flights a week now run on the Gimpo-Haneda route?", false},              // "shut for two years" counts years, not flights
		{"How many days did the Madrid summit run?", true},                                 // "the two-day NATO summit"
		{"chip materials Japan restricted to Korea, how many?", true},                      // "three core semiconductor raw materials"
		// A count of one unit of time is no count of another, nor "the four leaders".
		{"how many minutes did the four asia-pacific leaders actually meet for in madrid?", false},
		{"How many minutes did the Biden-Kishida-Yoon meeting last?", false}, // the last one was five years before
		{"How many years had the Gimpo-Haneda route been shut?", true},
	}
	checkAnswered(t, s, tests)
}

// "How much" of an amount is answered only by facts that give one: the article gives none. A
// degree asked with "how much" is answered.
func TestAnswerHowMuchNeedsAnAmount(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"How much did South Korea's chip exports fall because of Tokyo's export curbs?", false},
		{"How much aid did Tokyo pledge to Kyiv at the summit?", false},
		{"How much did Japan pledge to NATO in Madrid?", false}, // a sum, though no "aid"
		{"How much does Korea export to China?", false},
		{"How much Fukushima wastewater is Tokyo planning to release, and starting when?", false},
		{"How much did Japan raise its defence budget after Madrid?", false},
		{"How much water will Japan release into the sea?", false},
		{"How much does South Korea's economy depend on China?", true},
		// Typed as a search, the amount comes before "how much".
		{"nz exports to china how much?", false},
		{"korea dependence on china how much?", true},
		{"How much did the Yoon government's early moves actually improve relations with Japan, in the author's view?", true},
		// A percentage asked is an amount too.
		{"How dependent is South Korea on Japanese semiconductor materials, in percentage terms?", false},
		{"How dependent is South Korea on Japanese semiconductor materials?", true},
		// So is a sum asked for.
		{"What sum in compensation did the South Korean Supreme Court order Japanese firms to pay to each wartime labourer?", false},
		{"What amount of compensation does Japan oppose paying?", false},
		// And a value or total.
		{"What was the trade value hit by Japan's 2019 semiconductor export curbs?", false},
		{"What was the value of Japan-South Korea trade in 2021?", false},
		{"What was the main value the four leaders stressed?", true},
		// A monetary value is a sum, however the question opens.
		{"What, approximately, is the total monetary value of the Japanese corporate assets that South Korean courts have ordered to be seized in the labour cases?", false},
		// So is one asked in units.
		{"The nuclear waste water Japan will let into the sea, in tonnes?", false},
		{"How much did the Seoul court order Japan to compensate each victim?", false},
		// And one a minute-taker asks as a noun: "Cost of…", "Value of…".
		{"Cost of the Madrid summit for Spain", false},
	}
	checkAnswered(t, s, tests)
}

// The subject's own fact that answers most of a question stands with facts naming more of the
// actors asked about: Japan's goals, which do not name South Korea, before the trilateral's.
func TestAnswerOwnFactBeforeMoreNamed(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "What are Japan's two main goals in strengthening cooperation with the US and South Korea?")
	goals := []string{"japan-goal-post-war-system", "japan-goal-retain-us-contain-china"}
	if len(ids) < 2 || !slices.Contains(goals, ids[0]) || !slices.Contains(goals, ids[1]) {
		t.Errorf("answer %v, want Japan's two goals first", ids)
	}
}

// A visit to a place is answered only by a fact naming the place: facts on Yoon that never
// name Dokdo do not say whether he went there. A visit put to be checked is corrected.
func TestAnswerVisitNeedsThePlace(t *testing.T) {
	s := realStore(t)
	checkAnswered(t, s, []answered{
		{"Has President Yoon ever visited Dokdo himself?", false},
		{"Who visited the Yasukuni Shrine?", true},
		{"The Nov 2021 press conference was cancelled over a Yasukuni visit, right?", true},
	})
}

// What was discussed is answered only by a fact that tells of a discussion.
func TestAnswerDiscussedNeedsTheTalks(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"What did Hayashi and Yoon talk about when they met at the inauguration?", false},
		{"What did the four Asia-Pacific leaders discuss in Madrid?", true},
		{"Which world issue did Japan, South Korea, Australia and New Zealand talk about at their meeting?", true},
		{"What did Biden, Kishida and Yoon talk about in Madrid?", true},
		{"Which former South Korean foreign minister talked about Japan's view of history?", true},                        // who talked, not what
		{"What role did the Japanese Prime Minister assume during the four-way discussions with his counterparts?", true}, // the talks, by name
	}
	checkAnswered(t, s, tests)
}

// A person named with "himself" or "herself" is whom the first fact must be about.
func TestAnswerStressedPersonLeads(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"Did Kishida himself visit Yasukuni shrine last year?", false}, // Japanese officials did
		{"How did Biden himself describe the three-way meeting?", true},
		{"who went to yoon's inauguration on Tokyo's behalf? was it Kishida himself?", true}, // his envoy, with his letter
	}
	checkAnswered(t, s, tests)
}

// What a person said is answered only by a fact that tells what they said, or that they said
// nothing.
func TestAnswerSpeechNeedsTheSpeaker(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"What did Hayashi say in his remarks at Yoon's inauguration ceremony?", false},
		{"What did Biden say about the trilateral meeting?", true}, // "a historic trilateral meeting"
		{"What did Yoon say about China in Madrid?", true},         // he made no public comments
		// What someone thought is told only by their own words: not by Kishida's remarks,
		// which "PM" found through his title.
		{"what did the nz pm think of the summit?", false},
		{"what has biden said so far about the four-way cooperation between japan, korea, australia and nz?", true}, // not yet
		// What the writer says is the article's, not the speech of the person it names.
		{"What does the writer say the Yoon government wants to set up to deal with the labor issue?", true},
	}
	checkAnswered(t, s, tests)
}

// Two questions asked at once are each answered; a first one that asks only what kind of
// answer ("On what date and where…") asks it of the second's subject. When neither part is
// answered, nor is the whole.
func TestAnswerTwoQuestions(t *testing.T) {
	s := realStore(t)
	tests := []answered{
		{"On what date and where did Ardern make her remarks about cooperating with China?", false}, // no date is given
		{"How many leaders in total showed up at the Madrid summit, and which NATO official invited the four Asia-Pacific partners?", false},
		{"When and where was the NATO summit held?", true},
		{"When was the comfort women case brought, and when did the court rule?", true},
		// A second part asking of the first when the whole, read as one, is not answered.
		{"What triggered the trade friction between Tokyo and Seoul, and when did it start?", true},
		{"What would Korea's survey of the waters around Dokdo cost, and when is it planned?", false},
		// A date asked first does not sink the second part's undated answer.
		{"How long has the comfort women issue been in Korean courts, and what's Tokyo's position on it?", true},
	}
	checkAnswered(t, s, tests)
	// A comparison asked second is answered with the other side's fact.
	ids := answerIDs(s, "What worries Tokyo most about North Korea, and how is that different from Seoul's priorities?")
	if !slices.Contains(ids, "korea-focus-security-reunification") {
		t.Errorf("Tokyo's worries, and how Seoul's priorities differ = %v, want Seoul's priorities among them", ids)
	}
}

// A comparison no fact words alike is answered side by side, unless it is on a thing the
// store has no name or word for.
func TestAnswerComparisonOnAnUnknownThing(t *testing.T) {
	s := realStore(t)
	checkAnswered(t, s, []answered{
		{"What's Yoon's position on the THAAD deployment compared with Moon's?", false},
		{"What role does Washington assign to South Korea compared with Japan?", true},
	})
}

// givesAmount reads sums and shares, not counts or dates.
func TestGivesAmount(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Japan pledged $500 million in aid.", true},
		{"Defence spending is to reach 2% of GDP.", true},
		{"Exports fell by ten percent.", true},
		{"In July 2019, Japan tightened export controls on three core semiconductor raw materials.", false},
		{"Yoon Suk-yeol won the election in March 2022.", false},
	}
	for _, tt := range tests {
		if got := givesAmount(&Fact{Text: tt.text}); got != tt.want {
			t.Errorf("givesAmount(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestAnswerReadsTheQuestion(t *testing.T) {
	s := realStore(t)
	tests := []struct {
		q     string
		first string   // the fact that must lead ("" to skip)
		has   []string // facts the answer must hold
	}{
		{"What did Japan protest regarding Dokdo?", "dokdo-japan-protests-korean-survey", nil},
		// "How do A and B differ": where they differ, then each side's own position, before
		// the rest; the sides are the two named before the word of differing, not what comes
		// first ("中国 policy: …").
		{"中国 policy: how do Japan and South Korea differ?", "japan-korea-differ-china-policy", []string{"korea-positive-attitude-china", "japan-nato-purpose-china"}},
		{"How do Japan's and South Korea's diplomatic priorities differ?", "", []string{"japan-national-normalisation", "korea-voices-diplomatic-autonomy"}},
		// Everyday phrases read as the facts' words: "come out in support of" is "back",
		// "influence in the world" is international influence.
		{"Has Biden come out in support of the four-country cooperation?", "biden-silent-on-four-country-cooperation", nil},
		{"How did Seoul fight back after Japan take Korea off its export list?", "", []string{"korea-wto-complaint"}},
		// A closing sentence in another script that names nothing the store knows ("what do
		// you think?") leaves the English question to be answered.
		{"The writer think four-country meeting had real content, or only for show? 어떻게 생각해?", "four-country-talks-lacked-substance", nil},
		// Clauses that name nothing and ask nothing only set the scene: when the whole finds
		// nothing, the question is asked without them.
		{"If I might pursue the matter of air connections a little further, for what reason, and for roughly how long, had the route between the Korean and Japanese capitals been shut down before it resumed?", "gimpo-haneda-route-resumed", nil},
		{"Given the firmer line that both have taken, why does the author consider it impossible for Tokyo and Canberra to abandon cooperation with Beijing altogether?", "", []string{"japan-australia-cannot-abandon-china"}},
		// More of a formal register's words read as the facts': apprehension is worry,
		// dispatching is sending, "heralds the creation of" establishes, a diplomatic doctrine
		// is diplomacy; "in rather elevated terms" and "indeed" say nothing.
		{"What apprehension does the author say is felt within South Korea about the possible direction of the Yoon government's foreign policy?", "korea-worries-one-sided-yoon", nil},
		{"On the occasion of President Yoon's inauguration in May, whom did Tokyo see fit to dispatch to Seoul, and in what capacity did that person travel?", "hayashi-inauguration-kishida-letter", nil},
		{"Does the author believe that the appearance of the four Pacific partners together in Madrid heralds the creation of a new grouping, or indeed some form of alliance, among them?", "no-new-quadrilateral-quasi-alliance", nil},
		{"With regard to Seoul's wider outlook, what diplomatic doctrine, aimed at enlarging the country's standing in the world, does the author attribute to the South Korean government?", "", []string{"korea-strategic-autonomy-middle-power"}},
		{"In the author's view, what does the mutual distrust between Tokyo and Seoul do to the prospects of deeper three-way cooperation with Washington?", "japan-korea-distrust-limits-trilateral", nil},
		{"I understand that the American President characterised the three-way encounter with his Japanese and South Korean counterparts in rather elevated terms; could you tell me what expression he is reported to have used?", "", []string{"biden-historic-trilateral-meeting"}},
		// A country named "in Washington's strategic layout" is whose layout it is, not a side
		// compared.
		{"How does the author characterise Seoul's role in Washington's strategic layout, as compared with that of Wellington?", "korea-us-outpost-northeast-asia", []string{"new-zealand-role-limited-south-pacific"}},
		// "Matters touching upon" is "on", not "matters to" (concerns) run into "uching".
		{"How did President Yoon conduct himself in respect of matters touching upon Beijing while he was in Madrid, and how was the South Korean official statement framed?", "yoon-no-public-china-comments", nil},
		// A white paper is a document, not a "paper over" to cover up; thinking alike is
		// being monolithic; school materials are textbooks, and "which official visits" asks
		// for visits, not an official.
		{"Seoul protested Japan's defence white paper over Dokdo, right? Which document was it?", "dokdo-korea-protests-bluebook", nil},
		// "how do they differ" after a premise comparing two asks how those two differ on
		// what else it names: not a fact on North Korea, the premise's wrong line.
		{"South Korea takes a harder line on China than Japan does, right? how do they differ", "japan-korea-differ-china-policy", []string{"korea-positive-attitude-china"}},
		{"The author says the US allies in Asia all think alike, yes?", "allies-not-monolithic", nil},
		{"Which school materials and which official visits stir anti-Japanese feeling in South Korea?", "textbooks-yasukuni-anti-japanese-sentiment", nil},
		// A second question opening with a preposition, when the whole is not answered: each
		// part's answer.
		{"What hope did Yoon express about Kishida around his inauguration, and in which month did Tokyo's envoy attend it?", "yoon-hopes-to-meet-kishida", []string{"hayashi-inauguration-kishida-letter"}},
		// A word a pronoun owns names a thing of its own: the second part asks of the
		// inauguration, not only for a month.
		{"Who's the South Korean president who took office this year, and in which month was his inauguration?", "", []string{"hayashi-inauguration-kishida-letter"}},
		// …as does a word after "the": "when was the ruling" asks of the ruling.
		{"When did the civil mediation start and when was the ruling?", "comfort-women-mediation-2013", []string{"comfort-women-seoul-ruling-2021"}},
		// "Setting aside" and "allowing for" only frame; proving unable is cannot, an even
		// hand a balance.
		{"As regards the three-way encounter between Washington, Tokyo and Seoul, and setting aside the customary pleasantries, on what subject, in the author's reading, did those talks principally concentrate?", "", []string{"trilateral-talks-focus-north-korea"}},
		{"Should Washington prove unable to keep an even hand among its allies, what difficulties does the author foresee for Seoul and Wellington in consequence?", "korea-nz-interests-if-us-unbalanced", nil},
		// A year misremembered in an opening when-clause, or put to be confirmed with "yes?",
		// is corrected by the fact of another year; a short yes/no check after the question
		// is answered by what the question asks.
		{"When trade friction peaked in 2020, which agreement with Japan did Seoul say it would scrap?", "gsomia-abolition-august-2019", nil},
		{"The last time the US, Japanese and Korean leaders met as a trio before Madrid was in 2019, yes?", "trilateral-last-summit-2017", nil},
		{"Why was the deputy foreign ministers' joint press conference called off in 2022?", "press-conference-terminated-november-2021", nil},
		{"Who represented Japan at Yoon's inauguration, did Kishida go in person?", "hayashi-inauguration-kishida-letter", nil},
		// …and one whose other side ("or what…") asks the question again.
		{"what did nato call them countries, were they members or what was there status exactly", "asia-pacific-partners-attend-madrid", nil},
		// A premise followed by a question with no words of its own ("What exactly did it
		// do?") is checked as a statement, its year corrected; chemicals are materials.
		{"Japan restricted chemical exports to Korea in 2018, right? What exactly did it do?", "japan-export-controls-july-2019", nil},
		// A guess after a dash, however hedged, does not sink what is asked.
		{"Who wrote the article - some professor in Beijing?", "article-author-byline", nil},
		{"In which fields do Tokyo and Canberra work closely — space and cyber?", "japan-australia-defence-agreements", nil},
		// …and so is one after a dash or a question mark.
		{"How does the article say Yoon's government changed relations with Tokyo — did it change nothing at all?", "", []string{"yoon-government-little-warmth"}},
		{"Who moderated the four Asia-Pacific partners' meeting in Madrid - was it Albanese?", "kishida-moderates-four-country-meeting", nil},
		{"Why is it hard for the four to agree on priorities? the author blames language barriers?", "", []string{"differences-limit-resources-for-others"}},
		{"What effect, in the author's judgement, did the early actions of the Yoon government have upon the state of Japan-Korea relations?", "", []string{"yoon-government-little-warmth"}},
		// "Which New Zealand leader" asks for the leader, as "which minister" asks for one;
		// "in the author's account" only frames.
		{"Which New Zealand leader said her country and China can and should still cooperate?", "ardern-cooperate-with-china", nil},
		// "For so long" asks nothing a fact's words must match.
		{"Why was the Kimpo Haneda flights stopped for long time?", "gimpo-haneda-route-resumed", nil},
		// To observe that something is so is to say it.
		{"Which leader observed, soon after leaving Madrid, that her country should still work with Beijing?", "ardern-cooperate-with-china", nil},
		// Speaking about something is saying something about it.
		{"Which New Zealand leader spoke about China soon after the summit?", "ardern-cooperate-with-china", nil},
		// A tag typed without its comma still puts the statement to be confirmed.
		{"japan and south korea went to the nato summit as full members didnt they", "", []string{"asia-pacific-partners-attend-madrid"}},
		// "Is that what the article says?" puts a statement to be checked, as "right?" does.
		{"Analysts say Washington is pulling NATO into Asia to spread democracy, is that what the article says?", "analysts-us-hegemony-containment", nil},
		// A statement put to be confirmed about a person is checked against a fact on them.
		{"Yoon openly criticised China while he was in Madrid, didn't he?", "yoon-no-public-china-comments", nil},
		// A guess put after the question is the asker's: what is asked is answered.
		{"why is Seoul softer on Beijing, is it because of shared history?", "korea-economic-dependence-china", nil},
		// So is a short guess naming nothing the store knows.
		{"what's Japan's top diplomatic priority according to the author, economic growth?", "japan-national-normalisation", nil},
		// Resolute is firm.
		{"Which two of the four partners does the author regard as the most resolute towards Beijing?", "japan-australia-firm-on-china", nil},
		// "How did Biden characterise…" asks what he called it, not by what means.
		{"How did Biden characterise the three-way meeting?", "biden-historic-trilateral-meeting", nil},
		// …but "which two leader meetings" asks for meetings.
		{"Which two leader meetings were arranged on the sidelines of the Madrid summit?", "summit-two-leaders-meetings", nil},
		{"What epithet, in the author's account, is attached to the alliance between Washington and Canberra?", "us-australia-alliance-cornerstone", nil},
		// A long question worded unlike the facts is answered leniently when read without
		// the words the store has never seen it finds the same fact.
		{"Does the author believe that the joint appearance of the four Asia-Pacific partners could give rise to a new formal grouping or alignment among them?", "four-on-stage-little-significance", nil},
		{"By what measures did Seoul retaliate when Tokyo moved to tighten its export regime and downgrade South Korea's trading status?", "korea-removes-japan-white-list", nil},
		// So is one whose every word the facts use, when its best fact falls a little short
		// of a near miss and no other comes close.
		{"How, if I may ask, does the author weigh the meeting of the four Pacific partners in terms of its real content as against its value as a mere signal to others?", "four-country-talks-lacked-substance", nil},
		// With words the store has never seen, read without them, a near miss no other
		// fact comes close to.
		{"Turning to Tokyo's broader security posture, in what kind of architecture of security arrangements has Japan sought to embed itself in recent years, and what lies at the centre of that architecture?", "japan-multilayer-security-system", nil},
		// A statement before a semicolon sets the scene for a question naming its own subject.
		{"Tokyo's reasoning is said to be simpler than Seoul's; what are the two main objectives that Japan pursues through its alliance with Washington?", "", []string{"japan-goal-post-war-system", "japan-goal-retain-us-contain-china"}},
		// What an opening "whereas" or "notwithstanding" clause sets against the question
		// only frames it.
		{"Whereas Washington's alliances with Tokyo and Canberra are given the most elevated language, how does the author describe South Korea's standing within the American strategic layout in Northeast Asia?", "korea-us-outpost-northeast-asia", nil},
		{"Notwithstanding Seoul's wish for a wider international role, on which region does the author expect South Korea to focus its diplomacy in the short term?", "korea-focus-northeast-asia", nil},
		// …as does a reason given before it; "since when" asks when.
		{"Given the sensitivities involved, did the four leaders raise matters touching upon Beijing at their meeting?", "four-leaders-no-china-discussion", nil},
		{"Since when have the comfort women cases been in Korean courts?", "", []string{"comfort-women-mediation-2013"}},
		// To be admitted to the proceedings is to attend the summit.
		{"In what formal capacity were the four Asia-Pacific governments admitted to the proceedings in Madrid?", "", []string{"asia-pacific-partners-attend-madrid"}},
		// A fact of the year asked leads one of another year sharing more of its words
		// ("take" is "took office", "measures" the survey's "measure").
		{"What measures did Japan take against South Korea in 2019?", "japan-white-list-removal-proposal", nil},
		// …but an undated fact on the subject of the year's fact may tell of that year: Seoul's
		// answer to the 2019 export controls. Trade measures are the export controls.
		{"How did Seoul answer to Japan trade measures in 2019?", "korea-removes-japan-white-list", []string{"korea-wto-complaint"}},
		// What topped the agenda was the focus; "Fact check:" only labels the question.
		{"What topic topped the agenda of the US-Japan-South Korea talks?", "trilateral-talks-focus-north-korea", nil},
		{"Fact check: did Japan impose export controls in 2018?", "japan-export-controls-july-2019", nil},
		// A tag typed without its question mark still puts the statement to be checked, also
		// without its comma.
		{"the Madrid summit ran for three days right", "summit-caption-june-29", nil},
		{"Besides missiles, Japan's big North Korea worry is refugees, right", "japan-concerns-missiles-kidnapping", nil},
		// Whether a person did something is answered by what they did, not by what their
		// country and others did; not so when the person is not the one asked about.
		{"did Yoon openly criticise China in Madrid", "yoon-no-public-china-comments", nil},
		{"Did the four-country meeting with Kishida produce anything concrete, or was it mostly for show?", "four-country-meeting-gesture", nil},
		// A formal register's words: a strategic design is a strategy, what a government
		// championed it promoted, and "traditionally", "during its time in office" only frame.
		{"What role does the author assign to South Korea within the American strategic design for the region?", "korea-us-outpost-northeast-asia", nil},
		{"Could you help me understand why Seoul has remained somewhat hesitant about fully joining the regional strategy championed by Washington and Tokyo?", "korea-hesitates-regional-strategy", nil},
		{"What line, broadly speaking, did the Moon Jae-in administration pursue towards the North during its time in office?", "moon-government-dialogue", nil},
		// Alliances asked how they are described are each described by their own fact, also
		// when the best fact names them all; left-leaning governments are progressive ones.
		{"How does Washington describe its alliances with Japan and Australia?", "us-japan-alliance-cornerstone", []string{"us-australia-alliance-cornerstone"}},
		{"How did left-leaning governments in Seoul treat cooperation with Washington and Tokyo?", "", []string{"progressive-governments-cautious"}},
		// Defence deals are defence agreements ("deal" alone is also to handle).
		{"What defense deals have Japan and Australia signed with each other?", "", []string{"japan-australia-reciprocal-access"}},
		// What a question sets its subject apart from is not asked about, when the whole
		// would be answered of it; what sets them apart follows.
		{"Turning to the North, what are Tokyo's particular preoccupations with regard to Pyongyang, as distinct from the general security question?", "japan-concerns-missiles-kidnapping", []string{"korea-focus-security-reunification"}},
		{"What is Seoul's main long-term aim regarding North Korea, as opposed to Tokyo's?", "korea-deter-north-korea-via-trilateral", []string{"korea-focus-security-reunification"}},
		// "The two neighbours" say only whom the rest names; to strike a name from a list is
		// to remove it; favourably disposed is more positive.
		{"From which list, to considerable consternation in Korea, did Tokyo propose in the summer of 2019 to strike its neighbour's name?", "japan-white-list-removal-proposal", nil},
		{"Why, if the author is to be believed, is Seoul comparatively more favourably disposed towards Beijing than Tokyo is?", "korea-economic-dependence-china", nil},
		// A favourable attitude is a positive one; why the author believes something is why.
		{"Why does the author believe that Seoul takes a comparatively favourable attitude towards Beijing?", "", []string{"korea-economic-dependence-china"}},
		// NATO membership put wrongly of the four partners is their status to be corrected,
		// not invitations to join, which the article does not give; nor is a president's
		// accession one.
		{"Tokyo, Seoul, Canberra and Wellington went to Madrid as new NATO members — what status did they actually have?", "asia-pacific-partners-attend-madrid", nil},
		// A figure put to be confirmed is corrected by the fact that gives it, as a year is.
		{"Dokdo is roughly 2 square kilometres, isn't it?", "dokdo-both-claim-island", nil},
		{"Dokdo is a pretty big island, around 20 square km, isn't it", "dokdo-both-claim-island", nil},
		// What a leader's government did for relations with a country is no question on the
		// two countries' relations in general; warmth is warming.
		{"Has Yoon's government thawed relations with Tokyo?", "yoon-government-little-warmth", nil},
		// Asked who said something, those it names are what was said about: the speaker's
		// fact, with Japan on its other side, is what is asked for. "What post did he hold"
		// asks the post the article gives him, not his career.
		{"Who said Japan can't solve the problems left by history without a correct understanding of it?", "chung-correct-historical-understanding", nil},
		{"Who said Japan can't solve the problems left by history without a correct understanding of it, and what post did he hold?", "chung-correct-historical-understanding", nil},
		// "Chief" before a priority is "main", no office; "vis-à-vis" is towards.
		{"What does the author identify as Tokyo's chief diplomatic priority?", "japan-national-normalisation", nil},
		{"What course, so far as the analysis records, did the administration of President Moon pursue vis-a-vis the North?", "moon-government-dialogue", nil},
		// A statement before a dash sets the scene for a question naming its own subject.
		{"Yoon dumped Moon's North Korea line pretty fast — what was Moon Jae-in's approach, per the article?", "moon-government-dialogue", nil},
		// A name after a question left open at a preposition is the asker's guess.
		{"what's wellington's diplomacy focused on, china?", "new-zealand-survival-south-pacific", nil},
		// The group an opening clause picks from frames the question.
		{"Among the four partners, what's Japan's big diplomatic priority, in the author's view?", "japan-national-normalisation", nil},
		// A guess asked apart after the question is the asker's, as after a comma.
		{"Why did Japan go to the NATO summit? just Ukraine solidarity?", "japan-nato-purpose-china", nil},
		// To diverge from one another is to differ.
		{"How, in the author's account, do the policies of Tokyo and Seoul towards Beijing diverge from one another?", "japan-korea-differ-china-policy", []string{"korea-positive-attitude-china"}},
		// An effort to extend NATO's reach into a region is pushing NATO into it.
		{"According to certain analysts cited at the outset, what aims lie behind Washington's effort to extend the Alliance's reach into the Asia-Pacific?", "analysts-us-hegemony-containment", nil},
		// "So far as the account relates" only frames; to forsake is to abandon; questions
		// concerning Beijing are China-related issues.
		{"What role did the Japanese Prime Minister assume when the four Pacific partners sat down together in Madrid, so far as the account relates?", "kishida-moderates-four-country-meeting", nil},
		{"How did the South Korean president conduct himself in public on questions concerning Beijing during the Madrid visit?", "yoon-no-public-china-comments", nil},
		// An apology before "but" only opens the question.
		{"Forgive what may seem an elementary enquiry, but on what date did that summit open, and over how many days was it held, so far as the piece records?", "summit-caption-june-29", nil},
		// A reason a premise gives is the asker's guess at the reason asked for.
		{"Seoul hesitates over the US-led regional strategy because it's scared of Russia, right? why really", "korea-hesitates-regional-strategy", nil},
		// Words a premise quotes are the asker's guess at the label asked for.
		{"Yoon described the US-Japan-Korea relationship as 'the cornerstone of Asian security', right? what did he call it", "yoon-core-pillar-statement", nil},
		{"Biden called the trilateral a 'new era' meeting didn't he. what word did he use", "biden-historic-trilateral-meeting", nil},
		// Conservatives are the progressives' opposite; to blast someone is to criticise them.
		{"Korean conservatives were the ones most wary of US-Japan-Korea cooperation, weren't they?", "progressive-governments-cautious", nil},
		{"Yoon blasted Beijing in Madrid, right?", "yoon-no-public-china-comments", nil},
		// Two sides compared first keep both sides' facts before what is asked second.
		{"How do Tokyo's and Seoul's priorities on North Korea differ, and what does each side care about most?", "", []string{"korea-focus-security-reunification"}},
		// A long question whose two best facts are two parts of one answer is answered by
		// both, though neither stands clear of the other.
		{"With respect to Tokyo's calculations in the trilateral framework, what are the two principal objectives that the author attributes to the Japanese government?", "", []string{"japan-goal-retain-us-contain-china", "japan-goal-post-war-system"}},
		// The label a person is asked to have put leads in his own quoted words.
		{"What did Biden call the three-way meeting with Yoon and Kishida?", "biden-historic-trilateral-meeting", nil},
		// Also when a wrong guess at the label finds other facts.
		{"Yoon called the three-way relationship the 'cornerstone of Asian security', right? what did he actually say", "yoon-core-pillar-statement", nil},
		// So when a question follows the statement.
		{"Yoon's government has fully healed relations with Tokyo since taking office, hasn't it? How does the author put it?", "yoon-government-little-warmth", nil},
		// What a person is said to have done is answered by what he himself did or said.
		{"Yoon called the US-Japan-Korea relationship the cornerstone of Asian security, didn't he?", "yoon-core-pillar-statement", nil},
		// A premise the wrong way round is corrected by the fact saying the opposite; a
		// forecast asked of the author is no weather forecast.
		{"the author thinks US-Japan and US-Australia ties will weaken, right? what's the forecast", "us-japan-australia-alliance-deepen", nil},
		// A topic clause that names only what the rest names again frames it ("policy
		// towards Beijing"); China's rise is China.
		{"Turning to policy towards Beijing, by what means, according to the analysis, has Tokyo sought to restrain China's rise?", "japan-curbs-china-via-alliance-quad", nil},
		{"On compensation for Korean wartime workers, how do Tokyo's and Seoul's views differ?", "", []string{"japan-opposes-asset-enforcement"}},
		// Asked why an actor holds a stance, the reason leads the stance.
		{"why is Seoul more positive towards China?", "korea-economic-dependence-china", []string{"korea-positive-attitude-china"}},
		// A reason guessed after a why-question's last comma is the asker's, also after a name.
		{"Why does Japan go along with the US so closely on North Korea, for money?", "japan-fears-abandonment-north-korea", nil},
		// Why a leader did something, when no fact on him says, is why his country did it.
		{"Why did Kishida attend the NATO summit?", "japan-nato-purpose-china", nil},
		// A month no fact tells of, without a year, is misremembered.
		{"who did Tokyo send to Yoon's inauguration back in April?", "hayashi-inauguration-kishida-letter", nil},
		// Unless the why is only asked second, of the author.
		{"What stance has President Biden thus far adopted towards cooperation among the four Pacific partners, and why does the author find this significant?", "biden-silent-on-four-country-cooperation", nil},
		// A way of dealing with something is an approach to it.
		{"How is Japan way to deal with Pyongyang?", "japan-tough-line-sanctions", nil},
		// "The topic" says only what is asked about, as a pronoun does.
		{"Did the four Asia-Pacific leaders take up China-related issues in Madrid, and how did they handle the topic in other public settings?", "four-leaders-no-china-discussion", []string{"four-leaders-avoid-china-publicly"}},
		// What someone said about dealing with China is what they said about China.
		{"what did the NZ PM say about dealing with china after the madrid trip?", "ardern-cooperate-with-china", nil},
		// A statement put with a question mark is checked as a tagged one is.
		{"Biden support the four-country cooperation publicly or not?", "biden-silent-on-four-country-cooperation", nil},
		// Plenary sessions are the summit's, smaller leaders' meetings its side meetings, and
		// which capitals took part asks which countries.
		{"Quite apart from the plenary sessions themselves, I gather that certain smaller meetings of leaders were arranged on the margins of the summit; might you indicate which meetings these were and which capitals took part in each?", "summit-two-leaders-meetings", nil},
		// The most advanced relationship is the most mature.
		{"Which bilateral relationship among the four is the most advanced?", "", []string{"japan-australia-most-mature"}},
		// To approach one's diplomacy is to conduct it, not an attitude to something.
		{"How does Canberra approach its diplomacy in the region?", "", []string{"australia-south-pacific-indo-pacific"}},
		// Room for manoeuvre is autonomy; the great powers are the major ones.
		{"Do many in South Korea want more room for manoeuvre between the great powers?", "korea-voices-diplomatic-autonomy", nil},
		// The place a country occupies in a strategy is its role there; an accommodating
		// attitude is a positive one, whatever was adopted.
		{"What place does Seoul occupy in America's strategic layout?", "korea-us-outpost-northeast-asia", nil},
		{"Why has Seoul adopted a more accommodating stance towards Beijing?", "korea-economic-dependence-china", []string{"korea-positive-attitude-china"}},
		// "As regards", "I seem to recall" and "would you be able to tell me" only frame.
		{"As regards the three-way talks in Madrid, on what did the leaders concentrate their attention?", "trilateral-talks-focus-north-korea", nil},
		{"I seem to recall that the American president described the three-way meeting in grand terms; would you be able to tell me how he put it?", "biden-historic-trilateral-meeting", nil},
		// In a formal register "the alliance's summit" is NATO's, a chief purpose the main one.
		{"What was the chief purpose behind Tokyo's decision to attend the alliance's summit in Madrid?", "japan-nato-purpose-china", nil},
		// …or one speaking of what the statement names by a pronoun.
		{"The author suggests that Washington is trying to assemble something across the Pacific; what is it said to be piecing together?", "us-asia-pacific-nato", nil},
		// "The article mentions" only frames what is asked.
		{"Among the first signs of better ties between Tokyo and Seoul, the article mentions that a particular air link reopened; which route was that?", "gimpo-haneda-route-resumed", nil},
		// The view of a minister serving the country asked about is that country's.
		{"On the matter of how the old grievances between the neighbours might at last be laid to rest, what condition did Seoul's former Foreign Minister set for resolving the problems bequeathed by history?", "chung-correct-historical-understanding", nil},
		// …or, every word read, when its best fact is a clear near miss.
		{"By what phrase does the author describe Washington's efforts to assemble its Pacific partners into a collective structure modelled on the Atlantic alliance?", "us-asia-pacific-nato", nil},
		// Commenting on something is saying about it; leading to a new grouping is
		// establishing one.
		{"whats the name of the new zealand pm who commented on china after the summit", "ardern-cooperate-with-china", nil},
		{"Does the author think the Madrid four-way meeting will lead to a new alliance, and why not?", "no-new-quadrilateral-quasi-alliance", nil},
		// "Given that…" concedes, as "despite" does: the reason asked is for the rest.
		{"Given that Tokyo and Canberra both take a firm line with Beijing, why does the author consider it impossible for either of them to abandon cooperation with China altogether?", "japan-australia-cannot-abandon-china", []string{"china-opportunities-japan-australia"}},
		// Breaking with a country is abandoning cooperation with it.
		{"Why can't Tokyo and Canberra simply break with Beijing despite their tough line?", "japan-australia-cannot-abandon-china", []string{"china-opportunities-japan-australia"}},
		// A meeting's chair may be any country's leader, when a fact tells of the chairing.
		{"who ran the meeting of Tokyo, Seoul, Canberra and Wellington - who was in the chair?", "kishida-moderates-four-country-meeting", nil},
		// A historical legacy is the problems history left over.
		{"Which former South Korean foreign minister does the author cite on the historical legacy between the two countries?", "chung-correct-historical-understanding", nil},
		// "What's" and "Who's" ask after a premise as "what" and "who" do.
		{"Washington calls the US-Australia alliance the linchpin of the Five Eyes, right? What's the actual phrase?", "us-australia-alliance-cornerstone", nil},
		{"This piece was written by a Tsinghua professor, wasn't it? Who's the author?", "", []string{"article-author-byline"}},
		// What is asked after a wrong premise, of what the premise names.
		{"The Madrid summit opened around June 25 and ran for a week, didn't it? When did it start?", "summit-caption-june-29", nil},
		{"The comfort women case in Korea started in 2016, right? How did it go through the courts?", "", []string{"comfort-women-mediation-2013"}},
		// A guess after the question naming what the article does not cover is the asker's.
		{"What kind of security system is Tokyo trying to build, one centred on the UN?", "japan-multilayer-security-system", nil},
		{"What was Tokyo's main aim in going to the Madrid summit, getting aid for Ukraine?", "japan-nato-purpose-china", nil},
		{"Why does Seoul hesitate to join the regional strategy led by Washington and Tokyo, is it mainly fear of Russia?", "korea-hesitates-regional-strategy", nil},
		// A clause giving the asker's reason sets the scene too, whatever it asks in passing;
		// "heads of government" are leaders.
		{"As a matter of procedure, and since chairmanship often reveals a good deal about who is driving an initiative, might you tell me which of the four heads of government acted as moderator of the four-country meeting?", "kishida-moderates-four-country-meeting", nil},
		{"Was the four Pacific leaders' presence at the alliance's table without precedent?", "four-partners-invited-first-time", nil},
		{"Was Madrid a debut for the Asia-Pacific leaders at a NATO summit, or had they been before?", "four-partners-invited-first-time", nil},
		// What a request opens asks, between the asker's purpose and where the answer comes from.
		{"Could you indicate, purely for the purposes of perspective, the approximate size of the contested island lying between the two neighbours, as the article gives it?", "dokdo-both-claim-island", nil},
		// So does the purpose of asking, though it has a question word of its own.
		{"Purely so that I may grasp the scale of what is at stake, just how large in area is the island that Seoul and Tokyo both claim?", "dokdo-both-claim-island", nil},
		// A reason given before the question sets the scene, whatever it names.
		// The agreements signed on the quasi alliance's basis lead, the quasi alliance and the
		// reciprocal access agreement with them.
		{"Given the sheer frequency of leaders' visits between Tokyo and Canberra in recent years, what agreement did the two sign that the author associates with their 'quasi-alliance'?", "japan-australia-defence-agreements", []string{"japan-australia-quasi-alliance", "japan-australia-reciprocal-access"}},
		{"which of the heads of government acted as moderator of the four-country meeting?", "kishida-moderates-four-country-meeting", nil},
		// A formal register's courtesies and hedges, read as nothing; its words for the facts'.
		{"In November 2021, I gather that a joint press appearance by the three allies' deputy foreign ministers was abruptly called off; could you explain what incident had provoked that unfortunate outcome?", "press-conference-terminated-november-2021", nil},
		{"With the greatest respect to the participants, and recognising that such encounters are seldom dramatic, how does the author judge the substance of what the four leaders actually said to one another?", "", []string{"four-country-talks-lacked-substance"}},
		{"Why, according to the author, has Tokyo laboured so assiduously to keep in step with Washington on the North Korean nuclear question?", "japan-fears-abandonment-north-korea", nil},
		{"How does the author weigh the symbolic value of the meeting among the four Asia-Pacific leaders against its practical worth?", "four-country-meeting-gesture", nil},
		// What someone "regards as" it is what it is; member states are the countries.
		{"Which bilateral relationship among the four Asia-Pacific partners does the author regard as the most mature?", "japan-australia-most-mature", nil},
		{"What did Japan declare at the summit concerning its cooperation with the member states on questions of nuclear weapons?", "japan-nato-nuclear-disarmament", nil},
		// A second question may open with a preposition; when the two together match nothing,
		// the first part's answer is given.
		{"What do many voices in South Korea want for the peninsula, and from whom do they want to break free?", "korea-voices-diplomatic-autonomy", nil},
		{"On the wartime labour issue, what does Tokyo oppose, and why does the matter weigh so heavily in Korea?", "japan-opposes-asset-enforcement", nil},
		// Who wrote the analysis of something is who wrote the article.
		{"Who wrote the analysis of the Asia-Pacific allies' calculations at Madrid, and with what institution is the author affiliated?", "article-author-byline", nil},
		// A guess after the last comma that matches nothing is set aside; what it names stays.
		{"And what did Seoul protest, Japanese warships near Dokdo?", "dokdo-korea-protests-bluebook", nil},
		// Which one prefers is how it asks, not what.
		{"How do Tokyo and Seoul differ in the path they prefer for handling Pyongyang's nuclear programme?", "", []string{"japan-tough-line-sanctions", "korea-moderate-approach-north-korea"}},
		{"Returning to the commercial quarrel that erupted in 2019, would you be good enough to remind me what precisely Tokyo announced regarding its exports to South Korea at that time?", "", []string{"japan-export-controls-july-2019"}},
		{"By what means, may I ask, did Seoul respond to, or seek redress for, Tokyo's export measures, in what was clearly a tit-for-tat episode?", "", []string{"korea-wto-complaint"}},
		// "Which official Japanese publication" asks for a document, not an official.
		{"Which official Japanese publication drew a South Korean protest on account of its assertion of sovereignty over the disputed island?", "dokdo-korea-protests-bluebook", nil},
		{"In light of the somewhat improved atmosphere between Seoul and Tokyo, which air service linking the two capitals is reported to have been restored?", "gimpo-haneda-route-resumed", nil},
		{"What currents of opinion within South Korea does the author describe concerning the role of the great powers in the affairs of the peninsula?", "korea-voices-diplomatic-autonomy", nil},
		{"Turning, if I may, to the encounter between the American, Japanese and Korean leaders, which security question is said to have dominated their agenda above all others?", "trilateral-talks-focus-north-korea", nil},
		{"On the delicate matter of wartime labour, what is the essence of Tokyo's objection to the conduct of the Korean courts?", "japan-opposes-asset-enforcement", nil},
		{"With the benefit of hindsight, what course did the previous Korean government under President Moon endeavour to pursue with respect to the North?", "moon-government-dialogue", nil},
		// To show one is useful is to highlight one's own value.
		{"How does Canberra try to show it is useful to the US?", "australia-security-cooperation-value", nil},
		// "The North Korea question" is the North Korean issue.
		{"Why does Japan stick so closely to the US on the North Korea question?", "japan-fears-abandonment-north-korea", nil},
		// "formal" only qualifies what is asked for; "formally" asks whether it was done.
		{"What formal agreements and arrangements underpin the defence partnership between Tokyo and Canberra?", "japan-australia-defence-agreements", nil},
		// To construct is to build.
		{"With regard to Tokyo's broader defence posture, what sort of security architecture does the article suggest Japan has in recent years been endeavouring to construct around its alliance with Washington?", "japan-multilayer-security-system", nil},
		// To accommodate concerns is to take them into account.
		{"How did Japan try to accommodate South Korea's concerns at the NATO summit?", "japan-nuclear-stance-korea-concerns", nil},
		// What lay behind something is what caused it.
		{"When did Tokyo tighten export controls on South Korea, and what lay behind the trade friction?", "japan-export-controls-july-2019", []string{"history-fuels-trade-frictions"}},
		// What set frictions off caused them; frictions that came to a head intensified.
		{"What set off the trade frictions between Japan and Korea, and when did they come to a head?", "japan-korea-continuous-discord", []string{"gsomia-abolition-august-2019"}},
		// To pull many together is to unite them.
		{"Can Washington pull them together, its Asia-Pacific allies?", "us-hard-to-unite-allies", nil},
		// A Victorian's words: dimensions are a size, a remonstrance a protest, and to ask on
		// what grounds one does something is to ask why.
		{"What are the dimensions of Dokdo?", "dokdo-both-claim-island", nil},
		{"What Japanese publication drew Seoul's remonstrance?", "dokdo-korea-protests-bluebook", nil},
		{"On what grounds did Japan criticise the South Korean comfort women rulings as improper?", "japan-negative-comfort-women", nil},
		// To go all in with someone is to shift completely towards them; being kind enough
		// to do something is only courtesy.
		{"Is it wise for Seoul to go all in with Washington and Tokyo?", "korea-worries-one-sided-yoon", []string{"korea-full-shift-not-in-interest"}},
		{"The piece says Tokyo's main goals come down to two points. Would you be kind enough to set out both?", "japan-goal-retain-us-contain-china", []string{"japan-goal-post-war-system"}},
		// What someone wants a relationship to become is what they would build it into.
		{"Yoon wanted the trilateral relationship to become what?", "yoon-core-pillar-statement", nil},
		// What the byline says, the article says.
		{"What institution does the byline give for the author?", "article-author-byline", nil},
		// The hardest line on someone is the toughest stance.
		{"Which two partners take the hardest line on Beijing?", "japan-australia-firm-on-china", nil},
		// Where one stands on something is one's position, not a place.
		{"Where does Japan stand on the Korean courts' asset seizures?", "japan-opposes-asset-enforcement", nil},
		// An unbalanced Washington is one that cannot keep the balance.
		// To struggle is to find something difficult.
		{"Which two countries will struggle to meet their interests, in the author's view?", "korea-nz-interests-if-us-unbalanced", nil},
		{"What happens to Seoul if Washington's handling of its allies is unbalanced?", "korea-nz-interests-if-us-unbalanced", nil},
		// "Why's" asks why: the reason leads.
		{"Why's Seoul softer on Beijing than Tokyo is?", "korea-economic-dependence-china", nil},
		// Levers are the tools one uses; a new leader's job starts when he takes office.
		{"What levers does Tokyo use against North Korea?", "japan-tough-line-sanctions", nil},
		{"What did Yoon do before he started his job?", "yoon-policy-consultation-delegation", nil},
		// The part one plays is one's role; what troubles someone worries them.
		{"What part does Wellington play in America's strategic layout?", "new-zealand-role-limited-south-pacific", nil},
		{"Apart from the missiles, what troubles Japan most about Pyongyang?", "japan-concerns-missiles-kidnapping", nil},
		// A year may be typed by its last two digits.
		{"In July '19, what did Tokyo do to Seoul's exports?", "japan-export-controls-july-2019", nil},
		// A soldier's words: a counter-move is a response, a change of command an
		// inauguration, a home institution one's institution.
		{"What was Seoul's counter-move after Tokyo's export curbs?", "korea-removes-japan-white-list", nil},
		{"Who represented Japan at Yoon's change of command?", "hayashi-inauguration-kishida-letter", nil},
		{"What is the author's home institution?", "article-author-byline", nil},
		// Two that both belong to a group both joined it.
		{"Which quadrilateral mechanism do Japan and Australia both belong to?", "japan-australia-joined-quad", nil},
		{"What do Tokyo and Canberra coordinate on, and which grouping do both belong to?", "japan-australia-defence-agreements", []string{"japan-australia-joined-quad"}},
		// "The present strategic climate" asks nothing about the climate.
		{"What is it, according to the article, that Washington so urgently requires of its Asia-Pacific allies in the present strategic climate?", "us-wants-allies-share-pressure", nil},
		{"how does seoul hope to get more influence in the world?", "korea-strategic-autonomy-middle-power", nil},
		// What another did "the way" the subject may have is set aside, as "unlike" is.
		{"Did Yoon criticise China in Madrid the way Kishida's side did?", "yoon-no-public-china-comments", nil},
		// Curated questions a fact answers, in everyday words (questions:).
		{"How did Yoon describe the relationship between the three countries?", "yoon-core-pillar-statement", nil},
		{"Which world issue took up most of the Japan-Korea-Australia-NZ leaders' talk?", "four-country-meeting-ukraine", nil},
		{"author affiliation", "article-author-byline", nil},
		// Two meetings compared, when nothing answers for one of them read alone: the
		// comparison the article draws on it, not its weightiest fact.
		{"How did the topics of the US-Japan-Korea talks differ from those of the four-country meeting?", "", []string{"trilateral-talks-focus-north-korea", "four-country-meeting-ukraine"}},
		// Whom the article quotes is who said it: "the article quotes" frames the question.
		{"Who's the New Zealand PM the article quotes?", "ardern-cooperate-with-china", nil},
		// Chat words: to chat about is to discuss, to bring up is to propose discussing, and what
		// someone reckons is what they think.
		{"What did the leaders of Japan, South Korea, Australia and NZ actually chat about when they met?", "four-country-meeting-ukraine", nil},
		{"did the four leaders incl. australia and nz bring up china at their meeting?", "four-leaders-no-china-discussion", nil},
		{"what did the kiwi PM reckon about working with china after she got back from madrid?", "ardern-cooperate-with-china", nil},
		// Terse queries: "cooperation areas" are its aspects; "middle power" names South
		// Korea's middle-power diplomacy.
		{"japan australia cooperation areas", "japan-australia-defence-agreements", nil},
		{"seoul foreign policy approach middle power", "korea-strategic-autonomy-middle-power", nil},
		// What something has "mostly been about" is what it focused on.
		{"Australia and NZ are close, but what has their bilateral cooperation mostly been about?", "", []string{"australia-new-zealand-south-pacific"}},
		// Whom an opening "before…" names alone is a time without them, not whom the question
		// is about; "before Yoon was sworn in" still asks about Yoon.
		{"before yoon, how did korea's progressive governments feel about teaming up with the US and Japan?", "progressive-governments-cautious", nil},
		{"Before Yoon was even sworn in, what did he dispatch to Japan?", "", []string{"yoon-policy-consultation-delegation"}},
		// A strategy and what is strategic are one word (Porter2 stems them apart).
		{"How far does New Zealand's role in the US strategy extend?", "new-zealand-role-limited-south-pacific", nil},
		// "Hard" is the facts' "difficult".
		{"Why is it hard for the Yoon government to settle the wartime labor dispute with Japan?", "", []string{"labour-compensation-no-satisfying-plan"}},
		// A priority and prioritising are one word, however spelt.
		{"What region does Canberra prioritise while backing the US strategy?", "", []string{"australia-south-pacific-indo-pacific"}},
		// "Steer clear of" is "avoid"; a touchy subject is an issue.
		{"what touchy subject did the four leaders steer clear of in madrid?", "", []string{"four-leaders-avoid-china-publicly"}},
		// Words the asker guesses someone used ("something like 'a landmark meeting'") are
		// not what is asked: the fact's words answer or correct them.
		{"Biden called the meeting with Kishida and Yoon something like 'a landmark meeting' — what were his actual words?", "", []string{"biden-historic-trilateral-meeting"}},
		// Asked what something is called, a fact quoting the label the article puts on it
		// leads those that answer as well.
		{"what's the phrase used for the US-Japan alliance?", "us-japan-alliance-cornerstone", nil},
		{"How is the US-Japan alliance characterised?", "us-japan-alliance-cornerstone", nil},
		// What two countries have in common is their relations, cooperation first.
		{"what do canberra and wellington have in common?", "australia-new-zealand-south-pacific", nil},
		{"what do japan and south korea have in common?", "", []string{"yoon-policy-consultation-delegation"}},
		// Two sides compared on an actor, in words of stance only, are each side's stance
		// on it: Japan's own, not only South Korea's or a shared line.
		{"how do tokyo and seoul differ on their north korea focus", "", []string{"korea-focus-security-reunification", "japan-tough-line-sanctions"}},
		{"日本 vs 한국 on 中国 - how do their policies differ?", "", []string{"korea-positive-attitude-china", "japan-nato-purpose-china"}},
		// What someone is "trying to do" frames the question; a neighbourhood is a region.
		{"What is Canberra trying to do in its own neighbourhood?", "australia-security-cooperation-value", nil},
		{"what is wellington trying to do in its backyard", "new-zealand-survival-south-pacific", nil},
		// To press someone is to put pressure on them.
		{"What means does Tokyo use to press Pyongyang?", "japan-tough-line-sanctions", nil},
		// A word of no meaning misspelt is not a word the store lacks.
		{"what happend to japan korea defense cooperation after the gsomia decision", "defence-cooperation-almost-stopped", nil},
		// Where someone puts their effort is what they focus on.
		{"Besides backing the US strategy, where does Australia put its diplomatic effort?", "", []string{"australia-south-pacific-indo-pacific"}},
		{"where does new zealand put its efforts", "new-zealand-survival-south-pacific", nil},
		// To push back against something is to oppose it.
		{"Who in Korea is pushing back against Japan releasing the nuclear plant water — is it only Yoon's side?", "korea-opposes-waste-water-discharge", nil},
		// One subject's dealings with two others: its own facts answering nearly every word
		// rank with those naming all three.
		{"What are Tokyo's two main goals in teaming up with Washington and Seoul?", "", []string{"japan-goal-post-war-system", "japan-goal-retain-us-contain-china"}},
		// Japan's diplomatic report is its Diplomatic Bluebook.
		{"What did Seoul complain about in Japan's official diplomatic report around the time Yoon came in?", "dokdo-korea-protests-bluebook", nil},
		// The article's photo captions, and whom they credit.
		{"Photo editor here. One of the article's pictures shows flags in Madrid. What flags were they, and where were they displayed?", "madrid-flags-caption", nil},
		{"where did the pictures in the article come from?", "madrid-flags-caption", nil},
		// "At the end of" says when, not that something was ended.
		{"What did the four leaders say at the end of their talks?", "four-country-talks-lacked-substance", nil},
		// To overcome or fix a problem is to dispel it.
		{"Did the author see the warming of Seoul-Tokyo ties under Yoon as enough to overcome their problems? Curious about the framing.", "", []string{"japan-korea-goodwill-grievances"}},
		// "In the broader scheme of" frames the question.
		{"In the broader scheme of American strategy, how is the US-Japan alliance characterised?", "us-japan-alliance-cornerstone", nil},
		// "How does the article put it" frames the question.
		{"What is Japan's top diplomatic priority, how does the article put it?", "japan-national-normalisation", nil},
		// The actor right after "does" is whose stance is asked, not the one named before.
		{"What North Korea concerns does Japan care about most?", "", []string{"japan-concerns-missiles-kidnapping"}},
		// Close to the US on a country is a stance on it, not a place in US strategy; "who…,
		// Tokyo or Seoul?" asks which of those named.
		{"who is closer to the US on North Korea, Japan or South Korea?", "us-japan-closer-on-north-korea", nil},
		{"Who's closer to Washington on North Korea, Tokyo or Seoul?", "us-japan-closer-on-north-korea", nil},
		{"Who is closer to the US, Japan or South Korea?", "us-japan-alliance-cornerstone", nil},
		// Asked when, a dated fact on every actor asked about stands with those naming the
		// meeting the question names: the last meeting before Madrid is not Madrid's.
		{"When had Washington, Tokyo and Seoul last held a leaders' trilateral meeting before Madrid?", "trilateral-last-summit-2017", nil},
		// Methods and tactics are an approach: both sides' ways with North Korea.
		{"How do Tokyo and Seoul differ in the methods they use toward Pyongyang?", "japan-tough-line-sanctions", []string{"korea-moderate-approach-north-korea"}},
		// A diplomatic document or paper of Japan's is its Diplomatic Bluebook.
		{"what was seoul angry about in japan's diplomatic document about dokdo?", "dokdo-korea-protests-bluebook", nil},
		{"What did Seoul protest in Japan's official diplomatic publication?", "dokdo-korea-protests-bluebook", nil},
		// Harsh is tough, less harsh is softer.
		{"why is south korea less harsh on china than japan is?", "korea-economic-dependence-china", nil},
		// To follow Washington's line is to be close to it.
		{"who follows washington's line on north korea more, tokyo or seoul? and why", "us-japan-closer-on-north-korea", nil},
		// The pair that is the biggest problem for the four, or gets along worst, is their
		// weakest link; the biggest problem of one pair is not.
		{"which two countries' relationship is the biggest problem for the four-country cooperation?", "japan-korea-weakest-link", nil},
		{"which two countries get along the worst?", "japan-korea-weakest-link", nil},
		{"what is the biggest problem in japan korea relations", "history-hampers-relations", nil},
		// Inside is in, and where one could end up is no ending.
		{"What is the concern inside South Korea about where Yoon's government could end up?", "korea-worries-one-sided-yoon", nil},
		// Using something says how it is asked, not what about.
		{"What does Seoul call the diplomatic approach it uses to win more international influence?", "korea-strategic-autonomy-middle-power", nil},
		// A piece of writing is the article.
		{"What institute is the author of the Madrid piece from?", "article-author-byline", nil},
		// A stance on an organisation with no topic of its own is read, as one on a country
		// is, from the asker's own facts that name it.
		{"What is Japan's position on the Quad?", "japan-curbs-china-via-alliance-quad", nil},
		{"How does Japan approach NATO?", "japan-nato-purpose-china", nil},
		// A copy or a mini NATO is a version of NATO.
		{"what's the US accused of trying to build in asia, some sort of nato copy?", "us-asia-pacific-nato", nil},
		// To lean on is to rely on; tools are an approach.
		{"what does korea lean on for deterrence", "korea-moderate-approach-north-korea", nil},
		{"Who's more hawkish toward North Korea, Kishida's Japan or Seoul, and what tools does it lean on?", "", []string{"japan-tough-line-sanctions"}},
		// An aim "in dealing with" someone is an aim on them; a goal on someone is a stance.
		{"What is South Korea's main aim in dealing with North Korea?", "korea-focus-security-reunification", nil},
		{"What is Japan's goal on North Korea?", "japan-tough-line-sanctions", nil},
		// Right after is soon after.
		{"What did Ardern say about China right after the Madrid trip?", "ardern-cooperate-with-china", nil},
		// Who acts on someone's behalf is their envoy.
		{"who went to yoon's inauguration on Japan's behalf and what did they bring with them?", "hayashi-inauguration-kishida-letter", nil},
		// The issues between two countries are the problems between them, not any issue.
		{"What are the main issues between Japan and South Korea?", "japan-negative-comfort-women", nil},
		// How one sees North Korea is a stance on it, not the relations of the two.
		{"How does Japan see North Korea?", "japan-tough-line-sanctions", nil},
		{"How does South Korea see North Korea?", "korea-moderate-approach-north-korea", nil},
		// What a leader thinks of a country, or says of it, is told by what the leader said
		// and did.
		{"what does yoon say about china", "yoon-no-public-china-comments", nil},
		{"What does Yoon think of Japan?", "yoon-policy-consultation-delegation", nil},
		// Someone's take on something is their view of it: Seoul's own, not Biden's.
		{"Seoul's take on the trilateral?", "progressive-governments-cautious", nil},
		// "What's the deal with X" typed short only frames the question.
		{"whats the deal w dokdo", "dokdo-territorial-dispute", nil},
		// Washington's alliances with two capitals, compared, are the US–Japan and US–Australia
		// alliances, each by what the article says of it.
		{"How does Washington label its alliance with Canberra versus the one with Tokyo?", "us-australia-alliance-cornerstone", []string{"us-japan-alliance-cornerstone"}},
		// The kind asked is read as the index reads it: goods are the materials.
		{"what sort of goods did the japanese export curbs hit?", "japan-export-controls-july-2019", nil},
		// The kind asked is the noun after its adjective: an order, not what is regional.
		{"what kind of regional order is Japan trying to keep?", "japan-goal-retain-us-contain-china", nil},
		// Who leads a country is the leader the store knows for it, in the leader's own facts.
		{"Who is New Zealand's leader?", "ardern-cooperate-with-china", nil},
		// With "her country", the country named is what was said about, not whose leader is asked.
		{"Which leader said that her country and China should still cooperate on the basis of shared interests?", "ardern-cooperate-with-china", nil},
		// A region before the office says where the leader is from.
		{"Which Asia-Pacific leader said that her country and China should still cooperate on the basis of shared interests?", "ardern-cooperate-with-china", nil},
		// A country named only in what was said is not the holder's.
		{"Which Pacific ally's leader said Beijing is getting more confident in pursuing its own interests?", "ardern-cooperate-with-china", nil},
		// Where South Korea stands for the US, against Japan's cornerstone, is its outpost.
		{"What is South Korea in Washington's strategic layout, per the article?", "korea-us-outpost-northeast-asia", nil},
		{"is it true south korea is seen as a cornerstone of US strategy like Japan?", "korea-us-outpost-northeast-asia", nil},
		// A four-nation meeting is the four-country one.
		{"How does the author rate the real value of the four-nation leaders' meeting in Madrid?", "four-country-talks-lacked-substance", nil},
		// What drags cooperation down undermines it.
		{"Which relationship is most likely to drag down cooperation among the four Asia-Pacific countries?", "japan-korea-weakest-link", nil},
		// A formal register's framing words are read past, and its words for the facts' own:
		// to assume office is to take it, a basic understanding is basic agreement, a
		// preoccupation a concern, a contested island a disputed one; "in contrast to" is
		// "unlike".
		{"Before he formally assumed office, what overture did the incoming South Korean president make towards Tokyo in order to signal his wish for a rapprochement?", "yoon-policy-consultation-delegation", nil},
		{"On what matter had the defence ministers of Washington, Tokyo and Seoul reportedly reached a basic understanding in the weeks preceding the Madrid summit?", "", []string{"defence-ministers-restart-exercises"}},
		{"What anxiety do many South Koreans harbour about the foreign policy orientation of the Yoon government?", "korea-worries-one-sided-yoon", nil},
		{"By what name does Tokyo refer to the contested islet of Dokdo?", "", []string{"dokdo-territorial-dispute"}},
		{"How have relations between Beijing and, respectively, Tokyo and Canberra fared in recent years, as the article puts it?", "", []string{"china-japan-australia-setbacks"}},
		{"What role does the article ascribe to South Korea in Washington's strategic layout, in contrast to Japan and Australia?", "korea-us-outpost-northeast-asia", nil},
		{"What did the four Asia-Pacific leaders pledge, in their rather general remarks, regarding their respective strengths and NATO?", "four-leaders-pledge-nato-cooperation", nil},
		// A question tagged "right?" asks the same untagged; "which one" is "which".
		{"There was a flight route that came back after the thaw, right? Which one?", "gimpo-haneda-route-resumed", nil},
		{"Fact check: Kishida chaired the four-country meeting in Madrid, right?", "kishida-moderates-four-country-meeting", nil},
		// Chat's words for the facts': nicer to is more positive towards, teamwork is
		// cooperation, how the author rates is how they judge; framing is read past ("in the
		// author's telling", "quick rundown on", "the key word").
		{"why is south korea nicer to china than japan is", "", []string{"korea-positive-attitude-china"}},
		{"What limits deeper US–Japan–Korea teamwork, per the author? Tell me the key word.", "japan-korea-distrust-limits-trilateral", nil},
		{"Quick rundown on how the author rates the Tokyo–Seoul–Canberra–Wellington leaders' meeting.", "", []string{"four-country-meeting-gesture"}},
		{"How does Japan go about curbing China, in the author's telling?", "japan-curbs-china-via-alliance-quad", nil},
		// More of chat's words: to start up again is to resume, what stokes something causes
		// it, how far someone went is how they did; "this peice" is the article.
		{"Which flight route between the two capitals started up again as relations warmed, and why had it stopped?", "gimpo-haneda-route-resumed", nil},
		{"List other things that stoke anti-Japan feeling in Korea besides the court cases.", "textbooks-yasukuni-anti-japanese-sentiment", nil},
		{"How far did Yoon go in describing the value of the three-way relationship with Washington and Tokyo?", "yoon-core-pillar-statement", nil},
		{"Is it fair to say that Yoon's friendly gestures have fixed the underlying problems between Seoul and Tokyo?", "japan-korea-longstanding-differences", nil},
		{"Is it correct that the four Asia-Pacific leaders had already been invited to earlier NATO summits?", "four-partners-invited-first-time", nil},
		// "If one may turn to" opens what is asked about, as "turning to" does.
		{"If one may turn to the trilateral meeting of Washington, Tokyo and Seoul held on the margins in Madrid, which issue does the author identify as its principal focus?", "trilateral-talks-focus-north-korea", nil},
		// What the article gives or records frames the question, as what it says does.
		{"What description does the article give for the alliance between Washington and Canberra?", "us-australia-alliance-cornerstone", nil},
		// To stay on good terms with someone is to be positive towards them.
		{"Why does South Korea want to stay on good terms with Beijing?", "korea-economic-dependence-china", nil},
		{"What do some analysts suspect the US is really up to by pulling NATO toward the Asia-Pacific?", "analysts-us-hegemony-containment", nil},
		{"Who wrote this peice and where do they work?", "article-author-byline", nil},
		// What something is known as asks its label: the alliance's "cornerstone" leads.
		{"What is the US-Australia alliance known as?", "us-australia-alliance-cornerstone", nil},
		// To stitch or cobble together is to piece together.
		{"What kind of alliance do some people think Washington is trying to stitch together in Asia?", "", []string{"us-asia-pacific-nato"}},
		// "Take place" is the facts' "held": the date of the summit, not the meeting of 2017
		// that "took place".
		{"On what date did the NATO summit in Madrid take place?", "summit-caption-june-29", nil},
		{"when did the NATO summit in Madrid take place?", "nato-summit-madrid-june-2022", nil},
		// Two groups compared, however the comparison is put: what the speakers feel "about"
		// stops where the other group begins, "compared to" is no view "to" it, and the
		// group that sees is no onlooker.
		{"How do Japan and Australia feel about China compared with South Korea and New Zealand?", "japan-australia-firm-on-china", nil},
		{"How do Tokyo and Canberra feel about Beijing compared to Seoul and Wellington?", "japan-australia-firm-on-china", nil},
		{"How do Japan and Australia see China compared to South Korea and New Zealand?", "japan-australia-firm-on-china", nil},
		// A filler does not keep a phrase from being read: "the summit actually start" is
		// when it was held.
		{"when did the summit actually start, what date?", "summit-caption-june-29", nil},
		// Who ran or led a meeting is who moderated it.
		{"who led the meeting of the four Asia-Pacific leaders?", "kishida-moderates-four-country-meeting", nil},
		{"Who ran the talks of Japan, South Korea, Australia and New Zealand?", "kishida-moderates-four-country-meeting", nil},
		// "When it comes to" asks no time.
		{"When it comes to North Korea, what is Tokyo most worried about?", "", []string{"japan-concerns-missiles-kidnapping"}},
		// A year guessed at the end of a question asking when is answered, or corrected, by
		// the date.
		{"When did South Korea announce it was scrapping GSOMIA — was it 2020?", "gsomia-abolition-august-2019", nil},
		{"When had the US, Japanese and Korean leaders last met before Madrid, 2019?", "trilateral-last-summit-2017", nil},
		{"When did Seoul drop GSOMIA, in 2018 or 2019?", "gsomia-abolition-august-2019", nil},
		{"When did the comfort women victims first bring their case to a court, 2015?", "comfort-women-mediation-2013", nil},
		// "ex" is "former", spaced or hyphenated.
		{"which ex korean foreign minister is quoted on the history issue", "chung-correct-historical-understanding", nil},
		// The Bluebook by an everyday name.
		{"Why did Seoul protest Japan's foreign policy yearbook around the time Yoon came to power?", "dokdo-korea-protests-bluebook", nil},
		// A reason is for what is asked, not for the stance the question concedes.
		{"Even with their tough stance, why can't Tokyo and Canberra just cut off Beijing?", "", []string{"china-opportunities-japan-australia"}},
		{"Why can't Tokyo and Canberra simply cut ties with Beijing despite their firm stance?", "japan-australia-cannot-abandon-china", []string{"china-opportunities-japan-australia"}},
		// A three-way format is trilateral cooperation, not any grouping.
		{"Why does Washington care so much about getting Tokyo and Seoul into a three-way format with it?", "trilateral-cooperation-us-benefits", nil},
		// What someone tries or wants to achieve is their goal.
		{"What is Canberra trying to achieve with its diplomacy?", "australia-south-pacific-indo-pacific", nil},
		// To handle or tackle is to deal with; "going forward" only frames the question.
		{"How do the three leaders want to handle Pyongyang going forward?", "trilateral-north-korea-deterrence-exercises", nil},
		{"What does the author expect for US ties with Japan and Australia going forward?", "", []string{"us-japan-australia-alliance-deepen"}},
		// The Gimpo–Haneda route by the cities and airports it joins.
		{"our staff fly Seoul-Tokyo a lot - which airport route was reopened?", "gimpo-haneda-route-resumed", nil},
		{"how long had that seoul-tokyo city airport route been shut down?", "gimpo-haneda-route-resumed", nil},
		// A leader speaks for their country even where the facts name only the country.
		{"what was the main purpose of kishida going to the nato summit?", "japan-nato-purpose-china", nil},
		{"why did kishida go to the nato summit, main purpose?", "", []string{"japan-nato-purpose-china"}},
		// Without a comma, a clause setting something aside ends where the main question opens.
		{"besides deterring NK what does seoul want from its foreign policy", "korea-strategic-autonomy-middle-power", nil},
		{"besides the court cases what else keeps anti japan feeling alive in korea", "textbooks-yasukuni-anti-japanese-sentiment", nil},
		// Asked who holds a role, the fact naming the holder answers.
		{"Who's the New Zealand prime minister mentioned as speaking on China after Madrid?", "ardern-cooperate-with-china", nil},
		// Hardline is the facts' tough line; gentle their moderate way.
		{"is japan hardline on north korea?", "japan-tough-line-sanctions", nil},
		{"japan vs south korea on how to handle pyongyang - hardline or gentle?", "", []string{"korea-moderate-approach-north-korea"}},
		// Showing one's worth is the facts' highlighting one's own value.
		{"How does Canberra try to show its worth in the region?", "australia-security-cooperation-value", nil},
		{"How does Canberra seek to demonstrate its own value in the region?", "australia-security-cooperation-value", nil},
		// Set against "the other three", an actor is asked about on its own.
		{"What is Japan's big diplomatic goal compared to the other three partners?", "japan-national-normalisation", nil},
		{"What overarching objective does the author ascribe to Japanese diplomacy, in contrast with that of the other three Pacific partners?", "japan-national-normalisation", nil},
		{"How do Japan and Australia feel about China compared with the other two?", "", []string{"japan-australia-firm-on-china"}},
		// Chat shorthand: "asia pac", "mtg", "who r"; a final conclusion is a conclusion; an
		// official document on the island is the Bluebook.
		{"what did the 4 asia pac leaders talk about, any global stuff?", "four-country-meeting-ukraine", nil},
		{"did the 4 leaders bring up china at their mtg", "", []string{"four-leaders-no-china-discussion"}},
		{"What's the author's final conclusion?", "us-hard-to-unite-allies", nil},
		{"What did Seoul protest about in Japan's official document on the island?", "dokdo-korea-protests-bluebook", nil},
		// Members of a group are those who joined it; "part of the Quad" is membership.
		{"Are Japan and Australia both members of the Quad?", "japan-australia-joined-quad", nil},
		{"Does the article say whether Japan and Australia are part of the Quad?", "japan-australia-joined-quad", nil},
		// "In X's strategy, how is Y…": Y is the subject, as after any opening clause.
		{"In America's strategy, how is South Korea characterised?", "", []string{"korea-us-outpost-northeast-asia"}},
		// "how they approach China" asks each side's position on China.
		{"How do Tokyo and Seoul differ in how they approach China?", "", []string{"japan-multi-directional-alliances-china"}},
		// The island Japan and Korea dispute is Dokdo.
		{"that little island japan and korea keep fighting over, what's it called", "", []string{"dokdo-territorial-dispute"}},
		// "What methods" asks how.
		{"What methods does Japan favour for dealing with Pyongyang?", "japan-tough-line-sanctions", nil},
		// "The trilateral" is the US, Japan and South Korea's: a fact naming the three is on it.
		{"why is the trilateral important to washington", "trilateral-cooperation-us-benefits", nil},
		{"why does washington care so much abt the trilateral", "trilateral-cooperation-us-benefits", nil},
		// A final verdict is a conclusion.
		{"What is the author's final verdict on the US effort to unite its Asia-Pacific allies?", "us-hard-to-unite-allies", nil},
		// What people "do together", or sit at the same table for, is what they cooperate on.
		{"Why does Washington care so much about getting Tokyo and Seoul to the same table?", "trilateral-cooperation-us-benefits", nil},
		{"What did the four leaders say they would do together in their talks?", "four-leaders-pledge-nato-cooperation", nil},
		// What one actor wants from another actor is its own line towards it (issue 9).
		{"What does Japan want from North Korea?", "japan-concerns-missiles-kidnapping", nil},
		// Everyday words: a strategic picture is a strategy; "back then" says when, not "hit back".
		{"how is south korea seen in the US strategic picture?", "", []string{"korea-us-outpost-northeast-asia"}},
		{"We buy chip inputs from Japan - which materials did Tokyo restrict for Korea back then?", "japan-export-controls-july-2019", nil},
		{"Did Yoon want to meet Kishida soon after taking office?", "yoon-hopes-to-meet-kishida", nil},
		// "For what reason" asks why; "和" is "and"; an outcome is a result.
		{"For what reason America want Japan Korea work together three?", "", []string{"trilateral-cooperation-us-benefits"}},
		{"日本 和 中国 relationship in the article", "", []string{"japan-curbs-china-via-alliance-quad"}},
		{"four country meeting outcome", "four-country-talks-lacked-substance", nil},
		// Not so hard on China is softer on China; raising clout is seeking greater influence.
		{"Why Korea is not so hard on China like Japan?", "", []string{"korea-economic-dependence-china"}},
		{"How does Seoul try to raise its international clout?", "korea-strategic-autonomy-middle-power", nil},
		{"Why did South Korea end the intelligence pact with Tokyo?", "", []string{"gsomia-abolition-august-2019"}},
		{"How do Japan and South Korea differ on North Korea?", "", []string{"japan-tough-line-sanctions", "korea-moderate-approach-north-korea"}},
		// "Besides X" sets X aside: what else is asked for leads; what X is about does not fill
		// the rest.
		{"apart from the labour and comfort women issues, what else in history keeps souring japan-korea ties?", "", []string{"textbooks-yasukuni-anti-japanese-sentiment"}},
		// A soft spot or weak point is the weakest link.
		{"Which relationship does the author expect to be the soft spot of four-way cooperation?", "japan-korea-weakest-link", nil},
		// Japan's two goals are those it has in the trilateral and the Indo-Pacific strategy.
		{"What are Tokyo's two main goals in the trilateral and the Indo-Pacific strategy?", "", []string{"japan-goal-post-war-system", "japan-goal-retain-us-contain-china"}},
		// The most mature cooperation is the closest.
		{"Which two of the four Asia-Pacific partners have the closest cooperation?", "japan-australia-most-mature", nil},
		// A leader asked about speaks for their country.
		{"What was Kishida's main reason for going to Madrid?", "", []string{"japan-nato-purpose-china"}},
		// Areas of cooperation are its aspects, not a size ("0.2 square kilometres").
		{"what areas do japan and australia cooperate in", "japan-australia-defence-agreements", nil},
		// A meeting's main subject is its focus.
		{"What was the main subject of the US-Japan-Korea trilateral on the sidelines of the summit?", "trilateral-talks-focus-north-korea", nil},
		// In sync, in step, lining up or "more near" is close.
		{"Which two of the three allies are most in sync on North Korea policy?", "us-japan-closer-on-north-korea", nil},
		{"on north korea, whose policy more near to america, japan or korea? why?", "us-japan-closer-on-north-korea", nil},
		{"whose north korea policy lines up more with washington's, tokyo's or seoul's?", "us-japan-closer-on-north-korea", nil},
		// Five-letter words a letter off are typos when what they are off from is as long:
		// "Adern", "artcle"; "thank" is not "than".
		{"What did Adern say about China after leaving Madrid?", "ardern-cooperate-with-china", nil},
		{"who wrote this artcle", "", []string{"article-author-byline"}},
		// "What subject" asks what; the subject is no word of the facts.
		{"what subject did the four leaders avoid talking about at madrid?", "", []string{"four-leaders-no-china-discussion"}},
		// Chat abbreviations: govts, coop.
		{"under progressive govts how did seoul treat trilateral coop with us and jp", "", []string{"progressive-governments-cautious"}},
		// NK is North Korea.
		{"why does japan stick so closely to US on NK", "japan-fears-abandonment-north-korea", nil},
		// "In short" and "the gist of" say how to answer, not what about.
		{"in short, what was the trilateral between Washington, Tokyo and Seoul about?", "", []string{"trilateral-talks-intention"}},
		{"give me the gist of Japan's overall diplomatic strategy", "", []string{"japan-national-normalisation"}},
		// "Is it true" only asks whether: it is no word of what is asked about.
		{"Is it true defence cooperation between Tokyo and Seoul kept going normally after GSOMIA was dropped?", "", []string{"defence-cooperation-almost-stopped"}},
		// A meeting asked about is not answered by what another meeting discussed.
		{"Is it true the US-Japan-Korea meeting in Madrid was mostly about Ukraine?", "trilateral-talks-focus-north-korea", nil},
		{"what was the US-Japan-Korea meeting mostly about?", "trilateral-talks-focus-north-korea", nil},
		// A guess at what something is mostly about: the focus the article gives leads, then
		// what it says of the guess.
		{"Is NZ's diplomacy mostly about China?", "new-zealand-survival-south-pacific", []string{"ardern-cooperate-with-china"}},
		{"Wellington's diplomacy is all about China? what's NZ actually focused on", "new-zealand-survival-south-pacific", nil},
		// "How does X go about Y" asks by what means: the fact telling the means leads.
		{"How does Tokyo go about curbing Beijing?", "japan-curbs-china-via-alliance-quad", nil},
		{"By what means, in the author's view, has Tokyo sought to constrain Beijing?", "japan-curbs-china-via-alliance-quad", nil},
		{"What tools does Tokyo use to push back against Beijing?", "japan-curbs-china-via-alliance-quad", nil},
		// …and so does "how" before an actor, without the auxiliary, as chat leaves it out.
		{"How Tokyo curb China according to the article?", "japan-curbs-china-via-alliance-quad", nil},
		// …and "how" after the actor, as languages putting the asking word after the subject
		// are read.
		{"Japan how contain China", "japan-curbs-china-via-alliance-quad", nil},
		{"In which way has Japan curbed China?", "japan-curbs-china-via-alliance-quad", nil},
		// A fact telling means but naming fewer of those asked about tells of something else.
		{"How did Seoul handle China-related issues at the summit?", "yoon-no-public-china-comments", nil},
		{"How did Seoul handle the subject of China at the summit?", "yoon-no-public-china-comments", nil},
		{"Did the article mention flights between Seoul and Tokyo starting again?", "gimpo-haneda-route-resumed", nil},
		{"How does the article describe the role of the US-Japan alliance?", "us-japan-alliance-cornerstone", nil},
		{"Is there anything about how Seoul tries to win more international influence?", "korea-strategic-autonomy-middle-power", nil},
		{"Did the four Asia-Pacific leaders spend a lot of time on China at their meeting?", "four-leaders-no-china-discussion", nil},
		{"Is anything said about school history books souring Japan-Korea ties?", "textbooks-yasukuni-anti-japanese-sentiment", nil},
		// What the author expects is what the author foresees, not what the US expects of allies.
		{"What does the author expect to happen to the US alliances with Tokyo and Canberra?", "us-japan-australia-alliance-deepen", nil},
		// A premise put to be checked, then asked about, is answered by the facts that say
		// what is so, although its wrong words match none; so is one put to be confirmed
		// alone, wrong in words the facts use otherwise, and a year put to be checked.
		{"Hayashi brought Yoon a gift from the emperor at the inauguration, right? What did he hand over?", "hayashi-inauguration-kishida-letter", nil},
		{"Biden called the three-way meeting with Tokyo and Seoul just a routine catch-up, didn't he? What did he call it?", "biden-historic-trilateral-meeting", nil},
		{"Japan prefers a soft engagement approach toward Pyongyang, doesn't it? What path does Tokyo take?", "japan-tough-line-sanctions", nil},
		{"Hayashi turned up in Seoul empty-handed, didn't he?", "hayashi-inauguration-kishida-letter", nil},
		{"The comfort women victims first went to a local court for mediation in 2015, right? When was it?", "comfort-women-mediation-2013", nil},
		// A country's leader is the leader in office the store knows for it, as the title is.
		{"what did new zealand's leader say about china after the summit?", "ardern-cooperate-with-china", nil},
		{"What did South Korea's leader hope for with Japan?", "yoon-hopes-to-meet-kishida", nil},
		// A catch-up is a meeting; getting anything real done is achieving anything real.
		{"Did the four-country catch-up with Canberra and Wellington get anything real done, or was it just for show?", "four-country-talks-lacked-substance", nil},
		{"Honest take: did the four-country meeting achieve anything real, or was it mostly symbolic?", "four-country-talks-lacked-substance", nil},
		// A NATO meeting is the summit; to come to it is to attend it.
		{"How did Tokyo, Seoul, Canberra and Wellington come to be at the NATO meeting in Madrid?", "asia-pacific-partners-attend-madrid", nil},
		{"How did the Moon govt handle North Korea?", "moon-government-dialogue", nil},
		{"How does Japan go about curbing China?", "japan-curbs-china-via-alliance-quad", nil}, // ranked below the first ten
		{"How does South Korea try to deter the North?", "korea-deter-north-korea-via-trilateral", nil},
		// "What kind of materials": the fact naming the materials leads.
		{"What kind of materials were hit by Japan's export curbs on Korea?", "japan-export-controls-july-2019", nil},
		// Two groups compared: each group's position, as a group where the article gives one;
		// two pairs sharing a country are no groups.
		{"How do Japan and Australia's attitudes to China compare with South Korea and New Zealand's?", "japan-australia-firm-on-china", []string{"ardern-cooperate-with-china"}},
		{"How does Japan-Australia cooperation compare with Australia-New Zealand cooperation?", "", []string{"australia-new-zealand-south-pacific"}},
		// Where the two differ on what else is named leads, not their differences in general.
		{"How do Japan and South Korea differ in their approach to China?", "japan-korea-differ-china-policy", []string{"korea-positive-attitude-china"}},
		// An objection is a protest, not an objective: Japan's goals do not answer it.
		{"What is Japan's objection?", "japan-opposes-asset-enforcement", nil},
		// A prompt to fill in a blank asks what fills it.
		{"Fill in the blank: Biden called the US-Japan-South Korea meeting a '______ trilateral meeting'.", "biden-historic-trilateral-meeting", nil},
		// A line asked "on China" is led by a fact on China, not a line on North Korea.
		{"Is South Korea more hawkish on China than Japan is?", "japan-australia-firm-on-china", nil},
		{"Is Seoul's softer line on China just about culture?", "korea-positive-attitude-china", []string{"korea-economic-dependence-china"}},
		// What one did in response is a deed, answered by the search, not a stance filed
		// under the other's topic.
		{"What did Seoul do in response to Tokyo's export restrictions?", "", []string{"korea-wto-complaint", "korea-removes-japan-white-list"}},
		// Typed tersely, the country right before "policy" is what the two are compared on.
		{"japan vs korea china policy differences", "japan-korea-differ-china-policy", []string{"korea-positive-attitude-china"}},
		{"japan korea china policy difference", "japan-korea-differ-china-policy", []string{"korea-positive-attitude-china"}},
		// A leader's words are the country's position; so is one shared with a third country.
		{"How does Wellington's line on China differ from Canberra's?", "", []string{"ardern-cooperate-with-china", "japan-australia-firm-on-china"}},
		{"How does the US describe its alliance with Australia?", "", []string{"us-australia-alliance-cornerstone"}},
		{"What did Yoon do before he even took office to reach out to Japan?", "", []string{"yoon-policy-consultation-delegation"}},
		{"whats the forced labor compensation beef between japan and korea", "", []string{"japan-opposes-asset-enforcement"}},
		{"biden's word for the three-way meet with tokyo and seoul?", "biden-historic-trilateral-meeting", nil},
		{"what did biden call the 3-way meeting w kishida and yoon", "", []string{"biden-historic-trilateral-meeting"}},
		// A comparison with a viewer shows the viewer's side of each ("outpost").
		{"how does the us treat japan vs korea in its strategy", "", []string{"korea-us-outpost-northeast-asia", "us-japan-alliance-cornerstone"}},
		{"How does the US see South Korea compared with Japan in its strategy?", "korea-us-outpost-northeast-asia", []string{"us-japan-alliance-cornerstone"}},
		// A word a letter off a fact's word whose stem is shorter ("meetng", "minster").
		{"who chaired the meetng of the 4 asia-pac leaders (japan, korea, aus, nz)?", "kishida-moderates-four-country-meeting", nil},
		{"who was japans prime minster at the time", "", []string{"kishida-moderates-four-country-meeting"}},
		// "Which two" asks for a choice; "two" is not a word of the answer.
		{"Which two of the four partners are firmest towards China?", "japan-australia-firm-on-china", nil},
		// Holding China back, checking it, is containing it.
		{"How does Japan try to check China according to the article?", "", []string{"japan-curbs-china-via-alliance-quad"}},
		{"How does Tokyo try to hold China back?", "", []string{"japan-curbs-china-via-alliance-quad"}},
		// A summit opens when it is held; its opening date is its date.
		{"What were the opening date and the duration of the NATO summit in Madrid?", "summit-caption-june-29", nil},
		{"When did the Madrid NATO summit open?", "", []string{"summit-caption-june-29"}},
		// Long-term is ultimate; how the article words it is not what it is about.
		{"What is Japan's big long-term diplomatic aim, per the author?", "japan-national-normalisation", nil},
		{"What is Japan ultimately striving for diplomatically - what's the buzzword the article uses?", "japan-national-normalisation", nil},
		{"What is Japan's big diplomatic goal at home and abroad, per the piece?", "", []string{"japan-national-normalisation"}},
		// Australia's own region, not the three countries' regional focus in general.
		{"what region does australia mainly care about", "australia-south-pacific-indo-pacific", nil},
		// What Australia cares about is its own focus, not what others would worry about.
		{"what does australia care about most", "australia-south-pacific-indo-pacific", nil},
		{"What does Canberra care about?", "australia-south-pacific-indo-pacific", nil},
		{"what do the kiwis mostly care about", "new-zealand-survival-south-pacific", nil},
		{"What does New Zealand care about?", "new-zealand-survival-south-pacific", nil},
		// To cover up differences is not to cover a topic: what the leaders talked about is
		// what the trilateral focused on.
		{"what did the US, Japan and Korea leaders mostly talk about?", "trilateral-talks-focus-north-korea", nil},
		// An alliance between the two is not one's stance on alliances; "characterises" and
		// "could you indicate" say how it is asked.
		{"How does Washington regard its alliance with Tokyo?", "us-japan-alliance-cornerstone", nil},
		{"Could you indicate how Washington characterises its alliance with Tokyo?", "us-japan-alliance-cornerstone", nil},
		// A fact that says where a pledge was made answers what was said there.
		{"What did Japan say at the NATO summit that partly addressed South Korean concerns?", "", []string{"japan-nuclear-stance-korea-concerns"}},
		{"How does Canberra try to show it matters in the region?", "australia-security-cooperation-value", nil},
		// Grounded flights were suspended; what the asker keeps hearing is not what they ask.
		{"ok so I keep hearing the Gimpo-Haneda flights are back - how long were they grounded before that?", "gimpo-haneda-route-resumed", nil},
		{"So what did the four leaders actually say they'd do together?", "", []string{"four-leaders-pledge-nato-cooperation"}},
		// Pulling out is withdrawing; what came back resumed; the biggest hit is the great blow.
		{"When did Korea pull out of GSOMIA?", "gsomia-abolition-august-2019", nil},
		{"which airport-to-airport flight between seoul and tokyo came back after the covid shutdown?", "gimpo-haneda-route-resumed", nil},
		{"Which part of Korea's economy took the biggest hit from Japan's 2019 export move?", "export-controls-blow-to-korea-ict", nil},
		// Reining China in is containing it; "without just following Washington", when nothing
		// answers the whole, is set aside.
		{"How is Tokyo trying to rein in China?", "", []string{"japan-curbs-china-via-alliance-quad"}},
		{"How does Seoul try to gain more international clout without just following Washington?", "", []string{"korea-strategic-autonomy-middle-power"}},
		// Talkback-radio slang: the squeeze is a restriction, the Kiwi PM New Zealand's, to bend
		// over backwards is to spare no effort, the Yanks are the US, a stink is a protest, and
		// "and vice versa" asks how two differ.
		{"When did Japan put the squeeze on Korean exports?", "japan-export-controls-july-2019", nil},
		{"What'd the Kiwi PM say about China once she was back from Madrid?", "ardern-cooperate-with-china", nil},
		{"Why is Tokyo bending over backwards to side with Washington on Pyongyang?", "japan-fears-abandonment-north-korea", nil},
		{"What does South Korea mean to the Yanks strategically?", "korea-us-outpost-northeast-asia", nil},
		// Kiwi slang: the tightest mates are the closest allies.
		{"which two of the four are the tightest mates?", "japan-australia-most-mature", nil},
		// Heads are leaders, a wee island a small one that two keep scrapping (fighting) over,
		// and a war overseas or in Europe the one in Ukraine.
		{"Which European conflict did the four leaders discuss?", "four-country-meeting-ukraine", nil},
		// "Playing" a role adds nothing, as "plays" does not.
		{"what role does the US see Korea playing in the region", "korea-us-outpost-northeast-asia", nil},
		{"when was the last time the US, Japan and Korea heads had all sat down together before Madrid", "trilateral-last-summit-2017", nil},
		{"how big is that wee island Japan and Korea keep scrapping over", "dokdo-both-claim-island", nil},
		{"what overseas war came up when Jacinda sat down with the Japanese, Korean and Aussie leaders?", "four-country-meeting-ukraine", nil},
		{"why's Washington so hard out keen on getting Japan and Korea in a room with them?", "", []string{"trilateral-cooperation-us-benefits"}},
		// Nothing meaty is small talk, grumpy about is protesting, and "re" is about.
		{"did the four leaders actually get into anything meaty or just small talk?", "four-country-talks-lacked-substance", nil},
		{"and what did Seoul get grumpy about re Takeshima?", "dokdo-korea-protests-bluebook", nil},
		{"What did Japan kick up a stink about on Dokdo around Yoon's inauguration?", "dokdo-japan-protests-korean-survey", nil},
		{"Leaving the lawsuits aside, what else gets Koreans fired up about Japan?", "", []string{"textbooks-yasukuni-anti-japanese-sentiment"}},
		// Fretting is worrying: each side's own concerns answer it.
		{"On Pyongyang, what does Tokyo fret about that Seoul doesn't, and vice versa?", "", []string{"japan-concerns-missiles-kidnapping", "korea-focus-security-reunification"}},
		// Whom a pledge was made to adds nothing; "el tema nuclear norcoreano" is the North
		// Korean nuclear issue.
		{"Beyond the niceties, what did the four leaders pledge to one another?", "", []string{"four-leaders-pledge-nato-cooperation"}},
		{"Courtesies aside, what undertakings did the four leaders offer each other?", "", []string{"four-leaders-pledge-nato-cooperation"}},
		{"What did the three leaders agree to do on el tema nuclear norcoreano?", "", []string{"trilateral-north-korea-deterrence-exercises"}},
		// Corona is the epidemic; an old foreign minister is a former one.
		{"Which Seoul-Tokyo flights came back after the corona shutdown?", "gimpo-haneda-route-resumed", nil},
		{"What did Seoul's old foreign minister Chung say Japan must do about history?", "chung-correct-historical-understanding", nil},
		// What binds two ties them; "deterrence plus what?" asks what else.
		{"What binds Japan and Australia?", "", []string{"japan-australia-reciprocal-access"}},
		{"Three-way pledges on the North Korean nuclear issue: deterrence plus what?", "", []string{"trilateral-north-korea-deterrence-exercises"}},
		// A yes-or-no check of what an actor's own diplomacy is focused on: what it is
		// focused on checks it.
		{"Is Canberra's diplomacy focused on Europe?", "australia-south-pacific-indo-pacific", nil},
		// Meetings squeezed in were held and who sat at each table took part; what confused
		// the asker, and "this Yoon fellow", are not asked about.
		{"Aside from the plenary, which extra meetings got squeezed in at Madrid and who sat at each table?", "summit-two-leaders-meetings", nil},
		{"Before this Yoon fellow took office, and the papers call him Yin Xiyue which confused me no end, what did he send to Japan?", "yoon-policy-consultation-delegation", nil},
		// Fields asked of last, as a mixed language leaves them, are aspects; what Yoon wanted
		// to turn the relationship into he wanted to build it into.
		{"Tokyo and Canberra cooperate in fields which?", "japan-australia-defence-agreements", nil},
		{"What did Yoon want to turn the three-way relationship into?", "yoon-core-pillar-statement", nil},
		// The hardest on someone is the toughest; to dump a pact is to scrap it; to hit a
		// country with controls is to impose them.
		{"Which of the four are hardest on Beijing?", "japan-australia-firm-on-china", nil},
		{"When did Seoul dump GSOMIA?", "gsomia-abolition-august-2019", nil},
		{"When did Japan hit South Korea with export controls?", "japan-export-controls-july-2019", nil},
		// An economist's words: risk-averse is cautious, a node of the supply chain an
		// industry, raising the costs on someone pressuring them.
		{"Why were South Korea's progressive governments risk-averse about three-way cooperation?", "progressive-governments-cautious", nil},
		{"Which node of the supply chain did Tokyo's export curbs hit?", "export-controls-blow-to-korea-ict", nil},
		{"What policy instruments does Japan use for raising the costs on North Korea?", "japan-tough-line-sanctions", nil},
		// What the asker says of their own world after the question is not asked about.
		{"Who edited this article? In my church newsletter the editor is always Deacon Kim.", "article-editor-outlook", nil},
		// Focused in a theme is focused on it; to melt everything is to fix it.
		{"The three-way talks in Madrid were focused more in what theme?", "trilateral-talks-focus-north-korea", nil},
		{"Did Yoon's government melt everything with Tokyo, or are the old troubles still there?", "yoon-government-little-warmth", []string{"japan-korea-longstanding-differences"}},
		// A Marine's plain talk: back in business is resumed, squared-away is mature.
		{"Which air route got back in business after the thaw?", "gimpo-haneda-route-resumed", nil},
		{"Which pair of the four has the most squared-away cooperation?", "japan-australia-most-mature", nil},
		// DC is Washington; who is credited as editor edited the article.
		{"what does DC want from its Asia-Pacific allies", "", []string{"us-wants-allies-share-pressure"}},
		{"Who is credited as editor?", "article-editor-outlook", nil},
		// An office wit's words: to obsess over is to focus on, to weigh in on to comment on.
		{"What did the three-way huddle mostly obsess over in Madrid?", "trilateral-talks-focus-north-korea", nil},
		{"Which former Seoul foreign minister weighed in on the history mess?", "chung-correct-historical-understanding", nil},
		// What an envoy carried to a capital he handed over there; materials covered are the
		// materials.
		{"What did Tokyo's envoy carry to Seoul in May 2022?", "hayashi-inauguration-kishida-letter", nil},
		{"Number of chip materials covered by the 2019 curbs?", "japan-export-controls-july-2019", nil},
		// Staying in lockstep with someone is cooperating with them; a grievance related to
		// something is a concern.
		{"Why does Tokyo try so hard to stay in lockstep with Washington on Pyongyang?", "japan-fears-abandonment-north-korea", nil},
		{"Besides missiles, what North Korea-related grievance does Japan have?", "", []string{"japan-concerns-missiles-kidnapping"}},
		// Air travel between two cities is the flights between them.
		{"What happened to air travel between Seoul and Tokyo?", "gimpo-haneda-route-resumed", nil},
		// Names and years as voice dictation spells them.
		{"what did key shida say about nato summits going forward", "kishida-regular-nato-participation", nil},
		{"why did tokyo protest in november twenty twenty one", "press-conference-terminated-november-2021", nil},
		{"what does welling ton focus its diplomacy on", "", []string{"new-zealand-survival-south-pacific"}},
		{"what did yun suck yol send to japan before he took office", "yoon-policy-consultation-delegation", nil},
		// What the answer is for is the asker's.
		{"For our briefing materials: what name does Tokyo use for Dokdo?", "", []string{"dokdo-both-claim-island"}},
		// Beijing's "small circles" are the groupings.
		{"What are Tokyo's goals in following Washington into these small circles?", "", []string{"japan-goal-post-war-system"}},
		// A teenager's slang: a lil meetup is a meeting, chiller toward is more positive
		// toward, tryna is trying to.
		{"what did japan sk australia nz even talk about in their lil meetup", "four-country-meeting-ukraine", nil},
		{"why is south korea chiller toward china than japan is", "korea-economic-dependence-china", nil},
		{"what are some analysts saying the us is tryna do w nato in asia", "analysts-us-hegemony-containment", nil},
		// A sailor's: charts, a diplomatic bow, an end state, mission areas, a
		// status-of-forces type deal; an outfit is an institution.
		{"What does Tokyo call Dokdo on its charts?", "", []string{"dokdo-korea-protests-bluebook"}},
		{"What's Seoul's end state on the peninsula, as opposed to Tokyo's focus?", "korea-focus-security-reunification", nil},
		{"Where has Wellington been pointing its diplomatic bow?", "new-zealand-survival-south-pacific", nil},
		{"What status-of-forces type deal did Japan and Australia sign?", "japan-australia-reciprocal-access", nil},
		{"In what mission areas do Japan and Australia cooperate closely?", "", []string{"japan-australia-defence-agreements"}},
		{"What outfit is the author attached to?", "article-author-byline", nil},
		// A question naming its subject after two sentences of the asker's background is
		// read alone.
		{"Washington treats the intelligence pact as plumbing for the alliance. I assume scrapping it had real consequences. What happened to Japan-South Korea defence cooperation after Seoul announced it was abolishing GSOMIA?", "defence-cooperation-almost-stopped", nil},
		// A French speaker's words: methods, complaining of something from the Japanese side,
		// to privilege, a strategic dispositive; the writer's view is the author's.
		{"What methods does Japan favour against Pyongyang?", "japan-tough-line-sanctions", nil},
		{"And Seoul, of what did it complain from the Japanese side about Dokdo?", "dokdo-korea-protests-bluebook", nil},
		{"What does Seoul privilege in its policy on North Korea?", "", []string{"korea-focus-security-reunification"}},
		{"Which role does the American strategic dispositive give South Korea?", "korea-us-outpost-northeast-asia", nil},
		{"What is Japan's diplomatic strategic priority, in the writer's view?", "japan-national-normalisation", nil},
		// A Korean office after a name, made possessive, is before it.
		{"Who came from Japan to Yoon daetongryeong's inauguration?", "hayashi-inauguration-kishida-letter", nil},
		// …after "According to the article," too.
		{"Beijing's commentators love to say America exports its alliances everywhere, and I half agree. The article starts with what analysts think. According to the article, why do some analysts believe the United States is pushing NATO into the Asia-Pacific?", "analysts-us-hegemony-containment", nil},
		// ", not like Japan" sets Japan apart, as ", unlike Japan" does.
		{"Why are South Korea, Australia and New Zealand so regional diplomatically, not like Japan?", "three-countries-regional-focus", nil},
		// "Identify" asks as "Name" does, and for a date when one follows.
		{"Identify the two of the four countries the author calls firm towards China.", "", []string{"japan-australia-firm-on-china"}},
		// A political reason is a reason.
		{"What political reason does Seoul have for staying on good terms with Beijing?", "korea-economic-dependence-china", nil},
		// Typos: short words a letter short.
		{"what word did bidn use for the trilateral", "biden-historic-trilateral-meeting", nil},
		// Who said what the author judges, or the analysts the author cites believe, is
		// answered by the fact that says so.
		{"Who believes Washington is pushing NATO into the Asia-Pacific?", "analysts-us-hegemony-containment", nil},
		{"Who said Tokyo and Canberra take a firm line with Beijing?", "japan-australia-firm-on-china", nil},
		{"Which leader described the Madrid trilateral as historic?", "biden-historic-trilateral-meeting", nil},
		// Who or when the author says is who or when.
		{"Who does the author say represented Tokyo at the inauguration in Seoul?", "hayashi-inauguration-kishida-letter", nil},
		{"When does the author say Tokyo restricted chip materials to Seoul?", "", []string{"japan-export-controls-july-2019"}},
		// Two a premise sets side by side with "and", not "than", are compared on what else
		// it names.
		{"Tokyo is soft on Beijing and Seoul the tough one, right? How do they really differ?", "japan-korea-differ-china-policy", nil},
		// Another name is a name, not Yoon's "another core pillar".
		{"Does Tokyo call the island of Dokdo by a different name?", "", []string{"dokdo-korea-protests-bluebook"}},
		// A comment naming no one before a colon is the asker's.
		{"That hardly looks like a united front to me: what did New Zealand's prime minister say about China after Madrid?", "", []string{"ardern-cooperate-with-china"}},
		{"Which countries does the author say attended the summit as partners?", "asia-pacific-partners-attend-madrid", nil},
		// A position in a strategy is a role there.
		{"What is South Korea's position in the US strategic layout?", "korea-us-outpost-northeast-asia", nil},
		// A meeting concerning itself with something focuses on it; an envoy carries with him
		// what he brings; acting as the moderator is being it.
		{"What did the three-way talks of Biden, Kishida and Yoon concern themselves with?", "", []string{"trilateral-talks-focus-north-korea"}},
		{"What did the envoy from Tokyo carry with him to the inauguration?", "hayashi-inauguration-kishida-letter", nil},
		{"Who was acting as the moderator (host) of the four-leader talks?", "kishida-moderates-four-country-meeting", nil},
		// Allies sticking together is cohesion; "all these years, good or bad" asks only how.
		{"Can Washington make its Asian allies stick together, in the writer's opinion?", "", []string{"us-hard-to-unite-allies"}},
		{"How has Tokyo felt about the comfort women cases all these years, good or bad?", "japan-negative-comfort-women", nil},
		// The part of the article a question names is not what it asks about.
		{"What does Japan focus on achieving in its diplomacy, in the section on the four countries?", "japan-national-normalisation", nil},
		// A three-country meeting is the trilateral.
		{"What name did Biden give the three-country meeting?", "biden-historic-trilateral-meeting", nil},
		// An engagement-first approach is one of engagement.
		{"Does Japan prefer an engagement-first approach to North Korea?", "japan-tough-line-sanctions", nil},
		// Two main concerns are the concerns the facts list.
		{"List Japan's two main worries about North Korea.", "japan-concerns-missiles-kidnapping", nil},
		// "Truly" only stresses.
		{"Why does the author doubt that ties between Seoul and Tokyo have truly thawed?", "yoon-government-little-warmth", nil},
		// Legal actions are the cases.
		{"When were the comfort women legal actions brought, by the article's dates?", "comfort-women-mediation-2013", nil},
		// Someone's handling of a matter, objected to, is the matter.
		{"On what grounds does the article say Tokyo objects to South Korea's handling of the comfort-women cases?", "", []string{"japan-negative-comfort-women"}},
		// "please" closing a second question asks nothing more.
		{"And what did South Korea protest from Japan side about the island? In which document, please?", "dokdo-korea-protests-bluebook", nil},
		// Summing up is describing.
		{"What word did Biden use to sum up the three-way meeting with Tokyo and Seoul?", "biden-historic-trilateral-meeting", nil},
		// A centrepiece is a focus; shaking off is getting rid of.
		{"What's the centrepiece of Japan's diplomatic strategy?", "japan-national-normalisation", nil},
		{"What system does Tokyo want to shake off by playing a bigger role in world affairs with US backing?", "japan-goal-post-war-system", nil},
		// Putting first is prioritising; "the North", after "when it comes to", is North Korea.
		{"And what does South Korea put first when it comes to the North?", "", []string{"korea-focus-security-reunification"}},
		// Holding back from something is avoiding it.
		{"which of the partners held back from criticizing china in public", "", []string{"yoon-no-public-china-comments"}},
		// Three countries compared: each one's own position, in the order named; Pyongyang,
		// what two are compared on, is no third side.
		{"Compare the regional focus of South Korea, Australia and New Zealand.", "korea-focus-northeast-asia", []string{"australia-south-pacific-indo-pacific", "new-zealand-survival-south-pacific"}},
		{"How do Tokyo and Seoul differ in how they deal with Pyongyang?", "", []string{"japan-tough-line-sanctions", "korea-moderate-approach-north-korea"}},
		// A viewer's descriptions are its view.
		{"How do the US descriptions of its alliances with Japan and with Australia differ?", "", []string{"us-japan-alliance-cornerstone", "us-australia-alliance-cornerstone"}},
		// "Differently" compares; what the viewer says of a side, not what the side does.
		{"How does the US see Japan differently from South Korea?", "us-japan-alliance-cornerstone", []string{"korea-us-outpost-northeast-asia"}},
		{"How does the way the US sees its alliance with Japan differ from how it sees South Korea?", "us-japan-alliance-cornerstone", []string{"korea-us-outpost-northeast-asia"}},
		{"compare how washington sees japan, australia and south korea", "", []string{"us-japan-alliance-cornerstone", "us-australia-alliance-cornerstone", "korea-us-outpost-northeast-asia"}},
		{"how does new zealand's role for the US compare with south korea's", "", []string{"new-zealand-role-limited-south-pacific", "korea-us-outpost-northeast-asia"}},
		// How a question refers to the article frames it: "the piece", "the writer".
		{"what's new zealand's role for the us according to the piece", "new-zealand-role-limited-south-pacific", nil},
		{"japan's two main goals per the article", "", []string{"japan-goal-post-war-system", "japan-goal-retain-us-contain-china"}},
		{"as a pacific islander, what role does australia play in our region according to this piece", "australia-south-pacific-indo-pacific", nil},
		// Repeating a promise is reiterating a commitment; stable is stability.
		{"What promise did Biden repeat to Japan and South Korea at the trilateral?", "biden-defence-commitment", nil},
		{"What region is Canberra focused on keeping stable?", "australia-south-pacific-indo-pacific", nil},
		// A difference that sets the subject only as the other side is someone else's: what
		// Japan is concerned about does not answer what South Korea cares about.
		{"And what does South Korea mainly care about when it comes to the North?", "korea-focus-security-reunification", nil},
		// "The North" is North Korea; "what type of" frames a question; month openers ask when.
		{"What type of diplomacy is Seoul using to gain more international influence?", "korea-strategic-autonomy-middle-power", nil},
		{"In what month and year did Seoul say it would scrap GSOMIA?", "gsomia-abolition-august-2019", nil},
		// An opening "On X," says what about; the main clause's actor is the subject.
		{"On North Korea, what does Japan care about most?", "", []string{"japan-concerns-missiles-kidnapping"}},
		// Everyday words: chasing is seeking, hyping is framing, "in one phrase" frames.
		{"In one phrase, what is Japan chasing diplomatically these days?", "japan-national-normalisation", nil},
		{"ok so apparently Biden hyped up the sit-down with Tokyo and Seoul — what word did he use for it?", "biden-historic-trilateral-meeting", nil},
		{"What is South Korea's long-term goal on the peninsula, compared with Japan's?", "", []string{"korea-focus-security-reunification"}},
		// "The four countries" are named by a fact that ranks them.
		{"Among the four countries, which pair has the most mature cooperation?", "japan-australia-most-mature", nil},
		{"What did Japan say at the NATO summit that partly took South Korea's concerns into account?", "", []string{"japan-nuclear-stance-korea-concerns"}},
		// The actor after a possessive one is what the view is on, not a side compared.
		{"how is japan's north korea approach different from korea's", "japan-tough-line-sanctions", []string{"korea-moderate-approach-north-korea"}},
		// Everyday words: an end game is a goal, the IT sector the information industry, a
		// lawsuit a case, the outlook the future (not the Outlook think tank).
		{"what's japan's end game with nato", "japan-nato-purpose-china", nil},
		{"what hurt korea's IT sector", "export-controls-blow-to-korea-ict", nil},
		{"when did the comfort women lawsuit start", "comfort-women-mediation-2013", nil},
		{"what's the outlook for asia-pacific alliance cohesion", "", []string{"us-japan-australia-alliance-deepen"}},
		// An opening time clause says when; the main clause's actor is the subject.
		{"Around the time Yoon took office, what did Tokyo protest about Dokdo?", "dokdo-japan-protests-korean-survey", nil},
		// What an opening clause sets aside is not the subject: Seoul is, not Pyongyang.
		{"Besides deterring Pyongyang, what else does South Korea want out of its foreign policy?", "korea-strategic-autonomy-middle-power", nil},
		// The weakest link is in cooperation among the four: the fact is on them too.
		{"What does the writer see as the weakest link among the four countries?", "japan-korea-weakest-link", nil},
		// A country "compared to" another is not the one whose strategy holds a role.
		{"How does the US see South Korea's role in its strategy compared to Japan's?", "korea-us-outpost-northeast-asia", []string{"us-japan-alliance-cornerstone"}},
		// A fact curated as answering a why gives a reason, though its text has no "because".
		{"Why can't Tokyo and Canberra simply cut ties with Beijing?", "", []string{"china-opportunities-japan-australia"}},
		// Going along with is agreeing to; signalling is expressing.
		{"What did Seoul, Canberra and Wellington signal they would go along with at the four-way talks?", "other-three-explore-indo-pacific", nil},
		// The four's meeting goes by other names: a four-party meeting, a four-country talk.
		{"What did the other three agree at the four-party meeting?", "other-three-explore-indo-pacific", nil},
		// A clause describing what is dated is not asked about; the date is. Not so what was
		// said after a verb of saying.
		{"When did the Seoul court rule on the comfort women case that Tokyo rejects?", "comfort-women-seoul-ruling-2021", nil},
		// …as is one describing the deed asked about.
		{"What did Tokyo do in July 2019 that hit Korea's economy?", "japan-export-controls-july-2019", nil},
		// "Others" joined with a government names no one more to match.
		{"On China policy, could you set out the means by which Tokyo has sought to curb Beijing, including any wider grouping it has joined with Washington and others?", "japan-curbs-china-via-alliance-quad", nil},
		// A topic named by whose calculations it is adds no words to the question after it.
		{"Turning to Seoul's own calculations, what does South Korea wish to highlight in its foreign policy?", "korea-strategic-autonomy-middle-power", nil},
		// A flashpoint is a dispute.
		{"other history flashpoints jp sk besides labor and comfort women", "", []string{"textbooks-yasukuni-anti-japanese-sentiment"}},
		// Seoul's progressives are its liberals, not anyone's progress.
		{"Were earlier progressive governments in Seoul keen on US–Japan–Korea cooperation?", "progressive-governments-cautious", nil},
		// A toolkit is the tools a government uses: its approach.
		{"tokyo toolkit against pyongyang", "japan-tough-line-sanctions", nil},
		// An airplane route is an air route.
		{"Which airplane route between Seoul and Tokyo was open again after Yoon came in?", "gimpo-haneda-route-resumed", nil},
		// New Delhi is India's government, as Tokyo is Japan's.
		{"Which grouping with Washington and New Delhi do Japan and Australia both belong to?", "japan-australia-joined-quad", nil},
		// An ambition is a goal; "as the article puts it" says nothing of what is asked.
		{"What is Japan's big diplomatic ambition, as the article puts it?", "", []string{"japan-national-normalisation"}},
		// Products or goods hit by the export controls are the materials.
		{"What products were hit by Japan's 2019 export restrictions on Korea?", "", []string{"japan-export-controls-july-2019"}},
		// Yun is how many romanise Yoon.
		{"What did Yun Suk-yeol call the US-Japan-Korea relationship?", "yoon-core-pillar-statement", nil},
		// The world stage is the international one.
		{"How does Seoul hope to get more influence on the world stage?", "korea-strategic-autonomy-middle-power", nil},
		// Formal allies are allies: the article calls Japan and Australia quasi allies.
		{"Are Japan and Australia formal allies?", "", []string{"japan-australia-quasi-alliance"}},
		// A game plan is a strategy.
		{"what's canberra's game plan in the pacific", "australia-south-pacific-indo-pacific", nil},
		// Chat words: a vibe between two is their relations, an upshot an outcome, chummy is
		// close, sitting on the fence is hesitating.
		{"whats the vibe between seoul and tokyo now", "japan-korea-weakest-link", nil},
		{"what's the upshot of the four-way meeting", "four-country-talks-lacked-substance", nil},
		{"how chummy are canberra and tokyo", "japan-australia-most-mature", nil},
		{"is seoul sitting on the fence between the us and china", "", []string{"korea-hesitates-regional-strategy"}},
		// Burying the hatchet is improving relations; the author rates as they judge; reluctant
		// is hesitant.
		{"why did tokyo and seoul bury the hatchet", "yoon-government-little-warmth", nil},
		{"how does the author rate the four-country meeting", "four-country-talks-lacked-substance", nil},
		{"is nz a reluctant partner", "korea-nz-interests-if-us-unbalanced", nil},
		// "us kiwis" is the pronoun before a people, not the United States.
		{"what about us kiwis, what's nz's diplomacy focused on", "new-zealand-survival-south-pacific", nil},
		// An overriding priority is the main one.
		{"What is Japan's overriding diplomatic priority, according to the analysis?", "japan-national-normalisation", nil},
		{"Could you summarise what the author regards as Japan's overarching diplomatic objective?", "", []string{"japan-national-normalisation"}},
		// "For show" is a gesture; the word someone used frames the question; "matters to" is
		// a concern; sq km is the island's area.
		{"was the four-country meeting mostly for show?", "four-country-meeting-gesture", nil},
		{"What word did Biden use to describe the three-way meeting?", "biden-historic-trilateral-meeting", nil},
		{"Which North Korea issue matters specifically to Japan?", "japan-concerns-missiles-kidnapping", nil},
		{"yasukuni why does it matter to korea", "", []string{"textbooks-yasukuni-anti-japanese-sentiment"}},
		{"how big is dokdo in sq km?", "dokdo-both-claim-island", nil},
		// Who the asker is frames the question; trying hard to stay with the US is the
		// article's "spared no effort".
		{"I work for an ocean conservation group. Why does South Korea object to Japan releasing nuclear wastewater?", "", []string{"korea-waste-water-health-threat"}},
		{"Why does Japan try so hard to line up with the US on the North Korean nuclear issue?", "japan-fears-abandonment-north-korea", nil},
		// Everyday words for the article's: an agenda item is a focus, weight is importance, an
		// architecture a system, a hit a blow, an assurance a commitment, taking part is
		// participation, assembling is piecing together; "the people in" a country is it.
		{"What was the main agenda item of the US-Japan-ROK trilateral?", "trilateral-talks-focus-north-korea", nil},
		{"Why does Washington put so much weight on three-way cooperation with Japan and South Korea?", "trilateral-cooperation-us-benefits", nil},
		{"What sort of security architecture is Japan trying to build around its US alliance?", "japan-multilayer-security-system", nil},
		{"Which South Korean sector took the biggest hit from Japan's export curbs?", "export-controls-blow-to-korea-ict", nil},
		{"What assurance did Biden give Japan and South Korea at the trilateral?", "biden-defence-commitment", nil},
		{"What was the main reason Japan took part in the NATO summit?", "japan-nato-purpose-china", nil},
		{"According to some analysts, what is the US trying to assemble in Asia?", "", []string{"us-asia-pacific-nato"}},
		{"What are people in South Korea afraid the Yoon government might become?", "korea-worries-one-sided-yoon", nil},
		{"How does the article say the US regards South Korea in Northeast Asia?", "korea-us-outpost-northeast-asia", nil},
		// "Talk about" is discussing; "the piece" is the article; "top" and "affiliated with"
		// frame; an editor edits; holding in check is containing; sat down, or together, is
		// met.
		{"What did the leaders of Japan, South Korea, Australia and NZ actually talk about when they met?", "", []string{"four-country-meeting-ukraine"}},
		{"us jp sk trilateral in madrid what did they talk about", "", []string{"trilateral-talks-focus-north-korea"}},
		{"Who was the editor of the piece?", "article-editor-outlook", nil},
		{"Which institution is the author affiliated with?", "article-author-byline", nil},
		{"What's Japan's top diplomatic priority, per the author?", "", []string{"japan-national-normalisation"}},
		{"How does Japan try to hold China in check, according to the article?", "", []string{"japan-curbs-china-via-alliance-quad"}},
		{"before madrid, when was the last time the US, japanese and korean leaders sat down together as a threesome?", "", []string{"trilateral-last-summit-2017"}},
		// A topic "turning to" opens is whom a pronoun after it speaks of; a clause
		// describing it is no part of the question.
		{"Turning to Prime Minister Kishida, who seems to have been the driving force on the four-country track, what did he argue beforehand about the four partners' future involvement in NATO summits?", "kishida-regular-nato-participation", nil},
		{"Before Madrid, when was last time the US, Japan and Korea leaders sat together?", "", []string{"trilateral-last-summit-2017"}},
		// A sceptic's "I doubt" puts the statement after it to be checked.
		{"I doubt Yoon reached out to Tokyo before he was even sworn in — did he?", "", []string{"yoon-policy-consultation-delegation"}},
		// What a government considers something with is what it does on it.
		{"What are Seoul's chief priorities when it considers the North?", "korea-focus-security-reunification", nil},
		// "Isn't it the case that" frames a statement to be checked, as "is it the case that" does.
		{"Isn't it the case that Japan's export curbs hit Korea's tech sector?", "", []string{"export-controls-blow-to-korea-ict"}},
		// "Give an example of" asks for what follows it.
		{"give an example of cooperation between japan and australia", "", []string{"japan-australia-reciprocal-access"}},
		// "As I vaguely recall" hedges as "as I recall" does, inside a closing guess too.
		{"On what matters, broadly, did the three leaders say they hoped to deepen their cooperation; was it chiefly trade, as I vaguely recall, or something else entirely?", "", []string{"trilateral-north-korea-deterrence-exercises"}},
		// A year recalled wrongly before a semicolon is corrected when the question after it
		// asks when, its "when" set off by commas ("when, in fact, did…").
		{"The comfort women question, as I recall, went to the Korean courts sometime around 2015; when, in fact, did the victims first bring their case, and when did the Seoul court rule?", "comfort-women-mediation-2013", nil},
		// "Over and above X" sets X aside, as "beyond X" does.
		{"What does the author say lies at the heart of Tokyo's own diplomatic strategy, over and above the American connection?", "", []string{"japan-national-normalisation"}},
		// "In fact" asks nothing; the article's own "in fact" is no answer to it.
		{"I recall a former Korean foreign minister offering a pointed remark on how the historical issues might be resolved; who was it in fact?", "chung-correct-historical-understanding", nil},
		// A leader's arrival is their taking office.
		{"The author says Yoon's arrival had done something to the chill between Seoul and Tokyo; how does he put it?", "yoon-government-little-warmth", nil},
		// What the author believes is what the author says, not the analysts who "believe".
		{"Why does the author believe the allies are not united?", "us-hard-to-unite-allies", nil},
		// "Unlikely" is no "unlike": unlikely to progress is hard to progress.
		{"why is the four-country cooperation unlikely to progress?", "four-country-cooperation-needs-us", nil},
		// Others of a kind asked for, besides those a clause names: another one, first.
		{"what other historical issues besides labor and comfort women?", "textbooks-yasukuni-anti-japanese-sentiment", nil},
		// A manager's "any movement on", "what's the latest on" ask about what follows.
		{"any movement on gsomia?", "gsomia-abolition-august-2019", nil},
		// "Any chance of" asks how likely, no chance the facts speak of; a headline
		// takeaway is a conclusion.
		{"Is there any chance of an Asian NATO?", "us-asia-pacific-nato", nil},
		// What was agreed at a meeting named is told by the fact telling of the agreement.
		{"What did the other three leaders agree with Kishida in the four-country talk?", "other-three-explore-indo-pacific", nil},
		{"Seoul under the progressives was gung ho on trilateral cooperation?", "progressive-governments-cautious", nil},
		{"what did the four-way meeting actually spend its time on?", "four-country-meeting-ukraine", nil},
		// Backing is support; to shed is to get rid of.
		{"What does Tokyo hope to shed by playing a bigger international role with Washington's backing?", "japan-goal-post-war-system", nil},
		// Whose account of two countries' relations is asked adds nothing to what is asked.
		{"What does the author say about Japan-Korea relations?", "japan-korea-weakest-link", nil},
		{"Headline takeaway on the four-country meeting?", "four-country-talks-lacked-substance", nil},
		// "Army" and "troops" are the facts' "military".
		{"japan and australia have what agreement for army?", "japan-australia-reciprocal-access", nil},
		// The author's view on something is what the author says of it, not a fact that
		// matches "view" through another's attitude.
		{"what is the author's view on dokdo?", "dokdo-barrier-to-cooperation", nil},
		// A year misremembered in a statement put to be confirmed, before a question of its
		// own, is corrected by the dates the article gives.
		{"the comfort women lawsuit started in 2015 right? what's the timeline", "comfort-women-mediation-2013", nil},
		// "Extra cautious" is cautious; the camp guessed after the comma is corrected.
		{"which korean camp was extra cautious about trilateral cooperation w japan, the conservatives?", "progressive-governments-cautious", nil},
		// "Key points", "the short version" say how the answer should be put, not what about.
		{"need the short version: why was the four-way meeting a gesture?", "four-country-meeting-gesture", nil},
		{"japan vs korea on history - key points pls", "", []string{"japan-negative-comfort-women"}},
		// A court's "decision" is its ruling.
		{"what japan say about the court decision?", "japan-negative-comfort-women", nil},
		// "Yoon's predecessor" is Moon, whom the article names.
		{"what did yoon's predecessor do on north korea?", "moon-government-dialogue", nil},
		// "ofice" stems short of a typo's length; the word is still a letter off "office".
		{"wat did yoon do before he even took ofice to reach out to japan", "yoon-policy-consultation-delegation", nil},
		// Chat's shorthand and fillers: "gov", "per author", "on the … front"; "warier" is
		// "wary", read as the facts' "cautious".
		{"what are people in korea worried yoon's gov might turn into", "korea-worries-one-sided-yoon", nil},
		{"canberra strategy per author", "", []string{"australia-south-pacific-indo-pacific"}},
		{"what does seoul mainly want on the north korea front", "", []string{"korea-focus-security-reunification"}},
		{"which korean camp was warier of the trilateral", "progressive-governments-cautious", nil},
		// "In a sentence", "in a nutshell" say how short the answer should be, not what about.
		{"in a sentence, why did the four go to madrid", "four-partners-invited-first-time", nil},
		// "What was the deal with…", "what's the story with…", "random question but": chat's
		// ways of asking about something ask nothing themselves ("deal" is no agreement).
		{"so what was the deal with that island thing between japan and korea?", "", []string{"dokdo-territorial-dispute"}},
		{"what's the story with the forced labour stuff?", "", []string{"japan-opposes-asset-enforcement"}},
		{"random question but who went to the big meeting in Spain?", "", []string{"nato-summit-madrid-june-2022"}},
		// "I remember…", "if I am not mistaken", "some years ago": a recollection's hedges
		// ask nothing, and a year misremembered in the statement before a question after a
		// semicolon is corrected, as one put to be confirmed is (in 2019).
		{"I remember Tokyo tightening export rules on certain materials destined for Korea some years ago, in 2018 if I am not mistaken; what kind of materials were involved?", "japan-export-controls-july-2019", nil},
		{"I remember an awkward episode in late 2021 when a joint press appearance by the three countries' deputy foreign ministers fell apart; what, according to the article, caused it?", "press-conference-terminated-november-2021", nil},
		// "kinda" and "sorta" hedge as chat does, and ask nothing.
		{"what did japan say at nato about nukes that kinda helped korea out", "", []string{"japan-nato-nuclear-disarmament"}},
		{"hmm ngl what did japan literally say at nato about nukes", "", []string{"japan-nato-nuclear-disarmament"}},
		// Who came to Madrid attended it; the Biden administration's coming to power is no
		// coming to the summit.
		{"Which Asia-Pacific countries came to Madrid?", "", []string{"asia-pacific-partners-attend-madrid"}},
		// The US's planning is its strategy.
		{"what does new zealand amount to in us planning", "new-zealand-role-limited-south-pacific", nil},
		// A route out of service is suspended.
		{"how long had the flight connection between Seoul and Tokyo been out of service before it was reopened?", "gimpo-haneda-route-resumed", nil},
		// What the asker sets aside frames the question.
		{"Setting Seoul aside for a moment, what are the two main goals that the author attributes to Tokyo in its dealings with and through the United States?", "", []string{"japan-goal-retain-us-contain-china", "japan-goal-post-war-system"}},
		{"Looking past this one summit, what's Japan's big long-term diplomatic aim according to the writer?", "japan-national-normalisation", nil},
		// Enthusiasm for something is a positive attitude towards it.
		{"What does the article say about Tokyo's enthusiasm for four-country cooperation?", "japan-positive-four-country-cooperation", nil},
		// How high someone ranks is no word a fact uses.
		{"Surely Tokyo didn't bother to send anyone senior to Yoon's inauguration?", "hayashi-inauguration-kishida-letter", nil},
		// Requests framed for work or chat: "kindly advise", "quick one", "wat".
		{"Kindly advise when the Republic of Korea announced its withdrawal from the GSOMIA with Japan.", "gsomia-abolition-august-2019", nil},
		{"hey quick one, I'm prepping a brief for my team: who moderated the Japan-Korea-Australia-NZ leaders' meeting?", "kishida-moderates-four-country-meeting", nil},
		{"wat did biden cal the trilateral meeting w/ tokyo and seoul", "", []string{"biden-historic-trilateral-meeting"}},
		// "Which year" asks when; imposing is not "impossible".
		{"In which year did Japan impose export controls on South Korea?", "japan-export-controls-july-2019", nil},
		// A posture is a stance; whom the asker will tell frames the question.
		{"Could you elaborate on the Republic of Korea's posture towards the People's Republic of China?", "korea-positive-attitude-china", nil},
		// Chat shorthand: "abt" is about, "y" is why, "diff" is differ.
		{"aus nz diff on china", "", []string{"ardern-cooperate-with-china"}},
		{"nz pm said what abt china", "ardern-cooperate-with-china", nil},
		{"y did sk scrap gsomia", "gsomia-abolition-august-2019", nil},
		{"how long was that airport route closed fr", "gimpo-haneda-route-resumed", nil},
		{"Japan slapped export controls on Korean steel in 2020, didn't it? what really happened", "japan-export-controls-july-2019", nil},
		{"what did the other three sign on to at kishida-hosted meeting", "", []string{"other-three-explore-indo-pacific"}},
		{"Do Tokyo and Canberra cooperate closely in some specific areas? Which ones?", "japan-australia-defence-agreements", nil},
		{"Which issue dominated the US–Japan–South Korea talks, according to the article?", "trilateral-talks-focus-north-korea", nil},
		{"When the American, Japanese and South Korean leaders met, which subject lay at the centre of their deliberations?", "trilateral-talks-focus-north-korea", nil},
		{"What nickname does the article use for the grouping Washington is trying to piece together?", "us-asia-pacific-nato", nil},
		// Outreach is offering better ties, not reaching an agreement.
		{"Which came first: Yoon's outreach to Japan or Hayashi's trip for the inauguration?", "", []string{"yoon-policy-consultation-delegation", "hayashi-inauguration-kishida-letter"}},
		{"what was the us japan korea sitdown mostly about tbh", "", []string{"trilateral-talks-focus-north-korea"}},
		{"Did Tokyo and Canberra sign a defence deal that lets their forces visit each other?", "", []string{"japan-australia-reciprocal-access"}},
		// A group of countries is what the article calls a cooperation mechanism.
		{"Which group with the US and India do Japan and Australia both belong to?", "japan-australia-joined-quad", nil},
		// How relations are described is how they are.
		{"How are relations between the US and Japan described?", "us-japan-alliance-cornerstone", nil},
		// A long word one letter off a stem the store has is read as it.
		{"the Yasakuni shrine visits - why do they matter for Korea", "textbooks-yasukuni-anti-japanese-sentiment", nil},
		// "Together" adds nothing to cooperating: the pair's own fact beats the four's.
		{"what do australia and nz actually cooperate on together", "australia-new-zealand-south-pacific", nil},
		{"Besides territory, what else stirs up anti-Japanese sentiment in South Korea?", "textbooks-yasukuni-anti-japanese-sentiment", nil},
		{"kishida role in the 4 country meeting?", "kishida-moderates-four-country-meeting", nil},
		{"who went to yoon inauguration from japan", "hayashi-inauguration-kishida-letter", nil},
		{"how long was gimpo haneda closed", "gimpo-haneda-route-resumed", nil},
		{"when did yoon take office", "hayashi-inauguration-kishida-letter", nil},
		{"what is japan name for the island", "", []string{"dokdo-territorial-dispute"}},
		{"How did Yoon try to patch things up with Tokyo before he even took office?", "", []string{"yoon-policy-consultation-delegation"}},
		{"after yoon took office, what concrete steps followed between tokyo and seoul?", "", []string{"gimpo-haneda-route-resumed"}},
		{"is korea scared of china", "korea-worries-one-sided-yoon", nil},
		// Wishing and degree words do not keep a stance from being read.
		{"How does Tokyo prefer to deal with Pyongyang?", "japan-tough-line-sanctions", nil},
		// What the other side does not do sets the subject apart; no fact says both.
		{"On North Korea, what does Japan worry about that South Korea doesn't put first?", "", []string{"japan-concerns-missiles-kidnapping"}},
		{"what does Seoul want from its foreign policy that sets it apart from Tokyo?", "korea-strategic-autonomy-middle-power", nil},
		{"With regard to North Korea, what particular concerns does Japan hold that are distinct from those of its Korean neighbour?", "", []string{"japan-concerns-missiles-kidnapping"}},
		{"On North Korea, what issue does Japan care about that South Korea doesn't focus on?", "japan-concerns-missiles-kidnapping", nil},
		// "In the run-up to" only says when: Japan, not Yoon, is the subject.
		{"In the run-up to Yoon taking office, what did Japan protest about South Korea's plans for Dokdo?", "dokdo-japan-protests-korean-survey", nil},
		// How striking the asker finds it is not what was said; "wats" is "what's".
		{"Yoon apparently called the US-Japan-Korea relationship something quite striking — what was it?", "yoon-core-pillar-statement", nil},
		{"wats the japanese name for dokdo?", "", []string{"dokdo-territorial-dispute"}},
		{"So overall can the US easily bring its Asia-Pacific allies together?", "us-hard-to-unite-allies", nil},
		// A question asking when leads with the fact that dates it, whoever its subject; a
		// leader's own country is not a wider group than the leader.
		{"In which month was Yoon inaugurated, per the article?", "hayashi-inauguration-kishida-letter", nil},
		{"Which Seoul–Tokyo flight route came back into service after the thaw?", "gimpo-haneda-route-resumed", nil},
		{"Besides court cases, what else keeps anti-Japanese feeling alive in Korea?", "textbooks-yasukuni-anti-japanese-sentiment", nil},
		{"If Washington can't balance its allies evenly, which two are likely to lose out?", "korea-nz-interests-if-us-unbalanced", nil},
		{"What did the ex-foreign minister say Japan needs before history problems can be fixed?", "", []string{"chung-correct-historical-understanding"}},
		{"What's the name for the kind of diplomacy South Korea uses to raise its international profile?", "korea-strategic-autonomy-middle-power", nil},
		{"Why is South Korea less hawkish on China than Japan?", "korea-economic-dependence-china", nil},
		{"how would you label the japan-australia relationship", "", []string{"japan-australia-quasi-alliance"}},
		{"Which multilateral grouping with the US and India do Japan and Australia both belong to?", "japan-australia-joined-quad", nil},
		{"who were the four pacific guests at madrid", "", []string{"asia-pacific-partners-attend-madrid"}},
		{"How many days did the Madrid gathering run?", "summit-caption-june-29", nil},
		{"Why had that Seoul-Tokyo airport shuttle been suspended for two years?", "gimpo-haneda-route-resumed", nil},
		{"When did the Madrid summit kick off?", "", []string{"summit-caption-june-29"}},
		{"Does Kishida want the four Asia-Pacific partners to keep showing up at NATO summits going forward?", "kishida-regular-nato-participation", nil},
		// What an actor cares about is its stance, not the pair's relations.
		{"What does Japan care most about when it comes to North Korea?", "", []string{"japan-concerns-missiles-kidnapping"}},
		{"Who was New Zealand's PM at the time of the summit?", "ardern-cooperate-with-china", nil},
		{"what did biden reassure seoul and tokyo about", "biden-defence-commitment", nil},
		{"What does Australia do to show its value alongside the Indo-Pacific strategy?", "", []string{"australia-security-cooperation-value"}},
		{"In what capacity were Tokyo, Seoul, Canberra and Wellington at the summit? They're not members, right?", "", []string{"asia-pacific-partners-attend-madrid"}},
		{"What kind of diplomacy does Seoul use to try to gain more international clout?", "korea-strategic-autonomy-middle-power", nil},
		{"Did Seoul take the export row with Japan to any international body?", "", []string{"korea-wto-complaint"}},
		{"Which four-nation grouping are both Japan and Australia part of?", "", []string{"japan-australia-joined-quad"}},
		{"What is Japan's main diplomatic priority as the article describes it?", "japan-national-normalisation", nil},
		{"what is japans view of china", "", []string{"japan-nato-purpose-china"}},                                                // "japans" is Japan's
		{"who did japan send to yoon's inaguration", "hayashi-inauguration-kishida-letter", nil},                                  // a letter off
		{"what was kishdia pushing for re the four countries and future nato summits", "kishida-regular-nato-participation", nil}, // two letters swapped
		// "As opposed to" compares; it is not South Korea opposing anything.
		{"What are South Korea's main goals on North Korea, as opposed to Japan's?", "", []string{"korea-focus-security-reunification"}},
		{"who chaired the japan-korea-australia-nz leaders meeting?", "kishida-moderates-four-country-meeting", nil},
		{"Under what status were Tokyo, Seoul, Canberra and Wellington at the summit — members or something else?", "", []string{"asia-pacific-partners-attend-madrid"}},
		{"What phrase did Biden use to describe the trilateral with Tokyo and Seoul?", "", []string{"biden-historic-trilateral-meeting"}},
		{"What world issue did the Japan/Korea/Australia/NZ leaders swap views on?", "four-country-meeting-ukraine", nil},
		{"wat did japan do to korea on exports back in jul 2019", "japan-export-controls-july-2019", nil},
		{"Which Japanese government publication set Seoul off over the islet?", "dokdo-korea-protests-bluebook", nil},
		{"Right around when Yoon came in, what did Japan protest about Dokdo?", "dokdo-japan-protests-korean-survey", nil},
		{"Who's the South Korean president in this story?", "", []string{"yoon-hopes-to-meet-kishida"}},
		// A meeting named by its leaders is the meeting the facts name by its countries.
		{"What was the Biden-Kishida-Yoon meeting mostly about?", "trilateral-talks-focus-north-korea", nil},
		{"What was the main topic of the meeting between Biden, Kishida and Yoon?", "trilateral-talks-focus-north-korea", nil},
		{"What was the main focus of the trilateral between Biden, Kishida and Yoon?", "trilateral-talks-focus-north-korea", nil},
		{"Why is Japan so determined to stay in lockstep with the US on the North Korean nuclear issue?", "japan-fears-abandonment-north-korea", nil},
		{"Which US-led grouping do Japan and Australia both belong to?", "", []string{"japan-australia-joined-quad"}},
		{"Quick refresher for a supply chain deck: what did Tokyo do to Korean exports back in July 2019?", "japan-export-controls-july-2019", nil},
		{"What did Hayashi bring along to Seoul for the inauguration?", "hayashi-inauguration-kishida-letter", nil},
		{"What long-term goal drives Japan's diplomacy, in the author's view?", "japan-national-normalisation", nil},
		// What an opening "besides" clause sets aside is not what is asked.
		{"Besides the main summit, which smaller leaders' meetings were set up on the sidelines?", "summit-two-leaders-meetings", nil},
		// Everyday words and idioms for the facts' words.
		{"What tool does South Korea use to try to punch above its weight internationally?", "korea-strategic-autonomy-middle-power", nil},
		{"What has Australia-New Zealand cooperation mostly centred on?", "australia-new-zealand-south-pacific", nil},
		{"What's the main reason Japan went to the NATO summit, according to the author?", "japan-nato-purpose-china", nil},
		{"Why is Japan so eager to line up with the US on North Korea?", "japan-fears-abandonment-north-korea", nil},
		{"How did the US-Japan-Korea talks differ from the four-country meeting in what they covered?", "", []string{"trilateral-talks-focus-north-korea"}},
		{"which japan-korea flight route got restarted? i fly it for work lol", "gimpo-haneda-route-resumed", nil},
		// "According to the analysis" frames the question; read whole, "according to" alone won.
		{"What standing does the Republic of Korea have in American strategy according to the analysis?", "", []string{"korea-us-outpost-northeast-asia"}},
		// A why-question leads with what was asked when no reason for it answers as well: a
		// reason for another protest follows.
		{"why japan protest korea survey", "dokdo-japan-protests-korean-survey", nil},
		{"why did seoul scrap gsomia", "gsomia-abolition-august-2019", nil}, // "as frictions intensified" is its reason
		{"What is Japan's overall diplomatic strategy?", "", []string{"japan-national-normalisation"}},
		// A fact on the actors asked about comes before one on all the allies that names them.
		{"how does the us see south korea strategically", "", []string{"korea-us-outpost-northeast-asia"}},
		{"what does the us call its alliance w/ canberra", "", []string{"us-australia-alliance-cornerstone"}},
		// What a question measures against ("than Japan") need not be in the facts.
		{"Why do South Korea, Australia and New Zealand focus more on their own regions than Japan does?", "", []string{"three-countries-regional-focus"}},
		// One actor's stance on another, in words every fact or none uses: its own facts on it.
		{"how does japan deal with china", "", []string{"japan-curbs-china-via-alliance-quad"}},
		{"what does japan care about when it comes to pyongyang", "", []string{"japan-concerns-missiles-kidnapping"}},
		{"With regard to Pyongyang, what are Tokyo's concerns?", "", []string{"japan-concerns-missiles-kidnapping"}},
		{"한국 중국 정책", "", []string{"korea-positive-attitude-china"}},
		{"日本 韩国 半导体", "japan-export-controls-july-2019", nil},
		// …or on a topic: the actor's own acts on it.
		{"Seoul's stance on Japan's export curbs", "", []string{"korea-removes-japan-white-list"}},
		{"What reasons does the author adduce for Seoul's comparatively more favourable attitude toward Beijing than that of Tokyo?", "", []string{"korea-economic-dependence-china"}},
		// The state of relations is the relations.
		{"How does the author describe the current state of relations between Japan and Australia, on the one hand, and China on the other?", "", []string{"china-japan-australia-setbacks"}},
		// Why two stand apart on a third: the reason given for the first's position leads.
		{"Why is Seoul not as hawkish on Beijing as Tokyo?", "korea-economic-dependence-china", nil},
		// How two countries differ in general: where each stands on a third, as /relations shows.
		{"What is the biggest difference between Australia and New Zealand?", "", []string{"japan-australia-firm-on-china", "ardern-cooperate-with-china"}},
		// …and a pair the article contrasts directly by where /relations says they differ.
		{"How do Japan and South Korea differ?", "japan-korea-weakest-link", []string{"japan-korea-longstanding-differences"}},
		{"What divides Tokyo and Seoul?", "japan-korea-weakest-link", nil},
		// A country with no topic of its own is read through the facts naming it.
		{"What is Korea's opinion on Japan?", "", []string{"yoon-policy-consultation-delegation"}},
		// A line on all four partners is not one country's view of its alliance.
		{"How does Australia view its alliance with the United States?", "", []string{"us-australia-alliance-cornerstone"}},
		// Other words are context of a stance on an actor, not what it is on.
		{"Wellington's stance on Beijing after the summit", "", []string{"ardern-cooperate-with-china"}},
		{"biden's position on the four-country cooperation?", "biden-silent-on-four-country-cooperation", nil},
		// Two questions at once: each answered.
		{"what did the four asia-pacific leaders talk about in madrid, and did the talks have real substance?", "four-country-meeting-ukraine", []string{"four-country-talks-lacked-substance"}},
		{"When was the comfort women mediation case brought, and when did the Seoul court rule?", "comfort-women-mediation-2013", []string{"comfort-women-seoul-ruling-2021"}},
		// The order of events: each alternative found, in date order.
		{"which came first, japan's export curbs or korea dropping gsomia?", "japan-export-controls-july-2019", []string{"gsomia-abolition-august-2019"}},
		{"order of events: japan's export curbs vs korea dropping gsomia?", "japan-export-controls-july-2019", []string{"gsomia-abolition-august-2019"}},
		// A date is in the fact that tells the event, whoever its subject.
		{"when was yoon sworn in", "hayashi-inauguration-kishida-letter", nil},
		// The flags' caption names Spain, whose flag it shows.
		{"On what date was the photo of the Spanish and NATO flags in Madrid taken?", "madrid-flags-caption", nil},
		// A leading question's framing is read past: "surely", "isn't it true".
		{"Surely Biden played the trilateral meeting down as routine?", "biden-historic-trilateral-meeting", nil},
		{"Isn't it true Yoon made no gesture toward Tokyo until after he took office?", "yoon-policy-consultation-delegation", nil},
		// A year put to be confirmed is corrected by the fact dating the event.
		{"Japan announced export controls on Korea in 2020, didn't it?", "japan-export-controls-july-2019", nil},
		// A guessed answer is read past: the facts answer or correct it. Degree words frame.
		{"Why did Tokyo really go to the NATO summit - for Ukraine?", "japan-nato-purpose-china", nil},
		{"Dokdo is a fairly big island, isn't it?", "", []string{"dokdo-both-claim-island"}},
		// Treating allies evenly is keeping a balance among them; a description frames.
		{"What happens to Seoul and Wellington if Washington can't treat its allies evenly?", "korea-nz-interests-if-us-unbalanced", nil},
		{"How did Yoon's description of the US-Japan-Korea relationship go further than what the others said?", "yoon-core-pillar-statement", nil},
		// Policies that line up are close; "in the authors view" frames, apostrophe or not.
		{"Whose North Korea policy lines up better with Washington's?", "", []string{"us-japan-closer-on-north-korea"}},
		{"what is japan's top diplomatic priority in the authors view?", "japan-national-normalisation", nil},
		// To kick off a list is to remove from it; "precisely" frames, as "exactly" does.
		{"what list did japan want to kick south korea off of", "japan-white-list-removal-proposal", nil},
		{"What precisely did Japan's foreign minister bring to Yoon from Kishida?", "hayashi-inauguration-kishida-letter", nil},
		// Which of a group is answered by a fact naming its members, not the group.
		{"Which of the four Asia-Pacific partners are in the Quad with the US and India?", "japan-australia-joined-quad", nil},
		// "The two meetings" are the summit's two side meetings, compared.
		{"How does the author compare the two meetings in Madrid?", "trilateral-talks-focus-north-korea", nil},
		// "Whose" asks who, no word to find; similar is close; a debater's framing is read past.
		{"On North Korea policy, whose line is Tokyo's more similar to, Washington's or Seoul's?", "us-japan-closer-on-north-korea", nil},
		{"For our case that Madrid was mostly theatre for the four Asia-Pacific partners, what's the strongest line in the article?", "four-country-meeting-gesture", nil},
		// A subject named in several words is what is asked: forced labour's court rulings are
		// not the comfort women's; a subject of another kind may be ("during the trade row").
		{"What's Japan's problem with the Korean court rulings on wartime forced labour?", "japan-opposes-asset-enforcement", nil},
		{"What did the Seoul court order Japan to pay the comfort women in 2021?", "comfort-women-seoul-ruling-2021", nil},
		{"Which defence agreement did Seoul announce it would abolish during the 2019 trade row?", "gsomia-abolition-august-2019", nil},
		// A search ending in when asks it, the last word no word to find.
		{"yoon inauguration date", "hayashi-inauguration-kishida-letter", nil},
		// Leaders' names in their own scripts, as countries' are.
		{"What did 岸田 want the four Asia-Pacific countries to do about future NATO summits?", "kishida-regular-nato-participation", nil},
		// "may not last" asks whether it lasts; "May" is a month only as a time.
		{"Why does the author say Japan-Korea goodwill may not last?", "japan-korea-goodwill-grievances", nil},
		// Joint action is cooperation; chilly ties are cold; what the author concedes, the
		// author says; "labor comp" is labour compensation.
		{"Why do the four countries' different regional focuses make joint action hard?", "differences-limit-resources-for-others", nil},
		{"What does the author concede Yoon's early moves did for chilly Seoul-Tokyo relations?", "yoon-government-little-warmth", nil},
		// "AP" is the Asia-Pacific four; to have been to a summit is to have attended it; a
		// policy's style is the policy.
		{"AP leaders been to nato before?", "four-partners-invited-first-time", nil},
		{"seoul foreign policy style", "korea-strategic-autonomy-middle-power", nil},
		// Curated questions in everyday words: one man's opinion, empty talks.
		{"Is Chung's view on Japan just one man's opinion, or does the author say it's broader?", "korea-unanimous-on-history", nil},
		{"I think the four-leader talk was kind of empty, what did the article say the leaders actually did there", "four-country-talks-lacked-substance", nil},
		{"why labor comp matters to koreans", "", []string{"labour-compensation-korean-feelings"}},
		// A statement put to be checked on a country's own goal is answered by that goal.
		{"Seoul's main goal with the North is tougher sanctions, right?", "korea-focus-security-reunification", nil},
		{"Seoul’s main goal with the North is tougher sanctions, right?", "korea-focus-security-reunification", nil},
		// So is one opening with the country as its subject.
		{"Japan told NATO in Madrid it wanted to work together on climate change, right?", "japan-nato-nuclear-disarmament", nil},
		// A formal register's words for trade and for objecting.
		{"What measure did Tokyo unilaterally announce in the summer of 2019 that so aggravated its commercial relationship with Seoul?", "japan-export-controls-july-2019", nil},
		{"Regarding the question of wartime labour, to what action by South Korean courts does Tokyo take exception?", "japan-opposes-asset-enforcement", nil},
		{"At that inauguration, what item of correspondence was conveyed on behalf of the Japanese head of government?", "hayashi-inauguration-kishida-letter", nil},
		// So does the asker's purpose, and the scene set after it.
		{"For the sake of historical perspective, and given the emphasis placed on the occasion, when had the leaders of the United States, Japan and South Korea last met together in a trilateral format before Madrid?", "trilateral-last-summit-2017", nil},
		// A viewpoint that names no one only frames the question.
		{"From an analyst's perspective, how does South Korea's place in US strategy compare with Japan's and Australia's?", "korea-us-outpost-northeast-asia", nil},
		// A formal register's hedges and courtesies ask nothing.
		{"I should be obliged if you could tell me approximately how large the disputed island between Japan and Korea is said to be.", "dokdo-both-claim-island", nil},
		{"Insofar as the three leaders addressed Pyongyang's nuclear programme at their meeting, what instruments or measures did they express a wish to pursue jointly?", "", []string{"trilateral-north-korea-deterrence-exercises"}},
		{"Still on the forced labour cases: why is the matter so sensitive for the Korean side?", "labour-compensation-korean-feelings", nil},
		{"why is compensation for WWII laborers such a big deal for Seoul, is it just about money", "labour-compensation-korean-feelings", nil},
		{"On what matters has Wellington chosen to concentrate its diplomacy, as the article characterises it?", "", []string{"new-zealand-survival-south-pacific"}},
		{"With respect to Pyongyang, what measures did the three allied leaders indicate they wished to pursue together in the course of that meeting?", "", []string{"trilateral-north-korea-deterrence-exercises"}},
		{"How, if I may ask, does the author weigh the symbolic value of the four-partner meeting against whatever practical results it may have produced?", "four-country-meeting-gesture", nil},
		{"On what grounds, as the article reports them, do both the government and the opposition in Seoul object to Tokyo's release of water from its nuclear facilities into the sea?", "korea-waste-water-health-threat", nil},
		{"A former South Korean foreign minister is quoted on the conditions for historical reconciliation; could you remind me who he was and what he said Tokyo must first possess?", "chung-correct-historical-understanding", nil},
		// "nothing about" denies, it names no subject.
		{"Tokyo only talked about China at the NATO summit, nothing about nukes?", "", []string{"japan-nato-nuclear-disarmament"}},
		// A reason given in a statement put to be checked is the asker's guess at why.
		{"Seoul only objects to Japan dumping nuclear wastewater because of fish prices, right?", "", []string{"korea-waste-water-health-threat"}},
		// A label guessed after a name is the asker's, not an aside.
		{"How does Washington describe its alliance with Canberra, cornerstone of global strategy?", "us-australia-alliance-cornerstone", nil},
		// Whom a worry is about is what the stance is on, not who holds it.
		{"What worry about the Yoon government does the article say exists in South Korea?", "korea-worries-one-sided-yoon", nil},
	}
	for _, tt := range tests {
		ids := answerIDs(s, tt.q)
		if len(ids) == 0 {
			t.Errorf("%q: no answer", tt.q)
			continue
		}
		if tt.first != "" && ids[0] != tt.first {
			t.Errorf("%q: leads with %s, want %s (%v)", tt.q, ids[0], tt.first, ids)
		}
		for _, id := range tt.has {
			if s.Fact(id) == nil {
				t.Errorf("no fact %s in the store", id)
			} else if !slices.Contains(ids, id) {
				t.Errorf("%q: answer %v lacks %s", tt.q, ids, id)
			}
		}
	}
}

// A question whose subject the facts that match do not concern is not answered with them.
func TestAnswerNeverAboutTheWrongActor(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{
		"What does Singapore think of the Quad?",
		"What did India say at the NATO summit?",
	} {
		hits := s.Search(q, MaxAnswerFacts)
		if named := s.namedActors(q); len(hits) > 0 && !hits[0].Fact.HasEntity(named[0]) {
			t.Errorf("%q leads with %s, which is not about %s", q, hits[0].Fact.ID, named[0])
		}
	}
}

// A question about two countries' relations in general is answered with what /relations leads
// with; one that asks anything more is searched as usual.
func TestAnswerPairRelations(t *testing.T) {
	s := realStore(t)
	tests := []struct {
		q    string
		pair []string
	}{
		{"japan australia relations?", []string{"JP", "AU"}},
		{"is japan friends with australia", []string{"JP", "AU"}},
		{"How are Tokyo and Seoul getting along these days?", []string{"JP", "KR"}},
		{"日本 and korea relations tldr", []string{"JP", "KR"}},
		{"日本 中国 关系", []string{"JP", "CN"}},
		{"australia-china in a nutshell?", []string{"AU", "CN"}},
		{"bottom line on australia and china?", []string{"AU", "CN"}},
		{"one line takeaway: nz and china", []string{"NZ", "CN"}},
		// In words for how two get along, which no fact uses, or by their leaders.
		{"did japan and korea make up?", []string{"JP", "KR"}},
		{"yoon and kishida - friends now?", []string{"KR", "JP"}},
		{"日本 and 한국 relations - still rocky?", []string{"JP", "KR"}},
		{"is the japan korea thaw for real", []string{"JP", "KR"}},
		{"future of japan korea ties", []string{"JP", "KR"}},
		{"japan australia relationship why good", []string{"JP", "AU"}},
		// Capitals stand for their countries here too.
		{"did tokyo and seoul make up", []string{"JP", "KR"}},
		// Whether one trusts the other asks how they get along.
		{"Does South Korea trust China?", []string{"KR", "CN"}},
		{"Does Japan trust Australia?", []string{"JP", "AU"}},
		{"Did Biden and Kishida discuss China?", nil},
		{"Yoon and Kishida in Madrid", nil},
		{"How are Japan–South Korea relations on Dokdo?", nil}, // asks about Dokdo
		{"How did Yoon improve relations with Japan?", nil},    // a person, not two countries
		{"How are relations between Japan, Korea and China?", nil},
	}
	for _, tt := range tests {
		got := s.pairAsked(tt.q, s.readNames(tt.q, nil, nil), s.index.queryTerms(tt.q))
		if !slices.Equal(got, tt.pair) {
			t.Errorf("pairAsked(%q) = %v; want %v", tt.q, got, tt.pair)
			continue
		}
		if got == nil {
			continue
		}
		want := s.Relations(got).Groups[0].Items[0].Fact.ID
		if ids := answerIDs(s, tt.q); len(ids) == 0 || ids[0] != want {
			t.Errorf("%q: answer %v; want it to lead with /relations' first fact %s", tt.q, ids, want)
		}
	}
}

// Asked why two countries do not get along, the pair's answer leads with what causes it.
func TestAnswerPairWhy(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{"why are japan and korea not friends", "why is tokyo-seoul still so cold"} {
		b := s.Answer(q)
		if b.Empty() || s.reasons[b.Facts()[0].ordinal] != reasonCause {
			t.Errorf("%q: answer %v; want it to lead with a cause", q, answerIDs(s, q))
		}
	}
}

// A reason added to or put first in a why-answer is on the actors the best answer is on: why Japan and
// Australia cannot cut off China is not South Korea's dependence on China, and why Seoul is
// softer on Beijing is not why a Korea–Japan air route closed.
func TestAnswerWhyAddsReasonsOnTheSameActors(t *testing.T) {
	s := realStore(t)
	tests := []struct {
		q, first, not string
	}{
		{"Why can't Japan and Australia just cut ties with China?", "japan-australia-cannot-abandon-china", "korea-economic-dependence-china"},
		{"why is seoul less harsh on beijing", "korea-economic-dependence-china", "gimpo-haneda-route-resumed"},
		// Nor does a reason for another actor's deed lead: Korea's response to Japan's curbs
		// is no reason for them.
		{"Why did Japan restrict exports to Korea?", "japan-export-controls-july-2019", "korea-removes-japan-white-list"},
		// A fact stating its own cause answers why itself: the press conference's end was
		// for another reason than the route's.
		{"why had the gimpo haneda flights been suspended in the first place", "gimpo-haneda-route-resumed", "press-conference-terminated-november-2021"},
		// A fact stating a cause ("attributes the frictions to…") leads one curated as
		// answering why of something of its own (Japan's protest over the Dokdo survey).
		{"Why did trade frictions arise between Japan and Korea?", "history-fuels-trade-frictions", "korea-wto-complaint"},
	}
	for _, tt := range tests {
		ids := answerIDs(s, tt.q)
		if len(ids) == 0 || ids[0] != tt.first || slices.Contains(ids[:min(len(ids), 3)], tt.not) {
			t.Errorf("%q: answer %v; want %s first and %s not among the first three", tt.q, ids, tt.first, tt.not)
		}
	}
}

func TestWithoutConcession(t *testing.T) {
	tests := []struct{ q, want string }{
		{"Why can't they cut ties with China despite their tough stance?", "Why can't they cut ties with China"},
		{"Although Seoul protested, what did Tokyo do?", "what did Tokyo do?"},
		{"Besides the main summit, which meetings were arranged?", "which meetings were arranged?"},
		{"Why, even though relations warmed, did the talks stall, and who gained?", "Why, , did the talks stall, and who gained?"},
		{"What did Japan protest?", ""},
	}
	for _, tt := range tests {
		got, ok := withoutConcession(tt.q)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("withoutConcession(%q) = %q, %v; want %q", tt.q, got, ok, tt.want)
		}
	}
}

// Asked for several dates, each dated step of the matter is given.
func TestAnswerGivesEachDateAsked(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "In which years were the comfort women mediation brought and the Seoul court's ruling handed down?")
	if !slices.Contains(ids, "comfort-women-mediation-2013") || !slices.Contains(ids, "comfort-women-seoul-ruling-2021") {
		t.Errorf("the years of the mediation and the ruling answered with %v; want both", ids)
	}
	if ids := answerIDs(s, "In which year was the comfort women mediation brought?"); slices.Contains(ids, "comfort-women-seoul-ruling-2021") {
		t.Errorf("the year of the mediation alone answered with %v; the ruling is not asked", ids)
	}
}

// A statement put to be checked about a pair of countries is answered first by a fact on that
// pair alone, not by the four's facts its wrong words match.
func TestAnswerPairAskedLeadsWithThePair(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, a, c string }{
		{"Australia and New Zealand mostly cooperate on Asian issues, right?", "AU", "NZ"},
		{"Canberra and Wellington mostly cooperate on Indian Ocean security don't they", "AU", "NZ"},
		{"Japan-Australia cooperation is pretty new, isn't it?", "JP", "AU"},
		{"Japan, Australia and New Zealand cooperate on what?", "", ""},
		{"Japan wants Australia to do more, right?", "", ""},
	} {
		a, c, ok := s.opensWithPair(tt.q)
		if a != tt.a || c != tt.c || ok != (tt.a != "") {
			t.Errorf("opensWithPair(%q) = %q, %q, %v; want %q, %q", tt.q, a, c, ok, tt.a, tt.c)
		}
	}
	if ids := answerIDs(s, "Australia and New Zealand mostly cooperate on Asian issues, right?"); len(ids) == 0 || ids[0] != "australia-new-zealand-south-pacific" {
		t.Errorf("Australia and New Zealand mostly cooperate on Asian issues = %v; want their South Pacific focus first", ids)
	}
}

// TestAskedOfSpeaker: after a premise on someone's words, a pronoun speaks of the speaker,
// and what is asked is of what the words were about.
func TestAskedOfSpeaker(t *testing.T) {
	for _, tt := range []struct{ premise, asked, want string }{
		{"Yoon called the trilateral a cornerstone of Asian trade, didn't he", "what did he really call it", "what did Yoon really call the trilateral?"},
		{"Yoon said the US-Japan-Korea relationship should be the sole foundation of Asian security", "what were his actual words", "what were Yoon's actual words about the US-Japan-Korea relationship?"},
		{"Yoon called the trilateral a cornerstone, right", "what does the article say?", ""},      // no pronoun
		{"Japan's two main goals are a UN seat, right", "What are they?", ""},                      // no one's words
		{"The four leaders at the Madrid meeting said little, right", "what did they discuss", ""}, // a subject too long to be a speaker
	} {
		got, ok := askedOfSpeaker(tt.premise, tt.asked)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("askedOfSpeaker(%q, %q) = %q, %v; want %q", tt.premise, tt.asked, got, ok, tt.want)
		}
	}
	s := realStore(t)
	if ids := answerIDs(s, "Yoon called the trilateral a cornerstone of Asian trade, didn't he? what did he really call it"); len(ids) == 0 || ids[0] != "yoon-core-pillar-statement" {
		t.Errorf("what Yoon called the trilateral answered with %v; want his 'core pillar' first", ids)
	}
}

// TestAskedOfSubject: a pronoun after a premise put to be checked, or the label it asks for,
// speaks of the premise's subject, not of what it wrongly says of it.
func TestAskedOfSubject(t *testing.T) {
	for _, tt := range []struct{ premise, asked, want string }{
		{"The US-Japan alliance is described as just a trade partnership, right", "How does the article describe it?", "How does the article describe The US-Japan alliance?"},
		{"Japan's two main goals are a UN seat and cheaper energy, right", "What are they?", "What are Japan's two main goals?"},
		{"Japan's two main goals are a UN seat, right", "What does the article say?", ""},    // no pronoun
		{"Kishida went to Madrid to sign a trade deal, right", "What did he say there?", ""}, // no subject before "is"
		// A label put on the subject and asked for: the label for the subject.
		{"The US-Japan alliance gets called the anchor of NATO, right", "what's the phrase", "what's the phrase for The US-Japan alliance?"},
		{"Japan's got three main goals in all this, right", "what are they", ""}, // "got" is no passive
	} {
		got, ok := askedOfSubject(tt.premise, tt.asked)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("askedOfSubject(%q, %q) = %q, %v; want %q", tt.premise, tt.asked, got, ok, tt.want)
		}
	}
	s := realStore(t)
	if ids := answerIDs(s, "The US-Japan alliance is described as just a trade partnership, right? How does the article describe it?"); len(ids) == 0 || ids[0] != "us-japan-alliance-cornerstone" {
		t.Errorf("the alliance's description answered with %v; want its cornerstone fact first", ids)
	}
}

// A stance asked on an actor is answered only by facts naming it: Seoul's worry about Japan's
// waste water is no worry about the Quad.
func TestAnswerStanceOnAnActorNamesIt(t *testing.T) {
	s := realStore(t)
	checkAnswered(t, s, []answered{
		{"Is South Korea worried about the Quad?", false},
		{"Is New Zealand worried about NATO?", false},
		{"Is Japan worried about the Quad?", true},
		{"Is South Korea worried about North Korea?", true},
		// Whether one supports another is a stance on it too.
		{"Does Wellington support the Quad?", false},
		{"Does South Korea support the US Indo-Pacific strategy?", true},
	})
	// A fact that names the actor only beside the sides it sets apart is no stance of its:
	// Japan curbing China through the Quad does not say where Australia stands.
	for _, q := range []string{"where does canberra stand on beijing", "What is Australia's stance on China?"} {
		if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != "japan-australia-firm-on-china" {
			t.Errorf("%q: answer %v, want Japan and Australia's firm attitude first", q, ids)
		}
	}
}

// What an actor wants or thinks is answered by its own positions, not by what others want
// of it or make of it.
func TestAnswerWantNeedsTheActorsOwn(t *testing.T) {
	s := realStore(t)
	checkAnswered(t, s, []answered{
		{"What does New Zealand want from Japan?", false}, // the US wants its allies to share pressure
		{"What does the US want from China?", false},      // Japan wants the US to help contain China
		{"What does the US want from Japan?", true},
		{"What does Japan want from the US?", true},
		{"What does South Korea want from China?", true},
		// So is what an actor thinks: what the US makes of New Zealand is not Ardern's view.
		{"What does Ardern think of the US?", false},
		{"What does India think about the Quad?", false},
		{"What does Japan think of China?", true},
		// Typed without the auxiliary, as some do: Kishida's call for the four to attend
		// regularly is no goal of South Korea's.
		{"what korea want from nato meeting", false},
		{"what japan want from nato", true},
	})
	// Its own facts are searched apart when those naming every actor asked lead.
	for q, first := range map[string]string{
		"What does Japan want from its cooperation with the US and South Korea?": "japan-goal-post-war-system",
		"What does Seoul want from working with Washington and Tokyo?":           "korea-deter-north-korea-via-trilateral",
	} {
		if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != first {
			t.Errorf("%q: answer %v; want %s first", q, ids, first)
		}
	}
}

// Asked for an agreement or a grouping besides one it names, a question is answered only by
// another.
func TestAnswerAnotherOfTheKindSetAside(t *testing.T) {
	s := realStore(t)
	checkAnswered(t, s, []answered{
		{"Which specific defense cooperation agreements did Japan and Australia sign besides the access agreement?", false},
		{"What are the names of the defence cooperation agreements Japan and Australia signed beyond the access agreement?", false},
		{"Other than GSOMIA, which agreement did Korea threaten?", false},
		{"What did Japan and Australia sign besides the access agreement?", true},
		{"Apart from the access agreement, how else do Japan and Australia cooperate?", true},
	})
}

// A premise stated before "so why" is context: of it only the names it opens with, for whom
// "they" stands, are kept.
func TestWithoutPremise(t *testing.T) {
	s := realStore(t)
	tests := []struct{ q, want string }{
		{"Tokyo and Canberra both take a hard line on Beijing, so why can't they simply walk away from China?",
			"Tokyo and Canberra why can't they simply walk away from China?"},
		{"Japan and Korea are both US allies. But why don't they get along?", "Japan and Korea why don't they get along?"},
		{"They're both democracies, so why do they quarrel?", " why do they quarrel?"},
		{"Why can't Japan and Australia cut ties with China?", ""},
		// So is one asked of "their" after a statement.
		{"australia and NZ are close, what's their cooperation mostly about", "australia and NZ what's their cooperation mostly about"},
		{"Australia and New Zealand are close, so what has their cooperation been about?", "Australia and New Zealand what has their cooperation been about?"},
		{"What is their cooperation about, and how close are they?", ""},
		// A sentence before "Why" is a premise when the question points back at it.
		{"Tokyo and Canberra take a firm line with Beijing. Why can neither abandon China?", "Tokyo and Canberra Why can neither abandon China?"},
		{"Japan protested. Why did Korea go ahead?", ""},
	}
	for _, tt := range tests {
		got, ok := s.withoutPremise(tt.q)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("withoutPremise(%q) = %q, %v; want %q", tt.q, got, ok, tt.want)
		}
	}
	if ids := answerIDs(s, tests[0].q); len(ids) < 2 || ids[0] != "japan-australia-cannot-abandon-china" || ids[1] != "china-opportunities-japan-australia" {
		t.Errorf("%q: answer %v; want why they cannot abandon China, then the opportunities it brings", tests[0].q, ids)
	}
}

func TestAsksWhy(t *testing.T) {
	tests := []answered{
		{"why did seoul scrap gsomia", true},
		{"how come japan went to madrid", true},
		{"korea seems heaps softer on china than japan is how come", true},
		{"how come", true},
		{"and how come korea is softer", false}, // "how come" leading a clause, not the question's asking word
		{"kishida nato y tho", true},            // chat shorthand
		{"what was behind the export controls", true},
		{"what factors make seoul warmer towards beijing", true},
		{"what considerations underlie seoul's attitude to beijing", true},
		{"what did japan protest", false},
		{"yoon and kishida", false},
		{"are the allies united behind the US plan", false}, // who backs what, not why
	}
	for _, tt := range tests {
		if got := asksWhy(strings.Fields(normalizeName(tt.q))); got != tt.want {
			t.Errorf("asksWhy(%q) = %v; want %v", tt.q, got, tt.want)
		}
	}
}

// "By way of comparison" turns to the next thing; compared with something named, it compares.
func TestAsksDifference(t *testing.T) {
	tests := []answered{
		{"how do japan and korea differ on china", true},
		{"how does seoul compare with tokyo", true},
		{"And, by way of comparison, how is the US-Australia alliance described?", false},
		{"By comparison, what does Canberra want?", false},
		{"By comparison with Tokyo, what does Canberra want?", true},
		{"what is the comparison between the two meetings", true},
		// "Stack up against" compares, as "compare with" does; a stack of papers does not.
		{"how does seoul's stance stack up against tokyo's", true},
		{"what did the stack of reports say", false},
	}
	for _, tt := range tests {
		if got := asksDifference(strings.Fields(normalizeName(tt.q))); got != tt.want {
			t.Errorf("asksDifference(%q) = %v; want %v", tt.q, got, tt.want)
		}
	}
}

// A question opens asking with a question word, contracted or not.
func TestOpensAsking(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"what", true}, {"what's", true}, {"whats", true}, {"who’s", true}, {"who", true}, {"how's", true},
		{"whose", false}, {"washington", false}, {"was", false}, {"whatever", false},
	} {
		if got := opensAsking(tc.w); got != tc.want {
			t.Errorf("opensAsking(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// Asked how two differ on a third, each side's stance on it comes first, even when one side's
// facts share none of the question's other words.
func TestAnswerDifferenceShowsBothSides(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{
		"How do Tokyo and Seoul differ in the means they favour for dealing with Pyongyang?",
		"How do Tokyo and Seoul differ in the means they favour for dealing with Pyongyang, as the author presents the matter?",
		// What the sides deal with is what they differ on, not a side.
		"How do the methods favoured by Tokyo and by Seoul for dealing with Pyongyang differ from one another?",
		// "Stack up against" compares the sides.
		"How does Japan's approach to North Korea stack up against South Korea's?",
	} {
		ids := answerIDs(s, q)
		if len(ids) < 2 || !slices.Contains(ids[:2], "japan-tough-line-sanctions") || !slices.Contains(ids[:2], "korea-moderate-approach-north-korea") {
			t.Errorf("%q: answer %v does not lead with both sides", q, ids)
		}
	}
}

// "as central as" compares as "differ" does, and "central" is read as the article's
// "cornerstone": both sides' places in US strategy are given, not a Seoul court ruling.
func TestAnswerComparisonOfEquals(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "is korea as central as japan in us strategy?")
	if !slices.Contains(ids, "korea-us-outpost-northeast-asia") || !slices.Contains(ids, "us-japan-alliance-cornerstone") || slices.Contains(ids, "comfort-women-seoul-ruling-2021") {
		t.Errorf("answer %v, want both countries' places in US strategy and no court ruling", ids)
	}
}

// Whose strategy it is sees the others in it: "South Korea positioned in US strategy
// compared with Japan and Australia" is the US's view of each.
func TestAnswerPlaceInStrategy(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "How is South Korea positioned in US strategy compared with Japan and Australia?")
	if len(ids) < 2 || ids[0] != "korea-us-outpost-northeast-asia" || !slices.Contains(ids, "us-japan-alliance-cornerstone") {
		t.Errorf("answer %v, want Korea's outpost first and Japan's cornerstone", ids)
	}
}

// A message asking two things, answered as one, also gives the second part's own best fact
// when the first part's facts leave it out.
func TestAnswerGivesTheSecondPart(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, first, second string }{
		{"What did Kishida urge before the four-country leaders' meeting, and what role did he have in it?", "kishida-regular-nato-participation", "kishida-moderates-four-country-meeting"},
		// …and the first part's own best fact leads when the second's words would take it.
		{"When did the US, Japanese and Korean leaders last meet as three before Madrid, and what did Biden call this one?", "trilateral-last-summit-2017", "biden-historic-trilateral-meeting"},
	} {
		ids := answerIDs(s, tt.q)
		if len(ids) == 0 || ids[0] != tt.first || !slices.Contains(ids[:min(len(ids), 4)], tt.second) {
			t.Errorf("%q: answer %v, want %s first and %s among the first four", tt.q, ids, tt.first, tt.second)
		}
	}
}

// An answer led by a fact the article gives a reason for (its because), or sets something
// against (its but), gives that next: "impossible to abandon China", then the opportunities
// China brings; the Yoon government's consultation mechanism, then the author's doubt that any
// plan will satisfy Tokyo. Asked why, the reason named and no other found for facts on the
// same actors (the 2021 press conference was cut short "because" of Dokdo, no reason for
// Seoul's hesitation).
func TestAnswerGivesLinkedFactsNext(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, lead, next string }{
		{"Could Japan and Australia walk away from China altogether?", "japan-australia-cannot-abandon-china", "china-opportunities-japan-australia"},
		{"Why did the United States think it so important to get Japan's and South Korea's leaders to talk face to face?", "trilateral-face-to-face-significance", "trilateral-cooperation-us-benefits"},
		{"Why is Seoul reluctant to join the regional strategy led by Washington and Tokyo?", "korea-hesitates-regional-strategy", "korea-strategic-autonomy-middle-power"},
		{"What mechanism does the Yoon government want for the wartime labour issue?", "yoon-consultation-mechanism", "labour-compensation-no-satisfying-plan"},
		{"What did Yoon stand for in his election campaign?", "yoon-campaign-positions", "korea-worries-one-sided-yoon"},
		// What the article lists with the lead (With): Japan's other main goal, the ruling
		// after the mediation, the white-list proposal with the export controls.
		{"What does Tokyo hope to gain from working with Washington on the world stage?", "japan-goal-post-war-system", "japan-goal-retain-us-contain-china"},
		{"How did the comfort women case go through the courts?", "comfort-women-mediation-2013", "comfort-women-seoul-ruling-2021"},
		{"What measures did Tokyo announce against Seoul in July 2019?", "japan-export-controls-july-2019", "japan-white-list-removal-proposal"},
		// The reason the article gives (Because): the trade frictions grew out of history.
		{"What caused the economic and trade frictions between Japan and South Korea?", "japan-white-list-removal-proposal", "history-fuels-trade-frictions"},
	} {
		ids := answerIDs(s, tt.q)
		if len(ids) < 2 || ids[0] != tt.lead || ids[1] != tt.next || slices.Contains(ids, "press-conference-terminated-november-2021") {
			t.Errorf("%q: answer %v, want %s and then %s", tt.q, ids, tt.lead, tt.next)
		}
	}
}

// An answer led by a fact the article gives instances of (its examples) gives them in the
// room it leaves: the warming before Madrid, then the delegation, the letter and the rest.
func TestAnswerGivesTheExamples(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "Were Japan-Korea relations already warming before Madrid?")
	want := []string{"japan-korea-warming-before-meeting", "yoon-policy-consultation-delegation", "hayashi-inauguration-kishida-letter", "yoon-hopes-to-meet-kishida", "gimpo-haneda-route-resumed"}
	if !slices.Equal(ids, want) {
		t.Errorf("answer %v, want %v", ids, want)
	}
}

// A second part naming only another actor asks of what the first asks about: Seoul's
// priorities on North Korea, after Tokyo's fears about it. "When it comes to North Korea"
// names what is asked about, not whom. Tokyo's concerns lead, as "fear" and "focus" name
// them; Seoul's focus, which the article sets against them ("while"), follows at once.
func TestAnswerSecondPartAsksOfTheFirstsSubject(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{
		"What does Tokyo fear most about North Korea, and what does Seoul put first instead?",
		"When it comes to North Korea, what does Japan focus on, and what does South Korea focus on?",
	} {
		ids := answerIDs(s, q)
		if want := []string{"japan-concerns-missiles-kidnapping", "korea-focus-security-reunification"}; len(ids) < 2 || !slices.Equal(ids[:2], want) {
			t.Errorf("%q: answer %v, want it to open with %v", q, ids, want)
		}
	}
}

// A stance asked in a word that names it ("fear", "focus", "priority") is led by the fact
// that uses the word, not by the actor's weightiest line on the other.
func TestAnswerNamedStanceLeads(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, lead string }{
		{"What does Tokyo fear most about North Korea?", "japan-concerns-missiles-kidnapping"},
		{"What does Seoul prioritize on North Korea?", "korea-focus-security-reunification"},
		{"How does Tokyo deal with North Korea?", "japan-tough-line-sanctions"}, // no stance named
	} {
		if ids := answerIDs(s, tt.q); len(ids) == 0 || ids[0] != tt.lead {
			t.Errorf("%q: answer %v, want %s first", tt.q, ids, tt.lead)
		}
	}
}

// A full answer gives the other side the article sets against its lead only when the
// question asks of both and names the other: the size of Dokdo is not Seoul's protest.
func TestAnswerOtherSideOnlyWhenAsked(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct {
		q       string
		other   string
		present bool
	}{
		{"About North Korea, what do each of Japan and Korea care about most?", "korea-focus-security-reunification", true},
		{"How does Tokyo want to pressure Pyongyang? And how does Seoul's approach differ?", "korea-moderate-approach-north-korea", true},
		{"The island Korea and Japan fight over, how much big is it?", "dokdo-japan-protests-korean-survey", false},
		// A comparison asks for it whoever it names.
		{"Compare the two side meetings for me: what did the US-Japan-Korea trilateral focus on, versus the other one?", "four-country-meeting-ukraine", true},
	} {
		if ids := answerIDs(s, tt.q); slices.Contains(ids, tt.other) != tt.present {
			t.Errorf("%q: answer %v; want %s given: %v", tt.q, ids, tt.other, tt.present)
		}
	}
}

// Asked how two countries differ, the article's own contrast of them answers, or, when it
// never sets them against each other, what it says of the two, saying so.
func TestAnswerPairDifference(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, first, lead string }{
		{"How do Japan and South Korea differ?", "japan-korea-weakest-link", ""},
		{"How do New Zealand and China differ?", "other-three-criticised-china", ""},
		{"How do Japan and Australia differ?", "japan-australia-most-mature", "The article does not set these two against each other. What it says of them:"},
		// What holds for the four together ("face many challenges keeping pace on China
		// policy") does not lead where each side's own position answers.
		{"How do New Zealand and Japan differ on China?", "ardern-cooperate-with-china", ""},
		{"How do Australia and New Zealand differ on China?", "japan-australia-firm-on-china", ""},
	} {
		b := s.Answer(tt.q)
		if b.Empty() || b.Facts()[0].ID != tt.first || b.Lead != tt.lead {
			var ids []string
			for _, f := range b.Facts() {
				ids = append(ids, f.ID)
			}
			t.Errorf("%q: answer %v, lead %q; want %s first, lead %q", tt.q, ids, b.Lead, tt.first, tt.lead)
		}
	}
}

func TestWithPlainTag(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"the US is building an Asian NATO, is that what the article says", "the US is building an Asian NATO, right?"},
		{"Seoul scrapped GSOMIA in 2019 - am I right?", "Seoul scrapped GSOMIA in 2019, right?"},
		{"Is that what the article says?", "Is that what the article says?"},                                                                // no statement before it
		{"korea is just as central as japan in us strategy right?", "korea is just as central as japan in us strategy, right?"},             // the tag without its comma
		{"in 2019 Japan restricted exports of car parts to Korea right?", "in 2019 Japan restricted exports of car parts to Korea, right?"}, // however it opens
		{"What does the article say about Dokdo?", "What does the article say about Dokdo?"},
		{"Tokyo vs Seoul on China?", "Tokyo vs Seoul on China?"},                                        // two set against each other, no statement
		{"yoon and kishida meet alone in madrid yes?", "yoon and kishida meet alone in madrid, right?"}, // "yes?" is a tag too
		{"Seoul scrapped GSOMIA in 2020, did it not?", "Seoul scrapped GSOMIA in 2020, didn't it?"},     // a tag in full
		{"Did Seoul scrap GSOMIA or not?", "Did Seoul scrap GSOMIA or not?"},
		// Asking from its end, a question in a statement's order puts nothing to be checked;
		// a guess it adds to ("…or as what?", "…and what else?") it does.
		{"weakest link among the four countries is which pair?", "weakest link among the four countries is which pair?"},
		{"Japan and Korea came to the summit as members or as what?", "Japan and Korea came to the summit as members or as what, right?"},
		{"Tokyo's goals are escaping the Cold War order and what else?", "Tokyo's goals are escaping the Cold War order and what else, right?"},
	} {
		if got := withPlainTag(tt.q); got != tt.want {
			t.Errorf("withPlainTag(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// A statement put to be checked that gets a word the wrong way round is corrected by the fact
// saying the opposite.
func TestAnswerCorrectedByOpposite(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, first string }{
		{"Japan and South Korea are the strongest link among the four, aren't they?", "japan-korea-weakest-link"},
		{"Biden called the trilateral a routine meeting, didn't he?", "biden-historic-trilateral-meeting"},
		// Asked to be answered yes or no, it is put to be checked too.
		{"Were Korean conservatives the ones who were most cautious about cooperating with the US and Japan?", "progressive-governments-cautious"},
	} {
		if ids := answerIDs(s, tt.q); len(ids) == 0 || ids[0] != tt.first {
			t.Errorf("%q: answer %v, want %s first", tt.q, ids, tt.first)
		}
	}
	// Asked as a question, not put to be checked, a word is read as it is.
	if b, ok := s.correctedByOpposite("Which pair is the strongest link among the four?"); ok {
		t.Errorf("a question was corrected by an opposite: %v", b.Facts())
	}
}

func TestAllianceAsNATO(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"On what date did The Alliance's summit open?", "On what date did the NATO summit open?"},
		{"Which members of the alliance spoke, and did the alliance's members agree?", "Which members of NATO spoke, and did NATO members agree?"},
		{"How strong is the US-Japan alliance?", "How strong is the US-Japan alliance?"},
	} {
		if got := allianceAsNATO(tt.q); got != tt.want {
			t.Errorf("allianceAsNATO(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// A second question that asks "in that connection", or by a pronoun alone, asks of the first.
func TestAsksOfTheFirst(t *testing.T) {
	for _, tt := range []struct {
		second string
		want   bool
	}{
		{"which multilateral grouping does the article single out in that connection?", true},
		{"what did he deliver?", true},
		{"when did this exchange of protests happen?", true},
		{"which multilateral grouping does the article single out?", false},
		{"what connection does Seoul have with Canberra?", false},
	} {
		if got := asksOfTheFirst(tt.second); got != tt.want {
			t.Errorf("asksOfTheFirst(%q) = %v, want %v", tt.second, got, tt.want)
		}
	}
}

// Read leniently, a long question asking what someone said is answered only by their words.
func TestAnswerLongAsksTheirWords(t *testing.T) {
	s := realStore(t)
	q := "Could you kindly set out what former President Moon Jae-in said publicly about his successor's attendance at the Madrid summit?"
	if ids := answerIDs(s, q); len(ids) > 0 {
		t.Errorf("%q: answer %v, want none", q, ids)
	}
}

// A closing clause saying when, in words the store reads, does not sink what is asked; one
// on what the article never tells leaves the question refused.
func TestAnswerWithoutClosingWhen(t *testing.T) {
	s := realStore(t)
	if ids := answerIDs(s, "What did Ardern say about China after leaving the summit?"); len(ids) == 0 || ids[0] != "ardern-cooperate-with-china" {
		t.Errorf("Ardern after the summit: answer %v, want her remark first", ids)
	}
	if ids := answerIDs(s, "How did Japan respond after Shinzo Abe was shot in July 2022?"); len(ids) > 0 {
		t.Errorf("after Abe was shot: answer %v, want none", ids)
	}
}

// What the asker states before ", so" may be wrong; the question after it is answered.
func TestAnswerAfterSo(t *testing.T) {
	s := realStore(t)
	q := "Biden, Kishida and Yoon meet every year anyway, so when was the last time the three leaders sat down together before Madrid?"
	if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != "trilateral-last-summit-2017" {
		t.Errorf("%q: answer %v, want the 2017 meeting first", q, ids)
	}
}

// Asked who really said what a premise reports, the one who said it answers.
func TestAnswerWhoSaidThePremise(t *testing.T) {
	s := realStore(t)
	q := "Kang Kyung-wha said Japan needs a correct view of history to fix things? who actually said that"
	if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != "chung-correct-historical-understanding" {
		t.Errorf("%q: answer %v, want Chung's remark first", q, ids)
	}
}

// When what the asker recalls sinks the question after it, the question is answered alone;
// not one that asks of what was recalled ("that enlargement", "his name").
func TestAnswerAfterRecollection(t *testing.T) {
	s := realStore(t)
	q := "If I recall correctly, it was in the autumn of 2019 that Tokyo tightened its export controls on certain industrial inputs bound for Korea. What kind of materials does the article say those controls covered, and when does it date the move?"
	if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != "japan-export-controls-july-2019" {
		t.Errorf("%q: answer %v, want the July 2019 controls first", q, ids)
	}
	// What the asker understands, or would have expected, is recalled as well.
	checkLeads(t, s, []led{
		{"Reading the public statements of the Pacific four after Madrid, one finds little of substance, and I understand the author reaches much the same view. What did the four leaders actually say they would do?", "four-country-talks-lacked-substance"},
	})
	q = "The Australian delegation in Madrid was led, I believe, by a new prime minister who had been in office only a few weeks. What was his name, and how long had he held office by the time of the summit?"
	if ids := answerIDs(s, q); len(ids) > 0 {
		t.Errorf("%q: answer %v, want none", q, ids)
	}
}

// Asked who of one country went to the summit, its leader's fact at the summit leads: the
// facts on the partners' attendance say the country went, not who.
func TestAnswerWhoWentForACountry(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"who went to madrid from seoul", "yoon-core-pillar-statement"},
		{"Who went to the Madrid summit for Japan?", "kishida-moderates-four-country-meeting"},
	})
	// No fact names Australia's leader: what is answered stays as it was.
	if ids := answerIDs(s, "Who went to Madrid for Australia?"); slices.Contains(ids, "yoon-core-pillar-statement") {
		t.Errorf("who went for Australia = %v, want no Korean leader's fact", ids)
	}
}

// A fact-checker's "Confirm:" puts a statement to be checked: it is no word to find.
func TestAnswerConfirmOpener(t *testing.T) {
	s := realStore(t)
	if ids := answerIDs(s, "Confirm: Japan protested Korea's survey near Dokdo."); len(ids) == 0 || ids[0] != "dokdo-japan-protests-korean-survey" {
		t.Errorf("Confirm: … = %v, want the protest first", ids)
	}
}

// Asked in simple words, as a reader whose first language is not English might: a
// country's people are its people, and whom an island belongs to is who claims it.
func TestAnswerSimpleWords(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"korea people angry japan why?", "textbooks-yasukuni-anti-japanese-sentiment"},
		{"the island, who is owner?", "dokdo-both-claim-island"},
	})
}

// Asked in a business analyst's words: what talks were missing is what they lacked, a route
// put back into service resumed, legacy disputes are historical, and what cannot be afforded
// cannot be done.
func TestAnswerAnalystWords(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"What did the author say the four-country talks were missing?", "four-country-talks-lacked-substance"},
		{"Which Tokyo–Seoul air link was put back into service as relations thawed?", "gimpo-haneda-route-resumed"},
	})
	checkLeads(t, s, []led{
		// The partnerships a country relies on are its alliances; "in strategic terms" frames.
		{"Which partnerships does Tokyo lean on to check Beijing?", "japan-multi-directional-alliances-china"},
		{"How is Washington's alliance with Tokyo described in strategic terms?", "us-japan-alliance-cornerstone"},
	})
	checkAnswered(t, s, []answered{
		// One partnership may be a document, which the article does not give.
		{"what partnership document did Japan and NATO sign in Madrid", false},
		{"What outreach did Yoon make to Tokyo before he formally took office?", true},
		{"According to Seoul's former top diplomat, what does Tokyo need before the legacy disputes can be settled?", true},
		{"Why can't Tokyo and Canberra afford to fully decouple from Beijing?", true},
		// "officially" still asks for an official act, which no fact tells of.
		{"How, if at all, did Pyongyang officially react to the three-way meeting held on the margins in Madrid?", false},
	})
}

// Asked how two sides differ, a side's own position set against the other's comes before
// its other positions on the matter.
func TestAnswerSideSetAgainstTheOther(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "How do Tokyo and Seoul differ in the means they favour for dealing with the North Korean nuclear question?")
	if len(ids) < 2 || ids[1] != "korea-focus-security-reunification" && ids[1] != "korea-moderate-approach-north-korea" {
		t.Errorf("how Tokyo and Seoul differ on the means = %v, want Seoul's position set against Tokyo's second", ids)
	}
}

// A guess closing a question after a dash, which the asker doubts, is not what is asked; a
// second question there is.
func TestWithoutDoubtedGuess(t *testing.T) {
	tests := []struct{ q, want string }{
		{"Who, as I recall, presided over the four-way meeting — the Australian Prime Minister, perhaps, given Canberra's seniority?", "Who, as I recall, presided over the four-way meeting?"},
		{"For roughly how long had the route been suspended — a matter of months, I should think, though I may be wrong?", "For roughly how long had the route been suspended?"},
		{"What became of Seoul's WTO complaint — did the panel rule in Seoul's favour, as I seem to remember?", ""},
		{"Who chaired the four-way meeting — the Australian Prime Minister?", ""}, // not doubted
	}
	for _, tt := range tests {
		got, ok := withoutDoubtedGuess(tt.q)
		if tt.want == "" && ok || tt.want != "" && got != tt.want {
			t.Errorf("withoutDoubtedGuess(%q) = %q, %v, want %q", tt.q, got, ok, tt.want)
		}
	}
	s := realStore(t)
	checkLeads(t, s, []led{
		{"Who, as I recall, presided over the four-way meeting of Tokyo, Seoul, Canberra and Wellington — the Australian Prime Minister, perhaps, given Canberra's seniority in such matters?", "kishida-moderates-four-country-meeting"},
		{"When, if I recall correctly, had the leaders of Washington, Tokyo and Seoul last sat down together as a threesome before Madrid — I want to say 2019, though I may well be conflating things?", "trilateral-last-summit-2017"},
	})
	w, err := NewWorld(s)
	if err != nil {
		t.Fatal(err)
	}
	if g, ok := w.Uncovered("Who, as I recall, presided over the four-way meeting of Tokyo, Seoul, Canberra and Wellington — the Australian Prime Minister, perhaps, given Canberra's seniority in such matters?"); ok {
		t.Errorf("a doubted guess naming Australia's prime minister: Uncovered = %+v, want none", g)
	}
}

// An aside saying the asker forgets a name, and a closing "in the end", ask nothing.
func TestAnswerForgottenNameAndInTheEnd(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"Which former South Korean Foreign Minister, whose name escapes me just now, does the author quote on the historical issues with Japan?", "chung-correct-historical-understanding"},
		{"How did the author weigh the significance of the four-way meeting in Madrid in the end?", "four-country-meeting-gesture"},
	})
	checkAnswered(t, s, []answered{
		{"How did the white list dispute between Tokyo and Seoul end?", false},
	})
	// Nor does ", if memory serves," nor "in all this".
	ids := answerIDs(s, "The author, if memory serves, reduced Tokyo's aims in all this to just two points — what were they?")
	if len(ids) < 2 || !slices.Contains(ids[:2], "japan-goal-retain-us-contain-china") || !slices.Contains(ids[:2], "japan-goal-post-war-system") {
		t.Errorf("Tokyo's two aims, if memory serves = %v, want both goals first", ids)
	}
}

// A sceptic's "I bet …" puts a premise first; "it" after it is the event it names, but what
// a person called something is still theirs.
func TestAnswerSceptic(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"I bet Washington or Canberra ran the four-country meeting. Who actually chaired it?", "kishida-moderates-four-country-meeting"},
		{"Biden called the US-Japan-Korea meeting a landmark summit didn't he? what exactly did he call it", "biden-historic-trilateral-meeting"},
		// To bend over backwards to do something is the article's sparing no effort.
		{"Why does Tokyo bend over backwards to follow Washington on North Korea? What is Japan afraid of?", "japan-fears-abandonment-north-korea"},
	})
	// A doubt put as a question, then what really is asked: the doubt is the premise.
	if ids := answerIDs(s, "Isn't Korea's complaint about what Japan is pouring into the sea just political theatre? What exactly is Seoul objecting to?"); !slices.Contains(ids[:min(len(ids), 2)], "korea-waste-water-health-threat") {
		t.Errorf("a doubt on Korea's water complaint, then what it objects to = %v, want the health threat among the first two", ids)
	}
	// A second question asking of "its" opening asks of the event the first names.
	checkLeads(t, s, []led{
		{"Wasn't the Madrid summit in July? What date does the article give for its opening?", "summit-caption-june-29"},
	})
	w, err := NewWorld(s)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := w.Uncovered("I bet Japan promised to double its defence budget to 2% of GDP in Madrid. What figure did Kishida announce?"); !ok {
		t.Error("a sum asked after 'I bet …' is not refused")
	}
}

// What leaders said to each other is what they exchanged: the four's courtesies and their
// views on Ukraine, not the article's other facts on "the four leaders".
func TestAnswerSaidToEachOther(t *testing.T) {
	s := realStore(t)
	// "In the same period" asks of no period: "period" is no word to find.
	if ids := answerIDs(s, "And what did Seoul protest in the same period?"); len(ids) == 0 || ids[0] == "progressive-governments-cautious" {
		t.Errorf("what Seoul protested in the same period = %v, want a protest first", ids)
	}
	ids := answerIDs(s, "How does the piece characterize what the four leaders actually said to each other?")
	if !slices.Contains(ids[:min(len(ids), 3)], "four-country-talks-lacked-substance") {
		t.Errorf("what the four said to each other = %v, want their courtesies among the first three", ids)
	}
}

// A meeting weighed as practical consequence against appearances is weighed as substance
// against gesture.
func TestAnswerConsequenceOrAppearances(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"Weighing the matter as dispassionately as one can, did the author consider the four-way meeting of the Asia-Pacific partners to have been of greater practical consequence or chiefly a matter of appearances?", "four-country-meeting-gesture"},
	})
}

// Two meetings compared, a person named beside one only says which it is: each is answered
// by its own fact, not the other meeting's facts naming that person.
func TestAnswerMeetingsComparedWithAPerson(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "How did the trilateral with Biden differ from the four-way Asia-Pacific meeting in what they discussed?")
	if len(ids) < 2 || ids[0] != "trilateral-talks-focus-north-korea" || ids[1] != "four-country-meeting-ukraine" {
		t.Errorf("the trilateral with Biden against the four-way meeting = %v, want each meeting's focus first", ids)
	}
}

// A formal asker's descriptions of what is asked name nothing to find: deliberations are a
// meeting, questions left discreetly aside were avoided, talks regarded as thin lacked
// substance, coming home from Madrid is after it.
func TestAnswerFormalDescriptions(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"I would be most interested to know whether, in the course of their four-party deliberations, the leaders addressed matters pertaining to Beijing, or whether they elected to leave such questions discreetly aside.", "four-leaders-no-china-discussion"},
		{"On the substance of the four-way talks, why does the author regard them as thin?", "four-country-talks-lacked-substance"},
		{"Ardern came home from Madrid talking tough about cutting off China, right?", "ardern-cooperate-with-china"},
		// Critical inputs for chip manufacture are the core semiconductor materials.
		{"For the sake of accuracy in a briefing I am preparing, how many categories of critical inputs for chip manufacture were subjected to Tokyo's tightened export controls, as the piece recounts?", "japan-export-controls-july-2019"},
		// What was done ahead of the summit is told without it.
		{"What understanding had the defence ministers of Washington, Tokyo and Seoul reached ahead of the summit? I would welcome a short summary.", "defence-ministers-restart-exercises"},
		{"Why does Tokyo stick so closly to Washington on North Korea?", "japan-fears-abandonment-north-korea"},
	})
}

// How many years passed between two dated things is answered by their two dates; how many
// years something else took, with no two dates, is not.
func TestAnswerYearsBetween(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "How many years passed between the comfort women mediation case and the Seoul court ruling?")
	if len(ids) < 2 || !slices.Contains(ids[:2], "comfort-women-mediation-2013") || !slices.Contains(ids[:2], "comfort-women-seoul-ruling-2021") {
		t.Errorf("years between mediation and ruling = %v, want both dated facts first", ids)
	}
	if !yearsBetweenDated(strings.Fields("how many years passed between a and b"), []*Fact{s.Fact("comfort-women-mediation-2013"), s.Fact("comfort-women-seoul-ruling-2021")}) {
		t.Error("two facts of 2013 and 2021: want years between them answered")
	}
	if yearsBetweenDated(strings.Fields("how many years did the dispute last"), []*Fact{s.Fact("comfort-women-mediation-2013"), s.Fact("comfort-women-seoul-ruling-2021")}) {
		t.Error("no 'between': want it left to the facts that count")
	}
}

// Asked to a summit is invited to it; old hands at a gathering are its regulars: that the
// four were invited for the first time answers among the first.
func TestAnswerOldHands(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "Had the leaders of those four Asia-Pacific governments, to the best of your knowledge, been asked to NATO summits before Madrid, or were they by then old hands at such gatherings, as I half remember?")
	if !slices.Contains(ids[:min(len(ids), 2)], "four-partners-invited-first-time") {
		t.Errorf("old hands at NATO summits = %v, want the first invitation among the first two", ids)
	}
}

// To tackle a subject at a meeting is to discuss it; keeping one's distance from someone is
// corrected by what one said of them.
func TestAnswerTackled(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"Isn't it the case that Yoon campaigned on keeping his distance from Washington and Tokyo?", "yoon-campaign-positions"},
		// Leaning towards some is favouring them; what drags a group down is its weakest link.
		{"What is the risk for Seoul and Wellington if Washington leans towards Tokyo and Canberra?", "korea-nz-interests-if-us-unbalanced"},
		{"Which two of the four get along worst and could drag the whole group down?", "japan-korea-weakest-link"},
		// A complaint from someone is their opposition; one to the WTO is the WTO complaint.
		{"What's the complaint from Korea about Japan and the sea?", "korea-opposes-waste-water-discharge"},
		{"What was the complaint from Seoul to the WTO about?", "korea-wto-complaint"},
	})
	ids := answerIDs(s, "So the four leaders tackled China head-on at their meeting, right")
	if !slices.Contains(ids[:min(len(ids), 2)], "four-leaders-no-china-discussion") {
		t.Errorf("the four tackled China head-on, right = %v, want that they did not propose discussing it among the first two", ids)
	}
}

// What a government chiefly seeks is what it prioritises.
func TestAnswerChieflySeeks(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"By contrast, what does Seoul chiefly seek in its policy toward the North, in the author's account?", "korea-focus-security-reunification"},
	})
}

// Washington's two Northeast Asian allies are Japan and South Korea, not Washington.
func TestAnswerTwoNortheastAsianAllies(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "Of Washington's two Northeast Asian allies, which is closer to the American position on Pyongyang?")
	if !slices.Contains(ids[:min(len(ids), 2)], "us-japan-closer-on-north-korea") {
		t.Errorf("which Northeast Asian ally is closer to Washington on Pyongyang = %v, want Japan's closeness among the first two", ids)
	}
}

// "Turning now to …" opens a subject as "turning to" does; a country's approach to
// cooperation is its cooperation.
func TestAnswerTurningNowTo(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "Turning now to Tokyo's own calculations, could you set out the two principal goals which, in the author's reading, animate Japan's approach to cooperation with Washington and Seoul?")
	if len(ids) < 2 || !slices.Contains(ids[:2], "japan-goal-retain-us-contain-china") || !slices.Contains(ids[:2], "japan-goal-post-war-system") {
		t.Errorf("Japan's two principal goals = %v, want both goals first", ids)
	}
}

// A formal asker's hedges ("I had the impression, perhaps mistakenly", "or does the piece
// tell a different story") frame the statement put to be checked.
func TestAnswerFormalHedges(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"I had the impression, perhaps mistakenly, that these four Pacific governments had been regular guests at such gatherings for some years; was that in fact the case, or does the piece tell a different story?", "four-partners-invited-first-time"},
	})
}

// Where leaders met is not whom a question asks about, and the fields of cooperation are its
// aspects: neither is read as a word or name to match.
func TestAnswerVenueAndFields(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "What did the defence ministers of the three countries agree before their leaders met in Spain?")
	if !slices.Contains(ids[:min(len(ids), 3)], "defence-ministers-restart-exercises") {
		t.Errorf("defence ministers before the leaders met in Spain = %v, want their agreement among the first three", ids)
	}
	checkLeads(t, s, []led{
		{"In which fields do Japan and Australia cooperate?", "japan-australia-defence-agreements"},
	})
}

// A leader named beside a meeting they attended is one of its members, and the meeting's
// facts answer: not every fact on the four-way meeting names Kishida.
func TestAnswerLeaderAtAMeeting(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"What world situation did Kishida and the other three Asia-Pacific leaders talk about in their four-way meeting?", "four-country-meeting-ukraine"},
		{"How did the focus of the Washington–Tokyo–Seoul trilateral differ from the four-country Asia-Pacific meeting?", "trilateral-talks-focus-north-korea"},
		// What the leader said there is still theirs.
		{"What did Kishida say at the four-way meeting?", "kishida-moderates-four-country-meeting"},
	})
}

// ", unlike Japan" sets Japan apart: the three it asks about answer, not the four. So does
// ", as opposed to Seoul and Wellington", also when the whole is led by a fact setting them
// first that names the US before them.
func TestAnswerUnlikeClause(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"why do seoul, canberra and wellington keep their diplomacy mostly regional, unlike japan?", "three-countries-regional-focus"},
		{"What does Washington expect from Tokyo and Canberra, as opposed to Seoul and Wellington?", "us-expects-japan-australia-responsibility"},
	})
}

// Words of trade: a trade move is an export control, mid-2019 is 2019, and to sting is to
// hurt. A separate sit-down of three leaders is no one-on-one; one with Biden is.
func TestAnswerTradeMoveAndSitDown(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"What trade move did Tokyo make against Seoul in mid-2019?", "japan-export-controls-july-2019"},
		{"Why did Tokyo's export controls sting Seoul so badly?", "export-controls-blow-to-korea-ict"},
	})
	checkAnswered(t, s, []answered{
		{"Apart from the main sessions, which three countries' leaders got together for a separate sit-down?", true},
	})
	w, err := NewWorld(s)
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]bool{
		"Apart from the main sessions, which three countries' leaders got together for a separate sit-down?": false,
		"Ardern had a separate sitdown with Biden in Madrid? what about":                                     true,
	} {
		if g, ok := w.Uncovered(q); ok != want {
			t.Errorf("Uncovered(%q) = %+v, %v, want %v", q, g, ok, want)
		}
	}
}

// A statement opening with a pair is answered by a fact on the pair and a third country it
// names, not only by one on the pair alone.
func TestAnswerPairStatementNamingAThird(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"tokyo and canberra will abandon cooperation with china?", "japan-australia-cannot-abandon-china"},
		{"Australia and New Zealand mostly cooperate on Asian issues, right?", "australia-new-zealand-south-pacific"},
	})
}

// Asked which issues of a broader topic there are, the answer names each narrower one
// (labour compensation, comfort women, textbooks) before facts saying only that there are
// such issues; those set aside are left out. Asked what someone said about them, it is not.
func TestAnswerInstancesOfATopic(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "Which historical issues keep dragging down Japan-Korea relations?")
	for _, want := range []string{"comfort-women-unresolved", "textbooks-yasukuni-anti-japanese-sentiment"} {
		if !slices.Contains(ids[:min(len(ids), 3)], want) {
			t.Errorf("which historical issues = %v, want %s among the first three", ids, want)
		}
	}
	ids = answerIDs(s, "other history irritants besides labor and comfort women")
	if len(ids) == 0 || ids[0] != "textbooks-yasukuni-anti-japanese-sentiment" || slices.Contains(ids, "comfort-women-unresolved") {
		t.Errorf("other history irritants besides labour and comfort women = %v, want textbooks first, no comfort women", ids)
	}
	// History set aside is not what is asked.
	if ids := answerIDs(s, "what other issues besides history hurt japan korea ties?"); len(ids) == 0 || ids[0] == "japan-opposes-asset-enforcement" {
		t.Errorf("other issues besides history = %v, want no history issue first", ids)
	}
	if ids := answerIDs(s, "What did Chung Eui-yong say Japan needs before history problems can be solved?"); len(ids) == 0 || ids[0] != "chung-correct-historical-understanding" {
		t.Errorf("what Chung said = %v, want his remark first", ids)
	}
}

// Who led a meeting is who chaired it; "on its side" says no more than whom it names.
func TestAnswerWhoLedAndOnItsSide(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"who led the four-way meeting?", "kishida-moderates-four-country-meeting"},
		{"and what did korea protest on its side about the island", "dokdo-korea-protests-bluebook"},
	})
}

// "Is it correct that…", "Confirm:", "True or false:" put the statement after them to be
// checked, as a closing "right?" does; a question after them is left as typed.
func TestWithCheckOpenerAsTag(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"Is it correct that the summit was held in Brussels?", "the summit was held in Brussels, right?"},
		{"Is it really true that only Japan criticized Beijing at the summit?", "only Japan criticized Beijing at the summit, right?"},
		{"Confirm: Japan protested Korea's survey near Dokdo.", "Japan protested Korea's survey near Dokdo, right?"},
		{"True or false: Biden has publicly backed cooperation among the four countries.", "Biden has publicly backed cooperation among the four countries, right?"},
		{"Is it correct that he went?", "Is it correct that he went?"}, // too short to be a statement
		{"What is correct about that?", "What is correct about that?"},
	} {
		if got, _ := withCheckOpenerAsTag(tt.q); got != tt.want {
			t.Errorf("withCheckOpenerAsTag(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// A premise naming the wrong person, then "who actually did", asks who did what it says.
func TestAnswerWhoActuallyDid(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{
		"yoon chaired the four country meeting right? who actually did",
		"Ardern moderated the four-way talks, right? who really did",
	} {
		if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != "kishida-moderates-four-country-meeting" {
			t.Errorf("%q = %v, want Kishida's moderating first", q, ids)
		}
	}
	// A bare "who was" asks the same.
	if ids := answerIDs(s, "moon was president at madrid right? who was"); len(ids) == 0 || ids[0] == "moon-government-dialogue" {
		t.Errorf("moon was president at madrid right? who was = %v, want no fact on Moon first", ids)
	}
}

// Aligning with someone is cooperating with them: the facts on Japan's two main goals in
// cooperating with the US answer a formal question on its "close alignment with Washington".
func TestAnswerAlignmentIsCooperation(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "What are the two principal objectives that Tokyo pursues through its close alignment with Washington?")
	if !slices.Contains(ids, "japan-goal-post-war-system") || !slices.Contains(ids, "japan-goal-retain-us-contain-china") {
		t.Errorf("Tokyo's objectives in its alignment with Washington = %v, want both of Japan's main goals", ids)
	}
}

// A why set apart from another actor ("…, in contrast to Tokyo, …") asks the one named
// first for its reason; checking China's growing influence is curbing China.
func TestAnswerWhyInContrastAndGrowingInfluence(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"Why does Seoul, in contrast to Tokyo, take a warmer stance towards Beijing?", "korea-economic-dependence-china"},
		{"By what means, according to the piece, has Tokyo sought to check the growing influence of Beijing?", "japan-curbs-china-via-alliance-quad"},
	})
}

// "Since taking office" tells when, not why: a why of the Biden administration's is answered
// by why trilateral cooperation matters to the US, not by its having stressed it.
func TestAnswerSinceIsNoReason(t *testing.T) {
	s := realStore(t)
	if got := reasonOf(s.Fact("biden-administration-trilateral-priority")); got != reasonNone {
		t.Errorf("reasonOf(Since taking office, …) = %v, want none", got)
	}
	if ids := answerIDs(s, "Why does the Biden administration care so much about trilateral cooperation?"); len(ids) == 0 || ids[0] != "trilateral-cooperation-us-benefits" {
		t.Errorf("why the Biden administration cares = %v, want why it matters to the US first", ids)
	}
}

// After a wrong premise, a "which" question in words of its own asks what the premise got
// wrong; "which pair is" asks of the premise, with the countries it guessed left out.
func TestAnswerWhichAfterAWrongPremise(t *testing.T) {
	s := realStore(t)
	if ids := answerIDs(s, "australia is korea's closest partner among the four right? which pair is closest"); len(ids) == 0 || ids[0] != "japan-australia-most-mature" {
		t.Errorf("which pair is closest = %v, want Japan–Australia first", ids)
	}
	// Read alone, "which pair is" would be answered by the closest pair.
	if ids := answerIDs(s, "Australia and New Zealand are the weakest link among the four, right? which pair is"); slices.Contains(ids, "japan-australia-most-mature") {
		t.Errorf("which pair is (the weakest link) = %v, want no closest pair", ids)
	}
	// A short "which" checking the premise asks it without the countries it guessed.
	for _, q := range []string{
		"The author says Australia-NZ will be the weak link among the four, right? which pair actually",
		"The author says Australia-NZ ties are the weakest link among the four? which relationship is",
	} {
		if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != "japan-korea-weakest-link" {
			t.Errorf("%q = %v, want Japan–Korea first", q, ids)
		}
	}
}

// An actor's position on a thing is what the facts say it did or said of the thing, not its
// attitude to anything else; on a thing no fact names with it, nothing.
func TestAnswerStanceOnAThing(t *testing.T) {
	s := realStore(t)
	if ids := answerIDs(s, "What is Japan's position on Dokdo?"); len(ids) == 0 || !s.Fact(ids[0]).HasEntity("dokdo") {
		t.Errorf("Japan's position on Dokdo = %v, want a fact on Dokdo first", ids)
	}
	checkAnswered(t, s, []answered{
		{"What is Australia's position on Dokdo?", false},
		{"What is New Zealand's position on GSOMIA?", false},
		{"What's Seoul's view on GSOMIA?", true},
		{"What is Biden's position on cooperation among the four Asia-Pacific countries?", true}, // a region is no thing
	})
	// So is a view of a narrower topic.
	if ids := answerIDs(s, "seoul's view of the labor compensation issue"); len(ids) == 0 || !s.Fact(ids[0]).HasTopic("forced-labour") {
		t.Errorf("Seoul's view of the labour compensation issue = %v, want a fact on it first", ids)
	}
}

// What someone said to a person is answered only by a fact naming that person.
func TestAnswerSaidToSomeone(t *testing.T) {
	s := realStore(t)
	checkAnswered(t, s, []answered{
		{"What did Ardern say to Yoon?", false},
		{"What did Hayashi say to Yoon?", false},
		{"What did Ardern say about China?", true},
	})
}

// Asked only how the US sees an ally, or what the ally is in its eyes, the ally's place in US
// strategy answers.
func TestAnswerUSViewOfAnAlly(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"How does the US view South Korea?", "korea-us-outpost-northeast-asia"},
		{"How does Washington regard Canberra?", "us-australia-alliance-cornerstone"},
		// Whose eyes, named after the ally.
		{"What is South Korea in Washington's eyes?", "korea-us-outpost-northeast-asia"},
		{"What is New Zealand from Washington's perspective?", "new-zealand-role-limited-south-pacific"},
	})
	for _, q := range []string{"How does the US see South Korea's China policy?", "In Washington's eyes, what is Japan's China policy?"} {
		if _, ok := s.usViewAsRole(q); ok {
			t.Errorf("%q asks more than how the US sees an ally, and was read as its role", q)
		}
	}
}

// Two sides joined by "and" that see a third differently are compared on it; neither is an
// onlooker.
func TestAnswerPairSeeingAThirdDifferently(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{"How do Japan and Korea see China differently?", "How do Tokyo and Seoul see Beijing differently?", "How do Japan and Korea approach China differently?"} {
		if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != "japan-korea-differ-china-policy" {
			t.Errorf("%q = %v, want their differing China policies first", q, ids)
		}
	}
}

func TestWithoutFocusGuess(t *testing.T) {
	for _, c := range []struct {
		q, want string
		ok      bool
	}{
		{"Is NZ's diplomacy mostly about China?", "Is NZ's diplomacy mostly about ?", true},
		{"Japan-Australia cooperation is mostly about tourism, isn't it?", "Japan-Australia cooperation is mostly about , isn't it?", true},
		{"Wellington's diplomacy is all about China? what's NZ actually focused on", "Wellington's diplomacy is all about ? what's NZ actually focused on", true},
		{"What was the trilateral mostly about?", "", false},
		{"What did the four discuss?", "", false},
	} {
		got, ok := withoutFocusGuess(c.q)
		if got != c.want || ok != c.ok {
			t.Errorf("withoutFocusGuess(%q) = %q, %v; want %q, %v", c.q, got, ok, c.want, c.ok)
		}
	}
}

func TestStatementAskedOf(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"Before Yoon took office, he sent some people over to Japan. What was that about?", "Before Yoon took office, he sent some people over to Japan?"},
		{"Japan restricted exports in 2019. Tell me more.", "Japan restricted exports in 2019?"},
		{"Japan restricted exports in 2019. Why?", "Japan restricted exports in 2019. Why?"},
		{"What was that about?", "What was that about?"},
	} {
		if got := statementAskedOf(c.q); got != c.want {
			t.Errorf("statementAskedOf(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// A premise put to be checked is answered by what checks it, then by what answers the
// question asked after it, of what the premise names.
func TestAnswerPremiseThenAsked(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "the Japan Korea Australia NZ leaders meeting was all south china sea stuff right? what did they talk about")
	if len(ids) < 2 || ids[0] != "four-leaders-no-china-discussion" || !slices.Contains(ids, "four-country-meeting-ukraine") {
		t.Errorf("answer %v; want the four's silence on China first, and what they did discuss after it", ids)
	}
}

// Asked how two differ, a difference the article gives instances of, one per side, is told
// by them next, whatever else the search found.
func TestAnswerDifferenceByItsInstances(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "How do Japan and South Korea differ on China?")
	want := []string{"japan-korea-differ-china-policy", "japan-curbs-china-via-alliance-quad", "korea-positive-attitude-china"}
	if len(ids) < 3 || !slices.Equal(ids[:3], want) {
		t.Errorf("answer %v; want it to open with %v", ids, want)
	}
}

// A second question asking why asks it of what the first was answered by: the reason the
// article gives for one of the first facts comes right after it.
func TestAnswerWhyAskedSecond(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "How do Tokyo and Seoul differ in their approach to Beijing, and why is Seoul the warmer of the two?")
	i := slices.Index(ids, "korea-positive-attitude-china")
	if i < 0 || i > 2 || i+1 >= len(ids) || ids[i+1] != "korea-economic-dependence-china" {
		t.Errorf("answer %v; want Seoul's warmer attitude among the first three, its economic dependence right after", ids)
	}
}

func TestWithoutViewAsked(t *testing.T) {
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"Is it good for Korea to move wholly to the US and Japan side? What article think?", "Is it good for Korea to move wholly to the US and Japan side?", true},
		{"Why did Seoul hesitate. What does the author say?", "Why did Seoul hesitate.", true},
		// Kept: a last question asking more than the article's view, or none.
		{"Is Seoul hesitant? What does the author say about Tokyo?", "Is Seoul hesitant? What does the author say about Tokyo?", false},
		{"What does the author think?", "What does the author think?", false},
	} {
		if got, ok := withoutViewAsked(tt.q); got != tt.want || ok != tt.ok {
			t.Errorf("withoutViewAsked(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

// indexFold finds a phrase however its ASCII letters are cased, as strings.Index would in
// lower case.
func TestIndexFold(t *testing.T) {
	for _, tc := range []struct {
		s, sub string
		want   int
	}{
		{"Why did Seoul protest?", "seoul", 8},
		{"WHY DID SEOUL", "Seoul", 8},
		{"the four-way meeting", "Four-Way", 4},
		{"Japan's “Bluebook”", "“bluebook”", 8},
		{"a day in May", "MAYBE", -1},
		{"abc", "", 0},
		{"ab", "abc", -1},
	} {
		if got := indexFold(tc.s, tc.sub); got != tc.want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tc.s, tc.sub, got, tc.want)
		}
	}
}

func FuzzIndexFold(f *testing.F) {
	f.Add("Why did Seoul protest?", "SEOUL")
	f.Fuzz(func(t *testing.T, s, sub string) {
		// On ASCII text it agrees with strings.Index of both in lower case.
		if !isASCII(s) || !isASCII(sub) {
			return
		}
		if got, want := indexFold(s, sub), strings.Index(strings.ToLower(s), strings.ToLower(sub)); got != want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", s, sub, got, want)
		}
	})
}

func FuzzWithChatSpelledOut(f *testing.F) {
	for _, q := range []string{"wat did yoon do b4 he took office", "Indo no Modi shushō", "Kishida-san's Nichi-Bei-Kan kaidan?", "(Kankoku) no", "Yoon daitōryō", "Corea del Sur's", "nueva", "ano ba yung mag-take", "summit에서 무슨 말 했어요?", "7월에", "필리핀's?", "가", "summitで誰が何%？", "l'OTAN décrit-il", "峰会上谁说了什么?"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		got := withChatSpelledOut(q)
		// Interrobangs and a closing please or particle go first, chat words or none.
		plain := q
		if strings.Contains(q, "?!") || strings.Contains(q, "!?") {
			plain = interrobangs.Replace(plain)
		}
		if plain = withoutClosingPlease(withoutClosingParticle(withYesOrNoInEnglish(plain))); !hasChatSpelling(plain) && got != plain {
			t.Errorf("withChatSpelledOut(%q) = %q, changed with no chat word", q, got)
		}
		if utf8.ValidString(q) && !utf8.ValidString(got) {
			t.Errorf("withChatSpelledOut(%q) = %q, not valid UTF-8", q, got)
		}
	})
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Asked to compare some of those a point's instances are about, the answer gives each one's
// instance; the United States, in every instance, picks out none.
func TestAnswerComparedInstances(t *testing.T) {
	s := realStore(t)
	ids := answerIDs(s, "How is Seoul positioned in Washington's strategic layout, in contrast to Tokyo and Canberra?")
	for _, want := range []string{"korea-us-outpost-northeast-asia", "us-japan-alliance-cornerstone", "us-australia-alliance-cornerstone"} {
		if !slices.Contains(ids, want) {
			t.Errorf("compared placings: %v; want %s among them", ids, want)
		}
	}
}

// Asked why, with one word the facts never use, the question is read as the asker's wrong
// guess and corrected; a number is no such guess.
func TestAnswerWhyCorrectsAGuess(t *testing.T) {
	s := realStore(t)
	b := s.Answer("Why is Seoul angry about Tokyo pouring oil into the ocean?")
	if ids := b.Facts(); len(ids) == 0 || ids[0].ID != "korea-opposes-waste-water-discharge" || b.Lead != "The article does not mention “oil”. What it does say:" {
		t.Errorf("oil guessed: lead %q, facts %v; want the discharge, the guess named", b.Lead, ids)
	}
	if b := s.Answer("Why did the three leaders go five years without meeting after 2017?"); !b.Empty() && strings.Contains(b.Lead, "five") {
		t.Errorf("a number is no guess: lead %q", b.Lead)
	}
}

// A statement before a dash is read as a sentence of its own only when what follows does not
// ask of it.
func TestDashAsFullStop(t *testing.T) {
	for q, want := range map[string]string{
		"Around the time Yoon moved in there was squabbling over Dokdo — what did Japan complain about?": "Around the time Yoon moved in there was squabbling over Dokdo. What did Japan complain about?",
		"Sweden and Finland were invited into NATO — how did this affect the Asians?":                    "",
		"NATO put 300,000 troops on high readiness — how many go to Asia?":                               "",
		"Why did Seoul drop the pact with Tokyo — what was the reason?":                                  "",
	} {
		got, ok := dashAsFullStop(q, " — ")
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("dashAsFullStop(%q) = %q; want %q", q, got, want)
		}
	}
}

// An aside "as" the asker puts it, closing a question, is read past; one within it is not.
func TestWithoutClosingAsAside(t *testing.T) {
	for q, want := range map[string]string{
		"Which country prefers the stick and which the carrot, as we used to say about discipline in the classroom?":   "Which country prefers the stick and which the carrot?",
		"How many times, as I recall three, did Moon meet Kim?":                                                        "How many times, as I recall three, did Moon meet Kim?",
		"What did Japan restrict, as far as the article says?":                                                         "What did Japan restrict, as far as the article says?",
		"Sometimes the wisest thing is to keep quiet, as I learned at a wedding. Did Yoon say anything about Beijing?": "Sometimes the wisest thing is to keep quiet, as I learned at a wedding. Did Yoon say anything about Beijing?",
	} {
		if got := withoutClosingAsAside(q); got != want {
			t.Errorf("withoutClosingAsAside(%q) = %q; want %q", q, got, want)
		}
	}
	s := realStore(t)
	q := "When it comes to how Japan and South Korea deal with Pyongyang — is one of them harder-line than the other? Which country prefers the stick and which the carrot, as we used to say about discipline in the classroom?"
	if ids := answerIDs(s, q); len(ids) < 2 || !slices.Contains(ids[:2], "japan-tough-line-sanctions") {
		t.Errorf("%q = %v; want Japan's tough line first", q, ids)
	}
}

// What the asker adds of themselves after a question asked whole is read past; an aside
// within the question is not.
func TestWithoutAskerTail(t *testing.T) {
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"Which two of the four get on best, because I'd bet on us and the Japanese", "Which two of the four get on best?", true},
		{"What's Canberra's game plan here, I never get a straight answer", "What's Canberra's game plan here?", true},
		{"How many times, as I recall three, did Moon meet Kim?", "How many times, as I recall three, did Moon meet Kim?", false},
		{"Japan and Korea quarrel a lot, I think", "Japan and Korea quarrel a lot, I think", false},
	} {
		if got, ok := withoutAskerTail(tt.q); got != tt.want || ok != tt.ok {
			t.Errorf("withoutAskerTail(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

// A comparison of two sides leads with where those two differ, never with a difference
// between one of them and a third: Japan and South Korea's grievances say nothing of how
// South Korea and Australia compare.
func TestAnswerComparisonWithoutThirdsDifference(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, a, b string }{
		{"How do Seoul's and Canberra's diplomatic priorities compare?", "KR", "AU"},
		{"Contrast South Korea's foreign policy aims with New Zealand's.", "KR", "NZ"},
	} {
		ids := answerIDs(s, tt.q)
		if len(ids) == 0 {
			t.Errorf("%q: no answer", tt.q)
			continue
		}
		for _, id := range ids[:min(3, len(ids))] {
			f := s.factByID[id]
			if f.Stance == StanceDifference && !(f.HasEntity(tt.a) && f.HasEntity(tt.b)) {
				t.Errorf("%q = %v; %s, a difference with a third, among the first three", tt.q, ids, id)
			}
		}
	}
}

// Japan's two goals are what it wants out of its alliance with the US, asked in those words:
// "alliance", in no goal fact's text, left them short of coverage behind facts on the alliance.
func TestAnswerJapansGoalsInTheAlliance(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{
		"japan main goals in the alliance",
		"What does Tokyo actually want out of all this alliance business?",
		// Its alliance with the US is named as a thing: Japan's own goals still answer.
		"What does Tokyo actually want out of its alliance with Washington?",
		"What does Japan want out of its alliance with the US?",
	} {
		ids := answerIDs(s, q)
		if !slices.Contains(ids, "japan-goal-post-war-system") && !slices.Contains(ids, "japan-goal-retain-us-contain-china") {
			t.Errorf("%q: answer %v lacks Japan's goals", q, ids)
		}
	}
}

// "Where" with a verb of direction asks which way something goes, not a place: the fact
// foreseeing where the alliances go answers it.
func TestAnswerWhereHeadingAsksDirection(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"Where does the author expect Washington's alliances with Tokyo and Canberra to head?", "us-japan-australia-alliance-deepen"},
		{"Where was the summit held?", "nato-summit-madrid-june-2022"},
	})
}

// Countries set aside by name ("apart from Japan and Korea") are not whom the question asks
// about: asked without them, the fact listing all four attending leads, not one on the two.
func TestAnswerNamesSetAsideAreNotAsked(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{
		{"Which Asia-Pacific countries were in Madrid besides Japan and Korea?", "asia-pacific-partners-attend-madrid"},
		{"Besides Japan and Korea, which Asia-Pacific countries were in Madrid?", "asia-pacific-partners-attend-madrid"},
	})
}

// Being dissatisfied with something is protesting it, as the facts put it.
func TestAnswerDissatisfiedIsProtest(t *testing.T) {
	s := realStore(t)
	checkLeads(t, s, []led{{"what was seoul dissatisfied with about the island?", "dokdo-korea-protests-bluebook"}})
}
