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
