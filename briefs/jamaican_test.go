package briefs

import "testing"

// Jamaican patois: its words are read in English in a question told as patois, by two of its
// markers or one word no English question holds.
func TestPatoisInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Wha mek Tokyo so vex bout di island?", "why Tokyo so angry about the island?"},
		{"Who Seoul sen go Tokyo fi talk pon di labour ting?", "Who Seoul send go Tokyo to talk on the labour thing?"},
		{"Did Biden meet Moon an Kishida at di time?", "Did Biden meet Moon an Kishida at di time?"}, // one marker is no patois question
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Wah Japan a do fi contain China, accordin to di writer?", "japan-goal-retain-us-contain-china"},
		{"Wha mek Japan cyaan drop China completely?", "japan-australia-cannot-abandon-china"},
	})
}
