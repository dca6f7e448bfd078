package discord

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/commands"
)

// spec is how one command looks on Discord: its options, which of them take names (and so
// get autocomplete), and how option values join into the command line.
type spec struct {
	options []optionSpec
	// list commands take a list of names, joined with ", " so each option is one name.
	list bool
	// generic is the shape of a command this package does not know: its options are read
	// in the order they arrive, sub-commands included.
	generic bool
	// managers limits who sees the command by default to members who may manage channels;
	// server admins can widen it in the server's Integrations settings.
	managers bool
}

type optionSpec struct {
	name, description string
	required          bool
	// kinds are the resolver target kinds an option names; nil means free text.
	kinds     []string
	maxLength int
}

// Longest text an option accepts; names are short, and the parser cuts input at
// commands.MaxInputBytes anyway.
const (
	maxNameLength     = 100
	maxQuestionLength = 500
)

// actors are the five name options of /relations and /timeline. The bench harness and users'
// muscle memory depend on these names.
func actors(required int) []optionSpec {
	names := []string{"first", "second", "third", "fourth", "fifth"}
	out := make([]optionSpec, len(names))
	for i, n := range names {
		out[i] = optionSpec{name: n, required: i < required, kinds: []string{commands.TargetEntity}, maxLength: maxNameLength,
			description: "A country, person, organisation or place, e.g. japan, ROK, nato"}
	}
	return out
}

// specFor returns the Discord shape of a command. Commands it does not know (registered by
// the runtime later) take one optional free-text option, so they work without a change here.
// A function, not a table, so the package holds no mutable state.
func specFor(name string) spec {
	switch name {
	case "relations":
		return spec{options: actors(2), list: true}
	case "timeline":
		return spec{options: actors(0), list: true}
	case "country":
		return spec{options: []optionSpec{{name: "name", required: true, kinds: []string{commands.TargetEntity}, maxLength: maxNameLength,
			description: "A country (or person, place, agreement), e.g. new zealand"}}}
	case "topic":
		// A topic or any named thing ("/topic dokdo"), topics first.
		return spec{options: []optionSpec{{name: "name", required: true, kinds: []string{commands.TargetTopic, commands.TargetEntity}, maxLength: maxNameLength,
			description: "A topic or named thing, e.g. dokdo, trade, comfort women"}}}
	case "ask":
		return spec{options: []optionSpec{{name: "question", required: true, maxLength: maxQuestionLength,
			description: "Your question in plain words, e.g. what is the dokdo dispute?"}}}
	case "brief", "sources", "help":
		return spec{}
	case "digest":
		// Managing a channel's digests is for those who may manage the channel.
		return spec{managers: true, options: []optionSpec{{name: "action", maxLength: maxQuestionLength,
			description: "subscribe weekdays 09:00 Asia/Seoul about japan korea · list · pause ID · resume ID · preview"}}}
	}
	return spec{generic: true, options: []optionSpec{{name: "text", maxLength: maxQuestionLength, description: "What to ask"}}}
}

func (s spec) joiner() string {
	if s.list {
		return ", "
	}
	return " "
}

// kinds returns the target kinds an option names, nil when it is free text.
func (s spec) kinds(option string) []string {
	for _, o := range s.options {
		if o.name == option {
			return o.kinds
		}
	}
	return nil
}

// Discord's limits on command definitions.
const (
	maxCommandDescription = 100
	maxCommandOptions     = 25
)

// ApplicationCommands builds the Discord definitions of a command surface (the dispatcher's
// Commands()). Global commands are offered in servers and in direct messages with the bot;
// guild commands only exist in their guild, so contexts are left unset for them.
func ApplicationCommands(cmds []commands.Command, global bool) []*discordgo.ApplicationCommand {
	out := make([]*discordgo.ApplicationCommand, 0, len(cmds))
	for _, c := range cmds {
		sp := specFor(c.Name)
		ac := &discordgo.ApplicationCommand{
			Type:        discordgo.ChatApplicationCommand,
			Name:        c.Name,
			Description: clip(firstNonEmpty(c.Summary, c.Usage, c.Name), maxCommandDescription),
			Options:     []*discordgo.ApplicationCommandOption{},
		}
		if global {
			ac.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
		}
		if sp.managers {
			perms := int64(discordgo.PermissionManageChannels)
			ac.DefaultMemberPermissions = &perms
		}
		for i, o := range sp.options {
			if i == maxCommandOptions {
				break
			}
			ac.Options = append(ac.Options, &discordgo.ApplicationCommandOption{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         o.name,
				Description:  clip(o.description, maxCommandDescription),
				Required:     o.required,
				Autocomplete: len(o.kinds) > 0,
				MaxLength:    o.maxLength,
			})
		}
		out = append(out, ac)
	}
	return out
}

// CommandUsage is a one-line picture of a Discord command, for `briefbot discord register`:
// "/relations first second [third] [fourth] [fifth]".
func CommandUsage(c *discordgo.ApplicationCommand) string {
	var b strings.Builder
	b.WriteString("/" + c.Name)
	for _, o := range c.Options {
		if o.Required {
			fmt.Fprintf(&b, " %s", o.Name)
		} else {
			fmt.Fprintf(&b, " [%s]", o.Name)
		}
	}
	return b.String()
}

// commandRegistrar is the discordgo call registration makes.
type commandRegistrar interface {
	ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
}

// Register bulk-overwrites the application's commands with cmds: in one guild when guildID is
// set (instant, for development), else globally (for production). It returns what Discord
// now holds. Bulk overwrite is idempotent: commands that did not change are not re-created.
func Register(ctx context.Context, s *discordgo.Session, appID, guildID string, cmds []commands.Command) ([]*discordgo.ApplicationCommand, error) {
	return register(ctx, s, appID, guildID, cmds)
}

func register(ctx context.Context, r commandRegistrar, appID, guildID string, cmds []commands.Command) ([]*discordgo.ApplicationCommand, error) {
	if appID == "" {
		return nil, fmt.Errorf("register discord commands: no application id")
	}
	defs := ApplicationCommands(cmds, guildID == "")
	got, err := r.ApplicationCommandBulkOverwrite(appID, guildID, defs, discordgo.WithContext(ctx))
	if err != nil {
		where := "globally"
		if guildID != "" {
			where = "in guild " + guildID
		}
		return nil, fmt.Errorf("register discord commands %s: %w", where, err)
	}
	return got, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
