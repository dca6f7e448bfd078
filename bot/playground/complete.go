package playground

import (
	"net/http"
	"strings"
	"unicode"

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
// last name to — the same suggestions as Discord's autocomplete.
func (p *Playground) handleComplete(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if len(q) > maxQuestion {
		http.Error(w, "q too long", http.StatusRequestURITooLong)
		return
	}
	writeJSON(w, p.complete(q))
}

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
	res := p.d.Resolver()
	for _, start := range p.fragmentStarts(q) {
		ms := res.Complete(q[start:], maxCompletions, commands.TargetEntity, commands.TargetTopic)
		if len(ms) == 0 {
			continue
		}
		out.Keep = q[:start]
		for _, m := range ms {
			out.Items = append(out.Items, completion{Label: m.Name, Insert: m.Name, Kind: p.kindOf(m)})
		}
		return out
	}
	return out
}

// fragmentStarts lists where the name being typed may start, longest first: the last word,
// extended back over up to two more words ("south kor") but never over a word that is a name
// by itself ("japan kor" types a second name), a stop word or a command name, nor past a
// separator (",;/|").
func (p *Playground) fragmentStarts(q string) []int {
	from := 0
	if strings.HasPrefix(q, "/") {
		from = strings.IndexFunc(q, unicode.IsSpace) // past the command name
	}
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
