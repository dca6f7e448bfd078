package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

// timeLayout is fixed-width so stored times compare and sort as strings.
const timeLayout = "2006-01-02T15:04:05.000000Z"

// encodeTime stores t in canonical form; the zero time is NULL.
func encodeTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return store.CanonicalTime(t).Format(timeLayout)
}

// timeColumn scans a TEXT time (or NULL, as the zero time) into *T.
type timeColumn struct{ t *time.Time }

func (c timeColumn) Scan(v any) error {
	var s string
	switch v := v.(type) {
	case nil:
		*c.t = time.Time{}
		return nil
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return fmt.Errorf("time column holds %T", v)
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return fmt.Errorf("time column: %w", err)
	}
	*c.t = t.UTC()
	return nil
}

// listColumn scans a JSON array of strings; [] becomes nil.
type listColumn struct{ l *[]string }

func (c listColumn) Scan(v any) error {
	var b []byte
	switch v := v.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b = v
	default:
		return fmt.Errorf("list column holds %T", v)
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return fmt.Errorf("list column: %w", err)
	}
	if len(l) == 0 {
		l = nil
	}
	*c.l = l
	return nil
}

func encodeList(l []string) string {
	if len(l) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(l) // []string cannot fail
	return string(b)
}

// subscriptionColumns is the SELECT list scanSubscription reads. LastSlot is
// read from the ledger so it cannot go stale; written as ORDER BY … LIMIT 1
// it is one backward seek on the ledger's primary key however many slots a
// subscription has accumulated.
const subscriptionColumns = `s.id, s.platform, s.workspace, s.channel, s.schedule, s.time_zone,
	s.filter_entities, s.filter_topics, s.per_edition, s.created_by, s.created_at, s.updated_at,
	s.active_since, s.paused, s.paused_reason, s.paused_at, s.deleted_at, s.rotation, s.version,
	(SELECT d.slot FROM deliveries d WHERE d.subscription_id = s.id ORDER BY d.slot DESC LIMIT 1)`

type scanner interface{ Scan(dest ...any) error }

func scanSubscription(row scanner) (store.Subscription, error) {
	var s store.Subscription
	err := row.Scan(&s.ID, &s.Platform, &s.Workspace, &s.Channel, &s.Schedule, &s.TimeZone,
		listColumn{&s.Filter.Entities}, listColumn{&s.Filter.Topics}, &s.PerEdition, &s.CreatedBy,
		timeColumn{&s.CreatedAt}, timeColumn{&s.UpdatedAt}, timeColumn{&s.ActiveSince},
		&s.Paused, &s.PausedReason, timeColumn{&s.PausedAt}, timeColumn{&s.DeletedAt},
		&s.Rotation, &s.Version, timeColumn{&s.LastSlot})
	return s, err
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
	err := s.write(ctx, func(tx *sql.Tx) error {
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

func createSubscription(ctx context.Context, tx *sql.Tx, sub store.Subscription, now time.Time) (int64, error) {
	v, err := bumpVersion(ctx, tx)
	if err != nil {
		return 0, err
	}
	var id int64
	err = tx.QueryRowContext(ctx, `INSERT INTO subscriptions (platform, workspace, channel, schedule, time_zone,
			filter_entities, filter_topics, per_edition, created_by, created_at, updated_at, active_since, version)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		sub.Platform, sub.Workspace, sub.Channel, sub.Schedule, sub.TimeZone,
		encodeList(sub.Filter.Entities), encodeList(sub.Filter.Topics), sub.PerEdition, sub.CreatedBy,
		encodeTime(now), encodeTime(now), encodeTime(now), v).Scan(&id)
	if store.ErrorCode(FormatError(err)) == store.CodeConflict {
		return 0, store.Duplicate(err)
	}
	return id, err
}

// bumpVersion takes the next value of the store-wide change counter. SQLite
// runs one writer at a time, so values commit in order.
func bumpVersion(ctx context.Context, tx *sql.Tx) (int64, error) {
	var v int64
	err := tx.QueryRowContext(ctx, `UPDATE store_state SET version = version + 1 WHERE id = 1 RETURNING version`).Scan(&v)
	return v, err
}

// GetSubscription implements store.Store.
func (s *Store) GetSubscription(ctx context.Context, id int64) (store.Subscription, error) {
	var out store.Subscription
	err := s.read(ctx, func(tx *sql.Tx) (err error) {
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
func findSubscription(ctx context.Context, tx *sql.Tx, id int64) (store.Subscription, error) {
	sub, err := scanSubscription(tx.QueryRowContext(ctx,
		`SELECT `+subscriptionColumns+` FROM subscriptions s WHERE s.id = ? AND s.deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return store.Subscription{}, store.NotFound(id)
	}
	return sub, err
}

// ListSubscriptions implements store.Store.
func (s *Store) ListSubscriptions(ctx context.Context, f store.SubscriptionFilter) ([]store.Subscription, error) {
	var out []store.Subscription
	err := s.read(ctx, func(tx *sql.Tx) (err error) {
		out, err = findSubscriptions(ctx, tx, f)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	return out, nil
}

func findSubscriptions(ctx context.Context, tx *sql.Tx, f store.SubscriptionFilter) ([]store.Subscription, error) {
	where, args := []string{"1 = 1"}, []any{}
	if f.Platform != "" {
		where, args = append(where, "s.platform = ?"), append(args, f.Platform)
	}
	if f.Workspace != "" {
		where, args = append(where, "s.workspace = ?"), append(args, f.Workspace)
	}
	if f.Channel != "" {
		where, args = append(where, "s.channel = ?"), append(args, f.Channel)
	}
	if f.ActiveOnly {
		where = append(where, "s.paused = 0")
	}
	if f.ChangedAfter > 0 {
		where, args = append(where, "s.version > ?"), append(args, f.ChangedAfter)
	}
	if !f.IncludeDeleted {
		where = append(where, "s.deleted_at IS NULL")
	}
	from := `subscriptions s`
	if f.ChangedAfter > 0 {
		// Without statistics the planner prefers walking the table in id
		// order to sorting a few rows; a replica's idle poll must not read
		// every subscription.
		from = `subscriptions s INDEXED BY subscriptions_version`
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+subscriptionColumns+` FROM `+from+`
		WHERE `+strings.Join(where, " AND ")+` ORDER BY s.id`, args...)
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
	now := encodeTime(s.now())
	var out store.Subscription
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := findSubscription(ctx, tx, id); err != nil {
			return err
		}
		v, err := bumpVersion(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE subscriptions
			SET paused = 1, paused_reason = ?, paused_at = ?, updated_at = ?, version = ? WHERE id = ?`,
			reason, now, now, v, id); err != nil {
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
	now := encodeTime(s.now())
	var out store.Subscription
	err := s.write(ctx, func(tx *sql.Tx) error {
		sub, err := findSubscription(ctx, tx, id)
		if err != nil || !sub.Paused {
			out = sub
			return err
		}
		v, err := bumpVersion(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE subscriptions
			SET paused = 0, paused_reason = '', paused_at = NULL, active_since = ?, updated_at = ?, version = ?
			WHERE id = ?`, now, now, v, id); err != nil {
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
	now := encodeTime(s.now())
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := findSubscription(ctx, tx, id); err != nil {
			return err
		}
		v, err := bumpVersion(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE subscriptions SET deleted_at = ?, updated_at = ?, version = ? WHERE id = ?`,
			now, now, v, id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM sent_facts WHERE subscription_id = ?`, id)
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
	err := s.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT version FROM store_state WHERE id = 1`).Scan(&v)
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
	err := s.write(ctx, func(tx *sql.Tx) error {
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

func markSent(ctx context.Context, tx *sql.Tx, subID int64, factIDs []string, at time.Time) error {
	if len(factIDs) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO sent_facts (subscription_id, fact_id, sent_at)
		VALUES (?, ?, ?) ON CONFLICT (subscription_id, fact_id) DO NOTHING`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	sentAt := encodeTime(at)
	for _, id := range factIDs {
		if _, err := stmt.ExecContext(ctx, subID, id, sentAt); err != nil {
			return err
		}
	}
	return nil
}

// SentFacts implements store.Store.
func (s *Store) SentFacts(ctx context.Context, subID int64) (map[string]bool, error) {
	out := map[string]bool{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		if _, err := findSubscription(ctx, tx, subID); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT fact_id FROM sent_facts WHERE subscription_id = ?`, subID)
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
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := findSubscription(ctx, tx, subID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sent_facts WHERE subscription_id = ?`, subID); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `UPDATE subscriptions SET rotation = rotation + 1 WHERE id = ? RETURNING rotation`,
			subID).Scan(&rotation)
	})
	if err != nil {
		return 0, fmt.Errorf("reset cursor: %w", err)
	}
	return rotation, nil
}
