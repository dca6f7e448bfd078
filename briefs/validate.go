package briefs

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/internal/runes"
)

// Problem is one thing wrong with the data, located by the record it belongs to.
type Problem struct {
	// Where names the record: "fact gsomia-abolished", "entity JP", "source outlook-2022".
	Where string
	// Msg says what is wrong, in words a curator can act on.
	Msg string
}

func (p Problem) String() string { return p.Where + ": " + p.Msg }

// ValidationError lists every problem found, so a curator fixes them all in one pass.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "fact store has %d problem(s):", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

var (
	slugRE  = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	idRE    = regexp.MustCompile(`^(?:[A-Z]{2}|[a-z0-9]+(?:-[a-z0-9]+)*)$`)
	dateFmt = map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
)

// parseDate accepts YYYY, YYYY-MM and YYYY-MM-DD.
func parseDate(s string) (time.Time, error) {
	layout, ok := dateFmt[len(s)]
	if !ok {
		return time.Time{}, fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q does not parse as %s", s, layout)
	}
	return t, nil
}

// validate checks everything the design lists and returns every problem at once, in the
// order of the records and, within one record, of its checks: the same order on every run. It
// only reads d; derive fills the derived fields once the checks pass.
func validate(d *Data) []Problem {
	c := &checker{
		sources:  map[string]*Source{},
		normText: map[string]string{},
		sections: map[string]map[string]bool{},
		entities: map[string]bool{},
		topics:   map[string]bool{},
		covered:  map[string]map[string]bool{},
	}
	c.checkSources(d.Sources)
	c.checkEntities(d.Entities)
	c.checkTopics(d.Topics)
	c.checkFacts(d.Facts)
	c.checkSynonyms(d.Synonyms)
	c.checkCoverage(d.Sources)
	return c.probs
}

// checker collects problems, and what the checks of one kind of record learn for the later
// ones: the known ids facts refer to, and the sections facts cover.
type checker struct {
	probs    []Problem
	sources  map[string]*Source
	normText map[string]string          // source id → its text folded as quotes are
	sections map[string]map[string]bool // source id → section ids
	entities map[string]bool
	topics   map[string]bool
	covered  map[string]map[string]bool // source id → the section ids facts cite
}

func (c *checker) add(where, format string, args ...any) {
	c.probs = append(c.probs, Problem{Where: where, Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) checkSources(sources []Source) {
	for i := range sources {
		s := &sources[i]
		where := "source " + s.ID
		switch {
		case s.ID == "":
			c.add(fmt.Sprintf("source #%d", i+1), "missing id")
			continue
		case c.sources[s.ID] != nil:
			c.add(where, "duplicate id")
			continue
		}
		c.sources[s.ID] = s
		for _, field := range []struct{ name, v string }{
			{"title", s.Title}, {"author", s.Author}, {"publisher", s.Publisher},
			{"attribution", s.Attribution}, {"as_of", s.AsOf}, {"file", s.File},
		} {
			if strings.TrimSpace(field.v) == "" {
				c.add(where, "missing %s", field.name)
			}
		}
		if s.Date != "" {
			if _, err := parseDate(s.Date); err != nil {
				c.add(where, "%v", err)
			}
		}
		if s.Added != "" {
			if _, err := parseDate(s.Added); err != nil {
				c.add(where, "added: %v", err)
			}
		}
		if strings.TrimSpace(s.Text) == "" {
			c.add(where, "source text is empty")
		}
		// Folded without the way back to the original (foldText): the checks only ask
		// whether a quote occurs, derive where.
		norm := normalizeQuote(s.Text)
		c.normText[s.ID] = norm
		secs := map[string]bool{}
		for _, sec := range s.Sections {
			switch {
			case sec.ID == "":
				c.add(where, "a section has no id")
			case secs[sec.ID]:
				c.add(where, "duplicate section id %q", sec.ID)
			case strings.TrimSpace(sec.Heading) == "" || strings.TrimSpace(sec.Label) == "":
				c.add(where, "section %q needs a heading and a label", sec.ID)
			case !strings.Contains(norm, normalizeQuote(sec.Heading)):
				c.add(where, "section %q heading does not occur in the source text", sec.ID)
			}
			secs[sec.ID] = true
		}
		c.sections[s.ID] = secs
	}
}

func (c *checker) checkEntities(entities []Entity) {
	alias := map[string]string{} // normalised name or alias → entity id
	for i, e := range entities {
		where := "entity " + e.ID
		switch {
		case e.ID == "":
			c.add(fmt.Sprintf("entity #%d", i+1), "missing id")
			continue
		case !idRE.MatchString(e.ID):
			c.add(where, "id must be an ISO 3166 alpha-2 code or a lowercase slug")
		case c.entities[e.ID]:
			c.add(where, "duplicate id")
			continue
		}
		c.entities[e.ID] = true
		if !entityKinds[e.Kind] {
			c.add(where, "unknown kind %q (want country, person, organisation, place, agreement, strategy, document or event)", e.Kind)
		}
		if strings.TrimSpace(e.Name) == "" {
			c.add(where, "missing name")
		}
		for _, name := range append([]string{e.ID, e.Name}, e.Aliases...) {
			key := normalizeName(name)
			if key == "" {
				c.add(where, "empty alias")
				continue
			}
			if other, ok := alias[key]; ok && other != e.ID {
				c.add(where, "name or alias %q is already used by entity %s", name, other)
				continue
			}
			alias[key] = e.ID
		}
	}
	kinds := map[string]string{}
	for _, e := range entities {
		kinds[e.ID] = e.Kind
	}
	for _, e := range entities {
		if e.Leads != "" && (e.Kind != "person" || kinds[e.Leads] != "country") {
			c.add("entity "+e.ID, "leads %q: only a person leads, and only a country", e.Leads)
		}
		if e.Serves != "" && (e.Kind != "person" || kinds[e.Serves] != "country") {
			c.add("entity "+e.ID, "serves %q: only a person serves, and only a country", e.Serves)
		}
		if e.Former && e.Kind != "person" {
			c.add("entity "+e.ID, "former: only a person leaves an office")
		}
		for _, m := range e.Members {
			if e.Kind != "organisation" || kinds[m] != "country" {
				c.add("entity "+e.ID, "member %q: only an organisation has members, and only countries", m)
			}
		}
		if e.Within != "" && (e.Kind != "event" || kinds[e.Within] != "event" || e.Within == e.ID) {
			c.add("entity "+e.ID, "within %q: only an event is held within another event", e.Within)
		}
		if e.Capital != "" && (e.Kind != "country" || !slices.Contains(e.Aliases, e.Capital)) {
			c.add("entity "+e.ID, "capital %q: only a country has a capital, named as one of its aliases", e.Capital)
		}
	}
}

func (c *checker) checkTopics(topics []Topic) {
	alias := map[string]string{} // normalised name or alias → topic id
	for i, t := range topics {
		where := "topic " + t.ID
		switch {
		case t.ID == "":
			c.add(fmt.Sprintf("topic #%d", i+1), "missing id")
			continue
		case !slugRE.MatchString(t.ID):
			c.add(where, "id must be a lowercase slug")
		case c.topics[t.ID]:
			c.add(where, "duplicate id")
			continue
		}
		c.topics[t.ID] = true
		if strings.TrimSpace(t.Name) == "" {
			c.add(where, "missing name")
		}
		for _, name := range append([]string{t.ID, t.Name}, t.Aliases...) {
			key := normalizeName(name)
			if other, ok := alias[key]; ok && other != t.ID {
				c.add(where, "name or alias %q is already used by topic %s", name, other)
				continue
			}
			alias[key] = t.ID
		}
	}
	// Once every topic is known: a broader topic may come later in the list.
	for _, t := range topics {
		if t.Broader != "" && (!c.topics[t.Broader] || t.Broader == t.ID) {
			c.add("topic "+t.ID, "broader topic %q is not another known topic", t.Broader)
		}
	}
}

func (c *checker) checkFacts(facts []Fact) {
	ids := map[string]bool{}
	questionOf := map[string]string{} // folded question → the fact that has it
	for i := range facts {
		f := &facts[i]
		where := "fact " + f.ID
		switch {
		case f.ID == "":
			c.add(fmt.Sprintf("fact #%d", i+1), "missing id")
		case !slugRE.MatchString(f.ID):
			c.add(where, "id must be a lowercase kebab-case slug")
		case ids[f.ID]:
			c.add(where, "duplicate id")
		}
		ids[f.ID] = true
		if strings.TrimSpace(f.Text) == "" {
			c.add(where, "empty text")
		} else if w := danglingOpener(f.Text); w != "" {
			c.add(where, "text opens with %q, which points at a sentence the fact does not carry: name what it refers to", w)
		}
		c.checkCitation(where, f)
		for _, e := range f.Entities {
			if !c.entities[e] {
				c.add(where, "unknown entity %q", e)
			}
		}
		if len(f.Topics) == 0 {
			c.add(where, "needs at least one topic")
		}
		for _, t := range f.Topics {
			if !c.topics[t] {
				c.add(where, "unknown topic %q", t)
			}
		}
		c.checkKind(where, f)
		if f.Date != "" {
			if _, err := parseDate(f.Date); err != nil {
				c.add(where, "%v", err)
			}
		}
		if f.Weight < 1 || f.Weight > 10 {
			c.add(where, "weight %d is outside 1..10", f.Weight)
		}
		if f.Stance != "" && f.Stance != StanceCooperation && f.Stance != StanceDifference {
			c.add(where, "unknown stance %q (want cooperation or difference)", f.Stance)
		}
		for _, p := range checkSides(f) {
			c.add(where, "%s", p)
		}
		for _, p := range checkQuestions(f, questionOf) {
			c.add(where, "%s", p)
		}
	}
	// Once every id is known: a reason, or what is set against a fact, may come later.
	for i := range facts {
		f := &facts[i]
		if f.Because != "" && (!ids[f.Because] || f.Because == f.ID) {
			c.add("fact "+f.ID, "because %q is not another known fact", f.Because)
		}
		if f.But != "" && (!ids[f.But] || f.But == f.ID) {
			c.add("fact "+f.ID, "but %q is not another known fact", f.But)
		}
		if f.With != "" && (!ids[f.With] || f.With == f.ID) {
			c.add("fact "+f.ID, "with %q is not another known fact", f.With)
		}
		for _, e := range f.Examples {
			if !ids[e] || e == f.ID {
				c.add("fact "+f.ID, "example %q is not another known fact", e)
			}
		}
	}
}

// checkCitation checks a fact's source, quote and section, and records the section as
// covered.
func (c *checker) checkCitation(where string, f *Fact) {
	src := c.sources[f.Source]
	switch {
	case f.Source == "":
		c.add(where, "missing source")
	case src == nil:
		c.add(where, "unknown source %q", f.Source)
	}
	switch {
	case strings.TrimSpace(f.Quote) == "":
		c.add(where, "empty quote")
	case src != nil:
		if !strings.Contains(c.normText[src.ID], normalizeQuote(f.Quote)) {
			c.add(where, "quote does not occur verbatim in source %s: %q", f.Source, runes.Clip(f.Quote, 81, "…"))
		}
	}
	if src == nil {
		return
	}
	if !c.sections[src.ID][f.Section] {
		c.add(where, "unknown section %q of source %s", f.Section, src.ID)
		return
	}
	if c.covered[src.ID] == nil {
		c.covered[src.ID] = map[string]bool{}
	}
	c.covered[src.ID][f.Section] = true
}

// checkKind checks a fact's kind and the attribution it needs.
func (c *checker) checkKind(where string, f *Fact) {
	switch f.Kind {
	case KindEvent, KindContext:
		if f.Attribution != "" && !validAttribution(f.Attribution, c.entities) {
			c.add(where, "unknown attribution %q (want author, analysts or an entity id)", f.Attribution)
		}
	case KindStatement:
		if !validAttribution(f.Attribution, c.entities) {
			c.add(where, "a statement needs an attribution naming who said it (author, analysts or an entity id), got %q", f.Attribution)
		}
	case KindAnalysis:
		if f.Attribution != AttributionAuthor && f.Attribution != AttributionAnalysts {
			c.add(where, "analysis must be attributed to author or analysts, got %q", f.Attribution)
		}
		// The text travels alone (digests, embeds), so it must say whose judgement it is.
		low := strings.ToLower(f.Text)
		if !strings.Contains(low, "author") && !strings.Contains(low, "analyst") {
			c.add(where, "analysis text must say whose judgement it is (the author's or analysts')")
		}
	default:
		c.add(where, "unknown kind %q (want event, statement, analysis or context)", f.Kind)
	}
}

// checkSynonyms matches groups by stem, as the search reads words: two words of one stem in
// two groups would silently join the groups.
func (c *checker) checkSynonyms(groups [][]string) {
	seen := map[string]int{}       // word → group number
	firstOf := map[string]string{} // stem → the first word seen with it
	for i, g := range groups {
		where := fmt.Sprintf("synonyms group %d", i+1)
		if len(g) < 2 {
			c.add(where, "a group needs two words or more")
		}
		for _, w := range g {
			st := stem(strings.ToLower(w))
			switch {
			case strings.TrimSpace(w) == "" || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }):
				c.add(where, "%q is not a single word of letters", w)
			case seen[w] != 0 && seen[w] != i+1:
				c.add(where, "%q is also in group %d", w, seen[w])
			case seen[firstOf[st]] != 0 && seen[firstOf[st]] != i+1:
				c.add(where, "%q reads as %q, like %q of group %d", w, st, firstOf[st], seen[firstOf[st]])
			default:
				seen[w] = i + 1
				if _, ok := firstOf[st]; !ok {
					firstOf[st] = w
				}
			}
		}
	}
}

// checkCoverage reports every section of every source that yields no fact.
func (c *checker) checkCoverage(sources []Source) {
	for _, s := range sources {
		for _, sec := range s.Sections {
			if !c.covered[s.ID][sec.ID] {
				c.add("source "+s.ID, "section %q (%s) has no facts", sec.ID, runes.Clip(sec.Heading, 61, "…"))
			}
		}
	}
}

// danglingOpeners are words that, opening a fact's text, refer back to a sentence the reader
// does not have: a fact is shown on its own (a digest, an embed, one search result).
var danglingOpeners = map[string]bool{
	"this": true, "these": true, "that": true, "those": true, "it": true, "its": true,
	"they": true, "their": true, "such": true, "he": true, "she": true, "his": true,
	"her": true, "them": true,
}

// danglingOpener returns the text's first word as written when it is one of
// danglingOpeners opening a sentence ("This", "THIS"), else "". A curated text opens with a
// capital (the store's tests hold every fact to that); a first word in lower case is only met
// in generated stores (brieftest's word salad), which this check is not about.
func danglingOpener(text string) string {
	word := strings.TrimLeftFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	if end := strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
		word = word[:end]
	}
	if first, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(first) {
		return ""
	}
	if danglingOpeners[strings.ToLower(word)] {
		return word
	}
	return ""
}

func validAttribution(a string, entities map[string]bool) bool {
	return a == AttributionAuthor || a == AttributionAnalysts || entities[a]
}

// checkSides reports what is wrong with a fact's sides: they need a stance, name only the
// fact's own entities, and make sense for it — a difference between two camps or more, each
// entity in one camp; cooperation within groups of two or more.
func checkSides(f *Fact) []string {
	if len(f.Sides) == 0 {
		return nil
	}
	if f.Stance == "" {
		return []string{"sides without a stance"}
	}
	var probs []string
	seen := map[string]bool{}
	for i, side := range f.Sides {
		if f.Stance == StanceCooperation && len(side) < 2 {
			probs = append(probs, fmt.Sprintf("cooperation side %d has %d entities; cooperation needs two or more", i+1, len(side)))
		}
		if len(side) == 0 {
			probs = append(probs, fmt.Sprintf("side %d is empty", i+1))
		}
		for _, id := range side {
			if !slices.Contains(f.Entities, id) {
				probs = append(probs, fmt.Sprintf("side %d names %q, which is not among the fact's entities", i+1, id))
			}
			if f.Stance == StanceDifference && seen[id] {
				probs = append(probs, fmt.Sprintf("%q is on two sides of a difference", id))
			}
			seen[id] = true
		}
	}
	if f.Stance == StanceDifference && len(f.Sides) < 2 {
		probs = append(probs, "a difference needs two sides or more")
	}
	return probs
}

// Bounds on a fact's everyday questions.
const (
	minQuestions = 2
	maxQuestions = 4
)

// checkQuestions checks a fact's everyday questions: none at all (a store still being
// written), or two to four, each a question, each given to one fact only. questionOf records
// the questions seen so far.
func checkQuestions(f *Fact, questionOf map[string]string) []string {
	if len(f.Questions) == 0 {
		return nil
	}
	var probs []string
	if len(f.Questions) < minQuestions || len(f.Questions) > maxQuestions {
		probs = append(probs, fmt.Sprintf("has %d questions; give it %d to %d", len(f.Questions), minQuestions, maxQuestions))
	}
	for _, q := range f.Questions {
		q = strings.TrimSpace(q)
		if !strings.HasSuffix(q, "?") {
			probs = append(probs, fmt.Sprintf("question %q does not end with a question mark", q))
		}
		key := strings.Join(strings.Fields(strings.ToLower(q)), " ")
		if other, ok := questionOf[key]; ok {
			probs = append(probs, fmt.Sprintf("question %q is also fact %s's; give it to the one that answers it best", q, other))
		}
		questionOf[key] = f.ID
	}
	return probs
}
