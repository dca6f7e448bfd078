package briefs

import "testing"

// A word typed without its closing g, as spoken, is spelled with it when only that is a word
// the store reads; words that merely end in "in" stay as typed.
func TestWithGsSpoken(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"is tokyo still dischargin the waste water", "is tokyo still discharging the waste water"},
		{"why are they dumpin' it in the sea?", "why are they dumping it in the sea?"},
		{"Fightin over what, again?", "Fighting over what, again?"},
		{"the main worry in Berlin", "the main worry in Berlin"},
		{"where's seoul puttin its money?", "where's seoul putting its money?"}, // a doubled letter: only -ing words
		{"what did Putin make of it, within NATO?", "what did Putin make of it, within NATO?"},
		{"did seoul join the quad", "did seoul join the quad"},
	} {
		if got := s.withGsSpoken(tt.q); got != tt.want {
			t.Errorf("withGsSpoken(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
