package briefs

import (
	"slices"
)

// ranked is a fact with its focus on the request: 0 when it concerns no country beyond those
// asked about, 1 for one more, 2 for a wider group. Focused facts come first.
type ranked struct {
	f     *Fact
	focus int
}

func (a ranked) before(b ranked) bool {
	switch {
	case a.focus != b.focus:
		return a.focus < b.focus
	case a.f.Weight != b.f.Weight:
		return a.f.Weight > b.f.Weight
	}
	return a.f.ordinal < b.f.ordinal
}

// topK keeps the k best facts pushed to it, so that a brief over thousands of matching facts
// costs a scan, not a sort.
type topK struct {
	k     int
	items []ranked
	total int
}

func newTopK(k int) *topK { return &topK{k: k} }

func (t *topK) push(r ranked) {
	t.total++
	if len(t.items) == t.k && !r.before(t.items[t.k-1]) {
		return
	}
	i, _ := slices.BinarySearchFunc(t.items, r, func(a, b ranked) int {
		if a.before(b) {
			return -1
		}
		return 1
	})
	t.items = slices.Insert(t.items, i, r)
	if len(t.items) > t.k {
		t.items = t.items[:t.k]
	}
}

// facts returns the kept facts, best first, the dated ones in time order among themselves.
func (t *topK) facts() []*Fact {
	out := make([]*Fact, len(t.items))
	for i, r := range t.items {
		out[i] = r.f
	}
	datedInTimeOrder(out)
	return out
}

// sortRanked orders facts best first (see ranked.before).
func sortRanked(rs []ranked) {
	slices.SortStableFunc(rs, func(a, b ranked) int {
		switch {
		case a.before(b):
			return -1
		case b.before(a):
			return 1
		}
		return 0
	})
}

// pageOf returns the items of page (from 1) when each page shows size of them.
func pageOf[T any](items []T, page, size int) []T {
	from := (page - 1) * size
	if from >= len(items) {
		return nil
	}
	return items[from:min(from+size, len(items))]
}

// pagesOf is how many pages n items take at size a page.
func pagesOf(n, size int) int { return (n + size - 1) / size }

func factsOf(rs []ranked) []*Fact {
	out := make([]*Fact, len(rs))
	for i, r := range rs {
		out[i] = r.f
	}
	return out
}

// repeatsLast moves each fact that nearly repeats one before it (nearDuplicate) to the end,
// keeping the order otherwise: "both claim Dokdo" after "a dispute over Dokdo" adds little
// until everything else on the subject has been said.
func repeatsLast[T any](w *wordSets, items []T, fact func(T) *Fact) []T {
	var kept, repeats []T
	for _, it := range items {
		f := fact(it)
		if slices.ContainsFunc(kept, func(k T) bool { return w.nearDuplicate(f, fact(k)) }) {
			repeats = append(repeats, it)
		} else {
			kept = append(kept, it)
		}
	}
	return append(kept, repeats...)
}

// withoutRepeats drops each fact that nearly repeats one before it (nearDuplicate).
func withoutRepeats[T any](w *wordSets, items []T, fact func(T) *Fact) []T {
	var kept []T
	for _, it := range items {
		f := fact(it)
		if !slices.ContainsFunc(kept, func(k T) bool { return w.nearDuplicate(f, fact(k)) }) {
			kept = append(kept, it)
		}
	}
	return kept
}
