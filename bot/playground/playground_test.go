package playground

import (
	"context"
	"encoding/json"
	"errors"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/slack"
	"github.com/briefbot/briefbot/commands"
)

func TestPageStartsASession(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	resp, body := get(t, c, e.srv.URL+"/")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d; want 200", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("Content-Type = %q; want text/html", ct)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("Content-Security-Policy = %q; want scripts from the page's own origin only", csp)
	}
	ch := e.channel(t, c)
	if !strings.HasPrefix(ch, channelPrefix) || !validChannel(ch) {
		t.Errorf("session channel = %q; want %s and 32 hex digits", ch, channelPrefix)
	}
	for _, want := range []string{`data-channel="` + ch + `"`, `<form id="ask" class="ask main" method="post" action="/ask"`, `href="/facts"`, `/static/app.js`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// The same cookie keeps the same channel.
	get(t, c, e.srv.URL+"/")
	if again := e.channel(t, c); again != ch {
		t.Errorf("second visit: channel %q; want the same %q", again, ch)
	}
}

// panes cuts a page into the text of its Slack panes and its Discord panes.
func panes(page string) (slackText, discordText string) {
	for _, part := range strings.Split(page, `<section class="pane `)[1:] {
		end := strings.Index(part, "</section>")
		if end < 0 {
			end = len(part)
		}
		switch {
		case strings.HasPrefix(part, "pane-slack"):
			slackText += part[:end]
		case strings.HasPrefix(part, "pane-discord"):
			discordText += part[:end]
		}
	}
	return slackText, discordText
}

func TestAskWithoutJavaScript(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	get(t, c, e.srv.URL+"/")
	resp, _ := ask(t, c, e.srv.URL, url.Values{"q": {"/relations japan korea"}}, nil)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST /ask = %d; want 303 back to the page", resp.StatusCode)
	}
	if loc := resp.Header.Get("Location"); loc != "/#m-2" {
		t.Errorf("Location = %q; want /#m-2 (the reply)", loc)
	}
	_, page := get(t, c, e.srv.URL+"/")
	sk, dc := panes(page)
	if !strings.Contains(sk, "Japan ↔ South Korea") || !strings.Contains(dc, "Japan ↔ South Korea") {
		t.Errorf("reply has its title in Slack pane: %v, Discord pane: %v; want both", strings.Contains(sk, "Japan ↔ South Korea"), strings.Contains(dc, "Japan ↔ South Korea"))
	}
	if !strings.Contains(page, `<p class="said">/relations japan korea</p>`) {
		t.Error("history lacks the question")
	}
	if !strings.Contains(page, `id="cited-2"`) || !strings.Contains(page, `href="/source/outlook-2022?fact=`) {
		t.Error("reply lacks its cited facts with links to their quotes")
	}
}

func TestAskJSON(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	resp, body := ask(t, c, e.srv.URL, url.Values{"q": {"/relations korea japan"}}, map[string]string{"Accept": "application/json"})
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /ask (JSON) = %d %s; want 200", resp.StatusCode, body)
	}
	var out askResponse
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if out.Channel != e.channel(t, c) {
		t.Errorf("channel = %q; want the cookie's %q", out.Channel, e.channel(t, c))
	}
	if len(out.Messages) != 2 || out.Messages[0].Kind != kindYou || out.Messages[1].Kind != kindBot {
		t.Fatalf("messages = %+v; want the question and the reply", out.Messages)
	}
	if out.Messages[0].ID != 1 || out.Messages[1].ID != 2 {
		t.Errorf("ids = %d, %d; want 1, 2", out.Messages[0].ID, out.Messages[1].ID)
	}
	sk, dc := panes(string(out.Messages[1].HTML))
	if !strings.Contains(sk, "Japan ↔ South Korea") || !strings.Contains(dc, "Japan ↔ South Korea") {
		t.Error("JSON reply does not have its title in both renderings")
	}
}

// TestRepliesAreTheAdaptersJSON checks the page draws the adapters' own messages: every
// Slack block becomes one drawn block, and the JSON shown is the exact JSON sent.
func TestRepliesAreTheAdaptersJSON(t *testing.T) {
	e := newEnv(t)
	reply := e.d.Handle(context.Background(), commands.Request{Text: "/relations japan korea"})
	v, err := e.pg.view(entry{ID: 7, Kind: kindBot, Reply: reply, Origin: "/relations japan korea", Page: 1})
	if err != nil {
		t.Fatal(err)
	}
	raw := slack.Render(reply, slack.RenderOptions{Origin: "/relations japan korea"}).AppendJSON(nil)
	var msg slackPayload
	if err := json.Unmarshal(raw, &msg); err != nil {
		t.Fatal(err)
	}
	if len(v.Slack) != 1 || len(v.Slack[0].Blocks) != len(msg.Blocks) {
		t.Fatalf("drawn %d Slack messages, first with %d blocks; want 1 with %d", len(v.Slack), len(v.Slack[0].Blocks), len(msg.Blocks))
	}
	if v.Slack[0].JSON != indent(raw) {
		t.Error("Slack JSON shown is not the JSON the adapter sends")
	}
	var buttons []string
	for _, b := range v.Slack[0].Blocks {
		for _, btn := range b.Buttons {
			buttons = append(buttons, btn.Label)
		}
	}
	if !strings.Contains(strings.Join(buttons, "|"), "More (2/") || !strings.Contains(strings.Join(buttons, "|"), "Sources") {
		t.Errorf("Slack buttons = %q; want More and Sources", buttons)
	}
	if v.Discord == nil || len(v.Discord.Embeds) == 0 || len(v.Discord.Rows) == 0 {
		t.Fatalf("Discord view = %+v; want embeds and buttons", v.Discord)
	}
	if v.Discord.Embeds[0].Footer == "" {
		t.Error("Discord embed lacks the source footer")
	}
	if len(v.Cited) != len(reply.Facts()) {
		t.Errorf("cited %d facts; want %d", len(v.Cited), len(reply.Facts()))
	}
}

func TestMoreShowsTheNextSlackPage(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	_, body := ask(t, c, e.srv.URL, url.Values{"q": {"/relations japan korea"}, "page": {"2"}}, map[string]string{"Accept": "application/json"})
	var out askResponse
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatalf("decode %q: %v", body, err)
	}
	h := string(out.Messages[1].HTML)
	if !strings.Contains(h, "(2/") {
		t.Error("page 2 lacks its page marker in the Slack header")
	}
	if !strings.Contains(h, "Discord pages the answer its own way") {
		t.Error("a further Slack page should say Discord sends no such message")
	}
}

func TestDigestPostsEveryPage(t *testing.T) {
	e := newEnv(t)
	reply := e.d.Handle(context.Background(), commands.Request{Text: "/relations japan korea"})
	v, err := e.pg.view(entry{ID: 1, Kind: kindDigest, Reply: reply})
	if err != nil {
		t.Fatal(err)
	}
	if pages := slack.Render(reply, slack.RenderOptions{}).Pages; len(v.Slack) != pages || pages < 2 {
		t.Errorf("digest drawn as %d Slack messages; want every page (%d)", len(v.Slack), pages)
	}
}

func TestQuestionIsText(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	const evil = `<script>window.pwned=1</script><img src=x onerror=alert(1)> "japan" & korea`
	resp, _ := ask(t, c, e.srv.URL, url.Values{"q": {evil}}, nil)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST /ask = %d; want 303", resp.StatusCode)
	}
	_, page := get(t, c, e.srv.URL+"/")
	if strings.Contains(page, "<script>window") || strings.Contains(page, "<img src=x") {
		t.Fatal("the question reached the page as markup")
	}
	if got := strings.Count(page, "<script"); got != 1 {
		t.Errorf("page has %d script tags; want only the page's own", got)
	}
	if !strings.Contains(page, html.EscapeString(evil)) {
		t.Error("the question is not shown as text")
	}
	// The JSON path carries the same escaped HTML.
	_, body := ask(t, c, e.srv.URL, url.Values{"q": {"/country " + evil}}, map[string]string{"Accept": "application/json"})
	var out askResponse
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatal(err)
	}
	for _, m := range out.Messages {
		if strings.Contains(string(m.HTML), "<script") || strings.Contains(string(m.HTML), "<img") {
			t.Errorf("message %d (%s) carries markup from the question", m.ID, m.Kind)
		}
	}
}

func TestAskRefuses(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	jsonH := map[string]string{"Accept": "application/json"}
	for _, tc := range []struct {
		name   string
		form   url.Values
		header map[string]string
		want   int
	}{
		{"empty", url.Values{"q": {"  "}}, jsonH, http.StatusBadRequest},
		{"empty form post", url.Values{"q": {""}}, nil, http.StatusSeeOther},
		{"too long", url.Values{"q": {strings.Repeat("japan ", 200)}}, jsonH, http.StatusRequestEntityTooLarge},
		{"bad page", url.Values{"q": {"/help"}, "page": {"x"}}, jsonH, http.StatusBadRequest},
		{"page zero", url.Values{"q": {"/help"}, "page": {"0"}}, jsonH, http.StatusBadRequest},
		{"cross-site", url.Values{"q": {"/help"}}, map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"other origin", url.Values{"q": {"/help"}}, map[string]string{"Origin": "http://evil.example"}, http.StatusForbidden},
		{"same origin", url.Values{"q": {"/help"}}, map[string]string{"Origin": e.srv.URL, "Sec-Fetch-Site": "same-origin"}, http.StatusSeeOther},
		{"body too large", url.Values{"q": {strings.Repeat("a", maxForm+1)}}, jsonH, http.StatusBadRequest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := ask(t, c, e.srv.URL, tc.form, tc.header)
			if resp.StatusCode != tc.want {
				t.Errorf("POST /ask = %d %q; want %d", resp.StatusCode, body, tc.want)
			}
		})
	}
	resp, _ := get(t, c, e.srv.URL+"/ask")
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /ask = %d; want 405", resp.StatusCode)
	}
}

func TestReset(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	ask(t, c, e.srv.URL, url.Values{"q": {"/help"}}, nil)
	before := e.channel(t, c)
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/reset", nil)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST /reset = %d; want 303", resp.StatusCode)
	}
	if after := e.channel(t, c); after == before {
		t.Error("reset kept the channel")
	}
	if _, page := get(t, c, e.srv.URL+"/"); strings.Contains(page, `class="msg `) {
		t.Error("a new session shows the old history")
	}
}

func TestComplete(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		q, keep, first string
	}{
		{"kor", "", "South Korea"},
		{"/relations japan kor", "/relations japan ", "South Korea"},
		{"/relations japan south kor", "/relations japan ", "South Korea"},
		{"/relations korea jap", "/relations korea ", "Japan"},
		{"/relations japan, new zea", "/relations japan, ", "New Zealand"},
		{"/digest subscribe daily 08:00 about jap", "/digest subscribe daily 08:00 about ", "Japan"},
		{"what about dok", "what about ", "Dokdo (Takeshima)"},
		{"/topic hist", "/topic ", "History"},
		{"/rel", "", "/relations"},
		{"/dig", "", "/digest"},
		{"/briefbot relations japan kor", "/briefbot relations japan ", "South Korea"},
		{"/ask what about dok", "/ask what about ", "Dokdo (Takeshima)"},
		{"/relations japn", "/relations ", "Japan"}, // a command that takes names forgives a typo
	} {
		got := e.pg.complete(tc.q)
		if len(got.Items) == 0 || got.Items[0].Label != tc.first || got.Keep != tc.keep {
			first := ""
			if len(got.Items) > 0 {
				first = got.Items[0].Label
			}
			t.Errorf("complete(%q) = keep %q, first %q; want keep %q, first %q", tc.q, got.Keep, first, tc.keep, tc.first)
		}
	}
	// Names only where a command expects one, or where a word clearly starts one: plain
	// English is left alone.
	for _, q := range []string{"", "/relations japan ", "/relations ",
		"why do japan and korea ar", "why do japan and", "why do japan and korea are", "what is japn",
		"/help jap", "/brief kor", "/digest subscribe daily 08:00 jap", "/nosuch kor", "/briefbot"} {
		if got := e.pg.complete(q); len(got.Items) != 0 {
			t.Errorf("complete(%q) = %d items (first %q); want none", q, len(got.Items), got.Items[0].Label)
		}
	}
	// Over HTTP, with the kind of each name.
	c := e.client(t)
	resp, body := get(t, c, e.srv.URL+"/complete?q="+url.QueryEscape("kor"))
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Fatalf("GET /complete = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var out completeResponse
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Items) == 0 || out.Items[0].Label != "South Korea" || out.Items[0].Kind != "country" {
		t.Errorf("GET /complete?q=kor = %+v; want South Korea (country) first", out.Items)
	}
	if len(out.Items) > maxCompletions {
		t.Errorf("%d completions; want at most %d, as Discord", len(out.Items), maxCompletions)
	}
	if resp, _ := get(t, c, e.srv.URL+"/complete?q="+strings.Repeat("k", maxQuestion+1)); resp.StatusCode != http.StatusRequestURITooLong {
		t.Errorf("over-long completion = %d; want 414", resp.StatusCode)
	}
}

// TestCompleteMatchesDiscord checks the page offers the resolver's completions — what
// Discord's autocomplete offers — in the same order, where a command takes names.
func TestCompleteMatchesDiscord(t *testing.T) {
	e := newEnv(t)
	for _, q := range []string{"kor", "jap", "new", "yo", "nato", "comf"} {
		want := e.d.Resolver().Complete(q, maxCompletions, commands.TargetEntity)
		got := e.pg.complete("/relations " + q).Items
		if len(got) != len(want) {
			t.Errorf("complete(%q): %d items; want %d", q, len(got), len(want))
			continue
		}
		for i := range want {
			if got[i].Label != want[i].Name {
				t.Errorf("complete(%q)[%d] = %q; want %q", q, i, got[i].Label, want[i].Name)
			}
		}
	}
}

func TestStatic(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	for path, ct := range map[string]string{"/static/app.js": "javascript", "/static/style.css": "text/css"} {
		resp, body := get(t, c, e.srv.URL+path)
		if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), ct) || len(body) < 100 {
			t.Errorf("GET %s = %d %q (%d bytes); want 200 %s", path, resp.StatusCode, resp.Header.Get("Content-Type"), len(body), ct)
		}
	}
	for _, path := range []string{"/static/nope.js", "/static/"} {
		if resp, _ := get(t, c, e.srv.URL+path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d; want 404", path, resp.StatusCode)
		}
	}
	if resp, _ := get(t, c, e.srv.URL+"/favicon.ico"); resp.StatusCode != http.StatusNoContent {
		t.Errorf("GET /favicon.ico = %d; want 204", resp.StatusCode)
	}
	// No asset comes from elsewhere: the page must work offline.
	_, page := get(t, c, e.srv.URL+"/")
	_, css := get(t, c, e.srv.URL+"/static/style.css")
	_, js := get(t, c, e.srv.URL+"/static/app.js")
	for name, s := range map[string]string{"page": page, "style.css": css, "app.js": js} {
		if m := regexp.MustCompile(`(src|href)="https?:|url\(https?:|@import`).FindString(s); m != "" {
			t.Errorf("%s loads from elsewhere: %q", name, m)
		}
	}
}

func TestServerKeepsItsOwnRoutes(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	if resp, body := get(t, c, e.srv.URL+"/healthz"); resp.StatusCode != http.StatusOK || body != "ok\n" {
		t.Errorf("GET /healthz = %d %q with the playground mounted", resp.StatusCode, body)
	}
	if resp, _ := get(t, c, e.srv.URL+"/nothing-here"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /nothing-here = %d; want 404 (the page is at / only)", resp.StatusCode)
	}
}

func TestPoster(t *testing.T) {
	e := newEnv(t)
	p := e.pg.Poster()
	ctx := context.Background()
	r := commands.Reply{Found: true, Title: "An edition", Source: "Source: test"}
	if err := p.Post(ctx, "pg-0123456789abcdef0123456789abcdef", r); err != nil {
		t.Fatalf("Post: %v", err)
	}
	if err := p.DirectMessage(ctx, "pg-0123456789abcdef0123456789abcdef", r); err != nil {
		t.Fatalf("DirectMessage: %v", err)
	}
	got := e.pg.sessions.peek("pg-0123456789abcdef0123456789abcdef").since(0)
	if len(got) != 2 || got[0].Kind != kindDigest || got[1].Kind != kindDM {
		t.Errorf("history = %+v; want the digest and the direct message", got)
	}
	for _, bad := range []string{"", "has space", "<script>", strings.Repeat("a", 65)} {
		if err := p.Post(ctx, bad, r); !errors.Is(err, bot.ErrPermanent) {
			t.Errorf("Post(%q) = %v; want ErrPermanent", bad, err)
		}
	}
}

func TestSessionsAreBounded(t *testing.T) {
	ss := newSessions(2, 3)
	a, _ := ss.get("a", time.Time{})
	for range 5 {
		a.add(entry{Kind: kindYou})
	}
	if h := a.since(0); len(h) != 3 || h[0].ID != 3 || h[2].ID != 5 {
		t.Errorf("history = %+v; want the last three (ids 3-5)", h)
	}
	ss.get("b", time.Time{})
	ss.get("a", time.Time{}) // a is now the most recent
	ss.get("c", time.Time{}) // evicts b
	if _, ok := ss.byCh["b"]; ok {
		t.Error("least recently used session kept past the bound")
	}
	if _, ok := ss.byCh["a"]; !ok {
		t.Error("recently used session evicted")
	}
}

// TestWatchedSessionsOutliveIdleOnes: sessions made for digests to channels whose browser has
// gone push out idle sessions, never one a browser is watching, however old.
func TestWatchedSessionsOutliveIdleOnes(t *testing.T) {
	ss := newSessions(2, 3)
	open, _ := ss.get("open", time.Time{})
	ch, _ := open.subscribe(0)
	defer open.unsubscribe(ch)
	ss.get("idle", time.Time{})
	ss.get("stale-1", time.Time{}) // over the bound: "open" is least recently used, but watched
	if _, ok := ss.byCh["open"]; !ok {
		t.Fatal("a watched session was evicted")
	}
	if _, ok := ss.byCh["idle"]; ok {
		t.Error("the idle session outlived the bound while a watched one was at risk")
	}
	open.unsubscribe(ch)
	ss.get("stale-2", time.Time{})
	if _, ok := ss.byCh["open"]; ok {
		t.Error("an unwatched least recently used session was kept past the bound")
	}
}

func TestNewDefaultsAndRun(t *testing.T) {
	// A nil logger discards; defaults apply.
	p, err := New(nil, bot.New(nil, commands.NewDispatcher(nil, facts(t)), nil, nil), commands.NewDispatcher(nil, facts(t)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.opts.MaxSessions == 0 || p.opts.Heartbeat == 0 || p.Name() != "playground" {
		t.Errorf("defaults not applied: %+v", p.opts)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v; want nil on cancel", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return when its context ended")
	}
}
