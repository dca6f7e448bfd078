package commands

import (
	"strings"
	"unicode"
)

// MaxInputBytes caps what the parser reads: a request longer than this is cut, not refused,
// since chat platforms already bound their own messages and a brief never needs more.
const MaxInputBytes = 2000

// Parsed is a request split into its command and the text after it.
type Parsed struct {
	// Name is the command name without its slash, lower case; empty for a free question.
	Name string
	// Args is the rest of the text, trimmed.
	Args string
}

// Parse splits text into a command and its arguments. Text starting with "/" is a slash
// command ("/relations japan korea"); the umbrella "/briefbot relations japan korea" is read
// as "/relations japan korea"; anything else is a free question (Name "").
func Parse(text string) Parsed {
	text = clean(text)
	if !strings.HasPrefix(text, "/") {
		return Parsed{Args: text}
	}
	name, args, _ := strings.Cut(strings.TrimLeft(text, "/"), " ")
	p := Parsed{Name: strings.ToLower(name), Args: strings.TrimSpace(args)}
	if p.Name == "briefbot" {
		if p.Args == "" {
			return Parsed{Name: "help"}
		}
		sub := Parse("/" + strings.TrimPrefix(p.Args, "/"))
		return sub
	}
	return p
}

// clean makes input safe to process: valid UTF-8, no control characters, whitespace folded,
// and at most MaxInputBytes long.
func clean(s string) string {
	if len(s) > MaxInputBytes {
		// A rune cut in half becomes an invalid sequence, which ToValidUTF8 drops below.
		s = s[:MaxInputBytes]
	}
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
