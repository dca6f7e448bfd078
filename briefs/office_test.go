package briefs

import (
	"strings"
	"testing"
)

// asksHolder reads whether a question asks who holds an office, not what an office holder
// did or visited.
func TestAsksHolder(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"Which Japanese minister visited Yasukuni?", true},
		{"Which of the ministers visited Yasukuni?", true},
		{"Who is New Zealand's leader?", true},
		{"Which shrine do Japanese officials visit?", false},
		// The "do" left out: the shrine is still what is asked.
		{"Which temple the Japanese officials visit that make the Koreans angry?", false},
		{"Which leaders met in Madrid?", false},
		// A leader before a meeting noun names the meeting.
		{"Who ran the four-leader session with Australia and New Zealand?", false},
		{"Who chaired the leaders' meeting of the four?", false},
	} {
		if got := asksHolder(strings.Fields(normalizeName(c.q))); got != c.want {
			t.Errorf("asksHolder(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
