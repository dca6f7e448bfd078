package discord

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/commands"
)

// Button custom ids. A button carries everything a press needs, so the adapter keeps no
// state between an answer and a press; Discord allows 100 characters, so a button whose
// command does not fit is left out (typing "more" or "sources" in a conversation still
// works).
const (
	// runPrefix + command: run a suggestion, answered as a new message.
	runPrefix = "run:"
	// morePrefix + "PAGE:" + command: show that page of the command's answer in place of
	// the message the button is on.
	morePrefix = "more:"
	// sourcesPrefix + "PAGE:" + command: that page of the quotes behind the command's
	// answer; page 1 comes as a new message only the presser sees, later pages replace it.
	sourcesPrefix = "src:"
	// votePrefix + "up:" or "down:" + answer id: a 👍 or 👎 on the answer.
	votePrefix = "vote:"
)

// answerView says what part of a reply a message shows and what its buttons run again.
type answerView struct {
	// origin is the command that gives the reply again; without it More and Sources are left
	// out.
	origin  string
	page    int  // 1-based; 0 is the first
	sources bool // the Sources view of the reply
}

// originOf is the command that gives r again: the one its conversation turn names (a
// follow-up such as "and china?" depends on what came before, the turn's command does not),
// else the text that was asked; empty for a follow-up's view ("why?"), which no command
// gives again, so it gets no More or Sources (see Reply.Origin).
func originOf(r commands.Reply, text string) string {
	origin, _ := r.Origin(text)
	return origin
}

// renderView renders one page of an answer (or of its Sources view) with its controls in the
// last row: More (the next page, or the next page the command itself offers), Sources, and
// 👍/👎 when the answer has an id to vote on. Errors and help get no More or Sources.
func renderView(r commands.Reply, v answerView) Message {
	if v.sources {
		r = r.SourcesView()
	}
	pages := paginate(r)
	page := min(max(v.page, 1), len(pages))
	shown := pages[page-1]
	var controls []discordgo.MessageComponent
	if v.origin != "" && r.Code == "" {
		prefix := morePrefix
		if v.sources {
			prefix = sourcesPrefix
		}
		switch {
		case page < len(pages):
			label := "More (" + strconv.Itoa(page+1) + "/" + strconv.Itoa(len(pages)) + ")"
			controls = appendButton(controls, label, "", pageID(prefix, page+1, v.origin))
		case !v.sources && r.Turn != nil && r.Turn.Next != "":
			// The command's own next page; its "Next page" suggestion would say the same.
			if id := pageID(morePrefix, 1, r.Turn.Next); id != "" {
				controls = appendButton(controls, "More", "", id)
				shown.Suggestions = withoutCommand(shown.Suggestions, r.Turn.Next)
			}
		}
		if !v.sources && len(r.Facts()) > 0 {
			controls = appendButton(controls, "Sources", "", pageID(sourcesPrefix, 1, v.origin))
		}
	}
	if !v.sources && r.AnswerID != "" {
		controls = appendButton(controls, "", "👍", votePrefix+"up:"+r.AnswerID)
		controls = appendButton(controls, "", "👎", votePrefix+"down:"+r.AnswerID)
	}
	return renderMessage(shown, controls)
}

// RenderAnswerJSON is the exact message JSON the adapter answers a request (text) with:
// the first page of the reply and its buttons, indented, for `briefbot ask --format discord`.
func RenderAnswerJSON(text string, r commands.Reply) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // as sent: see encodeJSON
	enc.SetIndent("", "  ")
	if err := enc.Encode(renderView(r, answerView{origin: originOf(r, text)})); err != nil {
		return nil, fmt.Errorf("render discord message: %w", err)
	}
	return b.Bytes(), nil
}

// appendButton adds a secondary button, unless its id is empty or too long.
func appendButton(row []discordgo.MessageComponent, label, emoji, id string) []discordgo.MessageComponent {
	if id == "" || len(id) > maxCustomID {
		return row
	}
	b := discordgo.Button{Label: label, Style: discordgo.SecondaryButton, CustomID: id}
	if emoji != "" {
		b.Emoji = &discordgo.ComponentEmoji{Name: emoji}
	}
	return append(row, b)
}

// pageID is prefix + "PAGE:" + command, or "" when that passes 100 characters.
func pageID(prefix string, page int, command string) string {
	id := prefix + strconv.Itoa(page) + ":" + command
	if command == "" || len(id) > maxCustomID {
		return ""
	}
	return id
}

// cutPage reads an id made by pageID.
func cutPage(id, prefix string) (page int, command string, ok bool) {
	rest, ok := strings.CutPrefix(id, prefix)
	if !ok {
		return 0, "", false
	}
	p, command, ok := strings.Cut(rest, ":")
	n, err := strconv.Atoi(p)
	if !ok || err != nil || n < 1 || strings.TrimSpace(command) == "" {
		return 0, "", false
	}
	return n, command, true
}

// cutVote reads a vote button's id: the answer voted on and whether it is a 👍.
func cutVote(id string) (answerID string, up, ok bool) {
	rest, ok := strings.CutPrefix(id, votePrefix)
	if !ok {
		return "", false, false
	}
	dir, answerID, ok := strings.Cut(rest, ":")
	if !ok || answerID == "" || (dir != "up" && dir != "down") {
		return "", false, false
	}
	return answerID, dir == "up", true
}

func withoutCommand(sugg []commands.Suggestion, command string) []commands.Suggestion {
	var out []commands.Suggestion
	for _, s := range sugg {
		if s.Command != command {
			out = append(out, s)
		}
	}
	return out
}
