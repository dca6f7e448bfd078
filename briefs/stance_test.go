package briefs

import (
	"slices"
	"strings"
	"testing"
)

func TestCheckSides(t *testing.T) {
	fact := func(stance string, sides ...[]string) *Fact {
		return &Fact{Entities: []string{"JP", "KR", "CN"}, Stance: stance, Sides: sides}
	}
	for _, tc := range []struct {
		name string
		f    *Fact
		want string // a problem that must be reported; "" for none
	}{
		{"no sides", fact(StanceDifference), ""},
		{"difference between two camps", fact(StanceDifference, []string{"JP"}, []string{"KR"}), ""},
		{"cooperation within a group", fact(StanceCooperation, []string{"JP", "KR"}), ""},
		{"sides without a stance", fact("", []string{"JP"}, []string{"KR"}), "sides without a stance"},
		{"stranger on a side", fact(StanceDifference, []string{"JP"}, []string{"US"}), `"US", which is not among the fact's entities`},
		{"one camp", fact(StanceDifference, []string{"JP", "KR"}), "two sides or more"},
		{"on both sides", fact(StanceDifference, []string{"JP", "KR"}, []string{"KR"}), `"KR" is on two sides`},
		{"cooperating alone", fact(StanceCooperation, []string{"JP"}), "cooperation needs two or more"},
	} {
		probs := strings.Join(checkSides(tc.f), "\n")
		switch {
		case tc.want == "" && probs != "":
			t.Errorf("%s: unexpected problems: %s", tc.name, probs)
		case tc.want != "" && !strings.Contains(probs, tc.want):
			t.Errorf("%s: problems %q lack %q", tc.name, probs, tc.want)
		}
	}
}

// TestRelationsStanceIsBetweenTheActorsAsked: a fact's stance counts under Cooperation or
// Differences only for the actors it holds between, never for the country it is about.
func TestRelationsStanceIsBetweenTheActorsAsked(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	group := func(b Brief, heading string) []string {
		var ids []string
		for _, g := range b.Groups {
			if g.Heading == heading {
				for _, it := range g.Items {
					ids = append(ids, it.Fact.ID)
				}
			}
		}
		return ids
	}
	for _, tc := range []struct {
		ids        []string
		fact       string
		wantStance string // "": background, under neither heading
	}{
		// Japan and South Korea differ over China: a Japan–Korea difference, not a Japan–China one.
		{ids: []string{"JP", "KR"}, fact: "japan-korea-differ-china-policy", wantStance: StanceDifference},
		{ids: []string{"JP", "CN"}, fact: "japan-korea-differ-china-policy"},
		// Keeping the US present to contain China is not US–China cooperation.
		{ids: []string{"US", "CN"}, fact: "japan-goal-retain-us-contain-china"},
		// US and Japanese policies closer to each other than to South Korea's: not Japan–Korea cooperation.
		{ids: []string{"JP", "KR"}, fact: "us-japan-closer-on-north-korea"},
		// China's setbacks with Japan and with Australia: not a Japan–Australia difference.
		{ids: []string{"JP", "AU"}, fact: "china-japan-australia-setbacks"},
		// South Korea, Australia and New Zealand criticising China: a difference with China,
		// none among the three.
		{ids: []string{"KR", "AU"}, fact: "other-three-criticised-china"},
		{ids: []string{"KR", "CN"}, fact: "other-three-criticised-china", wantStance: StanceDifference},
		// Japan–Korea discord that mentions the US is not a US–Japan difference.
		{ids: []string{"US", "JP"}, fact: "japan-korea-longstanding-differences"},
		{ids: []string{"JP", "KR"}, fact: "japan-korea-longstanding-differences", wantStance: StanceDifference},
		// A place the actors dispute is what they differ about, not a party.
		{ids: []string{"JP", "KR"}, fact: "dokdo-territorial-dispute", wantStance: StanceDifference},
		{ids: []string{"JP", "dokdo"}, fact: "dokdo-territorial-dispute"},
	} {
		f := s.factByID[tc.fact]
		if f == nil {
			t.Fatalf("no fact %s", tc.fact)
		}
		if got := s.stanceAmong(f, tc.ids); got != tc.wantStance {
			t.Errorf("stance of %s among %v = %q; want %q", tc.fact, tc.ids, got, tc.wantStance)
		}
		b := s.Relations(tc.ids)
		in := slices.Contains(group(b, "Cooperation"), tc.fact) || slices.Contains(group(b, "Differences"), tc.fact)
		if tc.wantStance == "" && in {
			t.Errorf("/relations %v lists %s under Cooperation or Differences", tc.ids, tc.fact)
		}
	}
}
