package briefs

import "strings"

// asksDiscussed reports whether a question's words (normalizeName's) ask what was discussed:
// "What did Hayashi and Yoon talk about?", "Which topics did the four leaders discuss?". Not
// who talked about something ("Which former minister talked about history?"), nor a meeting
// named as discussions ("What role did Kishida assume during the four-way discussions?").
func asksDiscussed(words []string) bool {
	wh := -1
	for i, w := range words {
		switch {
		case (w == "what" || w == "which") && wh < 0:
			wh = i
		case wh >= 0 && (w == "did" || w == "do" || w == "does" || w == "will" || w == "would"):
			for j, v := range words[i+1:] {
				if strings.HasPrefix(v, "discuss") && v != "discussions" && v != "discussion" || (v == "talk" || v == "talked" || v == "chat" || v == "chatted") && i+2+j < len(words) && words[i+2+j] == "about" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// discussionWords tell what was discussed, or what talks were on.
var discussionWords = []string{"discuss", "talk", "focus", "exchang", "touch", "topic", "agenda", "raised"}

// tellsDiscussion reports whether f tells what was discussed (see discussionWords).
func tellsDiscussion(f *Fact) bool {
	text := strings.ToLower(f.Text)
	for _, w := range discussionWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
