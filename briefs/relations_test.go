package briefs

import (
	"slices"
	"strings"
	"testing"
)

// The actors an analyst would ask about in pairs.
var analystActors = []string{"JP", "KR", "AU", "NZ", "US", "CN"}

func realStore(t testing.TB) *Store {
	t.Helper()
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Every pair's answer is about that pair: no group-wide fact among Cooperation or
// Differences, at most one group line, nothing twice, and every page reachable.
func TestRelationsEveryPairIsAboutThePair(t *testing.T) {
	s := realStore(t)
	for i, a := range analystActors {
		for _, b := range analystActors[i+1:] {
			ids := []string{a, b}
			qc := s.countryCount(ids)
			first := s.RelationsPage(ids, 1)
			seenAcrossPages := map[string]int{}
			for page := 1; page <= first.Pages; page++ {
				br := s.RelationsPage(ids, page)
				if br.Empty() {
					t.Errorf("%s–%s page %d of %d is empty", a, b, page, first.Pages)
				}
				inAnswer := map[*Fact]bool{}
				groupLines := 0
				for _, g := range br.Groups {
					for _, it := range g.Items {
						if inAnswer[it.Fact] {
							t.Errorf("%s–%s page %d shows %s twice", a, b, page, it.Fact.ID)
						}
						inAnswer[it.Fact] = true
						seenAcrossPages[it.Fact.ID]++
						if (g.Heading == "Cooperation" || g.Heading == "Differences") && s.groupWide(it.Fact, s.SortEntityIDs(ids), qc) {
							t.Errorf("%s–%s: group-wide fact %s fills %s", a, b, it.Fact.ID, g.Heading)
						}
					}
					if g.Heading == "Shared by all four partners" || g.Heading == "Shared with a wider group" {
						groupLines += len(g.Items)
					}
				}
				for _, f := range br.Timeline {
					if inAnswer[f] {
						t.Errorf("%s–%s: timeline repeats %s", a, b, f.ID)
					}
				}
				if groupLines > 1 {
					t.Errorf("%s–%s page %d has %d group-wide lines, want at most 1", a, b, page, groupLines)
				}
			}
			for id, n := range seenAcrossPages {
				if n > 1 {
					t.Errorf("%s–%s: %s shown on %d pages", a, b, id, n)
				}
			}
		}
	}
}

func TestRelationsLeadsWithWhatTheArticleStresses(t *testing.T) {
	s := realStore(t)
	tests := []struct {
		a, b       string
		firstGroup string
		want       []string // fact ids page 1 must show
	}{
		{"JP", "CN", "Differences", []string{"japan-curbs-china-via-alliance-quad", "japan-goal-retain-us-contain-china"}},
		{"KR", "CN", "Cooperation", []string{"korea-positive-attitude-china"}},
		{"JP", "KR", "Differences", []string{"dokdo-japan-protests-korean-survey", "dokdo-korea-protests-bluebook", "korea-moderate-approach-north-korea", "japan-tough-line-sanctions"}},
		{"JP", "AU", "Cooperation", []string{"japan-australia-most-mature"}},
	}
	for _, tt := range tests {
		br := s.Relations([]string{tt.a, tt.b})
		if len(br.Groups) == 0 || br.Groups[0].Heading != tt.firstGroup {
			t.Errorf("%s–%s: first group %v, want %s", tt.a, tt.b, headings(br), tt.firstGroup)
		}
		shown := map[string]bool{}
		for _, f := range br.Facts() {
			shown[f.ID] = true
		}
		for _, id := range tt.want {
			if s.Fact(id) == nil {
				t.Errorf("no fact %s in the store", id)
				continue
			}
			if !shown[id] {
				t.Errorf("%s–%s page 1 lacks %s", tt.a, tt.b, id)
			}
		}
	}
}

// When each side acted against the other, the two acts stand next to each other.
func TestRelationsShowsBothSidesTogether(t *testing.T) {
	s := realStore(t)
	br := s.Relations([]string{"JP", "KR"})
	var order []string
	for _, g := range br.Groups {
		if g.Heading == "Differences" {
			for _, it := range g.Items {
				order = append(order, it.Fact.ID)
			}
		}
	}
	for _, pair := range [][2]string{
		{"dokdo-japan-protests-korean-survey", "dokdo-korea-protests-bluebook"},
		{"japan-white-list-removal-proposal", "korea-removes-japan-white-list"},
	} {
		i, j := slices.Index(order, pair[0]), slices.Index(order, pair[1])
		if i < 0 || j < 0 || (i-j != 1 && j-i != 1) {
			t.Errorf("%s at %d and %s at %d, want them adjacent in %v", pair[0], i, pair[1], j, order)
		}
	}
}

func headings(b Brief) []string {
	var out []string
	for _, g := range b.Groups {
		out = append(out, g.Heading)
	}
	return out
}

// An actor's brief has a section for each subject its own facts cover, its own positions
// first, and leaves out facts about pairs it is not part of.
func TestEntityBriefSectionsAndOwnPositions(t *testing.T) {
	s := realStore(t)
	tests := []struct {
		id       string
		sections []string // headings page 1 must have
		absent   []string // fact ids it must not show
	}{
		{"JP", []string{"North Korea", "China", "History"}, nil},
		{"KR", []string{"North Korea", "China"}, nil},
		{"AU", []string{"China"}, []string{"japan-korea-weakest-link"}},
	}
	for _, tt := range tests {
		b := s.EntityBrief(tt.id)
		have := map[string]Group{}
		for _, g := range b.Groups {
			have[g.Heading] = g
		}
		for _, h := range tt.sections {
			g, ok := have[h]
			if !ok {
				t.Errorf("/country %s lacks a %q section: %v", tt.id, h, headings(b))
				continue
			}
			for i := 1; i < len(g.Items); i++ {
				if s.ownPosition(g.Items[i].Fact, tt.id) && !s.ownPosition(g.Items[i-1].Fact, tt.id) {
					t.Errorf("/country %s %q shows %s before its own position %s", tt.id, h, g.Items[i-1].Fact.ID, g.Items[i].Fact.ID)
				}
			}
		}
		for _, f := range b.Facts() {
			if slices.Contains(tt.absent, f.ID) {
				t.Errorf("/country %s shows %s, a fact about another pair", tt.id, f.ID)
			}
		}
	}
}

func TestTextSubject(t *testing.T) {
	s := realStore(t)
	tests := map[string]string{
		"japan-tough-line-sanctions":          "JP",
		"korea-removes-japan-white-list":      "KR",
		"gsomia-abolition-august-2019":        "KR",
		"korea-focus-security-reunification":  "KR",
		"korea-moderate-approach-north-korea": "KR",
		"japan-korea-differ-china-policy":     "",
		"dokdo-territorial-dispute":           "",
		// "On the basis of … their Quad membership, Japan and Australia signed…": the Quad
		// named in the opening clause does not act.
		"japan-australia-defence-agreements": "",
	}
	for id, want := range tests {
		f := s.Fact(id)
		if f == nil {
			t.Errorf("no fact %s", id)
			continue
		}
		if got := s.subject[f.ordinal]; got != want {
			t.Errorf("subject of %s (%q) = %q, want %q", id, f.Text, got, want)
		}
	}
}

// A pair the article hardly compares gets their opposite stances on a third actor side by
// side: Australia's firm line on China beside Jacinda Ardern's call to cooperate.
func TestRelationsContrastsOnAThirdActor(t *testing.T) {
	s := realStore(t)
	if b := s.Relations([]string{"JP", "CN"}); slices.ContainsFunc(b.Groups, func(g Group) bool { return strings.HasPrefix(g.Heading, "Where they stand") }) {
		t.Errorf("/relations japan china, which the article compares directly, sets stances on a third actor side by side")
	}
	b := s.Relations([]string{"AU", "NZ"})
	for _, g := range b.Groups {
		if g.Heading != "Where they stand on China" {
			continue
		}
		if len(g.Items) != 2 || g.Items[0].Fact.ID != "japan-australia-firm-on-china" || g.Items[1].Fact.ID != "ardern-cooperate-with-china" {
			t.Errorf("contrast on China = %v", g.Items)
		}
		return
	}
	t.Errorf("/relations australia new zealand has no contrast on China: %v", headings(b))
}
