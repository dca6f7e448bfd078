package briefs

import "testing"

// Hawaii Pidgin: its words are read in English in a question told as Hawaii Pidgin, by two of
// its markers, one word no English question holds, or a pair of words only it has ("wen"
// before a verb, "wat da", "da kine").
func TestHawaiiPidginInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"brah, wat kine deal Tokyo and Canberra wen sign?", "what kind of deal Tokyo and Canberra signed?"},
		{"Who Seoul wen send ova to Tokyo befo Yoon took office?", "Who Seoul sent over to Tokyo before Yoon took office?"},
		{"Did da leaders meet in Madrid?", "Did da leaders meet in Madrid?"}, // "da" alone is no Hawaii Pidgin question
		{"wat dey wen talk story about at da four country meeting?", "what they talked about at the four country meeting?"},
		{"how come Japan stay trying fo curb China?", "how come Japan is trying to curb China?"},
		// "wen" before a noun asks when, before a verb tells the past, where patois's "wen" is when.
		{"wen Japan wen tighten da export controls?", "when Japan tightened the export controls?"},
		{"how many days da summit wen go?", "how many days the summit lasted?"},
		// "da" before an English word, "mo" before an adjective, "o wat": pairs only Hawaii Pidgin has.
		{"how come korea mo chill wit china den japan?", "how come korea more relaxed with china than japan?"},
		{"da four countries going make one new alliance, o wat?", "the four countries going to make a new alliance, or what?"},
		{"Japan an Australia work togetha on wat kine stuff?", "Japan and Australia work together on what kind of stuff?"},
		{"da oddah three countries wen agree fo explore wat wit Japan?", "the other three countries agreed to explore what with Japan?"},
		// "stay" before an adjective or a verb's "-ing", or closing the question, is is.
		{"wat japan stay worry bout wit north korea?", "what japan is worried about with north korea?"},
		{"how big dat Dokdo island stay?", "how big that Dokdo island is?"},
		{"wat Canberra stay focusing on diplomacy-wise?", "what Canberra is focusing on diplomacy-wise?"},
		// "dose", "ting" and "aftah" are Hawaii Pidgin's too, where patois's "wen" is when.
		{"How come dose flights wen stop in da first place?", "How come those flights stopped in the first place?"},
		{"When Japan wen start da export control ting on Korea?", "When Japan started the export control thing on Korea?"},
		{"How Korea wen hit back aftah Japan wen tighten up da exports?", "How Korea hit back after Japan tightened up the exports?"},
		// "how dey" is how they, where Nigerian Pidgin's "dey" is is.
		{"back when da progressives was running Korea, how dey feel bout US Japan Korea cooperation?",
			"back when the progressives was running Korea, how they feel about US Japan Korea cooperation?"},
		{"Japan an Australia going stop doing business wit China altogether?", "Japan and Australia going to stop doing business with China altogether?"},
		{"how come Korea mo easy on China den Japan?", "how come Korea softer on China than Japan?"},
		{"Round da time Yoon took ova, wat Japan wen complain about?", "around the time Yoon took over, what Japan complained about?"},
		{"brudda, dis summit mo bettah den da last one o wat?", "this summit better than the last one or what?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"who wen run da four country meeting, brah?", "kishida-moderates-four-country-meeting"},
		{"wat Japan wen do in July 2019 dat wen start da trade fight?", "japan-export-controls-july-2019"},
	})
}
