-- The ledger becomes a ledger of leases: a pending row is held by owner until
-- lease_until (NULL once released), claimed attempts times so far, and may be
-- claimed again only after not_before; verify says the last attempt's outcome
-- is unknown. Failed-until-grace slots are recorded as 'missed'.
ALTER TABLE deliveries
	ADD COLUMN lease_until timestamptz,
	ADD COLUMN attempts    integer NOT NULL DEFAULT 0,
	ADD COLUMN not_before  timestamptz,
	ADD COLUMN verify      boolean NOT NULL DEFAULT false;
-- A claim left pending by the old scheduler holds a lease that ended when it
-- was made: the next claimant asks the platform before posting.
UPDATE deliveries SET attempts = 1, lease_until = claimed_at WHERE outcome = 'pending';
UPDATE deliveries SET attempts = 1 WHERE outcome NOT IN ('pending', 'skipped');
ALTER TABLE deliveries DROP CONSTRAINT deliveries_outcome_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_outcome_check
	CHECK (outcome IN ('pending', 'posted', 'delayed', 'failed', 'skipped', 'missed', 'unknown'));
-- The sweep reads only pending rows: few, whatever the ledger's size.
DROP INDEX deliveries_pending;
CREATE INDEX deliveries_pending ON deliveries (slot, subscription_id) WHERE outcome = 'pending';
