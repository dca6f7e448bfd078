package commands

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/briefbot/briefbot/briefs"
)

// Request is one thing a user said to the bot, from any platform.
type Request struct {
	// Text is a slash command ("/relations japan korea") or a free question.
	Text string
	// Platform names the surface ("slack", "discord", "console", "cli"), for logs and metrics.
	Platform string
	// Workspace, Channel and User identify where and who, where the platform has them.
	Workspace string
	Channel   string
	User      string
	// PostPlatform is the platform id (the store's, and its poster's) that posts reach Channel
	// through, where it is not Platform: the playground and the terminal post on "local".
	PostPlatform string
	// CanManage is set by the adapter when it knows for free that the user may manage the
	// channel's digests (Discord's member permissions, a local session). CheckManage, when
	// set, finds out for this request at a cost (Slack's users.info): only a command that
	// needs the answer asks, through MayManage. It is handed the request, so an adapter sets
	// one function for all.
	CanManage   bool
	CheckManage func(ctx context.Context, req Request) bool
	// Conversation, when set, names the conversation the message belongs to within its
	// workspace (a direct-message channel, a thread, a terminal or playground session): its
	// last answer is remembered, so a follow-up ("and China?", "why?", "more") is read against
	// it. Empty for one-shot requests (slash commands in channels).
	Conversation string
	// Previous is the conversation's last answer, filled in by the runtime from the store
	// that every replica shares; nil when there is none (or it has expired).
	Previous *Turn
}

// Handler answers one command. args is the text after the command name.
type Handler func(ctx context.Context, req Request, args string) (Reply, error)

// MayManage reports whether the user may manage the channel's digests; nobody may unless the
// adapter says so.
func (r Request) MayManage(ctx context.Context) bool {
	return r.CanManage || r.CheckManage != nil && r.CheckManage(ctx, r)
}

// PostsThrough is the platform id a post to the request's channel goes through.
func (r Request) PostsThrough() string {
	if r.PostPlatform != "" {
		return r.PostPlatform
	}
	return r.Platform
}

// Dispatcher parses requests and runs the command they name. It is safe for concurrent use
// once built; Register is for wiring time only.
type Dispatcher struct {
	logger   *slog.Logger
	store    *briefs.Store
	resolver *Resolver
	cmds     []Command
	byName   map[string]int    // command name → index in cmds
	sources  map[string]string // source id → the line that names it and its date
	// citations holds each fact's citation, built once.
	citations map[*briefs.Fact]citation
	// world knows the names the store does not cover, for honest refusals; nil only if the
	// embedded world list failed to load (logged).
	world *briefs.World
}

// NewDispatcher builds the command surface over a fact store. A nil logger discards.
func NewDispatcher(logger *slog.Logger, store *briefs.Store) *Dispatcher {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	d := &Dispatcher{
		logger:    logger,
		store:     store,
		resolver:  NewResolver(store),
		byName:    map[string]int{},
		sources:   map[string]string{},
		citations: citations(store),
	}
	for _, src := range store.Sources() {
		d.sources[src.ID] = sourceLine(src)
	}
	if w, err := briefs.NewWorld(store); err != nil {
		logger.Error("world_load_failed", "err", err)
	} else {
		d.world = w
	}
	for _, b := range builtins() {
		c, answer := b.Command, b.answer
		c.Handler = func(ctx context.Context, req Request, args string) (Reply, error) {
			return answer(d, ctx, req, args)
		}
		d.Register(c)
	}
	return d
}

// Register adds a command (the digest commands are registered by the runtime that owns the
// scheduler). A later registration of the same name replaces the earlier one.
func (d *Dispatcher) Register(c Command) {
	if i, ok := d.byName[c.Name]; ok {
		d.cmds[i] = c
		return
	}
	d.byName[c.Name] = len(d.cmds)
	d.cmds = append(d.cmds, c)
}

// Commands lists the command surface in order.
func (d *Dispatcher) Commands() []Command { return slices.Clone(d.cmds) }

// Resolver returns the name resolver, for adapters that offer completion.
func (d *Dispatcher) Resolver() *Resolver { return d.resolver }

// Store returns the fact store the dispatcher answers from.
func (d *Dispatcher) Store() *briefs.Store { return d.store }

// Handle answers a request. It never fails: errors become replies that say what went wrong,
// and only internal errors are logged as errors.
func (d *Dispatcher) Handle(ctx context.Context, req Request) Reply {
	if req.Previous != nil {
		if r, ok := d.followUp(ctx, req); ok {
			return r
		}
	}
	return d.handle(ctx, req)
}

// handle answers a request on its own, and says what a conversation should remember of it.
func (d *Dispatcher) handle(ctx context.Context, req Request) Reply {
	p := Parse(req.Text)
	name := commandName(p)
	i, ok := d.byName[name]
	if !ok {
		r := d.errorReply(name, &Error{
			Code:    CodeInvalid,
			Message: fmt.Sprintf("I don't know the command /%s.", name),
			Usage:   "Try /help for the list of commands.",
		})
		if c, ok := d.closestCommand(name); ok {
			r.Title = fmt.Sprintf("I don't know the command /%s. Did you mean /%s?", name, c)
			retry := strings.TrimSpace("/" + c + " " + p.Args)
			r.Suggestions = append([]Suggestion{{Label: "/" + c, Command: retry}}, r.Suggestions...)
		}
		return r
	}
	reply, err := d.cmds[i].Handler(ctx, req, p.Args)
	if err != nil {
		if ErrorCode(err) == CodeInternal {
			d.logger.ErrorContext(ctx, "command_failed", "command", name, "platform", req.Platform, "err", err)
		}
		return d.errorReply(name, err)
	}
	reply.Command = name
	d.fillTurn(req, p, &reply)
	return reply
}

// fillTurn completes what a conversation remembers of an answer: handlers that know their
// actors set Turn; any other answer is remembered by its text, with the actors it names.
func (d *Dispatcher) fillTurn(req Request, p Parsed, r *Reply) {
	if !r.Found {
		r.Turn = nil // a refusal leaves the conversation where it was
		return
	}
	if r.Turn == nil {
		r.Turn = &Turn{Command: strings.TrimSpace(req.Text), Name: r.Command}
		if r.Command == "ask" {
			r.Turn.Actors = d.store.NamedActors(p.Args)
		}
	}
	r.Turn.Facts = r.Turn.Facts[:0]
	for _, f := range r.Facts() {
		r.Turn.Facts = append(r.Turn.Facts, f.ID)
	}
	for _, s := range r.Suggestions {
		if strings.HasPrefix(s.Label, nextPageLabel) {
			r.Turn.Next = s.Command
		}
	}
}

// closestCommand is the registered command a mistyped name most likely meant ("relatoins" is
// "relations"): within two edits, or one for names of four letters or fewer.
func (d *Dispatcher) closestCommand(name string) (string, bool) {
	best, bestDist := "", 3
	if len(name) <= 4 {
		bestDist = 2
	}
	for _, c := range d.cmds {
		if dist := levenshtein.ComputeDistance(name, c.Name); dist < bestDist {
			best, bestDist = c.Name, dist
		}
	}
	return best, best != ""
}

// commandName is the command a parsed request runs: a free question is /ask, a bare "help"
// or a question about the bot itself ("how do I use this bot?") is /help.
func commandName(p Parsed) string {
	switch {
	case p.Name != "":
		return p.Name
	case strings.EqualFold(p.Args, "help") || asksAboutBot(p.Args):
		return "help"
	}
	return "ask"
}

// asksAboutBot reports whether a free question asks how to use the bot, not about the
// article: no fact answers "what can you do?".
func asksAboutBot(q string) bool {
	if !slices.ContainsFunc(botCues, func(c string) bool { return containsFold(q, c) }) {
		return false // most questions, read without allocating
	}
	q = " " + strings.Trim(strings.ToLower(q), " ?!.") + " "
	return slices.ContainsFunc(botQuestions, func(b string) bool { return strings.Contains(q, b) })
}

// botCues are in every one of botQuestions.
var botCues = []string{"you", "bot", "command"}

// containsFold is strings.Contains ignoring ASCII case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// botQuestions are what people ask of a bot itself, padded to whole words.
var botQuestions = []string{" how do i use this bot ", " how do i use you ", " how do i use briefbot ", " how does this bot work ",
	" how does briefbot work ", " what can you do ", " what can this bot do ", " what can briefbot do ", " what commands ",
	" which commands ", " list commands ", " show commands ", " how to use this bot ", " how to use briefbot "}

// Cacheable reports whether the reply to req depends on its text alone (it runs a read-only
// command), so that the runtime may reuse a reply it already has.
func (d *Dispatcher) Cacheable(req Request) bool {
	i, ok := d.byName[commandName(Parse(req.Text))]
	return ok && d.cmds[i].ReadOnly
}

func (d *Dispatcher) errorReply(name string, err error) Reply {
	e, ok := errors.AsType[*Error](err)
	if !ok {
		e = &Error{Code: CodeInternal, Message: "Something went wrong on my side; please try again."}
	}
	r := Reply{Command: name, Code: e.Code, Title: e.Message, Ephemeral: true}
	if e.Usage != "" {
		r.Sections = []Section{{Text: e.Usage}}
	}
	r.Suggestions = []Suggestion{{Label: "Help", Command: "/help"}}
	return r
}

// sourceLine names a source and the date its facts are as of, for the foot of every brief.
func sourceLine(src *briefs.Source) string {
	return fmt.Sprintf("Source: %q, %s, %s. Facts as of %s. Analysis is the author's unless attributed.",
		src.Title, src.Author, src.Publisher, src.AsOf)
}
