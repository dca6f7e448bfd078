package commands

import (
	"context"
	"regexp"
	"testing"
)

func TestCommandText(t *testing.T) {
	relations := Command{Name: "relations", Args: []Arg{{Name: "first", List: true}, {Name: "second", List: true}, {Name: "third", List: true}}}
	mixed := Command{Name: "compare", Args: []Arg{{Name: "left", List: true}, {Name: "right", List: true}, {Name: "why"}}}
	tests := []struct {
		name   string
		c      Command
		values []string
		want   string
	}{
		{"list joined with commas", relations, []string{"japan", "south korea"}, "/relations japan, south korea"},
		{"a missing value is skipped", relations, []string{"japan", "", "china"}, "/relations japan, china"},
		{"nothing given", relations, nil, "/relations"},
		{"free text after a list", mixed, []string{"japan", "korea", "trade ties"}, "/compare japan, korea trade ties"},
		{"free text alone", mixed, []string{"", "", "trade"}, "/compare trade"},
		{"values beyond the arguments are dropped", Command{Name: "help"}, []string{"x"}, "/help"},
	}
	for _, tt := range tests {
		if got := tt.c.Text(tt.values); got != tt.want {
			t.Errorf("%s: Text(%q) = %q; want %q", tt.name, tt.values, got, tt.want)
		}
	}
}

func TestCommandUsage(t *testing.T) {
	tests := []struct {
		c                   Command
		synopsis, usageLine string
	}{
		{Command{Name: "relations", Usage: "/relations A B [C …]"}, "A B [C …]", "/relations A B [C …]"},
		{Command{Name: "compare", Args: []Arg{{Name: "left", Required: true}, {Name: "why"}}}, "LEFT [WHY]", "/compare LEFT [WHY]"},
		{Command{Name: "brief"}, "", "/brief"},
	}
	for _, tt := range tests {
		if got := tt.c.Synopsis(); got != tt.synopsis {
			t.Errorf("%s: Synopsis() = %q; want %q", tt.c.Name, got, tt.synopsis)
		}
		if got := tt.c.UsageLine(); got != tt.usageLine {
			t.Errorf("%s: UsageLine() = %q; want %q", tt.c.Name, got, tt.usageLine)
		}
	}
}

// TestBuiltinsDescribed: every builtin says what it is and how its arguments read, in the
// shape platforms accept (lower-case names, required arguments first, names completed only
// where the argument is a name).
func TestBuiltinsDescribed(t *testing.T) {
	name := regexp.MustCompile(`^[a-z][a-z_-]{0,31}$`)
	d := newTestDispatcher(t)
	if got, want := len(Builtins()), len(d.Commands()); got != want {
		t.Fatalf("%d builtins described; the dispatcher has %d commands", got, want)
	}
	for i, c := range Builtins() {
		if c.Name != d.Commands()[i].Name || c.Handler != nil || d.Commands()[i].Handler == nil {
			t.Errorf("builtin %d is %q (handler %v); the dispatcher's is %q", i, c.Name, c.Handler != nil, d.Commands()[i].Name)
		}
		if !name.MatchString(c.Name) || c.Summary == "" || c.Usage == "" || c.Example == "" {
			t.Errorf("/%s: name, summary, usage or example missing: %+v", c.Name, c)
		}
		required := true
		for _, a := range c.Args {
			if !name.MatchString(a.Name) || a.Description == "" || a.MaxLen <= 0 {
				t.Errorf("/%s %s: name, description or length missing", c.Name, a.Name)
			}
			if a.Required && !required {
				t.Errorf("/%s %s: required after an optional argument", c.Name, a.Name)
			}
			required = a.Required
		}
	}
	if a, ok := Builtins()[0].Arg("second"); !ok || !a.IsName() || !a.Required || !a.List {
		t.Errorf("/relations second = %+v, %v; want a required name in a list", a, ok)
	}
}

func TestMayManage(t *testing.T) {
	asked := 0
	check := func(yes bool) func(context.Context, Request) bool {
		return func(context.Context, Request) bool { asked++; return yes }
	}
	tests := []struct {
		name  string
		req   Request
		want  bool
		asked int
	}{
		{"nobody says", Request{}, false, 0},
		{"known for free", Request{CanManage: true, CheckManage: check(false)}, true, 0},
		{"found out", Request{CheckManage: check(true)}, true, 1},
		{"found out no", Request{CheckManage: check(false)}, false, 1},
	}
	for _, tt := range tests {
		asked = 0
		if got := tt.req.MayManage(context.Background()); got != tt.want || asked != tt.asked {
			t.Errorf("%s: MayManage = %v after %d checks; want %v after %d", tt.name, got, asked, tt.want, tt.asked)
		}
	}
	if got := (Request{Platform: "playground", PostPlatform: "local"}).PostsThrough(); got != "local" {
		t.Errorf("PostsThrough = %q; want local", got)
	}
	if got := (Request{Platform: "slack"}).PostsThrough(); got != "slack" {
		t.Errorf("PostsThrough = %q; want slack", got)
	}
}
