package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/commands"
	"github.com/briefbot/briefbot/internal/runes"
)

// interaction is the part of a Discord interaction the adapter reads. HTTP bodies decode into
// it directly (a lean struct: discordgo.Interaction decodes every body twice and carries many
// fields we never read); gateway events are converted into it (fromSession). Everything after
// that is one code path.
type interaction struct {
	Type      discordgo.InteractionType `json:"type"`
	ID        string                    `json:"id"`
	Token     string                    `json:"token"`
	GuildID   string                    `json:"guild_id"`
	ChannelID string                    `json:"channel_id"`
	Member    *member                   `json:"member"`
	User      *user                     `json:"user"`
	Data      interactionData           `json:"data"`
}

type member struct {
	User *user `json:"user"`
	// Permissions is the invoker's total permissions in the channel, a decimal string.
	Permissions string `json:"permissions"`
}

type user struct {
	ID string `json:"id"`
}

type interactionData struct {
	// Name is the command's name (application commands and autocomplete).
	Name    string   `json:"name"`
	Options []option `json:"options"`
	// CustomID identifies the button pressed (message components).
	CustomID string `json:"custom_id"`
}

// option is one command option as the user filled it in. Value is a string, number or bool;
// sub-commands and groups carry nested Options instead.
type option struct {
	Name    string                                 `json:"name"`
	Type    discordgo.ApplicationCommandOptionType `json:"type"`
	Value   any                                    `json:"value"`
	Focused bool                                   `json:"focused"`
	Options []option                               `json:"options"`
}

// errUnsupported is an interaction type the adapter does not answer (modal submits, types
// Discord adds later); HTTP answers it with 400.
var errUnsupported = errors.New("unsupported interaction type")

// decodeInteraction reads an interaction body. It never panics, whatever the input.
func decodeInteraction(body []byte) (*interaction, error) {
	in := new(interaction)
	if err := json.Unmarshal(body, in); err != nil {
		return nil, err
	}
	if in.Type == 0 {
		return nil, errors.New("interaction has no type")
	}
	return in, nil
}

// Permission bits that let a user manage a channel's digests (Manage Channels, or admin).
const managePerms = discordgo.PermissionAdministrator | discordgo.PermissionManageChannels

// respondJSON answers one interaction, from either transport, with the encoded response
// written into out (or the bytes of an answer the Answerer kept).
func (a *Adapter) respondJSON(ctx context.Context, in *interaction, out *bytes.Buffer) ([]byte, error) {
	switch in.Type {
	case discordgo.InteractionPing:
		return encodeResponse(out, &response{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommand:
		return a.answerJSON(ctx, a.request(in, a.commandText(in.Data.Name, in.Data.Options)), out)
	case discordgo.InteractionMessageComponent:
		return a.press(ctx, in, out)
	case discordgo.InteractionApplicationCommandAutocomplete:
		return encodeResponse(out, &response{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: autocompleteData{Choices: a.choices(in.Data.Name, in.Data.Options)}})
	}
	return nil, errUnsupported
}

// answerJSON runs a command line through the bot and renders the reply as a message: its
// first page, with More, Sources and vote buttons where they apply.
func (a *Adapter) answerJSON(ctx context.Context, req commands.Request, out *bytes.Buffer) ([]byte, error) {
	encode := func(r commands.Reply) ([]byte, error) {
		msg := renderView(r, answerView{origin: originOf(r, req.Text)})
		return encodeResponse(out, &response{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &msg})
	}
	if a.encoded != nil {
		return a.encoded.HandleEncoded(ctx, req, encode)
	}
	return encode(a.answer.Handle(ctx, req))
}

func encodeResponse(out *bytes.Buffer, resp *response) ([]byte, error) {
	out.Reset()
	if err := encodeJSON(out, resp); err != nil {
		return nil, fmt.Errorf("encode interaction response: %w", err)
	}
	return out.Bytes(), nil
}

// cutRun reads the command a button carries.
func cutRun(customID string) (string, bool) {
	return strings.CutPrefix(customID, runPrefix)
}

// request builds the neutral request for an interaction. An interaction in a direct message
// belongs to the DM's conversation, so `/relations japan korea` and then "and china?" typed
// in the same DM is a follow-up; in a server, slash commands stay one-shot.
func (a *Adapter) request(in *interaction, text string) commands.Request {
	req := commands.Request{Text: text, Platform: Platform, Workspace: in.GuildID, Channel: in.ChannelID}
	if in.GuildID == "" {
		req.Conversation = in.ChannelID
	}
	switch {
	case in.Member != nil:
		if in.Member.User != nil {
			req.User = in.Member.User.ID
		}
		// member.permissions already folds in the channel's overwrites. It is only present in
		// guilds; in a DM nobody manages a channel's digests.
		if p, err := strconv.ParseInt(in.Member.Permissions, 10, 64); err == nil {
			req.CanManage = p&managePerms != 0
		}
	case in.User != nil:
		req.User = in.User.ID
	}
	return req
}

// maxOptionDepth bounds how deep options nest: Discord allows group → sub-command → option.
const maxOptionDepth = 3

// commandText turns a command and its options into the text the dispatcher parses:
// "/relations japan, korea". Values are taken in the order the command declares its
// arguments, whatever order they arrive in, and joined as its spec says (names of a list with
// ", ": see commands.Arg). A command the adapter was not told about is read generically.
func (a *Adapter) commandText(name string, opts []option) string {
	c, ok := a.cmds[name]
	if !ok {
		vals := flattenOptions(opts, nil, 0)
		if len(vals) == 0 {
			return "/" + name
		}
		return "/" + name + " " + strings.Join(vals, " ")
	}
	vals := make([]string, len(c.Args))
	for i, arg := range c.Args {
		for _, got := range opts {
			if got.Name == arg.Name {
				vals[i] = optionString(got.Value)
				break
			}
		}
	}
	return c.Text(vals)
}

// flattenOptions reads options of a command the adapter has no description of: sub-command
// names become words, values follow in order.
func flattenOptions(opts []option, out []string, depth int) []string {
	if depth >= maxOptionDepth {
		return out
	}
	for _, o := range opts {
		switch o.Type {
		case discordgo.ApplicationCommandOptionSubCommand, discordgo.ApplicationCommandOptionSubCommandGroup:
			out = append(out, o.Name)
			out = flattenOptions(o.Options, out, depth+1)
		default:
			if v := optionString(o.Value); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// optionString renders an option value as text; values that are not scalars are dropped.
func optionString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

// focusedOption finds the option the user is typing in (autocomplete), depth-limited.
func focusedOption(opts []option, depth int) *option {
	if depth >= maxOptionDepth {
		return nil
	}
	for i := range opts {
		if opts[i].Focused {
			return &opts[i]
		}
		if f := focusedOption(opts[i].Options, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// Discord's limits on autocomplete choices.
const (
	maxChoices    = 25
	maxChoiceText = 100
	// maxPrefix bounds what the completer is asked about: typo matching costs grow with
	// the input's length, and no name is longer.
	maxPrefix = 100
)

// choices offers names for the focused option, best first. Options that take no names get
// none.
func (a *Adapter) choices(name string, opts []option) []choice {
	out := []choice{} // Discord wants an array, even empty
	f := focusedOption(opts, 0)
	if f == nil {
		return out
	}
	arg, _ := a.cmds[name].Arg(f.Name)
	if !arg.IsName() {
		return out
	}
	prefix, _ := f.Value.(string)
	prefix = runes.Clip(prefix, maxPrefix, "")
	seen := map[string]bool{}
	for _, m := range a.complete.Complete(prefix, maxChoices, arg.Kinds...) {
		label := clip(m.Name, maxChoiceText)
		if label == "" || seen[label] {
			continue
		}
		seen[label] = true
		out = append(out, choice{Name: label, Value: label})
	}
	return out
}

// fromSession converts a gateway interaction into the adapter's own, so both transports
// share respond.
func fromSession(i *discordgo.Interaction) *interaction {
	in := &interaction{Type: i.Type, ID: i.ID, Token: i.Token, GuildID: i.GuildID, ChannelID: i.ChannelID}
	if i.Member != nil {
		in.Member = &member{Permissions: strconv.FormatInt(i.Member.Permissions, 10)}
		if i.Member.User != nil {
			in.Member.User = &user{ID: i.Member.User.ID}
		}
	}
	if i.User != nil {
		in.User = &user{ID: i.User.ID}
	}
	switch d := i.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		in.Data.Name = d.Name
		in.Data.Options = fromSessionOptions(d.Options, 0)
	case discordgo.MessageComponentInteractionData:
		in.Data.CustomID = d.CustomID
	}
	return in
}

func fromSessionOptions(opts []*discordgo.ApplicationCommandInteractionDataOption, depth int) []option {
	if depth >= maxOptionDepth || len(opts) == 0 {
		return nil
	}
	out := make([]option, 0, len(opts))
	for _, o := range opts {
		if o == nil {
			continue
		}
		out = append(out, option{Name: o.Name, Type: o.Type, Value: o.Value, Focused: o.Focused,
			Options: fromSessionOptions(o.Options, depth+1)})
	}
	return out
}
