package slack

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"

	"github.com/slack-go/slack/slackevents"
)

// maxBodyBytes caps what the adapter reads of a request. Slack's payloads are a few KB; a
// body over the cap is refused (413) before its signature is even computed.
const maxBodyBytes = 64 << 10

// Routes are the adapter's HTTP endpoints, for bot.Adapter. They are meant to be served only
// when the adapter has a signing secret: without one every request is refused.
func (a *Adapter) Routes() map[string]http.Handler {
	return map[string]http.Handler{
		"POST /slack/commands":     a.Commands(),
		"POST /slack/events":       a.Events(),
		"POST /slack/interactions": a.Interactions(),
	}
}

// Commands serves POST /slack/commands: verify, decode, answer inline as Block Kit.
func (a *Adapter) Commands() http.Handler { return http.HandlerFunc(a.serveCommand) }

// Events serves POST /slack/events: url_verification, DMs, mentions and replies in the
// threads the bot talks in (acknowledged at once, answered in the background).
func (a *Adapter) Events() http.Handler { return http.HandlerFunc(a.serveEvent) }

// Interactions serves POST /slack/interactions: button presses (suggestions, More, Sources,
// 👍/👎), answered via response_url.
func (a *Adapter) Interactions() http.Handler { return http.HandlerFunc(a.serveInteraction) }

// The content types the endpoints answer with, shared read-only so setting them allocates
// nothing per request.
var (
	contentTypeJSON = []string{"application/json"}
	contentTypeText = []string{"text/plain; charset=utf-8"}
)

func (a *Adapter) serveCommand(w http.ResponseWriter, r *http.Request) {
	bufs := a.getBuffers()
	defer a.putBuffers(bufs)
	body, ok := a.readVerified(w, r, bufs, false)
	if !ok {
		return
	}
	c, err := decodeSlashCommand(body)
	if err != nil {
		a.reject(w, r, http.StatusBadRequest, "malformed slash command", err, false)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), slashDeadline)
	defer cancel()
	out := a.slashJSON(ctx, slashRequest(c), bufs)
	h := w.Header()
	h["Content-Type"] = contentTypeJSON
	// With a length, net/http sends the body in one or two writes instead of 4 KB chunks.
	h["Content-Length"] = []string{strconv.Itoa(len(out))}
	_, _ = w.Write(out)
}

func (a *Adapter) serveEvent(w http.ResponseWriter, r *http.Request) {
	bufs := a.getBuffers()
	defer a.putBuffers(bufs)
	body, ok := a.readVerified(w, r, bufs, true)
	if !ok {
		return
	}
	ev, err := decodeEvent(body)
	if err != nil {
		a.reject(w, r, http.StatusBadRequest, "malformed event", err, true)
		return
	}
	switch ev.outer.Type {
	case slackevents.URLVerification:
		w.Header()["Content-Type"] = contentTypeText
		_, _ = io.WriteString(w, ev.outer.Challenge)
		return
	case slackevents.AppRateLimited:
		a.logger.WarnContext(r.Context(), "slack_app_rate_limited", "team_id", ev.event.TeamID)
	case slackevents.CallbackEvent:
		if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
			a.logger.DebugContext(r.Context(), "slack_event_retry", "event_id", ev.outer.EventID,
				"retry_num", n, "retry_reason", r.Header.Get("X-Slack-Retry-Reason"))
		}
		a.acceptEvent(r.Context(), ev.outer.EventID, ev.event)
	}
	w.WriteHeader(http.StatusOK)
}

func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request) {
	bufs := a.getBuffers()
	defer a.putBuffers(bufs)
	body, ok := a.readVerified(w, r, bufs, false)
	if !ok {
		return
	}
	cb, err := decodeInteraction(body)
	if err != nil {
		a.reject(w, r, http.StatusBadRequest, "malformed interaction", err, false)
		return
	}
	a.acceptInteraction(r.Context(), cb)
	w.WriteHeader(http.StatusOK)
}

// readVerified reads the body (capped) into bufs and checks its signature. On failure it
// has answered the request (401, 413 or 400) and did nothing else.
func (a *Adapter) readVerified(w http.ResponseWriter, r *http.Request, bufs *buffers, noRetry bool) ([]byte, bool) {
	if a.verify == nil {
		// Only a Socket Mode adapter lacks a secret, and its endpoints are never mounted.
		http.Error(w, "Slack request signing is not configured on this briefbot.", http.StatusServiceUnavailable)
		return nil, false
	}
	if headerValue(r.Header, headerSignature) == "" || headerValue(r.Header, headerTimestamp) == "" {
		a.reject(w, r, http.StatusUnauthorized, "missing Slack signature", errMissingHeaders, noRetry)
		return nil, false
	}
	if r.ContentLength > maxBodyBytes {
		a.reject(w, r, http.StatusRequestEntityTooLarge, "request body too large", nil, noRetry)
		return nil, false
	}
	// Read into the pooled buffer: this route is benchmarked, and io.ReadAll would allocate
	// its own for every request.
	buf := bytes.NewBuffer(bufs.body[:0])
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	body := buf.Bytes()
	bufs.body = body
	if err != nil {
		// Declared in here: errors.As moves its target to the heap, and only errors pay.
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			a.reject(w, r, http.StatusRequestEntityTooLarge, "request body too large", nil, noRetry)
		} else {
			a.reject(w, r, http.StatusBadRequest, "unreadable request body", err, noRetry)
		}
		return nil, false
	}
	if err := a.verify.verify(r.Header, body); err != nil {
		a.reject(w, r, http.StatusUnauthorized, "invalid Slack signature", err, noRetry)
		return nil, false
	}
	return body, true
}

// reject answers a request that failed verification or decoding. Rejections are logged at
// debug level only: they are counted by the server's metrics, and a flood of forged requests
// must not become a flood of log lines. noRetry tells Slack's Events API not to retry.
func (a *Adapter) reject(w http.ResponseWriter, r *http.Request, status int, msg string, err error, noRetry bool) {
	a.logger.DebugContext(r.Context(), "slack_request_rejected", "path", r.URL.Path, "status", status, "reason", msg, "err", err)
	if noRetry {
		w.Header().Set("X-Slack-No-Retry", "1")
	}
	http.Error(w, msg, status)
}
