package slack

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/commands"
)

// waitLog records the waits a Poster's retries ask for.
type waitLog struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (v *waitLog) record(_ context.Context, _ int, wait time.Duration, _ error) {
	v.mu.Lock()
	v.waits = append(v.waits, wait)
	v.mu.Unlock()
}

// testPoster is a Poster over the fake whose backoff waits are a millisecond, and whose
// waits are recorded.
func testPoster(t *testing.T, api *fakeWebAPI) (*Poster, *waitLog) {
	t.Helper()
	p := newPoster(nil, api.client())
	vs := &waitLog{}
	p.policy.First, p.policy.Max = time.Millisecond, time.Millisecond
	p.policy.OnRetry = vs.record
	return p, vs
}

func digestReply() commands.Reply {
	return commands.Reply{Command: "digest", Found: true, Title: "Digest: <!channel> news", Lead: "Two facts.",
		Sections: []commands.Section{{Heading: "New", Bullets: []commands.Bullet{{Text: "A fact.", Cite: "1"}}}},
		Source:   "Source: the article."}
}

func TestPosterDelivers(t *testing.T) {
	api := newFakeWebAPI(t)
	p, vs := testPoster(t, api)
	if err := p.Post(context.Background(), "C0DIGEST", digestReply()); err != nil {
		t.Fatalf("Post: %v", err)
	}
	got := api.next(t)
	if got.Channel != "C0DIGEST" || !strings.HasPrefix(got.Text, "Digest: &lt;!channel&gt; news") {
		t.Errorf("posted %q to %s", got.Text, got.Channel)
	}
	m := decodeMessage(t, fmt.Appendf(nil, `{"text":%q,"blocks":%s}`, got.Text, got.Blocks))
	assertNoMarkup(t, m)
	if len(vs.waits) != 0 {
		t.Errorf("waited %v on a clean post", vs.waits)
	}
}

// TestPosterOneAttempt: Post tries once and tells the scheduler how it ended, never waiting
// or retrying itself.
func TestPosterOneAttempt(t *testing.T) {
	tests := []struct {
		name      string
		respond   func(w http.ResponseWriter)
		want      bot.PostOutcome
		wantAfter time.Duration
	}{
		{"429 names its Retry-After", func(w http.ResponseWriter) {
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = io.WriteString(w, `{"ok":false,"error":"ratelimited"}`)
		}, bot.PostTransient, 7 * time.Second},
		{"500 is transient", func(w http.ResponseWriter) { w.WriteHeader(http.StatusInternalServerError) }, bot.PostTransient, 0},
		{"503 is transient", func(w http.ResponseWriter) { w.WriteHeader(http.StatusServiceUnavailable) }, bot.PostTransient, 0},
		{"ok:false ratelimited is transient", func(w http.ResponseWriter) {
			_, _ = io.WriteString(w, `{"ok":false,"error":"ratelimited"}`)
		}, bot.PostTransient, 0},
		{"fatal_error may have posted", func(w http.ResponseWriter) {
			_, _ = io.WriteString(w, `{"ok":false,"error":"fatal_error"}`)
		}, bot.PostUnknown, 0},
		{"connection dropped after the request", func(w http.ResponseWriter) {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
		}, bot.PostUnknown, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			api := newFakeWebAPI(t)
			api.PostFn = func(w http.ResponseWriter, n int) bool {
				tc.respond(w)
				return true
			}
			p, vs := testPoster(t, api)
			err := p.Post(context.Background(), "C0DIGEST", digestReply())
			if got, after := bot.Classify(err); got != tc.want || after != tc.wantAfter {
				t.Errorf("Post = %v, classified %v after %v; want %v after %v", err, got, after, tc.want, tc.wantAfter)
			}
			if n := int(api.calls.Load()); n != 1 || len(vs.waits) != 0 {
				t.Errorf("%d calls, waits %v; want one call and no wait", n, vs.waits)
			}
		})
	}
	t.Run("connection refused is transient", func(t *testing.T) {
		api := newFakeWebAPI(t)
		p, _ := testPoster(t, api)
		api.srv.Close()
		if got, _ := bot.Classify(p.Post(context.Background(), "C0DIGEST", digestReply())); got != bot.PostTransient {
			t.Errorf("Post to a closed server classified %v; want transient (nothing was sent)", got)
		}
	})
}

func TestPosterPermanentErrors(t *testing.T) {
	for _, code := range []string{"channel_not_found", "not_in_channel", "is_archived", "account_inactive", "invalid_auth", "token_revoked"} {
		t.Run(code, func(t *testing.T) {
			api := newFakeWebAPI(t)
			api.PostFn = func(w http.ResponseWriter, n int) bool {
				_, _ = io.WriteString(w, `{"ok":false,"error":"`+code+`"}`)
				return true
			}
			p, vs := testPoster(t, api)
			err := p.Post(context.Background(), "C0GONE", digestReply())
			if !errors.Is(err, bot.ErrPermanent) {
				t.Errorf("Post = %v; want an error wrapping bot.ErrPermanent", err)
			}
			if n := api.calls.Load(); n != 1 || len(vs.waits) != 0 {
				t.Errorf("%d calls, waits %v; want one call, no retry", n, vs.waits)
			}
		})
	}
}

func TestPosterGivesUp(t *testing.T) {
	t.Run("non-permanent client error is not retried", func(t *testing.T) {
		api := newFakeWebAPI(t)
		api.PostFn = func(w http.ResponseWriter, n int) bool {
			_, _ = io.WriteString(w, `{"ok":false,"error":"invalid_blocks"}`)
			return true
		}
		p, _ := testPoster(t, api)
		err := p.Post(context.Background(), "C1", digestReply())
		if err == nil || errors.Is(err, bot.ErrPermanent) || api.calls.Load() != 1 {
			t.Errorf("Post = %v after %d calls; want one non-permanent failure", err, api.calls.Load())
		}
	})
	t.Run("direct messages still retry 5xx until attempts run out", func(t *testing.T) {
		api := newFakeWebAPI(t)
		api.PostFn = func(w http.ResponseWriter, n int) bool { w.WriteHeader(http.StatusBadGateway); return true }
		p, vs := testPoster(t, api)
		err := p.DirectMessage(context.Background(), "U0OWNER", digestReply())
		if err == nil || errors.Is(err, bot.ErrPermanent) {
			t.Errorf("DirectMessage = %v; want a transient failure", err)
		}
		if n, want := int(api.calls.Load()), p.policy.Attempts; n != want || len(vs.waits) != want-1 {
			t.Errorf("%d calls and %d waits; want %d and %d", n, len(vs.waits), want, want-1)
		}
	})
	t.Run("Retry-After beyond the deadline", func(t *testing.T) {
		api := newFakeWebAPI(t)
		api.PostFn = func(w http.ResponseWriter, n int) bool {
			w.Header().Set("Retry-After", "60")
			w.WriteHeader(http.StatusTooManyRequests)
			return true
		}
		p, vs := testPoster(t, api)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := p.Post(ctx, "C1", digestReply()); err == nil || len(vs.waits) != 0 {
			t.Errorf("Post = %v, waits %v; want a failure without waiting past the deadline", err, vs.waits)
		}
	})
}

func TestPosterDirectMessage(t *testing.T) {
	api := newFakeWebAPI(t)
	p, _ := testPoster(t, api)
	if err := p.DirectMessage(context.Background(), "U0OWNER", digestReply()); err != nil {
		t.Fatalf("DirectMessage: %v", err)
	}
	if got := api.next(t); got.Channel != "D0DM" {
		t.Errorf("posted to %s; want the opened IM D0DM", got.Channel)
	}
	if err := p.DirectMessage(context.Background(), "UGONE", digestReply()); !errors.Is(err, bot.ErrPermanent) {
		t.Errorf("DirectMessage to a missing user = %v; want bot.ErrPermanent", err)
	}
}

// TestPosterPostsEveryPage: a digest longer than one message arrives whole, in order.
func TestPosterPostsEveryPage(t *testing.T) {
	long := commands.Reply{Title: "Long digest", Source: "Source: x"}
	for i := range 150 {
		long.Sections = append(long.Sections, commands.Section{Heading: fmt.Sprint("S", i), Text: strings.Repeat("w ", 50)})
	}
	pages := Render(long, RenderOptions{}).Pages
	if pages < 2 {
		t.Fatalf("test reply fits one page")
	}
	api := newFakeWebAPI(t)
	p, _ := testPoster(t, api)
	if err := p.Post(context.Background(), "C1", long); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= pages; i++ {
		m := api.next(t)
		if want := fmt.Sprintf("(%d/%d)", i, pages); i > 1 && !strings.Contains(m.Text, want) {
			t.Errorf("message %d is %q; want page %s", i, m.Text, want)
		}
	}
}

// TestPosterDeliveryKey: a digest carries its delivery key as message metadata, and Delivered
// finds it in the channel's history — how a restarted scheduler settles a crashed post.
func TestPosterDeliveryKey(t *testing.T) {
	api := newFakeWebAPI(t)
	p, _ := testPoster(t, api)
	var _ bot.DeliveryChecker = p
	r := digestReply()
	r.DeliveryKey = "briefbot-digest-7-1700000000"
	ctx := context.Background()
	since := time.Unix(1700000000, 0)
	if ok, err := p.Delivered(ctx, "C0DIGEST", r.DeliveryKey, since); ok || err != nil {
		t.Fatalf("Delivered before posting = %v, %v; want false, nil", ok, err)
	}
	if err := p.Post(ctx, "C0DIGEST", r); err != nil {
		t.Fatal(err)
	}
	api.next(t)
	if ok, err := p.Delivered(ctx, "C0DIGEST", r.DeliveryKey, since); !ok || err != nil {
		t.Errorf("Delivered after posting = %v, %v; want true, nil", ok, err)
	}
	if ok, err := p.Delivered(ctx, "C0DIGEST", "briefbot-digest-7-1700003600", since); ok || err != nil {
		t.Errorf("Delivered(other slot) = %v, %v; want false, nil", ok, err)
	}
}

// TestPosterClassify: what the Poster retries, and after how long when Slack names the wait
// (a zero wait takes the backoff).
func TestPosterClassify(t *testing.T) {
	tests := []struct {
		name      string
		err       error
		wantWait  time.Duration
		wantRetry bool
	}{
		{"429 with Retry-After", &slackapi.RateLimitedError{RetryAfter: 7 * time.Second}, 7 * time.Second, true},
		{"429 asking for no wait waits a second", &slackapi.RateLimitedError{}, time.Second, true},
		{"5xx", slackapi.StatusCodeError{Code: http.StatusBadGateway}, 0, true},
		{"bare 429 status", slackapi.StatusCodeError{Code: http.StatusTooManyRequests}, 0, true},
		{"4xx status", slackapi.StatusCodeError{Code: http.StatusBadRequest}, 0, false},
		{"ok:false internal_error", slackapi.SlackErrorResponse{Err: "internal_error"}, 0, true},
		{"ok:false invalid_blocks", slackapi.SlackErrorResponse{Err: "invalid_blocks"}, 0, false},
		{"permanent", fmt.Errorf("post message: %w", slackapi.SlackErrorResponse{Err: "channel_not_found"}), 0, false},
		{"already marked permanent", fmt.Errorf("%w: gone", bot.ErrPermanent), 0, false},
		{"context ended", context.DeadlineExceeded, 0, false},
		{"transport", errors.New("connection reset by peer"), 0, true},
	}
	p := newPoster(nil, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if wait, retry := p.classify(tt.err); wait != tt.wantWait || retry != tt.wantRetry {
				t.Errorf("classify(%v) = %s, %v; want %s, %v", tt.err, wait, retry, tt.wantWait, tt.wantRetry)
			}
		})
	}
}
