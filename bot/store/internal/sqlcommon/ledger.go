package sqlcommon

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

const deliveryColumns = `subscription_id, slot, owner, claimed_at, outcome, detail, completed_at`

func (s *Store) scanDelivery(row Row) (store.Delivery, error) {
	d := &s.d
	var del store.Delivery
	err := row.Scan(&del.SubscriptionID, d.ScanTime(&del.Slot), &del.Owner, d.ScanTime(&del.ClaimedAt),
		&del.Outcome, &del.Detail, d.ScanTime(&del.CompletedAt))
	if err != nil {
		return store.Delivery{}, err
	}
	return del, nil
}

// checkClaimable fails unless the subscription exists, is not deleted and is
// not paused. The dialect's ClaimLock, and the backend's write transaction,
// make a pause committed by another process either seen here or held off
// until the claim commits.
func (s *Store) checkClaimable(ctx context.Context, tx Tx, subID int64) error {
	var paused, deleted bool
	err := tx.QueryRow(ctx, s.claimableQuery, subID).Scan(&paused, &deleted)
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
	err := s.d.Write(ctx, func(tx Tx) error {
		if err := s.checkClaimable(ctx, tx, subID); err != nil {
			return err
		}
		var err error
		claimed, err = s.insertClaim(ctx, tx, store.SlotRef{SubscriptionID: subID, Slot: slot}, owner, s.now())
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
	err := s.d.Write(ctx, func(tx Tx) error {
		now := s.now()
		var err error
		claimed, err = store.ClaimEach(refs,
			func(subID int64) error { return s.checkClaimable(ctx, tx, subID) },
			func(r store.SlotRef) (bool, error) { return s.insertClaim(ctx, tx, r, owner, now) })
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("claim slots: %w", err)
	}
	return claimed, nil
}

// insertClaim records owner's claim on one slot unless someone holds it
// already: the ledger's primary key lets only one insert of a slot through.
func (s *Store) insertClaim(ctx context.Context, tx Tx, r store.SlotRef, owner string, at time.Time) (bool, error) {
	n, err := tx.Exec(ctx, `INSERT INTO deliveries (subscription_id, slot, owner, claimed_at)
		VALUES ($1, $2, $3, $4) ON CONFLICT (subscription_id, slot) DO NOTHING`,
		r.SubscriptionID, s.d.Time(r.Slot), owner, s.d.Time(at))
	return n == 1, err
}

// TakeOverClaim implements store.Store.
func (s *Store) TakeOverClaim(ctx context.Context, subID int64, slot time.Time, from, to string) (bool, error) {
	if err := cmp.Or(store.CheckSlot(subID, slot), store.CheckID("owner", from), store.CheckID("owner", to)); err != nil {
		return false, fmt.Errorf("take over claim: %w", err)
	}
	taken := false
	err := s.d.Write(ctx, func(tx Tx) error {
		n, err := tx.Exec(ctx, `UPDATE deliveries SET owner = $1, claimed_at = $2
			WHERE subscription_id = $3 AND slot = $4 AND owner = $5 AND outcome = 'pending'`,
			to, s.d.Time(s.now()), subID, s.d.Time(slot), from)
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
	err := s.d.Write(ctx, func(tx Tx) error {
		return s.completeSlot(ctx, tx, subID, slot, r, now)
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
	err := s.d.Write(ctx, func(tx Tx) error {
		var err error
		errs, err = store.CompleteEach(done, func(c store.SlotCompletion) error {
			return s.completeSlot(ctx, tx, c.SubscriptionID, c.Slot, c.Result, now)
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("complete slots: %w", err)
	}
	return errs, nil
}

// completeSlot records one outcome inside tx.
func (s *Store) completeSlot(ctx context.Context, tx Tx, subID int64, slot time.Time, r store.SlotResult, now time.Time) error {
	n, err := tx.Exec(ctx, `UPDATE deliveries SET outcome = $1, detail = $2, completed_at = $3
			WHERE subscription_id = $4 AND slot = $5 AND outcome IN ('pending', 'unknown')`,
		r.Outcome, store.Clip(r.Detail), s.d.Time(now), subID, s.d.Time(slot))
	if err != nil {
		return err
	}
	if n == 0 {
		return s.completeSlotError(ctx, tx, subID, slot)
	}
	if r.Outcome != store.OutcomePosted && r.Outcome != store.OutcomeDelayed {
		return nil
	}
	// A subscription deleted while its last edition was posting keeps no
	// cursor.
	if _, err := s.findSubscription(ctx, tx, subID); store.ErrorCode(err) == store.CodeNotFound {
		return nil
	} else if err != nil {
		return err
	}
	return markSent(ctx, tx, subID, r.FactIDs, now)
}

// completeSlotError explains why no pending claim was updated.
func (s *Store) completeSlotError(ctx context.Context, tx Tx, subID int64, slot time.Time) error {
	var outcome store.Outcome
	err := tx.QueryRow(ctx, `SELECT outcome FROM deliveries WHERE subscription_id = $1 AND slot = $2`,
		subID, s.d.Time(slot)).Scan(&outcome)
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
	now := s.now()
	detail = store.Clip(detail)
	recorded := 0
	err := s.d.Write(ctx, func(tx Tx) error {
		if _, err := s.findSubscription(ctx, tx, subID); err != nil {
			return err
		}
		if len(slots) == 0 {
			return nil
		}
		var err error
		recorded, err = tx.InsertSkipped(ctx, subID, slots, owner, detail, now)
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
	err := s.d.Write(ctx, func(tx Tx) error {
		rows, err := tx.Query(ctx, `UPDATE deliveries SET outcome = 'unknown', detail = $1, completed_at = $2
			WHERE outcome = 'pending' AND claimed_at < $3 RETURNING `+deliveryColumns,
			store.Clip(detail), s.d.Time(s.now()), s.d.Time(claimedBefore))
		out, err = collect(rows, err, s.scanDelivery)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("abandon stale claims: %w", err)
	}
	// RETURNING gives no order; ListSlots's is newest slot first.
	slices.SortFunc(out, func(a, b store.Delivery) int {
		return cmp.Or(b.Slot.Compare(a.Slot), cmp.Compare(a.SubscriptionID, b.SubscriptionID))
	})
	for _, d := range out {
		s.logger.Warn("slot claim abandoned", "subscription_id", d.SubscriptionID, "slot", d.Slot, "owner", d.Owner)
	}
	return out, nil
}

// slotWhere builds the WHERE clause shared by ListSlots and CountSlots.
func (s *Store) slotWhere(f store.SlotFilter) *where {
	w := &where{}
	if f.SubscriptionID != 0 {
		w.and("subscription_id = " + w.arg(f.SubscriptionID))
	}
	if f.Outcome != "" {
		w.and("outcome = " + w.arg(f.Outcome))
	}
	if !f.From.IsZero() {
		w.and("slot >= " + w.arg(s.d.Time(f.From)))
	}
	if !f.To.IsZero() {
		w.and("slot < " + w.arg(s.d.Time(f.To)))
	}
	return w
}

// ListSlots implements store.Store.
func (s *Store) ListSlots(ctx context.Context, f store.SlotFilter) ([]store.Delivery, error) {
	w := s.slotWhere(f)
	q := `SELECT ` + deliveryColumns + ` FROM deliveries WHERE ` + w.String() + ` ORDER BY slot DESC, subscription_id`
	if f.Limit > 0 {
		q += ` LIMIT ` + w.arg(f.Limit)
	}
	var out []store.Delivery
	err := s.d.Read(ctx, func(tx Tx) error {
		rows, err := tx.Query(ctx, q, w.args...)
		out, err = collect(rows, err, s.scanDelivery)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list slots: %w", err)
	}
	return out, nil
}

// CountSlots implements store.Store.
func (s *Store) CountSlots(ctx context.Context, f store.SlotFilter) (map[store.Outcome]int, error) {
	w := s.slotWhere(f)
	out := map[store.Outcome]int{}
	err := s.d.Read(ctx, func(tx Tx) error {
		rows, err := tx.Query(ctx, `SELECT outcome, count(*) FROM deliveries WHERE `+w.String()+` GROUP BY outcome`, w.args...)
		return each(rows, err, func(r Row) error {
			var o store.Outcome
			var n int
			if err := r.Scan(&o, &n); err != nil {
				return err
			}
			out[o] = n
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("count slots: %w", err)
	}
	return out, nil
}
