package digest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// Resolver is what the /digest command needs of the command layer beyond editions.
type Resolver interface {
	Editions
	ResolveFilter(text string) (briefs.Filter, error)
}

// Commands serves /digest: subscribe, edit, send, list, pause, resume, unsubscribe, preview.
type Commands struct {
	store       store.Store
	res         Resolver
	changed     func() // tells the local scheduler to reload; may be nil
	defaultZone *time.Location
	clock       Clock
	// posters, by platform, are asked before a subscription whether the bot can post in
	// its channel (bot.PostChecker), for at most checkTimeout.
	posters      map[string]bot.Poster
	checkTimeout time.Duration
	logger       *slog.Logger
}

// NewCommands makes the /digest command. changed is called after every change so the
// scheduler in this process sees it at once (other replicas see it at their next poll).
func NewCommands(st store.Store, res Resolver, changed func(), defaultZone *time.Location, clock Clock) *Commands {
	if defaultZone == nil {
		defaultZone = time.UTC
	}
	if clock == nil {
		clock = RealClock{}
	}
	return &Commands{store: st, res: res, changed: changed, defaultZone: defaultZone, clock: clock}
}

// DefaultPostCheckTimeout bounds asking the platform whether the bot can post in a channel
// before subscribing it. The answer to a slash command is due within 3 s on both platforms.
const DefaultPostCheckTimeout = 2 * time.Second

// postCheckReserve is left of the request's own deadline, after the check, to write the
// subscription and answer.
const postCheckReserve = 500 * time.Millisecond

// CheckPosting makes /digest subscribe ask the channel's platform first (through its poster,
// when it is a bot.PostChecker) whether the bot can post there, and refuse a channel it cannot
// post in. A check that takes longer than timeout (DefaultPostCheckTimeout when zero) is given
// up: the subscription is made, with a note saying the check could not be made, and the
// reason logged (a nil logger discards).
func (c *Commands) CheckPosting(logger *slog.Logger, posters map[string]bot.Poster, timeout time.Duration) *Commands {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if timeout <= 0 {
		timeout = DefaultPostCheckTimeout
	}
	c.logger, c.posters, c.checkTimeout = logger, posters, timeout
	return c
}

// Usage is the /digest usage line.
const Usage = "/digest subscribe SCHEDULE [ZONE] [about NAMES] · /digest edit ID [SCHEDULE] [ZONE] [about NAMES] · /digest send ID · /digest list · /digest pause ID · /digest resume ID · /digest unsubscribe ID · /digest preview [about NAMES]"

// Spec describes /digest for the command surface, without a handler: what the platforms
// derive their shape of the command from (Discord's options, Slack's manifest) before the
// subscription store is open.
func Spec() commands.Command {
	return commands.Command{
		Name:         "digest",
		Usage:        "/digest subscribe|edit|send|list|pause|resume|unsubscribe|preview …",
		Summary:      "Scheduled digests for this channel (managing them needs channel-manager rights).",
		Example:      "/digest subscribe weekdays 09:00 Asia/Seoul about japan korea",
		ManagersOnly: true,
		Args: []commands.Arg{{Name: "action", MaxLen: 500,
			Description: "subscribe weekdays 09:00 Asia/Seoul about japan korea · list · pause ID · resume ID · preview",
			Kinds:       []string{commands.TargetEntity, commands.TargetTopic}, After: "about"}},
	}
}

// Command is the entry for the dispatcher's command surface: Spec, answered by c.
func (c *Commands) Command() commands.Command {
	cmd := Spec()
	cmd.Handler = c.handle
	return cmd
}

func (c *Commands) handle(ctx context.Context, req commands.Request, args string) (commands.Reply, error) {
	words := strings.Fields(args)
	if len(words) == 0 {
		return commands.Reply{}, usageError("Which digest action?")
	}
	sub, rest := strings.ToLower(words[0]), words[1:]
	switch sub {
	case "list":
		return c.list(ctx, req)
	case "preview":
		return c.preview(rest)
	case "subscribe", "edit", "send", "pause", "resume", "unsubscribe":
		if !req.MayManage(ctx) {
			return commands.Reply{}, &commands.Error{Code: commands.CodeForbidden,
				Message: "Only channel managers can " + sub + " digests here.",
				Usage:   "On Slack: workspace admins and owners, or users listed in BRIEFBOT_DIGEST_ADMINS. On Discord: members with Manage Channels. Anyone may /digest list and /digest preview."}
		}
	default:
		return commands.Reply{}, usageError(fmt.Sprintf("I don't know /digest %s.", sub))
	}
	if sub == "subscribe" {
		return c.subscribe(ctx, req, rest)
	}
	if sub == "edit" && len(rest) > 0 {
		owned, err := c.ownedArg(ctx, req, rest[0])
		if err != nil {
			return commands.Reply{}, err
		}
		return c.edit(ctx, owned, rest[1:])
	}
	if len(rest) != 1 {
		return commands.Reply{}, usageError(fmt.Sprintf("/digest %s needs one subscription id (see /digest list).", sub))
	}
	owned, err := c.ownedArg(ctx, req, rest[0])
	if err != nil {
		return commands.Reply{}, err
	}
	if sub == "send" {
		return c.send(ctx, owned)
	}
	id := owned.ID
	var msg string
	switch sub {
	case "pause":
		_, err = c.store.Pause(ctx, id, "paused by "+who(req))
		msg = fmt.Sprintf("Digest %d is paused. /digest resume %d restarts it.", id, id)
	case "resume":
		_, err = c.store.Resume(ctx, id)
		msg = fmt.Sprintf("Digest %d is running again; slots missed while paused are not sent.", id)
	case "unsubscribe":
		err = c.store.DeleteSubscription(ctx, id)
		msg = fmt.Sprintf("Digest %d is gone.", id)
	}
	if err != nil {
		return commands.Reply{}, storeError(err)
	}
	c.notify()
	return commands.Reply{Found: true, Title: msg, Ephemeral: true}, nil
}

func usageError(msg string) error {
	return &commands.Error{Code: commands.CodeInvalid, Message: msg, Usage: Usage + "\nSCHEDULE: " + ScheduleExample}
}

func (c *Commands) notify() {
	if c.changed != nil {
		c.changed()
	}
}

func who(req commands.Request) string {
	if req.User == "" {
		return "a channel manager"
	}
	return req.User
}

// place is where a request's subscriptions live: the platform its channel is posted to
// through, the workspace and the channel.
func place(req commands.Request) (platform, workspace, channel string) {
	return req.PostsThrough(), req.Workspace, req.Channel
}

// ownedArg reads a subscription id argument and fetches that subscription of this channel.
func (c *Commands) ownedArg(ctx context.Context, req commands.Request, arg string) (store.Subscription, error) {
	id, err := strconv.ParseInt(strings.TrimPrefix(arg, "#"), 10, 64)
	if err != nil || id <= 0 {
		return store.Subscription{}, usageError(fmt.Sprintf("%q is not a subscription id (see /digest list).", arg))
	}
	return c.owned(ctx, req, id)
}

// owned fetches a subscription of this channel; another channel's is "not found" here.
func (c *Commands) owned(ctx context.Context, req commands.Request, id int64) (store.Subscription, error) {
	sub, err := c.store.GetSubscription(ctx, id)
	platform, workspace, channel := place(req)
	if errors.Is(err, store.ErrNotFound) || (err == nil && (sub.Platform != platform || sub.Workspace != workspace || sub.Channel != channel)) {
		return store.Subscription{}, &commands.Error{Code: commands.CodeNotFound,
			Message: fmt.Sprintf("This channel has no digest %d.", id), Usage: "/digest list shows this channel's digests."}
	}
	if err != nil {
		return store.Subscription{}, storeError(err)
	}
	return sub, nil
}

func storeError(err error) error {
	switch {
	case errors.Is(err, store.ErrChannelFull):
		return &commands.Error{Code: commands.CodeInvalid, Message: fmt.Sprintf(
			"This channel already has %d digests, the most one channel may have. "+
				"Unsubscribe one first: /digest list shows their ids, /digest unsubscribe ID removes one.", store.MaxPerChannel)}
	case errors.Is(err, store.ErrInvalid):
		return &commands.Error{Code: commands.CodeInvalid, Message: err.Error(), Usage: Usage}
	case errors.Is(err, store.ErrNotFound):
		return &commands.Error{Code: commands.CodeNotFound, Message: "That digest no longer exists."}
	case errors.Is(err, store.ErrConflict):
		return &commands.Error{Code: commands.CodeInvalid, Message: "This channel already has a digest with that schedule and filter.", Usage: "/digest list shows it."}
	}
	return fmt.Errorf("digest store: %w", err)
}

// splitAbout cuts "… about NAMES" into the words before and the names after.
func splitAbout(words []string) ([]string, string) {
	for i, w := range words {
		if strings.EqualFold(w, "about") {
			return words[:i], strings.Join(words[i+1:], " ")
		}
	}
	return words, ""
}

func (c *Commands) subscribe(ctx context.Context, req commands.Request, words []string) (commands.Reply, error) {
	schedWords, about := splitAbout(words)
	sched, rest, err := ParseSchedule(schedWords, c.defaultZone)
	if err != nil {
		return commands.Reply{}, usageError(err.Error())
	}
	if len(rest) > 0 {
		return commands.Reply{}, usageError(fmt.Sprintf("I don't understand %q after the schedule; put the names after \"about\".", strings.Join(rest, " ")))
	}
	filter, err := c.res.ResolveFilter(about)
	if err != nil {
		return commands.Reply{}, err
	}
	platform, workspace, channel := place(req)
	unchecked, err := c.checkPosting(ctx, platform, channel)
	if err != nil {
		return commands.Reply{}, err
	}
	created, err := c.store.CreateSubscription(ctx, store.Subscription{
		Platform: platform, Workspace: workspace, Channel: channel,
		Schedule: sched.Spec, TimeZone: sched.Zone.String(),
		Filter:    filter,
		CreatedBy: req.User,
	})
	if err != nil {
		return commands.Reply{}, storeError(err)
	}
	c.notify()
	r := c.scheduleReply(fmt.Sprintf("Subscribed: digest %d on %s", created.ID, c.res.Describe(filter)), sched, created.PerEdition)
	r.Notes = []string{fmt.Sprintf("/digest edit %d changes it, /digest send %d posts the next edition now as a test; /digest pause %d, /digest resume %d and /digest unsubscribe %d manage it.",
		created.ID, created.ID, created.ID, created.ID, created.ID)}
	if unchecked != "" {
		r.Notes = append(r.Notes, fmt.Sprintf("I could not check that I can post in this channel (%s). If the first edition does not come, "+
			"make sure I am a member of the channel and may post there; /digest send %d posts a test edition now.", unchecked, created.ID))
	}
	return r, nil
}

// checkPosting asks the platform whether the bot can post in channel. It returns an error to
// answer with when the bot cannot; why the check was not made when the platform could not
// tell in time (the subscription goes ahead, with a note); neither when all is well or there
// is nothing to ask.
func (c *Commands) checkPosting(ctx context.Context, platform, channel string) (string, error) {
	checker, ok := c.posters[platform].(bot.PostChecker)
	if !ok {
		return "", nil
	}
	timeout := c.checkTimeout
	if dl, ok := ctx.Deadline(); ok {
		timeout = min(timeout, time.Until(dl)-postCheckReserve)
	}
	if timeout <= 0 {
		return "no time left to ask", nil
	}
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// The check runs aside, so that a client that does not honour the context (an SDK
	// sleeping out a rate limit) cannot hold the answer past the bound.
	done := make(chan error, 1)
	go func() { done <- checker.CanPost(cctx, channel) }()
	var err error
	select {
	case err = <-done:
	case <-cctx.Done():
		err = cctx.Err()
	}
	if err == nil {
		return "", nil
	}
	if cp, ok := errors.AsType[*bot.CannotPostError](err); ok {
		return "", &commands.Error{Code: commands.CodeInvalid, Message: cp.Reason}
	}
	if errors.Is(err, bot.ErrPermanent) {
		return "", &commands.Error{Code: commands.CodeInvalid,
			Message: "I can't post in this channel, so a digest here would never arrive. Make sure I am a member of the channel and may post there, then subscribe again."}
	}
	c.logger.WarnContext(ctx, "digest_post_check_failed", "platform", platform, "channel_id", channel, "err", err)
	if errors.Is(err, context.DeadlineExceeded) {
		return "the platform did not answer in time", nil
	}
	return "the platform answered with an error", nil
}

// scheduleReply echoes how a schedule was read and its next three runs.
func (c *Commands) scheduleReply(title string, sched Schedule, perEdition int) commands.Reply {
	var next []string
	for _, t := range sched.NextN(c.clock.Now(), 3) {
		next = append(next, t.Format("Mon 2 Jan 2006 15:04 MST"))
	}
	return commands.Reply{
		Found:    true,
		Title:    title,
		Lead:     fmt.Sprintf("Schedule: %s (cron %s), %d facts an edition.", sched.Reading(), sched.Fields(), perEdition),
		Sections: []commands.Section{{Heading: "Next editions", Text: strings.Join(next, "\n")}},
	}
}

// edit changes a digest's schedule, zone or filter: `/digest edit 3 weekdays at 9am`,
// `/digest edit 3 Asia/Tokyo`, `/digest edit 3 about japan`, or several at once. A schedule
// without a zone keeps the digest's zone; a zone alone keeps the schedule's times.
func (c *Commands) edit(ctx context.Context, sub store.Subscription, words []string) (commands.Reply, error) {
	schedWords, about := splitAbout(words)
	hasAbout := len(schedWords) < len(words)
	if len(schedWords) == 0 && !hasAbout {
		return commands.Reply{}, usageError(fmt.Sprintf("What should change? e.g. /digest edit %d weekdays at 9am, /digest edit %d Asia/Tokyo, /digest edit %d about japan", sub.ID, sub.ID, sub.ID))
	}
	sched, err := ParseSpec(sub.Schedule)
	if err != nil {
		return commands.Reply{}, fmt.Errorf("stored schedule of digest %d: %w", sub.ID, err)
	}
	switch {
	case len(schedWords) == 1 && looksLikeZone(schedWords[0]):
		// Only the zone: the same times on another clock.
		schedWords = append(strings.Fields(sched.Fields()), schedWords[0])
		fallthrough
	case len(schedWords) > 0:
		var rest []string
		sched, rest, err = ParseSchedule(schedWords, sched.Zone)
		if err != nil {
			return commands.Reply{}, usageError(err.Error())
		}
		if len(rest) > 0 {
			return commands.Reply{}, usageError(fmt.Sprintf("I don't understand %q after the schedule; put the names after \"about\".", strings.Join(rest, " ")))
		}
	}
	filter := sub.Filter
	if hasAbout {
		f, err := c.res.ResolveFilter(about)
		if err != nil {
			return commands.Reply{}, err
		}
		filter = f
	}
	updated, err := c.store.UpdateSubscription(ctx, sub.ID, sched.Spec, sched.Zone.String(), filter)
	if err != nil {
		return commands.Reply{}, storeError(err)
	}
	c.notify()
	f := updated.Filter
	r := c.scheduleReply(fmt.Sprintf("Digest %d changed: on %s", updated.ID, c.res.Describe(f)), sched, updated.PerEdition)
	r.Ephemeral = true
	return r, nil
}

// send posts the digest's next edition now, as a test: the reply is the edition itself, in
// the channel. It is not a slot: the ledger and the cursor do not change, so the scheduled
// edition still comes, once, with the same facts.
func (c *Commands) send(ctx context.Context, sub store.Subscription) (commands.Reply, error) {
	sched, err := ParseSpec(sub.Schedule)
	if err != nil {
		return commands.Reply{}, fmt.Errorf("stored schedule of digest %d: %w", sub.ID, err)
	}
	sent, err := c.store.SentFacts(ctx, sub.ID)
	if err != nil {
		return commands.Reply{}, storeError(err)
	}
	next := sched.Next(c.clock.Now())
	slot := next
	if slot.IsZero() {
		slot = c.clock.Now()
	}
	f := sub.Filter
	ed := c.res.DigestEdition(f, func(id string) bool { return sent[id] }, sub.PerEdition,
		commands.EditionOptions{Slot: slot, Zone: sched.Zone, Since: sub.LastSlot, ID: strconv.FormatInt(sub.ID, 10)})
	r := ed.Reply
	r.Found = true
	r.Ephemeral = false
	note := fmt.Sprintf("Test edition of digest %d, sent by hand.", sub.ID)
	if !next.IsZero() {
		note += " The scheduled edition still comes " + next.In(sched.Zone).Format("Mon 2 Jan 15:04 MST") + "."
	}
	r.Notes = append([]string{note}, r.Notes...)
	return r, nil
}

// MaxPerChannel is how many digests, active or paused, one channel may have. A channel
// with more is being flooded rather than briefed, and in the playground every visitor gets
// a channel of their own, so without a bound one visitor could fill the schedule. The store
// enforces it inside the transaction that creates a subscription.
const MaxPerChannel = store.MaxPerChannel

func (c *Commands) list(ctx context.Context, req commands.Request) (commands.Reply, error) {
	platform, workspace, channel := place(req)
	subs, err := c.store.ListSubscriptions(ctx, store.SubscriptionFilter{Platform: platform, Workspace: workspace, Channel: channel})
	if err != nil {
		return commands.Reply{}, storeError(err)
	}
	r := commands.Reply{Found: true, Title: "Digests in this channel", Ephemeral: true}
	if len(subs) == 0 {
		r.Lead = "None yet. " + "A channel manager can start one: /digest subscribe daily 08:00 about japan korea"
		return r, nil
	}
	sec := commands.Section{}
	for _, sub := range subs {
		f := sub.Filter
		status := "running"
		if sched, err := ParseSpec(sub.Schedule); err == nil {
			status += ", next " + sched.Next(c.clock.Now()).In(sched.Zone).Format("Mon 2 Jan 15:04 MST")
		}
		if sub.Paused {
			status = "PAUSED — " + sub.PausedReason
		}
		text := fmt.Sprintf("%s on %s, %d facts an edition — %s", readingOf(sub.Schedule), c.res.Describe(f), sub.PerEdition, status)
		sec.Bullets = append(sec.Bullets, commands.Bullet{Label: "#" + strconv.FormatInt(sub.ID, 10), Text: text})
	}
	r.Sections = []commands.Section{sec}
	return r, nil
}

func readingOf(spec string) string {
	if s, err := ParseSpec(spec); err == nil {
		return s.Reading()
	}
	return spec
}

func (c *Commands) preview(words []string) (commands.Reply, error) {
	before, about := splitAbout(words)
	if len(before) > 0 {
		about = strings.TrimSpace(strings.Join(before, " ") + " " + about)
	}
	filter, err := c.res.ResolveFilter(about)
	if err != nil {
		return commands.Reply{}, err
	}
	ed := c.res.DigestEdition(filter, nil, store.DefaultPerEdition, commands.EditionOptions{Slot: c.clock.Now(), Zone: c.defaultZone})
	r := ed.Reply
	r.Title = "Preview — " + r.Title
	r.Ephemeral = true
	r.Found = true
	return r, nil
}
