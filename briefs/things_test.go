package briefs

import (
	"slices"
	"testing"
)

// A comparison of two things is answered by what the article says of each, the comparison it
// draws first; a comparison of actors, or of one thing, is not such a question.
func TestThingsCompared(t *testing.T) {
	s := realStore(t)
	tests := []struct {
		q      string
		things []string
		first  []string // the answer's first facts
	}{
		{"How was the US-Japan-Korea meeting different from the four-country meeting in Madrid?", []string{"us-japan-rok-meeting-2022", "ap4-meeting-2022"},
			[]string{"trilateral-talks-focus-north-korea"}},
		{"How was the US-Japan-ROK meeting different from the four-country one?", []string{"us-japan-rok-meeting-2022", "ap4-meeting-2022"}, nil},
		{"What's the difference between how the US labels its alliance with Japan and its alliance with Australia?", []string{"us-japan-alliance", "us-australia-alliance"},
			[]string{"us-japan-alliance-cornerstone", "us-australia-alliance-cornerstone"}},
		// Two names sharing one plural noun are each read with it.
		{"How do the US-Japan and US-Australia alliances differ?", []string{"us-japan-alliance", "us-australia-alliance"},
			[]string{"us-japan-alliance-cornerstone", "us-australia-alliance-cornerstone"}},
		// Set against another meeting, "the trilateral" is the article's one, however its
		// members are named.
		{"How did the Washington–Tokyo–Seoul trilateral in Madrid differ in focus from the four-country meeting?", []string{"us-japan-rok-meeting-2022", "ap4-meeting-2022"},
			[]string{"trilateral-talks-focus-north-korea", "four-country-meeting-ukraine"}},
		{"How do Japan and South Korea differ on China?", nil, nil},
		{"How did the four-country meeting differ from what Japan wanted?", nil, nil},
	}
	for _, tt := range tests {
		if got := s.thingsCompared(tt.q); !slices.Equal(got, tt.things) {
			t.Errorf("thingsCompared(%q) = %v; want %v", tt.q, got, tt.things)
			continue
		}
		if ids := answerIDs(s, tt.q); len(ids) < len(tt.first) || !slices.Equal(ids[:len(tt.first)], tt.first) {
			t.Errorf("%q: answer %v; want it to open with %v", tt.q, ids, tt.first)
		}
	}
}

// A name that starts inside a shorter one and runs past it is the one meant: "the
// US-Japan-Korea meeting" is the meeting, not "the US".
func TestDistributed(t *testing.T) {
	tests := []struct{ q, want string }{
		{"how do the us-japan and us-australia alliances differ", "how do the us-japan alliance and us-australia alliance differ"},
		{"the trilateral and four-country meetings", "the trilateral meeting and four-country meeting"},
		{"how do japan and korea see their alliances", "how do japan and korea see their alliances"},
		{"japan and korea", "japan and korea"},
	}
	for _, tt := range tests {
		if got := distributed(tt.q); got != tt.want {
			t.Errorf("distributed(%q) = %q; want %q", tt.q, got, tt.want)
		}
	}
}

func TestNameAtPrefersTheLongerName(t *testing.T) {
	s := realStore(t)
	_, found := s.withoutNames("How was the US-Japan-Korea meeting different?")
	if len(found) != 1 || found[0].ID != "us-japan-rok-meeting-2022" {
		t.Errorf("names %v; want the trilateral meeting alone", found)
	}
}
