package discord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/commands"
)

// TestInteractionsSignature: only a request signed by the application's key over timestamp +
// body, with a recent timestamp, is answered; every other one gets its status and no work.
func TestInteractionsSignature(t *testing.T) {
	pub, priv := testKey(t)
	_, otherPriv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	body := relationsBody
	tests := []struct {
		name   string
		req    func() *http.Request
		status int
	}{
		{"valid", func() *http.Request { return signedRequest(t, priv, testNow, body) }, http.StatusOK},
		{"valid four minutes old", func() *http.Request { return signedRequest(t, priv, testNow.Add(-4*time.Minute), body) }, http.StatusOK},
		{"tampered body", func() *http.Request {
			r := signedRequest(t, priv, testNow, body)
			r.Body = io.NopCloser(strings.NewReader(strings.Replace(body, "japan", "china", 1)))
			return r
		}, http.StatusUnauthorized},
		{"wrong key", func() *http.Request { return signedRequest(t, otherPriv, testNow, body) }, http.StatusUnauthorized},
		{"missing signature", func() *http.Request {
			r := signedRequest(t, priv, testNow, body)
			r.Header.Del(headerSignature)
			return r
		}, http.StatusUnauthorized},
		{"missing timestamp", func() *http.Request {
			r := signedRequest(t, priv, testNow, body)
			r.Header.Del(headerTimestamp)
			return r
		}, http.StatusUnauthorized},
		{"bad hex signature", func() *http.Request {
			r := signedRequest(t, priv, testNow, body)
			r.Header.Set(headerSignature, "zz"+r.Header.Get(headerSignature)[2:])
			return r
		}, http.StatusUnauthorized},
		{"63-byte signature", func() *http.Request {
			r := signedRequest(t, priv, testNow, body)
			r.Header.Set(headerSignature, r.Header.Get(headerSignature)[2:])
			return r
		}, http.StatusUnauthorized},
		{"timestamp changed after signing", func() *http.Request {
			r := signedRequest(t, priv, testNow, body)
			r.Header.Set(headerTimestamp, strconv.FormatInt(testNow.Unix()+1, 10))
			return r
		}, http.StatusUnauthorized},
		{"stale timestamp, valid signature", func() *http.Request { return signedRequest(t, priv, testNow.Add(-10*time.Minute), body) }, http.StatusUnauthorized},
		{"future timestamp, valid signature", func() *http.Request { return signedRequest(t, priv, testNow.Add(6*time.Minute), body) }, http.StatusUnauthorized},
		{"oversized body", func() *http.Request {
			return signedRequest(t, priv, testNow, `{"type":2,"pad":"`+strings.Repeat("x", DefaultMaxBody)+`"}`)
		}, http.StatusRequestEntityTooLarge},
		{"oversized body, no length", func() *http.Request {
			r := signedRequest(t, priv, testNow, `{"type":2,"pad":"`+strings.Repeat("x", DefaultMaxBody)+`"}`)
			r.ContentLength = -1
			return r
		}, http.StatusRequestEntityTooLarge},
		{"signed garbage", func() *http.Request { return signedRequest(t, priv, testNow, `{"type":`) }, http.StatusBadRequest},
		{"signed unknown type", func() *http.Request { return signedRequest(t, priv, testNow, `{"type":9}`) }, http.StatusBadRequest},
		{"signed modal submit", func() *http.Request { return signedRequest(t, priv, testNow, `{"type":5,"data":{"custom_id":"x"}}`) }, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := &countingAnswerer{}
			comp := &countingCompleter{}
			a := New(nil, ans, comp, Options{PublicKey: pub, Now: func() time.Time { return testNow }})
			rec := httptest.NewRecorder()
			a.Interactions().ServeHTTP(rec, tt.req())
			if rec.Code != tt.status {
				t.Fatalf("status = %d; want %d (body %q)", rec.Code, tt.status, rec.Body.String())
			}
			wantCalls := int64(0)
			if tt.status == http.StatusOK {
				wantCalls = 1
			}
			if got := ans.calls.Load() + comp.calls.Load(); got != wantCalls {
				t.Errorf("answerer and completer called %d times; want %d", got, wantCalls)
			}
		})
	}
}

// TestInteractionsNoKey: without a public key nothing verifies.
func TestInteractionsNoKey(t *testing.T) {
	_, priv := testKey(t)
	ans := &countingAnswerer{}
	a := New(nil, ans, &countingCompleter{}, Options{Now: func() time.Time { return testNow }})
	rec := httptest.NewRecorder()
	a.Interactions().ServeHTTP(rec, signedRequest(t, priv, testNow, pingBody))
	if rec.Code != http.StatusUnauthorized || ans.calls.Load() != 0 {
		t.Fatalf("status = %d, calls = %d; want 401 and no calls", rec.Code, ans.calls.Load())
	}
}

// TestSignatureVectors checks verification against fixed vectors: RFC 8032 test 2 (timestamp
// "r", empty body) and the project's vector from PLATFORMS.md.
func TestSignatureVectors(t *testing.T) {
	tests := []struct {
		name, pub, seed, ts, body, sig string
	}{
		{
			name: "RFC 8032 test 2",
			pub:  "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
			ts:   "r",
			sig:  "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
		},
		{
			name: "project vector",
			seed: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
			ts:   "1700000000", body: `{"type":1}`,
			sig: "f469ecef789749220e905777fb1f6bc03b827ddd6097c3fc0a7924131c221ab14abed319656685a311beeb741a33ee88a5e14858e3aa0c3d1efc66804188b00e",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pub ed25519.PublicKey
			if tt.seed != "" {
				seed, _ := hex.DecodeString(tt.seed)
				pub = ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)
			} else {
				var err error
				if pub, err = ParsePublicKey(tt.pub); err != nil {
					t.Fatal(err)
				}
			}
			h := http.Header{}
			h.Set(headerSignature, tt.sig)
			h.Set(headerTimestamp, tt.ts)
			sig, err := decodeHex(h.Get(headerSignature), ed25519.SignatureSize)
			if err != nil {
				t.Fatal(err)
			}
			if !ed25519.Verify(pub, []byte(tt.ts+tt.body), sig) {
				t.Fatalf("vector does not verify")
			}
			if tt.ts == "1700000000" {
				// Through the handler, with the clock at the vector's time: a PONG.
				a := New(nil, &countingAnswerer{}, &countingCompleter{}, Options{PublicKey: pub, Now: func() time.Time { return time.Unix(1_700_000_000, 0) }})
				req := httptest.NewRequest(http.MethodPost, "/discord/interactions", strings.NewReader(tt.body))
				req.Header = h
				rec := httptest.NewRecorder()
				a.Interactions().ServeHTTP(rec, req)
				if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != `{"type":1}` {
					t.Fatalf("handler = %d %q; want 200 {\"type\":1}", rec.Code, rec.Body.String())
				}
			}
		})
	}
}

// loopbackServer serves the Discord adapter through briefbot's real server on loopback.
func loopbackServer(t *testing.T) (*httptest.Server, ed25519.PrivateKey) {
	t.Helper()
	pub, priv := testKey(t)
	srv := bot.NewServer(nil, bot.NewMetrics(), bot.ServerOptions{Discord: realAdapter(t, pub)})
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts, priv
}

// post sends a signed interaction to the loopback server and decodes the JSON answer.
func post(t *testing.T, ts *httptest.Server, priv ed25519.PrivateKey, body string) map[string]any {
	t.Helper()
	req := signedRequest(t, priv, testNow, body)
	out, err := http.NewRequest(http.MethodPost, ts.URL+"/discord/interactions", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	out.Header = req.Header
	resp, err := ts.Client().Do(out)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST interaction = %d %q; want 200", resp.StatusCode, raw)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q; want application/json", ct)
	}
	var got map[string]any
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, raw)
	}
	return got
}

func TestEndToEndPing(t *testing.T) {
	ts, priv := loopbackServer(t)
	got := post(t, ts, priv, pingBody)
	if diff := cmp.Diff(map[string]any{"type": float64(1)}, got); diff != "" {
		t.Fatalf("PING answer (-want +got):\n%s", diff)
	}
}

// TestEndToEndRelations: the bench harness's /relations japan korea gets the golden embed,
// public (no ephemeral flag).
func TestEndToEndRelations(t *testing.T) {
	ts, priv := loopbackServer(t)
	got := post(t, ts, priv, relationsBody)
	if got["type"] != float64(4) {
		t.Fatalf("type = %v; want 4 (CHANNEL_MESSAGE_WITH_SOURCE)", got["type"])
	}
	raw, err := os.ReadFile(filepath.Join("testdata", "relations-japan-korea.json"))
	if err != nil {
		t.Fatalf("read golden (run go test -update): %v", err)
	}
	var want any
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got["data"]); diff != "" {
		t.Fatalf("relations message differs from golden (-want +got):\n%s", diff)
	}
	data := got["data"].(map[string]any)
	if _, ok := data["flags"]; ok {
		t.Errorf("a briefing is ephemeral; want public")
	}
	embed := data["embeds"].([]any)[0].(map[string]any)
	if embed["title"] != "Japan ↔ South Korea" {
		t.Errorf("title = %q; want Japan ↔ South Korea", embed["title"])
	}
}

// TestEndToEndAutocomplete: typing "kor" offers South Korea first, at most 25 choices.
func TestEndToEndAutocomplete(t *testing.T) {
	ts, priv := loopbackServer(t)
	got := post(t, ts, priv, autocompleteBody)
	if got["type"] != float64(8) {
		t.Fatalf("type = %v; want 8 (AUTOCOMPLETE_RESULT)", got["type"])
	}
	choices := got["data"].(map[string]any)["choices"].([]any)
	if len(choices) == 0 || len(choices) > 25 {
		t.Fatalf("%d choices; want 1..25", len(choices))
	}
	first := choices[0].(map[string]any)
	if first["name"] != "South Korea" || first["value"] != "South Korea" {
		t.Errorf("first choice = %v; want South Korea", first)
	}
	var names []string
	for _, c := range choices {
		names = append(names, c.(map[string]any)["name"].(string))
	}
	if !strings.Contains(strings.Join(names, "|"), "North Korea") {
		t.Errorf("choices %q lack North Korea", names)
	}
}

// TestEndToEndButton: pressing a suggestion button runs its command.
func TestEndToEndButton(t *testing.T) {
	ts, priv := loopbackServer(t)
	got := post(t, ts, priv, buttonBody("/country new zealand"))
	embed := got["data"].(map[string]any)["embeds"].([]any)[0].(map[string]any)
	if got["type"] != float64(4) || embed["title"] != "New Zealand" {
		t.Fatalf("button answer type %v title %q; want 4, New Zealand", got["type"], embed["title"])
	}
}

// TestRequestFromInteraction: the neutral request carries who and where, and digest
// management rights from the member's channel permissions.
func TestRequestFromInteraction(t *testing.T) {
	pub, priv := testKey(t)
	member := func(perms string) string {
		return `{"type":2,"id":"9","guild_id":"g1","channel_id":"c1","member":{"user":{"id":"u1"},"permissions":"` + perms + `"},` +
			`"data":{"name":"country","options":[{"name":"name","type":3,"value":"japan"}]}}`
	}
	tests := []struct {
		name, body string
		want       commands.Request
	}{
		{"manage channels", member("16"), commands.Request{Text: "/country japan", Platform: "discord", Workspace: "g1", Channel: "c1", User: "u1", CanManage: true}},
		{"administrator", member("8"), commands.Request{Text: "/country japan", Platform: "discord", Workspace: "g1", Channel: "c1", User: "u1", CanManage: true}},
		{"send messages only", member("2048"), commands.Request{Text: "/country japan", Platform: "discord", Workspace: "g1", Channel: "c1", User: "u1"}},
		{"direct message", `{"type":2,"id":"9","channel_id":"d1","user":{"id":"u2"},"context":1,"data":{"name":"brief"}}`,
			commands.Request{Text: "/brief", Platform: "discord", Channel: "d1", User: "u2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := &countingAnswerer{}
			a := New(nil, ans, &countingCompleter{}, Options{PublicKey: pub, Now: func() time.Time { return testNow }})
			rec := httptest.NewRecorder()
			a.Interactions().ServeHTTP(rec, signedRequest(t, priv, testNow, tt.body))
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			if diff := cmp.Diff(tt.want, *ans.last.Load()); diff != "" {
				t.Errorf("request (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEphemeralFlag: help, usage and errors are ephemeral (flags 64); briefings are not.
func TestEphemeralFlag(t *testing.T) {
	ts, priv := loopbackServer(t)
	cmd := func(name, opts string) string {
		return `{"type":2,"id":"9","channel_id":"c1","user":{"id":"u1"},"data":{"name":"` + name + `","options":[` + opts + `]}}`
	}
	tests := []struct {
		name, body string
		flags      any
	}{
		{"help", cmd("help", ""), float64(64)},
		{"unknown name", cmd("country", `{"name":"name","type":3,"value":"narnia"}`), float64(64)},
		{"usage", cmd("ask", ""), float64(64)},
		{"briefing", cmd("country", `{"name":"name","type":3,"value":"japan"}`), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := post(t, ts, priv, tt.body)
			data := got["data"].(map[string]any)
			if data["flags"] != tt.flags {
				t.Errorf("flags = %v; want %v", data["flags"], tt.flags)
			}
			if diff := cmp.Diff(map[string]any{"parse": []any{}}, data["allowed_mentions"]); diff != "" {
				t.Errorf("allowed_mentions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParsePublicKey(t *testing.T) {
	for _, in := range []string{"", "zz", strings.Repeat("a", 63), strings.Repeat("g", 64)} {
		if _, err := ParsePublicKey(in); err == nil {
			t.Errorf("ParsePublicKey(%q) = nil error; want one", in)
		}
	}
	pub, _ := testKey(t)
	got, err := ParsePublicKey(hex.EncodeToString(pub))
	if err != nil || !bytes.Equal(got, pub) {
		t.Errorf("ParsePublicKey(valid) = %x, %v; want %x", got, err, pub)
	}
}
