package runes

import (
	"testing"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	tests := []struct {
		name, s string
		n       int
		mark    string
		want    string
	}{
		{"fits", "abc", 3, "…", "abc"},
		{"fits in runes, not in bytes", "日本語", 3, "…", "日本語"},
		{"cut with a mark", "abcdef", 4, "…", "abc…"},
		{"cut without a mark", "abcdef", 4, "", "abcd"},
		{"cut between multibyte runes", "日本語です", 3, "…", "日本…"},
		{"cut without a mark, multibyte", "日本語です", 3, "", "日本語"},
		{"a mark of several runes", "abcdefgh", 6, " (…)", "ab (…)"},
		{"a mark longer than n is left off", "abcdef", 2, " (…)", "ab"},
		{"a mark as long as n", "abcdef", 1, "…", "…"},
		{"zero", "abc", 0, "…", ""},
		{"negative", "abc", -1, "", ""},
		{"empty", "", 0, "…", ""},
		{"invalid bytes count as one rune each", "a\xffb\xffc", 3, "", "a\xffb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clip(tt.s, tt.n, tt.mark)
			if got != tt.want {
				t.Errorf("Clip(%q, %d, %q) = %q; want %q", tt.s, tt.n, tt.mark, got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > max(tt.n, 0) {
				t.Errorf("Clip(%q, %d, %q) is %d runes long", tt.s, tt.n, tt.mark, n)
			}
		})
	}
}

func FuzzClip(f *testing.F) {
	f.Add("héllo wörld", 5, "…")
	f.Fuzz(func(t *testing.T, s string, n int, mark string) {
		got := Clip(s, n, mark)
		if utf8.RuneCountInString(got) > max(n, 0) {
			t.Fatalf("Clip(%q, %d, %q) = %q: longer than %d", s, n, mark, got, n)
		}
		if utf8.RuneCountInString(s) <= n && got != s {
			t.Fatalf("Clip(%q, %d, %q) = %q: cut text that fits", s, n, mark, got)
		}
	})
}
