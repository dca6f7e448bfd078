package commands

import (
	"errors"
	"strconv"
)

// Reply is what the bot answers, before any platform renders it.
type Reply struct {
	// Command is the command that produced the reply ("relations", "ask", …).
	Command string
	// Found is false when the bot has nothing on the request (unknown name, no relevant fact,
	// usage error); the reply then says so instead of padding with unrelated facts.
	Found bool
	// Code classifies a reply that is not an answer (see Code constants); empty for answers.
	Code  Code
	Title string
	// Lead is the one-line shape of the answer under the title.
	Lead     string
	Sections []Section
	// Notes are short remarks for the reader, e.g. how a mistyped name was read.
	Notes       []string
	Suggestions []Suggestion
	// Source names where the facts come from and the date they are as of. Every briefing has
	// one; help and usage replies may not.
	Source string
	// Ephemeral replies are shown only to the person who asked (help, usage, errors).
	Ephemeral bool
	// DeliveryKey, when set, identifies a scheduled post (a digest slot); posters attach it to
	// the message (Slack: message metadata; Discord: the last line of the embed footer) so a
	// delivery can be checked after a crash.
	DeliveryKey string
	// Turn is what a conversation should remember of this answer, for the next message's
	// follow-up; nil for replies that leave nothing to follow (help, errors, usage).
	Turn *Turn
	// AnswerID identifies this answer for feedback (👍/👎 buttons carry it); set by the
	// runtime when it records feedback, empty otherwise.
	AnswerID string
	// view marks a follow-up's view of the last answer ("why?", "when?", "sources"): no
	// command gives it again (see Origin).
	view bool
}

// Origin is the command that gives this reply again, for buttons that show more of it (More,
// Sources): the command its conversation turn names ("/relations japan, china" for "and
// china?"), else text, what was asked. ok is false for a follow-up's view ("why?"), which no
// command gives again: an adapter shows all of it at once instead.
func (r Reply) Origin(text string) (origin string, ok bool) {
	switch {
	case r.view:
		return "", false
	case r.Turn != nil && r.Turn.Command != "":
		return r.Turn.Command, true
	}
	return text, true
}

// Section is a headed block of a reply: a paragraph of text, bullets, or both.
type Section struct {
	Heading string
	Text    string
	Bullets []Bullet
}

// Bullet is one cited statement.
type Bullet struct {
	// Label is a short prefix: the topic in a differences list, the date in a timeline.
	Label string
	Text  string
	// Cite is the short label of the source section the fact is drawn from.
	Cite string
	// ShowQuote asks renderers to print the quote under the bullet (answers to questions).
	ShowQuote bool
	Fact      *FactRef
}

// FactRef carries a fact's citation through to the renderers and the JSON output.
type FactRef struct {
	ID          string `json:"id"`
	Text        string `json:"text"`
	Quote       string `json:"quote"`
	Source      string `json:"source"`
	Section     string `json:"section"`
	Kind        string `json:"kind"`
	Attribution string `json:"attribution,omitempty"`
	Date        string `json:"date,omitempty"`
}

// Suggestion is a follow-up command the reader may run; adapters may render it as a button.
type Suggestion struct {
	Label   string
	Command string
}

// Facts returns every fact cited in the reply, in order, without repeats.
func (r Reply) Facts() []*FactRef {
	seen := map[string]bool{}
	var out []*FactRef
	for _, s := range r.Sections {
		for _, b := range s.Bullets {
			if b.Fact != nil && !seen[b.Fact.ID] {
				seen[b.Fact.ID] = true
				out = append(out, b.Fact)
			}
		}
	}
	return out
}

// Code classifies what went wrong, in terms a user can see.
type Code string

const (
	// CodeInvalid: the request is malformed (missing argument, unknown command).
	CodeInvalid Code = "invalid"
	// CodeNotFound: a name is unknown or the store has nothing on the question.
	CodeNotFound Code = "not_found"
	// CodeForbidden: the user may not do this.
	CodeForbidden Code = "forbidden"
	// CodeInternal: the bot failed; logged, and the user gets an apology.
	CodeInternal Code = "internal"
)

// Error is an error a user may see, with its code.
type Error struct {
	Code    Code
	Message string
	// Usage, when set, is shown with the message.
	Usage string
}

func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// ErrorCode returns the code of err, CodeInternal for errors that carry none.
func ErrorCode(err error) Code {
	if e, ok := errors.AsType[*Error](err); ok {
		return e.Code
	}
	return CodeInternal
}

// SourcesView is the Sources view of a reply, as the platforms' Sources buttons show it: each
// cited fact with its verbatim quote and where in the source it comes from. It is the same
// answer seen closer, so a vote on it counts for the reply (AnswerID).
func (r Reply) SourcesView() Reply {
	facts := r.Facts()
	out := Reply{
		Command:   r.Command,
		Found:     len(facts) > 0,
		Title:     "Sources: " + r.Title,
		Ephemeral: true,
		Source:    r.Source,
		AnswerID:  r.AnswerID,
	}
	if len(facts) == 0 {
		out.Lead = "This reply cites no facts."
		return out
	}
	out.Lead = strconv.Itoa(len(facts)) + " facts behind this reply, each with its verbatim quote from the source."
	var sec Section
	for _, f := range facts {
		cite := f.Section
		if f.Attribution != "" {
			cite += " · view of " + f.Attribution
		}
		sec.Bullets = append(sec.Bullets, Bullet{Text: f.Text, Cite: cite, ShowQuote: true, Fact: f})
	}
	out.Sections = []Section{sec}
	return out
}
