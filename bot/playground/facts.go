package playground

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// factView is one fact as the fact browser lists it.
type factView struct {
	ID, Text, Quote, Kind, Attribution, Date string
	Section                                  string // label · heading
	Link                                     string // the quote in its source
	Entities, Topics                         []nameLink
}

type nameLink struct{ Name, Href string }

type factsData struct {
	Title string
	Nav   string
	// The filter as typed, and what it resolved to.
	Entity, Topic, Kind string
	Filters             []string // "entity Japan", "topic History (with Comfort women, …)"
	Problems            []string // names that resolved to nothing, with "did you mean"
	Facts               []factView
	Total               int
	Kinds               []string
	EntityNames         []string // for the inputs' suggestion lists
	TopicNames          []string
}

// handleFacts lists every fact with its kind, attribution, entities, topics, date and section,
// filtered by ?entity= (names, as the commands read them: "japan korea" is both), ?topic=
// (a broader topic takes in its narrower ones) and ?kind=. Each fact links to its quote in the
// source, so a curator can check every quote in context.
func (p *Playground) handleFacts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	data := factsData{
		Title: "Facts", Nav: "facts", Total: len(p.store.Facts()),
		Entity: strings.TrimSpace(q.Get("entity")), Topic: strings.TrimSpace(q.Get("topic")), Kind: strings.TrimSpace(q.Get("kind")),
		Kinds: []string{briefs.KindEvent, briefs.KindStatement, briefs.KindAnalysis, briefs.KindContext},
	}
	for _, e := range p.store.Entities() {
		data.EntityNames = append(data.EntityNames, e.Name)
	}
	for _, t := range p.store.Topics() {
		data.TopicNames = append(data.TopicNames, t.Name)
	}
	if len(data.Entity) > maxQuestion || len(data.Topic) > maxQuestion {
		http.Error(w, "filter too long", http.StatusRequestURITooLong)
		return
	}
	if data.Kind != "" && !slices.Contains(data.Kinds, data.Kind) {
		http.Error(w, "kind must be one of "+strings.Join(data.Kinds, ", "), http.StatusBadRequest)
		return
	}
	keep := p.filter(&data)
	for _, f := range p.store.Facts() {
		if keep(f) {
			data.Facts = append(data.Facts, p.factView(f))
		}
	}
	p.render(w, r, http.StatusOK, "facts", data)
}

// filter resolves the filter's names and returns the test a fact must pass. A name that
// resolves to nothing matches no fact: an empty list says plainly that the filter found
// nothing, where ignoring the name would list facts about something else.
func (p *Playground) filter(data *factsData) func(*briefs.Fact) bool {
	res := p.d.Resolver()
	var entities []string
	var topics [][]string // each: a topic and its narrower topics
	none := false
	if data.Entity != "" {
		found, unknown := res.Resolve(data.Entity, commands.TargetEntity)
		for _, m := range found {
			entities = append(entities, m.ID)
			data.Filters = append(data.Filters, "entity "+m.Name+corrected(m))
		}
		none = none || p.problems(data, "entity", unknown)
	}
	if data.Topic != "" {
		found, unknown := res.Resolve(data.Topic, commands.TargetTopic)
		for _, m := range found {
			ids := []string{m.ID}
			var narrower []string
			for _, t := range p.store.Topics() {
				if t.Broader == m.ID {
					ids = append(ids, t.ID)
					narrower = append(narrower, t.Name)
				}
			}
			topics = append(topics, ids)
			label := "topic " + m.Name + corrected(m)
			if len(narrower) > 0 {
				label += " (with " + strings.Join(narrower, ", ") + ")"
			}
			data.Filters = append(data.Filters, label)
		}
		none = none || p.problems(data, "topic", unknown)
	}
	if data.Kind != "" {
		data.Filters = append(data.Filters, "kind "+data.Kind)
	}
	return func(f *briefs.Fact) bool {
		if none || data.Kind != "" && f.Kind != data.Kind {
			return false
		}
		for _, e := range entities {
			if !f.HasEntity(e) {
				return false
			}
		}
		for _, ids := range topics {
			if !slices.ContainsFunc(ids, f.HasTopic) {
				return false
			}
		}
		return true
	}
}

func corrected(m commands.Match) string {
	if m.Corrected {
		return " (read from “" + m.Input + "”)"
	}
	return ""
}

// problems records names that resolved to nothing and reports whether there were any.
func (p *Playground) problems(data *factsData, what string, unknown []commands.Unknown) bool {
	for _, u := range unknown {
		msg := "No " + what + " is called “" + u.Input + "”."
		if len(u.Candidates) > 0 {
			var names []string
			for _, c := range u.Candidates {
				names = append(names, c.Name)
			}
			msg += " Did you mean " + strings.Join(names, ", ") + "?"
		}
		data.Problems = append(data.Problems, msg)
	}
	return len(unknown) > 0
}

func (p *Playground) factView(f *briefs.Fact) factView {
	v := factView{ID: f.ID, Text: f.Text, Quote: f.Quote, Kind: f.Kind, Date: f.Date,
		Attribution: p.attribution(f), Link: sourceLink(f.Source, f.ID)}
	if s := p.store.SectionOf(f); s != nil {
		v.Section = s.Label + " · " + s.Heading
	}
	for _, id := range f.Entities {
		name := id
		if e := p.store.Entity(id); e != nil {
			name = e.Name
		}
		v.Entities = append(v.Entities, nameLink{Name: name, Href: "/facts?entity=" + url.QueryEscape(id)})
	}
	for _, id := range f.Topics {
		name := id
		if t := p.store.Topic(id); t != nil {
			name = t.Name
		}
		v.Topics = append(v.Topics, nameLink{Name: name, Href: "/facts?topic=" + url.QueryEscape(id)})
	}
	return v
}

// attribution names whose view a fact is.
func (p *Playground) attribution(f *briefs.Fact) string {
	switch f.Attribution {
	case "":
		return ""
	case briefs.AttributionAuthor:
		if src := p.store.Source(f.Source); src != nil && src.Author != "" {
			return "the author, " + src.Author
		}
		return "the author"
	case briefs.AttributionAnalysts:
		return "analysts the article cites"
	}
	if e := p.store.Entity(f.Attribution); e != nil {
		return e.Name
	}
	return f.Attribution
}

// notFound answers 404 with the playground's page frame.
func (p *Playground) notFound(w http.ResponseWriter, r *http.Request, msg string) {
	p.render(w, r, http.StatusNotFound, "error", struct{ Title, Nav, Message string }{"Not found", "", msg})
}
