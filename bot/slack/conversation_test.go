package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/sqlite"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// conversing is the real HTTP server and Slack adapter over a real bot.Bot, over the real
// dispatcher, that remembers conversations and feedback in a SQLite store.
type conversing struct {
	*testServer
	bot *bot.Bot
	mem *sqlite.Store
}

func newConversing(t *testing.T) *conversing {
	t.Helper()
	facts, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	mem, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "briefbot.db"), nil, fixedClock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = mem.Close() })
	b := bot.New(nil, commands.NewDispatcher(nil, facts), nil, fixedClock)
	b.Remember(mem, 0)
	return &conversing{testServer: newTestServer(t, b), bot: b, mem: mem}
}

// feedback is what the curators' report says of an answer: whether it is listed (refused, or
// voted down more than up), its votes, and who voted it down.
type feedback struct {
	Listed   bool
	Up, Down int
	Voters   []string
}

func (c *conversing) feedbackOn(t *testing.T, answerID string) feedback {
	t.Helper()
	ctx := context.Background()
	if err := c.bot.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	reports, err := c.mem.Report(ctx, store.ReportFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reports {
		if r.ID == answerID {
			return feedback{Listed: true, Up: r.Up, Down: r.Down, Voters: r.Voters}
		}
	}
	return feedback{}
}

// slashIn is a slash command typed in channel.
func (c *conversing) slashIn(t *testing.T, channel, command, text string) wireMessage {
	t.Helper()
	v, err := url.ParseQuery(string(slashBody(command, text)))
	if err != nil {
		t.Fatal(err)
	}
	v.Set("channel_id", channel)
	w := c.do(t, signedRequest(t, testSecret, testNow, "/slack/commands", "application/x-www-form-urlencoded", []byte(v.Encode())))
	if w.Code != http.StatusOK {
		t.Fatalf("%s %s: status %d: %s", command, text, w.Code, w.Body)
	}
	return decodeMessage(t, w.Body.Bytes())
}

// press sends a button press and checks it is acknowledged at once, empty.
func (c *conversing) press(t *testing.T, p pressed) {
	t.Helper()
	w := c.do(t, signedRequest(t, testSecret, testNow, "/slack/interactions", "application/x-www-form-urlencoded", p.body()))
	if w.Code != http.StatusOK || w.Body.Len() != 0 {
		t.Fatalf("press %s: ack %d %q; want an empty 200", p.actionID, w.Code, w.Body)
	}
}

// pressed describes a block_actions payload.
type pressed struct {
	actionID, value, user, channel, thread, responseURL string
}

func (p pressed) body() []byte {
	return []byte(url.Values{"payload": {pressedPayload(p)}}.Encode())
}

// pressedPayload is the block_actions JSON of a press.
func pressedPayload(p pressed) string {
	container := map[string]any{"type": "message", "message_ts": "1700000000.000900", "channel_id": p.channel}
	if p.thread != "" {
		container["thread_ts"] = p.thread
	}
	payload := map[string]any{
		"type": "block_actions", "team": map[string]any{"id": "T0001"},
		"user": map[string]any{"id": p.user, "team_id": "T0001"}, "api_app_id": "A0001",
		"container": container, "channel": map[string]any{"id": p.channel}, "response_url": p.responseURL,
		"actions": []any{map[string]any{"action_id": p.actionID, "block_id": actionsBlockID, "value": p.value,
			"type": "button", "text": map[string]any{"type": "plain_text", "text": "x"}}},
	}
	b, _ := json.Marshal(payload)
	return string(b)
}

// threadReply is a message.channels delivery: a reply in a channel thread.
func threadReply(eventID, channel, text, ts, threadTS string) string {
	thread := ""
	if threadTS != "" {
		thread = fmt.Sprintf(`,"thread_ts":%q`, threadTS)
	}
	return fmt.Sprintf(`{"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",
		"event_id":%q,"event_time":1700000000,
		"event":{"type":"message","channel":%q,"channel_type":"channel","user":"U0002","text":%q,"ts":%q,"event_ts":%q%s}}`,
		eventID, channel, text, ts, ts, thread)
}

// message decodes a posted message the way Slack shows it.
func (p postedMessage) message(t *testing.T) wireMessage {
	t.Helper()
	return decodeMessage(t, fmt.Appendf(nil, `{"text":%q,"blocks":%s}`, p.Text, p.Blocks))
}

// header is the message's header text.
func (m wireMessage) header() string {
	if len(m.Blocks.BlockSet) == 0 {
		return ""
	}
	if h := blockTexts(m.Blocks.BlockSet[0]); len(h) > 0 && m.Blocks.BlockSet[0].BlockType() == "header" {
		return h[0]
	}
	return ""
}

func (m wireMessage) all() string { return strings.Join(m.texts(), "\n") }

var answerIDPattern = regexp.MustCompile(`^[0-9a-f]{16}$`)

// votes returns the AnswerID the 👍 and 👎 buttons carry, failing unless both are there and
// carry the same id.
func (m wireMessage) votes(t *testing.T) string {
	t.Helper()
	var up, down string
	for _, b := range m.buttons() {
		switch b.ActionID {
		case actionVote + ":" + voteUp:
			up = b.Value
		case actionVote + ":" + voteDown:
			down = b.Value
		}
	}
	if !answerIDPattern.MatchString(up) || up != down {
		t.Fatalf("vote buttons carry %q and %q; want one AnswerID of 16 hex digits\n%s", up, down, m.raw)
	}
	return up
}

// button returns the value of the message's first button whose action id starts with id.
func (m wireMessage) button(id string) (string, bool) {
	for _, b := range m.buttons() {
		if strings.HasPrefix(b.ActionID, id) {
			return b.Value, true
		}
	}
	return "", false
}

// TestDirectMessageConversation: in a DM, a slash command starts a conversation that plain
// messages follow up — another actor, the reasons, the next page, the quotes — each answer
// posted in the DM with its feedback buttons.
func TestDirectMessageConversation(t *testing.T) {
	c := newConversing(t)
	first := c.slashIn(t, "D0USER", "/relations", "japan korea")
	if h := first.header(); !strings.Contains(h, "Japan") || !strings.Contains(h, "South Korea") {
		t.Fatalf("/relations japan korea header %q", h)
	}
	first.votes(t)

	steps := []struct {
		text  string
		check func(t *testing.T, m wireMessage)
	}{
		{"and china?", func(t *testing.T, m wireMessage) {
			if h := m.header(); !strings.Contains(h, "Japan") || !strings.Contains(h, "China") || strings.Contains(h, "Korea") {
				t.Errorf("header %q; want Japan and China", h)
			}
			if !strings.Contains(m.all(), "Read as /relations japan, china.") {
				t.Errorf("no note of how it was read:\n%s", m.all())
			}
			// Its buttons re-run what it was read as, not the follow-up's words.
			if v, ok := m.button(actionSources); !ok || v != "1 /relations japan, china" {
				t.Errorf("Sources button value %q; want the command it was read as", v)
			}
		}},
		{"why?", func(t *testing.T, m wireMessage) {
			if h := m.header(); !strings.HasPrefix(h, "Why") {
				t.Errorf("header %q; want it to start with Why", h)
			}
		}},
		{"more", func(t *testing.T, m wireMessage) {
			// Japan–China is one page long, so the next page of what the conversation is
			// about is none; what matters is that "more" was read against it.
			if all := m.all(); !regexp.MustCompile(`Read as /relations japan, china page 2\.|There is no more to /relations japan, china`).MatchString(all) {
				t.Errorf("more was not read against /relations japan, china:\n%s", all)
			}
		}},
		{"sources", func(t *testing.T, m wireMessage) {
			if h := m.header(); !strings.HasPrefix(h, "Sources") {
				t.Errorf("header %q; want it to start with Sources", h)
			}
			if !strings.Contains(m.all(), ">“") {
				t.Errorf("no quotes:\n%s", m.all())
			}
		}},
	}
	ids := map[string]bool{}
	for i, st := range steps {
		ts := fmt.Sprintf("1700000001.%06d", i)
		c.event(t, dmEvent(fmt.Sprint("EvDM", i), st.text, ts, ""), 0)
		p := c.api.next(t)
		if p.Channel != "D0USER" || p.ThreadTS != "" {
			t.Fatalf("%q answered in %s thread %q; want the DM itself", st.text, p.Channel, p.ThreadTS)
		}
		m := p.message(t)
		t.Run(st.text, func(t *testing.T) { st.check(t, m) })
		ids[m.votes(t)] = true
	}
	if len(ids) != len(steps) {
		t.Errorf("%d answer ids for %d answers", len(ids), len(steps))
	}
}

// TestDirectMessageMore: "more" in a DM is the next page of the answer before it.
func TestDirectMessageMore(t *testing.T) {
	c := newConversing(t)
	c.slashIn(t, "D0USER", "/relations", "japan korea")
	c.event(t, dmEvent("EvMore1", "more", "1700000003.000100", ""), 0)
	m := c.api.next(t).message(t)
	if !strings.Contains(m.all(), "Read as /relations japan, south korea page 2.") || !strings.HasPrefix(m.header(), "Japan ↔ South Korea") {
		t.Errorf("more: header %q; want page 2 of Japan ↔ South Korea, saying so:\n%s", m.header(), m.all())
	}
}

// TestFollowUpViewPostedWhole: a follow-up's view ("sources" of a long answer) cannot be
// shown again by a button, so every page of it is posted at once, in order, without a
// "More" or "Sources" button that would re-run the answer it looked at instead.
func TestFollowUpViewPostedWhole(t *testing.T) {
	c := newConversing(t)
	c.slashIn(t, "D0USER", "/relations", "japan korea")
	c.event(t, dmEvent("EvView1", "sources", "1700000004.000100", ""), 0)
	first := c.api.next(t).message(t)
	if !strings.HasPrefix(first.header(), "Sources") {
		t.Fatalf("sources: header %q", first.header())
	}
	pages := 1
	if m := regexp.MustCompile(`Part 1 of (\d+)`).FindStringSubmatch(first.all()); m != nil {
		fmt.Sscan(m[1], &pages)
	}
	if pages < 2 {
		t.Fatalf("the quotes of /relations japan korea fit one page; the test wants a longer view")
	}
	msgs := []wireMessage{first}
	for range pages - 1 {
		msgs = append(msgs, c.api.next(t).message(t))
	}
	c.adapter.drain(5 * time.Second)
	c.api.none(t, 20*time.Millisecond)
	for i, m := range msgs {
		if !strings.Contains(m.all(), fmt.Sprintf("Part %d of %d", i+1, pages)) {
			t.Errorf("message %d is not page %d of %d:\n%s", i+1, i+1, pages, m.all())
		}
		for _, id := range []string{actionMore, actionSources} {
			if v, ok := m.button(id); ok {
				t.Errorf("page %d has a %s button (%q)", i+1, id, v)
			}
		}
		m.votes(t)
	}
}

// TestThreadConversation: a mention in a channel is answered in a thread under it; a reply
// in that thread continues the conversation without a mention; messages in other threads, at
// the channel's top level, addressed to someone else, or mentioning the bot (its app_mention
// answers those) are left alone.
func TestThreadConversation(t *testing.T) {
	c := newConversing(t)
	const parent = "1700000100.000100"
	c.event(t, mentionEvent("EvTh1", "<@UBOT> /relations japan korea", parent, ""), 0)
	p := c.api.next(t)
	if p.Channel != "C0GEN" || p.ThreadTS != parent {
		t.Fatalf("mention answered in %s thread %q; want C0GEN thread %s", p.Channel, p.ThreadTS, parent)
	}

	c.event(t, threadReply("EvTh2", "C0GEN", "and china?", "1700000100.000300", parent), 0)
	p = c.api.next(t)
	if p.Channel != "C0GEN" || p.ThreadTS != parent {
		t.Fatalf("thread reply answered in %s thread %q; want C0GEN thread %s", p.Channel, p.ThreadTS, parent)
	}
	if h := p.message(t).header(); !strings.Contains(h, "Japan") || !strings.Contains(h, "China") {
		t.Errorf("thread follow-up header %q; want Japan and China", h)
	}

	for _, ignored := range []string{
		threadReply("EvTh3", "C0GEN", "and china?", "1700000200.000200", "1700000200.000100"), // another thread
		threadReply("EvTh4", "C0OTHER", "and china?", "1700000200.000300", parent),            // same ts, other channel
		threadReply("EvTh5", "C0GEN", "and china?", "1700000200.000400", ""),                  // top level
		threadReply("EvTh6", "C0GEN", "<@UBOT> and china?", "1700000200.000500", parent),      // its mention answers
		threadReply("EvTh6b", "C0GEN", "<@U0003> and china?", "1700000200.000550", parent),    // said to someone else
		strings.Replace(threadReply("EvTh7", "C0GEN", "why?", "1700000200.000600", parent), `"user":"U0002"`, `"user":"U0002","bot_id":"B0OTHER"`, 1),
	} {
		c.event(t, ignored, 0)
	}
	c.adapter.drain(5 * time.Second)
	c.api.none(t, 50*time.Millisecond)
	select {
	case e := <-c.api.ephemeral:
		t.Errorf("an ignored message was answered to %s alone: %q", e.User, e.Text)
	default:
	}

	// A remark the bot has nothing on is told to its author alone, in the thread.
	c.event(t, threadReply("EvTh9", "C0GEN", "thanks, interesting", "1700000250.000100", parent), 0)
	select {
	case e := <-c.api.ephemeral:
		if e.Channel != "C0GEN" || e.User != "U0002" || e.ThreadTS != parent {
			t.Errorf("refusal shown in %s to %s in thread %q; want C0GEN, U0002, thread %s", e.Channel, e.User, e.ThreadTS, parent)
		}
	case p := <-c.api.posted:
		t.Errorf("refusal posted for the whole thread: %q", p.Text)
	case <-time.After(5 * time.Second):
		t.Fatal("no answer to a remark in the thread")
	}

	// The thread is still live after all that: a later reply is answered, also when its
	// author sent it to the channel too.
	c.event(t, strings.Replace(threadReply("EvTh8", "C0GEN", "why?", "1700000300.000100", parent),
		`"user":"U0002"`, `"user":"U0002","subtype":"thread_broadcast"`, 1), 0)
	if p := c.api.next(t); p.ThreadTS != parent || !strings.HasPrefix(p.message(t).header(), "Why") {
		t.Errorf("second follow-up: thread %q header %q; want a Why in thread %s", p.ThreadTS, p.message(t).header(), parent)
	}
}

// TestVotes: 👍/👎 record one vote per user per answer, a second press by the same user
// replacing the first, and thank only the voter; presses that are not briefbot's votes record
// nothing. The votes are read back from the curators' report.
func TestVotes(t *testing.T) {
	c := newConversing(t)
	ru := newResponseURLServer(t)
	id := c.slashIn(t, "C0001", "/relations", "japan korea").votes(t)

	presses := []struct {
		user, action string
		want         feedback
	}{
		{"U0001", voteDown, feedback{Listed: true, Down: 1, Voters: []string{"U0001"}}},
		{"U0001", voteDown, feedback{Listed: true, Down: 1, Voters: []string{"U0001"}}},
		{"U0001", voteUp, feedback{}}, // one 👍 and no 👎: off the to-do list
		{"U0002", voteDown, feedback{}},
		{"U0003", voteDown, feedback{Listed: true, Up: 1, Down: 2, Voters: []string{"U0002", "U0003"}}},
		{"U0001", voteUp, feedback{Listed: true, Up: 1, Down: 2, Voters: []string{"U0002", "U0003"}}}, // 👍 again: still one
	}
	for i, pr := range presses {
		c.press(t, pressed{actionID: actionVote + ":" + pr.action, value: id, user: pr.user, channel: "C0001", responseURL: ru.srv.URL})
		m := ru.next(t)
		if m.ResponseType != responseEphemeral || m.ReplaceOriginal == nil || *m.ReplaceOriginal || !strings.HasPrefix(m.Text, "Thanks for the") {
			t.Errorf("press %d: thanks %s; want an ephemeral new message", i, m.raw)
		}
		if diff := cmp.Diff(pr.want, c.feedbackOn(t, id)); diff != "" {
			t.Errorf("press %d (%s %s): report (-want +got):\n%s", i, pr.user, pr.action, diff)
		}
	}

	// Without a response_url the thanks go by chat.postEphemeral, to the voter alone.
	c.press(t, pressed{actionID: actionVote + ":" + voteDown, value: id, user: "U0004", channel: "C0001", thread: "1700000000.000001"})
	select {
	case e := <-c.api.ephemeral:
		if e.Channel != "C0001" || e.User != "U0004" || e.ThreadTS != "1700000000.000001" || !strings.HasPrefix(e.Text, "Thanks") {
			t.Errorf("ephemeral thanks %+v", e)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no chat.postEphemeral")
	}

	for _, bad := range []pressed{
		{actionID: actionVote + ":" + voteDown, value: "not-an-answer-id", user: "U0009", channel: "C0001", responseURL: ru.srv.URL},
		{actionID: actionVote + ":sideways", value: id, user: "U0009", channel: "C0001", responseURL: ru.srv.URL},
		{actionID: actionVote + ":" + voteDown, value: id, user: "", channel: "C0001", responseURL: ru.srv.URL},
	} {
		c.press(t, bad)
	}
	c.adapter.drain(5 * time.Second)
	want := feedback{Listed: true, Up: 1, Down: 3, Voters: []string{"U0002", "U0003", "U0004"}}
	if diff := cmp.Diff(want, c.feedbackOn(t, id)); diff != "" {
		t.Errorf("after malformed presses: report (-want +got):\n%s", diff)
	}
}

// TestPagingInPlace: "More" and a "Next page" suggestion replace the message they are on
// rather than post another; "Sources" opens the quotes beside it, and their own "More" turns
// their page; a suggestion pressed in a thread is answered in the thread.
func TestPagingInPlace(t *testing.T) {
	c := newConversing(t)
	first := c.slashIn(t, "C0001", "/relations", "japan korea")
	more, ok := first.button(actionMore)
	if !ok {
		t.Fatalf("no More button on a long answer:\n%s", first.raw)
	}
	ru := newResponseURLServer(t)
	c.press(t, pressed{actionID: actionMore, value: more, user: "U0001", channel: "C0001", responseURL: ru.srv.URL})
	m := ru.next(t)
	if m.ReplaceOriginal == nil || !*m.ReplaceOriginal || !strings.Contains(m.header(), "(2/") {
		t.Errorf("More: replace_original %v, header %q; want page 2 in place", m.ReplaceOriginal, m.header())
	}
	m.votes(t)

	sources, _ := first.button(actionSources)
	c.press(t, pressed{actionID: actionSources, value: sources, user: "U0001", channel: "C0001", responseURL: ru.srv.URL})
	m = ru.next(t)
	if m.ReplaceOriginal == nil || *m.ReplaceOriginal || m.ResponseType != responseEphemeral || !strings.HasPrefix(m.header(), "Sources") {
		t.Errorf("Sources: replace_original %v, type %q, header %q; want a new ephemeral quotes view", m.ReplaceOriginal, m.ResponseType, m.header())
	}
	if next, ok := m.button(actionSources); ok && strings.HasPrefix(next, "2 ") {
		c.press(t, pressed{actionID: actionSources, value: next, user: "U0001", channel: "C0001", responseURL: ru.srv.URL})
		if m := ru.next(t); m.ReplaceOriginal == nil || !*m.ReplaceOriginal {
			t.Errorf("the quotes' More: replace_original %v; want their page turned in place", m.ReplaceOriginal)
		}
	}

	// A "Next page" suggestion (a run button for "… page 2") turns the page too.
	var nextPage string
	for _, b := range first.buttons() {
		if strings.HasPrefix(b.ActionID, actionRun) && strings.HasPrefix(b.Text.Text, "Next page") {
			nextPage = b.Value
		}
	}
	if nextPage == "" {
		t.Errorf("no Next page suggestion on /relations japan korea")
	} else {
		c.press(t, pressed{actionID: actionRun + ":0", value: nextPage, user: "U0001", channel: "C0001", responseURL: ru.srv.URL})
		if m := ru.next(t); m.ReplaceOriginal == nil || !*m.ReplaceOriginal {
			t.Errorf("Next page: replace_original %v; want in place", m.ReplaceOriginal)
		}
	}

	// In a thread, a suggestion's answer joins the thread (and its conversation).
	c.press(t, pressed{actionID: actionRun + ":1", value: "/country australia", user: "U0001", channel: "C0GEN",
		thread: "1700000400.000100", responseURL: ru.srv.URL})
	p := c.api.next(t)
	if p.Channel != "C0GEN" || p.ThreadTS != "1700000400.000100" || !strings.Contains(p.message(t).header(), "Australia") {
		t.Errorf("suggestion in a thread answered in %s thread %q (%q)", p.Channel, p.ThreadTS, p.message(t).header())
	}
	if !c.bot.InConversation(context.Background(), commands.Request{Platform: "slack", Workspace: "T0001",
		Conversation: threadConversation("C0GEN", "1700000400.000100")}) {
		t.Errorf("the suggestion's answer did not make its thread a conversation")
	}
}

// TestTurnsPage reads suggested commands for a page of an answer.
func TestTurnsPage(t *testing.T) {
	tests := []struct {
		command string
		want    bool
	}{
		{"/relations japan, south korea page 2", true},
		{"/country japan PAGE 3", true},
		{"/country japan", false},
		{"page 2", false},
		{"/topic page", false},
		{"/ask what is on page x", false},
	}
	for _, tc := range tests {
		if got := turnsPage(tc.command); got != tc.want {
			t.Errorf("turnsPage(%q) = %v; want %v", tc.command, got, tc.want)
		}
	}
	if !slices.Equal([]bool{isAnswerID("0123456789abcdef"), isAnswerID("0123456789ABCDEF"), isAnswerID("0123")}, []bool{true, false, false}) {
		t.Errorf("isAnswerID misreads")
	}
}

// TestSocketModeConversation: over Socket Mode too, a slash command in a DM starts a
// conversation a DM follows up, and a vote on the follow-up is recorded.
func TestSocketModeConversation(t *testing.T) {
	c := newConversing(t) // for its bot and memory; the socket fixture brings its own adapter
	f := newSocketFixture(t, c.bot, 0)
	f.send(strings.Replace(slashEnvelope("env-c1", "/relations", "japan korea", "https://hooks.slack.invalid/x"),
		`"channel_id":"C0001"`, `"channel_id":"D0USER"`, 1))
	f.ack(t, "env-c1")
	f.send(fmt.Sprintf(`{"type":"events_api","envelope_id":"env-c2","payload":%s}`, dmEvent("EvSC1", "and china?", "1700000002.000100", "")))
	f.ack(t, "env-c2")
	var m wireMessage
	select {
	case p := <-f.posted:
		m = p.message(t)
		if h := m.header(); p.Channel != "D0USER" || !strings.Contains(h, "China") {
			t.Fatalf("follow-up posted to %s with header %q; want Japan and China in D0USER", p.Channel, h)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no chat.postMessage")
	}
	id := m.votes(t)
	ru := newResponseURLServer(t)
	f.send(fmt.Sprintf(`{"type":"interactive","envelope_id":"env-c3","payload":%s}`,
		pressedPayload(pressed{actionID: actionVote + ":" + voteUp, value: id, user: "U0001", channel: "D0USER", responseURL: ru.srv.URL})))
	f.ack(t, "env-c3")
	if thanks := ru.next(t); !strings.HasPrefix(thanks.Text, "Thanks") {
		t.Errorf("thanks %s", thanks.raw)
	}
	// A 👎 shows in the report, by U0001.
	f.send(fmt.Sprintf(`{"type":"interactive","envelope_id":"env-c4","payload":%s}`,
		pressedPayload(pressed{actionID: actionVote + ":" + voteDown, value: id, user: "U0001", channel: "D0USER", responseURL: ru.srv.URL})))
	f.ack(t, "env-c4")
	ru.next(t)
	if diff := cmp.Diff(feedback{Listed: true, Down: 1, Voters: []string{"U0001"}}, c.feedbackOn(t, id)); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
}
