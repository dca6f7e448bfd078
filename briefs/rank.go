package briefs

import (
	"cmp"
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

// topicCollector groups facts under their broader topic and keeps, per narrower topic, the
// best few; items then picks round-robin across the narrower topics, so "History" names labour
// compensation, comfort women and textbooks before it repeats any.
type topicCollector struct {
	s       *Store
	limit   int
	order   []*Topic
	narrow  map[*Topic][]string
	buckets map[*Topic]map[string]*topK
	best    map[*Topic]ranked
}

func newTopicCollector(s *Store, limit int) *topicCollector {
	return &topicCollector{s: s, limit: limit, narrow: map[*Topic][]string{},
		buckets: map[*Topic]map[string]*topK{}, best: map[*Topic]ranked{}}
}

func (c *topicCollector) push(r ranked) {
	bt := c.s.broaderTopic(r.f)
	if _, ok := c.buckets[bt]; !ok {
		c.buckets[bt] = map[string]*topK{}
		c.order = append(c.order, bt)
	}
	n := ""
	if len(r.f.Topics) > 0 {
		n = r.f.Topics[0]
	}
	tk := c.buckets[bt][n]
	if tk == nil {
		tk = newTopK(c.limit)
		c.buckets[bt][n] = tk
		c.narrow[bt] = append(c.narrow[bt], n)
	}
	tk.push(r)
	if cur, ok := c.best[bt]; !ok || r.before(cur) {
		c.best[bt] = r
	}
}

// items returns the picked facts labelled with their broader topic, topics in order of their
// best fact, and the topic names in that order.
func (c *topicCollector) items() ([]Item, []string) {
	order := slices.Clone(c.order)
	slices.SortStableFunc(order, func(a, b *Topic) int {
		if c.best[a].before(c.best[b]) {
			return -1
		}
		if c.best[b].before(c.best[a]) {
			return 1
		}
		return 0
	})
	var items []Item
	var names []string
	for _, bt := range order {
		label := ""
		if bt != nil {
			label = bt.Name
		}
		names = append(names, label)
		// The broader topic's own facts ("History" in general) come after its narrower ones
		// (labour compensation, comfort women, textbooks), which say something specific.
		narrow := slices.Clone(c.narrow[bt])
		if bt != nil {
			slices.SortStableFunc(narrow, func(a, b string) int {
				return cmp.Compare(boolInt(a == bt.ID), boolInt(b == bt.ID))
			})
		}
		limit := max(c.limit, len(narrow))
		var picked []ranked
		for round := 0; len(picked) < limit; round++ {
			added := false
			for _, n := range narrow {
				if tk := c.buckets[bt][n]; round < len(tk.items) && len(picked) < limit {
					picked = append(picked, tk.items[round])
					added = true
				}
			}
			if !added {
				break
			}
		}
		slices.SortFunc(picked, func(a, b ranked) int {
			if a.before(b) {
				return -1
			}
			return 1
		})
		facts := make([]*Fact, len(picked))
		for i, r := range picked {
			facts[i] = r.f
		}
		datedInTimeOrder(facts)
		for _, f := range facts {
			items = append(items, Item{Label: label, Fact: f})
		}
	}
	return items, names
}
