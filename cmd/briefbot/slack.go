package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/slack"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
	"github.com/briefbot/briefbot/config"
)

// wireSlack builds the Slack adapter the configuration asks for: the HTTP endpoints when
// SLACK_SIGNING_SECRET is set, Socket Mode when SLACK_APP_TOKEN is set (with the bot token),
// the digests' poster when SLACK_BOT_TOKEN is set. Either way it brings a runner that lets
// replies still being posted finish at shutdown.
func (a *app) wireSlack() (bot.Adapter, error) {
	cfg := a.cfg
	ad := bot.Adapter{Platform: store.PlatformSlack}
	if !cfg.SlackEnabled() && !cfg.SocketMode() {
		return ad, nil
	}
	logger := a.logger.With("adapter", "slack")
	adapter, err := slack.New(logger, a.bot, slack.Options{
		SigningSecret: cfg.SlackSigningSecret,
		BotToken:      cfg.SlackBotToken,
		AppToken:      cfg.SlackAppToken,
		APIURL:        cfg.SlackAPIURL,
		DigestAdmins:  cfg.DigestAdmins,
	})
	if err != nil {
		return ad, err
	}
	ad.Runners = []bot.Runner{adapter.Background()}
	if cfg.SlackBotToken != "" {
		if ad.Poster, err = adapter.Poster(); err != nil {
			return ad, err
		}
	}
	if cfg.SlackEnabled() {
		ad.Routes = adapter.Routes()
	}
	if cfg.SocketMode() {
		sm, err := adapter.SocketMode()
		if err != nil {
			return ad, err
		}
		ad.Runners = append(ad.Runners, sm)
	}
	return ad, nil
}

const slackUsage = `briefbot slack manifest [--socket-mode] [--short-commands] [--json]

Prints a Slack app manifest for briefbot. Paste it into api.slack.com/apps → Create New App →
From a manifest. It declares one slash command, /briefbot, with every command as a subcommand
(/briefbot relations japan korea, /briefbot help): slash command names are workspace-wide, and
short generic ones (/ask, /topic — Slack's own) collide. --short-commands declares each
command by its own name too. It also declares the bot scopes, the events (app_mention,
message.im, and message.channels and message.groups for replies in the threads the bot
answers in) and interactivity.

In HTTP mode the request URLs are BRIEFBOT_PUBLIC_URL + /slack/commands, /slack/events and
/slack/interactions; Slack accepts only https URLs, and verifies them when you save, so start
briefbot serve with SLACK_SIGNING_SECRET set first. With --socket-mode (or SLACK_APP_TOKEN
set) the app connects out over Socket Mode and needs no URL: the easiest way to run locally.`

// runSlack is `briefbot slack …`.
func runSlack(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "Usage:", slackUsage)
		return usagef("slack needs a subcommand")
	}
	switch args[0] {
	case "manifest":
		return runSlackManifest(args[1:], getenv, stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprintln(stdout, "Usage:", slackUsage)
		return nil
	default:
		fmt.Fprintln(stderr, "Usage:", slackUsage)
		return usagef("unknown slack subcommand %q%s", args[0], didYouMean(args[0], []string{"manifest"}))
	}
}

func runSlackManifest(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlagSet("slack manifest", slackUsage, stderr)
	socket := fs.Bool("socket-mode", false, "Socket Mode: no request URLs (the default when SLACK_APP_TOKEN is set)")
	short := fs.Bool("short-commands", false, "declare every command as its own slash command (/relations …) besides /briefbot")
	asJSON := fs.Bool("json", false, "print JSON instead of YAML")
	if err := parseFlagsHelp(fs, args, stdout); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 0 {
		return usagef("slack manifest takes no arguments")
	}
	cfg, err := config.Load(getenv)
	if err != nil {
		return err
	}
	d, err := loadDispatcher()
	if err != nil {
		return err
	}
	// serve registers /digest once the subscription store is open; the app must declare it
	// now, from its description.
	m, err := slack.Manifest(append(d.Commands(), digest.Spec()), slack.ManifestOptions{
		PublicURL:     cfg.PublicURL,
		SocketMode:    *socket || cfg.SocketMode(),
		ShortCommands: *short,
	})
	if err != nil {
		return usagef("%v", err)
	}
	var out []byte
	if *asJSON {
		out, err = m.JSON()
	} else {
		out, err = m.YAML()
	}
	if err != nil {
		return err
	}
	if _, err := stdout.Write(out); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return nil
}

// renderSlackFor prints the Block Kit message the Slack adapter would answer text with, as
// indented JSON, with every button the adapter would add.
func renderSlackFor(text string, r commands.Reply) ([]byte, error) {
	origin, _ := r.Origin(text)
	raw := slack.Render(r, slack.RenderOptions{Origin: origin}).AppendJSON(nil)
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		return nil, fmt.Errorf("render slack: %w", err)
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}
