package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
)

// testNow is the fixed clock of every signing test: interactions are signed at it.
var testNow = time.Unix(1_750_000_000, 0)

// embeddedStore is the embedded fact store, loaded once per test binary (it is immutable).
var embeddedStore = sync.OnceValues(briefs.LoadEmbedded)

// dispatcher is a dispatcher of its own over the embedded store: tests that register
// commands (/digest) must not change what other tests, or the next -count round, see.
func dispatcher(t testing.TB) *commands.Dispatcher {
	t.Helper()
	store, err := embeddedStore()
	if err != nil {
		t.Fatalf("load embedded store: %v", err)
	}
	return commands.NewDispatcher(nil, store)
}

// realAdapter is an Adapter answering from the real store through a real bot.Bot.
func realAdapter(t testing.TB, pub ed25519.PublicKey) *Adapter {
	t.Helper()
	d := dispatcher(t)
	b := bot.New(nil, d, nil, nil)
	return New(nil, b, d.Resolver(), Options{PublicKey: pub, Now: func() time.Time { return testNow }})
}

// countingAnswerer counts calls, so tests can assert a rejected request did no work.
type countingAnswerer struct {
	calls atomic.Int64
	// HandleFn answers; nil gives a fixed reply.
	HandleFn func(ctx context.Context, req commands.Request) commands.Reply
	last     atomic.Pointer[commands.Request]
}

func (a *countingAnswerer) Handle(ctx context.Context, req commands.Request) commands.Reply {
	a.calls.Add(1)
	a.last.Store(&req)
	if a.HandleFn != nil {
		return a.HandleFn(ctx, req)
	}
	return commands.Reply{Command: "test", Found: true, Title: "ok"}
}

// InConversation says no conversation is live: this answerer keeps none.
func (a *countingAnswerer) InConversation(context.Context, commands.Request) bool { return false }

// Vote refuses: this answerer records no feedback.
func (a *countingAnswerer) Vote(context.Context, string, string, string, bool) (string, error) {
	return "", errNoFeedback
}

var errNoFeedback = errors.New("no feedback here")

type countingCompleter struct {
	calls atomic.Int64
}

func (c *countingCompleter) Complete(prefix string, limit int, kinds ...string) []commands.Match {
	c.calls.Add(1)
	return []commands.Match{{Kind: commands.TargetEntity, ID: "JP", Name: "Japan"}}
}

// testKey is a key pair made for the test.
func testKey(t testing.TB) (ed25519.PublicKey, ed25519.PrivateKey) {
	t.Helper()
	seed := bytes.Repeat([]byte{7}, ed25519.SeedSize)
	priv := ed25519.NewKeyFromSeed(seed)
	return priv.Public().(ed25519.PublicKey), priv
}

// signedRequest is a POST /discord/interactions signed with priv at ts, as Discord sends it.
func signedRequest(t testing.TB, priv ed25519.PrivateKey, ts time.Time, body string) *http.Request {
	t.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req := httptest.NewRequest(http.MethodPost, "/discord/interactions", bytes.NewReader([]byte(body)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(headerTimestamp, stamp)
	req.Header.Set(headerSignature, hex.EncodeToString(ed25519.Sign(priv, []byte(stamp+body))))
	return req
}

// Interaction bodies as Discord sends them (the bench harness's shape for /relations).
const (
	pingBody      = `{"id":"1100000000000000001","application_id":"1100000000000000002","type":1,"token":"t","version":1}`
	relationsBody = `{"id":"1100000000000000001","application_id":"1100000000000000002","type":2,` +
		`"token":"bench-interaction-token","version":1,"channel_id":"1100000000000000003",` +
		`"guild_id":"1100000000000000004","member":{"user":{"id":"1100000000000000005","username":"bench"},"permissions":"0"},` +
		`"data":{"id":"1100000000000000006","name":"relations","type":1,"options":[` +
		`{"name":"first","type":3,"value":"japan"},{"name":"second","type":3,"value":"korea"}]}}`
	autocompleteBody = `{"id":"1100000000000000011","application_id":"1100000000000000002","type":4,` +
		`"token":"t","version":1,"channel_id":"1100000000000000003","guild_id":"1100000000000000004",` +
		`"member":{"user":{"id":"1100000000000000005"},"permissions":"0"},` +
		`"data":{"id":"1100000000000000006","name":"relations","type":1,"options":[` +
		`{"name":"first","type":3,"value":"japan"},{"name":"second","type":3,"value":"kor","focused":true}]}}`
)

// buttonBody is a press of a button carrying cmd.
func buttonBody(cmd string) string {
	return `{"id":"1100000000000000021","application_id":"1100000000000000002","type":3,"token":"t","version":1,` +
		`"channel_id":"1100000000000000003","user":{"id":"1100000000000000005"},` +
		`"data":{"component_type":2,"custom_id":` + strconv.Quote(runPrefix+cmd) + `}}`
}

// guildButtonBody is a press in a server channel of a button carrying cmd.
func guildButtonBody(cmd string) string {
	return `{"id":"1100000000000000022","application_id":"1100000000000000002","type":3,"token":"t","version":1,` +
		`"channel_id":"1100000000000000003","guild_id":"1100000000000000004",` +
		`"member":{"user":{"id":"1100000000000000005"},"permissions":"0"},` +
		`"data":{"component_type":2,"custom_id":` + strconv.Quote(runPrefix+cmd) + `}}`
}
