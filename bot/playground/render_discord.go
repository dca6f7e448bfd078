package playground

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"strconv"
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
			Emoji    *struct {
				Name string `json:"name"`
			} `json:"emoji"`
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
// history's message id: the answer to what was asked (its first page, with More, Sources and
// 👍/👎), or when asked is empty a posted message (a digest edition, a direct message).
func renderDiscord(r commands.Reply, asked string, id int64) (*discordView, error) {
	var raw []byte
	var err error
	if asked != "" {
		raw, err = discord.RenderAnswerJSON(asked, r)
	} else {
		raw, err = discord.RenderJSON(r)
	}
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
			label := c.Label
			if c.Emoji != nil {
				label = strings.TrimSpace(c.Emoji.Name + " " + label)
			}
			rv = append(rv, discordButtonView(label, c.CustomID, c.Style, id))
		}
		v.Rows = append(v.Rows, rv)
	}
	return v, nil
}

// discordButtonView reads a button's custom_id: "run:COMMAND" runs the command;
// "more:PAGE:COMMAND" asks for that page of the command's answer (page 1: a command's own next
// page); "src:PAGE:COMMAND" shows the quotes on Discord, and here jumps to the cited facts
// listed under the reply; "vote:up:ID" and "vote:down:ID" vote on the answer ID.
func discordButtonView(label, customID string, style int, id int64) buttonView {
	action, rest, _ := strings.Cut(customID, ":")
	switch action {
	case "vote":
		vote, answer, _ := strings.Cut(rest, ":")
		return buttonView{Label: label, Vote: vote, Answer: answer, Message: id}
	case "more":
		page, command, _ := strings.Cut(rest, ":")
		v := buttonView{Label: label, Command: command, Primary: style == 1}
		if n, err := strconv.Atoi(page); err == nil && n > 1 {
			v.Page = n
		}
		return v
	case "src":
		return buttonView{Label: label, Anchor: "#cited-" + strconv.FormatInt(id, 10)}
	}
	cmd, _ := strings.CutPrefix(customID, "run:")
	return buttonView{Label: label, Command: cmd, Primary: style == 1}
}
