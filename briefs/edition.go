package briefs

import (
	"slices"
	"strings"
	"time"
)

// Filter selects the facts a digest subscription receives: those about any of the entities
// (ids) or any of the topics (ids; a topic includes the topics it is broader than). Both empty
// selects every fact. It is the one filter type of every layer: the /digest command reads it,
// the store keeps it, the scheduler composes editions from it.
type Filter struct {
	Entities []string
	Topics   []string
}

// Normalize trims, drops empty entries, sorts and de-duplicates both lists, so that equal
// filters are stored equal (the duplicate-subscription check depends on it). Empty lists
// become nil.
func (f Filter) Normalize() Filter {
	return Filter{Entities: normalizeIDs(f.Entities), Topics: normalizeIDs(f.Topics)}
}

func normalizeIDs(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Edition is the next batch of facts for a digest.
type Edition struct {
	Facts []*Fact
	// Remaining counts the matching facts not yet sent after this edition.
	Remaining int
	// Matching counts every fact the filter selects.
	Matching int
}

// Edition picks the next n facts a subscription has not been sent (sent reports whether a
// fact id was), in curated order — weightiest first, then store order — with the facts of
// sources added to the store after `since` (the subscriber's last edition) first, so a grown
// store's news leads. When every matching fact has been sent, the edition is empty and
// Remaining is 0: the caller starts a refresher rotation and asks again.
func (s *Store) Edition(f Filter, sent func(id string) bool, n int, since time.Time) Edition {
	match := s.matcher(f)
	var ed Edition
	top := make([]*Fact, 0, n+1)
	rank := func(a, b *Fact) bool {
		na, nb := s.isNewSince(a, since), s.isNewSince(b, since)
		switch {
		case na != nb:
			return na
		case a.Weight != b.Weight:
			return a.Weight > b.Weight
		}
		return a.ordinal < b.ordinal
	}
	for _, fact := range s.facts {
		if !match(fact) {
			continue
		}
		ed.Matching++
		if sent != nil && sent(fact.ID) {
			continue
		}
		ed.Remaining++
		if n <= 0 || (len(top) == n && !rank(fact, top[n-1])) {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, fact, func(a, b *Fact) int {
			if rank(a, b) {
				return -1
			}
			return 1
		})
		top = slices.Insert(top, i, fact)
		if len(top) > n {
			top = top[:n]
		}
	}
	ed.Facts = top
	ed.Remaining -= len(top)
	return ed
}

func (s *Store) isNewSince(f *Fact, since time.Time) bool {
	src := s.sourceByID[f.Source]
	return src != nil && !src.added.IsZero() && !since.IsZero() && src.added.After(since)
}

// matcher builds the filter test once: entity and topic sets, topics widened to the topics
// they are broader than.
func (s *Store) matcher(f Filter) func(*Fact) bool {
	if len(f.Entities) == 0 && len(f.Topics) == 0 {
		return func(*Fact) bool { return true }
	}
	ents := map[string]bool{}
	for _, e := range f.Entities {
		ents[e] = true
	}
	topics := map[string]bool{}
	for _, t := range f.Topics {
		topics[t] = true
		for _, o := range s.topics {
			if o.Broader == t {
				topics[o.ID] = true
			}
		}
	}
	return func(fact *Fact) bool {
		for _, e := range fact.Entities {
			if ents[e] {
				return true
			}
		}
		for _, t := range fact.Topics {
			if topics[t] {
				return true
			}
		}
		return false
	}
}
