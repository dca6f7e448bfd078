package commands

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/internal/runes"
)

// builtin is a command every dispatcher has: its description, and the method that answers it.
type builtin struct {
	Command
	answer func(d *Dispatcher, ctx context.Context, req Request, args string) (Reply, error)
}

// Longest text an argument takes: names are short; a question may run longer, and the
// parser cuts any input at MaxInputBytes anyway.
const (
	maxNameLength     = 100
	maxQuestionLength = 500
)

// builtins is the command surface: every command's name, help, arguments and handler in one
// place. Adapters derive their shape of a command from it (see Command).
func builtins() []builtin {
	return []builtin{
		{Command{Name: "relations", Usage: "/relations A B [C …]", Example: "/relations japan korea", ReadOnly: true,
			Summary: "How two or more actors get along: cooperation, differences by topic, timeline.",
			Args:    actorArgs(2),
		}, (*Dispatcher).relations},
		{Command{Name: "country", Usage: "/country NAME", Example: "/country new zealand", ReadOnly: true,
			Summary: "Brief on one country (or person, place, agreement).",
			Args: []Arg{{Name: "name", Kinds: entityKinds, Required: true, MaxLen: maxNameLength,
				Description: "A country (or person, place, agreement), e.g. new zealand"}},
		}, (*Dispatcher).country},
		{Command{Name: "topic", Usage: "/topic TOPIC", Example: "/topic dokdo", ReadOnly: true,
			Summary: "Everything on one topic or named thing.",
			Args: []Arg{{Name: "name", Kinds: topicKinds, Required: true, MaxLen: maxNameLength,
				Description: "A topic or named thing, e.g. dokdo, trade, comfort women"}},
		}, (*Dispatcher).topic},
		{Command{Name: "timeline", Usage: "/timeline [NAME …]", Example: "/timeline japan korea", ReadOnly: true,
			Summary: "Dated events in order, for some actors or all.",
			Args:    actorArgs(0),
		}, (*Dispatcher).timeline},
		{Command{Name: "brief", Usage: "/brief", Example: "/brief", ReadOnly: true,
			Summary: "Overview: the Madrid summit and the article's argument.",
		}, (*Dispatcher).brief},
		{Command{Name: "sources", Usage: "/sources", Example: "/sources", ReadOnly: true,
			Summary: "What the facts are drawn from, with attribution.",
		}, (*Dispatcher).listSources},
		{Command{Name: "ask", Usage: "/ask QUESTION", Example: "/ask what is the dokdo dispute?", ReadOnly: true,
			Summary: "Ask a question in plain words (in a direct message, just type it).",
			Args: []Arg{{Name: "question", Required: true, MaxLen: maxQuestionLength,
				Description: "Your question in plain words, e.g. what is the dokdo dispute?"}},
		}, (*Dispatcher).ask},
		{Command{Name: "help", Usage: "/help", Example: "/help", ReadOnly: true,
			Summary: "This list.",
		}, (*Dispatcher).help},
	}
}

// actorArgs are the five names /relations and /timeline take, of which the first `required`
// must be given. Discord shows them as options by these names, which users' muscle memory and the
// bench harness depend on.
func actorArgs(required int) []Arg {
	names := []string{"first", "second", "third", "fourth", "fifth"}
	out := make([]Arg, len(names))
	for i, n := range names {
		out[i] = Arg{Name: n, Description: "A country, person, organisation or place, e.g. japan, ROK, nato",
			Kinds: entityKinds, Required: i < required, List: true, MaxLen: maxNameLength}
	}
	return out
}

// Builtins describes the commands every dispatcher has, without their handlers: what a
// platform needs to read and offer them before any store is loaded.
func Builtins() []Command {
	bs := builtins()
	out := make([]Command, len(bs))
	for i, b := range bs {
		out[i] = b.Command
	}
	return out
}

var entityKinds = []string{TargetEntity}

// resolveEntities reads entity names from the arguments of command name, or returns the
// not-found reply to give.
func (d *Dispatcher) resolveEntities(name, args string) ([]Match, *Reply) {
	found, unknown := d.resolver.Resolve(args, entityKinds...)
	if len(unknown) > 0 {
		r := d.unknownReply(name, args, unknown, entityKinds)
		return nil, &r
	}
	return found, nil
}

// unknownReply says which names are unknown, offers the closest ones as commands to run
// instead (Slack shows them as buttons), and lists what is known.
func (d *Dispatcher) unknownReply(name, args string, unknown []Unknown, kinds []string) Reply {
	var names []string
	var sugg []Suggestion
	normArgs := " " + briefs.NormalizeName(args) + " "
	for _, u := range unknown {
		names = append(names, "“"+u.Input+"”")
		for _, c := range u.Candidates {
			sugg = append(sugg, retryAs(name, normArgs, u.Input, c.Name))
		}
	}
	r := Reply{
		Code:        CodeNotFound,
		Title:       fmt.Sprintf("I have nothing on %s.", strings.Join(names, " or ")),
		Ephemeral:   true,
		Suggestions: sugg,
	}
	if len(sugg) > 0 {
		var labels []string
		for _, s := range sugg {
			labels = append(labels, s.Label)
		}
		r.Lead = "Did you mean " + strings.Join(labels, ", ") + "?"
	}
	r.Sections = append(r.Sections, d.knownSection(kinds))
	r.Source = d.firstSourceLine()
	return r
}

// knownSection lists what the store knows, by kind, so an unknown name is never a dead end.
func (d *Dispatcher) knownSection(kinds []string) Section {
	var lines []string
	byKind := map[string][]string{}
	var order []string
	for _, k := range kinds {
		switch k {
		case TargetEntity:
			for _, e := range d.store.Entities() {
				if d.store.EntityFactCount(e.ID) == 0 {
					continue
				}
				if _, ok := byKind[e.Kind]; !ok {
					order = append(order, e.Kind)
				}
				byKind[e.Kind] = append(byKind[e.Kind], e.Name)
			}
		case TargetTopic:
			order = append(order, "topic")
			for _, t := range d.store.Topics() {
				byKind["topic"] = append(byKind["topic"], t.Name)
			}
		}
	}
	for _, k := range order {
		lines = append(lines, kindLabel(k)+": "+strings.Join(byKind[k], ", "))
	}
	return Section{Heading: "What I know", Text: strings.Join(lines, "\n")}
}

func kindLabel(kind string) string {
	switch kind {
	case "country":
		return "Countries"
	case "person":
		return "People"
	case "organisation":
		return "Organisations"
	case "place":
		return "Places"
	case "agreement":
		return "Agreements"
	case "strategy":
		return "Strategies"
	case "document":
		return "Documents"
	case "event":
		return "Events"
	case "topic":
		return "Topics"
	}
	return kind
}

// correctionNotes tells the reader how mistyped names were read, and offers them as suggestions.
func correctionNotes(ms []Match) []string {
	var notes []string
	for _, m := range ms {
		if m.Corrected {
			notes = append(notes, fmt.Sprintf("Read “%s” as %s.", m.Input, m.Name))
		}
	}
	return notes
}

// correctionSuggestions offers, for every mistyped name, the closest names as commands to run
// instead ("japn" → Japan, and any other close name), so a platform without argument
// autocomplete (Slack) can show them as buttons.
func (d *Dispatcher) correctionSuggestions(name, args string, ms []Match, kinds []string) []Suggestion {
	var out []Suggestion
	normArgs := " " + briefs.NormalizeName(args) + " "
	for _, m := range ms {
		if !m.Corrected {
			continue
		}
		for _, c := range d.resolver.Suggest(m.Input, 3, kinds...) {
			out = append(out, retryAs(name, normArgs, m.Input, c.Name))
		}
	}
	return out
}

// retryAs offers to run command name again with a mistyped input read as a known name:
// "/relations japn korea" → Japan, "/relations japan korea". normArgs are the normalized
// arguments with a space at each end.
func retryAs(name, normArgs, input, known string) Suggestion {
	fixed := strings.Replace(normArgs, " "+input+" ", " "+strings.ToLower(known)+" ", 1)
	return Suggestion{Label: known, Command: "/" + name + " " + strings.TrimSpace(fixed)}
}

func ids(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

const relationsUsage = "Name two or more actors, e.g. /relations japan korea or /relations us japan south korea."

func (d *Dispatcher) relations(ctx context.Context, req Request, args string) (Reply, error) {
	if strings.TrimSpace(args) == "" {
		return Reply{}, &Error{Code: CodeInvalid, Message: "Which actors?", Usage: relationsUsage}
	}
	args, page := splitPage(args)
	ms, nf := d.resolveEntities("relations", args)
	if nf != nil {
		return *nf, nil
	}
	ents := d.store.SortEntityIDs(ids(ms))
	if len(ents) < 2 {
		return Reply{}, &Error{Code: CodeInvalid, Message: "Relations need at least two different actors.", Usage: relationsUsage}
	}
	b := d.store.RelationsPage(ents, page)
	r := d.fromBrief(b)
	r.Notes = append(correctionNotes(ms), r.Notes...)
	r.Suggestions = d.correctionSuggestions("relations", args, ms, entityKinds)
	if b.Empty() {
		r.Code = CodeNotFound
		r.Title = fmt.Sprintf("I have nothing on relations between %s.", b.Title)
		if page > 1 {
			r.Title = fmt.Sprintf("There is no page %d on relations between %s; the answer has %d.", page, b.Title, b.Pages)
		}
		r.Ephemeral = true
	}
	r.Suggestions = append(r.Suggestions, pageSuggestions("/relations "+joinNames(d.store, ents), b)...)
	r.Turn = &Turn{Command: "/relations " + joinNames(d.store, ents), Name: "relations", Actors: slices.Compact(ids(ms))}
	for _, id := range ents {
		e := d.store.Entity(id)
		r.Suggestions = append(r.Suggestions, Suggestion{Label: e.Name, Command: "/country " + e.Name})
	}
	r.Suggestions = append(r.Suggestions, Suggestion{Label: "Timeline", Command: "/timeline " + joinNames(d.store, ents)})
	return r, nil
}

func joinNames(s *briefs.Store, ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = strings.ToLower(s.Entity(id).Name)
	}
	return strings.Join(names, ", ")
}

func (d *Dispatcher) country(ctx context.Context, req Request, args string) (Reply, error) {
	if strings.TrimSpace(args) == "" {
		return Reply{}, &Error{Code: CodeInvalid, Message: "Which country?", Usage: "e.g. /country new zealand"}
	}
	args, page := splitPage(args)
	ms, nf := d.resolveEntities("country", args)
	if nf != nil {
		return *nf, nil
	}
	if len(ms) != 1 {
		return Reply{}, &Error{Code: CodeInvalid, Message: "Name one country at a time.", Usage: "For two or more, try /relations " + args}
	}
	r := d.entityReplyPage(ms[0], page)
	r.Suggestions = append(d.correctionSuggestions("country", args, ms, entityKinds), r.Suggestions...)
	return r, nil
}

func (d *Dispatcher) entityReply(m Match) Reply { return d.entityReplyPage(m, 1) }

// entityReplyPage answers /country NAME page N: the actor's brief, one page of it.
func (d *Dispatcher) entityReplyPage(m Match, page int) Reply {
	b := d.store.EntityBriefPage(m.ID, page)
	r := d.fromBrief(b)
	r.Notes = append(correctionNotes([]Match{m}), r.Notes...)
	if b.Empty() {
		r.Code = CodeNotFound
		r.Title = fmt.Sprintf("I have no facts on %s.", m.Name)
		if page > 1 && b.Pages > 0 {
			r.Title = fmt.Sprintf("There is no page %d on %s; the brief has %d.", page, m.Name, b.Pages)
		}
		r.Ephemeral = true
	}
	r.Suggestions = append(r.Suggestions, pageSuggestions("/country "+strings.ToLower(m.Name), b)...)
	r.Turn = &Turn{Command: "/country " + strings.ToLower(m.Name), Name: "country", Actors: []string{m.ID}}
	for _, e := range d.store.Related(m.ID, "country", 3) {
		r.Suggestions = append(r.Suggestions, Suggestion{
			Label:   m.Name + " ↔ " + e.Name,
			Command: "/relations " + strings.ToLower(m.Name) + ", " + strings.ToLower(e.Name),
		})
	}
	return r
}

func (d *Dispatcher) timeline(ctx context.Context, req Request, args string) (Reply, error) {
	var ms []Match
	if strings.TrimSpace(args) != "" {
		var nf *Reply
		if ms, nf = d.resolveEntities("timeline", args); nf != nil {
			return *nf, nil
		}
	}
	b := d.store.Timeline(ids(ms))
	r := d.fromBrief(b)
	r.Notes = correctionNotes(ms)
	if b.Empty() {
		r.Code = CodeNotFound
		r.Title = "I have no dated events for " + strings.TrimPrefix(b.Title, "Timeline: ") + "."
		r.Ephemeral = true
	}
	return r, nil
}

func (d *Dispatcher) brief(ctx context.Context, req Request, args string) (Reply, error) {
	r := d.fromBrief(d.store.Overview())
	r.Suggestions = []Suggestion{
		{Label: "Japan ↔ South Korea", Command: "/relations japan, south korea"},
		{Label: "The four partners", Command: "/relations japan, south korea, australia, new zealand"},
		{Label: "Dokdo", Command: "/topic dokdo"},
		{Label: "Timeline", Command: "/timeline"},
	}
	return r, nil
}

func (d *Dispatcher) listSources(ctx context.Context, req Request, args string) (Reply, error) {
	r := Reply{Found: true, Title: "Sources"}
	for _, src := range d.store.Sources() {
		var b strings.Builder
		fmt.Fprintf(&b, "%q\n", src.Title)
		fmt.Fprintf(&b, "Author: %s", src.Author)
		if src.Affiliation != "" {
			fmt.Fprintf(&b, ", %s", src.Affiliation)
		}
		fmt.Fprintf(&b, "\nPublisher: %s", src.Publisher)
		if src.Editor != "" {
			fmt.Fprintf(&b, "; editor %s", src.Editor)
		}
		fmt.Fprintf(&b, "\nWritten: %s (facts as of %s)", src.Date, src.AsOf)
		if src.Language != "" {
			fmt.Fprintf(&b, "\nText: %s", src.Language)
		}
		fmt.Fprintf(&b, "\n%s", src.Attribution)
		sec := Section{Heading: src.Title, Text: b.String()}
		for _, s := range src.Sections {
			n := 0
			for _, f := range d.store.Facts() {
				if f.Source == src.ID && f.Section == s.ID {
					n++
				}
			}
			sec.Bullets = append(sec.Bullets, Bullet{Label: s.Label, Text: fmt.Sprintf("%s (%d facts)", s.Heading, n)})
		}
		r.Sections = append(r.Sections, sec)
		r.Source = d.sources[src.ID]
	}
	r.Lead = fmt.Sprintf("%d curated facts, each with its verbatim quote.", len(d.store.Facts()))
	return r, nil
}

func (d *Dispatcher) ask(ctx context.Context, req Request, args string) (Reply, error) {
	q := strings.TrimSpace(args)
	if q == "" {
		return Reply{}, &Error{Code: CodeInvalid, Message: "What would you like to know?", Usage: "e.g. /ask what is the dokdo dispute?"}
	}
	// A question that only names actors ("tell me about japan", "how do japan and korea get
	// along?") is best answered by their brief, not by the few facts that match best.
	words := strings.Fields(briefs.NormalizeName(q))
	if aboutTheArticle(words) {
		return d.brief(ctx, req, "")
	}
	if ms, ok := d.onlyNames(q, words); ok {
		if len(ms) == 1 {
			return d.entityReply(ms[0]), nil
		}
		return d.relations(ctx, req, joinMatches(ms))
	}
	if m, ok := d.officeAskedOf(words); ok {
		return d.entityReply(m), nil
	}
	// "Kiwi here - what did our PM say?" asks of New Zealand's; the reply's title stays the
	// asker's words.
	read := d.store.WithOwnCountry(q)
	// A question about a country, person or office the article does not cover is refused
	// as such, never answered with facts about something else. When its subject is
	// covered, the rest is answered after saying what is not.
	var gap briefs.Gap
	if d.world != nil {
		if g, ok := d.world.Uncovered(read); ok {
			if !g.Partial {
				r := d.fromBrief(g.Brief()) // the facts that mention it in passing, if any
				r.Found = false
				r.Code, r.Title, r.Ephemeral = CodeNotFound, g.Sentence, true
				r.Source = d.firstSourceLine()
				r.Suggestions = []Suggestion{{Label: "Overview", Command: "/brief"}, {Label: "Help", Command: "/help"}}
				return r, nil
			}
			gap = g
			// "…spent their meeting on the South China Sea, right? what did they talk
			// about": the rest is answered without what is not covered when its name
			// holds one the store reads ("China"), which would otherwise be asked about.
			if g.Kind == briefs.GapUncovered && len(d.store.NamedActors(g.Name)) > 0 {
				read = withoutName(read, g.Name)
			}
			if g.Rest != "" {
				read = g.Rest // "Was the summit held in Brussels?" answers where it was held
			}
		}
	}
	b := d.store.Answer(read)
	if b.Empty() {
		title := "I have nothing on that."
		if gap.Sentence != "" {
			title = gap.Sentence
		} else if b.Lead != "" {
			title = b.Lead // what the article gives instead: "…dates this only to May 2022"
		}
		return Reply{
			Code:      CodeNotFound,
			Title:     title,
			Lead:      fmt.Sprintf("My facts come from one article on the June 2022 NATO summit and the US's Asia-Pacific allies, and none of them answers “%s”.", runes.Clip(q, 120, "…")),
			Ephemeral: true,
			Suggestions: []Suggestion{
				{Label: "Overview", Command: "/brief"},
				{Label: "Japan ↔ South Korea", Command: "/relations japan, south korea"},
				{Label: "Help", Command: "/help"},
			},
			Source: d.firstSourceLine(),
		}, nil
	}
	r := d.fromBrief(b)
	r.Title = runes.Clip(q, 150, "…")
	r.Turn = &Turn{Command: strings.TrimSpace(req.Text), Name: "ask", Actors: b.Actors, Things: b.Things}
	if gap.Sentence != "" {
		r.Lead = gap.Sentence + " What it says on the rest:"
	}
	for i := range r.Sections {
		for j := range r.Sections[i].Bullets {
			r.Sections[i].Bullets[j].ShowQuote = true
		}
	}
	return r, nil
}

// aboutTheArticle reports whether q asks for the article as a whole ("what is the author's
// main argument?", "summarise the article") rather than about something in it: such a
// question is answered by the overview, which no handful of ranked facts can stand for. It
// must name the article or its argument, and say nothing else. words are the question's, as
// briefs.NormalizeName leaves them.
func aboutTheArticle(words []string) bool {
	strong := false
	for _, w := range words {
		switch {
		case articleWords[w]:
			strong = true
		case askWords[w] || articleFiller[w]:
		default:
			return false
		}
	}
	return strong
}

// articleWords name the article or its argument; articleFiller may go with them.
var (
	articleWords = map[string]bool{
		"article": true, "articles": true, "author": true, "authors": true, "argument": true,
		"arguments": true, "argue": true, "argues": true, "thesis": true, "summary": true,
		"summarise": true, "summarize": true, "gist": true, "conclusion": true,
		"conclusions": true, "conclude": true, "concludes": true, "takeaway": true,
		"takeaways": true, "overview": true, "piece": true, "essay": true,
	}
	articleFiller = map[string]bool{
		"a": true, "an": true, "this": true, "its": true, "it": true, "in": true, "up": true,
		"overall": true, "main": true, "key": true, "central": true, "core": true, "point": true,
		"points": true, "message": true, "idea": true, "ideas": true, "claim": true,
		"claims": true, "say": true, "says": true, "saying": true, "whole": true, "short": true,
		"general": true, "give": true, "can": true, "you": true, "please": true, "sum": true,
		"s": true,
		// "what's the author's view?", "the author's hot take on all this": the article's own
		// view, which the overview gives.
		"view": true, "views": true, "take": true, "hot": true, "opinion": true, "verdict": true,
		"all": true, "that": true, "think": true, "thinks": true, "believe": true, "believes": true,
		// "what's the one-line takeaway?", "the quick gist", "the big picture".
		"one": true, "line": true, "quick": true, "big": true, "picture": true,
	}
)

// askWords are the words of a request that name nothing: "tell me about", "how do … get along".
var askWords = map[string]bool{
	"tell": true, "me": true, "about": true, "brief": true, "on": true, "info": true,
	"information": true, "what": true, "who": true, "is": true, "are": true, "the": true,
	"relations": true, "relationship": true, "between": true, "and": true, "how": true,
	"do": true, "does": true, "get": true, "along": true, "with": true, "please": true,
	"whats": true, "hows": true, "ties": true, "briefing": true, "overview": true, "of": true,
	// "What is the big picture for Canberra?", "give me a quick rundown on Seoul".
	"picture": true, "for": true, "give": true, "a": true, "quick": true, "summary": true,
	"summarise": true, "summarize": true, "rundown": true, "lowdown": true,
}

// onlyNames reports whether a question q's words (as briefs.NormalizeName leaves them) are
// entity names and request words only, and returns the distinct entities they name.
func (d *Dispatcher) onlyNames(q string, words []string) ([]Match, bool) {
	if i := slices.IndexFunc(words, func(w string) bool { return w == "vs" || w == "versus" }); i >= 0 &&
		slices.ContainsFunc(words[i:], func(w string) bool {
			return w == "on" || w == "over" || w == "about" || w == "towards" || w == "toward"
		}) {
		// "seoul vs tokyo on pyongyang" compares two on a third: the answer sets their
		// stances side by side, which no brief on the three does.
		return nil, false
	}
	var kept []string
	for i, w := range words {
		if w == "big" && i+1 < len(words) && words[i+1] == "picture" {
			continue // "the big picture for Canberra"; not "how big is the disputed island"
		}
		if w == "in" && !slices.Contains(strings.Fields(q), "IN") {
			// The preposition, not India's code: "kishida do what in four country meeting?"
			// asks of what happened there, which no relations brief says.
			return nil, false
		}
		if !askWords[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		return nil, false
	}
	// Exact names only: a typo in a free question is left to the ranking, which is less eager.
	ms, unknown := d.resolver.readWords(kept, entityKinds, false)
	if len(unknown) > 0 || len(ms) == 0 {
		return nil, false
	}
	var out []Match
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.ID] {
			seen[m.ID] = true
			out = append(out, m)
		}
	}
	return out, true
}

// officeAskedOf is the one person a question's words (as briefs.NormalizeName leaves them)
// ask the office of: "What office does Kishida hold?", "What is Yoon's job?". Their entity
// reply, whose description opens with the office, answers it.
func (d *Dispatcher) officeAskedOf(words []string) (Match, bool) {
	if !slices.ContainsFunc(words, func(w string) bool { return officeNouns[w] }) {
		return Match{}, false // most questions
	}
	var kept []string
	for _, w := range words {
		if !askWords[w] && !officeNouns[w] && !officeVerbs[w] {
			kept = append(kept, w)
		}
	}
	for _, possessive := range []bool{false, true} {
		if possessive {
			// "kishidas job": the name, its possessive run into it.
			for i, w := range kept {
				kept[i] = strings.TrimSuffix(w, "s")
			}
		}
		ms, unknown := d.resolver.readWords(kept, entityKinds, false)
		if len(unknown) == 0 && len(ms) == 1 {
			if e := d.store.Entity(ms[0].ID); e != nil && e.Kind == "person" {
				return ms[0], true
			}
		}
	}
	return Match{}, false
}

// officeNouns ask for the office someone holds; officeVerbs ask it with them.
var (
	officeNouns = map[string]bool{"office": true, "job": true, "title": true, "position": true, "post": true}
	officeVerbs = map[string]bool{"hold": true, "holds": true, "held": true, "has": true, "have": true, "had": true,
		"his": true, "her": true, "was": true, "did": true, "whats": true, "exactly": true}
)

func joinMatches(ms []Match) string {
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = m.ID
	}
	return strings.Join(names, ", ")
}

func (d *Dispatcher) firstSourceLine() string {
	for _, src := range d.store.Sources() {
		return d.sources[src.ID]
	}
	return ""
}

func (d *Dispatcher) help(ctx context.Context, req Request, args string) (Reply, error) {
	r := Reply{
		Found:     true,
		Title:     "briefbot — briefings on the US's Asia-Pacific allies at the June 2022 NATO summit",
		Lead:      "Every answer is drawn from a curated fact store, each statement with its verbatim source quote. Names can be written any way: japan, JP, Nippon; korea, ROK; yoon, Yin Xiyue.",
		Ephemeral: true,
		Source:    d.firstSourceLine(),
	}
	sec := Section{Heading: "Commands"}
	for _, c := range d.cmds {
		sec.Bullets = append(sec.Bullets, Bullet{Label: c.UsageLine(), Text: c.Summary + " Example: " + c.Example})
	}
	sec.Text = "In a direct message, just type a question."
	r.Sections = []Section{sec}
	r.Suggestions = []Suggestion{
		{Label: "Overview", Command: "/brief"},
		{Label: "Japan ↔ South Korea", Command: "/relations japan, south korea"},
		{Label: "New Zealand", Command: "/country new zealand"},
	}
	return r, nil
}

// fromBrief turns a composed brief into a reply with cited bullets.
func (d *Dispatcher) fromBrief(b briefs.Brief) Reply {
	r := Reply{Found: !b.Empty(), Title: b.Title, Lead: b.Lead}
	sourceIDs := map[string]bool{}
	for _, g := range b.Groups {
		sec := Section{Heading: g.Heading}
		for _, it := range g.Items {
			sec.Bullets = append(sec.Bullets, d.bullet(it.Label, it.Fact))
			sourceIDs[it.Fact.Source] = true
		}
		r.Sections = append(r.Sections, sec)
	}
	if len(b.Timeline) > 0 {
		sec := Section{Heading: "Timeline"}
		for _, f := range b.Timeline {
			sec.Bullets = append(sec.Bullets, d.bullet(f.Date, f))
			sourceIDs[f.Source] = true
		}
		r.Sections = append(r.Sections, sec)
	}
	if b.More > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("%d more facts left out for length; ask a narrower question or try /topic.", b.More))
	}
	if b.Pages > 1 && b.Page >= 1 && !b.Empty() {
		r.Notes = append(r.Notes, fmt.Sprintf("Page %d of %d.", b.Page, b.Pages))
	}
	var lines []string
	for _, src := range d.store.Sources() {
		if sourceIDs[src.ID] || len(sourceIDs) == 0 {
			lines = append(lines, d.sources[src.ID])
		}
	}
	r.Source = strings.Join(lines, "\n")
	return r
}

func (d *Dispatcher) bullet(label string, f *briefs.Fact) Bullet {
	c := d.citations[f]
	return Bullet{Label: label, Text: f.Text, Cite: c.label, Fact: c.ref}
}

type citation struct {
	ref   *FactRef
	label string
}

// citations builds every fact's citation once; replies share them read-only.
func citations(store *briefs.Store) map[*briefs.Fact]citation {
	out := make(map[*briefs.Fact]citation, len(store.Facts()))
	for _, f := range store.Facts() {
		c := citation{ref: &FactRef{
			ID: f.ID, Text: f.Text, Quote: f.Quote, Source: f.Source,
			Kind: f.Kind, Attribution: f.Attribution, Date: f.Date,
		}}
		if sec := store.SectionOf(f); sec != nil {
			c.ref.Section = sec.Heading
			c.label = sec.Label
		}
		out[f] = c
	}
	return out
}

// withoutName is q without the first occurrence of name, matched without regard to case as
// whole words; q when it does not hold it.
func withoutName(q, name string) string {
	if name == "" {
		return q
	}
	i := strings.Index(strings.ToLower(q), strings.ToLower(name))
	if i < 0 || len(strings.ToLower(q)) != len(q) {
		return q // not there, or lower case would move its offsets
	}
	before, _ := utf8.DecodeLastRuneInString(q[:i])
	after, _ := utf8.DecodeRuneInString(q[i+len(name):])
	if inWord(before) || inWord(after) {
		return q
	}
	return q[:i] + strings.TrimLeft(q[i+len(name):], " ")
}

// inWord reports whether r is a letter or digit, part of a word.
func inWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
