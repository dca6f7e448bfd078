package sqlcommon

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

// pruneBatch bounds how many expired turns one SaveTurn forgets, so that the first save after
// a long quiet spell does not pay for all of it.
const pruneBatch = 100

// SaveTurn implements store.Memory.
func (s *Store) SaveTurn(ctx context.Context, key string, turn []byte, at, forgetBefore time.Time) error {
	if err := checkTurn(key, turn, at); err != nil {
		return fmt.Errorf("save turn: %w", err)
	}
	err := s.d.Write(ctx, func(tx Tx) error {
		// The WHERE keeps a later turn that another replica saved first.
		if _, err := tx.Exec(ctx, `INSERT INTO conversation_turns (conversation, turn, saved_at) VALUES ($1, $2, $3)
			ON CONFLICT (conversation) DO UPDATE SET turn = excluded.turn, saved_at = excluded.saved_at
			WHERE conversation_turns.saved_at <= excluded.saved_at`,
			key, string(turn), s.d.Time(at)); err != nil {
			return err
		}
		if forgetBefore.IsZero() {
			return nil
		}
		return s.pruneTurns(ctx, tx, forgetBefore)
	})
	if err != nil {
		return fmt.Errorf("save turn: %w", err)
	}
	return nil
}

func checkTurn(key string, turn []byte, at time.Time) error {
	if err := store.CheckConversationKey(key); err != nil {
		return err
	}
	if err := store.CheckTurn(turn); err != nil {
		return err
	}
	return store.CheckTime("turn time", at)
}

// pruneTurns forgets up to pruneBatch turns saved before forgetBefore. Rows another
// transaction holds are skipped (the dialect's SkipLocked), not waited for: two saves pruning
// each other's revived conversations would otherwise deadlock.
func (s *Store) pruneTurns(ctx context.Context, tx Tx, forgetBefore time.Time) error {
	_, err := tx.Exec(ctx, `DELETE FROM conversation_turns WHERE conversation IN (
			SELECT conversation FROM conversation_turns WHERE saved_at < $1
			ORDER BY saved_at LIMIT `+fmt.Sprint(pruneBatch)+` `+s.d.SkipLocked+`)`,
		s.d.Time(forgetBefore))
	return err
}

// LoadTurn implements store.Memory.
func (s *Store) LoadTurn(ctx context.Context, key string, since time.Time) ([]byte, error) {
	if err := store.CheckConversationKey(key); err != nil {
		return nil, fmt.Errorf("load turn: %w", err)
	}
	var w where
	w.and("conversation = " + w.arg(key))
	if !since.IsZero() {
		w.and("saved_at >= " + w.arg(s.d.Time(since)))
	}
	var turn string
	err := s.d.Read(ctx, func(tx Tx) error {
		return tx.QueryRow(ctx, `SELECT turn FROM conversation_turns WHERE `+w.String(), w.args...).Scan(&turn)
	})
	if err != nil {
		return nil, fmt.Errorf("load turn: %w", err)
	}
	return []byte(turn), nil
}

// recordAnswer inserts an answer or adds it to the one recorded: the later record gives the
// answer as last given; the counts add up. SET reads the row's old values throughout, on both
// backends, so the order of the assignments does not matter.
const recordAnswer = `INSERT INTO answers
		(id, platform, conversation, command, question, found, fact_ids, first_at, last_at, count)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)
	ON CONFLICT (id) DO UPDATE SET
		count = answers.count + excluded.count,
		first_at = CASE WHEN excluded.first_at < answers.first_at THEN excluded.first_at ELSE answers.first_at END,
		last_at = CASE WHEN excluded.last_at > answers.last_at THEN excluded.last_at ELSE answers.last_at END,
		command = CASE WHEN excluded.last_at >= answers.last_at THEN excluded.command ELSE answers.command END,
		found = CASE WHEN excluded.last_at >= answers.last_at THEN excluded.found ELSE answers.found END,
		fact_ids = CASE WHEN excluded.last_at >= answers.last_at THEN excluded.fact_ids ELSE answers.fact_ids END`

// RecordAnswers implements store.Memory.
func (s *Store) RecordAnswers(ctx context.Context, answers []store.Answer) error {
	if len(answers) == 0 {
		return nil
	}
	rows := make([]store.Answer, len(answers))
	for i, a := range answers {
		a = a.Normalize()
		if err := a.Validate(); err != nil {
			return fmt.Errorf("record answers: answer %d: %w", i, err)
		}
		rows[i] = a
	}
	args := make([][]any, len(rows))
	for i, a := range rows {
		args[i] = []any{a.ID, a.Platform, a.Conversation, a.Command, a.Question,
			a.Found, s.d.List(a.FactIDs), s.d.Time(a.At), a.Count}
	}
	err := s.d.Write(ctx, func(tx Tx) error { return tx.ExecEach(ctx, recordAnswer, args) })
	if err != nil {
		return fmt.Errorf("record answers: %w", err)
	}
	return nil
}

// Vote implements store.Memory.
func (s *Store) Vote(ctx context.Context, v store.Vote) error {
	if err := v.Validate(); err != nil {
		return fmt.Errorf("vote: %w", err)
	}
	err := s.d.Write(ctx, func(tx Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO votes (answer_id, platform, user_id, up, at) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (answer_id, platform, user_id) DO UPDATE SET up = excluded.up, at = excluded.at
			WHERE votes.at <= excluded.at`,
			v.AnswerID, v.Platform, v.User, v.Up, s.d.Time(v.At))
		return err
	})
	if err != nil {
		return fmt.Errorf("vote: %w", err)
	}
	return nil
}

// Report implements store.Memory.
func (s *Store) Report(ctx context.Context, f store.ReportFilter) ([]store.AnswerReport, error) {
	if f.Limit < 0 {
		return nil, fmt.Errorf("report: %w", store.Errorf(store.CodeInvalid, "limit must not be negative"))
	}
	// The answers in the window: given since, or voted on since. A UNION of the two, so that
	// each side reads its own time index.
	var w where
	if !f.Since.IsZero() {
		p := w.arg(s.d.Time(f.Since))
		w.and(`a.id IN (SELECT id FROM answers WHERE last_at >= ` + p + `
			UNION SELECT answer_id FROM votes WHERE at >= ` + p + `)`)
	}
	// The voters' query takes the window without the limit.
	window := where{conds: w.conds, args: slices.Clip(w.args)}
	limit := ""
	if f.Limit > 0 {
		limit = " LIMIT " + w.arg(f.Limit)
	}
	query := `SELECT id, platform, conversation, command, question, found, fact_ids, first_at, last_at, count, ups, downs
		FROM (SELECT a.id, a.platform, a.conversation, a.command, a.question, a.found, a.fact_ids,
				a.first_at, a.last_at, a.count,
				(SELECT count(*) FROM votes v WHERE v.answer_id = a.id AND v.up) AS ups,
				(SELECT count(*) FROM votes v WHERE v.answer_id = a.id AND NOT v.up) AS downs
			FROM answers a WHERE ` + w.String() + `) r
		WHERE NOT r.found OR r.downs > r.ups
		ORDER BY r.count DESC, r.last_at DESC, r.id` + limit
	var out []store.AnswerReport
	err := s.d.Read(ctx, func(tx Tx) error {
		rows, err := tx.Query(ctx, query, w.args...)
		if out, err = collect(rows, err, s.scanAnswerReport); err != nil {
			return err
		}
		return s.addVoters(ctx, tx, out, window)
	})
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return out, nil
}

func (s *Store) scanAnswerReport(row Row) (store.AnswerReport, error) {
	var r store.AnswerReport
	err := row.Scan(&r.ID, &r.Platform, &r.Conversation, &r.Command, &r.Question, &r.Found,
		s.d.ScanList(&r.FactIDs), s.d.ScanTime(&r.FirstAt), s.d.ScanTime(&r.At), &r.Count, &r.Up, &r.Down)
	if len(r.FactIDs) == 0 {
		r.FactIDs = nil
	}
	return r, err
}

// addVoters fills in who voted each reported answer down, in the report's transaction: one
// query over the same window as the report's (w), whose arguments it reuses.
func (s *Store) addVoters(ctx context.Context, tx Tx, reports []store.AnswerReport, w where) error {
	at := map[string]int{}
	for i, r := range reports {
		if r.Down > 0 {
			at[r.ID] = i
		}
	}
	if len(at) == 0 {
		return nil
	}
	rows, err := tx.Query(ctx, `SELECT v.answer_id, v.user_id FROM votes v
		WHERE NOT v.up AND v.answer_id IN (SELECT a.id FROM answers a WHERE `+w.String()+`)
		ORDER BY v.answer_id, v.user_id`, w.args...)
	return each(rows, err, func(r Row) error {
		var id, user string
		if err := r.Scan(&id, &user); err != nil {
			return err
		}
		if i, ok := at[id]; ok {
			reports[i].Voters = append(reports[i].Voters, user)
		}
		return nil
	})
}
