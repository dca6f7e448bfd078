package digest

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

// Resolver is what the /digest command needs of the command layer beyond editions.
type Resolver interface {
	Editions
	ResolveFilter(text string) (commands.DigestFilter, error)
}

// Commands serves /digest: subscribe, list, pause, resume, unsubscribe, preview.
type Commands struct {
	store       store.Store
	res         Resolver
	changed     func() // tells the local scheduler to reload; may be nil
	defaultZone *time.Location
	clock       Clock
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

// Usage is the /digest usage line.
const Usage = "/digest subscribe SCHEDULE [ZONE] [about NAMES] · /digest list · /digest pause ID · /digest resume ID · /digest unsubscribe ID · /digest preview [about NAMES]"

// Command is the entry for the dispatcher's command surface.
func (c *Commands) Command() commands.Command {
	return commands.Command{
		Name:    "digest",
		Usage:   "/digest subscribe|list|pause|resume|unsubscribe|preview …",
		Summary: "Scheduled digests for this channel (managing them needs channel-manager rights).",
		Example: "/digest subscribe weekdays 09:00 Asia/Seoul about japan korea",
		Handler: c.handle,
	}
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
	case "subscribe", "pause", "resume", "unsubscribe":
		if !req.CanManage {
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
	if len(rest) != 1 {
		return commands.Reply{}, usageError(fmt.Sprintf("/digest %s needs one subscription id (see /digest list).", sub))
	}
	id, err := strconv.ParseInt(strings.TrimPrefix(rest[0], "#"), 10, 64)
	if err != nil || id <= 0 {
		return commands.Reply{}, usageError(fmt.Sprintf("%q is not a subscription id (see /digest list).", rest[0]))
	}
	if _, err := c.owned(ctx, req, id); err != nil {
		return commands.Reply{}, err
	}
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

// place maps a request to the subscription's platform, workspace and channel.
func place(req commands.Request) (platform, workspace, channel string) {
	switch req.Platform {
	case store.PlatformSlack, store.PlatformDiscord:
		return req.Platform, req.Workspace, req.Channel
	}
	ch := req.Channel
	if ch == "" {
		ch = "local"
	}
	return store.PlatformLocal, req.Workspace, ch
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
	if err := c.checkRoom(ctx, platform, workspace, channel); err != nil {
		return commands.Reply{}, err
	}
	created, err := c.store.CreateSubscription(ctx, store.Subscription{
		Platform: platform, Workspace: workspace, Channel: channel,
		Schedule: sched.Spec, TimeZone: sched.Zone.String(),
		Filter:    store.Filter{Entities: filter.Entities, Topics: filter.Topics},
		CreatedBy: req.User,
	})
	if err != nil {
		return commands.Reply{}, storeError(err)
	}
	c.notify()
	var next []string
	for _, t := range sched.NextN(c.clock.Now(), 3) {
		next = append(next, t.Format("Mon 2 Jan 2006 15:04 MST"))
	}
	return commands.Reply{
		Found:    true,
		Title:    fmt.Sprintf("Subscribed: digest %d on %s", created.ID, c.res.Describe(filter)),
		Lead:     fmt.Sprintf("Schedule %s (%s), %d facts an edition.", sched.Fields(), sched.Zone, created.PerEdition),
		Sections: []commands.Section{{Heading: "Next editions", Text: strings.Join(next, "\n")}},
		Notes:    []string{fmt.Sprintf("/digest pause %d, /digest resume %d and /digest unsubscribe %d manage it.", created.ID, created.ID, created.ID)},
	}, nil
}

// MaxPerChannel is how many digests, active or paused, one channel may have. A channel
// with more is being flooded rather than briefed, and in the playground every visitor gets
// a channel of their own, so without a bound one visitor could fill the schedule.
const MaxPerChannel = 10

// checkRoom refuses a subscription that would take the channel past MaxPerChannel. Two
// managers subscribing at the same instant may pass it together, leaving one over: the bound
// is against floods, not an exact quota, so it is not worth a transaction.
func (c *Commands) checkRoom(ctx context.Context, platform, workspace, channel string) error {
	subs, err := c.store.ListSubscriptions(ctx, store.SubscriptionFilter{Platform: platform, Workspace: workspace, Channel: channel})
	if err != nil {
		return storeError(err)
	}
	if len(subs) >= MaxPerChannel {
		return &commands.Error{Code: commands.CodeInvalid, Message: fmt.Sprintf(
			"This channel already has %d digests, the most one channel may have. "+
				"Unsubscribe one first: /digest list shows their ids, /digest unsubscribe ID removes one.", len(subs))}
	}
	return nil
}

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
		f := commands.DigestFilter{Entities: sub.Filter.Entities, Topics: sub.Filter.Topics}
		status := "running"
		if sched, err := ParseSpec(sub.Schedule); err == nil {
			status += ", next " + sched.Next(c.clock.Now()).In(sched.Zone).Format("Mon 2 Jan 15:04 MST")
		}
		if sub.Paused {
			status = "PAUSED — " + sub.PausedReason
		}
		text := fmt.Sprintf("%s (%s) on %s, %d facts an edition — %s", fieldsOf(sub.Schedule), sub.TimeZone, c.res.Describe(f), sub.PerEdition, status)
		sec.Bullets = append(sec.Bullets, commands.Bullet{Label: "#" + strconv.FormatInt(sub.ID, 10), Text: text})
	}
	r.Sections = []commands.Section{sec}
	return r, nil
}

func fieldsOf(spec string) string {
	if s, err := ParseSpec(spec); err == nil {
		return s.Fields()
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
