package bot

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/commands"
)

// ConversationTTL is how long a conversation remembers its last answer.
const ConversationTTL = 30 * time.Minute

// Answers to record are added up in memory by answer id and written in batches, so that no
// request waits for the database and a question asked a thousand times a second is one row
// write a second. At most recordPending distinct answers wait; beyond that, new ones are
// dropped (and counted) rather than grow memory with what users type.
const (
	recordPending  = 4096
	recordBatch    = 256
	recordInterval = time.Second
)

// memory is the Bot's link to the shared store: conversation turns are read and written in
// the request (another replica may take the next message), answers are recorded in batches.
type memory struct {
	m       store.Memory
	ttl     time.Duration
	mu      sync.Mutex
	pending map[string]*store.Answer // by answer id; swapped out whole by take
	flushMu sync.Mutex               // one flush at a time: Run's and a caller's Flush
}

// Remember makes the Bot keep conversations and feedback in m: a request with a
// Conversation gets its previous answer (if it is younger than ttl; 0 means ConversationTTL),
// and every answer gets an AnswerID and is recorded. Run writes the records; call it (or
// Flush) while the Bot serves. For wiring time only.
func (b *Bot) Remember(m store.Memory, ttl time.Duration) {
	if ttl <= 0 {
		ttl = ConversationTTL
	}
	b.mem = &memory{m: m, ttl: ttl, pending: map[string]*store.Answer{}}
}

// Name is the Bot's name as a Runner.
func (b *Bot) Name() string { return "answers-recorder" }

// Run writes the answers given to the store, in batches, until ctx is done, then writes
// what is left. Without Remember it only waits.
func (b *Bot) Run(ctx context.Context) error {
	if b.mem == nil {
		<-ctx.Done()
		return nil
	}
	t := time.NewTicker(recordInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			// The run is over, but what was answered is still worth a last write.
			stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			defer cancel()
			return b.Flush(stop)
		case <-t.C:
			if err := b.Flush(ctx); err != nil {
				b.logger.WarnContext(ctx, "answers_record_failed", "err", err)
			}
		}
	}
}

// Flush writes the answers waiting now.
func (b *Bot) Flush(ctx context.Context) error {
	if b.mem == nil {
		return nil
	}
	b.mem.flushMu.Lock()
	defer b.mem.flushMu.Unlock()
	answers := b.mem.take()
	for len(answers) > 0 {
		n := min(len(answers), recordBatch)
		if err := b.mem.m.RecordAnswers(ctx, answers[:n]); err != nil {
			b.metrics.answersDropped(len(answers))
			return fmt.Errorf("record %d answers: %w", len(answers), err)
		}
		answers = answers[n:]
	}
	return nil
}

// count counts one more giving, at, of the answer id if it is waiting already.
func (m *memory) count(id string, at time.Time) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.pending[id]
	if ok {
		p.Count++
		p.At = at
	}
	return ok
}

// add adds a to the waiting answers (or counts it, if another request added it meanwhile),
// unless too many distinct answers already wait.
func (m *memory) add(a store.Answer) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if p, ok := m.pending[a.ID]; ok {
		p.Count++
		p.At = a.At
		return true
	}
	if len(m.pending) >= recordPending {
		return false
	}
	m.pending[a.ID] = &a
	return true
}

// take empties the waiting answers, oldest last given first.
func (m *memory) take() []store.Answer {
	m.mu.Lock()
	pending := m.pending
	m.pending = make(map[string]*store.Answer, len(pending))
	m.mu.Unlock()
	out := make([]store.Answer, 0, len(pending))
	for _, a := range pending {
		out = append(out, *a)
	}
	slices.SortFunc(out, func(a, b store.Answer) int { return a.At.Compare(b.At) })
	return out
}

// previous loads the conversation's last answer into req. A store that cannot be read costs
// the follow-up its context, not the answer: the message is then read on its own.
func (b *Bot) previous(ctx context.Context, req *commands.Request) {
	if b.mem == nil || req.Conversation == "" || req.Previous != nil {
		return
	}
	raw, err := b.mem.m.LoadTurn(ctx, conversationKey(*req), b.now().Add(-b.mem.ttl))
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) {
			b.logger.WarnContext(ctx, "conversation_load_failed", "platform", req.Platform, "err", err)
		}
		return
	}
	var t commands.Turn
	if err := json.Unmarshal(raw, &t); err != nil {
		b.logger.WarnContext(ctx, "conversation_unreadable", "platform", req.Platform, "err", err)
		return
	}
	req.Previous = &t
}

// remember saves what the conversation should know of reply, and queues the answer for the
// record, giving it the AnswerID its feedback buttons carry.
func (b *Bot) remember(ctx context.Context, req commands.Request, reply *commands.Reply) {
	if b.mem == nil {
		return
	}
	now := b.now()
	if req.Conversation != "" && reply.Turn != nil {
		raw, err := json.Marshal(reply.Turn)
		if err == nil {
			err = b.mem.m.SaveTurn(ctx, conversationKey(req), raw, now, now.Add(-b.mem.ttl))
		}
		if err != nil {
			b.logger.WarnContext(ctx, "conversation_save_failed", "platform", req.Platform, "err", err)
		}
	}
	if reply.Code == commands.CodeInternal || reply.Code == commands.CodeForbidden || reply.Command == "help" {
		return // nothing a curator could improve by adding facts
	}
	reply.AnswerID = answerID(req)
	if b.mem.count(reply.AnswerID, now) {
		return // waiting already: the same request gives the same answer
	}
	a := store.Answer{
		ID: reply.AnswerID, Platform: req.Platform, Conversation: conversationKeyOrEmpty(req),
		Command: reply.Command, Question: store.Clip(req.Text), Found: reply.Found,
		FactIDs: factIDs(*reply), At: now, Count: 1,
	}
	if !b.mem.add(a) {
		b.metrics.answersDropped(1)
	}
}

// InConversation reports whether req continues a live conversation: a Slack thread or a
// Discord thread the bot answered in, where a message without a mention is still for it.
func (b *Bot) InConversation(ctx context.Context, req commands.Request) bool {
	if b.mem == nil || req.Conversation == "" {
		return false
	}
	_, err := b.mem.m.LoadTurn(ctx, conversationKey(req), b.now().Add(-b.mem.ttl))
	return err == nil
}

// Vote records a user's 👍 (up) or 👎 on an answer and returns what to tell them. One vote
// per user per answer: voting again replaces the vote.
func (b *Bot) Vote(ctx context.Context, platform, user, answerID string, up bool) (string, error) {
	if b.mem == nil {
		return "", errors.New("feedback is not recorded here")
	}
	if user == "" || answerID == "" {
		return "", errors.New("a vote needs a user and an answer")
	}
	err := b.mem.m.Vote(ctx, store.Vote{AnswerID: answerID, Platform: platform, User: user, Up: up, At: b.now()})
	if err != nil {
		return "", fmt.Errorf("record vote: %w", err)
	}
	if up {
		return "Thanks for the 👍: noted.", nil
	}
	return "Thanks for the 👎: noted. The curators will see this question and what I answered.", nil
}

// conversationKey names a conversation across platforms and workspaces.
func conversationKey(req commands.Request) string {
	return req.Platform + "/" + req.Workspace + "/" + req.Conversation
}

func conversationKeyOrEmpty(req commands.Request) string {
	if req.Conversation == "" {
		return ""
	}
	return conversationKey(req)
}

// answerID identifies an answer by what decides it: the text, and in a conversation the
// conversation and the answer it follows. Asked again the same way, it is the same answer, so
// its feedback buttons (and a reused encoded reply) stay right.
func answerID(req commands.Request) string {
	h := fnv.New64a()
	for _, part := range [...]string{req.Platform, req.Text, conversationKeyOrEmpty(req), previousCommand(req)} {
		io.WriteString(h, part)
		h.Write([]byte{0})
	}
	var id [8]byte
	return hex.EncodeToString(h.Sum(id[:0]))
}

func previousCommand(req commands.Request) string {
	if req.Conversation == "" || req.Previous == nil {
		return ""
	}
	return req.Previous.Command
}

func factIDs(r commands.Reply) []string {
	var out []string
	for _, f := range r.Facts() {
		out = append(out, f.ID)
	}
	return slices.Clip(out)
}
