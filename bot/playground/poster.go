package playground

import (
	"context"
	"fmt"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/commands"
)

// poster delivers to local channels: it adds the message to the channel's history and pushes
// it to every browser watching. A channel no browser has opened since the process started
// (a subscription from an earlier run) gets a session of its own, so the edition is there
// when the browser comes back with its cookie.
type poster struct{ p *Playground }

var _ bot.Poster = poster{}

func (ps poster) Post(ctx context.Context, channel string, r commands.Reply) error {
	return ps.deliver(ctx, channel, kindDigest, r)
}

// DirectMessage reaches the subscriber's browser: in the playground a session's user id is its
// channel.
func (ps poster) DirectMessage(ctx context.Context, user string, r commands.Reply) error {
	return ps.deliver(ctx, user, kindDM, r)
}

func (ps poster) deliver(ctx context.Context, channel, kind string, r commands.Reply) error {
	if !validChannel(channel) {
		return fmt.Errorf("local channel %q: not a channel the playground can show: %w", channel, bot.ErrPermanent)
	}
	sess, ended := ps.p.sessions.get(channel, ps.p.opts.Now())
	ps.p.ended(ended)
	sess.add(entry{Kind: kind, Reply: r, At: ps.p.opts.Now()})
	// A session's channel id is as good as its cookie: the log gets only its start.
	ps.p.logger.InfoContext(ctx, "playground_delivered", "channel_id", channel[:min(len(channel), len(channelPrefix)+8)], "kind", kind)
	return nil
}
