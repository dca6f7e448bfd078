package playground

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"strings"

	"github.com/briefbot/briefbot/bot/discord"
	"github.com/briefbot/briefbot/commands"
)

// discordPayload is a Discord message as the adapter sends it.
type discordPayload struct {
	Content    string         `json:"content"`
	Embeds     []discordEmbed `json:"embeds"`
	Components []struct {
		Components []struct {
			Label    string `json:"label"`
			CustomID string `json:"custom_id"`
			Style    int    `json:"style"`
		} `json:"components"`
	} `json:"components"`
	Flags int `json:"flags"`
}

type discordEmbed struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Color       int    `json:"color"`
	Fields      []struct {
		Name   string `json:"name"`
		Value  string `json:"value"`
		Inline bool   `json:"inline"`
	} `json:"fields"`
	Footer *struct {
		Text string `json:"text"`
	} `json:"footer"`
}

// discordEphemeral is Discord's EPHEMERAL message flag.
const discordEphemeral = 1 << 6

type discordView struct {
	Ephemeral bool
	Content   template.HTML
	Embeds    []embedView
	Rows      [][]buttonView
	JSON      string
}

type embedView struct {
	Color       string
	Title       template.HTML
	Description template.HTML
	Fields      []fieldView
	Footer      string
}

type fieldView struct {
	Name, Value template.HTML
	Blank       bool // a continuation field, named with a zero-width space
	Inline      bool
}

// renderDiscord draws the message the Discord adapter would send for the reply, shown in the
// history's message id.
func renderDiscord(r commands.Reply, id int64) (*discordView, error) {
	raw, err := discord.RenderJSON(r)
	if err != nil {
		return nil, err
	}
	var msg discordPayload
	if err := json.Unmarshal(raw, &msg); err != nil {
		return nil, fmt.Errorf("read discord message: %w", err)
	}
	v := &discordView{Ephemeral: msg.Flags&discordEphemeral != 0, JSON: string(bytes.TrimSpace(raw))}
	if msg.Content != "" {
		v.Content = discordHTML(msg.Content)
	}
	for _, e := range msg.Embeds {
		ev := embedView{
			Color:       fmt.Sprintf("#%06x", e.Color&0xffffff),
			Title:       discordHTML(e.Title),
			Description: discordHTML(e.Description),
		}
		for _, f := range e.Fields {
			ev.Fields = append(ev.Fields, fieldView{Name: discordHTML(f.Name), Value: discordHTML(f.Value),
				Blank: strings.Trim(f.Name, "\u200b") == "", Inline: f.Inline})
		}
		if e.Footer != nil {
			ev.Footer = e.Footer.Text // footers are plain text on Discord
		}
		v.Embeds = append(v.Embeds, ev)
	}
	for _, row := range msg.Components {
		var rv []buttonView
		for _, c := range row.Components {
			rv = append(rv, discordButtonView(c.Label, c.CustomID, c.Style, id))
		}
		v.Rows = append(v.Rows, rv)
	}
	return v, nil
}

// discordButtonView reads a button's custom_id: "run:COMMAND" runs the command, and
// "vote:up:ID" and "vote:down:ID" vote on the answer ID.
func discordButtonView(label, customID string, style int, id int64) buttonView {
	if rest, ok := strings.CutPrefix(customID, "vote:"); ok {
		vote, answer, _ := strings.Cut(rest, ":")
		return buttonView{Label: label, Vote: vote, Answer: answer, Message: id}
	}
	cmd, _ := strings.CutPrefix(customID, "run:")
	return buttonView{Label: label, Command: cmd, Primary: style == 1}
}
