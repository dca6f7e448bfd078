package briefs

import (
	"strings"
	"testing"
)

// A question asking how a part of the article is headed is answered with the heading, as the
// article gives it, before the fact that stands for the part.
func TestHeadingAsked(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct {
		q, lead  string // lead "" when the question asks no heading
		answered bool
	}{
		{"What is the exact heading of the article's third section?", "Part three of the article is headed “The four countries are on the same stage, and their differences are obvious”.", true},
		{"Section one headline, exact wording?", "Part one of the article is headed “Is the trip to Madrid just a show?”", true},
		{"What is part two of the article titled?", "Part two of the article is headed “It’s easy to express goodwill to each other, but it’s difficult to dispel past grievances”.", true},
		{"What is the heading of section four?", "The article has three parts, and no part four.", false},
		{"What was Kishida's title at the summit?", "", false},
		{"Where are the alliances heading, according to part three?", "", false},
	} {
		b, ok := s.headingAsked(tt.q)
		if ok != (tt.lead != "") || b.Lead != tt.lead || b.Empty() == tt.answered {
			t.Errorf("headingAsked(%q) = %q, %d groups, %v; want %q, answered %v", tt.q, b.Lead, len(b.Groups), ok, tt.lead, tt.answered)
		}
		if tt.answered && !strings.Contains(s.Answer(tt.q).Lead, "headed") {
			t.Errorf("Answer(%q) does not lead with the heading", tt.q)
		}
	}
}
