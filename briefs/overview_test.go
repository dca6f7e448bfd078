package briefs

import (
	"strings"
	"testing"
)

func loadStore(t *testing.T) *Store {
	t.Helper()
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustFact(t *testing.T, s *Store, id string) *Fact {
	t.Helper()
	f := s.Fact(id)
	if f == nil {
		t.Fatalf("no fact %q in the store", id)
	}
	return f
}

func TestNearDuplicate(t *testing.T) {
	s := loadStore(t)
	words := newWordSets(s)
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"the summit and its photo caption", "nato-summit-madrid-june-2022", "summit-caption-june-29", true},
		{"attending as invited partners, invited for the first time", "asia-pacific-partners-attend-madrid", "four-partners-invited-first-time", true},
		{"strategic autonomy and the hesitation it causes", "korea-strategic-autonomy-middle-power", "korea-hesitates-regional-strategy", true},
		{"each side's Dokdo protest: same words, other actor", "dokdo-japan-protests-korean-survey", "dokdo-korea-protests-bluebook", false},
		{"the article's thesis and its conclusion", "allies-not-monolithic", "us-hard-to-unite-allies", false},
		{"two side meetings", "trilateral-leaders-deepen-alliance", "kishida-moderates-four-country-meeting", false},
		{"the same fact", "nato-summit-madrid-june-2022", "nato-summit-madrid-june-2022", false},
	} {
		a, b := mustFact(t, s, tc.a), mustFact(t, s, tc.b)
		if got := words.nearDuplicate(a, b); got != tc.want {
			t.Errorf("%s: nearDuplicate(%s, %s) = %v; want %v\n  %v\n  %v", tc.name, tc.a, tc.b, got, tc.want, words.of(a), words.of(b))
		}
		if got := words.nearDuplicate(b, a); got != tc.want {
			t.Errorf("%s: nearDuplicate(%s, %s) = %v; want %v (not symmetric)", tc.name, tc.b, tc.a, got, tc.want)
		}
	}
}

// TestOverview: /brief opens with the 2022 summit and one fact on each of its two side
// meetings, then gives each section of the argument once, with no fact twice and no two that
// nearly repeat each other.
func TestOverview(t *testing.T) {
	s := loadStore(t)
	b := s.Overview()
	if len(b.Groups) < 2 {
		t.Fatalf("Overview has %d groups; want the summit and the argument", len(b.Groups))
	}
	first := b.Groups[0].Items
	for _, event := range []string{"madrid-summit-2022", "us-japan-rok-meeting-2022", "ap4-meeting-2022"} {
		n := 0
		for _, it := range first {
			if it.Fact.HasEntity(event) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("first group %v has no fact on %s", itemIDs(first), event)
		}
	}
	if f := first[0].Fact; !f.HasEntity("madrid-summit-2022") || !strings.HasPrefix(f.Date, "2022-06") || f.Kind == KindAnalysis {
		t.Errorf("first fact is %s (%s, %s); want the June 2022 summit itself", f.ID, f.Date, f.Kind)
	}
	for _, it := range first {
		if it.Fact.Kind == KindAnalysis || strings.HasPrefix(it.Fact.Date, "2017") {
			t.Errorf("first group holds %s (%s, %s); want what happened in Madrid", it.Fact.ID, it.Fact.Kind, it.Fact.Date)
		}
	}

	src := s.Sources()[0]
	perSection := map[string]int{}
	for _, it := range b.Groups[1].Items {
		perSection[it.Fact.Section]++
		if sec := s.SectionOf(it.Fact); sec == nil || it.Label != sec.Label {
			t.Errorf("argument item %s labelled %q; want its section's label", it.Fact.ID, it.Label)
		}
	}
	for _, sec := range src.Sections {
		if perSection[sec.ID] != 1 {
			t.Errorf("section %s has %d facts in the argument; want 1", sec.ID, perSection[sec.ID])
		}
	}

	words := newWordSets(s)
	var all []*Fact
	for _, g := range b.Groups {
		for _, it := range g.Items {
			all = append(all, it.Fact)
		}
	}
	all = append(all, b.Timeline...)
	seen := map[*Fact]bool{}
	for i, f := range all {
		if seen[f] {
			t.Errorf("%s shown twice", f.ID)
		}
		seen[f] = true
		for _, g := range all[:i] {
			if words.nearDuplicate(f, g) {
				t.Errorf("%s nearly repeats %s", f.ID, g.ID)
			}
		}
	}
}

func itemIDs(items []Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Fact.ID
	}
	return out
}
