package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/jackc/pgx/v5"
)

const deliveryColumns = `subscription_id, slot, owner, claimed_at, outcome, detail, completed_at`

func scanDelivery(row pgx.Row) (store.Delivery, error) {
	var d store.Delivery
	var completedAt *time.Time
	if err := row.Scan(&d.SubscriptionID, &d.Slot, &d.Owner, &d.ClaimedAt, &d.Outcome, &d.Detail, &completedAt); err != nil {
		return store.Delivery{}, err
	}
	d.Slot, d.ClaimedAt, d.CompletedAt = d.Slot.UTC(), d.ClaimedAt.UTC(), utc(completedAt)
	return d, nil
}

// checkClaimable fails unless the subscription exists, is not deleted and is
// not paused. FOR SHARE holds off a concurrent Pause or Delete (which update
// the row) until the claim commits, and makes the claim wait for one already
// in flight, then see its result.
func checkClaimable(ctx context.Context, tx pgx.Tx, subID int64) error {
	var paused, deleted bool
	err := tx.QueryRow(ctx, `SELECT paused, deleted_at IS NOT NULL FROM subscriptions WHERE id = $1 FOR SHARE`, subID).
		Scan(&paused, &deleted)
	switch {
	case errors.Is(err, pgx.ErrNoRows) || err == nil && deleted:
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
	err := s.tx(ctx, func(tx pgx.Tx) error {
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
	err := s.tx(ctx, func(tx pgx.Tx) error {
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
func insertClaim(ctx context.Context, tx pgx.Tx, r store.SlotRef, owner string, at time.Time) (bool, error) {
	tag, err := tx.Exec(ctx, `INSERT INTO deliveries (subscription_id, slot, owner, claimed_at)
		VALUES ($1, $2, $3, $4) ON CONFLICT (subscription_id, slot) DO NOTHING`,
		r.SubscriptionID, store.CanonicalTime(r.Slot), owner, store.CanonicalTime(at))
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// TakeOverClaim implements store.Store.
func (s *Store) TakeOverClaim(ctx context.Context, subID int64, slot time.Time, from, to string) (bool, error) {
	if err := cmp.Or(store.CheckSlot(subID, slot), store.CheckID("owner", from), store.CheckID("owner", to)); err != nil {
		return false, fmt.Errorf("take over claim: %w", err)
	}
	taken := false
	err := s.tx(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE deliveries SET owner = $1, claimed_at = $2
			WHERE subscription_id = $3 AND slot = $4 AND owner = $5 AND outcome = 'pending'`,
			to, store.CanonicalTime(s.now()), subID, store.CanonicalTime(slot), from)
		taken = err == nil && tag.RowsAffected() == 1
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
	now := store.CanonicalTime(s.now())
	slot = store.CanonicalTime(slot)
	err := s.tx(ctx, func(tx pgx.Tx) error {
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
	now := store.CanonicalTime(s.now())
	err := s.tx(ctx, func(tx pgx.Tx) error {
		var err error
		errs, err = store.CompleteEach(done, func(c store.SlotCompletion) error {
			return completeSlot(ctx, tx, c.SubscriptionID, store.CanonicalTime(c.Slot), c.Result, now)
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("complete slots: %w", err)
	}
	return errs, nil
}

// completeSlot records one outcome inside tx.
func completeSlot(ctx context.Context, tx pgx.Tx, subID int64, slot time.Time, r store.SlotResult, now time.Time) error {
	tag, err := tx.Exec(ctx, `UPDATE deliveries SET outcome = $1, detail = $2, completed_at = $3
			WHERE subscription_id = $4 AND slot = $5 AND outcome IN ('pending', 'unknown')`,
		r.Outcome, store.Clip(r.Detail), now, subID, slot)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
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
func completeSlotError(ctx context.Context, tx pgx.Tx, subID int64, slot time.Time) error {
	var outcome store.Outcome
	err := tx.QueryRow(ctx, `SELECT outcome FROM deliveries WHERE subscription_id = $1 AND slot = $2`, subID, slot).Scan(&outcome)
	if errors.Is(err, pgx.ErrNoRows) {
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
	canon := make([]time.Time, len(slots))
	for i, slot := range slots {
		if err := store.CheckTime("slot", slot); err != nil {
			return 0, fmt.Errorf("skip slots: %w", err)
		}
		canon[i] = store.CanonicalTime(slot)
	}
	now := store.CanonicalTime(s.now())
	recorded := 0
	err := s.tx(ctx, func(tx pgx.Tx) error {
		if _, err := findSubscription(ctx, tx, subID); err != nil {
			return err
		}
		if len(canon) == 0 {
			return nil
		}
		tag, err := tx.Exec(ctx, `INSERT INTO deliveries (`+deliveryColumns+`)
			SELECT $1, slot, $3, $4, 'skipped', $5, $4 FROM unnest($2::timestamptz[]) AS slot
			ON CONFLICT (subscription_id, slot) DO NOTHING`,
			subID, canon, owner, now, store.Clip(detail))
		recorded = int(tag.RowsAffected())
		return err
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
	err := s.tx(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `UPDATE deliveries SET outcome = 'unknown', detail = $1, completed_at = $2
			WHERE outcome = 'pending' AND claimed_at < $3 RETURNING `+deliveryColumns,
			store.Clip(detail), store.CanonicalTime(s.now()), store.CanonicalTime(claimedBefore))
		if err != nil {
			return err
		}
		out, err = collectDeliveries(rows)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("abandon stale claims: %w", err)
	}
	slices.SortFunc(out, func(a, b store.Delivery) int {
		return cmp.Or(b.Slot.Compare(a.Slot), cmp.Compare(a.SubscriptionID, b.SubscriptionID))
	})
	for _, d := range out {
		s.logger.Warn("slot claim abandoned", "subscription_id", d.SubscriptionID, "slot", d.Slot, "owner", d.Owner)
	}
	return out, nil
}

func collectDeliveries(rows pgx.Rows) ([]store.Delivery, error) {
	defer rows.Close()
	out := []store.Delivery{}
	for rows.Next() {
		d, err := scanDelivery(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// slotWhere builds the WHERE clause shared by ListSlots and CountSlots.
func slotWhere(f store.SlotFilter) *where {
	w := &where{}
	if f.SubscriptionID != 0 {
		w.add("subscription_id = ?", f.SubscriptionID)
	}
	if f.Outcome != "" {
		w.add("outcome = ?", f.Outcome)
	}
	if !f.From.IsZero() {
		w.add("slot >= ?", store.CanonicalTime(f.From))
	}
	if !f.To.IsZero() {
		w.add("slot < ?", store.CanonicalTime(f.To))
	}
	return w
}

// ListSlots implements store.Store.
func (s *Store) ListSlots(ctx context.Context, f store.SlotFilter) ([]store.Delivery, error) {
	w := slotWhere(f)
	q := `SELECT ` + deliveryColumns + ` FROM deliveries WHERE ` + w.String() + ` ORDER BY slot DESC, subscription_id`
	args := w.args
	if f.Limit > 0 {
		args = append(args, f.Limit)
		q += fmt.Sprintf(` LIMIT $%d`, len(args))
	}
	var out []store.Delivery
	err := s.read(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, q, args...)
		if err != nil {
			return err
		}
		out, err = collectDeliveries(rows)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list slots: %w", err)
	}
	return out, nil
}

// CountSlots implements store.Store.
func (s *Store) CountSlots(ctx context.Context, f store.SlotFilter) (map[store.Outcome]int, error) {
	w := slotWhere(f)
	out := map[store.Outcome]int{}
	err := s.read(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT outcome, count(*) FROM deliveries WHERE `+w.String()+` GROUP BY outcome`, w.args...)
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
