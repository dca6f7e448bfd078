package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/open"
	"github.com/briefbot/briefbot/commands"
	"github.com/briefbot/briefbot/config"
)

// digests is the digest half of the app: the store, the scheduler and the /digest command.
type digests struct {
	store     store.Store
	scheduler *digest.Scheduler
}

// openDigests opens the subscription store, registers /digest on the dispatcher and builds the
// scheduler over the given posters (by platform).
func openDigests(ctx context.Context, cfg config.Config, logger *slog.Logger, d *commands.Dispatcher, posters map[string]bot.Poster, metrics *digest.Metrics) (*digests, error) {
	st, err := open.Open(ctx, cfg.DatabaseURL, logger, nil)
	if err != nil {
		return nil, fmt.Errorf("open digest store: %w", err)
	}
	sched := digest.New(logger, st, d, posters, digest.RealClock{}, metrics, digest.Options{Grace: cfg.DigestGrace, Lease: cfg.DigestLease})
	d.Register(digest.NewCommands(st, d, sched.Changed, cfg.Location, digest.RealClock{}).
		CheckPosting(logger, posters, digest.DefaultPostCheckTimeout).Command())
	return &digests{store: st, scheduler: sched}, nil
}

func (g *digests) Close() error { return g.store.Close() }

// consolePoster shows a local channel's digest editions in the terminal chat.
type consolePoster struct {
	mu  sync.Mutex
	out io.Writer
}

func (p *consolePoster) Post(ctx context.Context, channel string, r commands.Reply) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, err := fmt.Fprintf(p.out, "\n[digest for #%s]\n%s\n", channel, commands.RenderText(r))
	return err
}

func (p *consolePoster) DirectMessage(ctx context.Context, user string, r commands.Reply) error {
	return p.Post(ctx, "dm-"+user, r)
}

const digestUsage = "briefbot digest preview [--filter NAMES] | list [--channel C] | pause|resume|unsubscribe (ID… | --channel C)"

func runDigest(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "Usage:", digestUsage)
		return usagef("digest needs a subcommand")
	}
	switch args[0] {
	case "preview":
		fs := newFlagSet("digest preview", `briefbot digest preview [--filter NAMES]

Prints the next edition a channel subscribed to NAMES (countries, people, topics; all facts
when empty) would get first.`, stderr)
		filter := fs.String("filter", "", "what the digest is about, e.g. \"japan korea\" or \"history\"")
		if err := parseFlagsHelp(fs, args[1:], stdout); err != nil {
			return helpOK(err)
		}
		d, err := loadDispatcher()
		if err != nil {
			return err
		}
		f, err := d.ResolveFilter(*filter)
		if err != nil {
			return usagef("%v", err)
		}
		ed := d.DigestEdition(f, nil, store.DefaultPerEdition, commands.EditionOptions{Slot: time.Now(), Zone: time.Local})
		fmt.Fprint(stdout, commands.RenderText(ed.Reply))
		return nil
	case "list":
		return digestList(ctx, args[1:], getenv, stdout, stderr)
	case "pause", "resume", "unsubscribe":
		return digestChange(ctx, args[0], args[1:], getenv, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(stdout, "Usage:", digestUsage)
		return nil
	}
	fmt.Fprintln(stderr, "Usage:", digestUsage)
	return usagef("unknown digest subcommand %q%s", args[0], didYouMean(args[0], digestSubcommands))
}

// digestSubcommands are runDigest's subcommands, for did-you-mean.
var digestSubcommands = []string{"preview", "list", "pause", "resume", "unsubscribe"}

// placeFlags are the flags that select subscriptions by where they post.
type placeFlags struct{ platform, workspace, channel *string }

func addPlaceFlags(fs *flag.FlagSet) placeFlags {
	return placeFlags{
		platform:  fs.String("platform", "", "only subscriptions on this platform: slack, discord or local"),
		workspace: fs.String("workspace", "", "only subscriptions in this Slack team or Discord guild"),
		channel:   fs.String("channel", "", "only subscriptions in this channel (id)"),
	}
}

func (p placeFlags) filter() store.SubscriptionFilter {
	return store.SubscriptionFilter{Platform: *p.platform, Workspace: *p.workspace, Channel: *p.channel}
}

func (p placeFlags) set() bool { return *p.platform != "" || *p.workspace != "" || *p.channel != "" }

// openDigestStore opens the store BRIEFBOT_DATABASE_URL names and says which it is on stderr.
// Commands that only read do not create a SQLite file that is not there.
func openDigestStore(ctx context.Context, getenv func(string) string, readOnly bool, stderr io.Writer) (store.Store, error) {
	cfg, err := config.Load(getenv)
	if err != nil {
		return nil, err
	}
	fmt.Fprintln(stderr, "database:", open.Describe(cfg.DatabaseURL))
	openFn := open.Open
	if readOnly {
		openFn = open.OpenExisting
	}
	st, err := openFn(ctx, cfg.DatabaseURL, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("open digest store: %w", err)
	}
	return st, nil
}

func digestList(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlagSet("digest list", `briefbot digest list [--platform P] [--workspace W] [--channel C]

Lists the subscriptions in the store BRIEFBOT_DATABASE_URL names, with their state; the
database read is named on stderr. It never creates a database.`, stderr)
	where := addPlaceFlags(fs)
	if err := parseFlagsHelp(fs, args, stdout); err != nil {
		return helpOK(err)
	}
	st, err := openDigestStore(ctx, getenv, true, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	subs, err := st.ListSubscriptions(ctx, where.filter())
	if err != nil {
		return fmt.Errorf("list subscriptions: %w", err)
	}
	for _, s := range subs {
		printSubscription(stdout, s)
	}
	fmt.Fprintf(stdout, "%d subscriptions\n", len(subs))
	return nil
}

func printSubscription(w io.Writer, s store.Subscription) {
	state := "running"
	if s.Paused {
		state = "paused: " + s.PausedReason
	}
	about := strings.Join(append(append([]string{}, s.Filter.Entities...), s.Filter.Topics...), ",")
	if about == "" {
		about = "everything"
	}
	schedule := strings.TrimPrefix(s.Schedule, "CRON_TZ=")
	if sched, err := digest.ParseSpec(s.Schedule); err == nil {
		schedule = sched.Reading()
	}
	fmt.Fprintf(w, "#%-5d %-8s %-12s %-14s %-40s about %-20s %s\n", s.ID, s.Platform, s.Workspace, s.Channel,
		schedule, about, state)
}

// digestChange pauses, resumes or unsubscribes the subscriptions named by id or by place, so
// an operator can stop any digest, including one whose channel no longer exists.
func digestChange(ctx context.Context, action string, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlagSet("digest "+action, "briefbot digest "+action+` (ID… | [--platform P] [--workspace W] --channel C)

`+strings.ToUpper(action[:1])+action[1:]+`s the subscriptions with the given ids, or every subscription in a channel.`, stderr)
	where := addPlaceFlags(fs)
	reason := fs.String("reason", "paused by an operator", "why (pause only); the channel's /digest list shows it")
	positional, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return helpOK(err)
	}
	if len(positional) == 0 && !where.set() {
		return usagef("digest %s needs subscription ids or --channel (see briefbot digest list)", action)
	}
	var ids []int64
	for _, a := range positional {
		id, err := strconv.ParseInt(strings.TrimPrefix(a, "#"), 10, 64)
		if err != nil || id <= 0 {
			return usagef("%q is not a subscription id", a)
		}
		ids = append(ids, id)
	}
	st, err := openDigestStore(ctx, getenv, true, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	if where.set() {
		subs, err := st.ListSubscriptions(ctx, where.filter())
		if err != nil {
			return fmt.Errorf("list subscriptions: %w", err)
		}
		for _, s := range subs {
			ids = append(ids, s.ID)
		}
		if len(subs) == 0 {
			fmt.Fprintln(stderr, "no subscription matches")
		}
	}
	var failed error
	for _, id := range ids {
		var err error
		switch action {
		case "pause":
			_, err = st.Pause(ctx, id, *reason)
		case "resume":
			_, err = st.Resume(ctx, id)
		case "unsubscribe":
			err = st.DeleteSubscription(ctx, id)
		}
		if err != nil {
			failed = errors.Join(failed, fmt.Errorf("%s #%d: %w", action, id, err))
			continue
		}
		fmt.Fprintf(stdout, "#%d %s\n", id, map[string]string{"pause": "paused", "resume": "resumed", "unsubscribe": "unsubscribed"}[action])
	}
	return failed
}
