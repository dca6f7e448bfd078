package commands

import (
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// Describe names the filter in words, for titles and /digest list.
func (d *Dispatcher) Describe(f briefs.Filter) string {
	var names []string
	for _, id := range f.Entities {
		if e := d.store.Entity(id); e != nil {
			names = append(names, e.Name)
		}
	}
	for _, id := range f.Topics {
		if t := d.store.Topic(id); t != nil {
			names = append(names, t.Name)
		}
	}
	if len(names) == 0 {
		return "everything"
	}
	return strings.Join(names, ", ")
}

// ResolveFilter reads the names after "about" in a digest command: entities and topics, typos
// corrected. An unknown name is an invalid-input error that says what is known.
func (d *Dispatcher) ResolveFilter(text string) (briefs.Filter, error) {
	var f briefs.Filter
	if strings.TrimSpace(text) == "" {
		return f, nil
	}
	ms, unknown := d.resolver.Resolve(text, TargetTopic, TargetEntity)
	if len(unknown) > 0 {
		var names, cands []string
		for _, u := range unknown {
			names = append(names, "“"+u.Input+"”")
			for _, c := range u.Candidates {
				cands = append(cands, c.Name)
			}
		}
		msg := fmt.Sprintf("I don't know %s.", strings.Join(names, " or "))
		if len(cands) > 0 {
			msg += " Did you mean " + strings.Join(cands, ", ") + "?"
		}
		return f, &Error{Code: CodeInvalid, Message: msg, Usage: "Name countries, people or topics I know, e.g. `about japan korea` or `about history`; /help lists commands."}
	}
	seen := map[string]bool{}
	for _, m := range ms {
		if seen[m.Kind+m.ID] {
			continue
		}
		seen[m.Kind+m.ID] = true
		if m.Kind == TargetTopic {
			f.Topics = append(f.Topics, m.ID)
		} else {
			f.Entities = append(f.Entities, m.ID)
		}
	}
	return f, nil
}

// DigestEdition is one edition of a subscription's digest, ready to post.
type DigestEdition struct {
	Reply Reply
	// FactIDs are the facts it carries, to mark sent once it is posted.
	FactIDs []string
	// Remaining counts the facts still unsent after this edition.
	Remaining int
	// Matching counts every fact the filter selects; 0 means the edition can never have any.
	Matching int
}

// EditionOptions say how to title and date an edition.
type EditionOptions struct {
	// Slot is the scheduled time; the title shows its date in Zone.
	Slot time.Time
	Zone *time.Location
	// Since is the subscriber's previous edition: facts of sources added later lead.
	Since time.Time
	// Delayed marks an edition posted late, as a catch-up after downtime.
	Delayed bool
	// Refresher marks an edition of a rotation after every fact has been sent once.
	Refresher bool
	// ID names the subscription in the footer, so a reader knows what to pause.
	ID string
	// DeliveryKey identifies this edition's post (see Reply.DeliveryKey).
	DeliveryKey string
}

// DigestEdition composes the next edition: up to n facts the channel has not received that
// match the filter, in curated order, rendered as a normal reply.
func (d *Dispatcher) DigestEdition(f briefs.Filter, sent func(id string) bool, n int, opts EditionOptions) DigestEdition {
	ed := d.store.Edition(f, sent, n, opts.Since)
	out := DigestEdition{Remaining: ed.Remaining, Matching: ed.Matching}
	zone := opts.Zone
	if zone == nil {
		zone = time.UTC
	}
	r := Reply{Command: "digest", Found: len(ed.Facts) > 0, DeliveryKey: opts.DeliveryKey}
	r.Title = fmt.Sprintf("Digest — %s — %s", d.Describe(f), opts.Slot.In(zone).Format("Mon 2 Jan 2006 15:04 MST"))
	var lead []string
	if opts.Delayed {
		lead = append(lead, fmt.Sprintf("Delayed: this edition was due at %s and is posted late after the bot was down.", opts.Slot.In(zone).Format("15:04 MST")))
	}
	if opts.Refresher {
		lead = append(lead, "Refresher: every fact on this has been sent once; here they come again.")
	}
	lead = append(lead, fmt.Sprintf("%d facts; %d more to come on this subscription.", len(ed.Facts), ed.Remaining))
	r.Lead = strings.Join(lead, " ")
	sec := Section{Heading: "Facts"}
	sources := map[string]bool{}
	for _, fact := range ed.Facts {
		b := d.bullet("", fact)
		b.ShowQuote = true
		sec.Bullets = append(sec.Bullets, b)
		out.FactIDs = append(out.FactIDs, fact.ID)
		sources[fact.Source] = true
	}
	if len(sec.Bullets) > 0 {
		r.Sections = []Section{sec}
	}
	var lines []string
	for _, src := range d.store.Sources() {
		if sources[src.ID] {
			lines = append(lines, d.sources[src.ID])
		}
	}
	if len(lines) == 0 {
		lines = append(lines, d.firstSourceLine())
	}
	r.Source = strings.Join(lines, "\n")
	if opts.ID != "" {
		r.Notes = append(r.Notes, fmt.Sprintf("Subscription %s: /digest pause %s to pause it.", opts.ID, opts.ID))
	}
	out.Reply = r
	return out
}
