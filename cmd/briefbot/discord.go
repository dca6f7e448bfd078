package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"strconv"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/discord"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
	"github.com/briefbot/briefbot/config"
)

// wireDiscord builds the Discord adapter the configuration asks for: the HTTP interactions
// endpoint when DISCORD_PUBLIC_KEY is set, the gateway (interactions and direct messages)
// and the digests' poster when DISCORD_BOT_TOKEN is set. Discord delivers interactions over
// the gateway only while the application has no interactions endpoint URL, so running both
// is harmless.
func (a *app) wireDiscord() (bot.Adapter, error) {
	cfg := a.cfg
	ad := bot.Adapter{Platform: store.PlatformDiscord}
	if !cfg.DiscordHTTPEnabled() && !cfg.DiscordGatewayEnabled() {
		return ad, nil
	}
	logger := a.logger.With("adapter", "discord")
	// The surface as registered with Discord, /digest included: how interactions are read.
	dopts := discord.Options{Commands: append(commands.Builtins(), digest.Spec())}
	if cfg.DiscordHTTPEnabled() {
		key, err := discord.ParsePublicKey(cfg.DiscordPublicKey)
		if err != nil {
			return ad, fmt.Errorf("DISCORD_PUBLIC_KEY: %w", err)
		}
		dopts.PublicKey = key
	}
	adapter := discord.New(logger, a.bot, a.dispatcher.Resolver(), dopts)
	if cfg.DiscordHTTPEnabled() {
		ad.Routes = adapter.Routes()
	}
	if !cfg.DiscordGatewayEnabled() {
		return ad, nil
	}
	session, err := discord.NewSession(cfg.DiscordBotToken, cfg.DiscordAPIURL)
	if err != nil {
		return ad, err
	}
	// One poster for answers to direct messages and for digests: one session, so both share
	// discordgo's rate-limit buckets.
	poster := discord.NewPoster(logger, session, discord.PosterOptions{})
	ad.Poster = poster
	ad.Runners = []bot.Runner{discord.NewGateway(logger, adapter, session, poster)}
	return ad, nil
}

const discordUsage = `briefbot discord register [--guild ID | --global]
briefbot discord invite

register registers (bulk-overwrites) briefbot's application commands with Discord and prints
them, then the invite URL. With a guild (--guild, or DISCORD_GUILD_ID) the commands appear in
that server at once — for development; with --global (or no guild id) they appear in every
server and in direct messages with the bot, which can take up to an hour. Needs
DISCORD_BOT_TOKEN and DISCORD_APP_ID.

invite prints the URL that adds the bot to a server with exactly the scopes (bot,
applications.commands) and permissions (View Channels, Send Messages, Embed Links, Read
Message History) it needs. Needs DISCORD_APP_ID.`

// runDiscord is `briefbot discord …`.
func runDiscord(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "Usage:", discordUsage)
		return usagef("discord needs a subcommand")
	}
	switch args[0] {
	case "register":
		return runDiscordRegister(ctx, args[1:], getenv, stdout, stderr)
	case "invite":
		return runDiscordInvite(args[1:], getenv, stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprintln(stdout, "Usage:", discordUsage)
		return nil
	default:
		fmt.Fprintln(stderr, "Usage:", discordUsage)
		return usagef("unknown discord subcommand %q%s", args[0], didYouMean(args[0], []string{"register", "invite"}))
	}
}

// botPermissions are what the bot does in a server's channels: see them, post replies and
// digests as embeds, read a channel's recent messages (after a crash, to find out whether
// a digest edition went out before posting it again), and answer a mention in a thread of
// its own started from it, where the conversation goes on.
const botPermissions = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages |
	discordgo.PermissionEmbedLinks | discordgo.PermissionReadMessageHistory |
	discordgo.PermissionCreatePublicThreads | discordgo.PermissionSendMessagesInThreads

// inviteURL adds the bot to a server with the scopes and permissions it needs, no more.
func inviteURL(appID string) string {
	q := url.Values{
		"client_id":   {appID},
		"scope":       {"bot applications.commands"},
		"permissions": {strconv.FormatInt(botPermissions, 10)},
	}
	return "https://discord.com/oauth2/authorize?" + q.Encode()
}

func runDiscordInvite(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlagSet("discord invite", discordUsage, stderr)
	if err := parseFlagsHelp(fs, args, stdout); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 0 {
		return usagef("discord invite takes no arguments")
	}
	cfg, err := config.Load(getenv)
	if err != nil {
		return err
	}
	if cfg.DiscordAppID == "" {
		return usagef("discord invite needs DISCORD_APP_ID (the application id, on the app's General Information page)")
	}
	fmt.Fprintln(stdout, inviteURL(cfg.DiscordAppID))
	return nil
}

func runDiscordRegister(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlagSet("discord register", discordUsage, stderr)
	guild := fs.String("guild", "", "register in this guild (server) id; default DISCORD_GUILD_ID")
	global := fs.Bool("global", false, "register globally, even when DISCORD_GUILD_ID is set")
	if err := parseFlagsHelp(fs, args, stdout); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 0 {
		return usagef("discord register takes no arguments")
	}
	cfg, err := config.Load(getenv)
	if err != nil {
		return err
	}
	if *global && *guild != "" {
		return usagef("--guild and --global exclude each other")
	}
	if *guild == "" && !*global {
		*guild = cfg.DiscordGuildID
	}
	if cfg.DiscordBotToken == "" || cfg.DiscordAppID == "" {
		return usagef("discord register needs DISCORD_BOT_TOKEN and DISCORD_APP_ID")
	}
	d, err := loadDispatcher()
	if err != nil {
		return err
	}
	// Bulk overwrite replaces every command, so the list must include /digest, which serve
	// registers once the subscription store is open: here, from its description.
	cmds := append(d.Commands(), digest.Spec())
	session, err := discord.NewSession(cfg.DiscordBotToken, cfg.DiscordAPIURL)
	if err != nil {
		return err
	}
	got, err := discord.Register(ctx, session, cfg.DiscordAppID, *guild, cmds)
	if err != nil {
		return err
	}
	where := "globally (every server the bot is in, and direct messages with it); global commands can take up to an hour to appear — set DISCORD_GUILD_ID to register in one server at once while you try it"
	if *guild != "" {
		where = "in guild " + *guild + " (available at once)"
	}
	fmt.Fprintf(stdout, "Registered %d commands %s:\n", len(got), where)
	for _, c := range got {
		fmt.Fprintf(stdout, "  %-52s %s\n", discord.CommandUsage(c), c.Description)
	}
	fmt.Fprintf(stdout, "\nAdd the bot to a server (scopes bot and applications.commands; View Channels, Send Messages, Embed Links, Read Message History):\n  %s\n", inviteURL(cfg.DiscordAppID))
	return nil
}
