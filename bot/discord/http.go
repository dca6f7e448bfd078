package discord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/internal/runes"
)

// response is an interaction response: the HTTP body, or the gateway's callback payload.
type response struct {
	Type discordgo.InteractionResponseType `json:"type"`
	// Data is a *Message (type 4) or autocompleteData (type 8); nil for PONG.
	Data any `json:"data,omitempty"`
}

type autocompleteData struct {
	Choices []choice `json:"choices"`
}

type choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Header names Discord signs interactions with.
const (
	headerSignature = "X-Signature-Ed25519"
	headerTimestamp = "X-Signature-Timestamp"
)

// errBadSignature covers every reason a request is not provably Discord's, recent one:
// missing or malformed headers, a stale timestamp, a signature that does not verify.
var errBadSignature = errors.New("invalid request signature")

// Routes is the adapter's HTTP endpoint, for bot.Adapter: served when it has a public key.
func (a *Adapter) Routes() map[string]http.Handler {
	return map[string]http.Handler{"POST /discord/interactions": a.Interactions()}
}

// serveInteraction is POST /discord/interactions. Order matters: the signature headers and
// timestamp are checked, then the body is read under a cap and verified, and only then is
// anything decoded or answered. A request that fails a check gets its status and no work.
func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request) {
	sig, ts, err := a.checkHeaders(r.Header)
	if err != nil {
		a.reject(w, r, http.StatusUnauthorized, err)
		return
	}
	if r.ContentLength > a.maxBody {
		a.reject(w, r, http.StatusRequestEntityTooLarge, errTooLarge)
		return
	}
	buf := a.getBuf()
	defer a.putBuf(buf)
	// The signed message is timestamp + body: read the body straight after the timestamp so
	// verifying needs no second copy.
	buf.WriteString(ts)
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength))
	}
	_, err = buf.ReadFrom(http.MaxBytesReader(w, r.Body, a.maxBody))
	if err != nil {
		// Declared in here: errors.As moves its target to the heap, and only errors pay.
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			a.reject(w, r, http.StatusRequestEntityTooLarge, errTooLarge)
		} else {
			a.reject(w, r, http.StatusBadRequest, fmt.Errorf("read body: %w", err))
		}
		return
	}
	if a.key == nil || !ed25519.Verify(a.key, buf.Bytes(), sig) {
		a.reject(w, r, http.StatusUnauthorized, errBadSignature)
		return
	}
	in, err := decodeInteraction(buf.Bytes()[len(ts):])
	if err != nil {
		a.reject(w, r, http.StatusBadRequest, fmt.Errorf("decode interaction: %w", err))
		return
	}
	out := a.getBuf()
	defer a.putBuf(out)
	body, err := a.respondJSON(r.Context(), in, out)
	switch {
	case errors.Is(err, errUnsupported):
		a.reject(w, r, http.StatusBadRequest, err)
		return
	case err != nil:
		a.logger.ErrorContext(r.Context(), "discord_respond_failed", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = w.Write(body)
}

var errTooLarge = errors.New("interaction body too large")

// maxPooled keeps one huge request from pinning its buffer in the pool forever.
const maxPooled = 256 << 10

// getBuf and putBuf recycle request and response buffers: this route is benchmarked, and
// every request would otherwise allocate both.
func (a *Adapter) getBuf() *bytes.Buffer {
	if b, ok := a.bufs.Get().(*bytes.Buffer); ok {
		b.Reset()
		return b
	}
	return new(bytes.Buffer)
}

func (a *Adapter) putBuf(b *bytes.Buffer) {
	if b.Cap() <= maxPooled {
		a.bufs.Put(b)
	}
}

// reject answers a request that failed a check. It logs at debug only: Discord probes the
// endpoint with bad signatures on purpose, and a flood of them must not flood the logs.
func (a *Adapter) reject(w http.ResponseWriter, r *http.Request, status int, err error) {
	a.logger.DebugContext(r.Context(), "discord_interaction_rejected", "status", status, "err", err)
	http.Error(w, http.StatusText(status), status)
}

// checkHeaders decodes the signature and checks the timestamp is recent. It is cheap, so it
// runs before the body is read.
func (a *Adapter) checkHeaders(h http.Header) ([]byte, string, error) {
	sig, err := decodeHex(h.Get(headerSignature), ed25519.SignatureSize)
	if err != nil {
		return nil, "", fmt.Errorf("%w: signature: %w", errBadSignature, err)
	}
	ts := h.Get(headerTimestamp)
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return nil, "", fmt.Errorf("%w: timestamp %q", errBadSignature, runes.Clip(ts, 20, ""))
	}
	if age := a.now().Sub(time.Unix(sec, 0)); age > a.window || age < -a.window {
		return nil, "", fmt.Errorf("%w: timestamp %ds from now, outside ±%s", errBadSignature, -int64(age.Seconds()), a.window)
	}
	return sig, ts, nil
}

// decodeHex decodes exactly n bytes of hex.
func decodeHex(s string, n int) ([]byte, error) {
	if len(s) != 2*n {
		return nil, fmt.Errorf("want %d hex characters, got %d", 2*n, len(s))
	}
	b := make([]byte, n)
	if _, err := hex.Decode(b, []byte(s)); err != nil {
		return nil, err
	}
	return b, nil
}

// encodeJSON writes v without HTML escaping: the body goes to Discord, not into a web page,
// and escaping every < and > in Markdown-escaped text would only make it longer.
func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
