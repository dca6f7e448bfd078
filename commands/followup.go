package commands

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/internal/runes"
)

// A follow-up is a message read against the conversation's last answer (Request.Previous):
// "and China?" asks the same again about another actor, "why?" for the reasons behind what
// was shown, "more" for its next page, "sources" for its quotes, "when?" for its dates, and a
// pronoun stands for the actor last talked about. Anything else is answered on its own.

// The words of each follow-up, as normalised by followUpText.
var (
	moreWords   = wordSet("more", "next", "next page", "show more", "more please", "continue", "go on", "keep going", "the rest", "and more", "tell me more", "anything else")
	sourceWords = wordSet("sources", "source", "quotes", "quote", "citations", "cite", "show quotes", "show sources", "show me the quotes", "show me the sources", "the quotes", "the sources", "where does it say that", "where does it say so", "says who", "proof")
	whyWords    = wordSet("why", "how come", "why so", "why is that", "why's that", "whys that", "but why", "and why", "for what reason", "what's the reason", "whats the reason", "what is the reason", "reasons", "the reasons", "why not")
	whenWords   = wordSet("when", "when was that", "when was this", "when did that happen", "when did this happen", "when did it happen", "dates", "what dates", "which dates", "since when")
)

// otherActor reads "and X", "what about X", "how about X", "and with X", "and what about X".
var otherActor = regexp.MustCompile(`^(?:and\s+)?(?:(what|how)\s+about|with|what\s+of)\s+(.+)$|^and\s+(.+)$`)

// itAuxiliaries come before "it" when it stands for what was asked about: "why had it
// stopped?", "when did it restart?".
var itAuxiliaries = wordSet("did", "had", "has", "was", "is", "does", "will", "would", "could")

// Pronouns that stand for the actors last talked about, by what they can stand for.
var (
	personPronouns = wordSet("he", "him", "his", "she", "her", "hers")
	groupPronouns  = wordSet("they", "them", "their", "theirs")
)

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// followUpText is t lower-cased, with its words single-spaced and the closing punctuation off.
func followUpText(t string) string {
	t = strings.Join(strings.Fields(strings.ToLower(t)), " ")
	t = strings.TrimRight(t, "?!. ")
	return strings.ReplaceAll(t, "’", "'")
}

// followUp answers req as a follow-up of req.Previous; ok is false when it is not one.
func (d *Dispatcher) followUp(ctx context.Context, req Request) (Reply, bool) {
	prev := req.Previous
	if strings.HasPrefix(strings.TrimSpace(req.Text), "/") {
		return Reply{}, false // an explicit command is never a follow-up
	}
	t := followUpText(req.Text)
	switch {
	case moreWords[t]:
		return d.more(ctx, req), true
	case sourceWords[t]:
		return d.quotesOf(prev), true
	case whyWords[t]:
		return d.reasonsFor(prev), true
	case whenWords[t]:
		return d.datesOf(prev), true
	}
	if m := otherActor.FindStringSubmatch(t); m != nil {
		rest, asked := m[2], m[1] != "" || strings.HasPrefix(m[0], "and with") || strings.HasPrefix(t, "with")
		if rest == "" {
			rest = m[3]
		}
		if r, ok := d.swapActor(ctx, req, rest, asked); ok {
			return r, true
		}
	}
	if text, said := d.readPronouns(req.Text, prev); said != "" {
		r := d.rerun(ctx, req, text)
		r.Notes = append([]string{said}, r.Notes...)
		return r, true
	}
	return Reply{}, false
}

// rerun answers text as if the user had typed it, outside the conversation, and says how the
// follow-up was read when it became a command.
func (d *Dispatcher) rerun(ctx context.Context, req Request, text string) Reply {
	req.Text, req.Previous = text, nil
	return d.handle(ctx, req)
}

// readAs says how a follow-up was read: a command as typed, a question in quotes.
func readAs(text string) string {
	if strings.HasPrefix(text, "/") {
		return fmt.Sprintf("Read as %s.", text)
	}
	return fmt.Sprintf("Read as “%s”", text)
}

// more shows the next page of the last answer.
func (d *Dispatcher) more(ctx context.Context, req Request) Reply {
	prev := req.Previous
	if prev.Next == "" {
		return Reply{
			Command: "more", Code: CodeNotFound, Ephemeral: true,
			Title:       "That was the whole answer.",
			Lead:        fmt.Sprintf("There is no more to %s. Each actor's own brief goes further:", prev.Command),
			Suggestions: append(d.actorBriefs(prev), d.explicit(prev)...),
		}
	}
	r := d.rerun(ctx, req, prev.Next)
	r.Notes = append([]string{readAs(prev.Next)}, r.Notes...)
	return r
}

// quotesOf shows the verbatim quote of every fact the last answer showed.
func (d *Dispatcher) quotesOf(prev *Turn) Reply {
	var facts []*briefs.Fact
	for _, id := range prev.Facts {
		if f := d.store.Fact(id); f != nil {
			facts = append(facts, f)
		}
	}
	if len(facts) == 0 {
		return d.nothingFollows(prev, "sources", "The last answer cited no facts, so there are no quotes to show.")
	}
	b := briefs.Brief{Groups: []briefs.Group{{Heading: "Quotes"}}}
	for _, f := range facts {
		b.Groups[0].Items = append(b.Groups[0].Items, briefs.Item{Fact: f})
	}
	r := d.followUpReply("sources", "Sources: "+d.subjectOf(prev), b, prev)
	r.Lead = fmt.Sprintf("The article's words behind each of the %d facts of the last answer.", len(facts))
	return r
}

// reasonsFor answers "why?": the reasons the article gives for what was just shown.
func (d *Dispatcher) reasonsFor(prev *Turn) Reply {
	b := d.store.Reasons(prev.Facts, prev.Actors)
	if b.Empty() {
		return d.nothingFollows(prev, "why", "The article gives no reasons for what I just showed.")
	}
	r := d.followUpReply("why", "Why: "+d.subjectOf(prev), b, prev)
	r.Lead = "The reasons and the author's analysis behind the last answer, most to the point first."
	return r
}

// datesOf answers "when?": the dated events of what was just shown.
func (d *Dispatcher) datesOf(prev *Turn) Reply {
	b := d.store.Dates(prev.Facts, prev.Actors)
	if b.Empty() {
		return d.nothingFollows(prev, "when", "The article gives no dates for what I just showed.")
	}
	r := d.followUpReply("when", "When: "+d.subjectOf(prev), b, prev)
	r.Lead = "The dated events behind the last answer, oldest first."
	return r
}

// followUpReply renders a follow-up's brief with its quotes, and keeps the conversation on
// the same request: "and Korea?" after "why?" still swaps an actor of the last command, and
// "more" still pages it.
func (d *Dispatcher) followUpReply(name, title string, b briefs.Brief, prev *Turn) Reply {
	r := d.fromBrief(b)
	r.Command, r.Title = name, title
	for i := range r.Sections {
		for j := range r.Sections[i].Bullets {
			r.Sections[i].Bullets[j].ShowQuote = true
		}
	}
	next := *prev
	next.Facts = nil
	for _, f := range r.Facts() {
		next.Facts = append(next.Facts, f.ID)
	}
	r.Turn = &next
	r.Suggestions = d.explicit(prev)
	r.view = true
	return r
}

// nothingFollows says the follow-up has nothing to show, and offers the commands at hand.
func (d *Dispatcher) nothingFollows(prev *Turn, name, title string) Reply {
	return Reply{Command: name, Code: CodeNotFound, Ephemeral: true, Title: title,
		Lead: fmt.Sprintf("The last answer was to %s.", prev.Command), Suggestions: d.explicit(prev), Source: d.firstSourceLine()}
}

// actorBriefs offers the brief of each actor of the last answer.
func (d *Dispatcher) actorBriefs(prev *Turn) []Suggestion {
	var out []Suggestion
	for _, id := range prev.Actors {
		if e := d.store.Entity(id); e != nil {
			out = append(out, Suggestion{Label: e.Name, Command: "/country " + strings.ToLower(e.Name)})
		}
	}
	return out
}

// explicit offers the last request again, and its next page, as commands to run.
func (d *Dispatcher) explicit(prev *Turn) []Suggestion {
	var out []Suggestion
	if prev.Next != "" {
		out = append(out, Suggestion{Label: "Next page", Command: prev.Next})
	}
	if strings.HasPrefix(prev.Command, "/") {
		out = append(out, Suggestion{Label: "Ask again", Command: prev.Command})
	}
	return append(out, Suggestion{Label: "Help", Command: "/help"})
}

// subjectOf names what the last answer was about, for a follow-up's title.
func (d *Dispatcher) subjectOf(prev *Turn) string {
	var names []string
	for _, id := range prev.Actors {
		if e := d.store.Entity(id); e != nil {
			names = append(names, e.Name)
		}
	}
	switch {
	case len(names) > 0:
		return joinAnd(names)
	case prev.Topic != "" && d.store.Topic(prev.Topic) != nil:
		return d.store.Topic(prev.Topic).Name
	case prev.Topic != "" && d.store.Entity(prev.Topic) != nil:
		return d.store.Entity(prev.Topic).Name
	}
	return runes.Clip(strings.TrimPrefix(prev.Command, "/"), 80, "…")
}

func joinAnd(names []string) string {
	if len(names) <= 2 {
		return strings.Join(names, " and ")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// swapActor answers "and X?": the last request again with X in place of the actor asked
// about last. asked is true for the unmistakable forms ("what about X"): when X names nothing
// known, the reply says how the message was read rather than answering it as a question.
func (d *Dispatcher) swapActor(ctx context.Context, req Request, rest string, asked bool) (Reply, bool) {
	prev := req.Previous
	ms, ok := d.resolver.ResolveExact(rest, entityKinds...) // "China" the actor before the topic
	if !ok || len(ms) == 0 {
		ms, ok = d.resolver.ResolveExact(rest, topicKinds...)
	}
	if !ok || len(ms) == 0 {
		if !asked && len(strings.Fields(rest)) > 3 {
			return Reply{}, false // "and how do they cooperate on defence": a question of its own
		}
		if d.world != nil {
			if g, uncovered := d.world.Uncovered(rest); uncovered && !g.Partial {
				return Reply{Command: prev.Name, Code: CodeNotFound, Ephemeral: true, Title: g.Sentence,
					Lead: fmt.Sprintf("I read “%s” as a follow-up to %s.", runes.Clip(req.Text, 80, "…"), prev.Command), Suggestions: d.explicit(prev), Source: d.firstSourceLine()}, true
			}
		}
		return Reply{Command: prev.Name, Code: CodeNotFound, Ephemeral: true,
			Title:       fmt.Sprintf("I read “%s” as a follow-up to %s, but I don't know “%s”.", runes.Clip(req.Text, 80, "…"), prev.Command, runes.Clip(rest, 60, "…")),
			Lead:        "Name a country, person or topic the article covers, or run a command yourself.",
			Suggestions: d.explicit(prev)}, true
	}
	text, ok := d.swapped(prev, ms)
	if !ok {
		return Reply{}, false
	}
	r := d.rerun(ctx, req, text)
	r.Notes = append([]string{readAs(text)}, r.Notes...)
	return r, true
}

// swapped is the request the last one becomes with ms in place of its last actor.
func (d *Dispatcher) swapped(prev *Turn, ms []Match) (string, bool) {
	var actors, topics []Match
	for _, m := range ms {
		if m.Kind == TargetEntity && actorKinds[d.store.Entity(m.ID).Kind] {
			actors = append(actors, m)
		} else {
			topics = append(topics, m)
		}
	}
	switch prev.Name {
	case "relations", "timeline", "country":
		if len(actors) == 0 || len(topics) > 0 {
			return "", false
		}
		keep := prev.Actors
		if prev.Name != "country" && len(keep) > 0 {
			keep = keep[:len(keep)-1] // "and China?" after Japan–Korea: Japan–China
		} else {
			keep = nil
		}
		ids := slices.Clone(keep)
		for _, m := range actors {
			if !slices.Contains(ids, m.ID) {
				ids = append(ids, m.ID)
			}
		}
		name := prev.Name
		if name == "timeline" && len(ids) == 0 {
			return "", false
		}
		if name != "timeline" {
			name = "relations"
			if len(ids) == 1 {
				name = "country"
			}
		}
		return "/" + name + " " + joinNames(d.store, ids), true
	case "topic":
		if len(ms) == 1 && len(topics) == 1 {
			return "/topic " + strings.ToLower(ms[0].Name), true
		}
		return d.storeNameOf(prev.Topic) + " " + matchNames(ms), true
	case "ask":
		return d.swapInQuestion(prev, ms), true
	}
	return "", false
}

// storeNameOf is the name of a topic or entity id.
func (d *Dispatcher) storeNameOf(id string) string {
	if t := d.store.Topic(id); t != nil {
		return t.Name
	}
	if e := d.store.Entity(id); e != nil {
		return e.Name
	}
	return id
}

// swapInQuestion puts the names of ms in place of the question's subject, the actor it names
// first ("What does Japan want from NATO?" → "and Korea?" asks what South Korea wants), or of
// the thing it names when ms are things or topics; or adds them when it named none.
func (d *Dispatcher) swapInQuestion(prev *Turn, ms []Match) string {
	q := prev.Command
	// A thing or topic takes the place of the thing the question named ("What did Japan
	// protest regarding Dokdo?" → "and the export controls?"), an actor that of its subject.
	swapFor := prev.Actors
	if len(prev.Things) > 0 && !slices.ContainsFunc(ms, func(m Match) bool {
		return m.Kind == TargetEntity && actorKinds[d.store.Entity(m.ID).Kind]
	}) {
		swapFor = prev.Things
	}
	if e := d.firstEntity(swapFor); e != nil {
		names := append([]string{e.Name}, e.Aliases...)
		slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) }) // "South Korea" before "Korea"
		for _, n := range names {
			re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(n) + `\b`)
			if err != nil {
				continue
			}
			if loc := re.FindStringIndex(q); loc != nil {
				return q[:loc[0]] + matchNames(ms) + q[loc[1]:]
			}
		}
	}
	return strings.TrimRight(q, "?!. ") + ": " + matchNames(ms) + "?"
}

// firstEntity is the first of ids the store knows: a turn saved by an older store may name
// one it no longer has.
func (d *Dispatcher) firstEntity(ids []string) *briefs.Entity {
	for _, id := range ids {
		if e := d.store.Entity(id); e != nil {
			return e
		}
	}
	return nil
}

// matchNames joins the canonical names of ms: "China and North Korea".
func matchNames(ms []Match) string {
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = m.Name
	}
	return joinAnd(names)
}

// readPronouns puts the names of the last answer's actors in place of the pronouns that stand
// for them ("what did he say about Japan?" after /country yoon); said tells how they were
// read, empty when nothing was replaced.
func (d *Dispatcher) readPronouns(text string, prev *Turn) (out, said string) {
	var person, group string
	var actors []string
	for _, id := range prev.Actors {
		e := d.store.Entity(id)
		if e == nil {
			continue
		}
		actors = append(actors, e.Name)
		if e.Kind == "person" && person == "" {
			person = e.Name
		}
	}
	if len(actors) > 0 && person == "" || len(actors) > 1 {
		group = joinAnd(actors)
	}
	// "It" is the one thing the last question named, asked after a question word and an
	// auxiliary ("why had it stopped?" after the Gimpo–Haneda route); elsewhere it is too
	// often the article or nothing at all ("is it true?", "what does it say").
	thing := ""
	if len(prev.Things) == 1 {
		if e := d.store.Entity(prev.Things[0]); e != nil {
			thing = "the " + e.Name
		}
	}
	fields := strings.Fields(text)
	opening := 0 // the question word, after an "and" or "so"
	if len(fields) > 0 && slices.Contains([]string{"and", "so", "but"}, strings.ToLower(fields[0])) {
		opening = 1
	}
	itAsked := len(fields) > opening+2 && slices.Contains([]string{"why", "when", "how", "where", "what"}, strings.ToLower(fields[opening]))
	var b strings.Builder
	var read []string
	for i, w := range fields {
		if i > 0 {
			b.WriteByte(' ')
		}
		core := strings.Trim(strings.ToLower(w), "?!.,;:")
		name := ""
		switch {
		case personPronouns[core] && person != "":
			name = person
		case groupPronouns[core] && group != "":
			name = group
		case core == "it" && thing != "" && itAsked && i == opening+2 && itAuxiliaries[strings.ToLower(fields[i-1])]:
			name = thing
		}
		if name == "" {
			b.WriteString(w)
			continue
		}
		if core == "his" || core == "hers" || core == "their" || core == "theirs" { // "her" may be either
			name += "'s"
		}
		b.WriteString(strings.Replace(w, strings.Trim(w, "?!.,;:"), name, 1))
		read = append(read, fmt.Sprintf("“%s” as %s", strings.Trim(w, "?!.,;:"), name))
	}
	if len(read) == 0 {
		return text, ""
	}
	return b.String(), "Read " + strings.Join(slices.Compact(read), ", ") + "."
}
