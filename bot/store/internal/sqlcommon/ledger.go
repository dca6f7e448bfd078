package sqlcommon

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/store"
)

const deliveryColumns = `subscription_id, slot, owner, claimed_at, outcome, detail, completed_at,
	lease_until, attempts, not_before, verify`

func (s *Store) scanDelivery(row Row) (store.Delivery, error) {
	d := &s.d
	var del store.Delivery
	err := row.Scan(&del.SubscriptionID, d.ScanTime(&del.Slot), &del.Owner, d.ScanTime(&del.ClaimedAt),
		&del.Outcome, &del.Detail, d.ScanTime(&del.CompletedAt),
		d.ScanTime(&del.LeaseUntil), &del.Attempts, d.ScanTime(&del.NotBefore), &del.Verify)
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
	var c store.Claim
	err := s.d.Write(ctx, func(tx Tx) error {
		if err := s.checkClaimable(ctx, tx, subID); err != nil {
			return err
		}
		now := s.now()
		var err error
		c, err = s.claim(ctx, tx, store.SlotRef{SubscriptionID: subID, Slot: slot}, owner, now, now.Add(store.DefaultLease))
		return err
	})
	if err != nil {
		return false, fmt.Errorf("claim slot: %w", err)
	}
	return c.Won, nil
}

// ClaimSlots implements store.Store.
func (s *Store) ClaimSlots(ctx context.Context, refs []store.SlotRef, owner string, lease time.Duration) ([]store.Claim, error) {
	if err := store.CheckClaims(refs, owner); err != nil {
		return nil, fmt.Errorf("claim slots: %w", err)
	}
	if lease <= 0 {
		return nil, fmt.Errorf("claim slots: %w", store.Errorf(store.CodeInvalid, "a lease must be positive"))
	}
	var claimed []store.Claim
	err := s.d.Write(ctx, func(tx Tx) error {
		now := s.now()
		var err error
		claimed, err = store.ClaimEach(refs,
			func(subID int64) error { return s.checkClaimable(ctx, tx, subID) },
			func(r store.SlotRef) (store.Claim, error) { return s.claim(ctx, tx, r, owner, now, now.Add(lease)) })
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("claim slots: %w", err)
	}
	return claimed, nil
}

// claim takes one slot for owner until leaseUntil: it inserts the slot's row,
// or else takes over a pending row whose lease has run out or was released
// and whose not_before has passed. Each is one statement on the row: the
// primary key lets one insert through, and the UPDATE's condition is checked
// again on the row it locks (PostgreSQL) or under the one write lock
// (SQLite), so two replicas cannot both win. A takeover of a lease nobody
// released sets verify: its holder may have posted before it died.
func (s *Store) claim(ctx context.Context, tx Tx, r store.SlotRef, owner string, now, leaseUntil time.Time) (store.Claim, error) {
	slot, at, until := s.d.Time(r.Slot), s.d.Time(now), s.d.Time(leaseUntil)
	n, err := tx.Exec(ctx, `INSERT INTO deliveries (subscription_id, slot, owner, claimed_at, lease_until, attempts)
		VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (subscription_id, slot) DO NOTHING`,
		r.SubscriptionID, slot, owner, at, until)
	if err != nil || n == 1 {
		return store.Claim{Won: n == 1, Attempts: 1}, err
	}
	c := store.Claim{Won: true}
	err = tx.QueryRow(ctx, `UPDATE deliveries
		SET owner = $1, claimed_at = $2, lease_until = $3, attempts = attempts + 1,
			verify = (verify OR lease_until IS NOT NULL)
		WHERE subscription_id = $4 AND slot = $5 AND outcome = 'pending'
			AND (lease_until IS NULL OR lease_until < $2) AND (not_before IS NULL OR not_before <= $2)
		RETURNING attempts, verify`,
		owner, at, until, r.SubscriptionID, slot).Scan(&c.Attempts, &c.Verify)
	if errors.Is(err, sql.ErrNoRows) {
		return store.Claim{}, nil
	}
	return c, err
}

// RenewLeases implements store.Store.
func (s *Store) RenewLeases(ctx context.Context, refs []store.SlotRef, owner string, lease time.Duration) ([]bool, error) {
	if err := store.CheckClaims(refs, owner); err != nil {
		return nil, fmt.Errorf("renew leases: %w", err)
	}
	renewed := make([]bool, len(refs))
	err := s.d.Write(ctx, func(tx Tx) error {
		until := s.d.Time(s.now().Add(lease))
		for i, r := range refs {
			n, err := tx.Exec(ctx, `UPDATE deliveries SET lease_until = $1
				WHERE subscription_id = $2 AND slot = $3 AND owner = $4 AND outcome = 'pending' AND lease_until IS NOT NULL`,
				until, r.SubscriptionID, s.d.Time(r.Slot), owner)
			if err != nil {
				return err
			}
			renewed[i] = n == 1
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("renew leases: %w", err)
	}
	return renewed, nil
}

// ReleaseSlots implements store.Store.
func (s *Store) ReleaseSlots(ctx context.Context, rel []store.SlotRelease, owner string) ([]bool, error) {
	refs := make([]store.SlotRef, len(rel))
	for i, r := range rel {
		refs[i] = r.SlotRef
	}
	if err := store.CheckClaims(refs, owner); err != nil {
		return nil, fmt.Errorf("release slots: %w", err)
	}
	released := make([]bool, len(rel))
	err := s.d.Write(ctx, func(tx Tx) error {
		for i, r := range rel {
			n, err := tx.Exec(ctx, `UPDATE deliveries SET lease_until = NULL, not_before = $1, verify = $2, detail = $3
				WHERE subscription_id = $4 AND slot = $5 AND owner = $6 AND outcome = 'pending' AND lease_until IS NOT NULL`,
				s.d.Time(r.NotBefore), r.Verify, store.Clip(r.Detail), r.SubscriptionID, s.d.Time(r.Slot), owner)
			if err != nil {
				return err
			}
			released[i] = n == 1
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("release slots: %w", err)
	}
	return released, nil
}

// ClaimableSlots implements store.Store. Pending rows are few (the slots in
// flight and those waiting to be retried), and the partial index on them
// keeps both queries off the rest of the ledger.
func (s *Store) ClaimableSlots(ctx context.Context, f store.ClaimableFilter) (store.LedgerState, error) {
	var out store.LedgerState
	err := s.d.Read(ctx, func(tx Tx) error {
		now := s.d.Time(s.now())
		var leaseEnd, notBefore time.Time
		err := tx.QueryRow(ctx, `SELECT
				coalesce(sum(CASE WHEN lease_until >= $1 THEN 1 ELSE 0 END), 0),
				coalesce(sum(CASE WHEN (lease_until IS NULL OR lease_until < $1) AND not_before > $1 THEN 1 ELSE 0 END), 0),
				min(CASE WHEN lease_until >= $1 THEN lease_until END),
				min(CASE WHEN not_before > $1 THEN not_before END)
			FROM deliveries WHERE outcome = 'pending'`, now).
			Scan(&out.Leased, &out.Waiting, s.d.ScanTime(&leaseEnd), s.d.ScanTime(&notBefore))
		if err != nil {
			return err
		}
		// A lease that ends at t can be taken over just after t (the claim wants
		// lease_until < now); a retry can be claimed at its not_before.
		if !leaseEnd.IsZero() {
			out.Next = leaseEnd.Add(time.Microsecond)
		}
		if !notBefore.IsZero() && (out.Next.IsZero() || notBefore.Before(out.Next)) {
			out.Next = notBefore
		}
		if f.Limit <= 0 {
			return nil
		}
		w := &where{}
		w.and("d.outcome = 'pending'")
		at := w.arg(now)
		w.and("(d.lease_until IS NULL OR d.lease_until < " + at + ")")
		w.and("(d.not_before IS NULL OR d.not_before <= " + at + ")")
		w.and("NOT s.paused AND s.deleted_at IS NULL")
		if len(f.Platforms) > 0 {
			ps := make([]string, len(f.Platforms))
			for i, p := range f.Platforms {
				ps[i] = w.arg(p)
			}
			w.and("s.platform IN (" + strings.Join(ps, ", ") + ")")
		}
		// CROSS JOIN keeps SQLite's planner on the few pending rows first (PostgreSQL
		// treats it as the inner join it is and plans freely).
		w.and("s.id = d.subscription_id")
		rows, err := tx.Query(ctx, `SELECT d.subscription_id, d.slot FROM deliveries d CROSS JOIN subscriptions s
			WHERE `+w.String()+` ORDER BY d.slot, d.subscription_id LIMIT `+w.arg(f.Limit), w.args...)
		out.Claimable, err = collect(rows, err, func(r Row) (store.SlotRef, error) {
			var ref store.SlotRef
			err := r.Scan(&ref.SubscriptionID, s.d.ScanTime(&ref.Slot))
			return ref, err
		})
		return err
	})
	if err != nil {
		return store.LedgerState{}, fmt.Errorf("claimable slots: %w", err)
	}
	return out, nil
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
	n, err := tx.Exec(ctx, `UPDATE deliveries SET outcome = $1, detail = $2, completed_at = $3, lease_until = NULL
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
	if err := checkLive(ctx, tx, subID); store.ErrorCode(err) == store.CodeNotFound {
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
		if err := checkLive(ctx, tx, subID); err != nil {
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
