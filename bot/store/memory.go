package store

import (
	"context"
	"time"
	"unicode/utf8"
)

// Memory is what briefbot keeps of conversations and feedback, in the database every replica
// shares: each conversation's last answer (so a follow-up reaches any replica), the answers
// given and the votes on them (the curators' report). Store implementations include it.
type Memory interface {
	// SaveTurn records a conversation's last answer (an opaque JSON document the bot writes,
	// at most MaxTurnSize bytes of UTF-8), replacing the previous one unless that one was
	// saved later (of two replicas racing, the later answer stays). It also forgets turns
	// last saved before forgetBefore (zero: none), oldest first and a bounded number per save
	// (so no one save pays for a long quiet spell), so the table holds live conversations.
	SaveTurn(ctx context.Context, key string, turn []byte, at, forgetBefore time.Time) error
	// LoadTurn returns the conversation's last answer if it was saved at or after since
	// (zero: whenever), else ErrNotFound.
	LoadTurn(ctx context.Context, key string, since time.Time) ([]byte, error)
	// RecordAnswers adds answers given, in one transaction: an ID not seen before is
	// inserted; a known one has its Count added, and when this record is the later one, At
	// moves to it and so do Command, Found and FactIDs (a question refused last week and
	// answered today is answered); FirstAt and the rest of the first record stay.
	RecordAnswers(ctx context.Context, answers []Answer) error
	// Vote records one user's vote on an answer; a later vote by the same user on the same
	// answer replaces the earlier one. The answer need not be recorded yet.
	Vote(ctx context.Context, v Vote) error
	// Report lists the recorded answers given or voted on since f.Since that were refused
	// (not Found, as last given) or voted down more than up, most often given first (then
	// the most recent, then by ID).
	Report(ctx context.Context, f ReportFilter) ([]AnswerReport, error)
}

// Limits on what Memory stores.
const (
	// MaxTurnSize bounds a saved turn: a few ids and names, far below it.
	MaxTurnSize = 64 << 10
	// MaxConversationKeyLength bounds a conversation key (platform, workspace and
	// conversation ids, joined).
	MaxConversationKeyLength = 4 * MaxIDLength
)

// Answer is one answer the bot gave.
type Answer struct {
	// ID is derived by the bot from the request: the same question, in the same
	// conversation and after the same previous answer, is the same answer.
	ID           string
	Platform     string
	Conversation string // the conversation key; empty for one-shot requests
	Command      string // the command that answered ("ask", "relations", …)
	Question     string // what the user wrote, cut to MaxTextLength
	Found        bool
	FactIDs      []string // the facts shown, in order
	At           time.Time
	Count        int // how many times it was given (at least 1; 0 counts as 1)
}

// Vote is one user's 👍 or 👎 on an answer.
type Vote struct {
	AnswerID string
	Platform string
	User     string
	Up       bool
	At       time.Time
}

// ReportFilter selects what Report lists.
type ReportFilter struct {
	Since time.Time // answers last given, or voted on, at or after Since; zero: all
	Limit int       // at most this many; 0: all
}

// AnswerReport is one answer with how often it was given and the votes on it.
type AnswerReport struct {
	Answer            // Count is the total, At the last time it was given
	FirstAt time.Time // when it was first given
	Up      int
	Down    int
	// Voters are the users who voted it down (sorted), for a report that asks who.
	Voters []string
}

// CheckConversationKey rejects keys SaveTurn and LoadTurn cannot hold.
func CheckConversationKey(key string) error {
	switch {
	case key == "":
		return Errorf(CodeInvalid, "conversation key is required")
	case len(key) > MaxConversationKeyLength:
		return Errorf(CodeInvalid, "conversation key is longer than %d bytes", MaxConversationKeyLength)
	case !utf8.ValidString(key):
		return Errorf(CodeInvalid, "conversation key is not valid UTF-8")
	}
	return nil
}

// CheckTurn rejects a turn document SaveTurn cannot hold.
func CheckTurn(turn []byte) error {
	switch {
	case len(turn) == 0:
		return Errorf(CodeInvalid, "turn is empty")
	case len(turn) > MaxTurnSize:
		return Errorf(CodeInvalid, "turn is larger than %d bytes", MaxTurnSize)
	case !utf8.Valid(turn):
		return Errorf(CodeInvalid, "turn is not valid UTF-8")
	}
	return nil
}

// Normalize returns the answer as the store keeps it: the question cut to MaxTextLength, the
// time canonical, a zero Count as 1.
func (a Answer) Normalize() Answer {
	a.Question = Clip(a.Question)
	a.At = CanonicalTime(a.At)
	if a.Count == 0 {
		a.Count = 1
	}
	return a
}

// Validate reports, as an ErrInvalid-coded error, what is wrong with an answer to record.
func (a Answer) Validate() error {
	if err := checkID("answer id", a.ID, false); err != nil {
		return err
	}
	if !platformRE.MatchString(a.Platform) {
		return Errorf(CodeInvalid, "platform must be a lowercase id such as %q, not %q", PlatformSlack, a.Platform)
	}
	if a.Conversation != "" {
		if err := CheckConversationKey(a.Conversation); err != nil {
			return err
		}
	}
	if err := checkID("command", a.Command, true); err != nil {
		return err
	}
	if a.Count < 0 {
		return Errorf(CodeInvalid, "answer count must not be negative, not %d", a.Count)
	}
	if err := CheckFactIDs(a.FactIDs); err != nil {
		return err
	}
	return CheckTime("answer time", a.At)
}

// Validate reports, as an ErrInvalid-coded error, what is wrong with a vote to record.
func (v Vote) Validate() error {
	if err := checkID("answer id", v.AnswerID, false); err != nil {
		return err
	}
	if !platformRE.MatchString(v.Platform) {
		return Errorf(CodeInvalid, "platform must be a lowercase id such as %q, not %q", PlatformSlack, v.Platform)
	}
	if err := checkID("user", v.User, false); err != nil {
		return err
	}
	return CheckTime("vote time", v.At)
}
