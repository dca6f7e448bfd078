package slack

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/briefbot/briefbot/commands"
	"github.com/briefbot/briefbot/internal/runes"
)

// ManifestOptions say how the Slack app is reached.
type ManifestOptions struct {
	// PublicURL is where Slack reaches briefbot over HTTP (BRIEFBOT_PUBLIC_URL); the request
	// URLs are it plus /slack/commands, /slack/events and /slack/interactions.
	PublicURL string
	// SocketMode has the app connect out over a websocket instead, with no request URLs.
	SocketMode bool
	// ShortCommands declares every command as a slash command of its own (/relations, /ask,
	// /topic …) besides /briefbot. Off by default: slash command names are workspace-wide, and
	// generic ones collide with other apps' and Slack's own (/topic is Slack's built-in), so
	// the default is one namespaced /briefbot with the commands as subcommands
	// (/briefbot relations japan korea).
	ShortCommands bool
}

// AppManifest is a Slack app manifest (schema 1.1; see
// github.com/slackapi/manifest-schema), written out with exactly the keys briefbot needs, so
// that false values Slack cares about (messages_tab_read_only_enabled) are not dropped.
type AppManifest struct {
	Metadata    manifestMetadata `json:"_metadata" yaml:"_metadata"`
	Display     manifestDisplay  `json:"display_information" yaml:"display_information"`
	Features    manifestFeatures `json:"features" yaml:"features"`
	OAuthConfig manifestOAuth    `json:"oauth_config" yaml:"oauth_config"`
	Settings    manifestSettings `json:"settings" yaml:"settings"`
}

type manifestMetadata struct {
	MajorVersion int `json:"major_version" yaml:"major_version"`
	MinorVersion int `json:"minor_version" yaml:"minor_version"`
}

type manifestDisplay struct {
	Name            string `json:"name" yaml:"name"`
	Description     string `json:"description" yaml:"description"`
	BackgroundColor string `json:"background_color" yaml:"background_color"`
}

type manifestFeatures struct {
	AppHome       manifestAppHome `json:"app_home" yaml:"app_home"`
	BotUser       manifestBotUser `json:"bot_user" yaml:"bot_user"`
	SlashCommands []manifestSlash `json:"slash_commands" yaml:"slash_commands"`
}

type manifestAppHome struct {
	HomeTabEnabled             bool `json:"home_tab_enabled" yaml:"home_tab_enabled"`
	MessagesTabEnabled         bool `json:"messages_tab_enabled" yaml:"messages_tab_enabled"`
	MessagesTabReadOnlyEnabled bool `json:"messages_tab_read_only_enabled" yaml:"messages_tab_read_only_enabled"`
}

type manifestBotUser struct {
	DisplayName  string `json:"display_name" yaml:"display_name"`
	AlwaysOnline bool   `json:"always_online" yaml:"always_online"`
}

type manifestSlash struct {
	Command      string `json:"command" yaml:"command"`
	URL          string `json:"url,omitempty" yaml:"url,omitempty"`
	Description  string `json:"description" yaml:"description"`
	UsageHint    string `json:"usage_hint,omitempty" yaml:"usage_hint,omitempty"`
	ShouldEscape bool   `json:"should_escape" yaml:"should_escape"`
}

type manifestOAuth struct {
	Scopes struct {
		Bot []string `json:"bot" yaml:"bot"`
	} `json:"scopes" yaml:"scopes"`
}

type manifestSettings struct {
	EventSubscriptions   manifestEvents        `json:"event_subscriptions" yaml:"event_subscriptions"`
	Interactivity        manifestInteractivity `json:"interactivity" yaml:"interactivity"`
	OrgDeployEnabled     bool                  `json:"org_deploy_enabled" yaml:"org_deploy_enabled"`
	SocketModeEnabled    bool                  `json:"socket_mode_enabled" yaml:"socket_mode_enabled"`
	TokenRotationEnabled bool                  `json:"token_rotation_enabled" yaml:"token_rotation_enabled"`
}

type manifestEvents struct {
	RequestURL string   `json:"request_url,omitempty" yaml:"request_url,omitempty"`
	BotEvents  []string `json:"bot_events" yaml:"bot_events"`
}

type manifestInteractivity struct {
	IsEnabled  bool   `json:"is_enabled" yaml:"is_enabled"`
	RequestURL string `json:"request_url,omitempty" yaml:"request_url,omitempty"`
}

// Manifest builds the app manifest for the command surface cmds (the dispatcher's list): the
// namespaced /briefbot, and with ShortCommands every command by its own name too.
func Manifest(cmds []commands.Command, o ManifestOptions) (AppManifest, error) {
	var base string
	if !o.SocketMode {
		u, err := url.Parse(o.PublicURL)
		if o.PublicURL == "" || err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return AppManifest{}, errors.New("a manifest for HTTP mode needs the public https URL Slack reaches briefbot at (BRIEFBOT_PUBLIC_URL), or Socket Mode (--socket-mode)")
		}
		if u.Scheme != "https" {
			return AppManifest{}, fmt.Errorf("public URL %s is not https, and Slack sends requests only to https URLs: put briefbot behind TLS (a reverse proxy or a tunnel) and set BRIEFBOT_PUBLIC_URL to its https URL, or use Socket Mode (--socket-mode)", o.PublicURL)
		}
		base = strings.TrimSuffix(o.PublicURL, "/")
	}
	withBase := func(path string) string {
		if base == "" {
			return ""
		}
		return base + path
	}
	m := AppManifest{
		Metadata: manifestMetadata{MajorVersion: 1, MinorVersion: 1},
		Display: manifestDisplay{
			Name:            "briefbot",
			Description:     "Briefings on the US's Asia-Pacific allies at the June 2022 NATO summit, from a curated fact store.",
			BackgroundColor: "#1d3557",
		},
		Features: manifestFeatures{
			AppHome: manifestAppHome{MessagesTabEnabled: true},
			BotUser: manifestBotUser{DisplayName: "briefbot", AlwaysOnline: true},
		},
		Settings: manifestSettings{
			EventSubscriptions: manifestEvents{RequestURL: withBase("/slack/events"), BotEvents: botEvents()},
			Interactivity:      manifestInteractivity{IsEnabled: true, RequestURL: withBase("/slack/interactions")},
			SocketModeEnabled:  o.SocketMode,
		},
	}
	// What the adapter's calls need: slash commands, posting (also to public channels the
	// bot has not joined, for digests), reading DMs, mentions and the replies in channel
	// threads (the *:history scopes; a reply in a thread the bot answered continues the
	// conversation without a mention), opening DMs, reading users (to tell workspace admins,
	// who may manage digests) and reading channels (to check, when a digest is subscribed,
	// that the bot can post there: conversations.info).
	m.OAuthConfig.Scopes.Bot = []string{
		"app_mentions:read", "channels:history", "channels:read", "chat:write", "chat:write.public",
		"commands", "groups:history", "groups:read", "im:history", "im:write", "users:read",
	}
	var subs []string
	for _, c := range cmds {
		if c.Name == "" {
			continue
		}
		subs = append(subs, c.Name)
		if !o.ShortCommands {
			continue
		}
		m.Features.SlashCommands = append(m.Features.SlashCommands, manifestSlash{
			Command:     "/" + c.Name,
			URL:         withBase("/slack/commands"),
			Description: runes.Clip(c.Summary, 2000, "…"),
			UsageHint:   runes.Clip(c.Synopsis(), 1000, "…"),
		})
	}
	m.Features.SlashCommands = append(m.Features.SlashCommands, manifestSlash{
		Command:     "/briefbot",
		URL:         withBase("/slack/commands"),
		Description: "Briefings on the US's Asia-Pacific allies, e.g. /briefbot relations japan korea; /briefbot help lists every command.",
		UsageHint:   runes.Clip(strings.Join(subs, " | ")+" …", 1000, "…"),
	})
	if n := len(m.Features.SlashCommands); n > 50 {
		return AppManifest{}, fmt.Errorf("%d slash commands; a Slack app may have at most 50", n)
	}
	return m, nil
}

// botEvents are the events the app subscribes to: mentions, direct messages, and messages in
// public and private channels, of which the adapter reads only replies in threads it talks in.
func botEvents() []string {
	return []string{"app_mention", "message.channels", "message.groups", "message.im"}
}

// YAML renders the manifest as YAML, the form Slack's "create from manifest" dialog opens
// with.
func (m AppManifest) YAML() ([]byte, error) {
	b, err := yaml.MarshalWithOptions(m, yaml.Indent(2), yaml.IndentSequence(true))
	if err != nil {
		return nil, fmt.Errorf("encode manifest: %w", err)
	}
	return b, nil
}

// JSON renders the manifest as indented JSON.
func (m AppManifest) JSON() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode manifest: %w", err)
	}
	return append(b, '\n'), nil
}
