package discord

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/commands"
)

// commandName is Discord's rule for chat command and option names (lower case).
var commandName = regexp.MustCompile(`^[-_'\p{Ll}\p{N}]{1,32}$`)

// TestApplicationCommands: the definitions Discord would accept, with the option names the bench
// harness sends and autocomplete on every name option.
func TestApplicationCommands(t *testing.T) {
	d := dispatcher(t)
	for _, global := range []bool{false, true} {
		defs := ApplicationCommands(d.Commands(), global)
		if len(defs) != len(d.Commands()) {
			t.Fatalf("%d definitions for %d commands", len(defs), len(d.Commands()))
		}
		byName := map[string]*discordgo.ApplicationCommand{}
		for _, c := range defs {
			byName[c.Name] = c
			if !commandName.MatchString(c.Name) || c.Description == "" || utf8.RuneCountInString(c.Description) > maxCommandDescription || len(c.Options) > maxCommandOptions {
				t.Errorf("command %q (%q, %d options) breaks a rule", c.Name, c.Description, len(c.Options))
			}
			if global != (c.Contexts != nil) {
				t.Errorf("command %q global %v has contexts %v", c.Name, global, c.Contexts)
			}
			required := true
			for _, o := range c.Options {
				if !commandName.MatchString(o.Name) || o.Description == "" || utf8.RuneCountInString(o.Description) > maxCommandDescription {
					t.Errorf("option %s.%s (%q) breaks a rule", c.Name, o.Name, o.Description)
				}
				if o.Required && !required {
					t.Errorf("option %s.%s is required after an optional one", c.Name, o.Name)
				}
				required = o.Required
			}
		}
		for _, name := range []string{"relations", "country", "topic", "timeline", "brief", "sources", "ask", "help"} {
			if byName[name] == nil {
				t.Fatalf("no /%s", name)
			}
		}
		if got := CommandUsage(byName["relations"]); got != "/relations first second [third] [fourth] [fifth]" {
			t.Errorf("relations usage %q", got)
		}
		for _, name := range []string{"relations", "country", "topic", "timeline"} {
			for _, o := range byName[name].Options {
				if !o.Autocomplete || o.Type != discordgo.ApplicationCommandOptionString {
					t.Errorf("%s.%s: autocomplete %v type %v; want a string with autocomplete", name, o.Name, o.Autocomplete, o.Type)
				}
			}
		}
		if o := byName["ask"].Options[0]; o.Autocomplete || !o.Required {
			t.Errorf("ask.question autocomplete %v required %v", o.Autocomplete, o.Required)
		}
	}
	// The JSON Discord gets: contexts [0,1] on global commands.
	b, err := json.Marshal(ApplicationCommands(d.Commands()[:1], true))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"contexts":[0,1]`) {
		t.Errorf("global command JSON lacks contexts [0,1]: %s", b)
	}
}

// TestRegister: one bulk overwrite of the full list, to the guild or globally.
func TestRegister(t *testing.T) {
	d := dispatcher(t)
	for _, tt := range []struct{ guild, route string }{
		{"g1", "PUT /api/v9/applications/app1/guilds/g1/commands"},
		{"", "PUT /api/v9/applications/app1/commands"},
	} {
		var got []string
		var sent []map[string]any
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			got = append(got, r.Method+" "+r.URL.Path)
			_ = json.NewDecoder(r.Body).Decode(&sent)
			for _, c := range sent {
				c["id"] = "1"
			}
			_ = json.NewEncoder(w).Encode(sent)
		}))
		s, err := NewSession("tok", srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		cmds, err := Register(context.Background(), s, "app1", tt.guild, d.Commands())
		srv.Close()
		if err != nil {
			t.Fatalf("Register(%q): %v", tt.guild, err)
		}
		if len(got) != 1 || got[0] != tt.route {
			t.Errorf("requests %v; want [%s]", got, tt.route)
		}
		if len(sent) != len(d.Commands()) || len(cmds) != len(sent) {
			t.Errorf("sent %d, got back %d; want %d", len(sent), len(cmds), len(d.Commands()))
		}
	}
	if _, err := register(context.Background(), nil, "", "", nil); err == nil {
		t.Errorf("register without an app id = nil error")
	}
}

// TestRewriteTransport: requests for discord.com go to the override, with its path in front;
// other hosts are left alone.
func TestRewriteTransport(t *testing.T) {
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		paths = append(paths, r.Host+" "+r.URL.Path)
	}))
	defer srv.Close()
	base, _ := url.Parse(srv.URL + "/proxy/")
	c := &http.Client{Transport: &rewriteTransport{base: base, next: http.DefaultTransport}}
	req, _ := http.NewRequest(http.MethodGet, discordgo.EndpointGateway, nil)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if want := base.Host + " /proxy/api/v9/gateway"; len(paths) != 1 || paths[0] != want {
		t.Errorf("server saw %v; want [%s]", paths, want)
	}
	if req.URL.Host != "discord.com" {
		t.Errorf("the caller's request was changed: %s", req.URL)
	}
}

// TestDigestCommandDefaultsToManagers: /digest is offered by default only to members who may
// manage channels (the handler checks the member's permissions on every use as well); its one
// free-text option is read whole and never completed, names after "about" included.
func TestDigestCommandDefaultsToManagers(t *testing.T) {
	cmds := append(commands.Builtins(), digest.Spec())
	for _, ac := range ApplicationCommands(cmds, false) {
		switch ac.Name {
		case "digest":
			if ac.DefaultMemberPermissions == nil || *ac.DefaultMemberPermissions != discordgo.PermissionManageChannels {
				t.Errorf("/digest default member permissions = %v; want Manage Channels", ac.DefaultMemberPermissions)
			}
			if len(ac.Options) != 1 || ac.Options[0].Name != "action" || ac.Options[0].Required || ac.Options[0].Autocomplete {
				t.Errorf("/digest options = %+v; want one optional action, not completed", ac.Options)
			}
		default:
			if ac.DefaultMemberPermissions != nil {
				t.Errorf("/%s default member permissions = %v; want everyone", ac.Name, *ac.DefaultMemberPermissions)
			}
		}
	}
	a := New(nil, nil, &countingCompleter{}, Options{Commands: cmds})
	action := str("action", "subscribe daily 08:00 about jap")
	if got, want := a.commandText("digest", []option{action}), "/digest subscribe daily 08:00 about jap"; got != want {
		t.Errorf("commandText = %q; want %q", got, want)
	}
	action.Focused = true
	if ch := a.choices("digest", []option{action}); len(ch) != 0 {
		t.Errorf("choices for /digest action: %v; want none", ch)
	}
}

// TestNewCommandReachesDiscord: a command added to the surface with its arguments described
// gets its Discord options from them, is read and completed by them, and is listed by /help,
// with nothing else to change.
func TestNewCommandReachesDiscord(t *testing.T) {
	d := dispatcher(t)
	entity := []string{commands.TargetEntity}
	d.Register(commands.Command{Name: "compare", Summary: "Compare two actors.", Example: "/compare japan korea", ReadOnly: true,
		Args: []commands.Arg{
			{Name: "left", Description: "An actor", Kinds: entity, Required: true, List: true, MaxLen: 100},
			{Name: "right", Description: "Another actor", Kinds: entity, Required: true, List: true, MaxLen: 100},
			{Name: "why", Description: "What to compare them on"},
		},
		Handler: func(ctx context.Context, req commands.Request, args string) (commands.Reply, error) {
			return commands.Reply{Found: true, Title: "Compared: " + args}, nil
		}})

	var def *discordgo.ApplicationCommand
	for _, ac := range ApplicationCommands(d.Commands(), true) {
		if ac.Name == "compare" {
			def = ac
		}
	}
	if def == nil {
		t.Fatal("no /compare among the application commands")
	}
	type opt struct {
		Name                   string
		Required, Autocomplete bool
		MaxLength              int
	}
	var got []opt
	for _, o := range def.Options {
		got = append(got, opt{o.Name, o.Required, o.Autocomplete, o.MaxLength})
	}
	want := []opt{{"left", true, true, 100}, {"right", true, true, 100}, {"why", false, false, 0}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("/compare options (-want +got):\n%s", diff)
	}
	if def.Description != "Compare two actors." || def.DefaultMemberPermissions != nil {
		t.Errorf("/compare description %q, permissions %v", def.Description, def.DefaultMemberPermissions)
	}

	a := New(nil, bot.New(nil, d, nil, nil), d.Resolver(), Options{Commands: d.Commands()})
	text := a.commandText("compare", []option{str("why", "trade"), str("right", "korea"), str("left", "japan")})
	if text != "/compare japan, korea trade" {
		t.Errorf("commandText = %q; want %q", text, "/compare japan, korea trade")
	}
	focused := func(name, v string) []option { o := str(name, v); o.Focused = true; return []option{o} }
	if ch := a.choices("compare", focused("right", "kor")); len(ch) == 0 || ch[0].Name != "South Korea" {
		t.Errorf("choices for right=kor: %v; want South Korea first", ch)
	}
	if ch := a.choices("compare", focused("why", "kor")); len(ch) != 0 {
		t.Errorf("choices for the free-text why: %v; want none", ch)
	}

	help := d.Handle(context.Background(), commands.Request{Text: "/help"})
	var lines []string
	for _, b := range help.Sections[0].Bullets {
		lines = append(lines, b.Label+" — "+b.Text)
	}
	if !slices.Contains(lines, "/compare LEFT RIGHT [WHY] — Compare two actors. Example: /compare japan korea") {
		t.Errorf("/help lacks /compare:\n%s", strings.Join(lines, "\n"))
	}
}
