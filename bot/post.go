package bot

import (
	"context"
	"errors"
	"time"

	"github.com/briefbot/briefbot/commands"
)

// ErrPermanent marks a delivery failure that retrying cannot fix: the channel is gone, the bot
// was removed or lacks access, the token was revoked. Posters wrap it (errors.Is) so the digest
// scheduler pauses the subscription and tells its owner instead of retrying.
var ErrPermanent = errors.New("permanent delivery failure")

// Poster sends a rendered reply to a channel (a digest edition) or to a user by direct
// message (telling a subscriber why their digest stopped). Each platform adapter has one.
// Transient failures (rate limits, 5xx) are retried inside Post within ctx's deadline;
// permanent ones return an error wrapping ErrPermanent.
type Poster interface {
	Post(ctx context.Context, channel string, r commands.Reply) error
	DirectMessage(ctx context.Context, user string, r commands.Reply) error
}

// DeliveryChecker is implemented by posters that can tell whether a message carrying a
// delivery key (Reply.DeliveryKey) reached a channel — by the platform's own record of the
// channel, not by memory. After a crash it settles the one slot a dead process may have been
// posting: posted already (finish it) or not (post it), so no slot is posted twice or lost.
type DeliveryChecker interface {
	Delivered(ctx context.Context, channel, key string, since time.Time) (bool, error)
}
