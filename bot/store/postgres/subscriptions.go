package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/jackc/pgx/v5"
)

// subscriptionColumns is the SELECT list scanSubscription reads. LastSlot is
// read from the ledger so it cannot go stale; written as ORDER BY … LIMIT 1
// it is one backward seek on the ledger's primary key however many slots a
// subscription has accumulated.
const subscriptionColumns = `s.id, s.platform, s.workspace, s.channel, s.schedule, s.time_zone,
	s.filter_entities, s.filter_topics, s.per_edition, s.created_by, s.created_at, s.updated_at,
	s.active_since, s.paused, s.paused_reason, s.paused_at, s.deleted_at, s.rotation, s.version,
	(SELECT d.slot FROM deliveries d WHERE d.subscription_id = s.id ORDER BY d.slot DESC LIMIT 1)`

func scanSubscription(row pgx.Row) (store.Subscription, error) {
	var s store.Subscription
	var pausedAt, deletedAt, lastSlot *time.Time
	err := row.Scan(&s.ID, &s.Platform, &s.Workspace, &s.Channel, &s.Schedule, &s.TimeZone,
		&s.Filter.Entities, &s.Filter.Topics, &s.PerEdition, &s.CreatedBy, &s.CreatedAt, &s.UpdatedAt,
		&s.ActiveSince, &s.Paused, &s.PausedReason, &pausedAt, &deletedAt, &s.Rotation, &s.Version, &lastSlot)
	if err != nil {
		return store.Subscription{}, err
	}
	s.CreatedAt, s.UpdatedAt, s.ActiveSince = s.CreatedAt.UTC(), s.UpdatedAt.UTC(), s.ActiveSince.UTC()
	s.PausedAt, s.DeletedAt, s.LastSlot = utc(pausedAt), utc(deletedAt), utc(lastSlot)
	if len(s.Filter.Entities) == 0 {
		s.Filter.Entities = nil
	}
	if len(s.Filter.Topics) == 0 {
		s.Filter.Topics = nil
	}
	return s, nil
}

func utc(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// list makes a text[] value that is never NULL.
func list(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// CreateSubscription implements store.Store.
func (s *Store) CreateSubscription(ctx context.Context, sub store.Subscription) (store.Subscription, error) {
	sub.Filter = sub.Filter.Normalize()
	if sub.PerEdition == 0 {
		sub.PerEdition = store.DefaultPerEdition
	}
	if err := sub.Validate(); err != nil {
		return store.Subscription{}, fmt.Errorf("create subscription: %w", err)
	}
	now := store.CanonicalTime(s.now())
	var out store.Subscription
	err := s.tx(ctx, func(tx pgx.Tx) error {
		id, err := createSubscription(ctx, tx, sub, now)
		if err != nil {
			return err
		}
		out, err = findSubscription(ctx, tx, id)
		return err
	})
	if err != nil {
		return store.Subscription{}, fmt.Errorf("create subscription: %w", err)
	}
	return out, nil
}

func createSubscription(ctx context.Context, tx pgx.Tx, sub store.Subscription, now time.Time) (int64, error) {
	v, err := bumpVersion(ctx, tx)
	if err != nil {
		return 0, err
	}
	var id int64
	err = tx.QueryRow(ctx, `INSERT INTO subscriptions (platform, workspace, channel, schedule, time_zone,
			filter_entities, filter_topics, per_edition, created_by, created_at, updated_at, active_since, version)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10, $11) RETURNING id`,
		sub.Platform, sub.Workspace, sub.Channel, sub.Schedule, sub.TimeZone,
		list(sub.Filter.Entities), list(sub.Filter.Topics), sub.PerEdition, sub.CreatedBy, now, v).Scan(&id)
	if store.ErrorCode(FormatError(err)) == store.CodeConflict {
		return 0, store.Duplicate(err)
	}
	return id, err
}

// bumpVersion takes the next value of the store-wide change counter. The row
// lock it takes is held until commit, so a later version never becomes
// visible before an earlier one: a replica polling ChangedAfter misses
// nothing.
func bumpVersion(ctx context.Context, tx pgx.Tx) (int64, error) {
	var v int64
	err := tx.QueryRow(ctx, `UPDATE store_state SET version = version + 1 WHERE id = 1 RETURNING version`).Scan(&v)
	return v, err
}

// GetSubscription implements store.Store.
func (s *Store) GetSubscription(ctx context.Context, id int64) (store.Subscription, error) {
	var out store.Subscription
	err := s.read(ctx, func(tx pgx.Tx) (err error) {
		out, err = findSubscription(ctx, tx, id)
		return err
	})
	if err != nil {
		return store.Subscription{}, fmt.Errorf("get subscription: %w", err)
	}
	return out, nil
}

// findSubscription returns a live (not deleted) subscription or
// store.ErrNotFound.
func findSubscription(ctx context.Context, tx pgx.Tx, id int64) (store.Subscription, error) {
	sub, err := scanSubscription(tx.QueryRow(ctx,
		`SELECT `+subscriptionColumns+` FROM subscriptions s WHERE s.id = $1 AND s.deleted_at IS NULL`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return store.Subscription{}, store.NotFound(id)
	}
	return sub, err
}

// ListSubscriptions implements store.Store.
func (s *Store) ListSubscriptions(ctx context.Context, f store.SubscriptionFilter) ([]store.Subscription, error) {
	var out []store.Subscription
	err := s.read(ctx, func(tx pgx.Tx) (err error) {
		out, err = findSubscriptions(ctx, tx, f)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	return out, nil
}

// where collects conditions with numbered placeholders.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, arg any) {
	w.args = append(w.args, arg)
	w.conds = append(w.conds, strings.ReplaceAll(cond, "?", "$"+strconv.Itoa(len(w.args))))
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return "true"
	}
	return strings.Join(w.conds, " AND ")
}

func findSubscriptions(ctx context.Context, tx pgx.Tx, f store.SubscriptionFilter) ([]store.Subscription, error) {
	var w where
	if f.Platform != "" {
		w.add("s.platform = ?", f.Platform)
	}
	if f.Workspace != "" {
		w.add("s.workspace = ?", f.Workspace)
	}
	if f.Channel != "" {
		w.add("s.channel = ?", f.Channel)
	}
	if f.ActiveOnly {
		w.conds = append(w.conds, "NOT s.paused")
	}
	if f.ChangedAfter > 0 {
		w.add("s.version > ?", f.ChangedAfter)
	}
	if !f.IncludeDeleted {
		w.conds = append(w.conds, "s.deleted_at IS NULL")
	}
	rows, err := tx.Query(ctx, `SELECT `+subscriptionColumns+` FROM subscriptions s
		WHERE `+w.String()+` ORDER BY s.id`, w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.Subscription{}
	for rows.Next() {
		sub, err := scanSubscription(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, sub)
	}
	return out, rows.Err()
}

// Pause implements store.Store.
func (s *Store) Pause(ctx context.Context, id int64, reason string) (store.Subscription, error) {
	reason = store.Clip(strings.TrimSpace(reason))
	if reason == "" {
		return store.Subscription{}, fmt.Errorf("pause subscription: %w", store.Errorf(store.CodeInvalid, "a reason for pausing is required"))
	}
	now := store.CanonicalTime(s.now())
	var out store.Subscription
	err := s.tx(ctx, func(tx pgx.Tx) error {
		if _, err := findSubscription(ctx, tx, id); err != nil {
			return err
		}
		v, err := bumpVersion(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE subscriptions
			SET paused = true, paused_reason = $1, paused_at = $2, updated_at = $2, version = $3 WHERE id = $4`,
			reason, now, v, id); err != nil {
			return err
		}
		out, err = findSubscription(ctx, tx, id)
		return err
	})
	if err != nil {
		return store.Subscription{}, fmt.Errorf("pause subscription: %w", err)
	}
	return out, nil
}

// Resume implements store.Store.
func (s *Store) Resume(ctx context.Context, id int64) (store.Subscription, error) {
	now := store.CanonicalTime(s.now())
	var out store.Subscription
	err := s.tx(ctx, func(tx pgx.Tx) error {
		sub, err := findSubscription(ctx, tx, id)
		if err != nil || !sub.Paused {
			out = sub
			return err
		}
		v, err := bumpVersion(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE subscriptions
			SET paused = false, paused_reason = '', paused_at = NULL, active_since = $1, updated_at = $1, version = $2
			WHERE id = $3`, now, v, id); err != nil {
			return err
		}
		out, err = findSubscription(ctx, tx, id)
		return err
	})
	if err != nil {
		return store.Subscription{}, fmt.Errorf("resume subscription: %w", err)
	}
	return out, nil
}

// DeleteSubscription implements store.Store.
func (s *Store) DeleteSubscription(ctx context.Context, id int64) error {
	now := store.CanonicalTime(s.now())
	err := s.tx(ctx, func(tx pgx.Tx) error {
		if _, err := findSubscription(ctx, tx, id); err != nil {
			return err
		}
		v, err := bumpVersion(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE subscriptions SET deleted_at = $1, updated_at = $1, version = $2 WHERE id = $3`,
			now, v, id); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM sent_facts WHERE subscription_id = $1`, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("delete subscription: %w", err)
	}
	return nil
}

// Version implements store.Store.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var v int64
	err := s.read(ctx, func(tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT version FROM store_state WHERE id = 1`).Scan(&v)
	})
	if err != nil {
		return 0, fmt.Errorf("store version: %w", err)
	}
	return v, nil
}

// MarkSent implements store.Store.
func (s *Store) MarkSent(ctx context.Context, subID int64, factIDs []string, at time.Time) error {
	if at.IsZero() {
		at = s.now()
	}
	if err := store.CheckFactIDs(factIDs); err != nil {
		return fmt.Errorf("mark sent: %w", err)
	}
	if err := store.CheckTime("sent time", at); err != nil {
		return fmt.Errorf("mark sent: %w", err)
	}
	err := s.tx(ctx, func(tx pgx.Tx) error {
		if _, err := findSubscription(ctx, tx, subID); err != nil {
			return err
		}
		return markSent(ctx, tx, subID, factIDs, at)
	})
	if err != nil {
		return fmt.Errorf("mark sent: %w", err)
	}
	return nil
}

// markSent inserts all facts in one statement; duplicates keep their first
// time.
func markSent(ctx context.Context, tx pgx.Tx, subID int64, factIDs []string, at time.Time) error {
	if len(factIDs) == 0 {
		return nil
	}
	_, err := tx.Exec(ctx, `INSERT INTO sent_facts (subscription_id, fact_id, sent_at)
		SELECT $1, f, $3 FROM unnest($2::text[]) AS f
		ON CONFLICT (subscription_id, fact_id) DO NOTHING`, subID, factIDs, store.CanonicalTime(at))
	return err
}

// SentFacts implements store.Store.
func (s *Store) SentFacts(ctx context.Context, subID int64) (map[string]bool, error) {
	out := map[string]bool{}
	err := s.read(ctx, func(tx pgx.Tx) error {
		if _, err := findSubscription(ctx, tx, subID); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT fact_id FROM sent_facts WHERE subscription_id = $1`, subID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return err
			}
			out[id] = true
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("sent facts: %w", err)
	}
	return out, nil
}

// ResetCursor implements store.Store.
func (s *Store) ResetCursor(ctx context.Context, subID int64) (int, error) {
	var rotation int
	err := s.tx(ctx, func(tx pgx.Tx) error {
		if _, err := findSubscription(ctx, tx, subID); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM sent_facts WHERE subscription_id = $1`, subID); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `UPDATE subscriptions SET rotation = rotation + 1 WHERE id = $1 RETURNING rotation`,
			subID).Scan(&rotation)
	})
	if err != nil {
		return 0, fmt.Errorf("reset cursor: %w", err)
	}
	return rotation, nil
}
