package slack

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// Slack's worked example from "Verifying requests from Slack" (docs.slack.dev).
const (
	docSecret = "8f742231b10e8888abcd99yyyzzz85a5"
	docTS     = "1531420618"
	docBody   = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	docSig    = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

var docTime = time.Unix(1531420618, 0)

func TestSignMatchesSlackVector(t *testing.T) {
	if got := Sign(docSecret, docTS, []byte(docBody)); got != docSig {
		t.Errorf("Sign(doc vector) = %s; want %s", got, docSig)
	}
}

func TestVerify(t *testing.T) {
	headers := func(sig, ts string) http.Header {
		h := http.Header{}
		if sig != "" {
			h.Set("X-Slack-Signature", sig)
		}
		if ts != "" {
			h.Set("X-Slack-Request-Timestamp", ts)
		}
		return h
	}
	tampered := strings.Replace(docBody, "roadrunner", "coyote", 1)
	tests := []struct {
		name   string
		secret string
		now    time.Time
		h      http.Header
		body   string
		want   error
	}{
		{"doc vector", docSecret, docTime, headers(docSig, docTS), docBody, nil},
		{"doc vector 4 min later", docSecret, docTime.Add(4 * time.Minute), headers(docSig, docTS), docBody, nil},
		{"lower-case headers", docSecret, docTime, http.Header{"x-slack-signature": {docSig}, "x-slack-request-timestamp": {docTS}}, docBody, nil},
		{"tampered body", docSecret, docTime, headers(docSig, docTS), tampered, errInvalidSignature},
		{"wrong secret", "not-the-secret", docTime, headers(docSig, docTS), docBody, errInvalidSignature},
		{"stale (6 min old)", docSecret, docTime.Add(6 * time.Minute), headers(docSig, docTS), docBody, errExpiredTimestamp},
		{"future (6 min ahead)", docSecret, docTime.Add(-6 * time.Minute), headers(docSig, docTS), docBody, errExpiredTimestamp},
		{"missing signature", docSecret, docTime, headers("", docTS), docBody, errMissingHeaders},
		{"missing timestamp", docSecret, docTime, headers(docSig, ""), docBody, errMissingHeaders},
		{"no v0 prefix", docSecret, docTime, headers(strings.TrimPrefix(docSig, "v0="), docTS), docBody, errInvalidSignature},
		{"v1 prefix", docSecret, docTime, headers("v1="+docSig[3:], docTS), docBody, errInvalidSignature},
		{"short signature", docSecret, docTime, headers(docSig[:len(docSig)-2], docTS), docBody, errInvalidSignature},
		{"non-hex signature", docSecret, docTime, headers(docSig[:len(docSig)-1]+"z", docTS), docBody, errInvalidSignature},
		{"non-numeric timestamp", docSecret, docTime, headers(docSig, "15314206l8"), docBody, errInvalidSignature},
		{"timestamp of another request", docSecret, docTime, headers(docSig, "1531420619"), docBody, errInvalidSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := newVerifier(tc.secret, func() time.Time { return tc.now })
			err := v.verify(tc.h, []byte(tc.body))
			if !errors.Is(err, tc.want) {
				t.Errorf("verify = %v; want %v", err, tc.want)
			}
		})
	}
}

// TestVerifyAgreesWithSlackGo signs fresh requests and checks slack-go's own verifier (which
// reads the wall clock) accepts what ours accepts and rejects what ours rejects.
func TestVerifyAgreesWithSlackGo(t *testing.T) {
	body := slashBody("/relations", "japan korea")
	now := time.Now()
	ts := strconv.FormatInt(now.Unix(), 10)
	for _, tc := range []struct {
		name string
		sig  string
		body []byte
		ok   bool
	}{
		{"valid", Sign(testSecret, ts, body), body, true},
		{"tampered", Sign(testSecret, ts, body), append([]byte("x"), body...), false},
	} {
		h := http.Header{}
		h.Set("X-Slack-Signature", tc.sig)
		h.Set("X-Slack-Request-Timestamp", ts)
		sv, err := slackapi.NewSecretsVerifier(h, testSecret)
		if err != nil {
			t.Fatalf("%s: NewSecretsVerifier: %v", tc.name, err)
		}
		r := httptest.NewRequest(http.MethodPost, "/slack/commands", io.TeeReader(bytes.NewReader(tc.body), &sv))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if _, err := slackapi.SlashCommandParse(r); err != nil {
			t.Fatalf("%s: SlashCommandParse: %v", tc.name, err)
		}
		theirs := sv.Ensure() == nil
		ours := newVerifier(testSecret, time.Now).verify(h, tc.body) == nil
		if theirs != tc.ok || ours != tc.ok {
			t.Errorf("%s: slack-go accepts %v, ours %v; want %v", tc.name, theirs, ours, tc.ok)
		}
	}
}

// TestRejectedRequestsDoNoWork sends every kind of bad request to every endpoint, through the
// real server, and checks the status and that the bot was never asked anything.
func TestRejectedRequestsDoNoWork(t *testing.T) {
	good := slashBody("/relations", "japan korea")
	sec := strconv.FormatInt(testNow.Unix(), 10)
	sign := func(secret string, at time.Time, body []byte) http.Header {
		ts := strconv.FormatInt(at.Unix(), 10)
		h := http.Header{}
		h.Set("X-Slack-Request-Timestamp", ts)
		h.Set("X-Slack-Signature", Sign(secret, ts, body))
		return h
	}
	tests := []struct {
		name   string
		h      http.Header
		body   []byte
		status int
	}{
		{"unsigned", http.Header{}, good, http.StatusUnauthorized},
		{"missing timestamp", http.Header{"X-Slack-Signature": {Sign(testSecret, sec, good)}}, good, http.StatusUnauthorized},
		{"missing signature", http.Header{"X-Slack-Request-Timestamp": {sec}}, good, http.StatusUnauthorized},
		{"tampered body", sign(testSecret, testNow, good), append(good, "&text=x"...), http.StatusUnauthorized},
		{"wrong secret", sign("another-secret", testNow, good), good, http.StatusUnauthorized},
		{"stale", sign(testSecret, testNow.Add(-6*time.Minute), good), good, http.StatusUnauthorized},
		{"future", sign(testSecret, testNow.Add(6*time.Minute), good), good, http.StatusUnauthorized},
		{"oversized", sign(testSecret, testNow, bytes.Repeat([]byte("a"), maxBodyBytes+1)), bytes.Repeat([]byte("a"), maxBodyBytes+1), http.StatusRequestEntityTooLarge},
		{"malformed but signed", sign(testSecret, testNow, []byte("%zz=%")), []byte("%zz=%"), http.StatusBadRequest},
	}
	for _, path := range []string{"/slack/commands", "/slack/events", "/slack/interactions"} {
		for _, tc := range tests {
			t.Run(path+"/"+tc.name, func(t *testing.T) {
				fake := &fakeAnswerer{}
				api := newFakeWebAPI(t)
				a := newAdapter(nil, fake, api.client(), Options{SigningSecret: testSecret, Now: fixedClock})
				srv := bot.NewServer(nil, bot.NewMetrics(), bot.ServerOptions{Adapters: []bot.Adapter{{Platform: "slack", Routes: a.Routes()}}})
				r := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(tc.body))
				r.Header = tc.h.Clone()
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				w := httptest.NewRecorder()
				srv.Handler().ServeHTTP(w, r)
				if w.Code != tc.status {
					t.Errorf("status %d; want %d (%s)", w.Code, tc.status, strings.TrimSpace(w.Body.String()))
				}
				a.drain(time.Second)
				if n := fake.calls.Load(); n != 0 {
					t.Errorf("bot was asked %d times; want 0", n)
				}
				if n := api.calls.Load(); n != 0 {
					t.Errorf("Web API was called %d times; want 0", n)
				}
			})
		}
	}
}
