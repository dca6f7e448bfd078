package slack

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

func TestManifest(t *testing.T) {
	store, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	cmds := commands.NewDispatcher(nil, store).Commands()
	tests := []struct {
		name string
		o    ManifestOptions
	}{
		{"http", ManifestOptions{PublicURL: "https://briefbot.example.org/"}},
		{"socket mode", ManifestOptions{SocketMode: true}},
		{"http, short commands", ManifestOptions{PublicURL: "https://briefbot.example.org/", ShortCommands: true}},
		{"socket mode, short commands", ManifestOptions{SocketMode: true, ShortCommands: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Manifest(cmds, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			b, err := m.YAML()
			if err != nil {
				t.Fatal(err)
			}
			// Slack's own schema, as slack-go mirrors it, reads the manifest.
			var got slackapi.Manifest
			if err := yaml.Unmarshal(b, &got); err != nil {
				t.Fatalf("manifest does not decode as slack.Manifest: %v\n%s", err, b)
			}
			if got.Display.Name == "" || len(got.Display.Name) > 35 {
				t.Errorf("display name %q", got.Display.Name)
			}
			names := map[string]slackapi.ManifestSlashCommand{}
			cmdRE := regexp.MustCompile(`^/[a-z0-9_-]{1,31}$`)
			for _, c := range got.Features.SlashCommands {
				if !cmdRE.MatchString(c.Command) || c.Description == "" || len(c.Description) > 2000 {
					t.Errorf("slash command %+v", c)
				}
				if (c.Url == "") != tc.o.SocketMode {
					t.Errorf("%s url %q in %s mode", c.Command, c.Url, tc.name)
				}
				names[c.Command] = c
			}
			umbrella, ok := names["/briefbot"]
			if !ok {
				t.Fatalf("namespaced /briefbot missing")
			}
			for _, c := range cmds {
				if _, ok := names["/"+c.Name]; ok != tc.o.ShortCommands {
					t.Errorf("command /%s declared: %v; want %v (short commands %v)", c.Name, ok, tc.o.ShortCommands, tc.o.ShortCommands)
				}
				if !strings.Contains(umbrella.UsageHint, c.Name) {
					t.Errorf("/briefbot usage hint %q lacks subcommand %s", umbrella.UsageHint, c.Name)
				}
			}
			if !tc.o.ShortCommands && len(names) != 1 {
				t.Errorf("namespaced manifest declares %d slash commands; want only /briefbot", len(names))
			}
			if tc.o.ShortCommands && names["/relations"].UsageHint != "A B [C …]" {
				t.Errorf("/relations usage hint %q", names["/relations"].UsageHint)
			}
			for _, s := range []string{"commands", "chat:write", "im:history", "app_mentions:read", "im:write", "users:read", "channels:read", "groups:read",
				"channels:history", "groups:history"} {
				if !slices.Contains(got.OAuthConfig.Scopes.Bot, s) {
					t.Errorf("scope %s missing", s)
				}
			}
			ev := got.Settings.EventSubscriptions
			if ev == nil {
				t.Fatalf("no event subscriptions")
			}
			// Mentions, DMs, and the thread replies that continue a conversation.
			for _, e := range []string{"app_mention", "message.im", "message.channels", "message.groups"} {
				if !slices.Contains(ev.BotEvents, e) {
					t.Errorf("event %s not subscribed: %v", e, ev.BotEvents)
				}
			}
			if got.Settings.SocketModeEnabled != (ev.RequestUrl == "") {
				t.Errorf("socket_mode_enabled %v with request_url %q", got.Settings.SocketModeEnabled, ev.RequestUrl)
			}
			if !tc.o.SocketMode && (ev.RequestUrl != "https://briefbot.example.org/slack/events" ||
				got.Settings.Interactivity.RequestUrl != "https://briefbot.example.org/slack/interactions" ||
				umbrella.Url != "https://briefbot.example.org/slack/commands") {
				t.Errorf("request URLs: events %q, interactivity %q, commands %q", ev.RequestUrl,
					got.Settings.Interactivity.RequestUrl, umbrella.Url)
			}
			if got.Settings.Interactivity == nil || !got.Settings.Interactivity.IsEnabled {
				t.Errorf("interactivity off")
			}
			if !got.Features.AppHome.MessagesTabEnabled || got.Features.AppHome.MessagesTabReadOnlyEnabled {
				t.Errorf("app home %+v: users could not DM the bot", got.Features.AppHome)
			}
			if _, err := m.JSON(); err != nil {
				t.Fatal(err)
			}
		})
	}
	if _, err := Manifest(cmds, ManifestOptions{}); err == nil {
		t.Errorf("HTTP manifest without a public URL succeeded")
	}
	// Slack sends requests only to https URLs: a plain-http one would fail verification.
	if _, err := Manifest(cmds, ManifestOptions{PublicURL: "http://briefbot.example.org"}); err == nil || !strings.Contains(err.Error(), "https") {
		t.Errorf("HTTP manifest for an http:// URL = %v; want a refusal naming https", err)
	}
	withDigest := append(cmds, commands.Command{Name: "digest", Usage: "/digest daily 08:00", Summary: "Subscribe this channel."})
	m, err := Manifest(withDigest, ManifestOptions{SocketMode: true, ShortCommands: true})
	if err != nil || !slices.ContainsFunc(m.Features.SlashCommands, func(c manifestSlash) bool { return c.Command == "/digest" }) {
		t.Errorf("a registered /digest is not in the manifest (%v)", err)
	}
}
