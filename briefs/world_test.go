package briefs

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func mustWorld(t testing.TB) *World {
	t.Helper()
	w, err := NewWorld(mustLoad(t))
	if err != nil {
		t.Fatalf("NewWorld() = %v", err)
	}
	return w
}

// TestUncovered asks about countries, organisations, offices and people on the real store.
// want is the gap's sentence, or "" when the question is covered and must go to Search.
func TestUncovered(t *testing.T) {
	w := mustWorld(t)
	for _, tc := range []struct {
		name, question, kind, want string
	}{
		// Countries and organisations the article never mentions, however they are named.
		{"by name, as holder of an office", "Who is the prime minister of the United Kingdom?", GapUncovered, "The article does not cover the United Kingdom."},
		{"by code in capitals", "What is the UK's view of China?", GapUncovered, "The article does not cover the United Kingdom."},
		{"by code with dots", "Did the U.K. send anyone to Madrid?", GapUncovered, "The article does not cover the United Kingdom."},
		{"a court the article never names", "What exactly did the Korean Supreme Court rule in the forced labour case?", GapUncovered, "The article does not cover the Supreme Court."},
		{"by demonym", "What do the British think of the Quad?", GapUncovered, "The article does not cover the United Kingdom."},
		{"by plural demonym", "Did the Brits attend the Madrid summit?", GapUncovered, "The article does not cover the United Kingdom."},
		{"by capital", "What does London want from Tokyo?", GapUncovered, "The article does not cover the United Kingdom."},
		{"by seat of government", "What did the Kremlin say about Japan attending the NATO summit?", GapUncovered, "The article does not cover Russia."},
		{"as the object of a covered actor", "How does Japan see Russia?", GapUncovered, "The article does not cover Russia."},
		{"beside a covered actor", "What did the US and Germany agree in Madrid?", GapUncovered, "The article does not cover Germany."},
		{"Taiwan", "Is Taiwan discussed?", GapUncovered, "The article does not cover Taiwan."},
		{"a disputed territory", "How big are the Kuril Islands that Japan and Russia dispute?", GapUncovered, "The article does not cover the Kuril Islands or Russia."},
		{"the islands Japan and China dispute", "How big are the Senkaku islands?", GapUncovered, "The article does not cover the Senkaku Islands."},
		{"a territory by its other name", "Did Kishida raise the Northern Territories in Madrid?", GapUncovered, "The article does not cover the Kuril Islands."},
		{"a sea", "What does Japan think about the South China Sea?", GapUncovered, "The article does not cover the South China Sea."},
		{"a name guessed after a comma", "What does Tokyo call Dokdo, Senkaku?", "", ""},
		{"a purpose guessed after a why-question", "Why does the US want its allies to cooperate among themselves, to cut its defence budget?", "", ""},
		{"an office before a person the store knows", "What did former Korean prime minister Chung Eui-yong say about Japan?", "", ""},
		{"the article's own publisher, not a textbook's", "Who published the article?", "", ""},
		{"an office after a person and a comma", "What did Zheng Yirong, former foreign minister of Korea, say about history?", "", ""},
		{"a former office after a person, as Japanese and Korean order it", "What did Chung Eui-yong former foreign minister say about history?", "", ""},
		{"an office naming what its holders do", "How does the author describe Japan-Australia leader visits?", "", ""},
		{"a region before an office says where its holder is from", "Which Asia-Pacific leader said her country should still cooperate with China?", "", ""},
		{"organisation by code", "What did the EU say at the summit?", GapUncovered, "The article does not cover the European Union."},
		{"grouping", "What is AUKUS?", GapUncovered, "The article does not cover AUKUS."},
		{"a weapons system", "What's Yoon's position on the THAAD deployment compared with Moon's?", GapUncovered, "The article does not cover the THAAD missile defence system."},
		{"grouping by number", "What happened at the G7 summit?", GapUncovered, "The article does not cover the G7."},
		{"an event named after a covered country", "who won the australian open", GapUncovered, "The article does not cover the Australian Open."},
		{"an event beside a covered actor", "did japan win the world cup", GapUncovered, "The article does not cover the FIFA World Cup."},
		{"a summit document the article never mentions", "What does NATO's new Strategic Concept say about China?", GapUncovered, "The article does not cover the NATO Strategic Concept."},
		{"an event by its everyday name", "Who won Wimbledon this year?", GapUncovered, "The article does not cover Wimbledon."},
		{"a sport", "Is South Korea any good at baseball?", GapUncovered, "The article does not cover baseball."},
		{"a team by its nickname", "how did the All Blacks do against the Wallabies", GapUncovered, "The article does not cover rugby."},
		{"common word, capitalised mid-sentence", "What does Turkey think about NATO?", GapUncovered, "The article does not cover Turkey."},
		{"common word opening a sentence as a possessive", "Turkey's view of NATO?", GapUncovered, "The article does not cover Turkey."},
		{"common word through its capital", "What does Ankara want?", GapUncovered, "The article does not cover Turkey."},
		{"accented name", "Is Côte d'Ivoire mentioned?", GapUncovered, "The article does not cover Côte d'Ivoire."},
		{"holder of an office named with a possessive", "What did Jordan's king say?", GapUncovered, "The article does not cover Jordan."},
		{"a shouted question still names long names", "WHAT DID GERMANY SAY?", GapUncovered, "The article does not cover Germany."},
		{"a code no word spells, in lower case", "what did the uk pm say in madrid?", GapUncovered, "The article does not cover the United Kingdom."},

		// Offices no person in the store holds for the holder named.
		{"office by possessive", "Who is China's foreign minister?", GapRole, "The article does not say who China's foreign minister is."},
		{"office of a covered country", "Who is Japan's defence minister?", GapRole, "The article does not say who Japan's defence minister is."},
		{"office by demonym", "Who is the Chinese president?", GapRole, "The article does not say who China's president is."},
		{"office by a demonym after \"the\"", "What did the North Korean leader say about the Madrid summit?", GapRole, "The article does not mention North Korea's leader."},
		{"office of an organisation", "Who is the NATO secretary general?", GapRole, "The article does not say who NATO's secretary general is."},
		{"office of a country mentioned in passing", "Who is the king of Spain?", GapRole, "The article does not say who Spain's king is."},
		{"office with a modifier, not a who-question", "What did Japan's current defense minister say?", GapRole, "The article does not mention Japan's defense minister."},
		{"office of a city", "Who is the mayor of Seoul?", GapRole, "The article does not say who Seoul's mayor is."},
		{"a possessive typed without its apostrophe", "who is south koreas defence minister", GapRole, "The article does not say who South Korea's defence minister is."},
		{"leader of a covered country no one leads", "Who is North Korea's leader?", GapRole, "The article does not say who North Korea's leader is."},

		// Countries the store mentions only in passing, asked about as the subject.
		{"in passing, not on what was asked", "What language is spoken in Spain?", GapInPassing, "The article mentions Spain only in passing."},
		{"in passing, where no gathering is asked about", "How large is the army in Spain?", GapInPassing, "The article mentions Spain only in passing."},
		{"in passing, asked for its views", "What did India say about China?", GapInPassing, "The article mentions India only in passing."},
		{"in passing, asked for its position", "What is Singapore's position on the Quad?", GapInPassing, "The article mentions Singapore only in passing."},
		{"in passing, its position said first", "What was the position of Singapore at the leaders' meeting in Madrid?", GapInPassing, "The article mentions Singapore only in passing."},
		{"in passing, asked how it sees something", "How does New Delhi see the Quad compared with Tokyo?", GapInPassing, "The article mentions India only in passing."},

		// People the store has never heard of.
		{"unknown person", "Who is Vladimir Putin?", GapPerson, "The article does not mention Vladimir Putin."},
		{"unknown person with a hyphen", "Who is Kim Jong-un?", GapPerson, "The article does not mention Kim Jong-un."},
		{"unknown person after what and a noun", "What statement did Kim Jong Un issue after the Madrid meeting?", GapPerson, "The article does not mention Kim Jong Un."},
		{"unknown person after the verb", "What said President Zelensky to the leaders in the summit?", GapPerson, "The article does not mention Zelensky."},
		{"unknown person, read from another language", "Zelensky Madrid summit mein aya tha kya?", GapPerson, "The article does not mention Zelensky."},
		{"unknown person after a scene set", "Pyongyang rarely lets such meetings pass; what statement did Kim Jong Un issue?", GapPerson, "The article does not mention Kim Jong Un."},
		{"unknown person after a reason given", "Given how pointedly the allies spoke, how did Kim Jong Un answer them?", GapPerson, "The article does not mention Kim Jong Un."},
		{"the police commissioner unnamed in a blank to fill", "Fill in the blank: The South Korean police commissioner who landed on Dokdo in 2021 was named ______.", GapNotGiven, "The article gives no name or fate of the police commissioner."},
		{"the police commissioner unnamed", "Could you tell me the name of the South Korean police commissioner who landed on Dokdo?", GapNotGiven, "The article gives no name or fate of the police commissioner."},
		{"who travelled with a leader", "Which South Korean minister accompanied President Yoon to Madrid?", GapNotGiven, "The article gives no names of officials."},
		{"victims not counted", "comfort women surviving victims count", GapNotGiven, "The article gives no numbers of victims or survivors."},
		{"the materials unnamed", "the 3 semiconductor materials japan restricted, hydrogen fluoride and what else?", GapNotGiven, "The article gives no names of the materials."},
		{"unknown person after a scene naming a country left out", "At the Madrid summit, and given France's views on NATO's role beyond Europe, what did President Macron say to the Asia-Pacific leaders?", GapPerson, "The article does not mention Macron."},
		{"unknown person asked of in a request", "Would you be so kind as to tell me what President Putin said in Madrid?", GapPerson, "The article does not mention Putin."},
		{"a ruling the article never gives, after the complaint it does", "Seoul took Tokyo to the WTO over the export curbs. Did the WTO ever rule on it?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"advice to China the author never gives", "How should Beijing respond to the four joining NATO's summit?", GapNotGiven, "The article gives no recommendations for China's policy."},
		{"what Ardern says New Zealand and China should do", "What does Ardern say New Zealand and China should do?", "", ""},
		{"the materials' names asked after them", "Japan's export curbs, the three materials, what were they called?", GapNotGiven, "The article gives no names of the materials."},
		{"how often two leaders met", "How many times have Kishida and Biden met this year?", GapNotGiven, "The article gives no counts of meetings between leaders."},
		{"a trade figure claimed", "Someone says Korea–Japan trade topped $80 billion; what was it?", GapNotGiven, "The article gives no trade figures."},
		{"the editor's education", "Where did the editor Ding Guizi study?", GapNotGiven, "The article gives no places of education."},
		{"a meeting's hour, the verb after it", "What time started the four leaders' meeting?", GapNotGiven, "The article gives no local times or time zones."},
		{"the asker's own world after the question", "Who edited this article? In my church newsletter the editor is always Deacon Kim.", "", ""},
		{"the asker's birthday before the question", "You know, at my 80th birthday we invited cousins from Sydney. Which partners came to Madrid besides Korea?", "", ""},
		{"a phrase in another language", "How do you say thank you in Korean?", GapNotGiven, "The article gives no translations or phrases in other languages."},
		{"the police boss unnamed", "What was the name of the Korean police boss who landed on Dokdo?", GapNotGiven, "The article gives no name or fate of the police commissioner."},
		{"the police commissioner unnamed, called a copper", "whats the name of the korean copper who landed on dokdo", GapNotGiven, "The article gives no name or fate of the police commissioner."},
		{"the materials unnamed, asked what they were called", "what were the three chip chemicals japan stopped sending to korea called", GapNotGiven, "The article gives no names of the materials."},
		{"the countries at the summit uncounted, in total", "how many countries total attend madrid summit ah", GapNotGiven, "The article gives no counts of all those attending the summit."},
		{"what the police commissioner was called", "What was the police commissioner who landed on Dokdo called?", GapNotGiven, "The article gives no name or fate of the police commissioner."},
		{"the cop unnamed", "what's the name of the korean cop who landed on dokdo?", GapNotGiven, "The article gives no name or fate of the police commissioner."},
		{"the letter unquoted, the writer's given name skipped", "What were the contents of Fumio Kishida's handwritten letter?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"that police commissioner unnamed", "What's the name of that South Korean police commissioner who landed on Dokdo?", GapNotGiven, "The article gives no name or fate of the police commissioner."},
		{"a language the article's names are given in", "What is Dokdo called in Japanese?", "", ""},
		{"arms makers", "Which defence contractors gain from the restarted drills?", GapNotGiven, "The article gives no names of companies."},
		{"a complaint's final result, in Hinglish", "Korea ki WTO complaint ka final result kya aaya?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"how a complaint ended", "How did the WTO complaint end up — who won?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"blossom season", "When do the cherry blossoms peak in Tokyo?", GapNotGiven, "The article gives no tourism or visa advice."},
		{"a cost estimated", "What estimated cost did the export curbs impose on Korean chipmakers?", GapNotGiven, "The article gives no sums of money."},
		{"contact details", "What is editor Ding Guizi's contact email?", GapNotGiven, "The article gives no contact details."},
		{"a visit the article never mentions", "When did Biden visit Seoul in 2022?", GapNotGiven, "The article gives no visits by Biden to Asia."},
		{"nuclear tests never given", "Has Pyongyang carried out a nuclear test this year?", GapNotGiven, "The article gives no North Korean nuclear tests."},
		{"a naval exercise the article never names", "Which navies joined RIMPAC in 2022?", GapUncovered, "The article does not cover the RIMPAC exercise."},
		{"a sport set aside", "What do Australia and New Zealand cooperate on, beyond the rugby?", "", ""},
		{"unknown person after a courtesy title", "What did Mr Putin say about the Asia-Pacific partners at the summit?", GapPerson, "The article does not mention Putin."},
		{"unknown person after \"the\" and an office", "What did the President Putin declare at the summit of Madrid?", GapPerson, "The article does not mention Putin."},
		{"the weather by its temperature", "What temperature was it in Madrid during the summit days?", GapNotGiven, "The article gives no weather."},
		{"a choice set off by commas, the verb after it", "Which side, Seoul or Tokyo, is more committed to defending Taiwan?", GapUncovered, "The article does not cover Taiwan."},
		{"an office no fact names, its holder unnamed", "What remarks did the alliance's Secretary General make to the four?", GapRole, "The article does not mention any secretary general."},
		{"an office the facts name, its holder unnamed", "What did the defence ministers agree?", "", ""},
		{"the post the article gives someone", "Who said Japan can't solve the problems left by history, and what post did he hold?", "", ""},
		{"unknown person after a title", "What did Prime Minister Albanese say in Madrid?", GapPerson, "The article does not mention Albanese."},
		{"unknown person set off by commas after a description", "Did the NATO boss, Stoltenberg, sit in on the meeting with the four?", GapPerson, "The article does not mention Stoltenberg."},
		{"a known person set off by commas", "Did the Japanese leader, Kishida, moderate the meeting?", "", ""},
		{"unknown person after a negated opening", "Wasn't Albanese the one who chaired the four-country meeting?", GapPerson, "The article does not mention Albanese."},
		{"unknown person after a curly negated opening", "Didn’t Albanese chair the meeting?", GapPerson, "The article does not mention Albanese."},
		{"a date not given, asked when", "When did the dispute start?", GapNotGiven, "The article gives no dates the disputes began."},
		{"the reason a dispute started, not its date", "why did the trade dispute start?", "", ""},
		{"the trade dispute's start, which is dated", "When did the Tokyo–Seoul chip dispute start?", "", ""},
		{"NATO's enlargement, asked of a country the article covers", "what did japan say about nato enlargement?", GapNotGiven, "The article gives no views on NATO's enlargement."},
		{"an outcome not given, in the -ing form", "did korea end up winning its wto complaint against japan", GapNotGiven, "The article gives no outcomes of complaints."},
		{"a date not given, a hedge typed wrong inside it", "when did the us japan korea joint drills actualy happen after they agreed", GapNotGiven, "The article gives no dates and places of past drills."},
		{"an office typed short and in lower case after a country", "what did the aussie pm think of the summit?", GapRole, "The article does not mention Australia's prime minister."},
		{"unknown person after a former office", "What did former Prime Minister Abe, who I recall was still very active in 2022, say about the summit and the four-way meeting?", GapPerson, "The article does not mention Abe."},
		{"what befell a figure left out, as the subject", "How did the assassination of former Prime Minister Abe affect Tokyo's approach to Seoul?", GapPerson, "The article does not mention Abe."},
		{"what a covered person did, as the subject", "What did the meeting of Kishida and Yoon achieve?", "", ""},
		{"a known figure's views asked for by a possessive", "I should be grateful for an account of President Macron's views on the Asia-Pacific.", GapPerson, "The article does not mention Macron."},
		{"a known figure's remark as what a covered actor thought of", "What did Japan think of Macron's remark?", "", ""},
		{"unknown person in what the asker heard", "i heard macron praised japan for showing up in madrid, what did he say exactly?", GapPerson, "The article does not mention Macron."},
		{"unknown person in an opening clause that says when", "After Abe was shot in July 2022, how did that change Tokyo's NATO outreach?", GapPerson, "The article does not mention Abe."},
		{"a covered person in an opening clause that says when", "After Yoon took office, what did Tokyo protest?", "", ""},
		{"well-known figure in lower case", "what did macron think of inviting the asia-pacific countries?", GapPerson, "The article does not mention Macron."},
		{"well-known figure in lower case, two words", "how does xi jinping see the four-country meeting", GapPerson, "The article does not mention Xi Jinping."},
		{"a chat platform, not the article's discord", "How do I set up a Discord webhook?", GapUncovered, "The article does not cover Discord."},
		{"what a letter said", "What did Kishida actually write in his handwritten letter to Yoon?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"a one-on-one summit", "When did Yoon and Kishida hold their first one-on-one summit?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"damages awarded", "How much in damages did the Seoul court award the comfort women victims?", GapNotGiven, "The article gives no sums of money."},
		{"a resignation asked about", "When did Moon leave office?", GapNotGiven, "The article gives no impeachments, resignations or arrests."},
		{"an initiative the article never names", "Which countries have joined the Indo-Pacific Economic Framework?", GapUncovered, "The article does not cover the Indo-Pacific Economic Framework."},
		{"invitations to join NATO", "Which countries were invited to join NATO at Madrid?", GapNotGiven, "The article gives no NATO membership invitations."},
		{"the author's education", "Which university did Li Hangling graduate from?", GapNotGiven, "The article gives no places of education."},
		{"membership asked of the Asia-Pacific countries, whose standing the article tells", "Which Asia-Pacific countries went to Madrid as new NATO members", "", ""},
		{"carriers of a route", "Which carriers now operate the Gimpo-Haneda service?", GapNotGiven, "The article gives no airlines or their schedules."},
		{"the summit's attendance", "How many heads of state and government attended the Madrid summit?", GapNotGiven, "The article gives no counts of all those attending the summit."},
		{"the attending members counted in a statement's order", "The NATO members that attended the Madrid summit are how many in total?", GapNotGiven, "The article gives no counts of all those attending the summit."},
		{"what a court ruled", "What did the Seoul court rule in the 2021 comfort women case?", GapNotGiven, "The article gives no contents of court rulings."},
		{"which agency", "Which Korean agency was planning the survey of Dokdo's topography?", GapNotGiven, "The article gives no names of agencies."},
		{"what an agreement contained", "What did the 2015 Japan-Korea comfort women agreement actually contain?", GapNotGiven, "The article gives no account of the comfort women agreement, beyond Japan citing it against the rulings."},
		{"what an agreement allows", "What does the Japan–Australia reciprocal access agreement actually let their troops do?", GapNotGiven, "The article gives no contents of agreements."},
		{"a trade balance", "What was South Korea's trade deficit with Japan in 2019?", GapNotGiven, "The article gives no trade figures."},
		{"what a speech said", "What did Yoon say about Japan in his inauguration speech?", GapNotGiven, "The article gives no contents of speeches."},
		{"which passages of a textbook", "Which Japanese textbook passages provoked anti-Japan anger in Korea?", GapNotGiven, "The article gives no passages of textbooks."},
		{"when a dispute began", "Since what year have Japan and Korea been disputing Dokdo?", GapNotGiven, "The article gives no dates the disputes began."},
		{"when leaders next met", "When did Yoon and Kishida next meet after the Madrid summit?", GapNotGiven, "The article gives no future meetings."},
		{"which ship", "What survey ship did Seoul plan to use to map the terrain around Dokdo?", GapNotGiven, "The article gives no names of ships."},
		{"when drills were last held", "When were the last trilateral US-Japan-Korea exercises held before they were halted?", GapNotGiven, "The article gives no dates and places of past drills."},
		{"what amount a court awarded", "What amount did the Seoul court award the comfort women in its 2021 ruling?", GapNotGiven, "The article gives no sums of money."},
		{"when a list was first drawn", "When did Japan first put South Korea on its export white list?", GapNotGiven, "The article gives no founding or opening dates."},
		{"a group the article never covers", "How did Japanese fishermen react to the plan to release the nuclear wastewater?", GapNotGiven, "The article gives no views of fishermen, residents or civic groups."},
		{"which NATO leaders", "Which NATO leaders did the four Asia-Pacific leaders meet with in Madrid?", GapNotGiven, "The article gives no names of NATO leaders."},
		{"what they agreed to fund", "what did the 4 leaders agree to fund together", GapNotGiven, "The article gives no sums of money."},
		{"who sits on a body, typed fast", "whos on yoons labour compensation consultation body", GapNotGiven, "The article gives no members of bodies."},
		{"which materials, with a digit", "which 3 semiconductor materials were restricted exactly", GapNotGiven, "The article gives no names of the materials."},
		{"the material's names, singular", "The three semiconductor raw material Japan control, what are their names?", GapNotGiven, "The article gives no names of the materials."},
		{"the semiconductor stuff's names", "The three semiconductor stuff Japan control hor, what are their names ah?", GapNotGiven, "The article gives no names of the materials."},
		{"the materials' names, counted", "What are the names of three semiconductor materials Japan restricted?", GapNotGiven, "The article gives no names of the materials."},
		{"the specific materials", "What specific materials did Japan tighten exports of?", GapNotGiven, "The article gives no names of the materials."},
		{"the materials' names asked after a comma", "What semiconductor materials did Japan restrict, names exactly?", GapNotGiven, "The article gives no names of the materials."},
		{"the materials' names asked again after a dash", "Name the three materials Japan restricted — what are they?", GapNotGiven, "The article gives no names of the materials."},
		{"the names closing a statement asked", "The three materials Tokyo restricted in 2019, which are they, the names?", GapNotGiven, "The article gives no names of the materials."},
		{"the kind of materials, exactly", "What type of materials exactly did Japan restrict?", "", ""},
		{"an office after a comma, not the place's", "After Madrid, prime minister New Zealand said what about China?", "", ""},
		{"the reaction of Beijing", "What was the reaction of Beijing to the summit?", GapNotGiven, "The article gives no Chinese reactions."},
		{"since when a claim is made", "since when has japan claimed takeshima", GapNotGiven, "The article gives no dates the disputes began."},
		{"their next meeting", "When will the four Asia Pacific countries hold their next leaders' meeting?", GapNotGiven, "The article gives no future meetings."},
		{"when they meet again", "When will the Japan, Korea, Australia and NZ leaders meet again?", GapNotGiven, "The article gives no future meetings."},
		{"which survival issues", "Which specific survival issues is Wellington's diplomacy focused on, climate change or something else?", GapNotGiven, "The article gives no names of the survival issues."},
		{"what an agreement said", "What did the 2015 Japan-Korea comfort women agreement say?", GapNotGiven, "The article gives no account of the comfort women agreement, beyond Japan citing it against the rulings."},
		{"how many NATO leaders", "How many NATO leaders were at the Madrid summit in total?", GapNotGiven, "The article gives no counts of all those attending the summit."},
		{"a post at the think tank", "What is Ding Guizi's position at the think tank apart from editing this piece?", GapNotGiven, "The article gives no posts at the think tank."},
		{"troop numbers", "How many US troops are stationed in South Korea?", GapNotGiven, "The article gives no weapons or troop numbers."},
		{"troops counted as an amount", "how much US troops are there in South Korea?", GapNotGiven, "The article gives no weapons or troop numbers."},
		{"when something first opened", "When did the Gimpo-Haneda route first open?", GapNotGiven, "The article gives no founding or opening dates."},
		{"a translator", "Who translated the article?", GapNotGiven, "The article gives no translators or the article's length."},
		{"what a letter proposed", "What did Kishida's letter propose?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"a complaint's outcome", "What was the outcome of the WTO complaint?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"a hotel", "Which hotel hosted the trilateral?", GapNotGiven, "The article gives no buildings or rooms."},
		{"a weekday", "What day of the week was the trilateral?", GapNotGiven, "The article gives no local times or time zones."},
		{"a summit declaration", "What was the official name of the Madrid summit declaration?", GapNotGiven, "The article gives no joint statements."},
		{"NATO's communiqué", "What did the NATO communique say about Japan?", GapNotGiven, "The article gives no joint statements."},
		{"a complaint's result, typed without the apostrophe", "whats the result of koreas complaint to the wto", GapNotGiven, "The article gives no outcomes of complaints."},
		{"countries invited to join", "Were any Balkan states asked to join the alliance in Madrid?", GapNotGiven, "The article gives no NATO membership invitations."},
		{"an age asked in French", "Quel âge avait Kishida au sommet de Madrid?", GapNotGiven, "The article gives no ages or birth dates."},
		{"a complaint's fate", "What became of Seoul's complaint to the trade body?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"the communiqué named by its place", "How did the Madrid communiqué word its passage on Japan?", GapNotGiven, "The article gives no joint statements."},
		{"where leaders stayed", "Where did the four leaders stay in Madrid?", GapNotGiven, "The article gives no buildings or rooms."},
		{"leaders meeting alone", "Did Yoon and Kishida meet alone in Madrid?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"a handshake", "Did Yoon and Kishida shake hands?", GapNotGiven, "The article gives no slogans or ceremonies."},
		{"meeting one-on-one", "Which leaders did Yoon meet one-on-one in Madrid?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"bilateral talks", "What did Ardern and Kishida discuss in their bilateral talks in Madrid?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"their own bilateral", "What did Biden and Kishida discuss in their own bilateral in Madrid?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"the next four-country meeting", "When does Kishida want the next four-country leaders meeting to be held?", GapNotGiven, "The article gives no future meetings."},
		{"a season to visit", "When's the best time of year to visit Seoul?", GapNotGiven, "The article gives no tourism or visa advice."},
		{"an agency unnamed", "Which agency handles the abduction issue in Tokyo?", GapNotGiven, "The article gives no names of agencies."},
		// A photo's caption credits its agency.
		{"the agency of a photo", "Which agency took the photo of the Madrid summit?", "", ""},
		{"the agency of a picture", "What agency is the summit picture from?", "", ""},
		{"the letter's content", "What was the precise content of the handwritten letter from Prime Minister Kishida delivered at Yoon's inauguration?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		// An aside singling one out is read apart from the phrase it splits.
		{"a reaction split by an aside", "How did Pyongyang, and Kim Jong Un in particular, respond publicly to the trilateral meeting?", GapNotGiven, "The article gives no North Korean reactions."},
		{"the letter's wording", "What was the exact wording of the handwritten letter from PM Kishida that Hayashi handed to Yoon?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"chip companies", "Which Korean chip companies were hit hardest by Tokyo's export controls?", GapNotGiven, "The article gives no names of companies."},
		{"an alliance's founding", "When was the US–Australia alliance founded, and under what treaty?", GapNotGiven, "The article gives no foundings or founding treaties."},
		{"the author's academic title", "What is Li Hangling's academic title at the Shengli Foreign Affairs College?", GapNotGiven, "The article gives no academic titles."},
		{"the analysts' names", "Which named analysts does the author cite for the claim that Washington is pushing NATO into Asia?", GapNotGiven, "The article gives no names of the analysts it cites."},
		{"winning a complaint", "Did Korea win its WTO complaint against Japan?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"siding with one side, in chat", "did the wto end up siding w korea or japan", GapNotGiven, "The article gives no outcomes of complaints."},
		{"tariff rates", "What tariff rates did Tokyo slap on the chip materials it restricted for Korea in 2019?", GapNotGiven, "The article gives no tariff rates."},
		{"a one-on-one, the noun alone", "Did Yoon and Kishida hold a separate one-on-one in Madrid, and what did they agree?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"the author's other work", "What did the author write before this article?", GapNotGiven, "The article gives no other work by the author."},
		{"how often drills will be", "How often will the trilateral drills happen?", GapNotGiven, "The article gives no schedules of future drills or meetings."},
		{"who sits on a body", "Who sits on the consultation body the Yoon government wants to set up?", GapNotGiven, "The article gives no members of bodies."},
		{"which plant", "Which nuclear power plant is the waste water Japan wants to discharge coming from?", GapNotGiven, "The article gives no names of power plants."},
		{"who led a delegation", "Who headed the team Yoon sent to Japan before his inauguration?", GapNotGiven, "The article gives no names of officials."},
		{"a flight's length", "how long was the flight from seoul to madrid?", GapNotGiven, "The article gives no flight times."},
		{"a flight's length, spoken", "so how long the flight to madrid take for yoon?", GapNotGiven, "The article gives no flight times."},
		{"a visit, stressed", "Has Kishida himself visited Yasukuni?", GapNotGiven, "The article gives no records of past visits."},
		{"a ruling that came out", "What ruling came out on Seoul's WTO case in the end?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"where drills were", "In which waters did the three navies drill?", GapNotGiven, "The article gives no dates and places of past drills."},
		{"politicians at a shrine", "Who are the Japanese politicians who go to Yasukuni?", GapNotGiven, "The article gives no names of officials."},
		{"the materials' name", "Tell me the materials' name.", GapNotGiven, "The article gives no names of the materials."},
		{"when the discharge began", "When did the discharge into the sea begin?", GapNotGiven, "The article gives no dates the discharge began."},
		{"a flight's length, a flight", "How long does a flight to Seoul take?", GapNotGiven, "The article gives no flight times."},
		{"a flight's length, is a flight", "How long is a flight between Gimpo and Haneda?", GapNotGiven, "The article gives no flight times."},
		{"a troop count", "What is the US troop count in Japan?", GapNotGiven, "The article gives no weapons or troop numbers."},
		{"the year an agreement was signed, tersely", "GSOMIA -- year signed?", GapNotGiven, "The article gives no dates agreements were first signed."},
		{"the number of flights", "Number of flights on the Gimpo–Haneda route each day?", GapNotGiven, "The article gives no airlines or their schedules."},
		{"the number of leaders attending", "What was the total number of heads of government at the Madrid summit?", GapNotGiven, "The article gives no counts of all those attending the summit."},
		{"this weekend", "Any news from Seoul for next weekend?", GapNotGiven, "The article gives no news of this weekend."},
		{"a title after a name", "What did Yoon president say at the summit?", "", ""},
		{"Beijing, officially", "What did Beijing officially say of the summit?", GapNotGiven, "The article gives no Chinese reactions."},
		{"a statement Beijing issued", "Did Beijing issue an official statement after the summit?", GapNotGiven, "The article gives no Chinese reactions."},
		{"a statement Pyongyang issued", "Did Pyongyang issue a statement after the Madrid summit?", GapNotGiven, "The article gives no North Korean reactions."},
		{"the final ruling", "What was the final ruling on Seoul's case?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"what the letter said", "What was written in the letter Kishida wrote to Yoon?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"the temperature", "What's the temperature in Canberra in July?", GapNotGiven, "The article gives no weather."},
		{"the temperature that was", "What was the temperature in Madrid on the day of the summit? Was it cloudy or cold?", GapNotGiven, "The article gives no weather."},
		{"the 2015 agreement's wording", "Quote me the 2015 Japan-Korea comfort women deal word for word.", GapNotGiven, "The article gives no account of the comfort women agreement, beyond Japan citing it against the rulings."},
		{"a meeting pointed at, spoken", "who did the hostin at that 2017 meetin?", GapNotGiven, "The article gives no accounts of the 2017 meeting."},
		{"who paid", "Who paid for the summit?", GapNotGiven, "The article gives no sums of money."},
		{"sums involved", "Which Japanese firms were ordered to compensate wartime labourers, and what sums were involved?", GapNotGiven, "The article gives no names of companies."},
		{"a volume of water", "What volume of treated water does Japan intend to release from the Fukushima plant?", GapNotGiven, "The article gives no quantities of water."},
		{"when a discharge began", "On what date did the Fukushima discharge begin?", GapNotGiven, "The article gives no dates the discharge began."},
		{"a share of exports", "what % of SK exports go to China", GapNotGiven, "The article gives no trade figures."},
		{"a bilateral, the noun alone", "what did Biden and Kishida discuss in their bilateral in Madrid", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"the author's other work by name", "What else has Li Hangling written on Japan-Korea relations?", GapNotGiven, "The article gives no other work by the author."},
		{"the author's other publications", "Which other papers by Li Hangling cover the Quad?", GapNotGiven, "The article gives no other work by the author."},
		{"a leader's visit", "Did Yoon visit Tokyo after the Madrid summit?", GapNotGiven, "The article gives no records of past visits."},
		{"the letter's contents, asked of it after a dash", "Hayashi handed Yoon a letter - what did it say?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"a date still to come", "When will the flights between Gimpo and Haneda be back to normal?", GapNotGiven, "The article gives no dates of what was still to come."},
		{"a date set for a visit", "Did the two leaders set a date for a visit to Seoul?", GapNotGiven, "The article gives no future meetings."},
		{"a diplomatic mission", "Will Seoul open a diplomatic mission to NATO?", GapNotGiven, "The article gives no diplomatic missions or embassies."},
		{"a leader's visit to the shrine", "Has Kishida visited Yasukuni?", GapNotGiven, "The article gives no records of past visits."},
		{"the comfort women agreement's history", "Why did the 2015 comfort women deal fall through?", GapNotGiven, "The article gives no account of the comfort women agreement, beyond Japan citing it against the rulings."},
		{"what the consultation body has proposed", "What has Yoon's consultation body on forced labour proposed so far?", GapNotGiven, "The article gives no proposals of the consultation body."},
		{"the setbacks' cause", "What caused the setbacks between Canberra and Beijing?", GapNotGiven, "The article gives no causes of the setbacks with China."},
		{"a trade volume", "What is the annual volume of bilateral trade between Japan and South Korea, expressed in United States dollars?", GapNotGiven, "The article gives no trade figures."},
		{"an agreement's financial terms", "What were the financial terms of the comfort women agreement?", GapNotGiven, "The article gives no sums of money."},
		{"a venue", "In what venue did the four leaders meet?", GapNotGiven, "The article gives no buildings or rooms."},
		{"talks after the summit", "What came out of the first Japan-South Korea foreign ministers' talks after the Madrid summit?", GapNotGiven, "The article gives no meetings held after the Madrid summit."},
		{"new members invited to accede", "Which new member states did the alliance invite to accede at the Madrid summit?", GapNotGiven, "The article gives no NATO membership invitations."},
		{"a panel's ruling", "How did the WTO dispute settlement panel rule on Seoul's complaint?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"tourist numbers", "How many Japanese tourists visit Korea each year?", GapNotGiven, "The article gives no tourism or visa advice."},
		{"an election margin", "By what margin did Yoon Suk-yeol win the presidential election?", GapNotGiven, "The article gives no election rivals or results."},
		{"a hedge inside a phrase", "Which three specific chemicals did Japan restrict in its 2019 export controls?", GapNotGiven, "The article gives no names of the materials."},
		{"why a dialogue failed", "Why did Moon Jae-in's push for dialogue with Pyongyang ultimately fail?", GapNotGiven, "The article gives no reasons the dialogue with North Korea failed."},
		{"why Biden is silent", "Why hasn't Biden taken a position on the four-country cooperation?", GapNotGiven, "The article gives no reasons for Biden's silence on the four."},
		{"the 2017 meeting", "What happened at the 2017 US-Japan-South Korea leaders' meeting?", GapNotGiven, "The article gives no accounts of the 2017 meeting."},
		{"who was at the 2017 meeting", "Which three leaders took part in the September 2017 trilateral meeting?", GapNotGiven, "The article gives no accounts of the 2017 meeting."},
		{"the common interests", "What common interests did Ardern say New Zealand and China share?", GapNotGiven, "The article gives no list of the common interests."},
		{"China's trade measures", "What trade measures has Beijing taken against Canberra that soured their relationship?", GapNotGiven, "The article gives no trade measures China took against Australia."},
		{"a NATO partnership", "Did New Zealand sign a partnership agreement with NATO while in Madrid?", GapNotGiven, "The article gives no NATO partnership agreements."},
		{"whose idea the invitations were", "Who proposed inviting the Asia-Pacific partners to the NATO summit in the first place?", GapNotGiven, "The article gives no account of who proposed the invitations."},
		{"the defence agreements' names", "what are the names of the defense cooperation agreements japan and australia signed?", GapNotGiven, "The article gives no names of the defence agreements."},
		{"a compensation plan", "What concrete compensation plan has the Yoon government proposed for the forced labourers?", GapNotGiven, "The article gives no details of a compensation plan."},
		{"NATO heads of state", "How many NATO heads of state attended the Madrid summit?", GapNotGiven, "The article gives no counts of all those attending the summit."},
		{"an election's runner-up", "who came second in the korean presidential election", GapNotGiven, "The article gives no election rivals or results."},
		{"the letter, pointed at", "What did Kishida actually write in that handwritten letter to Yoon?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"a hedge asked before the phrase", "What exactly was in the letter Kishida sent?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"a bilateral meeting", "What did Kishida and Yoon agree in their bilateral meeting in Madrid?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"the weather", "whats the weather like in madrid end of june", GapNotGiven, "The article gives no weather."},
		{"climate policy", "What is Jacinda Ardern's climate policy for New Zealand?", GapNotGiven, "The article gives no climate or energy policy."},
		{"a reversal", "Why did Seoul later back away from scrapping its military intelligence pact with Japan?", GapNotGiven, "The article gives no outcomes of the disputes or reversals of decisions."},
		{"the landing's reasons", "Why did the Korean police commissioner decide to visit Dokdo in November 2021?", GapNotGiven, "The article gives no reasons for the police commissioner's landing."},
		{"an edition", "Which edition year of Japan's Diplomatic Bluebook claimed Dokdo as Japanese territory?", GapNotGiven, "The article gives no editions of documents."},
		{"leaving a post", "Why did Chung Eui-yong leave the foreign ministry?", GapNotGiven, "The article gives no impeachments, resignations or arrests."},
		{"a fare", "how much is a flight from gimpo to haneda", GapPrice, "The article gives no prices or fares."},
		{"ships in the drills", "Which ships joined the US-Japan-Korea missile defence drills?", GapNotGiven, "The article gives no names of ships."},
		{"the season to visit", "When's the best time of the year to visit Tokyo?", GapNotGiven, "The article gives no tourism or visa advice."},
		{"a price", "What's the price of kimchi in Seoul?", GapPrice, "The article gives no prices or fares."},
		{"a cost", "How much does a ticket to Madrid cost?", GapPrice, "The article gives no prices or fares."},
		{"priced in, taken into account", "What did Japan say at the summit that priced in Seoul's concerns?", "", ""},
		{"the ticket's price", "How much is the ticket for the Gimpo Haneda flight?", GapPrice, "The article gives no prices or fares."},
		{"a ticket's price with no article", "How much be flight ticket from Gimpo to Haneda?", GapPrice, "The article gives no prices or fares."},
		{"what a flight costs", "What do flights between Seoul and Tokyo cost now the route is open again?", GapPrice, "The article gives no prices or fares."},
		{"an airline", "Which airline runs the most flights between Seoul and Tokyo?", GapNotGiven, "The article gives no airlines or their schedules."},
		{"a time of day", "How long did the Biden-Kishida-Yoon meeting last, and what time of day was it held?", GapNotGiven, "The article gives no local times or time zones."},
		{"a future meeting", "When is the next US-Japan-South Korea leaders' meeting planned?", GapNotGiven, "The article gives no future meetings."},
		{"a future summit's place", "Where is the next NATO summit going to be held?", GapNotGiven, "The article gives no future meetings."},
		{"NATO's next summit", "Where will NATO hold its next summit?", GapNotGiven, "The article gives no future meetings."},
		{"a budget", "what is japan's defence budget for 2022", GapNotGiven, "The article gives no sums of money."},
		{"a share", "What share of South Korea's semiconductor materials came from Japan before the 2019 curbs?", GapNotGiven, "The article gives no shares or percentages."},
		{"names the article never gives", "Which Japanese companies were ordered to compensate Korean wartime laborers?", GapNotGiven, "The article gives no names of companies."},
		{"materials by name, asked specifically", "Which specific chemicals did Japan restrict in its 2019 export controls?", GapNotGiven, "The article gives no names of the materials."},
		{"materials by name", "What are the names of the three chip chemicals Tokyo restricted in 2019?", GapNotGiven, "The article gives no names of the materials."},
		{"materials to identify", "Please identify the chip materials Tokyo restricted.", GapNotGiven, "The article gives no names of the materials."},
		{"when an agreement was signed", "What year was the Korea-Japan military information protection agreement originally signed?", GapNotGiven, "The article gives no dates agreements were first signed."},
		{"the survey's results", "What did the Dokdo topographic survey eventually find?", GapNotGiven, "The article gives no results of the Dokdo survey."},
		{"a sum in dollars", "How much did Korea's chip exports drop, in dollars, after the 2019 controls?", GapNotGiven, "The article gives no sums of money."},
		{"the three materials", "What were the three chip materials Japan restricted?", GapNotGiven, "The article gives no names of the materials."},
		{"a textbook's publisher", "Which history textbook did Korea object to, and who published it?", GapNotGiven, "The article gives no names of textbooks or their publishers."},
		{"opinion polls", "What did Japanese opinion polls say about Yoon after his inauguration?", GapNotGiven, "The article gives no opinion polls."},
		{"an opposition party", "What did South Korea's opposition Democratic Party leader say about the Madrid trip?", GapNotGiven, "The article gives no opposition parties' statements."},
		{"2+2 talks", "When did Japan and Australia hold their first 2+2 ministerial talks?", GapNotGiven, "The article gives no 2+2 ministerial talks."},
		{"missile launches", "did north korea fire any missiles during the nato summit", GapNotGiven, "The article gives no North Korean missile launches."},
		{"a figure compared with", "How does Yoon's Japan policy compare with that of Park Geun-hye?", GapPerson, "The article does not mention Park Geun-hye."},
		{"a boss is a leader", "Who is the boss of NATO, the Secretary General?", GapRole, "The article does not say who NATO's boss is."},
		{"countries that took part, counted", "How many countries participated in the Madrid summit?", GapNotGiven, "The article gives no counts of all those attending the summit."},
		// An airline route is the route, which the article names; an airline is not.
		{"an airline route", "Which airline route between Seoul and Tokyo got going again?", "", ""},
		{"an airline", "Which airline flies between Seoul and Tokyo now?", GapNotGiven, "The article gives no airlines or their schedules."},
		{"a firm's name, possessive", "Which Japanese firm's shares did the Korean court freeze?", GapNotGiven, "The article gives no names of companies."},
		// Whose assets, not which firm's, is answered: Japanese companies'.
		{"whose assets", "Whose assets do Korean courts want to seize for the wartime workers?", "", ""},
		{"a leader's university", "Which year did Kishida go to university, and where?", GapNotGiven, "The article gives no places of education."},
		{"a cost in dollars", "What was the dollar cost of the 2019 curbs to Samsung's rivals?", GapNotGiven, "The article gives no sums of money."},
		{"where the author studied, with the asker's reason", "Which university did the author Li Hangling study at, because I want to cite him?", GapNotGiven, "The article gives no places of education."},
		{"a person the article never mentions, after a lead-in", "Humour an old hand on this one: what did Olaf Scholz tell Kishida in Madrid?", GapPerson, "The article does not mention Olaf Scholz."},
		{"a person the article never mentions, after a scene set", "The trilateral meeting focused on the North Korean nuclear issue. How did Kim Jong-un's government respond to that meeting?", GapPerson, "The article does not mention Kim Jong-un."},
		{"meeting lengths in minutes, asked as how much", "How much minutes did Ardern and Kishida talk for?", GapNotGiven, "The article gives no lengths of meetings in minutes or hours."},
		{"meeting lengths in minutes", "Exactly how many minutes did the Biden-Yoon-Kishida trilateral meeting last?", GapNotGiven, "The article gives no lengths of meetings in minutes or hours."},
		{"terms of office", "When does Yoon Suk-yeol's presidential term end?", GapNotGiven, "The article gives no terms of office."},
		{"a president's years, from and to", "From what year to what year was Moon Jae-in president?", GapNotGiven, "The article gives no terms of office."},
		{"how long a president served", "How long was Moon president?", GapNotGiven, "The article gives no terms of office."},
		{"when an alliance began", "When did the US–South Korea alliance start? Which year was the mutual defense treaty?", GapNotGiven, "The article gives no foundings or founding treaties."},
		{"export controls still in place", "Are Japan's export controls on Korea still in place?", GapNotGiven, "The article gives no outcomes of the disputes or reversals of decisions."},
		{"export controls ended", "Have the export restrictions on South Korea ended?", GapNotGiven, "The article gives no outcomes of the disputes or reversals of decisions."},
		{"missile launches, the verb last", "what missiles did north korea launch in june 2022", GapNotGiven, "The article gives no North Korean missile launches."},
		{"a ministry's name", "Which Korean ministry will run Yoon's official-civilian consultation body on labour compensation?", GapNotGiven, "The article gives no names of ministries."},
		{"NATO membership", "Which countries did NATO formally invite to join the alliance at Madrid?", GapNotGiven, "The article gives no NATO membership invitations."},
		{"other partners", "Apart from these four, how many other partner countries did NATO invite to Madrid?", GapNotGiven, "The article gives no counts of other partner countries."},
		{"materials exactly", "Which exact chip chemicals were on the list Japan restricted in 2019?", GapNotGiven, "The article gives no names of the materials."},
		{"which are the three materials", "which exactly are the three semiconductor materials japan restricted", GapNotGiven, "The article gives no names of the materials."},
		{"the survey's outcome", "What is the outcome of Korea's survey of the topography around Dokdo?", GapNotGiven, "The article gives no results of the Dokdo survey."},
		{"attendance in total", "How many countries in total attended the Madrid summit?", GapNotGiven, "The article gives no counts of all those attending the summit."},
		// told_of: the four-way meeting's name says who attended it.
		{"attendance of a meeting the article names", "How many countries attended the four-way meeting?", "", ""},
		{"what a court ordered paid", "What did the Seoul court order Japan to pay the comfort women in 2021?", GapNotGiven, "The article gives no sums of money."},
		{"the consultation body's name", "What is Yoon's public-private consultation body on forced labour called, and who chairs it?", GapNotGiven, "The article gives no name or chair of the consultation body."},
		{"when an agreement was signed", "What was in the Japan-South Korea comfort women agreement, and when was it signed?", GapNotGiven, "The article gives no dates agreements were first signed."},
		{"when an agreement was signed, asked after it", "The GSOMIA pact, what year was it signed?", GapNotGiven, "The article gives no dates agreements were first signed."},
		{"when an agreement was signed, the signers after it", "The Japan-Australia access pact, what year did they sign it?", GapNotGiven, "The article gives no dates agreements were first signed."},
		{"when an agreement was signed, asked last", "Japan Australia reciprocal access agreement which year signed?", GapNotGiven, "The article gives no dates agreements were first signed."},
		{"when an agreement was signed, in pinyin", "Han Ri weianfu xieding shi na yi nian qian de?", GapNotGiven, "The article gives no dates agreements were first signed."},
		{"the materials' names, in pinyin", "Riben guanzhi de san zhong bandaoti cailiao, juti shi naxie, mingzi jiao shenme?", GapNotGiven, "The article gives no names of the materials."},
		{"who heads the consultation body", "Who will head the public-private consultation body Yoon's government wants for the forced labour compensation?", GapNotGiven, "The article gives no name or chair of the consultation body."},
		{"politicians by nationality", "Which Japanese politicians visited Yasukuni Shrine most recently?", GapNotGiven, "The article gives no names of officials."},
		{"NATO's wording on China", "Did the Madrid summit officially call China a systemic challenge?", GapNotGiven, "The article gives no text of NATO's Strategic Concept."},
		{"how exercises went", "How did the resumed US-Japan-South Korea joint military exercises go, and where were they held?", GapNotGiven, "The article gives no outcomes of the military exercises."},
		{"materials' names asked far from them", "Give us, for our quiz night, the names of each of the chip materials Japan restricted.", GapNotGiven, "The article gives no names of the materials."},
		{"materials' names asked after them", "Those three Japanese export-control materials from 2019 — do we know what their names were?", GapNotGiven, "The article gives no names of the materials."},
		{"materials asked to be listed", "List the three semiconductor materials Japan restricted in 2019.", GapNotGiven, "The article gives no names of the materials."},
		{"a bilateral leaders' summit", "When did Japan and South Korea last hold a bilateral leaders' summit before Madrid?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"a proposal tabled", "What concrete proposal did New Zealand table at the four-country meeting?", GapNotGiven, "The article gives no specific proposals made at the meetings."},
		{"a proposal of someone else's", "What proposal did Yoon make at the trilateral?", GapNotGiven, "The article gives no specific proposals made at the meetings."},
		{"a proposal of someone else's, Kishida named after", "What specific proposal did Ardern put forward during the four-leader meeting with Kishida?", GapNotGiven, "The article gives no specific proposals made at the meetings."},
		// told_of: a former office-holder's post is what the article names them by.
		{"a former minister's post", "So what job did Chung Eui-yong have, then?", "", ""},
		{"a leader's earlier post", "What job did Kishida hold before he became prime minister?", GapNotGiven, "The article gives no earlier posts."},
		// told_of: the article tells Kishida's proposal that the four take part regularly.
		{"a proposal the article tells", "What proposal did the Japanese prime minister advance concerning the partners' future participation in NATO summits?", "", ""},
		{"the surveying agency", "Which South Korean agency was going to survey the waters around Dokdo, and when?", GapNotGiven, "The article gives no names of agencies."},
		{"what the consultation body proposed", "What solution did Yoon's public-private consultative body finally propose for the forced labour compensation?", GapNotGiven, "The article gives no proposals of the consultation body."},
		{"a visit to come", "when is kishida going to visit seoul?", GapNotGiven, "The article gives no future meetings."},
		{"the WTO complaint's outcome", "What was the outcome of Seoul's WTO complaint against Tokyo's export curbs?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"Tokyo's answer to the complaint", "How did Tokyo answer Seoul's WTO complaint, and did the two sides hold talks at the WTO?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"what the victims asked", "What did the comfort women victims demand from Tokyo in their 2013 mediation request?", GapNotGiven, "The article gives no demands of the victims."},
		{"when the victims sought mediation", "When did the comfort women victims seek mediation?", "", ""},
		{"where the author studied", "Where did Li Hangling study and what else has he written?", GapNotGiven, "The article gives no places of education."},
		{"what else the author wrote", "What else has the author written?", GapNotGiven, "The article gives no other work by the author."},
		{"the plant, named with its country", "Which Japanese nuclear plant does the discharged water come from?", GapNotGiven, "The article gives no names of power plants."},
		{"a tariff asked how much", "How much tariff did Tokyo put on Korean chips?", GapNotGiven, "The article gives no tariff rates."},
		{"the textbooks, named with their country", "Which Japanese history textbooks angered Koreans?", GapNotGiven, "The article gives no names of textbooks or their publishers."},
		{"an election's margin", "What was Yoon's winning margin?", GapNotGiven, "The article gives no election rivals or results."},
		{"where the editor studied", "Where did Ding Guizi study?", GapNotGiven, "The article gives no places of education."},
		{"under which president", "Under which president did Chung Eui-yong serve as foreign minister?", GapNotGiven, "The article gives no names of officials."},
		{"dates of future drills", "On what dates will the resumed US–Japan–South Korea military exercises be held?", GapNotGiven, "The article gives no schedules of future drills or meetings."},
		{"materials by product name", "Which three chemicals did Tokyo put export curbs on in 2019? I need the actual product names for a supplier memo.", GapNotGiven, "The article gives no names of the materials."},
		{"officials by name", "Which Japanese officials visited Yasukuni Shrine, and when?", GapNotGiven, "The article gives no names of officials."},
		{"a sum of money", "How much compensation did Korean courts order Japanese companies to pay?", GapNotGiven, "The article gives no sums of money."},
		{"a joint statement", "Did the four Asia-Pacific leaders issue a joint statement, and what was it called?", GapNotGiven, "The article gives no joint statements."},
		{"an election rival", "Who did Yoon beat in the presidential election?", GapNotGiven, "The article gives no election rivals or results."},
		{"new sanctions", "What new sanctions did Japan impose on North Korea in 2022?", GapNotGiven, "The article gives no particular sanctions."},
		{"sanctions imposed", "What sanctions has Japan imposed on North Korea since 2017?", GapNotGiven, "The article gives no particular sanctions."},
		{"sanctions slapped, exactly", "what sanctions has japan slapped on north korea exactly?", GapNotGiven, "The article gives no particular sanctions."},
		{"sanctions favoured are Japan's line", "What sanctions does Japan favour against North Korea?", "", ""},
		{"words said to Biden", "What did the Kiwi PM say to Biden during the Madrid summit?", GapNotGiven, "The article gives no words said to Biden in private."},
		{"Biden's own words are told", "What did Biden call the meeting with Kishida and Yoon?", "", ""},
		{"drills to come", "What joint military exercises will Australia hold with Japan under their defence agreements?", GapNotGiven, "The article gives no schedules of future drills or meetings."},
		{"a visit the article never reports", "Did Kishida visit Seoul after the summit?", GapNotGiven, "The article gives no records of past visits."},
		{"a past visit", "When did the Japanese prime minister last visit Canberra?", GapNotGiven, "The article gives no records of past visits."},
		{"an earlier post", "What job did Kishida hold before he became prime minister?", GapNotGiven, "The article gives no earlier posts."},
		{"a trade figure", "What is South Korea's trade with China worth compared with its trade with Japan?", GapNotGiven, "The article gives no trade figures."},
		{"the size of trade", "How big is South Korea's annual trade with China?", GapNotGiven, "The article gives no trade figures."},
		{"trade's value, the pair named", "What was the value of Japan-South Korea trade in 2021?", GapNotGiven, "The article gives no trade figures."},
		{"exports hit", "Which Australian exports did China hit with tariffs?", GapNotGiven, "The article gives no trade measures China took against Australia."},
		{"a constitution, which the article never mentions", "Which parts of the Japanese post-war constitution does Tokyo want to change for national normalization?", GapNotGiven, "The article gives no provisions of any constitution."},
		{"the author's other articles", "what other articles has li hangling written", GapNotGiven, "The article gives no other work by the author."},
		{"aid", "What did Wellington and Canberra agree on about South Pacific aid in Madrid?", GapNotGiven, "The article gives no aid pledges."},
		{"what came of the complaint", "What happened to Seoul's WTO complaint against Japan's export controls - who won?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"a photographer", "Who took the Xinhua photos used in the article?", GapNotGiven, "The article gives no photographers."},
		{"state media", "How did Pyongyang's state media react to the US-Japan-South Korea trilateral meeting in Madrid?", GapNotGiven, "The article gives no reports in state media."},
		{"sanctions in place", "Which specific sanctions does Tokyo currently have in place against Pyongyang?", GapNotGiven, "The article gives no particular sanctions."},
		{"sanctions as a policy", "Does Japan favour specific sanctions against Pyongyang?", "", ""},
		{"chemicals asked exactly", "Which exact semiconductor chemicals were on Japan's 2019 export control list?", GapNotGiven, "The article gives no names of the materials."},
		{"what an agreement committed each side to", "What did Japan and Korea each commit to under the comfort women agreement?", GapNotGiven, "The article gives no contents of agreements."},
		{"an exercise's name", "What were the names of the trilateral military exercises held after the summit?", GapNotGiven, "The article gives no names of military exercises."},
		{"what the exercises were called", "What were the joint military exercises called, and when are they supposed to happen?", GapNotGiven, "The article gives no names of military exercises."},
		{"what Pyongyang had to say", "What did North Korea have to say about the US–Japan–South Korea meeting?", GapNotGiven, "The article gives no North Korean reactions."},
		{"China's government got respond, as Manglish puts it", "china govt got respond officially to the madrid summit or not?", GapNotGiven, "The article gives no Chinese reactions."},
		// A phrase's word typed a letter wrong, or a plural formed wrongly, is still the phrase's.
		{"money pledged", "Is it really true Kishida pledged money to NATO? How much?", GapNotGiven, "The article gives no sums of money."},
		{"a budget", "What was the budget of the trilateral military exercises?", GapNotGiven, "The article gives no sums of money."},
		{"the chemicals' names", "What were the three chemicals Japan restricted?", GapNotGiven, "The article gives no names of the materials."},
		{"an office of a list of countries, each covered", "Defence minister of US, Japan and Korea agreed to restart what?", "", ""},
		{"an economic figure", "What is South Korea's GDP per capita?", GapNotGiven, "The article gives no economic figures."},
		{"an electoral system", "How does Japan's electoral system work?", GapNotGiven, "The article gives no electoral systems."},
		{"food", "Which national dish do Koreans prefer, kimchi or bulgogi?", GapNotGiven, "The article gives no cuisines."},
		{"weather, misspelt", "hows the wether in madrid", GapNotGiven, "The article gives no weather."},
		{"when drills resume", "Has a date been set for when the trilateral drills resume?", GapNotGiven, "The article gives no schedules of future drills or meetings."},
		{"an exercise's name, singular", "What was the name of the trilateral exercise they agreed on?", GapNotGiven, "The article gives no names of military exercises."},
		{"a loss in billions", "Seoul lost some $5 billion to the curbs, didn't it? What was the figure?", GapNotGiven, "The article gives no sums of money."},
		{"a signing date", "What was the signing date of the reciprocal access agreement?", GapNotGiven, "The article gives no dates agreements were first signed."},
		{"abductees counted", "How many abductees does Pyongyang still hold?", GapNotGiven, "The article gives no numbers of abductees."},
		{"abductees asked of", "What does Japan worry about regarding the abductees?", "", ""},
		{"an unknown person in a statement put to be checked", "Is it true that Putin attended the summit in Madrid?", GapPerson, "The article does not mention Putin."},
		{"a passport", "How long does a passport renewal take in Seoul?", GapNotGiven, "The article gives no tourism or visa advice."},
		{"a flight's time", "How long does the flight from Gimpo take?", GapNotGiven, "The article gives no flight times."},
		{"a contrast with what the article does not give", "Why did the three leaders meet together, as opposed to holding bilateral meetings?", "", ""},
		{"the analysts asked who they are", "Who exactly are these analysts the article cites?", GapNotGiven, "The article gives no names of the analysts it cites."},
		{"a Chinese spokesman", "Did the Chinese government spokesman comment on the Madrid summit?", GapNotGiven, "The article gives no Chinese reactions."},
		{"what China's government said", "What did the Chinese government say after hearing about the Madrid summit?", GapNotGiven, "The article gives no Chinese reactions."},
		{"how China's authorities responded", "How did the Chinese authorities respond to the summit?", GapNotGiven, "The article gives no Chinese reactions."},
		{"a statement asked of Beijing", "What official statement did Beijing issue after the summit?", GapNotGiven, "The article gives no Chinese reactions."},
		{"what the Beijing government gave", "What official statement did the Beijing government give after the summit?", GapNotGiven, "The article gives no Chinese reactions."},
		{"the author's career", "Is it true the author Li Hangling used to be a diplomat posted in Seoul?", GapNotGiven, "The article gives no earlier posts or careers."},
		{"the author's career, asked", "Was the author once a diplomat in Seoul?", GapNotGiven, "The article gives no earlier posts or careers."},
		{"the author's work, asked", "Did the author once work as a diplomat?", GapNotGiven, "The article gives no earlier posts or careers."},
		{"a statement asked of Pyongyang", "Which statement did Pyongyang make after the trilateral talks?", GapNotGiven, "The article gives no North Korean reactions."},
		{"the letter's contents, inside it", "What was written inside his handwritten letter to Yoon?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"a company's reaction", "How did Samsung react to Japan's export curbs?", GapNotGiven, "The article gives no names of companies."},
		{"the materials' name asked in a second language", "What are name of three semiconductor material that Japan restrict krub?", GapNotGiven, "The article gives no names of the materials."},
		{"how a government works", "Describe the three branches of the US government.", GapNotGiven, "The article gives no workings of governments."},
		{"an unknown country asked of after the scene", "Sweden and Finland were joining NATO then, and Turkey held out. What were Ankara's demands?", GapUncovered, "The article does not cover Turkey."},
		{"Beijing's reaction", "wat was beijings official reaction to japan and korea going to nato", GapNotGiven, "The article gives no Chinese reactions."},
		{"Beijing's foreign ministry, in Malay", "Beijing punya foreign ministry respond macam mana pada Madrid summit?", GapRole, "The article does not mention Beijing's foreign ministry."},
		{"an aside for the record", "Could you name, for the record, the three semiconductor materials whose export to South Korea Tokyo restricted in July 2019?", GapNotGiven, "The article gives no names of the materials."},
		{"a number in figures", "which 3 chemicals exactly did japan put export controls on", GapNotGiven, "The article gives no names of the materials."},
		{"companies typed fast", "which japanese companys had their assets seized for the labor cases", GapNotGiven, "The article gives no names of companies."},
		{"companies with a typo", "which japanese compnies had their assets seized", GapNotGiven, "The article gives no names of companies."},
		{"exercises' name and scale", "Could you give me the name, dates and scale of the joint military exercises that the three countries held?", GapNotGiven, "The article gives no scale of military exercises."},
		{"a phrase with a possessive", "What was written in Kishida's handwritten letter to Yoon?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"a party", "What party is Yoon Suk-yeol from?", GapNotGiven, "The article gives no party affiliations."},
		{"a party, typed fast", "kishida party", GapNotGiven, "The article gives no party affiliations."},
		{"an earlier post", "What post did Hayashi hold before becoming foreign minister?", GapNotGiven, "The article gives no earlier posts or careers."},
		{"a vessel's name", "What was the name of the Korean vessel that was going to survey the waters around Dokdo?", GapNotGiven, "The article gives no names of ships."},
		{"when a partnership began", "In what year did New Zealand first become a NATO partner?", GapNotGiven, "The article gives no founding or opening dates."},
		{"an election opponent", "Who was Yoon's main opponent in the Korean presidential election?", GapNotGiven, "The article gives no election rivals or results."},
		{"which drills exactly", "Which specific joint military drills did the three leaders agree to hold, and in which month?", GapNotGiven, "The article gives no names of military exercises."},
		{"capital city", "For one point: what is the capital city of New Zealand?", GapNotGiven, "The article gives no capital cities."},
		{"island nation", "Which Pacific island nation signed a security pact with Beijing in 2022?", GapNotGiven, "The article gives no names of Pacific island countries."},
		{"met bilaterally", "When did Biden and Yoon meet bilaterally in Seoul?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"publication date", "Publication date of this piece?", GapNotGiven, "The article gives no publication dates."},
		{"a plant named on request", "Name the Japanese nuclear power plant whose waste water is being released into the sea.", GapNotGiven, "The article gives no names of power plants."},
		{"abductees' names", "Name the Japanese citizens abducted by North Korea — who were they?", GapNotGiven, "The article gives no names of abductees."},
		{"who controls a territory", "who currently controls Dokdo, Korea or Japan?", GapNotGiven, "The article gives no accounts of who controls a territory."},
		{"the consultation mechanism's name", "What is the name of the consultation mechanism Yoon's government set up on the forced labour issue?", GapNotGiven, "The article gives no name or chair of the consultation body."},
		{"NATO's membership count", "How many NATO member states attended the Madrid summit?", GapNotGiven, "The article gives no counts of NATO members."},
		{"by how much", "By how much did Korean imports from Japan drop after the 2019 export curbs?", GapNotGiven, "The article gives no shares or percentages."},
		{"how much of a whole", "How much of Korea's semiconductor raw materials came from Japan before 2019?", GapNotGiven, "The article gives no shares or percentages."},
		{"an election defeat", "Who did Yoon defeat in the South Korean presidential election?", GapNotGiven, "The article gives no election rivals or results."},
		// Who followed a leader the article names: it was written just after the summit.
		{"who replaced a leader", "Who replaced Kishida as Japan's prime minister?", GapSuccessor, "The article does not say who succeeded Fumio Kishida."},
		{"who took over from a minister", "Who took over from Chung Eui-yong as South Korea's foreign minister?", GapSuccessor, "The article does not say who succeeded Chung Eui-yong."},
		{"who came before a minister", "Who was Japan's foreign minister before Hayashi?", GapPredecessor, "The article does not say who came before Hayashi Yoshimasa."},
		{"before a titled leader, with an aside", "Who was Japan's prime minister before Mr Kishida? I lose track of them.", GapPredecessor, "The article does not say who came before Fumio Kishida."},
		{"before a leader, then more", "Who was Japan's prime minister before Kishida went to Madrid?", "", ""},
		{"a leader's predecessor", "who was kishida's predecessor", GapPredecessor, "The article does not say who came before Fumio Kishida."},
		{"a leader's successor", "who was kishida's successor", GapSuccessor, "The article does not say who succeeded Fumio Kishida."},
		{"who succeeded a leader", "Who succeeded Yoon Suk-yeol?", GapSuccessor, "The article does not say who succeeded Yoon Suk-yeol."},
		{"whom a leader replaced, asked the other way", "Who did Yoon replace as president?", "", ""},
		{"who held an office after a leader", "Who became New Zealand's PM after Ardern?", GapSuccessor, "The article does not say who succeeded Jacinda Ardern."},
		{"whom someone met after a leader", "Who did Kishida meet after Yoon?", "", ""},
		{"who became an office holder after a leader, the office last", "who became after Ardern New Zealand's PM?", GapSuccessor, "The article does not say who succeeded Jacinda Ardern."},
		{"who became something after a leader", "Who became famous after Ardern spoke?", "", ""},
		// A year after the latest the facts report, whatever else the question names.
		// A document dated by a year no fact mentions; a wrong year of a reported event is not one.
		// Asking of a compensation plan, or of survival issues, is not asking for their details.
		{"a compensation plan asked of", "Has Seoul come up with a labour compensation plan that Tokyo accepts?", "", ""},
		{"survival issues asked of", "Why does New Zealand focus on survival issues?", "", ""},
		{"an unmentioned year's treaty", "How did Tokyo use the 1965 Japan–Korea treaty against the labour rulings?", GapNotGiven, "The article does not mention the 1965 treaty."},
		{"a wrong year of a reported event", "Japan imposed the 2020 export controls on Korea, right?", "", ""},
		{"a later year", "What did the Asia-Pacific partners agree at the 2023 Vilnius NATO summit?", GapLater, "The article reports events up to 2022, not 2023."},
		{"a later year at the end of a list", "What happen at Camp David summit of US, Japan, Korea in 2023?", GapLater, "The article reports events up to 2022, not 2023."},
		{"a year the article reports", "What happened between Japan and Korea in 2019?", "", ""},
		// A ministry is covered through its minister.
		{"a ministry no one in the store belongs to", "How did the Chinese foreign ministry respond to the Madrid summit?", GapRole, "The article does not mention China's foreign ministry."},
		{"an event of a kind the article never reports", "Did Yoon Suk-yeol get impeached?", GapNotGiven, "The article gives no impeachments, resignations or arrests."},
		{"an office no one in the store holds", "What did South Korea's unification minister say about the summit?", GapRole, "The article does not mention South Korea's unification minister."},
		{"a ministry whose minister the store names", "What did Japan's foreign ministry say about Dokdo?", "", ""},
		// Everyday facts the article never gives, asked about covered places and people.
		{"a population", "how many people live in new zealand", GapNotGiven, "The article gives no population figures."},
		{"a distance", "How far is Seoul from Tokyo?", GapNotGiven, "The article gives no distances."},
		{"the first flight", "When did the first flight fly?", GapNotGiven, "The article gives no dates of the first flights."},
		{"a count of guests", "Tom in Brighton wants the exact number of guests at Yoon Suk-yeol's inauguration ceremony.", GapNotGiven, "The article gives no numbers of guests or attendees."},
		{"a restaurant", "Madrid weather in end of June is hot? Which restaurant good near summit place?", GapNotGiven, "The article gives no tourism or visa advice."},
		{"which side won a complaint", "Which side won South Korea's WTO complaint?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"the next meeting's date and place", "Date and location of next US-JPN-ROK leaders' trilat?", GapNotGiven, "The article gives no future meetings."},
		{"a career before office", "Was Yoon Suk-yeol a prosecutor before he was president?", GapNotGiven, "The article gives no careers before office."},
		{"a salary", "What is the Japanese Prime Minister's salary?", GapNotGiven, "The article gives no figures for salaries or pay."},
		{"what someone earns", "how much Japanese Prime Minister's salary? how much earn Kishida?", GapNotGiven, "The article gives no figures for salaries or pay."},
		{"the distance from one city to another", "What's the distance from Seoul to Tokyo?", GapNotGiven, "The article gives no distances."},
		{"keeping one's distance is no distance", "didn't Yoon say he'd keep his distance from Washington?", "", ""},
		{"an age", "how old is joe biden", GapNotGiven, "The article gives no ages or birth dates."},
		{"the author's age", "What is the author Li Hangling's age?", GapNotGiven, "The article gives no ages or birth dates."},
		{"a visit to Beijing", "When did Ardern visit Beijing?", GapNotGiven, "The article gives no records of past visits."},
		{"an age asked without a verb", "how old Yoon Suk-yeol?", GapNotGiven, "The article gives no ages or birth dates."},
		{"a leader's age", "What is Kishida's age?", GapNotGiven, "The article gives no ages or birth dates."},
		{"which budget", "Which budget pays for the Indo-Pacific strategy?", GapNotGiven, "The article gives no sums of money."},
		{"the local time", "what time is it in seoul", GapNotGiven, "The article gives no local times or time zones."},
		{"travel advice", "how do I apply for a japanese visa", GapNotGiven, "The article gives no tourism or visa advice."},
		{"independence", "when did new zealand become independent", GapNotGiven, "The article gives no dates of independence."},
		{"a war the article does not discuss", "when was the korean war", GapUncovered, "The article does not cover the Korean War."},
		{"how far apart, figuratively", "how far apart are japan and korea on china", "", ""},
		{"how many people, not a population", "How many people were at the Madrid meeting?", "", ""},
		{"how many of the four partners attended", "How many Asia-Pacific countries attended the Madrid summit?", "", ""},
		{"when a court ruled", "In what year did the Seoul court rule on the comfort women case?", "", ""},
		{"which agreement, not its contents", "Which military agreement with Japan did Seoul say it would abolish in 2019?", "", ""},
		{"missiles as a worry, not a name", "Besides nukes and missiles, what North Korea issue does Japan care about most?", "", ""},
		{"when it reopened", "When did the Gimpo-Haneda route reopen?", "", ""},
		{"a guessed answer it does not give", "why did the Nov 2021 US-Japan-Korea press conference fall apart - a North Korean missile test?", "", ""},
		{"where the complaint went", "Where did South Korea take its complaint about the export controls?", "", ""},
		{"how often leaders have met", "How often do Japanese and Australian leaders visit each other?", "", ""},
		{"who led a meeting", "Who chaired the Japan-Korea-Australia-New Zealand meeting?", "", ""},
		{"a known name mistyped", "What did Kishda want the four Asia-Pacific countries to do about future NATO summits?", "", ""},
		{"a short known name mistyped", "What did Adern say about China after leaving Madrid?", "", ""},
		{"the war the article does discuss", "what happened to korean workers in world war 2", "", ""},
		{"unknown person as the subject", "What did Putin say about NATO moving into Asia?", GapPerson, "The article does not mention Putin."},
		{"unknown person opening an auxiliary question", "Does Emmanuel Macron back the four?", GapPerson, "The article does not mention Emmanuel Macron."},
		{"unknown person's view", "Putin's view of NATO in Asia?", GapPerson, "The article does not mention Putin."},
		{"unknown person's position", "What is Scholz's position on Japan?", GapPerson, "The article does not mention Scholz."},

		// Covered: these go to Search.
		{"covered country", "What does Japan want from NATO?", "", ""},
		{"capital of a covered country", "What did Seoul say about Dokdo?", "", ""},
		{"capitals for both sides", "What does Wellington think of Beijing?", "", ""},
		{"since when, which the article says", "Since when has Washington called the US-Japan alliance the cornerstone of its Asia policy?", "", ""},
		{"covered person", "What did Kishida push for in Madrid?", "", ""},
		{"the US in capitals", "Why does the US want its allies at NATO?", "", ""},
		{"office held: president by demonym", "Who is the Korean president?", "", ""},
		{"office held: prime minister", "Who is Japan's prime minister?", "", ""},
		{"office held by a former minister", "What did South Korea's foreign minister say?", "", ""},
		{"office held, named in an alias", "Who is New Zealand's prime minister?", "", ""},
		{"office held: leader through prime minister", "Who is the leader of Japan?", "", ""},
		{"office held: the American president", "What did the American president call the meeting?", "", ""},
		{"office without a holder named", "What did President Biden say?", "", ""},
		{"in passing, answered by its facts", "Is India in the Quad?", "", ""},
		{"in passing, after a covered subject", "Did Japan and South Korea discuss Ukraine?", "", ""},
		{"in passing, what others said about it", "What did the four leaders say about Ukraine?", "", ""},
		{"city of the summit", "What happened in Madrid?", "", ""},
		{"known person", "Who is Biden?", "", ""},
		{"known person by the article's spelling", "Who is Lin Fangzheng?", "", ""},
		{"how much, not a price", "How much did Yoon improve relations with Japan?", "", ""},
		{"known person as the subject", "What did Kishida say about NATO?", "", ""},
		{"a capitalised verb opening a request", "List the meetings in Madrid", "", ""},
		{"a capitalised word after the subject", "What did Japan say about Dokdo?", "", ""},
		{"a phrase in a clause that says when", "What did Japan protest over Dokdo around the time Moon left office?", "", ""},
		{"a place that says where a gathering was", "How does the author compare the substance of the two leaders' meetings held on the sidelines in Spain?", "", ""},
		{"a place's summit, as where it was", "How long before the Spanish summit had the leaders of Washington, Tokyo and Seoul last met?", "", ""},
		{"a place's capital, as where it was", "Which leaders met on the margins of the summit in the Spanish capital?", "", ""},
		{"a place in the clause that says when", "Shortly after returning from Spain, what did New Zealand's Prime Minister say regarding Wellington's future dealings with Beijing?", "", ""},
		{"a guess after the question", "What kind of security system is Tokyo trying to build, one centred on the UN?", "", ""},
		{"a guess not given", "What was Tokyo's main aim in going to the Madrid summit, getting aid for Ukraine?", "", ""},
		{"a guess put with \"is it\"", "Why does Seoul hesitate to join the regional strategy led by Washington and Tokyo, is it mainly fear of Russia?", "", ""},

		// Words that are country names or codes only when written so.
		{"lower-case us and in", "Can you tell us about Japan in 2022?", "", ""},
		{"turkey as food", "What does turkey taste like with kimchi?", "", ""},
		{"Turkey opening a sentence", "Turkey and kimchi, what goes with them?", "", ""},
		{"lower-case jordan, chad, georgia", "did jordan or chad or georgia come up?", "", ""},
		{"IT in capitals is a word", "What does IT say about NATO?", "", ""},
		{"FM is a foreign minister, not Micronesia", "why did the US JP SK deputy FM presser get cancelled", "", ""},
		{"a shouted question reads no codes", "WHO IS THE UK PM?", "", ""},
		{"guinea pig", "Is a guinea pig a good pet in Japan?", "", ""},
		{"Korea alone is South Korea", "What does Korea think of China?", "", ""},
		// Set aside or likened to, a name mentioned only in passing is not what is asked.
		{"set aside by over and above", "In which areas do Japan and Australia cooperate closely, over and above the Quad?", "", ""},
		{"three named, not the materials", "Name the three countries whose leaders held a trilateral meeting in Madrid.", "", ""},
		{"a guess after the question, asked apart", "so what did the Japan, Korea, Australia, New Zealand meeting mostly talk about? Russia and Syria?", "", ""},
		{"likened to in a closing clause", "Which relationship is the weakest link among the four — much like India–China is in some groupings?", "", ""},
		// Kinds the article never gives, as questions read into English ask for them.
		{"a leader's birthplace", "Where Yoon Suk-yeol was born?", GapNotGiven, "The article gives no ages or birth dates."},
		{"a meeting's starting time, its words apart", "What time the Biden-Kishida-Yoon meeting started?", GapNotGiven, "The article gives no local times or time zones."},
		{"the letter's words, in Hindi word order", "What Kishida's handwritten in letter exactly written?", GapNotGiven, "The article gives no contents of Kishida's letter."},
		{"the police commissioner's name, in pidgin", "wat da name of da korean police guy who went dokdo?", GapNotGiven, "The article gives no name or fate of the police commissioner."},
		{"Beijing's government's words", "What China government said after they hear about the Madrid summit", GapNotGiven, "The article gives no Chinese reactions."},
		{"Pyongyang's reaction, put after it", "What reaction of Pyongyang trilateral meeting?", GapNotGiven, "The article gives no North Korean reactions."},
		{"Pyongyang's statement, in Turkish word order", "Which statement Pyongyang trilateral after talks did?", GapNotGiven, "The article gives no North Korean reactions."},
		{"a later trip to China", "When Ardern went China after the summit?", GapNotGiven, "The article gives no records of past visits."},
		{"a later trip to Tokyo, in Korean word order", "Yoon Tokyo went Kishida summit result tell me", GapNotGiven, "The article gives no records of past visits."},
		{"the drills' place, its words apart", "When the three countries did the exercises the military and where after the meeting?", GapNotGiven, "The article gives no dates and places of past drills."},
		{"the drills' result, in Cebuano word order", "What the result joint military exercise US, Japan and Korea after Madrid?", GapNotGiven, "The article gives no outcomes of the military exercises."},
		{"the delegation's head by name", "What the name of leader Korean delegation send Yoon Japan", GapNotGiven, "The article gives no names of officials."},
		{"the defence minister's name", "South Korea defence ministers called what?", GapNotGiven, "The article gives no names of officials."},
		{"the enterprises by name", "What Japanese enterprises specifically have to pay to the Korean workers?", GapNotGiven, "The article gives no names of companies."},
		{"the materials by name, in Korean word order", "What 2019 export control items three name exactly?", GapNotGiven, "The article gives no names of the materials."},
		{"a fine's size", "How much fine was imposed on Japan?", GapNotGiven, "The article gives no sums of money."},
		{"a bilateral besides the trilateral", "Kishida and Biden did also a bilateral besides to Madrid?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"next year's host city", "Which city next year will have NATO summit", GapNotGiven, "The article gives no future meetings."},
		{"another meeting after Madrid, its words apart", "Take place finally another meeting Biden Yoon Kishida after Madrid?", GapNotGiven, "The article gives no meetings held after the Madrid summit."},
		{"the 2017 meeting's city", "Where was the trilateral summit of 2017, which city?", GapNotGiven, "The article gives no accounts of the 2017 meeting."},
		{"the article's date, in pidgin", "when dem publish dis article, wetin be di date", GapNotGiven, "The article gives no publication dates."},
		{"the route's restart date", "What is the exact date that Gimpo-Haneda route restart?", GapNotGiven, "The article gives no dates of the first flights."},
		{"NATO's leaders counted, in Turkish word order", "How many NATO summit total members and partner countries' leaders attended?", GapNotGiven, "The article gives no counts of all those attending the summit."},
		{"the comfort women agreement's year", "what year did Japan and Korea do that comfort women agreement", GapNotGiven, "The article gives no dates agreements were first signed."},
		{"the editor, which the article names, and a date", "who edited the article and when was it published", "", ""},
		{"the leaders' response to North Korea, which the article gives", "3gaeguk jeongsang-deureun bukhaek munje eotteoke daeeung hagiro haesseoyo?", "", ""},
		// Asked in another language's word order, the words of a kind stand apart (spread.go).
		{"North Korea's reaction in Korean word order", "bukhan-eun nato hoeui-e daehae mwo-rago banbal haenna", GapNotGiven, "The article gives no North Korean reactions."},
		{"North Korea's reaction in Japanese word order", "北朝鮮はNATOの会議にどう反応したん?", GapNotGiven, "The article gives no North Korean reactions."},
		{"Japan's reaction to North Korea, named between", "North Korea's nuclear programme: how did Japan react?", "", ""},
		{"the summit's attendance counted in Korean word order", "Madrid-e chamseok-han NATO hoewonguk-eun modu myeot nara-ieosseoyo?", GapNotGiven, "The article gives no counts of all those attending the summit."},
		{"the four-way meeting's attendance, which the article gives", "How many countries attended the four-way meeting in Madrid?", "", ""},
		{"a WTO ruling asked in Russian word order", "chem zakonchilas zhaloba Korei v WTO na Japoniju? kto vyigral?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"the discharge's start asked in Japanese word order", "処理水の放出はいつから始まるん?", GapNotGiven, "The article gives no dates the discharge began."},
		{"the materials' names asked in Korean word order", "suchul gyuje 3 pummok jeonghwakhan ireum mwoya? bulhwa suso gateun geo majji?", GapNotGiven, "The article gives no names of the materials."},
		{"a missile test asked in Turkish word order", "Kuzey Kore zirveden sonra füze denedi mi", GapNotGiven, "The article gives no North Korean missile launches."},
		{"the survivors counted in Greek word order", "Poso einai o arithmos twn comfort women victims pou zoun akoma?", GapNotGiven, "The article gives no numbers of victims or survivors."},
		{"GSOMIA normalised, asked in Korean word order", "GSOMIA neun gyeolguk jeongsanghwa dwaesseoyo? eonje?", GapNotGiven, "The article gives no outcomes of the disputes or reversals of decisions."},
		{"the years between two events, not the survivors counted", "How many years passed between the comfort women mediation case and the Seoul court ruling?", "", ""},
		{"a WTO outcome in Taglish word order", "what the outcome wto complaint korea against japan?", GapNotGiven, "The article gives no outcomes of complaints."},
		{"an agreement's signing year in Singlish word order", "the japan korea comfort women deal sign which year, 2015 is it", GapNotGiven, "The article gives no dates agreements were first signed."},
		{"an agreement signed when a tie was set up, which the article names", "Name the agreement Japan and Australia signed when they set up their 'quasi alliance'.", "", ""},
		{"a WTO complaint as a result, which the article gives", "As a result, what did Seoul file at the WTO?", "", ""},
		{"the export controls' end in Turkish word order", "Japonyanin Koreye ihracat kisitlamasi sonunda ne zaman kaldirildi", GapNotGiven, "The article gives no outcomes of the disputes or reversals of decisions."},
		{"the author's other articles, the verb after the name", "Li Hangling has published what other articles on North Korea?", GapNotGiven, "The article gives no other work by the author."},
		{"Beijing's government's response, the verb before it", "How did respond government of China to this summit of NATO?", GapNotGiven, "The article gives no Chinese reactions."},
		{"a leader stepping down", "When did Ardern end up stepping down as prime minister?", GapNotGiven, "The article gives no impeachments, resignations or arrests."},
		{"weapons sent to Ukraine", "Did Japan send weapons to Ukraine after the summit?", GapNotGiven, "The article gives no weapons or troop numbers."},
		{"the drills' start, in Korean word order", "When South Korea, the US and Japan military exercises start say?", GapNotGiven, "The article gives no schedules of future drills or meetings."},
		{"who administers Dokdo, the island first", "Which country Dokdo administers now?", GapNotGiven, "The article gives no accounts of who controls a territory."},
		{"the drills after the summit and where, words apart", "Joint exercises US, Japan and Korea after summit when exactly and where were held?", GapNotGiven, "The article gives no dates and places of past drills."},
		{"Ardern's China visit, in Korean word order", "When Ardern Madrid after China visit did?", GapNotGiven, "The article gives no records of past visits."},
		{"Yoon's visit to Dokdo, in Korean word order", "This time Yoon president Dokdo directly visit did?", GapNotGiven, "The article gives no records of past visits."},
		{"a leader's wife", "Did Yoon's wife go with him to Madrid?", GapNotGiven, "The article gives no spouses or families."},
		{"Singapore's position, its name misspelt after it", "Which position singapura on China at the summit?", GapNotGiven, "The article gives no statements or positions of Singapore."},
		{"Singapore's words, the verb first", "What did say Singapore at the meeting of leaders in Madrid?", GapNotGiven, "The article gives no statements or positions of Singapore."},
		{"North Korea's backlash against the meeting, countries between", "About how North Korea nato summit United States, Japan and South Korea meeting backlash did?", GapNotGiven, "The article gives no North Korean reactions."},
		{"where a former president lives", "What Moon Jae-in now does, where live?", GapNotGiven, "The article gives no accounts of where people live now."},
		{"other countries' protests over the discharge", "Which countries other than South Korea protested the Fukushima water discharge?", GapNotGiven, "The article gives no other countries' protests over the discharge."},
		{"the 1965 treaty", "What relation Japan–South Korea 1965 claims agreement and forced labour compensation?", GapUncovered, "The article does not cover the 1965 Japan–South Korea treaty."},
		{"North Korea's protest, the verb last", "About what North Korea nato summit protested?", GapNotGiven, "The article gives no North Korean reactions."},
		{"Pyongyang's response, the verb last", "What Pyongyang this trilateral talks responded?", GapNotGiven, "The article gives no North Korean reactions."},
		{"China's comment on the summit, the verb last", "What China about Madrid's NATO summit commented?", GapNotGiven, "The article gives no Chinese reactions."},
		{"Beijing's official words on the summit, the verb last", "What about Beijing NATO summit official said?", GapNotGiven, "The article gives no Chinese reactions."},
		{"a president's years, from one year to another", "From what year Moon Jae-in until what year president did?", GapNotGiven, "The article gives no terms of office."},
		{"bilateral talks, the verb between", "Prime Minister Ardern in Madrid with Kishida bilateral held talks?", GapNotGiven, "The article gives no one-on-one meetings between leaders."},
		{"the drills' name asked after them", "When did the US Japan SK trilateral joint military exercise start? What exercise name?", GapNotGiven, "The article gives no names of military exercises."},
		{"the delegation's members, the question word last", "Yoon's 'Korea Japan policy consultation delegation' who members? Who head?", GapNotGiven, "The article gives no names of officials."},
		{"which officials visit Yasukuni, the shrine first", "To which Japanese Yasukuni Shrine officials visit did?", GapNotGiven, "The article gives no names of officials."},
		{"who went to Yasukuni last", "Who latest went to the Yasukuni Shrine?", GapNotGiven, "The article gives no names of officials."},
		{"Australia's prime minister, who is asked last", "Prime minister Australia to Madrid who is, what did he say about China?", GapNotGiven, "The article gives no names of officials."},
		{"the Diplomatic Bluebook's year", "Diplomatic Bluebook what year of Japan stated Takeshima is Japanese territory?", GapNotGiven, "The article gives no editions of documents."},
		{"GSOMIA back in operation", "When GSOMIA resumed normal operations, does the article say?", GapNotGiven, "The article gives no outcomes of the disputes or reversals of decisions."},
		{"what else the author wrote, the verb first", "Li Hangling, is he a professor? And wrote else?", GapNotGiven, "The article gives no other work by the author."},
		{"which country administers Dokdo, a word between", "Which country Dokdo now administers?", GapNotGiven, "The article gives no accounts of who controls a territory."},
		{"the waters of drills after the summit, the question word last", "After Madrid, the US, Japan and South Korea military exercises joint when, in waters which?", GapNotGiven, "The article gives no dates and places of past drills."},
		{"the US on the discharge", "What did the USA say about Japan's nuclear water?", GapNotGiven, "The article gives no other countries' protests over the discharge."},
		{"the inauguration's day in May", "The inauguration of Yoon was on what day in May exactly?", GapNotGiven, "The article gives no exact date of Yoon's inauguration."},
		{"the inauguration's exact day", "What was the exact day of the inauguration of Yoon?", GapNotGiven, "The article gives no exact date of Yoon's inauguration."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, ok := w.Uncovered(tc.question)
			if got := g.Sentence; got != tc.want || ok != (tc.want != "") || g.Kind != tc.kind {
				t.Errorf("Uncovered(%q) = %q, %q, %v; want %q, %q, %v", tc.question, g.Kind, got, ok, tc.kind, tc.want, tc.want != "")
			}
		})
	}
}

// TestUncoveredPartial: an uncovered place asked about by a covered subject, beside something
// else covered, is only part of the question, which the caller may answer for the rest; asked
// about as the subject, alone by its subject, or by a subject itself mentioned only in
// passing, it is the whole question.
// A word of punctuation alone ("…", "____") reads as no word: fill-in-the-blank questions and
// trailing dots are read like any other.
func TestUncoveredReadsBlanks(t *testing.T) {
	w := mustWorld(t)
	for _, q := range []string{
		"Fill in: Japan's diplomatic strategy focuses on realizing 'national ____'.",
		"Fill in the blank: Biden called the US-Japan-South Korea meeting a '______ trilateral meeting'.",
		"Yoon said he wanted the US-Japan-ROK relationship to become 'another core ...' what?",
	} {
		if g, ok := w.Uncovered(q); ok {
			t.Errorf("Uncovered(%q) = %q, want none", q, g.Sentence)
		}
	}
}

// A clause describing whom a question asks about asks for nothing itself: "who served under"
// inside it is no question for the names of officials.
func TestUncoveredSkipsDescribingClause(t *testing.T) {
	w := mustWorld(t)
	if g, ok := w.Uncovered("Which former South Korean Foreign Minister, who served under the previous government, does the author quote on the subject of history?"); ok {
		t.Errorf("Uncovered = %q, want none: the article quotes Chung Eui-yong", g.Sentence)
	}
	if g, ok := w.Uncovered("Who served under the previous government as foreign minister?"); !ok || g.Kind != GapNotGiven {
		t.Errorf("Uncovered(who served under…) = %+v, %v; want the names of officials not given", g, ok)
	}
}

func TestUncoveredPartial(t *testing.T) {
	w := mustWorld(t)
	for _, tc := range []struct {
		question, want string
		partial        bool
	}{
		{"What does Japan want from the EU and NATO?", "The article does not cover the European Union.", true},
		// Asked about nothing covered but its subject, it is the whole question.
		{"How does Japan see Russia?", "The article does not cover Russia.", false},
		// Nor when a second question asks what the article does not give either.
		{"How did the four Asia-Pacific partners view the applications of Finland and Sweden to join the alliance, and did Canberra and Wellington express any differing views on enlargement?", "The article does not cover Finland or Sweden.", false},
		{"What did Kishida tell the Germans?", "The article does not cover Germany.", false},
		{"What is Wellington's position on AUKUS?", "The article does not cover AUKUS.", false},
		// What a scene names is asked of when the question asks what it contained.
		{"Given that the summit adopted a new strategic document, how did Tokyo react to the language it contained on China?", "The article does not cover the NATO Strategic Concept.", false},
		// A place in a clause that says when is no other thing asked about.
		{"What sanctions has Tokyo imposed on Moscow since the invasion of Ukraine?", "The article does not cover Russia.", false},
		// Covered subjects asked about only what is not covered.
		{"how do tokyo and seoul differ on taiwan", "The article does not cover Taiwan.", false},
		{"What do Japan and South Korea think of Russia?", "The article does not cover Russia.", false},
		{"How do Japan and South Korea compare with Germany on China?", "The article does not cover Germany.", true},
		// A body the asker checks after a comma is said, and what is asked answered.
		{"how did Seoul hit back at Tokyo's export curbs, did it go to the IMF?", "The article does not cover the International Monetary Fund.", true},
		{"how did Seoul hit back at Japan's export curbs, did it go to the International Court of Justice?", "The article does not cover the International Court of Justice.", true}, // its long name no longer a check
		// A place guessed for where a gathering was held: where it was is answered.
		{"Was the summit held in Brussels?", "The article does not cover Belgium.", true},
		{"Did the leaders in Madrid discuss Taiwan?", "The article does not cover Taiwan.", false},
		// Nor is the other side of a relation with it.
		{"How did Canberra respond to the security agreement between the Solomon Islands and Beijing?", "The article does not cover the Solomon Islands.", false},
		// Nor is the side named first ("between Beijing and…", "China's pact with…").
		{"How did the security agreement concluded between Beijing and the Solomon Islands shape the discussions among the Pacific partners in Spain?", "The article does not cover the Solomon Islands.", false},
		{"Did China's security pact with the Solomon Islands come up among the four Asia-Pacific partners?", "The article does not cover the Solomon Islands.", false},
		// Another's of the same is no other thing asked about.
		{"What sanctions has Japan imposed on Russia, and how do they compare with those of Seoul?", "The article does not cover Russia.", false},
		{"What positions did Tokyo and Seoul take on the Taiwan Strait, and how did those positions differ from Canberra's?", "The article does not cover the Taiwan Strait.", false},
		{"What does Japan want from the EU and Canberra's leaders?", "The article does not cover the European Union.", true},
		{"What is the UK's view of China?", "The article does not cover the United Kingdom.", false},
		{"What is India's position on Russia?", "The article does not cover Russia.", false},
		{"Is Macau or Hong Kong mentioned?", "The article does not cover Macau or Hong Kong.", false},
		{"Do France, Germany and Italy support Japan?", "The article does not cover France, Germany or Italy.", false},
		{"Who is the prime minister of the United Kingdom?", "The article does not cover the United Kingdom.", false},
		// A sport or event is what the question is about, wherever it stands.
		{"who won the japan vs spain world cup game", "The article does not cover the FIFA World Cup.", false},
		{"who won the last korea vs japan football match", "The article does not cover football.", false},
	} {
		g, ok := w.Uncovered(tc.question)
		if !ok || g.Kind != GapUncovered || g.Sentence != tc.want || g.Partial != tc.partial {
			t.Errorf("Uncovered(%q) = %q (partial %v), %v; want %q (partial %v)", tc.question, g.Sentence, g.Partial, ok, tc.want, tc.partial)
		}
	}
}

// TestUncoveredPremise: what a premise put to be checked names wrongly is said, and what is
// asked after it answered; what is asked after it may be uncovered itself.
func TestUncoveredPremise(t *testing.T) {
	w := mustWorld(t)
	for _, tc := range []struct {
		question, want string
		partial        bool
	}{
		{"Japan's defense minister went to Yoon's inauguration, didn't he? Who actually went?", "The article does not mention Japan's defense minister.", true},
		// Tagged alone, the statement is still checked against what the article says.
		{"Japan's defense minister went to Yoon's inauguration, didn't he?", "The article does not mention Japan's defense minister.", true},
		{"Kishida met Japan's defense minister in Madrid, right? What did Germany say?", "The article does not cover Germany.", false},
		// A question dropping its subject, as Italian does, asks of whom the premise names.
		{"Macron spoke at the summit of Madrid? what said?", "The article does not mention Macron.", false},
		{"Zelensky addressed summit of Madrid? what did say?", "The article does not mention Zelensky.", false},
		// Asked how a later event the premise tells went, it is refused whole.
		{"Kishida and Yoon then met to Tokyo in the 2023? how did it go", "The article reports events up to 2022, not 2023.", false},
		{"the Yoon and the Kishida did summit in Tokyo in 2023? how was?", "The article reports events up to 2022, not 2023.", false},
		// A follow-up of two words asks of what the premise opens with.
		{"Philippines's president this in summit attended? what statement?", "The article does not cover the Philippines.", false},
		// An office a statement put to be confirmed gets wrong is said, and the rest checked.
		{"Australia's prime minister chaired the four-country meeting, didn't he?", "The article does not mention Australia's prime minister.", true},
		{"Who chaired the four Asia-Pacific leaders' meeting in Madrid — was it the Australian PM?", "The article does not say who Australia's prime minister is.", true},
		{"Was it Australia's leader who chaired the four-country meeting in Madrid?", "The article does not mention Australia's leader.", true},
		{"Who is Australia's prime minister?", "The article does not say who Australia's prime minister is.", false},
		// So is what the article never gives, in a statement put to be confirmed.
		{"The November 2021 press conference was called off because of a North Korean missile test, right?", "The article gives no North Korean missile launches.", true},
		{"When did North Korea hold its last missile test?", "The article gives no North Korean missile launches.", false},
		// A yes-or-no second question asking what the article does not give leaves the first
		// answered; one asking what or when of it may ask what it does not give either.
		{"what did the four asia pacific leaders talk about in their meeting and did they release a joint statement", "The article gives no joint statements.", true},
		{"Where and when is the next NATO summit, and will the four Asia-Pacific partners attend again?", "The article gives no future meetings.", false},
		// And someone it does not mention.
		{"Park Geun-hye's government pushed hard to restart dialogue with the North, right?", "The article does not mention Park Geun-hye.", true},
		// Asked of whom the premise opens with, by a pronoun and no name, it is refused whole;
		// a well-known figure opens a statement as its subject, lower case or not.
		{"macron was skeptical about nato going into asia, wasn't he? what did he say exactly?", "The article does not mention Macron.", false},
		{"Trump cancelled joint drills with Korea back in 2018? how did Tokyo react", "The article does not mention Trump.", false},
		{"Kishida's party won the July upper house vote? how many seats", "The article gives no election rivals or results.", false},
		{"Ardern had a separate sitdown with Biden in Madrid? what about", "The article gives no one-on-one meetings between leaders.", false},
		// A premise that the article names what it does not leaves nothing else asked.
		{"Am I right the article names the South Korean police commissioner who landed on Dokdo? Who was he?", "The article gives no name or fate of the police commissioner.", false},
		{"Am I right that the three semiconductor materials Japan restricted were named in the article? Which ones were they?", "The article gives no names of the materials.", false},
		// What the asker gathers or seems to recall is their premise, read like what they heard.
		{"I gather the trilateral was followed by a summit at Camp David. What did the leaders agree to there?", "The article does not cover the Camp David summit.", false},
		{"I seem to recall President Macron holding a private conversation with Kishida in Madrid. What did the two men discuss?", "The article does not mention Macron.", false},
		{"Seoul took its complaint to the WTO, right? How did the WTO eventually rule on that complaint?", "The article gives no outcomes of complaints.", false},
		// Arms programmes it never discusses are refused whole, whatever else is named.
		{"What does the article say about progress on nuclear-powered submarines for Canberra?", "The article does not cover nuclear-powered submarines.", false},
		// An office of a country whose office holders the article names, checked by a
		// question, is said not to be mentioned and the rest answered; not when the holder is
		// asked for, nor an office of a country whose holders it never names.
		{"Did Japan's defence minister deliver Kishida's letter at Yoon's inauguration?", "The article does not mention Japan's defence minister.", true},
		{"Did Japan's defence minister attend the Madrid summit, and who was it?", "The article does not mention Japan's defence minister.", false},
		{"Did Australia's defence minister go to Madrid?", "The article does not mention Australia's defence minister.", false},
		{"Boris Johnson met Kishida in Madrid, right? what did they agree?", "The article does not mention Boris Johnson.", false},
		{"i read that uk pm boris johnson met kishida in madrid — what did they agree?", "The article does not cover the United Kingdom.", false},
		{"albanese announced something on aukus subs in madrid right? what was it", "The article does not mention Albanese.", false},
		// A closing "that" asks of the whole premise, whatever else the question names.
		{"Finland and Sweden got their membership invitations at Madrid, right? how did Tokyo react to that?", "The article does not cover Finland or Sweden.", false},
		// A premise opening with "the new …" is about what follows; "it" asks of it.
		{"the new NATO Strategic Concept called China a challenge? what exact wording did it use", "The article does not cover the NATO Strategic Concept.", false},
		// Asked of by "it", not why or who, or to have it corrected.
		{"North Korea fired a missile right after the summit? what kind was it", "The article gives no North Korean missile launches.", false},
		// Asked only for a figure of what the article never gives.
		{"NATO allies agreed a new defense spending floor in Madrid? what's the exact figure", "The article gives no sums of money.", false},
		// So does a closing "react" with nothing after it.
		{"Finland and Sweden got their NATO invite at this summit right? how did Tokyo react", "The article does not cover Finland or Sweden.", false},
		// Asking who is the premise's correction; a place in a clause that says when is not
		// whom the premise is about.
		{"Albanese chaired the four-way leaders' meeting in Madrid, didn't he? who ran it", "The article does not mention Albanese.", true},
		{"After leaving Brussels, Ardern said NZ should cut ties with China, didn't she? what did she say", "The article does not cover Belgium.", true},
		// What the article never gives, done by two it names, asked of them: refused whole;
		// so is a premise asked of by a closing "that".
		{"Yoon and Kishida had a separate one-on-one in Madrid, right? what did they agree to?", "The article gives no one-on-one meetings between leaders.", false},
		{"kishida and yoon also had a one-on-one in madrid — how long did it last?", "The article gives no one-on-one meetings between leaders.", false},
		{"Kishida and Yoon had a one-on-one in Madrid, right? who set it up?", "The article gives no one-on-one meetings between leaders.", true},
		// Asked of them by "about them", whatever else it names; of him, by "he".
		{"finland and sweden's membership bids came up too — what did seoul say about them?", "The article does not cover Finland or Sweden.", false},
		{"Macron was skeptical about the four, right? what did he say about Japan?", "The article does not mention Macron.", false},
		{"I bet Beijing's foreign ministry blasted the Madrid summit — what did its spokesperson say?", "The article does not mention Beijing's foreign ministry.", false},
		// An office of a country mentioned only in passing holds no one the article names.
		{"Singapore's PM was in the four country meeting right? what did he say about china", "The article does not mention Singapore's prime minister.", false},
		// A detail the article does not give, opening the premise, is no one it fails to
		// name: "he" is Yoon, and what he sent is answered.
		{"yoon visited tokyo himself before taking office right? what did he actually send over", "The article gives no records of past visits.", true},
		// "it" after an office the article never mentions saying something is what was said.
		{"NATO Secretary General Stoltenberg said something pointed about China in Madrid — what was it?", "The article does not mention NATO's secretary general.", false},
		// How sure the asker is does not hide whom the premise opens with.
		{"Surely Spanish Prime Minister Pedro Sánchez set the agenda for the Asia-Pacific sessions — what did he tell them?", "The article does not mention Spain's prime minister.", false},
		// So does an office of a country the article names no office holder of, asked of
		// by "they"; an office the article has another holder for may be the premise's
		// slip, and what "he" did is answered from the one who did it.
		{"Beijing's foreign ministry blasted the summit right? what exactly did they say", "The article does not mention Beijing's foreign ministry.", false},
		{"Japan's defense minister went to Yoon's inauguration in May, didn't he? what did he bring", "The article does not mention Japan's defense minister.", true},
		// "they" after something the article does not cover asks of what was done with it;
		// a person an office introduces is whom the premise opens with.
		{"AUKUS subs came up in Madrid right? what did they decide", "The article does not cover AUKUS.", false},
		{"Korea's FM Park Jin was in Madrid? what did he say", "The article does not mention Park Jin.", false},
		{"Park Jin was in Madrid? what did he say", "The article does not mention Park Jin.", false},
		// A bare "what" asks of the premise.
		{"Putin said something about the Asia partners at NATO? what", "The article does not mention Putin.", false},
		// Asked only when of what the article never gives.
		{"Tokyo promised to double defense spending to 2% of GDP around the summit? by what year", "The article gives no sums of money.", false},
		// Asked in words no fact uses after a premise opening with what is not covered.
		{"aukus came up at the four way meeting? what was said about the subs", "The article does not cover AUKUS.", false},
		// What the asker half-remembers, before a question expecting it corrected.
		{"I was told that the Australian prime minister took the chair at the four-way session in Madrid. Who actually served as the moderator of that meeting?", "The article does not mention Australia's prime minister.", true},
		// So with "in fact", or with no one pointed back at ("they" may be whom the article
		// covers); one pointed back at is what the asker recalled.
		{"Someone had to chair the four-way gathering; I had always assumed it fell to the Australian prime minister. Who, in fact, moderated the talks?", "The article does not mention Australia's prime minister.", true},
		{"It seemed to me that the four leaders had attended such summits before, perhaps at Brussels in 2021. Was Madrid a novelty for them, or had they been invited previously?", "The article does not cover Belgium.", true},
		{"I recall Prime Minister Trudeau of Canada raising Arctic security with the Asia-Pacific leaders in Madrid. What did he propose to them, according to the article?", "The article does not cover Canada.", false},
		// A recollection may end in a guess checked before the question.
		{"The article quotes, I believe, a former South Korean Foreign Minister on history; Kang Kyung-wha, was it? Who in fact is quoted?", "The article does not mention Kang Kyung-wha.", true},
		// Another's claim reported, then checked against the article.
		{"A blog says Seoul took its export complaint to the IMF. Does the article say so?", "The article does not cover the International Monetary Fund.", true},
		{"One outlet reported Australia's leader chaired the four-way meeting. Who does the article say moderated it?", "The article does not mention Australia's leader.", true},
		// "they" after words reported of others is about those others.
		{"Macron said the four were invited as partners, right? what were they invited as?", "The article does not mention Macron.", true},
	} {
		g, ok := w.Uncovered(tc.question)
		if !ok || g.Sentence != tc.want || g.Partial != tc.partial {
			t.Errorf("Uncovered(%q) = %q (partial %v), %v; want %q (partial %v)", tc.question, g.Sentence, g.Partial, ok, tc.want, tc.partial)
		}
	}
}

// TestUncoveredInPassingGivesItsFacts: a country mentioned in passing is refused with the few
// facts that do mention it, so the reply can say what the article has on it.
func TestUncoveredInPassingGivesItsFacts(t *testing.T) {
	w := mustWorld(t)
	g, ok := w.Uncovered("What language is spoken in Spain?")
	if !ok || g.Kind != GapInPassing {
		t.Fatalf("Uncovered(spain question) = %+v, %v; want an in-passing gap", g, ok)
	}
	if len(g.Facts) == 0 || len(g.Facts) >= coveredFacts {
		t.Fatalf("gap facts = %d; want 1 to %d", len(g.Facts), coveredFacts-1)
	}
	for _, f := range g.Facts {
		if !f.HasEntity("ES") {
			t.Errorf("gap fact %s is not about Spain", f.ID)
		}
	}
	b := g.Brief()
	if got := b.Facts(); !slices.Equal(got, g.Facts) {
		t.Errorf("gap brief shows %d facts; want the gap's %d", len(got), len(g.Facts))
	}
}

// TestUncoveredReadsTheStoreItself: coverage comes from the store, not from world.yaml. A
// place the store has no entity for counts as mentioned when a fact's text names it, and a
// store alias that is also a world name means what the store says.
func TestUncoveredReadsTheStoreItself(t *testing.T) {
	d, err := ReadData(EmbeddedFS())
	if err != nil {
		t.Fatal(err)
	}
	d.Facts[0].Text += " Mongolia was not invited."
	for i := range d.Entities {
		if d.Entities[i].ID == "JP" {
			d.Entities[i].Aliases = append(d.Entities[i].Aliases, "Britain of the East")
		}
		if d.Entities[i].ID == "AU" {
			d.Entities[i].Aliases = append(d.Entities[i].Aliases, "Oz", "Britain")
		}
	}
	s, err := New(d)
	if err != nil {
		t.Fatalf("New() = %v", err)
	}
	w, err := NewWorld(s)
	if err != nil {
		t.Fatalf("NewWorld() = %v; a store alias that is a world name must not fail it", err)
	}
	g, ok := w.Uncovered("What does Mongolia think of NATO?")
	if !ok || g.Kind != GapInPassing || len(g.Facts) != 1 || g.Facts[0] != s.Facts()[0] {
		t.Errorf("Uncovered(Mongolia) = %+v, %v; want in passing, with the one fact naming it", g, ok)
	}
	if g, ok := w.Uncovered("What does Britain want from China?"); ok {
		t.Errorf("Uncovered(Britain, a store alias of Australia) = %q; want covered", g.Sentence)
	}
	if g, ok := w.Uncovered("What does Mongolia's foreign minister want?"); !ok || g.Kind != GapRole {
		t.Errorf("Uncovered(Mongolia's foreign minister) = %+v, %v; want a role gap", g, ok)
	}
}

// TestUncoveredLeavesAnswerableQuestionsAlone runs every question of the development and
// written sets: none the article answers may be refused, and most that must be refused for
// naming something uncovered are.
// What the clause a question opens with concedes, or gives as its reason, is not asked: only
// the question after it may name what the article does not cover. Nor is a degree a share.
func TestUncoveredSetsTheSceneAside(t *testing.T) {
	w := mustWorld(t)
	for _, tt := range []struct {
		q         string
		uncovered bool
	}{
		{"Considering the constitutional and institutional debates in Japan, what overriding ambition does the author ascribe to Tokyo's diplomatic strategy?", false},
		{"Considering the constitutional debates in Japan, what does its constitution say about the military?", true},
		{"Given the talk in Japan, what did India say about the summit?", true},
		// Unless the question asks of what the clause names.
		{"Given the security agreement between Beijing and the Solomon Islands, how did Wellington and Canberra assess its implications?", true},
		{"Given Japan's pacifist constitution, how does Tokyo frame its outreach to NATO?", false},
		// Each place read as where a gathering was is passed over, Spain as well as Ukraine.
		{"Was the war in Ukraine discussed when the four leaders met in Spain?", false},
		{"What language is spoken in Spain?", true},
		// Two sentences of the asker's background before a question naming its subject are
		// not asked; the question still may be.
		{"Japanese politicians talk about becoming a normal country, which means something about defence and the constitution. The article frames priorities that way. What does Japan's diplomatic strategy focus on achieving?", false},
		{"My grandfather taught law and loved talking about the constitution. He thought every country's is a compromise. What did Putin say about Japan at the summit?", true},
		// An apology and "I'm" set off by a comma are no one's name.
		{"Sorry, I'm lost — why did Seoul scrap the intelligence pact?", false},
		// Nor does the asker's remark after asking.
		{"Why did Seoul scrap the intelligence pact? Half my family lives in Canada, mind.", false},
		// A lead-in before a colon asks for nothing; what is asked after it may.
		{"Half price today only: which of the four are toughest on Beijing?", false},
		{"Half price today only: what do tickets to the NATO summit cost?", true},
		// How much of something is a degree, not a share, when no whole is named.
		{"In the author's considered judgement, how much of real substance did the gathering of the four leaders actually achieve?", false},
	} {
		if g, ok := w.Uncovered(tt.q); ok != tt.uncovered {
			t.Errorf("Uncovered(%q) = %q, %v; want %v", tt.q, g.Sentence, ok, tt.uncovered)
		}
	}
}

func TestUncoveredLeavesAnswerableQuestionsAlone(t *testing.T) {
	w := mustWorld(t)
	refused, refusals := 0, 0
	for _, name := range []string{"dev-questions.jsonl", "written-questions.jsonl"} {
		f, err := os.Open(filepath.Join("..", "testdata", "eval", name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var c struct {
				ID     string `json:"id"`
				Q      string `json:"q"`
				Refuse bool   `json:"refuse"`
			}
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			g, ok := w.Uncovered(c.Q)
			if c.Refuse {
				refusals++
				if ok {
					refused++
				}
				continue
			}
			if ok {
				t.Errorf("%s %s: Uncovered(%q) = %q; the article answers it", name, c.ID, c.Q, g.Sentence)
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("refused %d of %d questions that must be refused (the rest name nothing uncovered)", refused, refusals)
	if refused < refusals/4 {
		t.Errorf("refused %d of %d; want at least a quarter", refused, refusals)
	}
}

// TestWorldData checks world.yaml itself: every UN member and observer is there once, with
// an ISO code, sorted, and the store's own countries are linked to it.
func TestWorldData(t *testing.T) {
	var wf worldFile
	if err := decodeYAML(worldYAML, &wf); err != nil {
		t.Fatal(err)
	}
	if len(wf.Countries) < 195 {
		t.Errorf("%d countries; want every UN member and observer", len(wf.Countries))
	}
	fold := strings.NewReplacer("ô", "o", "é", "e", "í", "i", "ã", "a", "ü", "u")
	sortKey := func(e worldEntry) string { return fold.Replace(strings.ToLower(e.Name)) }
	code := regexp.MustCompile(`^[A-Z]{2}$`)
	seen := map[string]string{}
	for i, e := range wf.Countries {
		if !code.MatchString(e.Code) {
			t.Errorf("%s: code %q is not ISO alpha-2", e.Name, e.Code)
		}
		if other, dup := seen[e.Code]; dup {
			t.Errorf("%s and %s share code %s", e.Name, other, e.Code)
		}
		seen[e.Code] = e.Name
		if i > 0 && sortKey(wf.Countries[i-1]) >= sortKey(e) {
			t.Errorf("countries not sorted: %s before %s", wf.Countries[i-1].Name, e.Name)
		}
	}
	for section, list := range map[string][]worldEntry{"organisations": wf.Organisations, "events": wf.Events} {
		for i := 1; i < len(list); i++ {
			if sortKey(list[i-1]) >= sortKey(list[i]) {
				t.Errorf("%s not sorted: %s before %s", section, list[i-1].Name, list[i].Name)
			}
		}
	}
	w := mustWorld(t)
	for _, e := range w.store.Entities() {
		if e.Kind != "country" {
			continue
		}
		if !slices.ContainsFunc(w.places, func(p *worldPlace) bool { return p.entity == e && !strings.HasPrefix(p.key, "world:") }) {
			t.Errorf("store country %s has no place", e.ID)
		}
		if _, ok := seen[e.ID]; !ok {
			t.Errorf("store country %s is not in world.yaml", e.ID)
		}
	}
}

// TestStoreLoaderIgnoresWorld: world.yaml sits beside the store's files but is not one.
func TestStoreLoaderIgnoresWorld(t *testing.T) {
	d, err := ReadData(EmbeddedFS())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Entities {
		if e.Name == "Zimbabwe" {
			t.Fatalf("the store read world.yaml's countries")
		}
	}
}

// BenchmarkUncovered measures the check on a mix of covered and uncovered questions; it runs
// on every free question, whose whole budget is 50 µs.
func BenchmarkUncovered(b *testing.B) {
	w := mustWorld(b)
	questions := []string{
		"What is the UK's view of China?",
		"Who is China's foreign minister?",
		"What does Japan want from NATO at the Madrid summit, and how does South Korea differ?",
		"What language is spoken in Spain?",
		"Why did South Korea file a complaint with the WTO over Japan's export controls?",
		"Who is Vladimir Putin?",
		"How do Japan and Australia cooperate on maritime security in the Indo-Pacific?",
		"Did the four leaders talk about Ukraine?",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		w.Uncovered(questions[i%len(questions)])
	}
}

// BenchmarkNewWorld is the one-off cost of relating world.yaml to the store.
func BenchmarkNewWorld(b *testing.B) {
	s := mustLoad(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewWorld(s); err != nil {
			b.Fatal(err)
		}
	}
}

// A not-given phrase holding a hedge is read without it, broader than written ("specific
// compensation plan" refused every question on a compensation plan), and a phrase twice is a
// slip: the world file is refused instead.
func TestNotGivenPhraseHoldsNoHedge(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		ok     bool
	}{
		{"specific sanctions", false},
		{"exactly which", false},
		{"which specific sanctions", false},
		{"which sanctions", true},
		{"weather", true},
		{"weather, weather", false},
	} {
		data := []byte("not_given:\n  - {name: things, phrases: [" + tc.phrase + "]}\n")
		_, err := newWorldFrom(mustLoad(t), data)
		if (err == nil) != tc.ok {
			t.Errorf("phrase %q: newWorldFrom error = %v, want ok %v", tc.phrase, err, tc.ok)
		}
	}
}

// A spread sequence needs two groups to stand apart, and no group or alternative empty.
func TestNotGivenSpreadIsChecked(t *testing.T) {
	for _, tc := range []struct {
		spread string
		ok     bool
	}{
		{"[[[north korea], [react, reacted]]]", true},
		{"[[[how many], [countries], [attended]]]", true},
		{"[[[north korea, pyongyang]]]", false},
		{"[[[north korea], []]]", false},
		{"[[[north korea], [specific]]]", false},
	} {
		data := []byte("not_given:\n  - {name: things, phrases: [weather], spread: " + tc.spread + "}\n")
		_, err := newWorldFrom(mustLoad(t), data)
		if (err == nil) != tc.ok {
			t.Errorf("spread %s: newWorldFrom error = %v, want ok %v", tc.spread, err, tc.ok)
		}
	}
}

func TestEmphasisAside(t *testing.T) {
	for _, tt := range []struct {
		q, aside, rest string
		ok             bool
	}{
		{"How did Pyongyang, and Kim Jong Un in particular, respond?", "Kim Jong Un", "How did Pyongyang respond?", true},
		{"What did the leaders, especially Kishida, say about China?", "Kishida", "What did the leaders say about China?", true},
		{"What did the leaders, in the end, say about China?", "", "What did the leaders, in the end, say about China?", false},
	} {
		aside, rest, ok := emphasisAside(tt.q)
		if aside != tt.aside || rest != tt.rest || ok != tt.ok {
			t.Errorf("emphasisAside(%q) = %q, %q, %v; want %q, %q, %v", tt.q, aside, rest, ok, tt.aside, tt.rest, tt.ok)
		}
	}
}
