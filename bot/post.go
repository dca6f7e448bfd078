package bot

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"time"

	"github.com/briefbot/briefbot/commands"
)

// ErrPermanent marks a delivery failure that retrying cannot fix: the channel is gone, the bot
// was removed or lacks access, the token was revoked. Posters wrap it (errors.Is) so the digest
// scheduler pauses the subscription and tells its owner instead of retrying.
var ErrPermanent = errors.New("permanent delivery failure")

// ErrUnknownOutcome marks an attempt that may or may not have posted: it timed out, or the
// connection dropped after the request was sent. Whoever retries must first ask the platform
// (DeliveryChecker) whether the message arrived.
var ErrUnknownOutcome = errors.New("delivery outcome unknown")

// RetryAfterError is a transient failure for which the platform said when to try again (a 429
// with Retry-After).
type RetryAfterError struct {
	After time.Duration
	Err   error
}

func (e *RetryAfterError) Error() string {
	return fmt.Sprintf("retry after %s: %v", e.After, e.Err)
}

func (e *RetryAfterError) Unwrap() error { return e.Err }

// PostOutcome is how one delivery attempt ended, as the digest scheduler sees it.
type PostOutcome int

const (
	PostDelivered PostOutcome = iota // it went out
	PostTransient                    // it did not go out; try again later
	PostPermanent                    // it did not go out and never will as things are
	PostUnknown                      // it may have gone out: check before trying again
)

// Classify sorts a Post error into a PostOutcome, with the wait the platform asked for (zero when
// it named none). A context that ran out or was cancelled while the request was in flight is
// an unknown outcome: the request may have been sent.
func Classify(err error) (PostOutcome, time.Duration) {
	switch {
	case err == nil:
		return PostDelivered, 0
	case errors.Is(err, ErrPermanent):
		return PostPermanent, 0
	case errors.Is(err, ErrUnknownOutcome), errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return PostUnknown, 0
	}
	if ra, ok := errors.AsType[*RetryAfterError](err); ok {
		return PostTransient, ra.After
	}
	return PostTransient, 0
}

// Poster sends a rendered reply to a channel (a digest edition) or to a user by direct
// message (telling a subscriber why their digest stopped). Each platform adapter has one.
//
// Post makes one attempt and says how it ended through its error (see Classify): nil when
// posted; ErrPermanent wrapped when retrying cannot help; ErrUnknownOutcome wrapped (or the
// context's error) when the request may have been sent; a *RetryAfterError when the platform
// named a wait; any other error is transient. Retrying is the caller's business: the digest
// scheduler keeps retries in its ledger. DirectMessage may retry within ctx.
type Poster interface {
	Post(ctx context.Context, channel string, r commands.Reply) error
	DirectMessage(ctx context.Context, user string, r commands.Reply) error
}

// DeliveryChecker is implemented by posters that can tell whether a message carrying a
// delivery key (Reply.DeliveryKey) reached a channel — by the platform's own record of the
// channel, not by memory. Before a slot whose last attempt had an unknown outcome is posted
// again (a timeout, or a replica that died holding it), the scheduler asks: posted already
// (finish it) or not (post it), so no slot is posted twice or lost. An error means the
// platform cannot tell.
type DeliveryChecker interface {
	Delivered(ctx context.Context, channel, key string, since time.Time) (bool, error)
}

// PostChecker is implemented by posters that can ask the platform, before a digest is
// subscribed, whether the bot may post in a channel: a private channel it was never invited
// to, an archived channel or a missing permission then refuses the subscription at once,
// instead of failing its first edition hours later. CanPost returns nil when the bot can
// post; a *CannotPostError (which wraps ErrPermanent) when it cannot, with the reason and the
// fix for the user; any other error when the platform could not tell (the caller then
// subscribes anyway and says the check was not made). Posters that always can (the
// playground, the terminal) do not implement it.
type PostChecker interface {
	CanPost(ctx context.Context, channel string) error
}

// CannotPostError is CanPost's answer for a channel the bot cannot post in. Reason is a
// sentence for the user that says why and what to do ("invite me with /invite @briefbot").
type CannotPostError struct {
	Reason string
	Err    error // what the platform said; may be nil
}

func (e *CannotPostError) Error() string {
	if e.Err == nil {
		return "cannot post: " + e.Reason
	}
	return fmt.Sprintf("cannot post: %s: %v", e.Reason, e.Err)
}

// Unwrap makes a CannotPostError both ErrPermanent and the platform's error.
func (e *CannotPostError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrPermanent}
	}
	return []error{ErrPermanent, e.Err}
}

// SentMaybe reports whether a call that failed below the platform's API may still have
// reached it: a connection that broke after it was set up may have carried the request; one
// never made (refused, no route, a failed DNS lookup) carried nothing. Posters ask it after
// ruling out the platform's own error answers, which mean nothing was posted.
func SentMaybe(err error) bool {
	if op, ok := errors.AsType[*net.OpError](err); ok && op.Op == "dial" {
		return false
	}
	if _, ok := errors.AsType[*net.DNSError](err); ok {
		return false
	}
	_, transport := errors.AsType[*url.Error](err)
	return transport
}
