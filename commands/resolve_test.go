package commands

import (
	"slices"
	"testing"
)

func TestContaining(t *testing.T) {
	d := newTestDispatcher(t)
	for _, tc := range []struct {
		text string
		// first are the ids that must come first, in any order; also must follow somewhere.
		first, also []string
		// via gives the alias a match must be labelled with.
		via map[string]string
	}{
		{text: "pacific",
			first: []string{"asia-pacific", "south-pacific", "indo-pacific-region", "indo-pacific-strategy"},
			// Named after the Asia-Pacific, so after it.
			also: []string{"asia-pacific-allies"}},
		{text: "nuclear",
			first: []string{"north-korea", "environment", "security"},
			via:   map[string]string{"north-korea": "nuclear issue"}},
		{text: "south", first: []string{"KR", "south-pacific"}, also: []string{"us-rok-alliance"}},
		{text: "the waste", first: []string{"environment"}},
		{text: "pacific rim"},
		{text: "narnia"},
		{text: "and of the"},
	} {
		got := d.resolver.Containing(tc.text, topicKinds...)
		var ids []string
		for _, m := range got {
			ids = append(ids, m.ID)
		}
		if len(tc.first) == 0 && len(got) > 0 {
			t.Errorf("Containing(%q) = %v; want nothing", tc.text, ids)
			continue
		}
		if len(ids) < len(tc.first) {
			t.Errorf("Containing(%q) = %v; want %v first", tc.text, ids, tc.first)
			continue
		}
		head := slices.Clone(ids[:len(tc.first)])
		slices.Sort(head)
		want := slices.Sorted(slices.Values(tc.first))
		if !slices.Equal(head, want) {
			t.Errorf("Containing(%q) = %v; want %v first", tc.text, ids, tc.first)
		}
		for _, id := range tc.also {
			if !slices.Contains(ids[len(tc.first):], id) {
				t.Errorf("Containing(%q) = %v; want %s after the first", tc.text, ids, id)
			}
		}
		for _, m := range got {
			if v, ok := tc.via[m.ID]; ok && m.Via != v {
				t.Errorf("Containing(%q): %s via %q; want via %q", tc.text, m.ID, m.Via, v)
			}
		}
	}
}
