package sqlcommon

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

// subscriptionColumns is the SELECT list scanSubscription reads. LastSlot is
// read from the ledger so it cannot go stale; written as ORDER BY … LIMIT 1
// it is one backward seek on the ledger's primary key however many slots a
// subscription has accumulated.
const subscriptionColumns = `s.id, s.platform, s.workspace, s.channel, s.schedule, s.time_zone,
	s.filter_entities, s.filter_topics, s.per_edition, s.created_by, s.created_at, s.updated_at,
	s.active_since, s.paused, s.paused_reason, s.paused_at, s.deleted_at, s.rotation, s.version,
	(SELECT d.slot FROM deliveries d WHERE d.subscription_id = s.id ORDER BY d.slot DESC LIMIT 1)`

func (s *Store) scanSubscription(row Row) (store.Subscription, error) {
	d := &s.d
	var sub store.Subscription
	err := row.Scan(&sub.ID, &sub.Platform, &sub.Workspace, &sub.Channel, &sub.Schedule, &sub.TimeZone,
		d.ScanList(&sub.Filter.Entities), d.ScanList(&sub.Filter.Topics), &sub.PerEdition, &sub.CreatedBy,
		d.ScanTime(&sub.CreatedAt), d.ScanTime(&sub.UpdatedAt), d.ScanTime(&sub.ActiveSince),
		&sub.Paused, &sub.PausedReason, d.ScanTime(&sub.PausedAt), d.ScanTime(&sub.DeletedAt),
		&sub.Rotation, &sub.Version, d.ScanTime(&sub.LastSlot))
	if err != nil {
		return store.Subscription{}, err
	}
	// Stored lists are never NULL; an empty one is the nil filter.
	if len(sub.Filter.Entities) == 0 {
		sub.Filter.Entities = nil
	}
	if len(sub.Filter.Topics) == 0 {
		sub.Filter.Topics = nil
	}
	return sub, nil
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
	return s.writeSubscription(ctx, "create subscription", func(tx Tx) (int64, error) {
		return s.createSubscription(ctx, tx, sub, now)
	})
}

// writeSubscription runs change in a write transaction and returns the
// subscription it names as the transaction leaves it; op is the context of
// its errors.
func (s *Store) writeSubscription(ctx context.Context, op string, change func(tx Tx) (id int64, err error)) (store.Subscription, error) {
	var out store.Subscription
	err := s.d.Write(ctx, func(tx Tx) error {
		id, err := change(tx)
		if err != nil {
			return err
		}
		out, err = s.findSubscription(ctx, tx, id)
		return err
	})
	if err != nil {
		return store.Subscription{}, fmt.Errorf("%s: %w", op, err)
	}
	return out, nil
}

func (s *Store) createSubscription(ctx context.Context, tx Tx, sub store.Subscription, now time.Time) (int64, error) {
	// The version bump comes first: it takes the counter row's lock (PostgreSQL)
	// or runs under the one write lock (SQLite), so the count below sees every
	// subscription committed before it and two creates cannot both pass the cap.
	v, err := bumpVersion(ctx, tx)
	if err != nil {
		return 0, err
	}
	var live int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM subscriptions
		WHERE platform = $1 AND workspace = $2 AND channel = $3 AND deleted_at IS NULL`,
		sub.Platform, sub.Workspace, sub.Channel).Scan(&live); err != nil {
		return 0, err
	}
	if live >= store.MaxPerChannel {
		return 0, store.ChannelFull(live)
	}
	var id int64
	err = tx.QueryRow(ctx, `INSERT INTO subscriptions (platform, workspace, channel, schedule, time_zone,
			filter_entities, filter_topics, per_edition, created_by, created_at, updated_at, active_since, version)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10, $11) RETURNING id`,
		sub.Platform, sub.Workspace, sub.Channel, sub.Schedule, sub.TimeZone,
		s.d.List(sub.Filter.Entities), s.d.List(sub.Filter.Topics), sub.PerEdition, sub.CreatedBy,
		s.d.Time(now), v).Scan(&id)
	if store.ErrorCode(s.d.FormatError(err)) == store.CodeConflict {
		return 0, store.Duplicate(err)
	}
	return id, err
}

// bumpVersion takes the next value of the store-wide change counter. Values
// become visible in the order they were taken — SQLite runs one writer at a
// time, and PostgreSQL holds the row lock this takes until commit — so a
// replica polling ChangedAfter misses nothing.
func bumpVersion(ctx context.Context, tx Tx) (int64, error) {
	var v int64
	err := tx.QueryRow(ctx, `UPDATE store_state SET version = version + 1 WHERE id = 1 RETURNING version`).Scan(&v)
	return v, err
}

// GetSubscription implements store.Store.
func (s *Store) GetSubscription(ctx context.Context, id int64) (store.Subscription, error) {
	var out store.Subscription
	err := s.d.Read(ctx, func(tx Tx) (err error) {
		out, err = s.findSubscription(ctx, tx, id)
		return err
	})
	if err != nil {
		return store.Subscription{}, fmt.Errorf("get subscription: %w", err)
	}
	return out, nil
}

// findSubscription returns a live (not deleted) subscription or
// store.ErrNotFound.
func (s *Store) findSubscription(ctx context.Context, tx Tx, id int64) (store.Subscription, error) {
	sub, err := s.scanSubscription(tx.QueryRow(ctx,
		`SELECT `+subscriptionColumns+` FROM subscriptions s WHERE s.id = $1 AND s.deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return store.Subscription{}, store.NotFound(id)
	}
	return sub, err
}

// checkLive fails with store.ErrNotFound unless the subscription exists and is not deleted:
// findSubscription's check without reading the row (and its last slot), for the hot paths
// that only need to know.
func checkLive(ctx context.Context, tx Tx, id int64) error {
	var one int
	err := tx.QueryRow(ctx, `SELECT 1 FROM subscriptions WHERE id = $1 AND deleted_at IS NULL`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return store.NotFound(id)
	}
	return err
}

// ListSubscriptions implements store.Store.
func (s *Store) ListSubscriptions(ctx context.Context, f store.SubscriptionFilter) ([]store.Subscription, error) {
	var out []store.Subscription
	err := s.d.Read(ctx, func(tx Tx) (err error) {
		out, err = s.findSubscriptions(ctx, tx, f)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	return out, nil
}

func (s *Store) findSubscriptions(ctx context.Context, tx Tx, f store.SubscriptionFilter) ([]store.Subscription, error) {
	var w where
	if f.Platform != "" {
		w.and("s.platform = " + w.arg(f.Platform))
	}
	if f.Workspace != "" {
		w.and("s.workspace = " + w.arg(f.Workspace))
	}
	if f.Channel != "" {
		w.and("s.channel = " + w.arg(f.Channel))
	}
	if f.ActiveOnly {
		w.and("NOT s.paused")
	}
	if f.ChangedAfter > 0 {
		w.and("s.version > " + w.arg(f.ChangedAfter))
	}
	if !f.IncludeDeleted {
		w.and("s.deleted_at IS NULL")
	}
	from := `subscriptions s`
	if f.ChangedAfter > 0 {
		from = s.changesFrom
	}
	rows, err := tx.Query(ctx, `SELECT `+subscriptionColumns+` FROM `+from+`
		WHERE `+w.String()+` ORDER BY s.id`, w.args...)
	return collect(rows, err, s.scanSubscription)
}

// Pause implements store.Store.
func (s *Store) Pause(ctx context.Context, id int64, reason string) (store.Subscription, error) {
	reason = store.Clip(strings.TrimSpace(reason))
	if reason == "" {
		return store.Subscription{}, fmt.Errorf("pause subscription: %w", store.Errorf(store.CodeInvalid, "a reason for pausing is required"))
	}
	now := s.d.Time(s.now())
	return s.writeSubscription(ctx, "pause subscription", func(tx Tx) (int64, error) {
		if _, err := s.findSubscription(ctx, tx, id); err != nil {
			return 0, err
		}
		v, err := bumpVersion(ctx, tx)
		if err != nil {
			return 0, err
		}
		_, err = tx.Exec(ctx, `UPDATE subscriptions
			SET paused = true, paused_reason = $1, paused_at = $2, updated_at = $2, version = $3 WHERE id = $4`,
			reason, now, v, id)
		return id, err
	})
}

// Resume implements store.Store.
func (s *Store) Resume(ctx context.Context, id int64) (store.Subscription, error) {
	now := s.d.Time(s.now())
	return s.writeSubscription(ctx, "resume subscription", func(tx Tx) (int64, error) {
		sub, err := s.findSubscription(ctx, tx, id)
		if err != nil || !sub.Paused {
			return id, err // an active one stays as it is
		}
		v, err := bumpVersion(ctx, tx)
		if err != nil {
			return 0, err
		}
		_, err = tx.Exec(ctx, `UPDATE subscriptions
			SET paused = false, paused_reason = '', paused_at = NULL, active_since = $1, updated_at = $1, version = $2
			WHERE id = $3`, now, v, id)
		return id, err
	})
}

// UpdateSubscription implements store.Store.
func (s *Store) UpdateSubscription(ctx context.Context, id int64, schedule, timeZone string, filter store.Filter) (store.Subscription, error) {
	const op = "update subscription"
	filter = filter.Normalize()
	now := s.d.Time(s.now())
	return s.writeSubscription(ctx, op, func(tx Tx) (int64, error) {
		sub, err := s.findSubscription(ctx, tx, id)
		if err != nil {
			return 0, err
		}
		moved := sub.Schedule != schedule || sub.TimeZone != timeZone
		sub.Schedule, sub.TimeZone, sub.Filter = schedule, timeZone, filter
		if err := sub.Validate(); err != nil {
			return 0, err
		}
		v, err := bumpVersion(ctx, tx)
		if err != nil {
			return 0, err
		}
		_, err = tx.Exec(ctx, `UPDATE subscriptions SET schedule = $1, time_zone = $2, filter_entities = $3,
				filter_topics = $4, updated_at = $5, version = $6,
				active_since = CASE WHEN $7 THEN $5 ELSE active_since END
			WHERE id = $8`,
			schedule, timeZone, s.d.List(filter.Entities), s.d.List(filter.Topics), now, v, moved, id)
		if store.ErrorCode(s.d.FormatError(err)) == store.CodeConflict {
			return 0, store.Duplicate(err)
		}
		return id, err
	})
}

// DeleteSubscription implements store.Store.
func (s *Store) DeleteSubscription(ctx context.Context, id int64) error {
	now := s.d.Time(s.now())
	err := s.d.Write(ctx, func(tx Tx) error {
		if _, err := s.findSubscription(ctx, tx, id); err != nil {
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
	err := s.d.Read(ctx, func(tx Tx) error {
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
	err := s.d.Write(ctx, func(tx Tx) error {
		if err := checkLive(ctx, tx, subID); err != nil {
			return err
		}
		return markSent(ctx, tx, subID, factIDs, at)
	})
	if err != nil {
		return fmt.Errorf("mark sent: %w", err)
	}
	return nil
}

// markSent adds facts to the cursor; those already in it keep their first
// time.
func markSent(ctx context.Context, tx Tx, subID int64, factIDs []string, at time.Time) error {
	if len(factIDs) == 0 {
		return nil
	}
	return tx.InsertSentFacts(ctx, subID, factIDs, at)
}

// SentFacts implements store.Store.
func (s *Store) SentFacts(ctx context.Context, subID int64) (map[string]bool, error) {
	out := map[string]bool{}
	err := s.d.Read(ctx, func(tx Tx) error {
		if err := checkLive(ctx, tx, subID); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT fact_id FROM sent_facts WHERE subscription_id = $1`, subID)
		return each(rows, err, func(r Row) error {
			var id string
			if err := r.Scan(&id); err != nil {
				return err
			}
			out[id] = true
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("sent facts: %w", err)
	}
	return out, nil
}

// ResetCursor implements store.Store.
func (s *Store) ResetCursor(ctx context.Context, subID int64) (int, error) {
	var rotation int
	err := s.d.Write(ctx, func(tx Tx) error {
		if err := checkLive(ctx, tx, subID); err != nil {
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
