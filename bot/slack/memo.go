package slack

import (
	"sync"

	"github.com/briefbot/briefbot/commands"
)

// renderMemo keeps, per request text, the reply last rendered and its encoded message, so an
// answerer that memoises its replies (handing back the very same reply for a repeated
// briefing) costs no second rendering. Replies are compared by identity, never by content:
// a freshly composed reply always misses, so the memo can never serve a stale answer. A key
// whose stored reply is replaced more than maxReplaced times has replies that keep changing:
// it is marked and no longer stored, so an answerer that does not memoise pays one map lookup
// per request. (A few replacements are normal: requests racing on a cold key each compose a
// reply before the answerer has kept one, and marking the key at the first would leave a
// memoising answerer's most asked briefing rendered afresh for the life of the process.) Replies are read-only once made (the command
// layer shares their facts), which is what makes identity enough.
type renderMemo struct {
	mu      sync.RWMutex
	entries map[renderKey]*renderEntry
	max     int
}

type renderKey struct {
	text string
	page int
}

type renderEntry struct {
	reply    commands.Reply
	json     []byte // never modified once stored
	replaced int    // how many times another reply took this key's place
	unstable bool   // replies for this key are composed afresh each time: do not store
}

// maxReplaced is how many replacements a key survives before it counts as unstable.
const maxReplaced = 8

func newRenderMemo(max int) *renderMemo {
	return &renderMemo{entries: map[renderKey]*renderEntry{}, max: max}
}

// get returns the stored JSON for key if r is the reply it was rendered from; store says
// whether a fresh rendering is worth putting.
func (m *renderMemo) get(key renderKey, r commands.Reply) (json []byte, ok, store bool) {
	m.mu.RLock()
	e := m.entries[key]
	m.mu.RUnlock()
	switch {
	case e == nil:
		return nil, false, true
	case e.unstable:
		return nil, false, false
	case sameReply(e.reply, r):
		return e.json, true, false
	}
	return nil, false, true
}

// put stores a rendering of r; if another reply is stored for key, replies for it change
// from one request to the next, and the key is marked so.
func (m *renderMemo) put(key renderKey, r commands.Reply, json []byte) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e := m.entries[key]; e != nil {
		switch {
		case e.unstable || sameReply(e.reply, r):
		case e.replaced >= maxReplaced:
			m.entries[key] = &renderEntry{unstable: true}
		default:
			m.entries[key] = &renderEntry{reply: r, json: json, replaced: e.replaced + 1}
		}
		return
	}
	if len(m.entries) >= m.max {
		for k := range m.entries { // evict an arbitrary entry
			delete(m.entries, k)
			break
		}
	}
	m.entries[key] = &renderEntry{reply: r, json: json}
}

// sameReply reports whether a and b are the same reply object: equal scalars and the same
// backing arrays.
func sameReply(a, b commands.Reply) bool {
	return a.Command == b.Command && a.Found == b.Found && a.Code == b.Code && a.Title == b.Title &&
		a.Lead == b.Lead && a.Source == b.Source && a.Ephemeral == b.Ephemeral &&
		sameSlice(a.Sections, b.Sections) && sameSlice(a.Notes, b.Notes) && sameSlice(a.Suggestions, b.Suggestions)
}

func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
