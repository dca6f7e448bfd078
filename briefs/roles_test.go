package briefs

import (
	"slices"
	"testing"
)

// A question about the place countries hold for another is answered by what the article says
// of each with it alone: the cornerstone, the outpost, the South Pacific; any other question is
// searched as usual.
func TestRoles(t *testing.T) {
	s := realStore(t)
	tests := []struct {
		q      string
		holder string
		facts  []string // the answer's first facts, in order
	}{
		{"south korea's place in US strategy", "US", []string{"korea-us-outpost-northeast-asia"}},
		// Asked of the author's or the article's words, in a strategic layout.
		{"How does the author describe Seoul's place in US strategy, compared with Tokyo?", "US", []string{"korea-us-outpost-northeast-asia", "us-japan-alliance-cornerstone"}},
		{"By contrast, how does the author depict the places of Seoul and Wellington within Washington's strategic layout?", "US", []string{"korea-us-outpost-northeast-asia", "new-zealand-role-limited-south-pacific"}},
		{"what is australia's role for the US", "US", []string{"us-australia-alliance-cornerstone"}},
		{"where does new zealand fit in washington's plans compared to the other three?", "US", []string{"new-zealand-role-limited-south-pacific"}},
		{"Of Japan, South Korea, Australia and New Zealand, which does the US lean on most and which least?", "US", []string{
			"us-japan-alliance-cornerstone", "korea-us-outpost-northeast-asia", "us-australia-alliance-cornerstone", "new-zealand-role-limited-south-pacific"}},
		{"rank japan, korea and nz by how close they are to biden", "US", []string{
			"us-japan-alliance-cornerstone", "korea-us-outpost-northeast-asia", "new-zealand-role-limited-south-pacific"}},
		{"How does the US role for Japan differ from its role for New Zealand?", "US", []string{
			"us-japan-alliance-cornerstone", "new-zealand-role-limited-south-pacific"}},
		{"where does seoul rank compared with tokyo in us strategy", "US", []string{
			"korea-us-outpost-northeast-asia", "us-japan-alliance-cornerstone"}},
		// Whose scheme a place is asked in holds it, not the country named last ("to Tokyo");
		// places "understood" in a layout are held in it too.
		{"How does the author characterise Seoul's place within Washington's strategic scheme, as compared with the standing accorded to Tokyo?", "US", []string{
			"korea-us-outpost-northeast-asia", "us-japan-alliance-cornerstone"}},
		{"How are the respective roles of Seoul and Wellington understood within America's strategic layout?", "US", []string{
			"korea-us-outpost-northeast-asia", "new-zealand-role-limited-south-pacific"}},
		{"What role did Japan play in the Madrid meeting?", "", nil},                     // a place, and one country
		{"how do japan and korea see china", "", nil},                                    // no one country the others share a fact with alone
		{"How important is trilateral cooperation to the US, Japan and Korea?", "", nil}, // asks about cooperation
	}
	for _, tt := range tests {
		holder, _, ok := s.rolesAsked(tt.q, s.index.queryTerms(tt.q))
		if holder != tt.holder || ok != (tt.holder != "") {
			t.Errorf("rolesAsked(%q) = %q, %v; want %q", tt.q, holder, ok, tt.holder)
			continue
		}
		if !ok {
			continue
		}
		if ids := answerIDs(s, tt.q); len(ids) < len(tt.facts) || !slices.Equal(ids[:len(tt.facts)], tt.facts) {
			t.Errorf("%q: answer %v; want it to open with %v", tt.q, ids, tt.facts)
		}
	}
}
