package briefs

import (
	"cmp"
	"slices"
)

// Brief is a composed answer: a title, a one-line shape, grouped facts and a timeline. It is
// plain data; the commands package turns it into a platform-neutral reply.
type Brief struct {
	Title    string
	Lead     string
	Groups   []Group
	Timeline []*Fact
	// More counts the matching facts left out to keep the brief readable.
	More int
	// Page is the page shown (from 1) of Pages, for answers that continue on later pages;
	// both are zero for one-page answers.
	Page, Pages int
	// Actors are the actors a free question names, in order (Answer), and Things the other
	// entities it names (places, agreements, events), for a conversation to remember what it
	// was about.
	Actors, Things []string
}

// Group is a headed list of facts.
type Group struct {
	Heading string
	Items   []Item
}

// Item is one fact in a group, with an optional label (the topic it illustrates).
type Item struct {
	Label string
	Fact  *Fact
}

// Facts returns every fact the brief shows, groups first, in order and without repeats.
func (b *Brief) Facts() []*Fact {
	seen := map[*Fact]bool{}
	var out []*Fact
	addFact := func(f *Fact) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for _, g := range b.Groups {
		for _, it := range g.Items {
			addFact(it.Fact)
		}
	}
	for _, f := range b.Timeline {
		addFact(f)
	}
	return out
}

// Empty reports whether the brief holds no facts.
func (b *Brief) Empty() bool { return len(b.Groups) == 0 && len(b.Timeline) == 0 }

// Limits that keep a brief readable in a chat window.
const (
	maxEntityFacts = 20
	// maxPerSection bounds each subject of an actor's brief on one page; maxGroupFacts the
	// group-wide facts that close it.
	maxPerSection = 3
	// maxContrasts bounds the third actors a pair's answer sets their stances side by side on.
	maxContrasts = 2
	// fewDirect is how few facts on a pair itself make its answer set the pair's stances
	// on a third actor side by side.
	fewDirect       = 4
	maxGroupFacts   = 2
	maxTopicFacts   = 15
	maxPairFacts    = 3
	maxContextFacts = 3
	maxCooperation  = 8
	// maxPerDifference bounds each topic under "Differences"; a broader topic shows one fact
	// of each of its narrower topics first, so "History" names labour compensation, comfort
	// women and textbooks before it repeats any.
	maxPerDifference = 4
	maxMilestones    = 10
)

// SortEntityIDs puts entity ids in the store's curated order, so that requests naming the
// same actors in any order get the same brief.
func (s *Store) SortEntityIDs(ids []string) []string {
	out := slices.Clone(ids)
	pos := func(id string) int {
		for i, e := range s.entities {
			if e.ID == id {
				return i
			}
		}
		return len(s.entities)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Compare(pos(a), pos(b)) })
	return slices.Compact(out)
}

func (s *Store) names(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = s.displayName(id)
	}
	return out
}

func (s *Store) displayName(id string) string {
	if e := s.entityByID[id]; e != nil {
		return e.Name
	}
	return id
}

// broaderTopic is the topic a fact is grouped under: its first topic, lifted to the broader
// one (computed once at load).
func (s *Store) broaderTopic(f *Fact) *Topic { return f.group }

func (s *Store) groupOf(f *Fact) *Topic {
	if len(f.Topics) == 0 {
		return nil
	}
	t := s.topicByID[f.Topics[0]]
	if t != nil && t.Broader != "" {
		if b := s.topicByID[t.Broader]; b != nil {
			return b
		}
	}
	return t
}

// labelled wraps facts as items, labelled with their broader topic when asked.
func (s *Store) labelled(facts []*Fact, withTopic bool) []Item {
	items := make([]Item, len(facts))
	for i, f := range facts {
		items[i].Fact = f
		if withTopic {
			if t := s.broaderTopic(f); t != nil {
				items[i].Label = t.Name
			}
		}
	}
	return items
}

// milestones picks the dated events and statements (not analysis) of facts for a compact
// timeline: the weightiest one for each date, oldest first, at most limit (the latest kept).
func milestones(facts []*Fact, limit int) []*Fact {
	best := map[string]*Fact{}
	var dates []string
	for _, f := range facts {
		if !f.Dated() || f.Kind == KindAnalysis {
			continue
		}
		cur, ok := best[f.Date]
		if !ok {
			dates = append(dates, f.Date)
		}
		if !ok || f.Weight > cur.Weight || (f.Weight == cur.Weight && f.ordinal < cur.ordinal) {
			best[f.Date] = f
		}
	}
	out := make([]*Fact, 0, len(dates))
	for _, d := range dates {
		out = append(out, best[d])
	}
	chronological(out)
	if len(out) > limit {
		out = out[len(out)-limit:]
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
