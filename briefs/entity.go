package briefs

import (
	"cmp"
	"slices"
	"strings"
)

// EntityBrief composes page 1 of the brief on one country, person, place or agreement (see
// EntityBriefPage).
func (s *Store) EntityBrief(id string) Brief { return s.EntityBriefPage(id, 1) }

// EntityBriefPage composes one page of the brief on one actor or thing: one section per
// subject its own facts cover (North Korea, China, History, …), the actor's own positions
// first in each, then what concerns it alone before wider facts, then weight. Facts that only
// name it among others of a pair it is not part of are left out, and at most a couple of
// group-wide facts (the four partners together) close the brief.
func (s *Store) EntityBriefPage(id string, page int) Brief {
	e := s.entityByID[id]
	if e == nil {
		return Brief{}
	}
	page = max(page, 1)
	ids := []string{id}
	qc := s.countryCount(ids)
	b := Brief{Title: e.Name, Lead: e.Description, Page: page}

	var order []*Topic
	sections := map[*Topic][]ranked{}
	var group []ranked
	ownTopic := s.subjectTopic(id)
	for _, o := range s.byEntity[id] {
		f := s.facts[o]
		r := ranked{f: f, focus: s.focusOn(f, ids, qc), own: s.ownPosition(f, id)}
		switch {
		case s.groupWide(f, ids, qc):
			group = append(group, r)
		case s.aboutOthers(f, ids) && !f.HasTopic(ownTopic):
			// "Japan and South Korea are the weak link among the four" names Australia
			// but is not about it.
		default:
			t := s.sectionFor(f, id)
			if _, ok := sections[t]; !ok {
				order = append(order, t)
			}
			sections[t] = append(sections[t], r)
		}
	}
	better := ownFirst
	// A page shows about maxEntityFacts, shared among the subjects: an actor with a few
	// subjects gets more on each.
	perSection := max(maxPerSection, maxEntityFacts/max(len(order), 1))
	words := newWordSets(s)
	// Enough of each subject in order to fill the page asked for and to check for repeats.
	shown := max(page, checkedPages) * perSection
	for _, t := range order {
		sections[t] = bestFirst(sections[t], shown, better)
		// A brief is a selection: a near-repeat of a fact above it is left to /topic.
		sections[t] = withoutRepeats(words, sections[t], checkedPages*perSection, func(r ranked) *Fact { return r.f })
	}
	// Sections in order of their best fact: the actor's own position on a subject first.
	slices.SortStableFunc(order, func(a, b *Topic) int { return better(sections[a][0], sections[b][0]) })

	b.Pages = 1
	for _, t := range order {
		b.Pages = max(b.Pages, pagesOf(len(sections[t]), perSection))
		kept := factsOf(pageOf(sections[t], page, perSection))
		if len(kept) == 0 {
			continue
		}
		heading := "Other"
		if t != nil {
			heading = t.Name
		}
		b.Groups = append(b.Groups, Group{Heading: heading, Items: s.labelled(kept, false)})
	}
	if page == 1 && len(group) > 0 {
		group = bestFirst(group, checkedPages*maxGroupFacts, compareRanked)
		group = withoutRepeats(words, group, checkedPages*maxGroupFacts, func(r ranked) *Fact { return r.f })
		kept := factsOf(group[:min(len(group), maxGroupFacts)])
		heading := "With the four partners"
		if slices.Contains(partners, id) {
			heading = "With the other partners"
		}
		b.Groups = append(b.Groups, Group{Heading: heading, Items: s.labelled(kept, false)})
	}
	if page > b.Pages {
		return Brief{Title: e.Name, Page: page, Pages: b.Pages}
	}
	if page == 1 {
		onPage := map[*Fact]bool{}
		for _, f := range b.Facts() {
			onPage[f] = true
		}
		// The dated events among each subject's leading facts that the page does not show.
		var rest []*Fact
		for _, t := range order {
			for _, r := range sections[t][:min(len(sections[t]), shown)] {
				if !onPage[r.f] {
					rest = append(rest, r.f)
				}
			}
		}
		b.Timeline = milestones(rest, maxMilestones)
	}
	return b
}

// ownFirst orders an actor's facts within a subject: its own positions, then the weightiest,
// then what concerns it alone before wider facts.
func ownFirst(a, b ranked) int {
	switch {
	case a.own != b.own:
		return boolInt(!a.own) - boolInt(!b.own)
	case a.f.Weight != b.f.Weight:
		return b.f.Weight - a.f.Weight
	case a.focus != b.focus:
		return a.focus - b.focus
	}
	return a.f.ordinal - b.f.ordinal
}

// ownPosition reports whether f records id's own view or act: a statement attributed to id,
// or a text whose subject is id alone ("In the author's account, Japan advocates a tough
// line" is Japan's; "Japan and South Korea differ" is neither's). What a country's leader
// says or does is the country's too ("Ardern said New Zealand…" is New Zealand's).
func (s *Store) ownPosition(f *Fact, id string) bool {
	is := func(actor string) bool {
		e := s.entityByID[actor]
		return actor == id || e != nil && e.Leads == id
	}
	return (f.Kind == KindStatement && is(f.Attribution)) || is(s.subject[f.ordinal])
}

// textSubject is the actor f's text leads with, when it leads with one alone: the first
// actor named (the author of an analysis aside), unless "and", a dash or a comma joins
// another name to it.
func (s *Store) textSubject(f *Fact) string {
	var spanBuf [64][2]int
	text := mainClause(f.Text)
	words := nameWords(text, spanBuf[:0])
	for i := 0; i < len(words); {
		e, n := s.nameAt(text, words, i)
		if e == nil {
			i++
			continue
		}
		i += n
		if !actorKinds[e.Kind] || (f.Kind == KindAnalysis && e.ID == f.Attribution) || isDemonym(text[words[i-1][0]:words[i-1][1]]) ||
			compoundAt(text, words[i-1][1]) {
			continue
		}
		if i < len(words) {
			between := strings.TrimSpace(text[words[i-1][1]:words[i][0]])
			next, _ := s.nameAt(text, words, i)
			joined := strings.HasPrefix(between, "–") || strings.HasPrefix(between, "-") || between == ","
			if next != nil && (joined || (between == "" && strings.EqualFold(text[words[i][0]:words[i][1]], "and"))) {
				return ""
			}
			if between == "" && strings.EqualFold(text[words[i][0]:words[i][1]], "and") && i+1 < len(words) {
				if other, _ := s.nameAt(text, words, i+1); other != nil && actorKinds[other.Kind] {
					return ""
				}
			}
		}
		return e.ID
	}
	return ""
}

// compoundAt reports whether a name ending at end in text is the first part of a compound
// word ("China-related issues", "the US-led strategy"): it then says what kind of thing, not
// who acts.
func compoundAt(text string, end int) bool {
	rest := text[end:]
	return len(rest) > 1 && rest[0] == '-' && 'a' <= rest[1] && rest[1] <= 'z'
}

// sectionFor is the subject a fact is filed under in id's brief: another actor it is about
// when a topic is named after that actor (Japan's "China" and "North Korea"), otherwise its
// broader topic.
func (s *Store) sectionFor(f *Fact, id string) *Topic {
	for _, t := range s.actorTopics[f.ordinal] {
		if t.actor != id {
			return t.topic
		}
	}
	return s.broaderTopic(f)
}

// subjectTopic is the id of the topic named after entity id ("china" for China), or "".
func (s *Store) subjectTopic(id string) string {
	for tid, actor := range s.topicActor {
		if actor == id {
			return tid
		}
	}
	return ""
}

// Related lists the entities that share the most facts with id, most shared first.
func (s *Store) Related(id string, kind string, limit int) []*Entity {
	counts := map[string]int{}
	for _, o := range s.byEntity[id] {
		for _, e := range s.facts[o].Entities {
			if e != id {
				counts[e]++
			}
		}
	}
	var out []*Entity
	for eid := range counts {
		if e := s.entityByID[eid]; e != nil && (kind == "" || e.Kind == kind) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b *Entity) int {
		if c := cmp.Compare(counts[b.ID], counts[a.ID]); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// subordinateOpeners start a clause that sets the scene before the sentence's subject: "In
// response to Japan's export controls, South Korea removed…".
var subordinateOpeners = []string{
	"in response to ", "around the time ", "as ", "after ", "before ", "since ",
	"when ", "although ", "despite ", "during ", "soon after ", "given ", "unlike ", "on the basis of ",
}

// mainClause drops an opening subordinate clause (up to its comma) and the author's framing
// ("The author says", "In the author's view,"), so that what remains starts near the subject.
func mainClause(text string) string {
	t := text
	for _, frame := range []string{"In the author's view, ", "In the author's account, ", "In the author's comparison, "} {
		t = strings.TrimPrefix(t, frame)
	}
	if i := strings.Index(t, "unlike "); i >= 0 { // "The author says that, unlike Japan, South Korea…"
		if j := strings.Index(t[i:], ", "); j >= 0 {
			t = t[:i] + t[i+j+2:]
		}
	}
	if head, rest, ok := strings.Cut(t, ", "); ok && strings.HasPrefix(head, "In ") && strings.ContainsAny(head, "0123456789") {
		t = rest // "In August 2019, "
	}
	for _, o := range subordinateOpeners {
		if len(t) > len(o) && strings.EqualFold(t[:len(o)], o) {
			if _, rest, ok := strings.Cut(t, ", "); ok {
				return rest
			}
		}
	}
	return t
}

// isDemonym reports whether a matched name is an adjective of nationality ("Japanese"), which
// describes something rather than naming the actor that does it.
func isDemonym(word string) bool {
	w := strings.ToLower(word)
	for _, suffix := range []string{"ese", "ean", "eans", "ian", "ians", "can", "cans", "ish"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}
