package commands

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/briefbot/briefbot/briefs"
)

// Target kinds a name can resolve to.
const (
	TargetEntity = "entity"
	TargetTopic  = "topic"
)

// Match is one name read from user text.
type Match struct {
	// Input is the text the user typed for it.
	Input string
	Kind  string // TargetEntity or TargetTopic
	ID    string
	Name  string // canonical name
	// Corrected is true when the input was a typo read as Name.
	Corrected bool
	// Via is the alias a partial name was found in ("nuclear issue" for "nuclear"), when
	// not Name (Containing).
	Via string
}

// Unknown is a span of user text that names nothing the store knows.
type Unknown struct {
	Input string
	// Candidates are the closest known names, best first ("did you mean").
	Candidates []Match
}

// Resolver reads entity and topic names out of user text: aliases, codes, any case or
// punctuation, typos within a small edit distance. It is built once and safe for concurrent use.
type Resolver struct {
	store *briefs.Store
	// names maps a normalised name or alias to what it names, per target kind.
	names map[string]map[string]Match
	// keys lists every normalised name, for typo search and completion.
	keys    []nameKey
	maxSpan int
}

type nameKey struct {
	key   string
	match Match
	// primary is true for the canonical name (shown first in completions).
	primary bool
	// weight orders completions: entities and topics with more facts first.
	weight int
}

// fillers are words between names that carry no name: "japan and korea", "us vs china".
var fillers = map[string]bool{"and": true, "vs": true, "versus": true, "with": true, "between": true, "or": true, "the": true, "of": true}

// NewResolver indexes every entity and topic name and alias of the store.
func NewResolver(store *briefs.Store) *Resolver {
	r := &Resolver{store: store, names: map[string]map[string]Match{TargetEntity: {}, TargetTopic: {}}}
	add := func(kind, id, canonical string, weight int, names []string) {
		for i, n := range names {
			key := briefs.NormalizeName(n)
			if key == "" {
				continue
			}
			m := Match{Kind: kind, ID: id, Name: canonical}
			if _, dup := r.names[kind][key]; dup {
				continue
			}
			r.names[kind][key] = m
			r.keys = append(r.keys, nameKey{key: key, match: m, primary: i == 1, weight: weight})
			r.maxSpan = max(r.maxSpan, strings.Count(key, " ")+1)
		}
	}
	for _, e := range store.Entities() {
		add(TargetEntity, e.ID, e.Name, store.EntityFactCount(e.ID), append([]string{e.ID, e.Name}, e.Aliases...))
	}
	for typed, e := range store.Transliterations {
		add(TargetEntity, e.ID, e.Name, store.EntityFactCount(e.ID), []string{typed})
	}
	for _, t := range store.Topics() {
		add(TargetTopic, t.ID, t.Name, store.TopicFactCount(t.ID), append([]string{t.ID, t.Name}, t.Aliases...))
	}
	return r
}

// Resolve reads a list of names of the given kinds (TargetEntity, TargetTopic, in order of
// preference) from text. Each word is read at most once; the longest known name wins
// ("south korea" before "korea"), then the closest typo. Words that name nothing are returned
// as unknown spans with their nearest candidates.
//
// Commas, semicolons, slashes and bars separate names for certain ("north, korea" is two
// words that name nothing, not North Korea); adapters with one option per name join them so.
func (r *Resolver) Resolve(text string, kinds ...string) ([]Match, []Unknown) {
	var found []Match
	var unknown []Unknown
	for _, chunk := range strings.FieldsFunc(text, func(c rune) bool { return strings.ContainsRune(",;/|", c) }) {
		f, u := r.resolveChunk(chunk, kinds, true)
		found = append(found, f...)
		unknown = append(unknown, u...)
	}
	return found, unknown
}

// ResolveExact is Resolve without typo correction or suggestions: cheap enough to try on
// every free question, to see whether it only names things.
func (r *Resolver) ResolveExact(text string, kinds ...string) ([]Match, bool) {
	var found []Match
	for _, chunk := range strings.FieldsFunc(text, func(c rune) bool { return strings.ContainsRune(",;/|", c) }) {
		f, u := r.resolveChunk(chunk, kinds, false)
		if len(u) > 0 {
			return nil, false
		}
		found = append(found, f...)
	}
	return found, true
}

func (r *Resolver) resolveChunk(text string, kinds []string, fuzzy bool) ([]Match, []Unknown) {
	return r.readWords(strings.Fields(briefs.NormalizeName(text)), kinds, fuzzy)
}

// readWords is resolveChunk for words already normalised.
func (r *Resolver) readWords(words []string, kinds []string, fuzzy bool) ([]Match, []Unknown) {
	var found []Match
	var unknown []Unknown
	var pending []string // consecutive unmatched words
	flush := func() {
		if len(pending) > 0 {
			in := strings.Join(pending, " ")
			u := Unknown{Input: in}
			if fuzzy {
				u.Candidates = r.Suggest(in, 3, kinds...)
			}
			unknown = append(unknown, u)
			pending = nil
		}
	}
	for i := 0; i < len(words); {
		if m, n, ok := r.exact(words[i:], kinds); ok {
			flush()
			found = append(found, m)
			i += n
			continue
		}
		if fillers[words[i]] {
			i++
			continue
		}
		if !fuzzy {
			// Exact reading only: the first word that names nothing settles it.
			pending = append(pending, words[i])
			flush()
			return found, unknown
		}
		if m, n, ok := r.fuzzy(words[i:], kinds); ok {
			flush()
			found = append(found, m)
			i += n
			continue
		}
		pending = append(pending, words[i])
		i++
	}
	flush()
	return found, unknown
}

// exact finds the longest known name at the start of words.
func (r *Resolver) exact(words []string, kinds []string) (Match, int, bool) {
	span := min(len(words), r.maxSpan)
	// Every key tried is a prefix of the longest: joined once, each is a slice of it.
	joined := strings.Join(words[:span], " ")
	end := len(joined)
	for n := span; n >= 1; n-- {
		if n < span {
			end -= len(words[n]) + 1
		}
		key := joined[:end]
		for _, k := range kinds {
			if m, ok := r.names[k][key]; ok {
				m.Input = key
				return m, n, true
			}
		}
	}
	return Match{}, 0, false
}

// typoBudget is how many edits a word of n letters may carry and still be read as a name:
// none for very short words, where one edit turns one code into another ("us" → "uk").
func typoBudget(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 7:
		return 1
	default:
		return 2
	}
}

// fuzzy reads a mistyped name at the start of words, longest span first. A span reads as a
// name only if exactly one name is closest; ties are left to "did you mean".
func (r *Resolver) fuzzy(words []string, kinds []string) (Match, int, bool) {
	for n := min(len(words), r.maxSpan); n >= 1; n-- {
		span := strings.Join(words[:n], " ")
		budget := typoBudget(len(span))
		if budget == 0 {
			continue
		}
		best, bestDist, tie := Match{}, budget+1, false
		for _, k := range r.keys {
			if !slices.Contains(kinds, k.match.Kind) || abs(len(k.key)-len(span)) > budget {
				continue
			}
			d := levenshtein.ComputeDistance(span, k.key)
			switch {
			case d < bestDist:
				best, bestDist, tie = k.match, d, false
			case d == bestDist && (k.match.ID != best.ID || k.match.Kind != best.Kind):
				tie = true
			}
		}
		if bestDist <= budget && !tie {
			best.Input = span
			best.Corrected = true
			return best, n, true
		}
	}
	return Match{}, 0, false
}

// Suggest lists the known names closest to text, best first, at most limit of them, one per
// entity or topic — for "did you mean" and for Slack's candidate buttons.
func (r *Resolver) Suggest(text string, limit int, kinds ...string) []Match {
	q := briefs.NormalizeName(text)
	if q == "" {
		return nil
	}
	type cand struct {
		m    Match
		dist int
		w    int
	}
	best := map[string]cand{}
	for _, k := range r.keys {
		if !slices.Contains(kinds, k.match.Kind) {
			continue
		}
		d := levenshtein.ComputeDistance(q, k.key)
		if strings.HasPrefix(k.key, q) && len(q) >= 3 {
			d = min(d, 1)
		}
		// "Did you mean" may reach a little further than silent correction, but never so far
		// that a short code ("ap4") looks like a typo of an unrelated word ("japn").
		allowed := typoBudget(len(q))
		if len(q) >= 5 {
			allowed++
		}
		if d > allowed || 2*d >= len(k.key) {
			continue
		}
		id := k.match.Kind + "/" + k.match.ID
		if c, ok := best[id]; !ok || d < c.dist {
			best[id] = cand{m: k.match, dist: d, w: k.weight}
		}
	}
	cands := make([]cand, 0, len(best))
	for _, c := range best {
		cands = append(cands, c)
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(a.dist, b.dist); c != 0 {
			return c
		}
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return cmp.Compare(a.m.ID, b.m.ID)
	})
	var out []Match
	for _, c := range cands {
		if len(out) == limit {
			break
		}
		out = append(out, c.m)
	}
	return out
}

// Complete offers names for a partly typed one, as Discord's autocomplete and the playground
// do: names and aliases that start with the text (or have a word that does) first, the
// entities and topics with the most facts first among equals, then close typos; one entry per
// entity or topic, at most limit.
func (r *Resolver) Complete(prefix string, limit int, kinds ...string) []Match {
	q := briefs.NormalizeName(prefix)
	type cand struct {
		m    Match
		rank int
		w    int
	}
	// Autocomplete runs on every keystroke, so the loop over every name allocates nothing
	// unless a name matches.
	type target struct{ kind, id string }
	best := map[target]cand{}
	consider := func(k nameKey, rank int) {
		t := target{k.match.Kind, k.match.ID}
		if c, ok := best[t]; !ok || rank < c.rank {
			best[t] = cand{m: k.match, rank: rank, w: k.weight}
		}
	}
	wordStart := " " + q
	budget, qRunes := typoBudget(len(q)), utf8.RuneCountInString(q)
	for _, k := range r.keys {
		if !slices.Contains(kinds, k.match.Kind) {
			continue
		}
		switch {
		case q == "":
			consider(k, 3)
		case k.key == q:
			consider(k, 0)
		case strings.HasPrefix(k.key, q), strings.Contains(k.key, wordStart):
			// A name or any of its words starting with the text: "kor" is as much North
			// Korea as it is the Korean Peninsula.
			consider(k, 1)
		case len(q) >= 4 && abs(utf8.RuneCountInString(k.key)-qRunes) <= budget &&
			levenshtein.ComputeDistance(q, k.key) <= budget:
			// The difference in length is a lower bound on the edit distance, and far
			// cheaper to know.
			consider(k, 4)
		}
	}
	cands := make([]cand, 0, len(best))
	for _, c := range best {
		cands = append(cands, c)
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(a.rank, b.rank); c != 0 {
			return c
		}
		// Among equally good matches, countries (the actors people brief on most) first,
		// then whatever has the most facts.
		if c := cmp.Compare(r.kindRank(b.m), r.kindRank(a.m)); c != 0 {
			return c
		}
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return cmp.Compare(a.m.Name, b.m.Name)
	})
	out := make([]Match, 0, min(limit, len(cands)))
	for _, c := range cands {
		if len(out) == limit {
			break
		}
		out = append(out, c.m)
	}
	return out
}

// kindRank is 1 for countries, 0 for everything else.
func (r *Resolver) kindRank(m Match) int {
	if m.Kind == TargetEntity {
		if e := r.store.Entity(m.ID); e != nil && e.Kind == "country" {
			return 1
		}
	}
	return 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Containing lists the entities and topics of the given kinds whose name or an alias holds
// every word of text as a whole word ("pacific" → South Pacific, Asia-Pacific, Indo-Pacific
// region, Indo-Pacific strategy), for a word that names nothing on its own. Each comes once,
// with Via set to the shortest alias it matched when not its name ("nuclear" → North Korea
// via "nuclear issue"). Best first: names not built on another match (the Asia-Pacific allies are
// named after the Asia-Pacific, so come after it), then matches of the name before those of
// an alias, then the names the text covers most of, then those with the most facts.
func (r *Resolver) Containing(text string, kinds ...string) []Match {
	var words []string
	for _, w := range strings.Fields(briefs.NormalizeName(text)) {
		if !fillers[w] {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return nil
	}
	type cand struct {
		m       Match
		key     string
		rank    int // 0 matched by its name, 1 by an alias, 2 by its id only
		weight  int
		derived bool
	}
	var cands []*cand
	byTarget := map[string]*cand{}
	for _, k := range r.keys {
		if !slices.Contains(kinds, k.match.Kind) || !holdsWords(k.key, words) {
			continue
		}
		// An id equal to the name stands for the name (the index keeps the first of equal
		// keys).
		rank := 1
		switch k.key {
		case briefs.NormalizeName(k.match.Name):
			rank = 0
		case briefs.NormalizeName(k.match.ID):
			rank = 2
		}
		id := k.match.Kind + "/" + k.match.ID
		if c, ok := byTarget[id]; ok {
			// The best key is the name, else the shortest alias: "nuclear issue" before
			// "north korean nuclear issue".
			if rank < c.rank || (rank == c.rank && strings.Count(k.key, " ") < strings.Count(c.key, " ")) {
				c.key, c.rank = k.key, rank
			}
			continue
		}
		c := &cand{m: k.match, key: k.key, rank: rank, weight: k.weight}
		byTarget[id] = c
		cands = append(cands, c)
	}
	for _, a := range cands {
		for _, b := range cands {
			if a != b && a.key != b.key && strings.Contains(" "+a.key+" ", " "+b.key+" ") {
				a.derived = true
				break
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b *cand) int {
		if c := cmp.Compare(boolRank(a.derived), boolRank(b.derived)); c != 0 {
			return c
		}
		if c := cmp.Compare(min(a.rank, 1), min(b.rank, 1)); c != 0 {
			return c
		}
		// The share of the name the text covers: "pacific" is more of "South Pacific" than
		// of "Indo-Pacific region".
		if c := cmp.Compare(strings.Count(a.key, " "), strings.Count(b.key, " ")); c != 0 {
			return c
		}
		if c := cmp.Compare(b.weight, a.weight); c != 0 {
			return c
		}
		return cmp.Compare(a.m.Name, b.m.Name)
	})
	out := make([]Match, len(cands))
	for i, c := range cands {
		out[i] = c.m
		out[i].Input = strings.Join(words, " ")
		if c.rank == 1 {
			out[i].Via = c.key
		}
	}
	return out
}

// holdsWords reports whether every one of words is a whole word of key.
func holdsWords(key string, words []string) bool {
	padded := " " + key + " "
	for _, w := range words {
		if !strings.Contains(padded, " "+w+" ") {
			return false
		}
	}
	return true
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
