-- Conversations and feedback (issue 13). Nothing here refers to subscriptions.

-- Each conversation's last answer, as the bot's JSON, so that a follow-up can
-- reach any process on this file. Saves prune by saved_at, hence its index.
CREATE TABLE conversation_turns (
	conversation TEXT PRIMARY KEY, -- platform/workspace/conversation
	turn         TEXT NOT NULL,    -- JSON
	saved_at     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX conversation_turns_saved_at ON conversation_turns (saved_at);

-- The answers given, one row per answer id (the same question in the same
-- place), as last given, with how often.
CREATE TABLE answers (
	id           TEXT PRIMARY KEY,
	platform     TEXT NOT NULL,
	conversation TEXT NOT NULL DEFAULT '', -- empty for one-shot requests
	command      TEXT NOT NULL DEFAULT '',
	question     TEXT NOT NULL,
	found        INTEGER NOT NULL CHECK (found IN (0, 1)),
	fact_ids     TEXT NOT NULL DEFAULT '[]', -- JSON array, in the order shown
	first_at     TEXT NOT NULL,
	last_at      TEXT NOT NULL,
	count        INTEGER NOT NULL CHECK (count > 0)
) WITHOUT ROWID;
CREATE INDEX answers_last_at ON answers (last_at);

-- One vote per user per answer. No foreign key: a vote may arrive before the
-- batch that records its answer.
CREATE TABLE votes (
	answer_id TEXT NOT NULL,
	platform  TEXT NOT NULL,
	user_id   TEXT NOT NULL,
	up        INTEGER NOT NULL CHECK (up IN (0, 1)),
	at        TEXT NOT NULL,
	PRIMARY KEY (answer_id, platform, user_id)
) WITHOUT ROWID;
CREATE INDEX votes_at ON votes (at);
