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
		// A request to name asks for the noun it names, not for who did something to it.
		{"Name the shrine visited by Japanese officials.", false},
		{"Name the shrine: visits to it by Japanese officials stir anti-Japanese sentiment in South Korea.", false},
		{"Name the minister who visited Yasukuni.", true},
		{"What was the name of the police chief who landed on Dokdo?", true},
		{"Does the article give a name for the South Korean police commissioner who landed on Dokdo?", true},
		{"Name the Japanese foreign minister sent to Yoon's inauguration.", true},
	} {
		if got := asksHolder(strings.Fields(normalizeName(c.q))); got != c.want {
			t.Errorf("asksHolder(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
