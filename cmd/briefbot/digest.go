package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
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
	sched := digest.New(logger, st, d, posters, digest.RealClock{}, metrics, digest.Options{Grace: cfg.DigestGrace})
	d.Register(digest.NewCommands(st, d, sched.Changed, cfg.Location, digest.RealClock{}).Command())
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

func runDigest(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	const usage = "briefbot digest preview [--filter NAMES] | briefbot digest list"
	if len(args) == 0 {
		fmt.Fprintln(stderr, "Usage:", usage)
		return usagef("digest needs a subcommand")
	}
	switch args[0] {
	case "preview":
		fs := newFlagSet("digest preview", `briefbot digest preview [--filter NAMES]

Prints the next edition a channel subscribed to NAMES (countries, people, topics; all facts
when empty) would get first.`, stderr)
		filter := fs.String("filter", "", "what the digest is about, e.g. \"japan korea\" or \"history\"")
		if err := parseFlags(fs, args[1:]); err != nil {
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
		fs := newFlagSet("digest list", `briefbot digest list

Lists every subscription in the store BRIEFBOT_DATABASE_URL names, with its state.`, stderr)
		if err := parseFlags(fs, args[1:]); err != nil {
			return helpOK(err)
		}
		cfg, err := config.Load(getenv)
		if err != nil {
			return err
		}
		st, err := open.Open(ctx, cfg.DatabaseURL, nil, nil)
		if err != nil {
			return fmt.Errorf("open digest store: %w", err)
		}
		defer st.Close()
		subs, err := st.ListSubscriptions(ctx, store.SubscriptionFilter{})
		if err != nil {
			return fmt.Errorf("list subscriptions: %w", err)
		}
		for _, s := range subs {
			state := "running"
			if s.Paused {
				state = "paused: " + s.PausedReason
			}
			about := strings.Join(append(append([]string{}, s.Filter.Entities...), s.Filter.Topics...), ",")
			if about == "" {
				about = "everything"
			}
			fmt.Fprintf(stdout, "#%-5d %-8s %-12s %-14s %-34s about %-20s %s\n", s.ID, s.Platform, s.Workspace, s.Channel,
				strings.TrimPrefix(s.Schedule, "CRON_TZ="), about, state)
		}
		fmt.Fprintf(stdout, "%d subscriptions\n", len(subs))
		return nil
	case "-h", "--help":
		fmt.Fprintln(stdout, "Usage:", usage)
		return nil
	}
	fmt.Fprintln(stderr, "Usage:", usage)
	return usagef("unknown digest subcommand %q", args[0])
}
