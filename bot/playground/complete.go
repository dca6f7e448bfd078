package playground

import (
	"net/http"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// maxCompletions is how many names the dropdown offers, as Discord's autocomplete does at most.
const maxCompletions = 25

// completion is one suggestion for what is being typed.
type completion struct {
	Label  string `json:"label"`
	Insert string `json:"insert"`
	Kind   string `json:"kind"`
	Detail string `json:"detail,omitempty"`
}

// completeResponse says what to offer and what of the typed text to keep: the page replaces
// everything after Keep with the chosen Insert.
type completeResponse struct {
	Keep  string       `json:"keep"`
	Items []completion `json:"items"`
}

// stopWords end a name being typed: the words around names in commands and questions.
var stopWords = map[string]bool{
	"about": true, "and": true, "vs": true, "versus": true, "with": true, "between": true,
	"or": true, "the": true, "of": true, "on": true, "in": true, "what": true, "how": true,
	"subscribe": true, "preview": true, "daily": true, "weekdays": true, "hourly": true,
}

// handleComplete offers names for what is being typed (?q= is the text up to the caret): the
// command names after a lone "/", otherwise the entities and topics the resolver completes the
// last name to — the same suggestions as Discord's autocomplete — where a name is expected.
func (p *Playground) handleComplete(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if len(q) > maxQuestion {
		http.Error(w, "q too long", http.StatusRequestURITooLong)
		return
	}
	writeJSON(w, p.complete(q))
}

// nameContext says where in q names may be offered, and how readily.
type nameContext int

const (
	noNames     nameContext = iota // a command that takes no names (/help), or /digest before "about"
	names                          // a command that takes names: offer them for any word
	clearlyName                    // plain words (a question): only for a word that clearly starts a name
)

// minClearPrefix is how much of a word a question must have typed before it is offered names:
// "ar" is the start of too many words to mean Ardern.
const minClearPrefix = 3

func (p *Playground) complete(q string) completeResponse {
	out := completeResponse{Keep: q, Items: []completion{}}
	if q == "" || unicode.IsSpace(rune(q[len(q)-1])) {
		return out
	}
	if strings.HasPrefix(q, "/") && !strings.ContainsFunc(q, unicode.IsSpace) {
		prefix := strings.ToLower(q[1:])
		out.Keep = ""
		for _, c := range p.d.Commands() {
			if strings.HasPrefix(c.Name, prefix) {
				out.Items = append(out.Items, completion{Label: "/" + c.Name, Insert: "/" + c.Name, Kind: "command", Detail: c.Summary})
			}
		}
		return out
	}
	from, ctx, kinds := p.contextOf(q)
	if ctx == noNames {
		return out
	}
	res := p.d.Resolver()
	for _, start := range p.fragmentStarts(q, from) {
		frag := q[start:]
		if ctx == clearlyName && !clearStart(frag) {
			continue
		}
		ms := res.Complete(frag, maxCompletions, kinds...)
		var items []completion
		for _, m := range ms {
			if ctx == clearlyName && !startsName(frag, m) {
				continue // a typo's guess, or a word inside an alias: not clearly what was meant
			}
			items = append(items, completion{Label: m.Name, Insert: m.Name, Kind: p.kindOf(m)})
		}
		if len(items) == 0 {
			continue
		}
		out.Keep, out.Items = q[:start], items
		return out
	}
	return out
}

// contextOf finds where names may start in q, how readily they are offered there and of
// which kinds, as the command's first argument says: after a command that takes names, any
// word, of the argument's kinds; in a free-text argument, after the word its names follow
// (/digest's "about"), the same, and before it none; in a question or other free text, a
// word that clearly starts a name of any kind; after a command that takes nothing, none.
func (p *Playground) contextOf(q string) (int, nameContext, []string) {
	anyKind := []string{commands.TargetEntity, commands.TargetTopic}
	if !strings.HasPrefix(q, "/") {
		return 0, clearlyName, anyKind
	}
	cmdEnd := strings.IndexFunc(q, unicode.IsSpace)
	name := strings.ToLower(strings.TrimLeft(q[:cmdEnd], "/"))
	if name == "briefbot" { // the umbrella: "/briefbot relations japan kor"
		rest := strings.TrimLeftFunc(q[cmdEnd:], unicode.IsSpace)
		sub := strings.IndexFunc(rest, unicode.IsSpace)
		if sub < 0 {
			return 0, noNames, nil
		}
		cmdEnd = len(q) - len(rest) + sub
		name = strings.ToLower(strings.TrimLeft(rest[:sub], "/"))
	}
	cmds := p.d.Commands()
	i := slices.IndexFunc(cmds, func(c commands.Command) bool { return c.Name == name })
	if i < 0 || len(cmds[i].Args) == 0 {
		return 0, noNames, nil
	}
	switch arg := cmds[i].Args[0]; {
	case arg.IsName():
		return cmdEnd, names, arg.Kinds
	case len(arg.Kinds) > 0:
		after := " " + arg.After + " "
		if j := strings.LastIndex(strings.ToLower(q), after); j >= cmdEnd {
			return j + len(after), names, arg.Kinds
		}
		return 0, noNames, nil
	}
	return cmdEnd, clearlyName, anyKind
}

// clearStart reports whether a fragment of a question is long enough, and not a common word,
// to be taken for the start of a name.
func clearStart(frag string) bool {
	fields := strings.Fields(frag)
	if len(fields) == 0 {
		return false
	}
	last := strings.ToLower(fields[len(fields)-1])
	return utf8.RuneCountInString(last) >= minClearPrefix && !stopWords[last] && !commonWords[last]
}

// startsName reports whether the typed fragment is the start of the match's name, or of one of
// its words ("kor" → South Korea), rather than a typo's guess or a word inside an alias.
func startsName(frag string, m commands.Match) bool {
	f := briefs.NormalizeName(frag)
	n := briefs.NormalizeName(m.Name)
	return strings.HasPrefix(n, f) || strings.Contains(n, " "+f)
}

// commonWords are English words a question is made of that happen to start names ("are" →
// Ardern, "can" → Canberra): never offered names in a question.
var commonWords = map[string]bool{
	"are": true, "can": true, "did": true, "does": true, "was": true, "were": true, "will": true,
	"who": true, "why": true, "when": true, "where": true, "which": true, "they": true, "their": true,
	"them": true, "this": true, "that": true, "these": true, "those": true, "there": true,
	"has": true, "have": true, "had": true, "not": true, "for": true, "from": true, "about": true,
	"its": true, "his": true, "her": true, "our": true, "all": true, "any": true, "but": true,
	"say": true, "said": true, "says": true, "think": true, "tell": true, "more": true, "most": true,
	"over": true, "after": true, "before": true, "into": true, "than": true, "then": true,
	"relations": true, "relationship": true, "between": true, "against": true,
}

// fragmentStarts lists where the name being typed may start, longest first: the last word,
// extended back over up to two more words ("south kor") but never over a word that is a name
// by itself ("japan kor" types a second name), a stop word or a command name, nor before from
// or past a separator (",;/|").
func (p *Playground) fragmentStarts(q string, from int) []int {
	if i := strings.LastIndexAny(q, ",;/|"); i >= from {
		from = i + 1
	}
	// Word starts after from, in order.
	var starts []int
	inWord := false
	for i, c := range q[from:] {
		space := unicode.IsSpace(c)
		if !space && !inWord {
			starts = append(starts, from+i)
		}
		inWord = !space
	}
	if len(starts) == 0 {
		return nil
	}
	out := []int{starts[len(starts)-1]}
	for k := len(starts) - 2; k >= 0 && len(out) < 3; k-- {
		word := strings.TrimSpace(q[starts[k]:starts[k+1]])
		if p.endsName(word) {
			break
		}
		out = append(out, starts[k])
	}
	// Longest first.
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// endsName reports whether a typed word cannot be the start of the name after it.
func (p *Playground) endsName(word string) bool {
	lw := strings.ToLower(word)
	if stopWords[lw] || strings.ContainsFunc(word, unicode.IsDigit) || strings.ContainsRune(word, ':') {
		return true
	}
	found, unknown := p.d.Resolver().Resolve(word, commands.TargetEntity, commands.TargetTopic)
	return len(unknown) == 0 && len(found) == 1 && !found[0].Corrected
}

// kindOf names what a completion is: a country, a person, a topic, ….
func (p *Playground) kindOf(m commands.Match) string {
	if m.Kind == commands.TargetTopic {
		return "topic"
	}
	if e := p.store.Entity(m.ID); e != nil {
		return e.Kind
	}
	return m.Kind
}
