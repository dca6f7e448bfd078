package discord

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/commands"
)

// Discord's limits on command definitions.
const (
	maxCommandDescription = 100
	maxCommandOptions     = 25
)

// ApplicationCommands builds the Discord definitions of a command surface (the dispatcher's
// Commands()): each argument a string option, completed when it names things; commands for
// managers only shown by default to members who may manage channels. Global commands are
// offered in servers and in direct messages with the bot; guild commands only exist in their
// guild, so contexts are left unset for them.
func ApplicationCommands(cmds []commands.Command, global bool) []*discordgo.ApplicationCommand {
	out := make([]*discordgo.ApplicationCommand, 0, len(cmds))
	for _, c := range cmds {
		ac := &discordgo.ApplicationCommand{
			Type:        discordgo.ChatApplicationCommand,
			Name:        c.Name,
			Description: clip(firstNonEmpty(c.Summary, c.Usage, c.Name), maxCommandDescription),
			Options:     []*discordgo.ApplicationCommandOption{},
		}
		if global {
			ac.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
		}
		if c.ManagersOnly {
			// Server admins can widen who sees it in the server's Integrations settings.
			perms := int64(discordgo.PermissionManageChannels)
			ac.DefaultMemberPermissions = &perms
		}
		for i, arg := range c.Args {
			if i == maxCommandOptions {
				break
			}
			ac.Options = append(ac.Options, &discordgo.ApplicationCommandOption{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         arg.Name,
				Description:  clip(firstNonEmpty(arg.Description, arg.Name), maxCommandDescription),
				Required:     arg.Required,
				Autocomplete: arg.IsName(),
				MaxLength:    arg.MaxLen,
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
