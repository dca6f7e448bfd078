package briefs

import "testing"

// Dutch mixed in: read in English in a question told as Dutch, an asking word parted from
// the particle closing the question ("waar … over") read as the two together.
func TestDutchMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Waar ging het gesprek tussen Kishida en Yoon over?", "what was the talks between Kishida and Yoon about?"},
		{"Waar werd de NAVO-top gehouden?", "where was the NATO summit held?"},
		{"What did Yoon say over het dinner?", "What did Yoon say over het dinner?"}, // one word is no Dutch question
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Welke Koreaanse industrie werd het hardst getroffen door de exportcontroles?", "export-controls-blow-to-korea-ict"},
		{"Wie heeft Japan naar de inauguratie van Yoon gestuurd?", "hayashi-inauguration-kishida-letter"},
	})
}
