package discord

import (
	"bytes"
	"context"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/commands"
)

// press answers a button press, over either transport: a suggestion runs as a new answer,
// More replaces the message with the next page, Sources shows the quotes to the presser
// alone, and a vote is recorded and thanked for, also to the voter alone.
func (a *Adapter) press(ctx context.Context, in *interaction, out *bytes.Buffer) ([]byte, error) {
	id := in.Data.CustomID
	if cmd, ok := cutRun(id); ok {
		return a.answerJSON(ctx, a.pressRequest(ctx, in, cmd), out)
	}
	if answerID, up, ok := cutVote(id); ok {
		return a.vote(ctx, in, answerID, up, out)
	}
	if page, cmd, ok := cutPage(id, morePrefix); ok {
		return a.showPage(ctx, in, cmd, answerView{page: page}, out)
	}
	if page, cmd, ok := cutPage(id, sourcesPrefix); ok {
		return a.showPage(ctx, in, cmd, answerView{page: page, sources: true}, out)
	}
	return nil, errUnsupported
}

// pressRequest is the request a press runs. In a DM it belongs to the DM's conversation
// (request); in a server, to the conversation of the channel when the bot holds a live one
// there (a thread it answers in), so a "sources" typed next is read against what the press
// showed; elsewhere it is one-shot.
func (a *Adapter) pressRequest(ctx context.Context, in *interaction, text string) commands.Request {
	req := a.request(in, text)
	if req.Conversation == "" && in.ChannelID != "" {
		conv := req
		conv.Conversation = in.ChannelID
		if a.answer.InConversation(ctx, conv) {
			return conv
		}
	}
	return req
}

// showPage answers More and Sources: the command runs again and the page asked for is shown,
// replacing the message the button is on (UPDATE_MESSAGE). The first page of the Sources
// view comes as a new message only the presser sees, as does an error, which must not
// replace an answer the channel can see.
func (a *Adapter) showPage(ctx context.Context, in *interaction, cmd string, v answerView, out *bytes.Buffer) ([]byte, error) {
	r := a.answer.Handle(ctx, a.pressRequest(ctx, in, cmd))
	v.origin = originOf(r, cmd)
	msg := renderView(r, v)
	resp := &response{Type: discordgo.InteractionResponseUpdateMessage, Data: &msg}
	if r.Code != "" || (v.sources && v.page <= 1) {
		resp.Type = discordgo.InteractionResponseChannelMessageWithSource
		msg.Flags = discordgo.MessageFlagsEphemeral
	} else {
		msg.Flags = 0 // an update keeps the message as it is, public or not
	}
	return encodeResponse(out, resp)
}

// voteFailed is what a voter is told when the vote could not be recorded.
const voteFailed = "Sorry, I couldn't record that vote. Please try again later."

// vote records a 👍 or 👎 and thanks the voter, in a message only they see. Voting again on
// the same answer replaces the vote (bot.Vote), so a user counts once.
func (a *Adapter) vote(ctx context.Context, in *interaction, answerID string, up bool, out *bytes.Buffer) ([]byte, error) {
	thanks, err := a.answer.Vote(ctx, Platform, a.request(in, "").User, answerID, up)
	if err != nil {
		a.logger.WarnContext(ctx, "discord_vote_failed", "err", err)
		thanks = voteFailed
	}
	msg := Message{Content: thanks, Embeds: []*discordgo.MessageEmbed{}, AllowedMentions: AllowedMentions{Parse: []string{}},
		Flags: discordgo.MessageFlagsEphemeral}
	return encodeResponse(out, &response{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &msg})
}
