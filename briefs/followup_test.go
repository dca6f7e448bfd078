package briefs

import "testing"

// After a pair's answer, "why?" and "when?" stay on the pair: a reason or a date on one of
// them and others (Japan and South Korea's GSOMIA after Japan–Australia) is not theirs.
func TestFollowUpsStayOnThePair(t *testing.T) {
	s := realStore(t)
	shown := []string{"japan-australia-most-mature", "japan-australia-quasi-alliance", "japan-australia-firm-on-china"}
	pair := []string{"JP", "AU"}
	for name, b := range map[string]Brief{"why": s.Reasons(shown, pair), "when": s.Dates(shown, pair)} {
		facts := append(b.Facts(), b.Timeline...)
		if len(facts) == 0 {
			t.Errorf("%s: nothing", name)
		}
		for _, f := range facts {
			if !f.HasEntity("JP") || !f.HasEntity("AU") {
				t.Errorf("%s: %s does not name both Japan and Australia", name, f.ID)
			}
		}
	}
}
