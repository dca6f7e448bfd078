-- One row: the store-wide change counter behind Subscription.Version. Every
-- settings change updates it, and the row lock it takes until commit makes
-- versions become visible in increasing order, which the change feed needs.
CREATE TABLE store_state (
	id      integer PRIMARY KEY CHECK (id = 1),
	version bigint NOT NULL
);
INSERT INTO store_state (id, version) VALUES (1, 0);

CREATE TABLE subscriptions (
	id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	platform        text NOT NULL CHECK (platform IN ('slack', 'discord', 'local')),
	workspace       text NOT NULL,
	channel         text NOT NULL,
	schedule        text NOT NULL,
	time_zone       text NOT NULL,
	filter_entities text[] NOT NULL DEFAULT '{}', -- sorted and unique
	filter_topics   text[] NOT NULL DEFAULT '{}',
	per_edition     integer NOT NULL DEFAULT 5 CHECK (per_edition > 0),
	created_by      text NOT NULL,
	created_at      timestamptz NOT NULL,
	updated_at      timestamptz NOT NULL,
	active_since    timestamptz NOT NULL,
	paused          boolean NOT NULL DEFAULT false,
	paused_reason   text NOT NULL DEFAULT '',
	paused_at       timestamptz,
	deleted_at      timestamptz,
	rotation        integer NOT NULL DEFAULT 0,
	version         bigint NOT NULL
);
-- One live digest per channel, schedule and filter.
CREATE UNIQUE INDEX subscriptions_identity
	ON subscriptions (platform, workspace, channel, schedule, filter_entities, filter_topics)
	WHERE deleted_at IS NULL;
CREATE INDEX subscriptions_version ON subscriptions (version);

-- The cursor: facts a subscription has received in its current rotation.
CREATE TABLE sent_facts (
	subscription_id bigint NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	fact_id         text NOT NULL,
	sent_at         timestamptz NOT NULL,
	PRIMARY KEY (subscription_id, fact_id)
);

-- The delivery ledger. Its primary key is the exactly-once guarantee: a
-- slot can be claimed by one process only (INSERT … ON CONFLICT DO NOTHING).
CREATE TABLE deliveries (
	subscription_id bigint NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	slot            timestamptz NOT NULL,
	owner           text NOT NULL,
	claimed_at      timestamptz NOT NULL,
	outcome         text NOT NULL DEFAULT 'pending'
		CHECK (outcome IN ('pending', 'posted', 'delayed', 'failed', 'skipped', 'unknown')),
	detail          text NOT NULL DEFAULT '',
	completed_at    timestamptz,
	PRIMARY KEY (subscription_id, slot)
);
-- AbandonStaleClaims looks only at pending claims.
CREATE INDEX deliveries_pending ON deliveries (claimed_at) WHERE outcome = 'pending';
CREATE INDEX deliveries_slot ON deliveries (slot);
