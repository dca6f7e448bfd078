package commands

import (
	"context"
	"strings"
)

// Answerer answers a platform-neutral request. It never fails: what went wrong is in the
// reply. *Dispatcher is one; so is the runtime's Bot, which every adapter calls.
type Answerer interface {
	Handle(ctx context.Context, req Request) Reply
}

// Command is one entry of the command surface, described as data: each platform derives its
// shape of the command from it (Discord's options, Slack's usage hint, the playground's
// completion) and /help lists it, so a command is declared in one place.
type Command struct {
	Name    string
	Summary string
	// Usage is how /help writes the command ("/relations A B [C …]"); empty, it is made from
	// Args. Example is a line to try.
	Usage   string
	Example string
	// Args are the command's arguments, in the order they are read; nil takes none.
	Args    []Arg
	Handler Handler
	// ReadOnly commands answer from the fact store alone: the same text always gets the same
	// reply (the store does not change while the process runs), so the runtime may reuse it.
	ReadOnly bool
	// ManagersOnly commands change a channel's settings: platforms offer them by default only
	// to those who may manage the channel. The handler still asks Request.MayManage.
	ManagersOnly bool
}

// Arg is one argument of a command.
type Arg struct {
	Name        string
	Description string
	// Kinds are the resolver target kinds the argument names (TargetEntity, TargetTopic),
	// most wanted first; nil means free text.
	Kinds []string
	// After, in free text, is the word the names of Kinds follow ("about" in /digest
	// subscribe daily about japan); before it nothing is a name.
	After    string
	Required bool
	// List arguments each hold one name of a list: their values are joined with ", ",
	// since commas separate names for certain in the resolver ("north, korea" is not North
	// Korea).
	List bool
	// MaxLen caps the argument's length in characters; 0 leaves it to the parser's cap.
	MaxLen int
}

// IsName reports whether the whole argument is a name, to complete as it is typed.
func (a Arg) IsName() bool { return len(a.Kinds) > 0 && a.After == "" }

// Arg returns the command's argument called name.
func (c Command) Arg(name string) (Arg, bool) {
	for _, a := range c.Args {
		if a.Name == name {
			return a, true
		}
	}
	return Arg{}, false
}

// Text is the command line for argument values given in the order of Args (empty when not
// given): "/relations japan, south korea".
func (c Command) Text(values []string) string {
	var b strings.Builder
	b.WriteString("/")
	b.WriteString(c.Name)
	prevList, first := false, true
	for i, v := range values {
		if v == "" || i >= len(c.Args) {
			continue
		}
		if !first && prevList && c.Args[i].List {
			b.WriteString(", ")
		} else {
			b.WriteString(" ")
		}
		b.WriteString(v)
		prevList, first = c.Args[i].List, false
	}
	return b.String()
}

// Synopsis is the command's usage after its name ("A B [C …]"): Usage's, or else its
// arguments' names, upper case, the optional ones in brackets.
func (c Command) Synopsis() string {
	if c.Usage != "" {
		return strings.TrimSpace(strings.TrimPrefix(c.Usage, "/"+c.Name))
	}
	words := make([]string, len(c.Args))
	for i, a := range c.Args {
		words[i] = strings.ToUpper(a.Name)
		if !a.Required {
			words[i] = "[" + words[i] + "]"
		}
	}
	return strings.Join(words, " ")
}

// UsageLine is the command as /help writes it: Usage, or its name and Synopsis.
func (c Command) UsageLine() string {
	if c.Usage != "" {
		return c.Usage
	}
	return strings.TrimSpace("/" + c.Name + " " + c.Synopsis())
}
