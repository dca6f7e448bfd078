package discord

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/commands"
)

func str(name, v string) option {
	return option{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
}

// commandText reads options as an adapter told of the builtin commands does.
func commandText(name string, opts []option) string {
	return New(nil, nil, nil, Options{}).commandText(name, opts)
}

func TestCommandText(t *testing.T) {
	tests := []struct {
		name string
		cmd  string
		opts []option
		want string
	}{
		{"relations two", "relations", []option{str("first", "japan"), str("second", "korea")}, "/relations japan, korea"},
		{"relations out of order", "relations", []option{str("third", "australia"), str("second", "korea"), str("first", "japan")}, "/relations japan, korea, australia"},
		{"relations two-word names stay whole", "relations", []option{str("first", "north korea"), str("second", "south korea")}, "/relations north korea, south korea"},
		{"relations blank option dropped", "relations", []option{str("first", "japan"), str("second", "  "), str("third", "china")}, "/relations japan, china"},
		{"relations unknown option ignored", "relations", []option{str("first", "japan"), str("sixth", "china")}, "/relations japan"},
		{"country", "country", []option{str("name", "new zealand")}, "/country new zealand"},
		{"topic", "topic", []option{str("name", "comfort women")}, "/topic comfort women"},
		{"ask keeps words", "ask", []option{str("question", "what is the dokdo dispute?")}, "/ask what is the dokdo dispute?"},
		{"timeline none", "timeline", nil, "/timeline"},
		{"digest", "digest", []option{str("action", "subscribe weekdays 09:00 about japan korea")}, "/digest subscribe weekdays 09:00 about japan korea"},
		{"help", "help", nil, "/help"},
		{"no options", "relations", nil, "/relations"},
		{"number value", "relations", []option{{Name: "first", Type: discordgo.ApplicationCommandOptionNumber, Value: 3.5}}, "/relations 3.5"},
		{"non-scalar value dropped", "relations", []option{{Name: "first", Value: map[string]any{"x": 1}}, str("second", "korea")}, "/relations korea"},
		{"unknown command, sub-commands flattened", "future", []option{{Name: "subscribe", Type: discordgo.ApplicationCommandOptionSubCommand,
			Options: []option{str("schedule", "daily 08:00"), {Name: "hour", Type: discordgo.ApplicationCommandOptionInteger, Value: float64(8)}}}},
			"/future subscribe daily 08:00 8"},
		{"unknown command, depth bounded", "x", []option{{Name: "a", Type: 2, Options: []option{{Name: "b", Type: 1, Options: []option{
			{Name: "c", Type: 1, Options: []option{str("d", "deep")}}}}}}}, "/x a b c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := commandText(tt.cmd, tt.opts); got != tt.want {
				t.Errorf("commandText(%q, …) = %q; want %q", tt.cmd, got, tt.want)
			}
		})
	}
}

// TestCommandTextResolves: names from separate options resolve to separate actors — "north" and
// "korea" in two options are not North Korea.
func TestCommandTextResolves(t *testing.T) {
	d := dispatcher(t)
	tests := []struct {
		opts      []option
		wantNames []string
	}{
		{[]option{str("first", "japan"), str("second", "korea")}, []string{"Japan", "South Korea"}},
		{[]option{str("first", "South Korea"), str("second", "North Korea")}, []string{"South Korea", "North Korea"}},
	}
	for _, tt := range tests {
		text := commandText("relations", tt.opts)
		r := d.Handle(context.Background(), commands.Request{Text: text})
		for _, n := range tt.wantNames {
			if !r.Found || !strings.Contains(r.Title, n) {
				t.Errorf("%q answered %q (found %v); want a brief naming %q", text, r.Title, r.Found, n)
			}
		}
	}
}

func TestChoices(t *testing.T) {
	a := realAdapter(t, nil)
	focus := func(name, v string) option { o := str(name, v); o.Focused = true; return o }
	tests := []struct {
		name      string
		cmd       string
		opts      []option
		wantFirst string
		wantNone  bool
	}{
		{"kor", "relations", []option{str("first", "japan"), focus("second", "kor")}, "South Korea", false},
		{"empty offers something", "relations", []option{focus("first", "")}, "", false},
		{"country jap", "country", []option{focus("name", "jap")}, "Japan", false},
		{"topic offers topics first", "topic", []option{focus("name", "trad")}, "Trade", false},
		{"ask has no completion", "ask", []option{focus("question", "kor")}, "", true},
		{"nothing focused", "relations", []option{str("first", "kor")}, "", true},
		{"unknown command", "nope", []option{focus("text", "kor")}, "", true},
		{"huge prefix is cut, not refused", "relations", []option{focus("first", strings.Repeat("korea", 2000))}, "", true},
		{"non-string value", "relations", []option{{Name: "first", Focused: true, Value: 12.0}}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.choices(tt.cmd, tt.opts)
			if got == nil {
				t.Fatalf("choices = nil; want an array")
			}
			if len(got) > maxChoices {
				t.Fatalf("%d choices; max %d", len(got), maxChoices)
			}
			if tt.wantNone != (len(got) == 0) {
				t.Fatalf("choices = %v; want none: %v", got, tt.wantNone)
			}
			if tt.wantFirst != "" && got[0].Name != tt.wantFirst {
				t.Errorf("first choice = %q; want %q (all %v)", got[0].Name, tt.wantFirst, got)
			}
			seen := map[string]bool{}
			for _, c := range got {
				if c.Name == "" || textLen(c.Name) > maxChoiceText || textLen(c.Value) > maxChoiceText || seen[c.Name] {
					t.Errorf("bad choice %+v", c)
				}
				seen[c.Name] = true
			}
		})
	}
}

// TestFromSession: a gateway interaction becomes the same interaction an HTTP body decodes to.
func TestFromSession(t *testing.T) {
	var gw discordgo.Interaction
	if err := json.Unmarshal([]byte(autocompleteBody), &gw); err != nil {
		t.Fatal(err)
	}
	fromHTTP, err := decodeInteraction([]byte(autocompleteBody))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fromHTTP, fromSession(&gw)); diff != "" {
		t.Errorf("gateway and HTTP decode differ (-http +gateway):\n%s", diff)
	}
	var btn discordgo.Interaction
	if err := json.Unmarshal([]byte(buttonBody("/brief")), &btn); err != nil {
		t.Fatal(err)
	}
	if got := fromSession(&btn); got.Data.CustomID != runPrefix+"/brief" || got.User == nil || got.User.ID != "1100000000000000005" {
		t.Errorf("fromSession(button) = %+v", got)
	}
}

func TestDecodeInteraction(t *testing.T) {
	for _, bad := range []string{"", "null", "{}", `{"type":0}`, `[1]`, `{"type":"2"}`, `{"type":2,"data":{"options":"x"}}`} {
		if _, err := decodeInteraction([]byte(bad)); err == nil {
			t.Errorf("decodeInteraction(%q) = nil error; want one", bad)
		}
	}
	in, err := decodeInteraction([]byte(relationsBody))
	if err != nil {
		t.Fatal(err)
	}
	if in.Type != discordgo.InteractionApplicationCommand || in.Data.Name != "relations" || len(in.Data.Options) != 2 || in.Member.User.ID != "1100000000000000005" {
		t.Errorf("decodeInteraction(relations) = %+v", in)
	}
}
