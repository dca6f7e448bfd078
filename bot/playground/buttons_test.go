package playground

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The platforms' buttons, as the panes draw them: each does here what it does there, or the
// nearest thing the page has (Sources opens the cited facts under the reply).
func TestPaneButtons(t *testing.T) {
	const msg = 7
	discord := []struct {
		label, customID string
		style           int
		want            buttonView
	}{
		{"Japan", "run:/country japan", 2, buttonView{Label: "Japan", Command: "/country japan"}},
		{"Next", "run:/relations japan page 2", 1, buttonView{Label: "Next", Command: "/relations japan page 2", Primary: true}},
		{"More (2/3)", "more:2:/relations japan, china", 2, buttonView{Label: "More (2/3)", Command: "/relations japan, china", Page: 2}},
		{"More", "more:1:/relations japan, south korea page 2", 2, buttonView{Label: "More", Command: "/relations japan, south korea page 2"}},
		{"Sources", "src:1:/relations japan, china", 2, buttonView{Label: "Sources", Anchor: "#cited-7"}},
		{"👍", "vote:up:0123456789abcdef", 2, buttonView{Label: "👍", Vote: "up", Answer: "0123456789abcdef", Message: msg}},
		{"👎", "vote:down:0123456789abcdef", 2, buttonView{Label: "👎", Vote: "down", Answer: "0123456789abcdef", Message: msg}},
	}
	for _, tc := range discord {
		if got := discordButtonView(tc.label, tc.customID, tc.style, msg); !cmp.Equal(got, tc.want) {
			t.Errorf("discordButtonView(%q) diff (-got +want):\n%s", tc.customID, cmp.Diff(got, tc.want))
		}
	}
	slack := []struct {
		b    slackButton
		want buttonView
	}{
		{slackButton{ActionID: "run:0", Text: slackText{Text: "Japan"}, Value: "/country japan"}, buttonView{Label: "Japan", Command: "/country japan"}},
		{slackButton{ActionID: "more", Text: slackText{Text: "More (2/4)"}, Value: "2 /relations japan &amp; korea"}, buttonView{Label: "More (2/4)", Command: "/relations japan & korea", Page: 2, Primary: true}},
		{slackButton{ActionID: "sources", Text: slackText{Text: "Sources"}, Value: "1 /relations japan"}, buttonView{Label: "Sources", Anchor: "#cited-7"}},
		{slackButton{ActionID: "vote:up", Text: slackText{Text: "👍"}, Value: "0123456789abcdef"}, buttonView{Label: "👍", Vote: "up", Answer: "0123456789abcdef", Message: msg}},
		{slackButton{ActionID: "vote:down", Text: slackText{Text: "👎"}, Value: "0123456789abcdef"}, buttonView{Label: "👎", Vote: "down", Answer: "0123456789abcdef", Message: msg}},
	}
	for _, tc := range slack {
		if got := slackButtonView(tc.b, msg); !cmp.Equal(got, tc.want) {
			t.Errorf("slackButtonView(%q) diff (-got +want):\n%s", tc.b.ActionID, cmp.Diff(got, tc.want))
		}
	}
}
