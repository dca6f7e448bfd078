-- Times are TEXT in one fixed-width UTC layout, 2006-01-02T15:04:05.000000Z,
-- so they compare and sort as strings and the ledger's key is canonical.

-- One row: the store-wide change counter behind Subscription.Version.
CREATE TABLE store_state (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	version INTEGER NOT NULL
);
INSERT INTO store_state (id, version) VALUES (1, 0);

CREATE TABLE subscriptions (
	-- AUTOINCREMENT: an id is never handed out twice, so a stale
	-- "/digest pause 12" cannot reach somebody else's new digest.
	id              INTEGER PRIMARY KEY AUTOINCREMENT,
	platform        TEXT NOT NULL CHECK (platform IN ('slack', 'discord', 'local')),
	workspace       TEXT NOT NULL,
	channel         TEXT NOT NULL,
	schedule        TEXT NOT NULL,
	time_zone       TEXT NOT NULL,
	filter_entities TEXT NOT NULL DEFAULT '[]', -- JSON array, sorted and unique
	filter_topics   TEXT NOT NULL DEFAULT '[]',
	per_edition     INTEGER NOT NULL DEFAULT 5 CHECK (per_edition > 0),
	created_by      TEXT NOT NULL,
	created_at      TEXT NOT NULL,
	updated_at      TEXT NOT NULL,
	active_since    TEXT NOT NULL,
	paused          INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
	paused_reason   TEXT NOT NULL DEFAULT '',
	paused_at       TEXT,
	deleted_at      TEXT,
	rotation        INTEGER NOT NULL DEFAULT 0,
	version         INTEGER NOT NULL
);
-- One live digest per channel, schedule and filter.
CREATE UNIQUE INDEX subscriptions_identity
	ON subscriptions (platform, workspace, channel, schedule, filter_entities, filter_topics)
	WHERE deleted_at IS NULL;
CREATE INDEX subscriptions_version ON subscriptions (version);

-- The cursor: facts a subscription has received in its current rotation.
CREATE TABLE sent_facts (
	subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	fact_id         TEXT NOT NULL,
	sent_at         TEXT NOT NULL,
	PRIMARY KEY (subscription_id, fact_id)
) WITHOUT ROWID;

-- The delivery ledger. Its primary key is the exactly-once guarantee: a
-- slot can be claimed by one process only.
CREATE TABLE deliveries (
	subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	slot            TEXT NOT NULL,
	owner           TEXT NOT NULL,
	claimed_at      TEXT NOT NULL,
	outcome         TEXT NOT NULL DEFAULT 'pending'
		CHECK (outcome IN ('pending', 'posted', 'delayed', 'failed', 'skipped', 'unknown')),
	detail          TEXT NOT NULL DEFAULT '',
	completed_at    TEXT,
	PRIMARY KEY (subscription_id, slot)
) WITHOUT ROWID;
-- AbandonStaleClaims looks only at pending claims.
CREATE INDEX deliveries_pending ON deliveries (claimed_at) WHERE outcome = 'pending';
CREATE INDEX deliveries_slot ON deliveries (slot);
