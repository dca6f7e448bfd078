package briefs

import "testing"

// Mandarin typed in pinyin without tones and mixed in: read in English, its phrases whole
// ("ji sui", how old; "duo jiu", how long).
func TestPinyinMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Gimpo-Haneda hangxian tingfei le duo jiu a?", "Gimpo-Haneda air route suspended how long a?"},
		{"Gei wo jiangjiang Ri Han de daoyu zhengyi ba", "tell me about Japan South Korea island dispute"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Zhe pian wenzhang de bianji shi shei ne?", "article-editor-outlook"},
		{"Hanguo weishenme kangyi Riben de waijiao lanpishu (Diplomatic Bluebook) ne?", "dokdo-korea-protests-bluebook"},
	})
}
