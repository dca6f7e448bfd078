package playground

import (
	"context"
	"encoding/json"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

// maxQuestion bounds what one request may say; no command needs more.
const maxQuestion = 1000

// maxForm bounds a request body.
const maxForm = 16 << 10

// examples are the requests the page offers to try, one click each.
var examples = []string{
	"/relations japan korea",
	"/country new zealand",
	"/topic dokdo",
	"/timeline japan south korea",
	"What did Yoon say about Japan?",
	"/digest subscribe daily 08:00 about japan korea",
	"/help",
}

type pageData struct {
	Title    string
	Nav      string
	Channel  string
	Boot     string
	Idle     string // how long a session lives with the page closed
	LastID   int64
	Messages []template.HTML
	Examples []string
}

// handlePage serves the chat page with the session's history, rendered on the server so that
// the page works without JavaScript.
func (p *Playground) handlePage(w http.ResponseWriter, r *http.Request) {
	channel := channelOf(w, r)
	data := pageData{Title: "briefbot playground", Nav: "chat", Channel: channel, Boot: p.boot,
		Idle: humanDuration(p.opts.SessionIdle), Examples: examples}
	// A first visit makes no session yet: the page's event stream or first question does.
	var history []entry
	if s := p.sessions.peek(channel); s != nil {
		s.touch(p.opts.Now())
		history = s.since(0)
	}
	for _, e := range history {
		h, err := p.messageHTML(e)
		if err != nil {
			p.serverError(w, r, err)
			return
		}
		data.Messages = append(data.Messages, h)
		data.LastID = e.ID
	}
	p.render(w, r, http.StatusOK, "page", data)
}

// humanDuration says a session's idle time in words: "an hour", "30 minutes", "2 hours".
func humanDuration(d time.Duration) string {
	switch {
	case d == time.Hour:
		return "an hour"
	case d%time.Hour == 0:
		return strconv.Itoa(int(d/time.Hour)) + " hours"
	case d == time.Minute:
		return "a minute"
	case d >= time.Minute:
		return strconv.Itoa(int(d/time.Minute)) + " minutes"
	}
	return d.String()
}

// messageJSON is one history entry for the page's script: the HTML the server renders, so
// both ways of using the page show exactly the same thing.
type messageJSON struct {
	ID   int64         `json:"id"`
	Kind string        `json:"kind"`
	HTML template.HTML `json:"html"`
}

type askResponse struct {
	Channel string `json:"channel"`
	// Boot names the server process: a page made by another one starts its ids afresh.
	Boot     string        `json:"boot"`
	Messages []messageJSON `json:"messages"`
}

// handleAsk answers a request from the form, through the same Bot as every platform, in the
// session's local channel. A form post is redirected back to the page (so reloading does not
// ask again); a script asking for JSON gets the new messages.
func (p *Playground) handleAsk(w http.ResponseWriter, r *http.Request) {
	if !readForm(w, r) {
		return
	}
	q := strings.TrimSpace(r.PostForm.Get("q"))
	switch {
	case q == "" && wantsJSON(r):
		http.Error(w, "empty request: type a command or a question", http.StatusBadRequest)
		return
	case q == "":
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	case len(q) > maxQuestion:
		http.Error(w, "request too long: at most "+strconv.Itoa(maxQuestion)+" bytes", http.StatusRequestEntityTooLarge)
		return
	}
	page := 1
	if s := r.PostForm.Get("page"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 1000 {
			http.Error(w, "bad page number", http.StatusBadRequest)
			return
		}
		page = n
	}
	channel := channelOf(w, r)
	now := p.opts.Now()
	sess, ended := p.sessions.get(channel, now)
	p.ended(ended)
	sess.touch(now)
	reply := p.answerIn(r.Context(), channel, q)
	es := sess.add(
		entry{Kind: kindYou, Text: q, Page: page, At: now},
		entry{Kind: kindBot, Text: q, Reply: reply, Origin: origin(q, reply), Page: page, At: now},
	)
	if !wantsJSON(r) {
		http.Redirect(w, r, "/#m-"+strconv.FormatInt(es[1].ID, 10), http.StatusSeeOther)
		return
	}
	resp := askResponse{Channel: channel, Boot: p.boot}
	for _, e := range es {
		h, err := p.messageHTML(e)
		if err != nil {
			p.serverError(w, r, err)
			return
		}
		resp.Messages = append(resp.Messages, messageJSON{ID: e.ID, Kind: e.Kind, HTML: h})
	}
	writeJSON(w, resp)
}

// origin is the request Slack's "More" and "Sources" buttons under the reply to q run again,
// as the Slack adapter has it: the command the answer stands for ("and china?" means
// something else once the conversation has moved on; "/relations japan, china" does not), or
// none for a follow-up's view of the last answer ("why?", "sources"), which Slack then sends
// whole, every page at once.
func origin(q string, reply commands.Reply) string {
	o, _ := reply.Origin(q)
	return o
}

// answerIn answers q in the session's channel through the bot. The session is the
// conversation, so a follow-up is read against its last answer. The browser's user manages
// its own local channel, as the terminal chat's user does, so /digest subscribe works; the
// user is the channel, so a direct message to the subscriber (a paused digest) reaches the
// same browser, and it is the user whose votes count once. A subscribe passes only while the
// playground is under its global bound.
func (p *Playground) answerIn(ctx context.Context, channel, q string) commands.Reply {
	if isSubscribe(q) {
		p.subMu.Lock()
		defer p.subMu.Unlock()
		if r, refused := p.refuseSubscribe(ctx); refused {
			return r
		}
	}
	return p.answer.Handle(ctx, commands.Request{
		Text: q, Platform: Platform, PostPlatform: store.PlatformLocal, Channel: channel, User: channel, CanManage: true,
		Conversation: channel,
	})
}

// handleReset starts a new session: a new channel, an empty history. The old session ends,
// and with it its channel's digests.
func (p *Playground) handleReset(w http.ResponseWriter, r *http.Request) {
	if !sameOrigin(r) {
		http.Error(w, "cross-site request refused", http.StatusForbidden)
		return
	}
	if c, err := r.Cookie(cookieName); err == nil && validChannel(c.Value) && strings.HasPrefix(c.Value, channelPrefix) {
		p.sessions.remove(c.Value)
		p.ended([]string{c.Value})
	}
	setChannelCookie(w, newChannel())
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// readForm reads a same-origin form post of at most maxForm bytes, or answers the request
// with why it was refused and returns false.
func readForm(w http.ResponseWriter, r *http.Request) bool {
	if !sameOrigin(r) {
		http.Error(w, "cross-site request refused", http.StatusForbidden)
		return false
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "could not read the form: "+err.Error(), http.StatusBadRequest)
		return false
	}
	return true
}

// sameOrigin refuses requests another site's page made the browser send: they would act in
// this browser's session. Browsers say where a request comes from in Sec-Fetch-Site or
// Origin; a request with neither (curl, a test) is not from a browser page.
func sameOrigin(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return false
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	return err == nil && u.Host == r.Host
}

func wantsJSON(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "application/json")
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(v)
}

// render executes a page template into a buffer first, so a failure is a clean 500 rather
// than half a page.
func (p *Playground) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var b strings.Builder
	if err := p.tmpl.ExecuteTemplate(&b, name, data); err != nil {
		p.serverError(w, r, err)
		return
	}
	setSecurityHeaders(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(b.String()))
}

func (p *Playground) serverError(w http.ResponseWriter, r *http.Request, err error) {
	p.logger.ErrorContext(r.Context(), "playground_failed", "path", r.URL.Path, "err", err)
	http.Error(w, "the playground failed to render this page; see the server log", http.StatusInternalServerError)
}
