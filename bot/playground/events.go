package playground

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// writeGrace is how long one write to an event stream may take. The server's write timeout
// would cut a stream after a few seconds; a deadline per write keeps a live stream open and
// still drops a browser that stopped reading.
const writeGrace = 30 * time.Second

// handleEvents streams a local channel's new messages as Server-Sent Events: digest editions
// the scheduler posts, and the session's own messages from other tabs. Each event carries the
// message's id, so a browser that reconnects (EventSource does so by itself) sends
// Last-Event-ID and gets what it missed from the history.
func (p *Playground) handleEvents(w http.ResponseWriter, r *http.Request) {
	channel := r.URL.Query().Get("channel")
	if channel == "" {
		if c, err := r.Cookie(cookieName); err == nil {
			channel = c.Value
		}
	}
	if !validChannel(channel) {
		http.Error(w, "events need ?channel=ID, the page's local channel", http.StatusBadRequest)
		return
	}
	after, err := lastSeen(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	// Ids count from 1 in each process: a page made by an earlier one (its boot differs) has
	// seen ids that mean other messages here, so it gets the whole history and is told.
	boot := r.URL.Query().Get("boot")
	restarted := boot != "" && boot != p.boot
	if restarted {
		after = 0
	}
	sess, ch, backlog, ended, err := p.sessions.subscribe(channel, after, p.opts.Now())
	p.ended(ended)
	if err != nil {
		w.Header().Set("Retry-After", "60")
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
		return
	}
	defer sess.unsubscribe(ch)
	defer func() { sess.touch(p.opts.Now()) }() // idle time counts from when the page closed

	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // a proxy in front must not hold events back
	w.WriteHeader(http.StatusOK)
	write := func(s string) bool {
		_ = rc.SetWriteDeadline(time.Now().Add(writeGrace)) // unsupported only by test recorders
		if _, err := fmt.Fprint(w, s); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !write("retry: 2000\n\n") {
		return
	}
	if restarted && !write("event: boot\ndata: "+p.boot+"\n\n") {
		return
	}
	send := func(e entry) bool {
		if e.ID <= after {
			return true
		}
		after = e.ID
		h, err := p.messageHTML(e)
		if err != nil {
			p.logger.ErrorContext(r.Context(), "playground_event_failed", "err", err)
			return true
		}
		data, err := json.Marshal(messageJSON{ID: e.ID, Kind: e.Kind, HTML: h})
		if err != nil {
			return true
		}
		return write("id: " + strconv.FormatInt(e.ID, 10) + "\nevent: message\ndata: " + string(data) + "\n\n")
	}
	for _, e := range backlog {
		if !send(e) {
			return
		}
	}
	beat := time.NewTicker(p.opts.Heartbeat)
	defer beat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-p.stop:
			return
		case e, ok := <-ch:
			if !ok {
				return // too slow: dropped; the browser reconnects and replays
			}
			if !send(e) {
				return
			}
		case <-beat.C:
			if !write(": ping\n\n") {
				return
			}
		}
	}
}

// lastSeen is the id of the last message the browser has: Last-Event-ID on a reconnect, or
// the page's ?after= on the first connection.
func lastSeen(r *http.Request) (int64, error) {
	s := r.Header.Get("Last-Event-ID")
	if s == "" {
		s = r.URL.Query().Get("after")
	}
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad last event id %q", s)
	}
	return n, nil
}
