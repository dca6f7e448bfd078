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

// rfc8032 are the test vectors of RFC 8032 section 7.1 (secret key, public key, message,
// signature), the keys the endpoint is checked with below.
var rfc8032 = []struct{ name, secret, pub, msg, sig string }{
	{"test 1", "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
		"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
		"e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
	{"test 2", "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
		"3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
		"92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
	{"test 3", "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
		"fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
		"6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"},
}

func mustHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestEndpointRFC8032: with each RFC 8032 key as the application's key, the endpoint answers a
// request signed with it and refuses the same request with one byte of the signature, the
// timestamp or the body flipped.
func TestEndpointRFC8032(t *testing.T) {
	for _, v := range rfc8032 {
		t.Run(v.name, func(t *testing.T) {
			priv := ed25519.NewKeyFromSeed(mustHex(t, v.secret))
			pub := mustHex(t, v.pub)
			// The key is the vector's: it derives the vector's public key and signature.
			if !bytes.Equal(priv.Public().(ed25519.PublicKey), pub) || !bytes.Equal(ed25519.Sign(priv, mustHex(t, v.msg)), mustHex(t, v.sig)) {
				t.Fatalf("secret key does not give the vector's public key and signature")
			}
			key, err := ParsePublicKey(v.pub)
			if err != nil {
				t.Fatal(err)
			}
			a := New(nil, &countingAnswerer{}, &countingCompleter{}, Options{PublicKey: key, Now: func() time.Time { return testNow }})
			flip := func(s string, i int) string {
				b := []byte(s)
				b[i] ^= 1
				return string(b)
			}
			for _, tc := range []struct {
				name   string
				edit   func(r *http.Request)
				status int
			}{
				{"as signed", func(*http.Request) {}, http.StatusOK},
				{"signature byte flipped", func(r *http.Request) {
					sig := mustHex(t, r.Header.Get(headerSignature))
					sig[17] ^= 1
					r.Header.Set(headerSignature, hex.EncodeToString(sig))
				}, http.StatusUnauthorized},
				{"timestamp byte flipped", func(r *http.Request) {
					ts := r.Header.Get(headerTimestamp)
					r.Header.Set(headerTimestamp, flip(ts, len(ts)-1))
				}, http.StatusUnauthorized},
				{"body byte flipped", func(r *http.Request) {
					r.Body = io.NopCloser(strings.NewReader(flip(pingBody, len(pingBody)-3)))
				}, http.StatusUnauthorized},
			} {
				r := signedRequest(t, priv, testNow, pingBody)
				tc.edit(r)
				rec := httptest.NewRecorder()
				a.Interactions().ServeHTTP(rec, r)
				if rec.Code != tc.status {
					t.Errorf("%s: status %d; want %d", tc.name, rec.Code, tc.status)
				}
			}
		})
	}
}

// TestSignatureVector: the project's vector from PLATFORMS.md, a fixed signature over a PING,
// is answered with a PONG.
func TestSignatureVector(t *testing.T) {
	seed := mustHex(t, "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
	pub := ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)
	const body = `{"type":1}`
	a := New(nil, &countingAnswerer{}, &countingCompleter{}, Options{PublicKey: pub, Now: func() time.Time { return time.Unix(1_700_000_000, 0) }})
	req := httptest.NewRequest(http.MethodPost, "/discord/interactions", strings.NewReader(body))
	req.Header.Set(headerTimestamp, "1700000000")
	req.Header.Set(headerSignature, "f469ecef789749220e905777fb1f6bc03b827ddd6097c3fc0a7924131c221ab14abed319656685a311beeb741a33ee88a5e14858e3aa0c3d1efc66804188b00e")
	rec := httptest.NewRecorder()
	a.Interactions().ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != body {
		t.Fatalf("handler = %d %q; want 200 %s", rec.Code, rec.Body.String(), body)
	}
}

// TestInteractionsBadKey: a key of the wrong length is no key; nothing verifies and nothing
// panics.
func TestInteractionsBadKey(t *testing.T) {
	_, priv := testKey(t)
	for _, key := range []ed25519.PublicKey{make([]byte, 31), make([]byte, 33)} {
		ans := &countingAnswerer{}
		a := New(nil, ans, &countingCompleter{}, Options{PublicKey: key, Now: func() time.Time { return testNow }})
		rec := httptest.NewRecorder()
		a.Interactions().ServeHTTP(rec, signedRequest(t, priv, testNow, pingBody))
		if rec.Code != http.StatusUnauthorized || ans.calls.Load() != 0 {
			t.Errorf("%d-byte key: status = %d, calls = %d; want 401 and no calls", len(key), rec.Code, ans.calls.Load())
		}
	}
}

// loopbackServer serves the Discord adapter through briefbot's real server on loopback.
func loopbackServer(t *testing.T) (*httptest.Server, ed25519.PrivateKey) {
	t.Helper()
	pub, priv := testKey(t)
	srv := bot.NewServer(nil, bot.NewMetrics(), bot.ServerOptions{Adapters: []bot.Adapter{{Platform: "discord", Routes: realAdapter(t, pub).Routes()}}})
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

// TestEndToEndRelations: the bench harness's /relations japan korea gets the golden answer
// (its first page, with More and Sources), public (no ephemeral flag).
func TestEndToEndRelations(t *testing.T) {
	ts, priv := loopbackServer(t)
	got := post(t, ts, priv, relationsBody)
	if got["type"] != float64(4) {
		t.Fatalf("type = %v; want 4 (CHANNEL_MESSAGE_WITH_SOURCE)", got["type"])
	}
	raw, err := os.ReadFile(filepath.Join("testdata", answerGoldenFile))
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
			commands.Request{Text: "/brief", Platform: "discord", Channel: "d1", User: "u2", Conversation: "d1"}},
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
