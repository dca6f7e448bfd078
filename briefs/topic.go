package briefs

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// TopicBrief composes one page (from 1) of everything on a topic and the topics it is broader
// than: the facts about the topic alone first, then those that also concern other topics,
// each tier by weight, then date. With narrower topics the page is grouped by them (History:
// labour compensation, comfort women, textbooks). More counts the facts on later pages; a page
// past the last is empty, with Pages set.
func (s *Store) TopicBrief(id string, page int) Brief {
	t := s.topicByID[id]
	if t == nil {
		return Brief{}
	}
	within := map[string]bool{id: true}
	for _, o := range s.topics {
		if o.Broader == id {
			within[o.ID] = true
		}
	}
	seen := map[*Fact]bool{}
	var rs []topicRanked
	for _, o := range s.topics {
		if !within[o.ID] {
			continue
		}
		for _, f := range s.FactsWithTopic(o.ID) {
			if !seen[f] {
				seen[f] = true
				rs = append(rs, topicRanked{f: f, focus: topicFocus(f, within)})
			}
		}
	}
	groupOf := func(f *Fact) string {
		if len(within) == 1 {
			return ""
		}
		for _, tid := range f.Topics {
			if within[tid] && tid != id {
				return s.topicByID[tid].Name
			}
		}
		return t.Name + " in general"
	}
	return s.pagedBrief(t.Name, t.Description, rs, page, groupOf)
}

// ThingBrief composes one page (from 1) of everything on a named thing that is not an actor —
// a place, agreement, event, document or strategy: every fact naming it, those about it and
// the fewest countries first (the Dokdo dispute before the press conference it cut short),
// then weight, then date, grouped by broader topic when there are several.
func (s *Store) ThingBrief(id string, page int) Brief {
	e := s.entityByID[id]
	if e == nil {
		return Brief{}
	}
	facts := s.FactsWithEntities(id)
	fewest := -1
	for _, f := range facts {
		if fewest < 0 || f.countries < fewest {
			fewest = f.countries
		}
	}
	rs := make([]topicRanked, len(facts))
	for i, f := range facts {
		rs[i] = topicRanked{f: f, focus: min(f.countries-fewest, 2)}
	}
	groups := map[*Topic]bool{}
	for _, f := range facts {
		groups[f.group] = true
	}
	groupOf := func(f *Fact) string {
		if len(groups) < 2 {
			return ""
		}
		if f.group == nil {
			return "Other"
		}
		return f.group.Name
	}
	return s.pagedBrief(e.Name, e.Description, rs, page, groupOf)
}

// topicPageStretch is how many facts past maxTopicFacts a subject may have and still fit on
// one page.
const topicPageStretch = 3

// topicRanked is a fact with how directly it concerns what was asked: 0 most directly.
type topicRanked struct {
	f     *Fact
	focus int
	// repeat is set when the fact nearly repeats one ranked above it (nearDuplicate): it
	// goes after all the others, so a first page reads without repeats.
	repeat bool
}

func sameTier(a, b topicRanked) bool { return a.focus == b.focus && a.repeat == b.repeat }

// timeOrderNearEqual puts dated facts of nearly equal weight (one point apart at most) in time
// order, each taking the other's place: the 2013 mediation before the 2021 ruling, but the
// Madrid trilateral meeting still before the weaker note that the last one was in 2017.
func timeOrderNearEqual(facts []*Fact) {
	for i := range facts {
		if !facts[i].Dated() {
			continue
		}
		for j := i; ; {
			k := j - 1
			for k >= 0 && !facts[k].Dated() {
				k--
			}
			if k < 0 || !facts[k].when.After(facts[j].when) || abs(facts[k].Weight-facts[j].Weight) > 1 {
				break
			}
			facts[k], facts[j] = facts[j], facts[k]
			j = k
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// topicFocus is 0 for a fact on nothing but the topic (or its narrower topics), 1 for one
// whose first topic it is, 2 for a fact that only touches on it.
func topicFocus(f *Fact, within map[string]bool) int {
	all := true
	for _, t := range f.Topics {
		all = all && within[t]
	}
	switch {
	case all:
		return 0
	case len(f.Topics) > 0 && within[f.Topics[0]]:
		return 1
	}
	return 2
}

// compareTopicRanked puts near-repeats last, and orders the rest and the repeats by focus,
// then weight (heaviest first), then date (undated last), then store order.
func compareTopicRanked(a, b topicRanked) int {
	if c := cmp.Compare(boolInt(a.repeat), boolInt(b.repeat)); c != 0 {
		return c
	}
	if c := cmp.Compare(a.focus, b.focus); c != 0 {
		return c
	}
	if c := cmp.Compare(b.f.Weight, a.f.Weight); c != 0 {
		return c
	}
	switch ad, bd := a.f.Dated(), b.f.Dated(); {
	case ad && bd:
		if c := a.f.when.Compare(b.f.when); c != 0 {
			return c
		}
	case ad != bd:
		return cmp.Compare(boolInt(bd), boolInt(ad))
	}
	return cmp.Compare(a.f.ordinal, b.f.ordinal)
}

// pagedBrief orders rs, marks near-repeats, and composes the given page: its facts grouped
// by groupOf (one list when it names no group), groups in the order of their first fact, and
// a timeline of the dated facts on the subject that are not on the page.
func (s *Store) pagedBrief(title, lead string, rs []topicRanked, page int, groupOf func(*Fact) string) Brief {
	page = max(page, 1)
	slices.SortStableFunc(rs, compareTopicRanked)
	// Repeats are looked for among the first pages only: that is where they would be read,
	// and it keeps a topic of thousands of facts from costing a comparison of every pair.
	words := newWordSets(s)
	var kept []*Fact
	for i := range rs[:min(len(rs), repeatWindow)] {
		for _, k := range kept {
			if words.nearDuplicate(rs[i].f, k) {
				rs[i].repeat = true
				break
			}
		}
		if !rs[i].repeat {
			kept = append(kept, rs[i].f)
		}
	}
	slices.SortStableFunc(rs, compareTopicRanked)

	all := make([]*Fact, len(rs))
	for i, r := range rs {
		all[i] = r.f
	}
	// A page may stretch a little rather than leave a page 2 of one or two facts.
	size := maxTopicFacts
	if len(all) <= maxTopicFacts+topicPageStretch {
		size = max(len(all), 1)
	}
	b := Brief{Title: title, Lead: lead, Page: page, Pages: pagesOf(len(all), size)}
	if page > b.Pages {
		return Brief{Title: title, Page: page, Pages: b.Pages}
	}
	shown := pageOf(all, page, size)
	b.More = len(all) - (page-1)*size - len(shown)

	tier := map[*Fact]topicRanked{}
	for _, r := range rs {
		tier[r.f] = r
	}
	var order []string
	byGroup := map[string][]*Fact{}
	for _, f := range shown {
		g := groupOf(f)
		if _, ok := byGroup[g]; !ok {
			order = append(order, g)
		}
		byGroup[g] = append(byGroup[g], f)
	}
	for _, g := range order {
		heading := g
		if heading == "" {
			heading = "Facts"
		}
		facts := byGroup[g]
		for from := 0; from < len(facts); {
			to := from + 1
			for to < len(facts) && sameTier(tier[facts[to]], tier[facts[from]]) {
				to++
			}
			timeOrderNearEqual(facts[from:to])
			from = to
		}
		b.Groups = append(b.Groups, Group{Heading: heading, Items: s.labelled(facts, false)})
	}

	// The timeline adds dates, never repeats: the dated facts on the subject that this page
	// does not list, the weightiest of each date.
	onPage := map[*Fact]bool{}
	for _, f := range shown {
		onPage[f] = true
	}
	var rest []*Fact
	for _, f := range all {
		if !onPage[f] {
			rest = append(rest, f)
		}
	}
	b.Timeline = milestones(rest, maxMilestones)
	return b
}

// Timeline lists the dated facts that concern every one of ids (all dated facts when ids is
// empty), oldest first.
func (s *Store) Timeline(ids []string) Brief {
	ids = s.SortEntityIDs(ids)
	var facts []*Fact
	if len(ids) == 0 {
		facts = slices.Clone(s.facts)
	} else {
		facts = s.FactsWithEntities(ids...)
	}
	b := Brief{Title: "Timeline"}
	if len(ids) > 0 {
		b.Title += ": " + strings.Join(s.names(ids), ", ")
	}
	for _, f := range facts {
		if f.Dated() {
			b.Timeline = append(b.Timeline, f)
		}
	}
	// The weightiest account of an event first, so that a near-repeat of it (the summit and
	// the photo caption dating it) is the one left out.
	curatedOrder(b.Timeline)
	b.Timeline = withoutRepeats(newWordSets(s), b.Timeline, repeatWindow, func(f *Fact) *Fact { return f })
	chronological(b.Timeline)
	if len(b.Timeline) > 0 {
		b.Lead = fmt.Sprintf("%d dated events, %s to %s.", len(b.Timeline),
			b.Timeline[0].Date, b.Timeline[len(b.Timeline)-1].Date)
	}
	return b
}
