package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

const deliveryColumns = `subscription_id, slot, owner, claimed_at, outcome, detail, completed_at`

func scanDelivery(row scanner) (store.Delivery, error) {
	var d store.Delivery
	err := row.Scan(&d.SubscriptionID, timeColumn{&d.Slot}, &d.Owner, timeColumn{&d.ClaimedAt},
		&d.Outcome, &d.Detail, timeColumn{&d.CompletedAt})
	return d, err
}

// checkClaimable fails unless the subscription exists, is not deleted and is
// not paused. It runs inside the claim's transaction, after BEGIN IMMEDIATE
// took the write lock, so a pause committed by another process is seen.
func checkClaimable(ctx context.Context, tx *sql.Tx, subID int64) error {
	var paused, deleted bool
	err := tx.QueryRowContext(ctx, `SELECT paused, deleted_at IS NOT NULL FROM subscriptions WHERE id = ?`, subID).
		Scan(&paused, &deleted)
	switch {
	case errors.Is(err, sql.ErrNoRows) || err == nil && deleted:
		return store.NotFound(subID)
	case err != nil:
		return err
	case paused:
		return store.Paused(subID)
	}
	return nil
}

// ClaimSlot implements store.Store.
func (s *Store) ClaimSlot(ctx context.Context, subID int64, slot time.Time, owner string) (bool, error) {
	if err := cmp.Or(store.CheckSlot(subID, slot), store.CheckID("owner", owner)); err != nil {
		return false, fmt.Errorf("claim slot: %w", err)
	}
	claimed := false
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := checkClaimable(ctx, tx, subID); err != nil {
			return err
		}
		var err error
		claimed, err = insertClaim(ctx, tx, store.SlotRef{SubscriptionID: subID, Slot: slot}, owner, s.now())
		return err
	})
	if err != nil {
		return false, fmt.Errorf("claim slot: %w", err)
	}
	return claimed, nil
}

// ClaimSlots implements store.Store.
func (s *Store) ClaimSlots(ctx context.Context, refs []store.SlotRef, owner string) ([]bool, error) {
	if err := store.CheckClaims(refs, owner); err != nil {
		return nil, fmt.Errorf("claim slots: %w", err)
	}
	var claimed []bool
	err := s.write(ctx, func(tx *sql.Tx) error {
		now := s.now()
		var err error
		claimed, err = store.ClaimEach(refs,
			func(subID int64) error { return checkClaimable(ctx, tx, subID) },
			func(r store.SlotRef) (bool, error) { return insertClaim(ctx, tx, r, owner, now) })
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("claim slots: %w", err)
	}
	return claimed, nil
}

// insertClaim records owner's claim on one slot unless someone holds it already.
func insertClaim(ctx context.Context, tx *sql.Tx, r store.SlotRef, owner string, at time.Time) (bool, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO deliveries (subscription_id, slot, owner, claimed_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (subscription_id, slot) DO NOTHING`,
		r.SubscriptionID, encodeTime(r.Slot), owner, encodeTime(at))
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// TakeOverClaim implements store.Store.
func (s *Store) TakeOverClaim(ctx context.Context, subID int64, slot time.Time, from, to string) (bool, error) {
	if err := cmp.Or(store.CheckSlot(subID, slot), store.CheckID("owner", from), store.CheckID("owner", to)); err != nil {
		return false, fmt.Errorf("take over claim: %w", err)
	}
	taken := false
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE deliveries SET owner = ?, claimed_at = ?
			WHERE subscription_id = ? AND slot = ? AND owner = ? AND outcome = 'pending'`,
			to, encodeTime(s.now()), subID, encodeTime(slot), from)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		taken = n == 1
		return err
	})
	if err != nil {
		return false, fmt.Errorf("take over claim: %w", err)
	}
	return taken, nil
}

// CompleteSlot implements store.Store.
func (s *Store) CompleteSlot(ctx context.Context, subID int64, slot time.Time, r store.SlotResult) error {
	if err := store.CheckCompletion(subID, slot, r); err != nil {
		return fmt.Errorf("complete slot: %w", err)
	}
	now := s.now()
	err := s.write(ctx, func(tx *sql.Tx) error {
		return completeSlot(ctx, tx, subID, slot, r, now)
	})
	if err != nil {
		return fmt.Errorf("complete slot: %w", err)
	}
	return nil
}

// CompleteSlots implements store.Store.
func (s *Store) CompleteSlots(ctx context.Context, done []store.SlotCompletion) ([]error, error) {
	var errs []error
	now := s.now()
	err := s.write(ctx, func(tx *sql.Tx) error {
		var err error
		errs, err = store.CompleteEach(done, func(c store.SlotCompletion) error {
			return completeSlot(ctx, tx, c.SubscriptionID, c.Slot, c.Result, now)
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("complete slots: %w", err)
	}
	return errs, nil
}

// completeSlot records one outcome inside tx.
func completeSlot(ctx context.Context, tx *sql.Tx, subID int64, slot time.Time, r store.SlotResult, now time.Time) error {
	res, err := tx.ExecContext(ctx, `UPDATE deliveries SET outcome = ?, detail = ?, completed_at = ?
			WHERE subscription_id = ? AND slot = ? AND outcome IN ('pending', 'unknown')`,
		r.Outcome, store.Clip(r.Detail), encodeTime(now), subID, encodeTime(slot))
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return completeSlotError(ctx, tx, subID, slot)
	}
	if r.Outcome != store.OutcomePosted && r.Outcome != store.OutcomeDelayed {
		return nil
	}
	// A subscription deleted while its last edition was posting keeps no
	// cursor.
	if _, err := findSubscription(ctx, tx, subID); store.ErrorCode(err) == store.CodeNotFound {
		return nil
	} else if err != nil {
		return err
	}
	return markSent(ctx, tx, subID, r.FactIDs, now)
}

// completeSlotError explains why no pending claim was updated.
func completeSlotError(ctx context.Context, tx *sql.Tx, subID int64, slot time.Time) error {
	var outcome store.Outcome
	err := tx.QueryRowContext(ctx, `SELECT outcome FROM deliveries WHERE subscription_id = ? AND slot = ?`,
		subID, encodeTime(slot)).Scan(&outcome)
	if errors.Is(err, sql.ErrNoRows) {
		return store.NeverClaimed(subID, slot)
	}
	if err != nil {
		return err
	}
	return store.AlreadyCompleted(subID, slot, outcome)
}

// SkipSlots implements store.Store.
func (s *Store) SkipSlots(ctx context.Context, subID int64, slots []time.Time, owner, detail string) (int, error) {
	if err := cmp.Or(store.CheckSubscriptionID(subID), store.CheckID("owner", owner)); err != nil {
		return 0, fmt.Errorf("skip slots: %w", err)
	}
	for _, slot := range slots {
		if err := store.CheckTime("slot", slot); err != nil {
			return 0, fmt.Errorf("skip slots: %w", err)
		}
	}
	now := encodeTime(s.now())
	detail = store.Clip(detail)
	recorded := 0
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := findSubscription(ctx, tx, subID); err != nil {
			return err
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO deliveries (`+deliveryColumns+`)
			VALUES (?, ?, ?, ?, 'skipped', ?, ?) ON CONFLICT (subscription_id, slot) DO NOTHING`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, slot := range slots {
			res, err := stmt.ExecContext(ctx, subID, encodeTime(slot), owner, now, detail, now)
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			recorded += int(n)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("skip slots: %w", err)
	}
	return recorded, nil
}

// AbandonStaleClaims implements store.Store.
func (s *Store) AbandonStaleClaims(ctx context.Context, claimedBefore time.Time, detail string) ([]store.Delivery, error) {
	if err := store.CheckTime("claimed before", claimedBefore); err != nil {
		return nil, fmt.Errorf("abandon stale claims: %w", err)
	}
	var out []store.Delivery
	err := s.write(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `UPDATE deliveries SET outcome = 'unknown', detail = ?, completed_at = ?
			WHERE outcome = 'pending' AND claimed_at < ? RETURNING `+deliveryColumns,
			store.Clip(detail), encodeTime(s.now()), encodeTime(claimedBefore))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			d, err := scanDelivery(rows)
			if err != nil {
				return err
			}
			out = append(out, d)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("abandon stale claims: %w", err)
	}
	sortDeliveries(out)
	for _, d := range out {
		s.logger.Warn("slot claim abandoned", "subscription_id", d.SubscriptionID, "slot", d.Slot, "owner", d.Owner)
	}
	return out, nil
}

// sortDeliveries orders as ListSlots does: newest slot first.
func sortDeliveries(ds []store.Delivery) {
	slices.SortFunc(ds, func(a, b store.Delivery) int {
		if c := b.Slot.Compare(a.Slot); c != 0 {
			return c
		}
		return cmp.Compare(a.SubscriptionID, b.SubscriptionID)
	})
}

// slotWhere builds the WHERE clause shared by ListSlots and CountSlots.
func slotWhere(f store.SlotFilter) (string, []any) {
	where, args := []string{"1 = 1"}, []any{}
	if f.SubscriptionID != 0 {
		where, args = append(where, "subscription_id = ?"), append(args, f.SubscriptionID)
	}
	if f.Outcome != "" {
		where, args = append(where, "outcome = ?"), append(args, f.Outcome)
	}
	if !f.From.IsZero() {
		where, args = append(where, "slot >= ?"), append(args, encodeTime(f.From))
	}
	if !f.To.IsZero() {
		where, args = append(where, "slot < ?"), append(args, encodeTime(f.To))
	}
	return strings.Join(where, " AND "), args
}

// ListSlots implements store.Store.
func (s *Store) ListSlots(ctx context.Context, f store.SlotFilter) ([]store.Delivery, error) {
	where, args := slotWhere(f)
	q := `SELECT ` + deliveryColumns + ` FROM deliveries WHERE ` + where + ` ORDER BY slot DESC, subscription_id`
	if f.Limit > 0 {
		q, args = q+` LIMIT ?`, append(args, f.Limit)
	}
	out := []store.Delivery{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			d, err := scanDelivery(rows)
			if err != nil {
				return err
			}
			out = append(out, d)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list slots: %w", err)
	}
	return out, nil
}

// CountSlots implements store.Store.
func (s *Store) CountSlots(ctx context.Context, f store.SlotFilter) (map[store.Outcome]int, error) {
	where, args := slotWhere(f)
	out := map[store.Outcome]int{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT outcome, count(*) FROM deliveries WHERE `+where+` GROUP BY outcome`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var o store.Outcome
			var n int
			if err := rows.Scan(&o, &n); err != nil {
				return err
			}
			out[o] = n
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("count slots: %w", err)
	}
	return out, nil
}
