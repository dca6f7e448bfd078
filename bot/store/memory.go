package store

import (
	"context"
	"time"
)

// Memory is what briefbot keeps of conversations and feedback, in the database every replica
// shares: each conversation's last answer (so a follow-up reaches any replica), the answers
// given and the votes on them (the curators' report). Store implementations include it.
type Memory interface {
	// SaveTurn records a conversation's last answer (an opaque JSON document the bot writes),
	// replacing the previous one. It also forgets turns last saved before forgetBefore, so
	// the table holds live conversations only.
	SaveTurn(ctx context.Context, key string, turn []byte, at, forgetBefore time.Time) error
	// LoadTurn returns the conversation's last answer if it was saved at or after since, else
	// ErrNotFound.
	LoadTurn(ctx context.Context, key string, since time.Time) ([]byte, error)
	// RecordAnswers adds answers given: an ID not seen before is inserted, a known one has
	// its Count added and At moved to the later time (the rest of the first record stays).
	RecordAnswers(ctx context.Context, answers []Answer) error
	// Vote records one user's vote on an answer; a later vote by the same user on the same
	// answer replaces the earlier one. The answer need not be recorded yet.
	Vote(ctx context.Context, v Vote) error
	// Report lists the answers given or voted on since f.Since that were refused (not Found)
	// or voted down more than up, most often given first.
	Report(ctx context.Context, f ReportFilter) ([]AnswerReport, error)
}

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
	Count        int // how many times it was given (at least 1)
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
	Since time.Time // answers last given, or voted on, at or after Since
	Limit int       // at most this many; 0: all
}

// AnswerReport is one answer with how often it was given and the votes on it.
type AnswerReport struct {
	Answer            // Count is the total, At the last time it was given
	FirstAt time.Time // when it was first given
	Up      int
	Down    int
	// Voters are the users who voted it down, for a report that asks who.
	Voters []string
}
