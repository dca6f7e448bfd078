package slack

import (
	"context"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/briefbot/briefbot/commands"
)

// messageJob is a DM or mention to answer after Slack has its acknowledgement.
type messageJob struct {
	kind    string // "im" or "mention", for logs
	team    string
	channel string
	user    string
	text    string
	ts      string // the message's own timestamp, for de-duplication
	thread  string // where to answer: "" for the DM itself, else a thread
}

// acceptEvent decides, quickly and without I/O, whether an Events API callback is one to
// answer, and if so answers it in the background. Retries of an event already seen (by
// event id, and by channel and message timestamp, since Slack has been seen to deliver one
// message under two ids) are dropped, as are bots' messages, edits and other subtypes.
func (a *Adapter) acceptEvent(ctx context.Context, eventID string, ev slackevents.EventsAPIEvent) {
	if ev.Type != slackevents.CallbackEvent {
		return
	}
	now := a.now()
	if eventID != "" && !a.events.firstTime(eventID, now) {
		a.logger.DebugContext(ctx, "slack_event_duplicate", "event_id", eventID)
		return
	}
	var j messageJob
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.MessageEvent:
		// message.im only; a bot's own DM carries bot_id and no subtype.
		if e.ChannelType != slackevents.ChannelTypeIM || e.BotID != "" || e.SubType != "" || e.User == "" {
			return
		}
		j = messageJob{kind: "im", channel: e.Channel, user: e.User, text: e.Text, ts: e.TimeStamp, thread: e.ThreadTimeStamp}
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" || e.Edited != nil {
			return
		}
		thread := e.ThreadTimeStamp
		if thread == "" {
			thread = e.TimeStamp
		}
		j = messageJob{kind: "mention", channel: e.Channel, user: e.User, text: e.Text, ts: e.TimeStamp, thread: thread}
	default:
		return
	}
	j.team = ev.TeamID
	if j.channel == "" || !a.messages.firstTime(j.channel+"\x00"+j.ts, now) {
		return
	}
	if a.api == nil {
		a.logger.WarnContext(ctx, "slack_cannot_reply", "reason", "SLACK_BOT_TOKEN is not set", "event_kind", j.kind)
		return
	}
	a.goBackground("answer_"+j.kind, func(ctx context.Context) { a.answerMessage(ctx, j) })
}

// answerMessage answers a DM or a mention with chat.postMessage: the DM in its conversation
// (or thread), a mention in a thread under it.
func (a *Adapter) answerMessage(ctx context.Context, j messageJob) {
	self := a.botUserID(ctx)
	if j.user == self {
		return
	}
	text := messageText(j.text, self)
	if text == "" {
		text = "/help"
	}
	req := commands.Request{Text: text, Platform: "slack", Workspace: j.team, Channel: j.channel, User: j.user}
	msg := a.reply(ctx, req, 1, false)
	if err := a.poster.send(ctx, j.channel, j.thread, msg); err != nil {
		a.logger.WarnContext(ctx, "slack_reply_failed", "event_kind", j.kind, "channel_id", j.channel, "err", err)
	}
}

// dedupe remembers keys for a time, in bounded memory: entries expire after ttl, and beyond
// max entries the oldest are forgotten first.
type dedupe struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	seen  map[string]time.Time // key → when it expires
	order []dedupeEntry        // insertion order, oldest first from head
	head  int
}

type dedupeEntry struct {
	key     string
	expires time.Time
}

func newDedupe(ttl time.Duration, max int) *dedupe {
	return &dedupe{ttl: ttl, max: max, seen: map[string]time.Time{}}
}

// firstTime records key and reports whether it was not already remembered.
func (d *dedupe) firstTime(key string, now time.Time) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for d.head < len(d.order) && !now.Before(d.order[d.head].expires) {
		d.forgetOldest()
	}
	if exp, ok := d.seen[key]; ok && now.Before(exp) {
		return false
	}
	for len(d.order)-d.head >= d.max {
		d.forgetOldest()
	}
	if d.head > len(d.order)/2 {
		d.order = append(d.order[:0], d.order[d.head:]...)
		d.head = 0
	}
	exp := now.Add(d.ttl)
	d.seen[key] = exp
	d.order = append(d.order, dedupeEntry{key: key, expires: exp})
	return true
}

// forgetOldest drops the oldest entry; the map entry goes too unless the key was recorded
// again since.
func (d *dedupe) forgetOldest() {
	e := d.order[d.head]
	if exp, ok := d.seen[e.key]; ok && exp.Equal(e.expires) {
		delete(d.seen, e.key)
	}
	d.order[d.head] = dedupeEntry{}
	d.head++
}

// len reports how many keys are remembered (for tests).
func (d *dedupe) len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.seen)
}

// msgOptions are the chat.postMessage options for a rendered message. The text is already
// escaped, so slack-go must not escape it again; link unfurling is off so a quote's URL
// never grows a preview.
func msgOptions(m Message, thread string) []slackapi.MsgOption {
	opts := []slackapi.MsgOption{
		slackapi.MsgOptionText(m.Text, false),
		slackapi.MsgOptionBlocks(m.Blocks()...),
		slackapi.MsgOptionDisableLinkUnfurl(),
		slackapi.MsgOptionDisableMediaUnfurl(),
	}
	if thread != "" {
		opts = append(opts, slackapi.MsgOptionTS(thread))
	}
	return opts
}
