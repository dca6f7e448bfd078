package commands

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

var topicKinds = []string{TargetTopic, TargetEntity}

// actorKinds are the entities /topic answers with their brief (what they did and said);
// everything else — places, agreements, events, documents, strategies — gets every fact
// naming it.
var actorKinds = map[string]bool{"country": true, "person": true, "organisation": true}

// maxOffered bounds the things offered for a word that matches several; maxNearest those a
// declined phrase points to.
const (
	maxOffered = 6
	maxNearest = 4
)

func (d *Dispatcher) topic(ctx context.Context, req Request, args string) (Reply, error) {
	if strings.TrimSpace(args) == "" {
		var names []string
		for _, t := range d.store.Topics() {
			names = append(names, t.Name)
		}
		return Reply{}, &Error{Code: CodeInvalid, Message: "Which topic?", Usage: "e.g. /topic dokdo. Topics: " + strings.Join(names, ", ")}
	}
	args, page := splitPage(args)
	ms, unknown := d.resolver.Resolve(args, topicKinds...)
	// A word found whole in a name is read as that name before as a typo of another
	// ("indo" is in Indo-Pacific, not a misspelt "IND", India).
	if len(unknown) > 0 || len(ms) == 0 || (anyCorrected(ms) && len(d.resolver.Containing(args, topicKinds...)) > 0) {
		return d.topicByWords(args, unknown, page), nil
	}
	if len(ms) > 1 {
		// "/topic japan korea" is a relations question in topic words.
		if allEntities(ms) {
			if page > 1 {
				args = fmt.Sprintf("%s page %d", args, page)
			}
			return d.relations(ctx, req, args)
		}
		return Reply{}, &Error{Code: CodeInvalid, Message: "Name one topic at a time.", Usage: "e.g. /topic comfort women"}
	}
	return d.topicReply(ms[0], page, correctionNotes(ms)), nil
}

// topicReply answers /topic on one resolved name: an actor's brief, or every fact on a topic
// or named thing, a page at a time.
func (d *Dispatcher) topicReply(m Match, page int, notes []string) Reply {
	var b briefs.Brief
	switch {
	case m.Kind == TargetTopic:
		b = d.store.TopicBrief(m.ID, page)
	case actorKinds[d.store.Entity(m.ID).Kind]:
		r := d.entityReplyPage(m, page)
		for i := len(notes) - 1; i >= 0; i-- {
			if !slices.Contains(r.Notes, notes[i]) {
				r.Notes = slices.Insert(r.Notes, 0, notes[i])
			}
		}
		return r
	default:
		b = d.store.ThingBrief(m.ID, page)
	}
	command := "/topic " + d.topicCommandName(m)
	// The facts left are a page away, not left out: say where, instead of fromBrief's note.
	more := b.More
	b.More = 0
	r := d.fromBrief(b)
	r.Notes = append(notes, r.Notes...)
	if more > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("%d more on the next page: %s page %d", more, command, page+1))
	}
	if b.Empty() {
		r.Code = CodeNotFound
		r.Ephemeral = true
		r.Title = fmt.Sprintf("I have no facts on %s.", m.Name)
		if page > 1 && b.Pages > 0 {
			r.Title = fmt.Sprintf("There is no page %d on %s; it has %d.", page, m.Name, b.Pages)
			r.Suggestions = append(r.Suggestions, Suggestion{Label: "Page 1", Command: command})
		}
	}
	r.Suggestions = append(r.Suggestions, pageSuggestions(command, b)...)
	r.Turn = &Turn{Command: command, Name: "topic", Topic: m.ID}
	return r
}

// topicByWords answers /topic on text that is not a known name: a word found in one name is
// read as that name, a word found in several offers them ("pacific"), and a phrase found in
// none is declined whole, pointing to the names that hold its unknown words ("pacific
// islands" → South Pacific, …). Text none of whose unknown words is in any name gets the
// usual "nothing on" reply with its closest spellings.
func (d *Dispatcher) topicByWords(args string, unknown []Unknown, page int) Reply {
	phrase := strings.Join(strings.Fields(briefs.NormalizeName(args)), " ")
	switch found := d.resolver.Containing(args, topicKinds...); {
	case len(found) == 1:
		note := fmt.Sprintf("Read “%s” as %s.", phrase, found[0].Name)
		return d.topicReply(found[0], page, []string{note})
	case len(found) > 1:
		return d.offerTopics(phrase, found)
	}
	var nearest []Match
	seen := map[string]bool{}
	for _, u := range unknown {
		for _, w := range strings.Fields(u.Input) {
			for _, m := range d.resolver.Containing(w, topicKinds...) {
				if key := m.Kind + "/" + m.ID; !seen[key] && len(nearest) < maxNearest {
					seen[key] = true
					nearest = append(nearest, m)
				}
			}
		}
	}
	if len(nearest) == 0 {
		return d.unknownReply("topic", args, unknown, topicKinds)
	}
	r := Reply{
		Code:        CodeNotFound,
		Title:       fmt.Sprintf("I have nothing on “%s”.", phrase),
		Lead:        "The nearest I have: " + strings.Join(offerLabels(nearest), ", ") + ".",
		Ephemeral:   true,
		Suggestions: d.topicSuggestions(nearest),
		Source:      d.firstSourceLine(),
	}
	return r
}

// offerTopics lists the names a word was found in, as commands to run.
func (d *Dispatcher) offerTopics(phrase string, found []Match) Reply {
	if len(found) > maxOffered {
		found = found[:maxOffered]
	}
	return Reply{
		Found:       true,
		Title:       fmt.Sprintf("Several things match “%s”: %s.", phrase, strings.Join(offerLabels(found), ", ")),
		Lead:        "Pick one to see everything on it.",
		Ephemeral:   true,
		Suggestions: d.topicSuggestions(found),
		Source:      d.firstSourceLine(),
	}
}

// offerLabels names each match, with the alias it was found by when that is not its name:
// "North Korea (nuclear issue)".
func offerLabels(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name
		if m.Via != "" {
			out[i] += " (" + m.Via + ")"
		}
	}
	return out
}

func (d *Dispatcher) topicSuggestions(ms []Match) []Suggestion {
	labels := offerLabels(ms)
	out := make([]Suggestion, len(ms))
	for i, m := range ms {
		out[i] = Suggestion{Label: labels[i], Command: "/topic " + d.topicCommandName(m)}
	}
	return out
}

// topicCommandName is what to type after /topic to get m back: its name in lower case when
// that reads as m (a topic and a country may share one: "china"), else an alias that does,
// else its id.
func (d *Dispatcher) topicCommandName(m Match) string {
	var names []string
	if m.Kind == TargetTopic {
		t := d.store.Topic(m.ID)
		names = append([]string{t.Name}, t.Aliases...)
	} else {
		e := d.store.Entity(m.ID)
		names = append([]string{e.Name}, e.Aliases...)
	}
	for _, n := range append(names, m.ID) {
		got, ok := d.resolver.ResolveExact(n, topicKinds...)
		if ok && len(got) == 1 && got[0].Kind == m.Kind && got[0].ID == m.ID {
			return strings.ToLower(n)
		}
	}
	return strings.ToLower(m.ID)
}

func anyCorrected(ms []Match) bool {
	return slices.ContainsFunc(ms, func(m Match) bool { return m.Corrected })
}

func allEntities(ms []Match) bool {
	for _, m := range ms {
		if m.Kind != TargetEntity {
			return false
		}
	}
	return true
}
