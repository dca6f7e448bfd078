package briefs_test

import (
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/brieftest"
)

// TestEditionNewSourcesFirst: when the store grows by a source added after the subscriber's
// last edition, that source's facts lead the next edition, whatever their weight.
func TestEditionNewSourcesFirst(t *testing.T) {
	d, err := brieftest.Synthetic(300, 7)
	if err != nil {
		t.Fatal(err)
	}
	d.Sources[2].Added = "2026-11-01"
	s, err := briefs.New(d)
	if err != nil {
		t.Fatal(err)
	}
	newIDs := map[string]bool{}
	for _, f := range s.Facts() {
		if f.Source == d.Sources[2].ID {
			newIDs[f.ID] = true
		}
	}
	since := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	ed := s.Edition(briefs.Filter{}, nil, 10, since)
	for _, f := range ed.Facts {
		if !newIDs[f.ID] {
			t.Errorf("edition after the store grew leads with old fact %s", f.ID)
		}
	}
	// For a subscriber whose last edition came after the source was added, nothing is new.
	later := s.Edition(briefs.Filter{}, nil, 10, time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC))
	if ids := factIDsOf(later.Facts); slices.Equal(ids, factIDsOf(ed.Facts)) {
		t.Errorf("the same facts lead for a subscriber who has already seen the new source")
	}
}

func factIDsOf(fs []*briefs.Fact) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.ID
	}
	return out
}
