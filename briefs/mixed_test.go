package briefs

import (
	"slices"
	"strings"
	"testing"
)

// A short quote's words are read, its marks kept apart; a sentence quoted whole is left as
// typed.
func TestWithQuotesApart(t *testing.T) {
	tests := []struct{ q, want string }{
		{"per 'frenare' la Cina?", "per | ' | frenare | ' | la | Cina?"},
		{"pro 'zhenshinam dlya utesheniya'?", "pro | ' | zhenshinam | dlya | utesheniya | '?"},
		{"“frenare” e «contenere»", "“ | frenare | ” | e | « | contenere | »"},
		{"'Nihon ni tadashii rekishi' tte itta", "'Nihon | ni | tadashii | rekishi' | tte | itta"}, // four words: a sentence quoted
		{"l'incontro di Madrid", "l'incontro | di | Madrid"},                                       // an elision, no quote
		{"il 'vertice di Madrid", "il | 'vertice | di | Madrid"},                                   // never closed
	}
	for _, tt := range tests {
		if got := strings.Join(withQuotesApart(strings.Fields(tt.q)), " | "); got != tt.want {
			t.Errorf("withQuotesApart(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	words := strings.Fields("una domanda senza virgolette")
	if got := withQuotesApart(words); !slices.Equal(got, words) {
		t.Errorf("withQuotesApart changed an unquoted question: %q", got)
	}
}

func TestQuotedWordsAreRead(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Perché il Giappone vuole 'frenare' la Cina?", "why the Japan wants 'curb' the China?"},
	})
}

// A question of French and Darija, the French words more, is read with both: Darija reads the
// words French leaves ("ta3", "tsignat", "ay 3am"). One word of another language left unread
// tells nothing: the Pidgin "afta" stays.
func TestRunnerUpReadsWordsLeft(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"GSOMIA ta3 le Japon w la Corée tsignat f ay 3am?", "GSOMIA of Japan and Korea was signed in which year?"},
		{"le Japon wach y9oul 3la les décisions ta3 la Corée f l'affaire ta3 les comfort women", "Japan says on the rulings of Korea in the issue of the comfort women"},
		{"pk l'affaire ta3 les travailleurs (travail forcé) mouhima bezzaf l la Corée?", "why the issue of the workers important a lot the Korea?"},
		{"wah Kim Jong Un do afta di three-way meeting?", "what Kim Jong Un do afta the three-way meeting?"},
		{"le Japon w l'Australie f ay domaines yet3awnou?", "Japan with Australia f ay areas yet3awnou?"}, // one marker left
	})
}
