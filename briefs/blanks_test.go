package briefs

import "testing"

// A blank in a statement asks what fills it: a count before a plural noun, a day after a
// month, a year after "year", who after an office; what, otherwise, and after "deputy" or
// "vice". A prompt to fill it in is no part of what is asked. A question asking in
// words of its own keeps its blank, read as no word.
func TestWithBlanksAsked(t *testing.T) {
	checkRewrites(t, "withBlanksAsked", withBlanksAsked, []struct{ q, want string }{
		{"Japan keeps ____ troops in Australia.", "Japan keeps how many troops in Australia?"},
		{"Hayashi reached Seoul on May ___, 2022.", "Hayashi reached Seoul on what day of May, 2022?"},
		{"GSOMIA was signed in the year _____.", "GSOMIA was signed in what year?"},
		{"South Korea's defence minister ______ agreed to the drills.", "South Korea's defence minister who agreed to the drills?"},
		{"Seoul took its complaint to the ____, ____ or ____.", "Seoul took its complaint to the what?"},
		{"Japan calls the island '_____'.", "Japan calls the island 'what'?"},
		{"Thirteen letters: 'national ____', which Japan seeks?", "Thirteen letters: 'national ____', which Japan seeks?"},
		{"What does Japan call Dokdo?", "What does Japan call Dokdo?"},
		{"Fill in the blanks: Japan's vice ____ ministers met.", "Japan's vice what ministers met?"}, // the prompt says only that there is a blank
		{"Complete the sentence - Seoul took its complaint to the ____.", "Seoul took its complaint to the what?"},
	})
	s := realStore(t)
	checkAnswered(t, s, []answered{
		{"Japan keeps ____ troops in Australia.", false}, // the article gives no count
		{"Seoul took its complaint to the ____.", true},  // the WTO
		{"Fill in the gap: the Madrid summit lasted ___ days.", true},
	})
}
