package briefs

import "testing"

func TestWithAfterAsWant(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"What is Japan really after?", "What does Japan want?"},
		{"What's Tokyo after in all this?", "What does Tokyo want?"},
		{"What is it Japan is really after in all this? I think the writer says there are two main goals, doesn't he?",
			"What does Japan want? I think the writer says there are two main goals, doesn't he?"},
		{"what are the Americans after", "What do the Americans want"},
		{"What are they after?", "What do they want?"},
		// "after" followed by what it is after in time is no such question.
		{"What was Japan after the summit?", "What was Japan after the summit?"},
		{"What is the next step after Madrid?", "What is the next step after Madrid?"},
		{"What is Japan's position after the ruling?", "What is Japan's position after the ruling?"},
		{"What happened after?", "What happened after?"},
	} {
		if got := withAfterAsWant(tt.q); got != tt.want {
			t.Errorf("withAfterAsWant(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestAnswerWhatSomeoneIsAfter(t *testing.T) {
	s := realStore(t)
	for _, q := range []string{"What is Japan really after?", "What's Tokyo after in all this?"} {
		ids := answerIDs(s, q)
		if len(ids) == 0 || ids[0] != "japan-goal-post-war-system" && ids[0] != "japan-goal-retain-us-contain-china" {
			t.Errorf("%q: answer %v does not lead with Japan's goals", q, ids)
		}
	}
}
