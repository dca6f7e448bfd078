-- The ledger becomes a ledger of leases: a pending row is held by owner until
-- lease_until (NULL once released), claimed attempts times so far, and may be
-- claimed again only after not_before; verify says the last attempt's outcome
-- is unknown. Failed-until-grace slots are recorded as 'missed'. SQLite
-- cannot change a CHECK in place, so the table is rebuilt.
CREATE TABLE deliveries_leased (
	subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	slot            TEXT NOT NULL,
	owner           TEXT NOT NULL,
	claimed_at      TEXT NOT NULL,
	outcome         TEXT NOT NULL DEFAULT 'pending'
		CHECK (outcome IN ('pending', 'posted', 'delayed', 'failed', 'skipped', 'missed', 'unknown')),
	detail          TEXT NOT NULL DEFAULT '',
	completed_at    TEXT,
	lease_until     TEXT,
	attempts        INTEGER NOT NULL DEFAULT 0,
	not_before      TEXT,
	verify          INTEGER NOT NULL DEFAULT 0 CHECK (verify IN (0, 1)),
	PRIMARY KEY (subscription_id, slot)
) WITHOUT ROWID;
-- A claim left pending by the old scheduler holds a lease that ended when it
-- was made: the next claimant asks the platform before posting.
INSERT INTO deliveries_leased (subscription_id, slot, owner, claimed_at, outcome, detail, completed_at,
		lease_until, attempts)
	SELECT subscription_id, slot, owner, claimed_at, outcome, detail, completed_at,
		CASE WHEN outcome = 'pending' THEN claimed_at END, CASE WHEN outcome = 'skipped' THEN 0 ELSE 1 END
	FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_leased RENAME TO deliveries;
-- The sweep reads only pending rows: few, whatever the ledger's size.
CREATE INDEX deliveries_pending ON deliveries (slot, subscription_id) WHERE outcome = 'pending';
CREATE INDEX deliveries_slot ON deliveries (slot);
