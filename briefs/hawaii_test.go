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
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"who wen run da four country meeting, brah?", "kishida-moderates-four-country-meeting"},
		{"wat Japan wen do in July 2019 dat wen start da trade fight?", "japan-export-controls-july-2019"},
	})
}
