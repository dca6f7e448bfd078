package slack

import (
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"
)

// The blocks briefbot sends and their JSON, written by hand.

type blockKind uint8

const (
	kindHeader blockKind = iota
	kindSection
	kindContext
	kindActions
)

// block is one Block Kit block of the few kinds briefbot sends. It is a plain struct (not
// slack-go's interface-typed blocks) so that rendering and encoding the hot-path reply
// allocates little; it still satisfies slackapi.Block for the Web API.
type block struct {
	kind     blockKind
	text     string    // header: plain text; section: mrkdwn. Escaped.
	elements []element // context: mrkdwn texts; actions: buttons
	size     int       // bytes of its JSON and the comma before it, for paging (see sized)
}

// element is a context text or a button.
type element struct {
	text     string // escaped
	actionID string // set for buttons
	value    string // a button's value: never shown, but escaped all the same (buttonValue)
}

var _ slackapi.Block = (*block)(nil)

// BlockType implements slackapi.Block.
func (b *block) BlockType() slackapi.MessageBlockType {
	switch b.kind {
	case kindHeader:
		return slackapi.MBTHeader
	case kindContext:
		return slackapi.MBTContext
	case kindActions:
		return slackapi.MBTAction
	}
	return slackapi.MBTSection
}

// ID implements slackapi.Block.
func (b *block) ID() string {
	if b.kind == kindActions {
		return actionsBlockID
	}
	return ""
}

// MarshalJSON lets slack-go's Web API calls encode the block.
func (b *block) MarshalJSON() ([]byte, error) { return b.appendJSON(nil), nil }

func (b *block) appendJSON(dst []byte) []byte {
	switch b.kind {
	case kindHeader:
		dst = append(dst, `{"type":"header","text":{"type":"plain_text","text":`...)
		dst = appendJSONString(dst, b.text)
		return append(dst, `,"emoji":true}}`...)
	case kindSection:
		dst = append(dst, `{"type":"section","text":`...)
		dst = appendMrkdwn(dst, b.text)
		return append(dst, '}')
	case kindContext:
		dst = append(dst, `{"type":"context","elements":[`...)
		for i, e := range b.elements {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendMrkdwn(dst, e.text)
		}
		return append(dst, "]}"...)
	default:
		dst = append(dst, `{"type":"actions","block_id":"`+actionsBlockID+`","elements":[`...)
		for i, e := range b.elements {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, `{"type":"button","action_id":`...)
			dst = appendJSONString(dst, e.actionID)
			dst = append(dst, `,"text":{"type":"plain_text","text":`...)
			dst = appendJSONString(dst, e.text)
			dst = append(dst, `,"emoji":true},"value":`...)
			dst = appendJSONString(dst, e.value)
			dst = append(dst, '}')
		}
		return append(dst, "]}"...)
	}
}

// appendMrkdwn writes a mrkdwn text object. verbatim stops Slack from turning bare URLs,
// channel names and "@here"-like words into links or mentions on its own.
func appendMrkdwn(dst []byte, text string) []byte {
	dst = append(dst, `{"type":"mrkdwn","text":`...)
	dst = appendJSONString(dst, text)
	return append(dst, `,"verbatim":true}`...)
}

// appendJSONString appends s as a JSON string literal. The slash-command route writes its
// Block Kit by hand rather than through encoding/json's reflection, because it is the hot
// path Slack's 3-second deadline and the throughput bar are measured on. It escapes what
// encoding/json escapes, except that &, < and > stay as they are: Slack text never holds them
// raw (escapeSlack turned them into entities), and commands in button values read better.
// Invalid UTF-8 becomes U+FFFD, as with encoding/json.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		// U+2028 and U+2029 are valid JSON but end lines in JavaScript; encoding/json escapes
		// them and so do we.
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
