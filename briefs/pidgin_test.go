package briefs

import "testing"

// Nigerian Pidgin: its words are read in English in a question told as Pidgin, by two of its
// markers or one word no English question holds.
func TestPidginInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Wetin Seoul dey vex about?", "what Seoul angry about?"},
		{"Which kontri no fit leave China?", "Which country cannot leave China?"},
		{"Did di leaders meet in Madrid?", "Did di leaders meet in Madrid?"}, // one marker is no Pidgin question
		{"When be di last time dem sidon together?", "when was the last time they sat together?"},
		{"Di four leaders discuss China abi dem dodge am?", "the four leaders discuss China or did they dodge it?"},
		{"Oga, wetin Moscow talk about dat summit?", "what Moscow said about that summit?"},
		// "wey" tells Pidgin over patois, which shares "di"; "abi" tells it alone.
		{"Who be New Zealand PM wey di article quote?", "Who is New Zealand PM that the article quote?"},
		{"Abi Tokyo and Canberra fit cut China off completely?", "Tokyo and Canberra can cut China off completely?"},
		{"After Korea announce say GSOMIA go end, wetin happen?", "After Korea announced that GSOMIA would end, what happen?"},
		{"Dat four country meeting, e get real substance or na just show?", "that four country meeting, does it have real substance or is it just show?"},
		// "kontris" and "commot" tell Pidgin alone; "how far" greets.
		{"How far, which kontris NATO invite?", ", which countries NATO invite?"},
		{"Wetin kind deal Tokyo and Canberra sign, and which two kontris get cooperation wey pass the others?", "what kind of deal Tokyo and Canberra sign, and which two countries have cooperation greater than the others?"},
		// To "use press" someone is to use something to pressure them.
		{"Wetin Japan dey use press North Korea?", "what Japan use to pressure North Korea?"},
		{"Wetin Tokyo use press Pyongyang?", "what Tokyo use to pressure Pyongyang?"},
		// "yan" is talk and marks Pidgin; "der" is there; "d", texted, is the; "togeda" together.
		{"Kishida yan anything about China for di summit?", "Kishida say anything about China in the summit?"},
		{"Di four leaders meet; wetin dem yan about for der?", "the four leaders meet; what they talked about in there?"},
		{"Who be di PM for dis story, d article write am?", "Who is the PM in this story, the article write it?"},
		{"Wetin Japan and Australia don sign togeda", "what Japan and Australia sign together"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Wetin Japan dey fear for North Korea matter?", "japan-concerns-missiles-kidnapping"},
		{"Abeg, who moderate dat four-kontri meeting?", "kishida-moderates-four-country-meeting"},
	})
}
