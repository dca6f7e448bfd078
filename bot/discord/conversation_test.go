package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/sqlite"
)

// conversing is the real adapter (HTTP interactions and the gateway) over a real bot.Bot
// answering from the real dispatcher, remembering conversations and votes in a real SQLite
// store, and posting to the fake Discord on loopback.
type conversing struct {
	adapter *Adapter
	gateway *Gateway
	bot     *bot.Bot
	mem     *sqlite.Store
	fake    *fakeDiscord
	priv    ed25519.PrivateKey
	seq     int // interaction and message ids
}

// Routes of the fake Discord the conversation tests use.
const (
	dmMessages     = "POST /api/v9/channels/dm1/messages"
	threadStart    = "POST /api/v9/channels/c1/messages/m1/threads"
	threadMessages = "POST /api/v9/channels/t1/messages"
	channelPosts   = "POST /api/v9/channels/c1/messages"
)

func newConversing(t *testing.T, script map[string][]fakeAnswer) *conversing {
	t.Helper()
	clock := func() time.Time { return testNow }
	d := dispatcher(t)
	b := bot.New(nil, d, nil, clock)
	mem, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "briefbot.db"), nil, clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = mem.Close() })
	b.Remember(mem, 0)
	pub, priv := testKey(t)
	a := New(nil, b, d.Resolver(), Options{PublicKey: pub, Now: clock})
	f := newFakeDiscord(t, script)
	s := f.session(t)
	p := NewPoster(nil, s, PosterOptions{MaxWait: time.Second})
	p.policy.First = 5 * time.Millisecond
	g := NewGateway(nil, a, s, p)
	g.onReady(&discordgo.Ready{User: &discordgo.User{ID: "bot1"}})
	return &conversing{adapter: a, gateway: g, bot: b, mem: mem, fake: f, priv: priv}
}

// shown is what a message shows, read back from its JSON.
type shown struct {
	Title, Description, Fields, Content string
	IDs                                 []string // button custom ids, in order
	Flags                               float64
	Reference                           string // the message it replies to
}

func readShown(t *testing.T, data map[string]any) shown {
	t.Helper()
	raw, err := json.Marshal(data)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Content    string                    `json:"content"`
		Embeds     []*discordgo.MessageEmbed `json:"embeds"`
		Components []struct {
			Components []struct {
				CustomID string `json:"custom_id"`
			} `json:"components"`
		} `json:"components"`
		Flags     float64 `json:"flags"`
		Reference *struct {
			MessageID string `json:"message_id"`
		} `json:"message_reference"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if probs := limitProblems(m.Embeds); len(m.Embeds) > 0 && len(probs) > 0 {
		t.Errorf("message breaks Discord's limits: %v", probs)
	}
	s := shown{Content: m.Content, Flags: m.Flags}
	if m.Reference != nil {
		s.Reference = m.Reference.MessageID
	}
	var fields []string
	for i, e := range m.Embeds {
		if i == 0 {
			s.Title, s.Description = e.Title, e.Description
		}
		for _, f := range e.Fields {
			fields = append(fields, f.Name+"\n"+f.Value)
		}
	}
	s.Fields = strings.Join(fields, "\n")
	for _, row := range m.Components {
		for _, b := range row.Components {
			s.IDs = append(s.IDs, b.CustomID)
		}
	}
	return s
}

// button is the id of the message's button that starts with prefix.
func (s shown) button(t *testing.T, prefix string) string {
	t.Helper()
	for _, id := range s.IDs {
		if strings.HasPrefix(id, prefix) {
			return id
		}
	}
	t.Fatalf("%q has no %s… button among %v", s.Title, prefix, s.IDs)
	return ""
}

// interact sends a signed HTTP interaction and returns the response type and its message.
func (c *conversing) interact(t *testing.T, in map[string]any) (float64, shown) {
	t.Helper()
	c.seq++
	in["id"], in["token"], in["application_id"], in["version"] = "i"+strconv.Itoa(c.seq), "tok", "app1", 1
	body, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	c.adapter.Interactions().ServeHTTP(rec, signedRequest(t, c.priv, testNow, string(body)))
	if rec.Code != http.StatusOK {
		t.Fatalf("interaction answered %d %s", rec.Code, rec.Body)
	}
	var resp struct {
		Type float64        `json:"type"`
		Data map[string]any `json:"data"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	return resp.Type, readShown(t, resp.Data)
}

// press is a button press by user in channel (a server's when guild is set).
func press(guild, channel, user, customID string) map[string]any {
	in := map[string]any{"type": 3, "channel_id": channel, "data": map[string]any{"component_type": 2, "custom_id": customID}}
	if guild != "" {
		in["guild_id"] = guild
		in["member"] = map[string]any{"user": map[string]any{"id": user}, "permissions": "0"}
	} else {
		in["user"] = map[string]any{"id": user}
	}
	return in
}

// message delivers a MESSAGE_CREATE to the gateway and returns what the bot posted to route
// in answer (failing if it posted nothing there).
func (c *conversing) message(t *testing.T, m *discordgo.Message, route string) shown {
	t.Helper()
	before := len(c.fake.requests())
	c.gateway.onMessage(context.Background(), &discordgo.MessageCreate{Message: m})
	reqs := c.fake.requests()[before:]
	for i := len(reqs) - 1; i >= 0; i-- {
		if reqs[i].Route == route {
			return readShown(t, reqs[i].Body)
		}
	}
	t.Fatalf("the bot sent no %s; requests %v", route, reqs)
	return shown{}
}

func dmMessage(id, content string) *discordgo.Message {
	return &discordgo.Message{ID: id, ChannelID: "dm1", Content: content, Type: discordgo.MessageTypeDefault,
		Author: &discordgo.User{ID: "u1"}}
}

var answerIDPattern = regexp.MustCompile(`^vote:(up|down):[0-9a-f]{16}$`)

// checkVotes fails unless s carries a 👍 and a 👎 on one answer id.
func checkVotes(t *testing.T, s shown) {
	t.Helper()
	up, down := s.button(t, "vote:up:"), s.button(t, "vote:down:")
	if !answerIDPattern.MatchString(up) || strings.TrimPrefix(up, "vote:up:") != strings.TrimPrefix(down, "vote:down:") {
		t.Errorf("%q votes %q / %q; want one 16-hex answer id", s.Title, up, down)
	}
}

// TestDMConversation: in a DM, /relations japan korea (a slash command) and then, typed,
// "and china?", "why?", "more" and "sources" are each read against the answer before.
func TestDMConversation(t *testing.T) {
	c := newConversing(t, map[string][]fakeAnswer{dmMessages: {{200, `{"id":"a1","channel_id":"dm1"}`, nil}}})
	typ, first := c.interact(t, map[string]any{"type": 2, "channel_id": "dm1", "user": map[string]any{"id": "u1"},
		"data": map[string]any{"name": "relations", "options": []any{
			map[string]any{"name": "first", "type": 3, "value": "japan"},
			map[string]any{"name": "second", "type": 3, "value": "korea"}}}})
	if typ != 4 || first.Title != "Japan ↔ South Korea" {
		t.Fatalf("/relations japan korea: type %v title %q; want 4, Japan ↔ South Korea", typ, first.Title)
	}
	checkVotes(t, first)

	china := c.message(t, dmMessage("m2", "and china?"), dmMessages)
	if !strings.Contains(china.Title, "Japan") || !strings.Contains(china.Title, "China") ||
		!strings.Contains(china.Description, "Read as /relations japan, china.") {
		t.Errorf(`"and china?": title %q description %q; want Japan and China, read as /relations japan, china`, china.Title, china.Description)
	}
	checkVotes(t, china)

	why := c.message(t, dmMessage("m3", "why?"), dmMessages)
	if !strings.HasPrefix(why.Title, "Why") {
		t.Errorf(`"why?": title %q; want one starting "Why"`, why.Title)
	}

	// "why?" kept the conversation on Japan and China, whose brief has one page: "more" is
	// read against it either way.
	more := c.message(t, dmMessage("m4", "more"), dmMessages)
	if !regexp.MustCompile(`Read as /relations japan, china page 2\.|There is no more to /relations japan, china`).MatchString(more.Description) {
		t.Errorf(`"more": description %q; want it read against /relations japan, china`, more.Description)
	}

	sources := c.message(t, dmMessage("m5", "sources"), dmMessages)
	if !strings.HasPrefix(sources.Title, "Sources") || !strings.Contains(sources.Fields, "\n> “") {
		t.Errorf(`"sources": title %q; want one starting "Sources", with quotes under the bullets:\n%s`, sources.Title, sources.Fields)
	}
}

// TestDMMore: "more" typed in a DM is the next page of the answer before it.
func TestDMMore(t *testing.T) {
	c := newConversing(t, map[string][]fakeAnswer{dmMessages: {{200, `{"id":"a1","channel_id":"dm1"}`, nil}}})
	c.message(t, dmMessage("m1", "/relations japan korea"), dmMessages)
	more := c.message(t, dmMessage("m2", "more"), dmMessages)
	if !strings.HasPrefix(more.Title, "Japan ↔ South Korea") || !strings.Contains(more.Description, "Read as /relations japan, south korea page 2.") {
		t.Errorf(`"more": title %q description %q; want page 2 of Japan ↔ South Korea, saying so`, more.Title, more.Description)
	}
}

// TestMentionThread: a mention in a server channel starts a thread named after the question
// and is answered in it; a reply there to the answer (which mentions the bot) is a follow-up,
// answered in place; a message there that Discord sent without its text (no MESSAGE_CONTENT
// intent, no mention) is left alone. Where no thread can be started, the answer is a reply
// under the question, and a reply to it follows up in the channel.
func TestMentionThread(t *testing.T) {
	bot1 := &discordgo.User{ID: "bot1", Bot: true}
	mention := func(id, channel, content string, replyTo string) *discordgo.Message {
		m := &discordgo.Message{ID: id, ChannelID: channel, GuildID: "g1", Content: content, Type: discordgo.MessageTypeDefault,
			Author: &discordgo.User{ID: "u1"}, Mentions: []*discordgo.User{bot1}}
		if replyTo != "" {
			m.Type = discordgo.MessageTypeReply
			m.ReferencedMessage = &discordgo.Message{ID: replyTo, ChannelID: channel, Author: bot1}
		}
		return m
	}

	t.Run("thread", func(t *testing.T) {
		c := newConversing(t, map[string][]fakeAnswer{
			threadStart:    {{201, `{"id":"t1","type":11,"guild_id":"g1","parent_id":"c1"}`, nil}},
			threadMessages: {{200, `{"id":"a1","channel_id":"t1"}`, nil}},
		})
		first := c.message(t, mention("m1", "c1", "<@bot1> /relations japan korea", ""), threadMessages)
		if first.Title != "Japan ↔ South Korea" || first.Reference != "" {
			t.Errorf("answer in the thread: title %q reference %q; want the Japan–South Korea brief, not a reply", first.Title, first.Reference)
		}
		checkVotes(t, first)
		var start fakeRequest
		for _, r := range c.fake.requests() {
			if r.Route == threadStart {
				start = r
			}
		}
		if start.Body["name"] != "/relations japan korea" || start.Body["auto_archive_duration"] != float64(threadArchiveMinutes) {
			t.Errorf("thread started with %v; want the question as its name, archived after an hour", start.Body)
		}

		china := c.message(t, mention("m2", "t1", "and china?", "a1"), threadMessages)
		if !strings.Contains(china.Title, "China") || china.Reference != "m2" {
			t.Errorf(`"and china?" in the thread: title %q reference %q; want Japan–China, replying to m2`, china.Title, china.Reference)
		}
		before := len(c.fake.requests())
		unread := mention("m3", "t1", "", "")
		unread.Mentions = nil
		c.gateway.onMessage(context.Background(), &discordgo.MessageCreate{Message: unread})
		if got := c.fake.requests()[before:]; len(got) != 0 {
			t.Errorf("a thread message without text or mention got %v; want nothing", got)
		}
		var starts int
		for _, r := range c.fake.requests() {
			if r.Route == threadStart {
				starts++
			}
		}
		if starts != 1 {
			t.Errorf("%d threads started; want 1", starts)
		}
	})

	t.Run("no thread allowed", func(t *testing.T) {
		c := newConversing(t, map[string][]fakeAnswer{
			threadStart:  {{403, `{"message":"Missing Permissions","code":50013}`, nil}},
			channelPosts: {{200, `{"id":"a1","channel_id":"c1"}`, nil}},
		})
		first := c.message(t, mention("m1", "c1", "<@bot1> /relations japan korea", ""), channelPosts)
		if first.Title != "Japan ↔ South Korea" || first.Reference != "m1" {
			t.Errorf("answer: title %q reference %q; want the brief as a reply to m1", first.Title, first.Reference)
		}
		china := c.message(t, mention("m2", "c1", "and china?", "a1"), channelPosts)
		if !strings.Contains(china.Title, "China") || china.Reference != "m2" {
			t.Errorf(`"and china?" replying to the answer: title %q reference %q; want Japan–China, replying to m2`, china.Title, china.Reference)
		}
	})
}

// TestComponentPresses: More turns an answer's page in place, Sources shows its quotes to the
// presser alone, and 👍/👎 (over HTTP and over the gateway) are recorded once per user and
// answered to the voter alone.
func TestComponentPresses(t *testing.T) {
	const cb = "POST /api/v9/interactions/g1/tok/callback"
	c := newConversing(t, map[string][]fakeAnswer{cb: {{204, ``, nil}}})
	_, first := c.interact(t, map[string]any{"type": 2, "guild_id": "s1", "channel_id": "c1",
		"member": map[string]any{"user": map[string]any{"id": "u1"}, "permissions": "0"},
		"data": map[string]any{"name": "relations", "options": []any{
			map[string]any{"name": "first", "type": 3, "value": "japan"},
			map[string]any{"name": "second", "type": 3, "value": "korea"}}}})
	checkVotes(t, first)

	// More: the next page replaces the message (UPDATE_MESSAGE), public.
	typ, page2 := c.interact(t, press("s1", "c1", "u2", first.button(t, morePrefix)))
	if typ != float64(discordgo.InteractionResponseUpdateMessage) || !strings.HasPrefix(page2.Title, "Japan ↔ South Korea (2/") || page2.Flags != 0 {
		t.Errorf("More: type %v title %q flags %v; want 7, page 2 of the brief, public", typ, page2.Title, page2.Flags)
	}
	if page2.Fields == "" || strings.Contains(first.Fields, page2.Fields) {
		t.Errorf("More shows nothing new")
	}

	// On the last page of what the message holds, More goes on to the command's own next
	// page, in place too.
	typ, next := c.interact(t, press("s1", "c1", "u2", page2.button(t, morePrefix)))
	if id := page2.button(t, morePrefix); id != "more:1:/relations japan, south korea page 2" ||
		typ != float64(discordgo.InteractionResponseUpdateMessage) || !strings.Contains(next.Description, "Page 2 of") {
		t.Errorf("More on the last page (%s): type %v description %q; want 7, the brief's page 2", id, typ, next.Description)
	}

	// Sources: the quotes, to the presser alone.
	typ, src := c.interact(t, press("s1", "c1", "u2", first.button(t, sourcesPrefix)))
	if typ != 4 || src.Flags != float64(discordgo.MessageFlagsEphemeral) || !strings.HasPrefix(src.Title, "Sources") ||
		!strings.Contains(src.Fields, "\n> “") {
		t.Errorf("Sources: type %v flags %v title %q; want an ephemeral message of quotes", typ, src.Flags, src.Title)
	}

	// Votes: u1 👎 twice over HTTP, u2 👎 over the gateway: two votes down, not three.
	down := first.button(t, "vote:down:")
	answerID := strings.TrimPrefix(down, "vote:down:")
	for range 2 {
		typ, thanks := c.interact(t, press("s1", "c1", "u1", down))
		if typ != 4 || thanks.Flags != float64(discordgo.MessageFlagsEphemeral) || !strings.HasPrefix(thanks.Content, "Thanks for the 👎") {
			t.Errorf("👎: type %v flags %v content %q; want thanks to the voter alone", typ, thanks.Flags, thanks.Content)
		}
	}
	c.gateway.onInteraction(context.Background(), &discordgo.InteractionCreate{Interaction: &discordgo.Interaction{
		ID: "g1", Token: "tok", Type: discordgo.InteractionMessageComponent, GuildID: "s1", ChannelID: "c1",
		Member: &discordgo.Member{User: &discordgo.User{ID: "u2"}},
		Data:   discordgo.MessageComponentInteractionData{CustomID: down, ComponentType: discordgo.ButtonComponent}}})
	reqs := c.fake.requests()
	if len(reqs) == 0 || reqs[len(reqs)-1].Route != cb {
		t.Fatalf("the gateway vote was not answered at its callback: %v", reqs)
	}
	gw := readShown(t, reqs[len(reqs)-1].Body["data"].(map[string]any))
	if gw.Flags != float64(discordgo.MessageFlagsEphemeral) || !strings.HasPrefix(gw.Content, "Thanks for the 👎") {
		t.Errorf("gateway 👎: flags %v content %q; want thanks to the voter alone", gw.Flags, gw.Content)
	}
	if up, down := c.votes(t, answerID); up != 0 || down != 2 {
		t.Errorf("votes on the answer: %d up, %d down; want 0 and 2 (one per user)", up, down)
	}
	// u1 changes their mind: their vote is replaced, not added; then u3 votes down.
	c.interact(t, press("s1", "c1", "u1", first.button(t, "vote:up:")))
	c.interact(t, press("s1", "c1", "u3", down))
	if up, down := c.votes(t, answerID); up != 1 || down != 2 {
		t.Errorf("after u1 votes up and u3 down: %d up, %d down; want 1 and 2", up, down)
	}
}

// votes counts the votes on an answer, from the store's report (which lists an answer only
// when it has more votes down than up, or was refused).
func (c *conversing) votes(t *testing.T, answerID string) (up, down int) {
	t.Helper()
	ctx := context.Background()
	if err := c.bot.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	rows, err := c.mem.Report(ctx, store.ReportFilter{Since: testNow.Add(-time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(rows, func(r store.AnswerReport) bool { return r.ID == answerID })
	if i < 0 {
		return 0, 0
	}
	return rows[i].Up, rows[i].Down
}

// TestDMViewPostedWhole: a follow-up's view ("sources" after a long answer) has no button that
// could show its next page again, so every page is posted at once, none with More or Sources.
func TestDMViewPostedWhole(t *testing.T) {
	c := newConversing(t, map[string][]fakeAnswer{dmMessages: {{200, `{"id":"a1","channel_id":"dm1"}`, nil}}})
	c.message(t, dmMessage("m1", "/relations japan korea"), dmMessages)
	before := len(c.fake.requests())
	c.gateway.onMessage(context.Background(), &discordgo.MessageCreate{Message: dmMessage("m2", "sources")})
	var pages []shown
	for _, r := range c.fake.requests()[before:] {
		if r.Route == dmMessages {
			pages = append(pages, readShown(t, r.Body))
		}
	}
	if len(pages) < 2 {
		t.Fatalf("sources of a long answer posted %d messages; want every page", len(pages))
	}
	for i, p := range pages {
		for _, id := range p.IDs {
			if strings.HasPrefix(id, morePrefix) || strings.HasPrefix(id, sourcesPrefix) {
				t.Errorf("page %d of the view carries %q: it would re-run the answer, not the view", i+1, id)
			}
		}
	}
}
