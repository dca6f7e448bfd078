package slack

import (
	"strings"

	"github.com/briefbot/briefbot/internal/runes"
)

// Slack text: the one escaping rule, its inverse, and clipping that never cuts an entity.

// slackEscaper turns Slack's three control characters into entities; nothing else is
// encoded (docs.slack.dev/messaging/formatting-message-text#escaping).
var slackEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escapeSlack makes text inert in Slack: "<!channel>" shows as typed and pings no one. Every
// piece of reply text goes through it on the way out. Text with nothing to escape (most of
// it) is returned as is, without a copy.
func escapeSlack(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	return slackEscaper.Replace(s)
}

// unescapeSlack undoes Slack's escaping of text users typed, so the command layer sees what
// they meant ("a < b", not "a &lt; b"); the renderer escapes again on the way out.
func unescapeSlack(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return slackUnescaper.Replace(s)
}

var slackUnescaper = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">")

// clipEscaped escapes s and clips the result to at most n characters.
func clipEscaped(s string, n int) string { return clipSafe(escapeSlack(s), n) }

// clipSafe clips escaped text to at most n characters, never inside an entity, ending in "…"
// when something was cut.
func clipSafe(e string, n int) string {
	cut := runes.Clip(e, n, "…")
	if cut == e {
		return e
	}
	// Never leave half an entity ("&am…"): back off to before its "&".
	cut = strings.TrimSuffix(cut, "…")
	if amp := strings.LastIndexByte(cut, '&'); amp >= 0 && !strings.Contains(cut[amp:], ";") {
		cut = cut[:amp]
	}
	return cut + "…"
}
