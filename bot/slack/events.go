package slack

import (
	"context"
	"strings"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/briefbot/briefbot/commands"
)

// messageJob is a DM, a mention or a thread reply to answer after Slack has its
// acknowledgement.
type messageJob struct {
	kind    string // "im", "mention" or "thread", for logs
	team    string
	channel string
	user    string
	text    string
	ts      string // the message's own timestamp, for de-duplication
	thread  string // where to answer: "" for the DM itself, else a thread
	// conversation names the conversation the message continues (see commands.Request).
	conversation string
}

// The kinds of message answered.
const (
	eventIM      = "im"
	eventMention = "mention"
	// eventThreadReply is a reply without a mention in a channel thread: answered only while
	// the thread's conversation is live.
	eventThreadReply = "thread"
)

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
	j, ok := jobFor(ev.InnerEvent.Data)
	if !ok {
		return
	}
	j.team = ev.TeamID
	// A thread reply that mentions the bot arrives twice, as message and as app_mention,
	// with one timestamp; the thread path drops the mentioning one once it knows the bot's
	// id, so it keeps its own key lest it swallow the mention.
	key := j.channel + "\x00" + j.ts
	if j.kind == eventThreadReply {
		key += "\x00" + eventThreadReply
	}
	if j.channel == "" || !a.messages.firstTime(key, now) {
		return
	}
	if a.api == nil {
		a.logger.WarnContext(ctx, "slack_cannot_reply", "reason", "SLACK_BOT_TOKEN is not set", "event_kind", j.kind)
		return
	}
	a.goBackground("answer_"+j.kind, func(ctx context.Context) { a.answerMessage(ctx, j) })
}

// threadBroadcast is the subtype of a thread reply its author also sent to the channel.
const threadBroadcast = "thread_broadcast"

// jobFor reads an inner event: a DM, a mention (answered in a thread under it), or a reply in
// a channel thread, which may continue a conversation there.
func jobFor(data any) (messageJob, bool) {
	switch e := data.(type) {
	case *slackevents.MessageEvent:
		// A bot's own message carries bot_id and no subtype; edits, joins and the like carry
		// a subtype. A thread reply also sent to the channel is still a reply.
		if e.BotID != "" || (e.SubType != "" && e.SubType != threadBroadcast) || e.User == "" {
			return messageJob{}, false
		}
		switch e.ChannelType {
		case slackevents.ChannelTypeIM:
			return messageJob{kind: eventIM, channel: e.Channel, user: e.User, text: e.Text, ts: e.TimeStamp,
				thread: e.ThreadTimeStamp, conversation: e.Channel}, true
		case slackevents.ChannelTypeChannel, slackevents.ChannelTypeGroup:
			// Only replies in a thread; the bot reads no channel's other talk.
			if e.ThreadTimeStamp == "" || e.ThreadTimeStamp == e.TimeStamp || strings.TrimSpace(e.Text) == "" {
				return messageJob{}, false
			}
			return messageJob{kind: eventThreadReply, channel: e.Channel, user: e.User, text: e.Text, ts: e.TimeStamp,
				thread: e.ThreadTimeStamp, conversation: threadConversation(e.Channel, e.ThreadTimeStamp)}, true
		}
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" || e.Edited != nil {
			return messageJob{}, false
		}
		thread := e.ThreadTimeStamp
		if thread == "" {
			thread = e.TimeStamp
		}
		return messageJob{kind: eventMention, channel: e.Channel, user: e.User, text: e.Text, ts: e.TimeStamp,
			thread: thread, conversation: threadConversation(e.Channel, thread)}, true
	}
	return messageJob{}, false
}

// answerMessage answers a DM, a mention or a thread reply with chat.postMessage: the DM in
// its conversation (or thread), the others in the thread.
func (a *Adapter) answerMessage(ctx context.Context, j messageJob) {
	self := a.botUserID(ctx)
	if j.user == self {
		return
	}
	if j.kind == eventThreadReply && (self == "" || strings.Contains(j.text, "<@"+self)) {
		// The app_mention event answers a reply that mentions the bot; without the bot's own
		// id, a mention cannot be told apart, so the reply is left to it too.
		return
	}
	if j.kind == eventThreadReply && strings.HasPrefix(strings.TrimSpace(j.text), "<@") {
		return // addressed to someone else in the thread
	}
	text := messageText(j.text, self)
	if text == "" {
		text = "/help"
	}
	req := commands.Request{Text: text, Platform: "slack", Workspace: j.team, Channel: j.channel, User: j.user,
		Conversation: j.conversation}
	if j.kind == eventThreadReply && (a.convo == nil || !a.convo.InConversation(ctx, req)) {
		// Not a thread the bot is talking in (or the talk went quiet): people's own threads
		// are none of its business.
		a.logger.DebugContext(ctx, "slack_thread_ignored", "channel_id", j.channel)
		return
	}
	r := a.ask(ctx, req)
	origin, ok := r.Origin(req.Text)
	msg := Render(r, RenderOptions{Origin: origin, EphemeralBriefings: a.ephemeral})
	// In a channel, a reply meant for the asker alone (a refusal, usage, help) is shown to
	// them alone: the thread need not hear "I have nothing on that." about every remark.
	send := func(m Message) error { return a.poster.send(ctx, j.channel, j.thread, m) }
	if r.Ephemeral && !isDirectMessage(j.channel) {
		send = func(m Message) error { return a.poster.sendEphemeral(ctx, j.channel, j.user, j.thread, m) }
	}
	// A follow-up's view ("why?", "sources") has no button that could show its next page
	// again, so all its pages go now, in order.
	for page := 1; ; page++ {
		if err := send(msg); err != nil {
			a.logger.WarnContext(ctx, "slack_reply_failed", "event_kind", j.kind, "channel_id", j.channel, "err", err)
			return
		}
		if ok || page >= msg.Pages {
			return
		}
		msg = Render(r, RenderOptions{Page: page + 1, EphemeralBriefings: a.ephemeral})
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
