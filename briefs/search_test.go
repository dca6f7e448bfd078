package briefs

import (
	"strings"
	"testing"
)

func TestIsVariant(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"complain", "complaint", true}, // derivation the stemmer keeps apart
		{"abolish", "abolit", true},     // "abolish", "abolition"
		{"critic", "criticis", true},
		{"defenc", "defens", true},
		{"japan", "japanes", true},
		{"control", "contribut", false}, // shared start, different words
		{"inter", "interest", false},    // extends by more than two letters
		{"korea", "korea", true},
		{"war", "ward", false}, // too short to guess at
		{"strat", "strategi", false},
	} {
		if got := isVariant(tc.a, tc.b); got != tc.want {
			t.Errorf("isVariant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := isVariant(tc.b, tc.a); got != tc.want {
			t.Errorf("isVariant(%q, %q) = %v, want %v (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestSearchReadsDerivations asks questions worded differently from the facts that answer
// them: the stemmer alone would leave the key word unmatched, weighing as an unknown word,
// and the bot would refuse a question its store answers.
func TestSearchReadsDerivations(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ question, want string }{
		{"Why did South Korea complain to the WTO?", "filed a complaint with the WTO"},
		{"When did South Korea abolish GSOMIA?", "announced the abolition of GSOMIA"},
	} {
		hits := s.Search(tc.question, MaxAnswerFacts)
		if len(hits) == 0 {
			t.Errorf("%q: no answer", tc.question)
			continue
		}
		if !strings.Contains(hits[0].Fact.Text, tc.want) {
			t.Errorf("%q: first fact %q, want one saying %q", tc.question, hits[0].Fact.Text, tc.want)
		}
	}
}

// TestSearchRefuses: a question about something the article never mentions gets nothing,
// variants or not.
func TestSearchRefuses(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"What is the weather in Madrid?",
		"Who won the 2022 World Cup?",
		"What is AUKUS?",
		"What is Japan's stance on Taiwan?",
		"What did Albanese say at the summit?",
	} {
		if hits := s.Search(q, MaxAnswerFacts); len(hits) != 0 {
			t.Errorf("%q answered with %q; the article has nothing on it", q, hits[0].Fact.Text)
		}
	}
}
