package briefs

import (
	"slices"
	"strings"
	"testing"
)

// Where three or more countries stand on one actor, or two set side by side as equal ("as
// tough as"), is answered by each one's position on it; a list of countries seen by another,
// or a question that asks more, is not such a question.
func TestStances(t *testing.T) {
	s := realStore(t)
	tests := []struct {
		q     string
		sides []string
		on    string
		facts []string // the answer, in order
	}{
		{"Compare how Japan, South Korea, Australia and New Zealand handle China.", []string{"JP", "KR", "AU", "NZ"}, "CN", []string{
			"japan-nato-purpose-china", "korea-positive-attitude-china", "japan-australia-firm-on-china", "ardern-cooperate-with-china"}},
		{"which of the four asia pacific partners is most hawkish on china?", []string{"JP", "KR", "AU", "NZ"}, "CN", nil},
		{"compare kishida, yoon and ardern on china", []string{"JP", "KR", "NZ"}, "CN", []string{
			"japan-nato-purpose-china", "korea-positive-attitude-china", "ardern-cooperate-with-china"}},
		{"compare how washington sees japan, australia and south korea", nil, "", nil}, // a viewer and a list
		{"How do Japan and South Korea differ on China?", nil, "", nil},                // two sides: bothSides
		{"Did Japan, Korea, Australia and New Zealand criticise China at the summit?", nil, "", nil},
		// Two sides set side by side as equal: each one's line, the actor they are on named
		// between them or last; a line the article gives a reason for, with its reason, and
		// the other's line it sets against it ("while").
		{"Seoul is as hawkish on Beijing as Tokyo is, right?", []string{"KR", "JP"}, "CN", []string{
			"korea-positive-attitude-china", "korea-economic-dependence-china", "japan-curbs-china-via-alliance-quad", "japan-nato-purpose-china"}},
		{"Is Seoul as tough as Tokyo on Beijing?", []string{"KR", "JP"}, "CN", nil},
		// A former leader's government stands for its own line then, not the country's now.
		{"Surely Moon's government was as hawkish on Pyongyang as Tokyo is?", []string{"moon-jae-in", "JP"}, "KP", []string{
			"moon-government-dialogue", "japan-tough-line-sanctions"}},
		{"Is Seoul as tough on Beijing as Tokyo on trade?", nil, "", nil}, // asks more than their lines
	}
	for _, tt := range tests {
		sides, on, ok := s.stancesAsked(tt.q, s.readNames(tt.q, nil, nil), s.index.queryTerms(tt.q), strings.Fields(normalizeName(tt.q)))
		if !slices.Equal(sides, tt.sides) || on != tt.on || ok != (tt.sides != nil) {
			t.Errorf("stancesAsked(%q) = %v, %q, %v; want %v, %q", tt.q, sides, on, ok, tt.sides, tt.on)
			continue
		}
		if tt.facts != nil {
			if ids := answerIDs(s, tt.q); !slices.Equal(ids, tt.facts) {
				t.Errorf("%q: answer %v; want %v", tt.q, ids, tt.facts)
			}
		}
	}
}
