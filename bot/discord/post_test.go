package discord

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/commands"
)

// fakeDiscord is a Discord REST API on loopback: each request to a path gets the next of its
// scripted answers (the last repeats), and every request is recorded.
type fakeDiscord struct {
	t       *testing.T
	mu      sync.Mutex
	script  map[string][]fakeAnswer // "POST /api/v9/channels/c1/messages" → answers
	got     []fakeRequest
	srv     *httptest.Server
	handled map[string]int
}

type fakeAnswer struct {
	status  int
	body    string
	headers map[string]string
}

type fakeRequest struct {
	Route string
	Auth  string
	Body  map[string]any
}

func newFakeDiscord(t *testing.T, script map[string][]fakeAnswer) *fakeDiscord {
	t.Helper()
	f := &fakeDiscord{t: t, script: script, handled: map[string]int{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeDiscord) serve(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	route := r.Method + " " + r.URL.Path
	req := fakeRequest{Route: route, Auth: r.Header.Get("Authorization")}
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &req.Body); err != nil {
			f.t.Errorf("%s: body is not JSON: %v", route, err)
		}
	}
	f.mu.Lock()
	f.got = append(f.got, req)
	answers, ok := f.script[route]
	n := f.handled[route]
	f.handled[route]++
	f.mu.Unlock()
	if !ok {
		http.Error(w, `{"message":"404: Not Found","code":0}`, http.StatusNotFound)
		return
	}
	a := answers[min(n, len(answers)-1)]
	for k, v := range a.headers {
		w.Header().Set(k, v)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(a.status)
	_, _ = io.WriteString(w, a.body)
}

func (f *fakeDiscord) requests() []fakeRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakeRequest(nil), f.got...)
}

// session is a real discordgo session whose REST calls reach the fake via the API URL override.
func (f *fakeDiscord) session(t *testing.T) *discordgo.Session {
	t.Helper()
	s, err := NewSession("test-token", f.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// testPoster is a Poster over the fake with short backoffs.
func testPoster(t *testing.T, f *fakeDiscord, maxWait time.Duration) *Poster {
	t.Helper()
	p := NewPoster(nil, f.session(t), PosterOptions{MaxWait: maxWait})
	p.policy.First = 5 * time.Millisecond
	return p
}

const (
	messagesRoute = "POST /api/v9/channels/c1/messages"
	messageOK     = `{"id":"m1","channel_id":"c1"}`
)

var digestReply = commands.Reply{Command: "digest", Found: true, Title: "Digest @everyone", Lead: "three facts",
	Sections: []commands.Section{{Heading: "New", Bullets: []commands.Bullet{{Text: "fact one", Cite: "1"}}}},
	Source:   "Source: test", Ephemeral: true}

func TestPosterDelivers(t *testing.T) {
	f := newFakeDiscord(t, map[string][]fakeAnswer{messagesRoute: {{200, messageOK, nil}}})
	if err := testPoster(t, f, time.Second).Post(context.Background(), "c1", digestReply); err != nil {
		t.Fatalf("Post: %v", err)
	}
	got := f.requests()
	if len(got) != 1 || got[0].Route != messagesRoute || got[0].Auth != "Bot test-token" {
		t.Fatalf("requests = %+v; want one authorised POST to c1", got)
	}
	body := got[0].Body
	if diff := cmp.Diff(map[string]any{"parse": []any{}}, body["allowed_mentions"]); diff != "" {
		t.Errorf("allowed_mentions (-want +got):\n%s", diff)
	}
	if _, ok := body["flags"]; ok {
		t.Errorf("channel message carries flags %v; ephemeral is for interactions only", body["flags"])
	}
	if body["enforce_nonce"] != true || len(body["nonce"].(string)) == 0 || len(body["nonce"].(string)) > 25 {
		t.Errorf("nonce %v enforce %v; want an enforced nonce of ≤ 25 characters", body["nonce"], body["enforce_nonce"])
	}
	title := body["embeds"].([]any)[0].(map[string]any)["title"].(string)
	if strings.Contains(title, "@everyone") {
		t.Errorf("title %q mentions everyone", title)
	}
}

// TestPosterOneAttempt: Post tries once and tells the scheduler how it ended, never waiting
// or retrying itself.
func TestPosterOneAttempt(t *testing.T) {
	tests := []struct {
		name      string
		answer    fakeAnswer
		want      bot.PostOutcome
		wantAfter time.Duration
	}{
		{"429 names its retry_after", fakeAnswer{429, `{"message":"You are being rate limited.","retry_after":30,"global":false}`, nil},
			bot.PostTransient, 30 * time.Second},
		{"500 is transient", fakeAnswer{500, `{"message":"oops"}`, nil}, bot.PostTransient, 0},
		{"unknown channel is permanent", fakeAnswer{404, `{"message":"Unknown Channel","code":10003}`, nil}, bot.PostPermanent, 0},
		{"missing access is permanent", fakeAnswer{403, `{"message":"Missing Access","code":50001}`, nil}, bot.PostPermanent, 0},
		{"missing permissions is permanent", fakeAnswer{403, `{"message":"Missing Permissions","code":50013}`, nil}, bot.PostPermanent, 0},
		{"revoked token is permanent", fakeAnswer{401, `{"message":"401: Unauthorized","code":0}`, nil}, bot.PostPermanent, 0},
		{"invalid form body is not permanent", fakeAnswer{400, `{"message":"Invalid Form Body","code":50035}`, nil}, bot.PostTransient, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeDiscord(t, map[string][]fakeAnswer{messagesRoute: {tt.answer}})
			start := time.Now()
			err := testPoster(t, f, time.Minute).Post(context.Background(), "c1", digestReply)
			if got, after := bot.Classify(err); got != tt.want || after != tt.wantAfter {
				t.Errorf("Post = %v, classified %v after %v; want %v after %v", err, got, after, tt.want, tt.wantAfter)
			}
			if tt.want == bot.PostPermanent {
				if _, ok := errors.AsType[*discordgo.RESTError](err); !ok {
					t.Errorf("Post = %v; want the REST error kept", err)
				}
			}
			if n := len(f.requests()); n != 1 || time.Since(start) > 5*time.Second {
				t.Errorf("%d requests in %s; want one, at once", n, time.Since(start))
			}
		})
	}
}

// TestPosterBucketBound: when discordgo's bucket says the route is exhausted, Post refuses at
// once with the wait, rather than let discordgo sleep past ctx.
func TestPosterBucketBound(t *testing.T) {
	exhausted := map[string]string{"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "30", "X-RateLimit-Bucket": "b1"}
	f := newFakeDiscord(t, map[string][]fakeAnswer{messagesRoute: {{200, messageOK, exhausted}}})
	p := testPoster(t, f, 200*time.Millisecond)
	if err := p.Post(context.Background(), "c1", digestReply); err != nil {
		t.Fatalf("first Post: %v", err)
	}
	start := time.Now()
	err := p.Post(context.Background(), "c1", digestReply)
	if got, after := bot.Classify(err); !errors.Is(err, ErrRateLimited) || got != bot.PostTransient || after <= 0 || time.Since(start) > 5*time.Second {
		t.Fatalf("second Post = %v (%v after %v) after %s; want ErrRateLimited with the bucket's wait, at once", err, got, after, time.Since(start))
	}
	if n := len(f.requests()); n != 1 {
		t.Errorf("%d requests; want 1 (the second never sent)", n)
	}
}

// TestPosterContext: a post whose context runs out returns within it.
func TestPosterContext(t *testing.T) {
	f := newFakeDiscord(t, map[string][]fakeAnswer{messagesRoute: {{500, `{}`, nil}}})
	p := testPoster(t, f, time.Minute)
	p.policy.First, p.policy.Max = time.Hour, time.Hour
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := p.Post(ctx, "c1", digestReply)
	if err == nil || time.Since(start) > time.Second {
		t.Fatalf("Post = %v after %s; want an error within the context's deadline", err, time.Since(start))
	}
}

func TestPosterDirectMessage(t *testing.T) {
	f := newFakeDiscord(t, map[string][]fakeAnswer{
		"POST /api/v9/users/@me/channels":    {{200, `{"id":"dm9","type":1}`, nil}},
		"POST /api/v9/channels/dm9/messages": {{200, `{"id":"m1","channel_id":"dm9"}`, nil}},
	})
	if err := testPoster(t, f, time.Second).DirectMessage(context.Background(), "u7", digestReply); err != nil {
		t.Fatalf("DirectMessage: %v", err)
	}
	got := f.requests()
	if len(got) != 2 || got[0].Body["recipient_id"] != "u7" || got[1].Route != "POST /api/v9/channels/dm9/messages" {
		t.Fatalf("requests = %+v; want open DM with u7, then post to dm9", got)
	}
}

func TestPosterDirectMessageBlocked(t *testing.T) {
	f := newFakeDiscord(t, map[string][]fakeAnswer{
		"POST /api/v9/users/@me/channels":    {{200, `{"id":"dm9","type":1}`, nil}},
		"POST /api/v9/channels/dm9/messages": {{403, `{"message":"Cannot send messages to this user","code":50007}`, nil}},
	})
	err := testPoster(t, f, time.Second).DirectMessage(context.Background(), "u7", digestReply)
	if !errors.Is(err, bot.ErrPermanent) {
		t.Fatalf("DirectMessage = %v; want bot.ErrPermanent", err)
	}
}

func TestPosterNoChannel(t *testing.T) {
	p := newPoster(nil, nil, PosterOptions{})
	if err := p.Post(context.Background(), "", digestReply); !errors.Is(err, bot.ErrPermanent) {
		t.Fatalf("Post to no channel = %v; want bot.ErrPermanent", err)
	}
}

// TestPosterDeliveryKey: a digest carries its delivery key as the footer's last line, and its
// nonce is derived from the key, so two posts of one slot send the same nonce.
func TestPosterDeliveryKey(t *testing.T) {
	f := newFakeDiscord(t, map[string][]fakeAnswer{messagesRoute: {{200, messageOK, nil}}})
	p := testPoster(t, f, time.Second)
	r := digestReply
	r.DeliveryKey = "briefbot-digest-42-1750000000"
	for range 2 {
		if err := p.Post(context.Background(), "c1", r); err != nil {
			t.Fatal(err)
		}
	}
	got := f.requests()
	if got[0].Body["nonce"] != got[1].Body["nonce"] || got[0].Body["nonce"] != nonceFor(r.DeliveryKey) {
		t.Errorf("nonces %v, %v; want both %v", got[0].Body["nonce"], got[1].Body["nonce"], nonceFor(r.DeliveryKey))
	}
	if n := len(nonceFor(r.DeliveryKey)); n > 25 {
		t.Errorf("nonce of %d characters; Discord allows 25", n)
	}
	embeds := got[0].Body["embeds"].([]any)
	footer := embeds[len(embeds)-1].(map[string]any)["footer"].(map[string]any)["text"].(string)
	if !strings.HasSuffix(footer, "\n"+r.DeliveryKey) || !strings.HasPrefix(footer, "Source: test") {
		t.Errorf("footer %q; want the source, then the key on its own line", footer)
	}
}

// TestPosterDelivered: the delivery check reads the channel after the slot, page by page, and
// finds the key only in a bot's embed footer.
func TestPosterDelivered(t *testing.T) {
	const key = "briefbot-digest-42-1750000000"
	slot := time.Unix(1_750_000_000, 0)
	msg := func(id string, bot bool, footer string) string {
		return `{"id":"` + id + `","channel_id":"c1","author":{"id":"a","bot":` + map[bool]string{true: "true", false: "false"}[bot] +
			`},"embeds":[{"title":"x","footer":{"text":` + jsonString(footer) + `}}]}`
	}
	page := func(msgs ...string) string { return "[" + strings.Join(msgs, ",") + "]" }
	full := make([]string, checkPage)
	for i := range full {
		full[i] = msg(snowflakeAt(slot.Add(time.Duration(i+1)*time.Second)), false, "chatter")
	}
	route := "GET /api/v9/channels/c1/messages"
	tests := []struct {
		name    string
		answers []fakeAnswer
		want    bool
		wantErr bool
		pages   int
	}{
		{"posted", []fakeAnswer{{200, page(msg("2", false, "hi"), msg("3", true, "Source: x\n"+key)), nil}}, true, false, 1},
		{"not posted", []fakeAnswer{{200, page(msg("3", true, "Source: x\nbriefbot-digest-42-1750003600")), nil}}, false, false, 1},
		{"key typed by a person", []fakeAnswer{{200, page(msg("3", false, key)), nil}}, false, false, 1},
		{"key on a later page", []fakeAnswer{{200, page(full...), nil}, {200, page(msg("99999999999999999999", true, key)), nil}}, true, false, 2},
		{"empty channel", []fakeAnswer{{200, `[]`, nil}}, false, false, 1},
		{"channel gone", []fakeAnswer{{404, `{"message":"Unknown Channel","code":10003}`, nil}}, false, true, 1},
		{"too busy to search", []fakeAnswer{{200, page(full...), nil}}, false, true, maxCheckPages},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeDiscord(t, map[string][]fakeAnswer{route: tt.answers})
			got, err := testPoster(t, f, time.Second).Delivered(context.Background(), "c1", key, slot)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Fatalf("Delivered = %v, %v; want %v, error %v", got, err, tt.want, tt.wantErr)
			}
			if n := len(f.requests()); n != tt.pages {
				t.Errorf("%d pages read; want %d", n, tt.pages)
			}
		})
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestSnowflakeAt(t *testing.T) {
	// Discord's documented example: 175928847299117063 was made at 2016-04-30 11:18:25.796 UTC.
	at := time.Date(2016, 4, 30, 11, 18, 25, 796_000_000, time.UTC)
	if got := snowflakeAt(at); got != "175928847298985984" || !snowflakeLess(got, "175928847299117063") {
		t.Errorf("snowflakeAt(%s) = %s; want 175928847298985984, the first of that millisecond", at, got)
	}
	if got := snowflakeAt(time.Unix(0, 0)); got != "0" {
		t.Errorf("snowflakeAt(1970) = %s; want 0", got)
	}
}

// TestPosterDirectMessageRetries: a direct message retries 5xx and rate limits within the
// Poster's bounds, and says when a rate limit outlasts them.
func TestPosterDirectMessageRetries(t *testing.T) {
	const dmRoute = "POST /api/v9/channels/dm9/messages"
	tests := []struct {
		name         string
		answers      []fakeAnswer
		wantErr      error // nil: delivered
		wantRequests int
	}{
		{"5xx then delivered", []fakeAnswer{{500, `{}`, nil}, {503, `{}`, nil}, {200, messageOK, nil}}, nil, 3},
		{"5xx until attempts run out", []fakeAnswer{{500, `{}`, nil}}, errAny, DefaultMaxAttempts},
		{"short rate limit waited out", []fakeAnswer{{429, `{"message":"slow down","retry_after":0.02,"global":false}`, nil}, {200, messageOK, nil}}, nil, 2},
		{"rate limit past the wait bound", []fakeAnswer{{429, `{"message":"slow down","retry_after":30,"global":false}`, nil}}, ErrRateLimited, 1},
		{"4xx not retried", []fakeAnswer{{400, `{"message":"Invalid Form Body","code":50035}`, nil}}, errAny, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeDiscord(t, map[string][]fakeAnswer{
				"POST /api/v9/users/@me/channels": {{200, `{"id":"dm9","type":1}`, nil}},
				dmRoute:                           tt.answers,
			})
			start := time.Now()
			err := testPoster(t, f, time.Second).DirectMessage(context.Background(), "u7", digestReply)
			switch {
			case tt.wantErr == nil && err != nil, tt.wantErr == errAny && err == nil,
				tt.wantErr != nil && tt.wantErr != errAny && !errors.Is(err, tt.wantErr):
				t.Errorf("DirectMessage = %v; want %v", err, tt.wantErr)
			case errors.Is(err, bot.ErrPermanent):
				t.Errorf("DirectMessage = %v; want a transient failure", err)
			}
			if n := len(f.requests()) - 1; n != tt.wantRequests || time.Since(start) > 2*time.Second {
				t.Errorf("%d posts in %s; want %d, within the second the Poster may wait", n, time.Since(start), tt.wantRequests)
			}
		})
	}
}

// errAny stands for "some error" in test tables.
var errAny = errors.New("any error")
