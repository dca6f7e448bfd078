package playground

import (
	"container/list"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/commands"
)

// Entry kinds: what the user typed, the bot's answer, a digest edition, a direct message.
const (
	kindYou    = "you"
	kindBot    = "bot"
	kindDigest = "digest"
	kindDM     = "dm"
)

// entry is one message of a session's history. Replies are kept as the bot returned them and
// rendered when shown: the bot's reply cache shares them, so a history costs little memory.
type entry struct {
	ID   int64
	At   time.Time
	Kind string
	// Text is what the user typed (kindYou), or what the reply answers (kindBot).
	Text string
	// Origin is the command a reply answers; Slack's "More" and "Sources" buttons re-run it.
	// Empty for posted messages and for a follow-up's view of the last answer, which Slack
	// sends whole.
	Origin string
	// Page > 1 is a further page of a long reply, which only Slack sends as a new message.
	Page  int
	Reply commands.Reply
	// Vote is the session's vote on the reply ("up", "down" or none), and Thanks what the
	// bot said to it; the page shows both under the reply.
	Vote, Thanks string
}

// session is one browser's local channel: its history and the event streams watching it.
type session struct {
	channel string
	max     int

	mu       sync.Mutex
	nextID   int64
	history  []entry
	subs     map[chan entry]struct{}
	lastUsed time.Time // the last browser request for it; digests delivered to it do not count
}

// touch records a browser's request for the session.
func (s *session) touch(now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if now.After(s.lastUsed) {
		s.lastUsed = now
	}
}

// idleSince reports whether no browser has used the session since t and none watches it.
func (s *session) idleSince(t time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.subs) == 0 && s.lastUsed.Before(t)
}

// add appends entries to the history, numbering them, and sends them to every stream. A
// stream too slow to take them is dropped: its browser reconnects and replays what it missed
// from the history (Last-Event-ID), so nothing is lost while the history holds it.
func (s *session) add(es ...entry) []entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range es {
		s.nextID++
		es[i].ID = s.nextID
		s.history = append(s.history, es[i])
	}
	if over := len(s.history) - s.max; over > 0 {
		s.history = append(s.history[:0:0], s.history[over:]...)
	}
	for ch := range s.subs {
		for _, e := range es {
			select {
			case ch <- e:
				continue
			default:
			}
			delete(s.subs, ch)
			close(ch)
			break
		}
	}
	return es
}

// find returns the entry with the id, if the history still holds it.
func (s *session) find(id int64) (entry, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range s.history {
		if e.ID == id {
			return e, true
		}
	}
	return entry{}, false
}

// setVote records the session's vote on a reply in its history and returns the entry as it
// now is; false if the history no longer holds it.
func (s *session) setVote(id int64, vote, thanks string) (entry, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.history {
		if s.history[i].ID == id {
			s.history[i].Vote, s.history[i].Thanks = vote, thanks
			return s.history[i], true
		}
	}
	return entry{}, false
}

// since returns the entries after id, in order.
func (s *session) since(id int64) []entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, e := range s.history {
		if e.ID > id {
			return append([]entry(nil), s.history[i:]...)
		}
	}
	return nil
}

// subscribe registers a stream and returns, atomically with it, the entries after id: nothing
// added in between is missed or sent twice.
func (s *session) subscribe(after int64) (chan entry, []entry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch := make(chan entry, 32)
	if s.subs == nil {
		s.subs = map[chan entry]struct{}{}
	}
	s.subs[ch] = struct{}{}
	var backlog []entry
	for _, e := range s.history {
		if e.ID > after {
			backlog = append(backlog, e)
		}
	}
	return ch, backlog
}

// watched reports whether a browser has the session's event stream open.
func (s *session) watched() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.subs) > 0
}

func (s *session) unsubscribe(ch chan entry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.subs[ch]; ok {
		delete(s.subs, ch)
		close(ch)
	}
}

// sessions keeps the most recently used sessions, by channel, up to a bound. A session that
// leaves it — evicted, expired or reset — has ended: the playground then deletes its channel's
// digest subscriptions (sweep).
type sessions struct {
	max, history int
	// maxWatched bounds the sessions an event stream keeps from eviction, so that held streams
	// cannot leave every new visitor's session the next one evicted.
	maxWatched int
	// maxStreams bounds one session's event streams (tabs of one browser).
	maxStreams int

	mu    sync.Mutex
	byCh  map[string]*list.Element // of *session
	order *list.List               // front: most recently used
	// endedEarly are the channels whose sessions ended before the store's channels were
	// adopted (adopt): adopting them would bring back the digests their sessions took away.
	// Once adopted is set, nothing more is recorded.
	adopted    bool
	endedEarly map[string]bool
}

func newSessions(maxSessions, history int) *sessions {
	return &sessions{max: maxSessions, history: history, maxWatched: max(1, maxSessions/2), maxStreams: 8,
		byCh: map[string]*list.Element{}, order: list.New()}
}

// get returns the channel's session, making it if need be (a digest may arrive for a channel
// whose browser has not come back since the process started), and the channels of the
// sessions that made room for it, which have ended.
func (ss *sessions) get(channel string, now time.Time) (*session, []string) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if el, ok := ss.byCh[channel]; ok {
		ss.order.MoveToFront(el)
		return el.Value.(*session), nil
	}
	s := &session{channel: channel, max: ss.history, lastUsed: now}
	ss.byCh[channel] = ss.order.PushFront(s)
	return s, ss.makeRoom(nil)
}

// makeRoom ends sessions (victim) until no more than max are kept, and appends their
// channels to ended. ss.mu is held.
func (ss *sessions) makeRoom(ended []string) []string {
	for ss.order.Len() > ss.max {
		old := ss.victim()
		ss.order.Remove(old)
		ch := old.Value.(*session).channel
		delete(ss.byCh, ch)
		ss.endedNow(ch)
		ended = append(ended, ch)
	}
	return ended
}

// endedNow records that the channel's session ended, while the store's channels are yet to be
// adopted. ss.mu is held.
func (ss *sessions) endedNow(channel string) {
	if ss.adopted {
		return
	}
	if ss.endedEarly == nil {
		ss.endedEarly = map[string]bool{}
	}
	ss.endedEarly[channel] = true
}

// adopt makes a session for each of channels that has none and has not ended since the
// process started, and returns the channels of the sessions that made room for them. From
// then on, ended sessions are no longer recorded.
func (ss *sessions) adopt(channels []string, now time.Time) []string {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	var ended []string
	for _, ch := range channels {
		if _, kept := ss.byCh[ch]; kept || ss.endedEarly[ch] {
			continue
		}
		ss.byCh[ch] = ss.order.PushFront(&session{channel: ch, max: ss.history, lastUsed: now})
		ended = ss.makeRoom(ended)
	}
	ss.adopted, ss.endedEarly = true, nil
	return ended
}

// peek returns the channel's session if it is kept, without making one.
func (ss *sessions) peek(channel string) *session {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if el, ok := ss.byCh[channel]; ok {
		return el.Value.(*session)
	}
	return nil
}

// remove ends a session now (a reset).
func (ss *sessions) remove(channel string) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if el, ok := ss.byCh[channel]; ok {
		ss.order.Remove(el)
		delete(ss.byCh, channel)
		ss.endedNow(channel)
	}
}

// expire ends the sessions no browser has used since before and none watches, and returns
// their channels.
func (ss *sessions) expire(before time.Time) []string {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	var ended []string
	for el := ss.order.Back(); el != nil; {
		prev := el.Prev()
		if s := el.Value.(*session); s.idleSince(before) {
			ss.order.Remove(el)
			delete(ss.byCh, s.channel)
			ss.endedNow(s.channel)
			ended = append(ended, s.channel)
		}
		el = prev
	}
	return ended
}

// has reports whether the channel's session is kept.
func (ss *sessions) has(channel string) bool {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	_, ok := ss.byCh[channel]
	return ok
}

// victim is the session to drop: the least recently used one that no browser is watching,
// so that digests arriving for channels left long ago cannot push out a page that is open;
// the least recently used of all when every one is watched. The session just made (at the
// front) is never the victim: with at most maxWatched sessions watched, an unwatched older
// one is always there.
func (ss *sessions) victim() *list.Element {
	for el := ss.order.Back(); el != nil && el != ss.order.Front(); el = el.Prev() {
		if !el.Value.(*session).watched() {
			return el
		}
	}
	if back := ss.order.Back(); back != ss.order.Front() {
		return back
	}
	return ss.order.Front()
}

// errBusy refuses an event stream: too many sessions are watched, or this one has too many.
var errBusy = errors.New("too many open playground pages; this page works, but digest editions show only when it is reloaded")

// subscribe opens an event stream on the channel's session (making it if need be): its
// channel and the entries after id, atomically, plus the sessions that ended to make room.
func (ss *sessions) subscribe(channel string, after int64, now time.Time) (*session, chan entry, []entry, []string, error) {
	s, ended := ss.get(channel, now)
	ss.mu.Lock()
	defer ss.mu.Unlock()
	watched := 0
	for el := ss.order.Front(); el != nil; el = el.Next() {
		if el.Value.(*session).watched() {
			watched++
		}
	}
	s.mu.Lock()
	n := len(s.subs)
	s.mu.Unlock()
	if n >= ss.maxStreams || n == 0 && watched >= ss.maxWatched {
		return s, nil, nil, ended, errBusy
	}
	s.touch(now)
	ch, backlog := s.subscribe(after)
	return s, ch, backlog, ended, nil
}

// Session cookie and channel names. A channel is "pg-" and 32 hex digits: random, so a
// session's channel cannot be guessed from another's.
const (
	cookieName    = "briefbot_playground"
	channelPrefix = "pg-"
)

func newChannel() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand)
	return channelPrefix + hex.EncodeToString(b[:])
}

// validChannel accepts the playground's own channels and other local channels (the terminal
// chat's "local"): short, plain identifiers, nothing that could break out of a URL or header.
func validChannel(ch string) bool {
	if ch == "" || len(ch) > 64 {
		return false
	}
	for _, c := range ch {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// channelOf reads the session's channel from its cookie, or starts a new session (setting the
// cookie) when there is none.
func channelOf(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(cookieName); err == nil && strings.HasPrefix(c.Value, channelPrefix) && validChannel(c.Value) {
		return c.Value
	}
	ch := newChannel()
	setChannelCookie(w, ch)
	return ch
}

// setChannelCookie names the session's channel for the browser until it closes: the session
// itself ends on the server after Options.SessionIdle without a visit.
func setChannelCookie(w http.ResponseWriter, ch string) {
	http.SetCookie(w, &http.Cookie{
		Name: cookieName, Value: ch, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode,
	})
}
