package briefs

import (
	"slices"
)

// ranked is a fact with its focus on the request: 0 when it concerns no country beyond those
// asked about, 1 for one more, 2 for a wider group. Focused facts come first.
type ranked struct {
	f     *Fact
	focus int
	// own is set, in an actor's brief, when f records the actor's own view or act.
	own bool
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

// compareRanked orders two ranked facts as ranked.before does.
func compareRanked(a, b ranked) int {
	switch {
	case a.before(b):
		return -1
	case b.before(a):
		return 1
	}
	return 0
}

// bestFirst reorders items so that the best n come first, in order by cmp (a total order);
// the rest follow in their original order. An answer shows a page of a few, so on a store of
// thousands of facts it picks them in one pass instead of sorting everything.
func bestFirst[T any](items []T, n int, cmp func(a, b T) int) []T {
	if len(items) <= n {
		slices.SortFunc(items, cmp)
		return items
	}
	best := make([]int, 0, n+1) // indexes into items, best first
	for i := range items {
		if len(best) == n && cmp(items[i], items[best[n-1]]) >= 0 {
			continue
		}
		at, _ := slices.BinarySearchFunc(best, i, func(b, i int) int { return cmp(items[b], items[i]) })
		best = slices.Insert(best, at, i)
		if len(best) > n {
			best = best[:n]
		}
	}
	chosen := make([]bool, len(items))
	out := make([]T, 0, len(items))
	for _, i := range best {
		chosen[i] = true
		out = append(out, items[i])
	}
	for i, it := range items {
		if !chosen[i] {
			out = append(out, it)
		}
	}
	return out
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

// repeatWindow is how many of a topic's best facts /topic checks for near-repeats: far more
// than a page shows, and it keeps those checks, which compare every pair, cheap on a store of
// thousands of facts.
const repeatWindow = 4 * maxTopicFacts

// checkedPages is how many pages of a relations or actor answer are checked for near-repeats
// and counterparts; later pages list the rest in rank order.
const checkedPages = 4

// repeatsLast moves each of the first window items that nearly repeats one before it
// (nearDuplicate) to the end of that window, keeping the order otherwise: "both claim Dokdo"
// after "a dispute over Dokdo" adds little until everything else on the subject has been
// said. Items past the window, which no page shown yet reaches, stay as they are.
func repeatsLast[T any](w *wordSets, items []T, window int, fact func(T) *Fact) []T {
	head, tail := items[:min(len(items), window)], items[min(len(items), window):]
	var kept, repeats []T
	for _, it := range head {
		f := fact(it)
		if slices.ContainsFunc(kept, func(k T) bool { return w.nearDuplicate(f, fact(k)) }) {
			repeats = append(repeats, it)
		} else {
			kept = append(kept, it)
		}
	}
	return append(append(kept, repeats...), tail...)
}

// withoutRepeats drops each of the first window items that nearly repeats one before it
// (nearDuplicate).
func withoutRepeats[T any](w *wordSets, items []T, window int, fact func(T) *Fact) []T {
	head, tail := items[:min(len(items), window)], items[min(len(items), window):]
	var kept []T
	for _, it := range head {
		f := fact(it)
		if !slices.ContainsFunc(kept, func(k T) bool { return w.nearDuplicate(f, fact(k)) }) {
			kept = append(kept, it)
		}
	}
	return append(kept, tail...)
}
