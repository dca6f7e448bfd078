package briefs

import (
	"slices"
	"testing"
)

// Jamaican patois: its words are read in English in a question told as patois, by two of its
// markers or one word no English question holds.
func TestPatoisInEnglish(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"Wha mek Tokyo so vex bout di island?", "why Tokyo so angry about the island?"},
		{"Who Seoul sen go Tokyo fi talk pon di labour ting?", "Who Seoul send go Tokyo to talk on the labour thing?"},
		{"Did Biden meet Moon an Kishida at di time?", "Did Biden meet Moon an Kishida at di time?"}, // one marker is no patois question
	} {
		if got := withChatSpelledOut(tt.q); got != tt.want {
			t.Errorf("withChatSpelledOut(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	s := realStore(t)
	for _, tt := range []struct{ q, want string }{
		{"Wah Japan a do fi contain China, accordin to di writer?", "japan-goal-retain-us-contain-china"},
		{"Wha mek Japan cyaan drop China completely?", "japan-australia-cannot-abandon-china"},
	} {
		if ids := answerIDs(s, tt.q); !slices.Contains(ids, tt.want) {
			t.Errorf("%q = %v, want %s among them", tt.q, ids, tt.want)
		}
	}
}
