package briefs

import "testing"

// Italian mixed in: its words are read in English in a question told as Italian, its elided
// articles put apart first; a question sharing "la" and "del" with Spanish is told by the
// words only Italian writes.
func TestItalianMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Chi ha moderato l'incontro dei quattro paesi?", "who moderated the meeting of the four countries?"},
		{"Perché la Corea del Sud teme il governo Yoon?", "why the South Korea fears the Yoon government?"},
		{"What did Italy del Monte say?", "What did Italy del Monte say?"}, // one word is no Italian question
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Quale lettera ha portato Hayashi all'insediamento di Yoon?", "hayashi-inauguration-kishida-letter"},
		{"Cosa ha chiesto Kishida ai quattro paesi riguardo ai vertici della NATO?", "kishida-regular-nato-participation"},
	})
}
