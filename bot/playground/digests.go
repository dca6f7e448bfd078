package playground

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

// A playground session's digests last as long as the session: anyone can open one, and
// without a cookie every request starts another, so subscriptions kept after it would grow
// without bound. A session ends when the browser starts a new one, when it is evicted to make
// room, and after Options.SessionIdle without a visit; then the sweep deletes its channel's
// subscriptions. The store-wide bound (Options.MaxSubscriptions) caps what all live sessions
// may hold at once.
//
// The sessions live in this process's memory, so one process must serve the playground: a
// second replica on the same database would take the first one's channels for ended sessions.

// Subscriptions is what the playground needs of the digest store.
type Subscriptions interface {
	ListSubscriptions(ctx context.Context, f store.SubscriptionFilter) ([]store.Subscription, error)
	DeleteSubscription(ctx context.Context, id int64) error
}

type digestLink struct {
	subs    Subscriptions
	changed func()
}

// AttachDigests gives the playground the digest store and the scheduler's change signal, once
// they are open (the scheduler needs the playground's poster first). Until then, and without
// it, /digest subscribe is refused in the playground.
func (p *Playground) AttachDigests(subs Subscriptions, changed func()) {
	if changed == nil {
		changed = func() {}
	}
	p.digests.Store(&digestLink{subs: subs, changed: changed})
}

// playgroundSubs lists the subscriptions of playground channels (the local platform's
// channels that start with the playground's prefix; the terminal's are not ours).
func playgroundSubs(ctx context.Context, subs Subscriptions) ([]store.Subscription, error) {
	all, err := subs.ListSubscriptions(ctx, store.SubscriptionFilter{Platform: store.PlatformLocal})
	if err != nil {
		return nil, fmt.Errorf("list playground subscriptions: %w", err)
	}
	kept := all[:0]
	for _, s := range all {
		if strings.HasPrefix(s.Channel, channelPrefix) {
			kept = append(kept, s)
		}
	}
	return kept, nil
}

// isSubscribe reports whether a request would create a digest subscription.
func isSubscribe(text string) bool {
	p := commands.Parse(text)
	sub, _, _ := strings.Cut(p.Args, " ")
	return p.Name == "digest" && strings.EqualFold(sub, "subscribe")
}

// refuseSubscribe returns a refusal when a subscribe request must not reach the bot: no store
// attached, the store unreadable, or the playground's subscriptions at their bound. The
// caller holds subMu until the request is answered, so concurrent subscribes cannot pass the
// bound together.
func (p *Playground) refuseSubscribe(ctx context.Context) (commands.Reply, bool) {
	link := p.digests.Load()
	if link == nil {
		return refusal("Digests are not available in this playground."), true
	}
	subs, err := playgroundSubs(ctx, link.subs)
	if err != nil {
		p.logger.ErrorContext(ctx, "playground_subscriptions_unreadable", "err", err)
		return refusal("Digests are not available right now; please try again."), true
	}
	if len(subs) >= p.opts.MaxSubscriptions {
		return refusal(fmt.Sprintf("The playground already runs %d digests, its limit for all visitors together. "+
			"Unsubscribe one (/digest list), or try again once other sessions have ended.", len(subs))), true
	}
	return commands.Reply{}, false
}

func refusal(msg string) commands.Reply {
	return commands.Reply{Command: "digest", Code: commands.CodeForbidden, Title: msg, Ephemeral: true,
		Suggestions: []commands.Suggestion{{Label: "List digests", Command: "/digest list"}}}
}

// ended asks Run for a sweep: sessions have ended, and their digests should stop now.
func (p *Playground) ended(channels []string) {
	if len(channels) == 0 {
		return
	}
	select {
	case p.kick <- struct{}{}:
	default: // a sweep is already asked for
	}
}

// adopt makes a session for every playground channel with subscriptions in the store, so that
// after a restart a page coming back finds its digests, and one that does not come back
// expires as any idle session does.
//
// A session that ended while Run was starting (evicted by the first visitors) is not brought
// back: its digests end with it.
func (p *Playground) adopt(ctx context.Context) {
	var channels []string
	if link := p.digests.Load(); link != nil {
		subs, err := playgroundSubs(ctx, link.subs)
		if err != nil {
			p.logger.WarnContext(ctx, "playground_adopt_failed", "err", err)
		}
		for _, s := range subs {
			channels = append(channels, s.Channel)
		}
	}
	p.ended(p.sessions.adopt(channels, p.opts.Now()))
}

// sweep ends the sessions idle for longer than SessionIdle and deletes the subscriptions of
// every playground channel whose session has ended. It returns how many it deleted.
func (p *Playground) sweep(ctx context.Context) int {
	p.sweepMu.Lock()
	defer p.sweepMu.Unlock()
	p.sessions.expire(p.opts.Now().Add(-p.opts.SessionIdle))
	link := p.digests.Load()
	if link == nil {
		return 0
	}
	subs, err := playgroundSubs(ctx, link.subs)
	if err != nil {
		p.logger.WarnContext(ctx, "playground_sweep_failed", "err", err)
		return 0
	}
	deleted := 0
	for _, s := range subs {
		if p.sessions.has(s.Channel) {
			continue
		}
		if err := link.subs.DeleteSubscription(ctx, s.ID); err != nil && store.ErrorCode(err) != store.CodeNotFound {
			p.logger.WarnContext(ctx, "playground_unsubscribe_failed", "subscription", s.ID, "err", err)
			continue
		}
		deleted++
	}
	if deleted > 0 {
		link.changed()
		p.logger.InfoContext(ctx, "playground_sessions_ended", "digests_deleted", deleted)
	}
	return deleted
}
