package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"
)

// Slack's request-signing headers and the window a timestamp must fall in.
const (
	headerSignature = "X-Slack-Signature"
	headerTimestamp = "X-Slack-Request-Timestamp"
	signatureWindow = 5 * time.Minute
)

// The verification errors are slack-go's own, so errors.Is against the SDK's values works.
var (
	errMissingHeaders   error = slackapi.ErrMissingHeaders
	errInvalidSignature error = slackapi.ErrInvalidSignature
	errExpiredTimestamp error = slackapi.ErrExpiredTimestamp
)

// verifier checks Slack's v0 request signatures. It exists beside slack-go's SecretsVerifier
// because that one reads the wall clock, which makes the documented test vector (from 2018)
// impossible to check; this one takes the clock as a dependency. It is safe for concurrent
// use and keeps a pool of HMAC states so the hot path allocates nothing.
type verifier struct {
	now  func() time.Time
	pool sync.Pool // of hash.Hash keyed with the secret
}

func newVerifier(secret string, now func() time.Time) *verifier {
	if now == nil {
		now = time.Now
	}
	key := []byte(secret)
	v := &verifier{now: now}
	v.pool.New = func() any { return hmac.New(sha256.New, key) }
	return v
}

// verify checks the signature headers against the raw body: the timestamp must be within five
// minutes of now in either direction, and the signature an HMAC-SHA256 of "v0:ts:body",
// compared in constant time.
func (v *verifier) verify(h http.Header, body []byte) error {
	sig, ts := headerValue(h, headerSignature), headerValue(h, headerTimestamp)
	if sig == "" || ts == "" {
		return errMissingHeaders
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || sec < 0 {
		return errInvalidSignature
	}
	if d := v.now().Sub(time.Unix(sec, 0)); d > signatureWindow || d < -signatureWindow {
		return errExpiredTimestamp
	}
	var got [sha256.Size]byte
	if len(sig) != 3+2*sha256.Size || sig[:3] != "v0=" {
		return errInvalidSignature
	}
	if _, err := hex.Decode(got[:], []byte(sig[3:])); err != nil {
		return errInvalidSignature
	}
	mac := v.pool.Get().(hash.Hash)
	defer v.pool.Put(mac)
	mac.Reset()
	var want [sha256.Size]byte
	writeBase(mac, ts, body)
	if !hmac.Equal(mac.Sum(want[:0]), got[:]) {
		return errInvalidSignature
	}
	return nil
}

// writeBase writes Slack's base string "v0:" + timestamp + ":" + body.
func writeBase(mac hash.Hash, ts string, body []byte) {
	var prefix [64]byte
	b := append(prefix[:0], "v0:"...)
	b = append(b, ts...)
	b = append(b, ':')
	mac.Write(b)
	mac.Write(body)
}

// headerValue reads a header case-insensitively. net/http canonicalises the names it
// parses, so the direct lookup is the one that hits; the loop serves headers built by hand.
func headerValue(h http.Header, canonical string) string {
	if v := h[canonical]; len(v) > 0 {
		return v[0]
	}
	for k, v := range h {
		if len(v) > 0 && strings.EqualFold(k, canonical) {
			return v[0]
		}
	}
	return ""
}

// Sign returns the X-Slack-Signature value for body sent at timestamp ts (unix seconds) under
// secret. Tests and tools use it to make requests the adapter accepts.
func Sign(secret, ts string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	writeBase(mac, ts, body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}
