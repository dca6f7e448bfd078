package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/commands"
)

// Conversations in a server. The gateway asks for no privileged intent, so without
// MESSAGE_CONTENT Discord sends the text of a server message only when it mentions the bot
// (a reply to the bot's message mentions it unless the replier turns the ping off). A
// thread's later messages without a mention therefore arrive empty and cannot be read: a
// conversation in a server goes on by mentioning the bot or replying to its answer, in the
// thread it started (or, where it may not start one, in the reply chain under the question).

// Thread settings: Discord allows names of 1–100 characters; a thread idle for an hour
// archives itself, as the conversation behind it ends after half an hour.
const (
	maxThreadName        = 100
	threadArchiveMinutes = 60
)

// addressesBot reports whether a server message is for the bot: it mentions the bot, or it
// replies to one of the bot's messages.
func addressesBot(m *discordgo.Message, self string) bool {
	if self == "" {
		return false
	}
	for _, u := range m.Mentions {
		if u != nil && u.ID == self {
			return true
		}
	}
	ref := m.ReferencedMessage
	return ref != nil && ref.Author != nil && ref.Author.ID == self
}

// stripMentions removes every mention of the bot from a server message, wherever it is
// ("what about <@123>'s view" reads as the question around it).
func stripMentions(text, self string) string {
	if self != "" {
		for _, m := range []string{"<@" + self + ">", "<@!" + self + ">"} {
			text = strings.ReplaceAll(text, m, " ")
		}
	}
	return strings.Join(strings.Fields(text), " ")
}

// threadName is the question on one line, cut to what Discord allows.
func threadName(question string) string {
	name := clip(strings.Join(strings.Fields(question), " "), maxThreadName)
	if name == "" {
		return "briefbot"
	}
	return name
}

// answerMention answers a server message addressed to the bot. In a channel where the bot
// holds a live conversation (a thread it started, a reply chain) the answer goes on there, as
// a reply. Elsewhere it starts a thread from the message and answers in it; where it cannot
// (the message is in a thread already, or the bot lacks Create Public Threads) it replies
// under the message, and that channel's conversation begins.
func (g *Gateway) answerMention(ctx context.Context, m *discordgo.MessageCreate, self string) {
	if !addressesBot(m.Message, self) {
		return
	}
	text := stripMentions(m.Content, self)
	if text == "" {
		return
	}
	req := commands.Request{Text: text, Platform: Platform, Workspace: m.GuildID, Channel: m.ChannelID,
		User: m.Author.ID, Conversation: m.ChannelID}
	if g.adapter.answer.InConversation(ctx, req) {
		g.reply(ctx, req, m.ID)
		return
	}
	thread, err := g.poster.startThread(ctx, m.ChannelID, m.ID, threadName(text))
	if err != nil {
		g.logger.DebugContext(ctx, "discord_thread_not_started", "channel_id", m.ChannelID, "err", err)
		g.reply(ctx, req, m.ID)
		return
	}
	req.Channel, req.Conversation = thread, thread
	g.reply(ctx, req, "")
}

// reply answers req in its channel, as a reply to the message replyTo when it is set.
func (g *Gateway) reply(ctx context.Context, req commands.Request, replyTo string) {
	r := g.adapter.answer.Handle(ctx, req)
	origin, ok := r.Origin(req.Text)
	// A follow-up's view ("why?", "sources") has no button that could show its next page
	// again, so all its pages go now, in order.
	pages := 1
	if !ok {
		pages = len(paginate(r))
	}
	for page := 1; page <= pages; page++ {
		msg := renderView(r, answerView{origin: origin, page: page})
		msg.Flags = 0 // ephemeral exists only for interaction responses
		if err := g.poster.sendReply(ctx, req.Channel, msg, replyTo); err != nil {
			g.logger.WarnContext(ctx, "discord_reply_failed", "channel_id", req.Channel, "err", err)
			return
		}
	}
}

// startThread starts a public thread from a message and returns its id (a thread started
// from a message is a channel of its own).
func (p *Poster) startThread(ctx context.Context, channel, message, name string) (string, error) {
	endpoint := discordgo.EndpointChannelMessageThread(channel, message)
	data := &discordgo.ThreadStart{Name: name, AutoArchiveDuration: threadArchiveMinutes}
	var body []byte
	err := p.retry(ctx, "start thread", endpoint, func() error {
		var err error
		body, err = p.api.RequestWithBucketID(http.MethodPost, endpoint, data, endpoint, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		return "", fmt.Errorf("start thread in discord channel %s: %w", channel, err)
	}
	var ch struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(body, &ch); err != nil || ch.ID == "" {
		return "", fmt.Errorf("start thread in discord channel %s: %w", channel, errors.Join(errNoThread, err))
	}
	return ch.ID, nil
}

var errNoThread = errors.New("discord returned no thread")
