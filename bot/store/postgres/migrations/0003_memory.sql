-- Conversations and feedback (issue 13). Nothing here refers to subscriptions.

-- Each conversation's last answer, as the bot's JSON (text, not jsonb: the
-- store keeps the document as written), so that a follow-up can reach any
-- replica. Saves prune by saved_at, hence its index.
CREATE TABLE conversation_turns (
	conversation text PRIMARY KEY, -- platform/workspace/conversation
	turn         text NOT NULL,
	saved_at     timestamptz NOT NULL
);
CREATE INDEX conversation_turns_saved_at ON conversation_turns (saved_at);

-- The answers given, one row per answer id (the same question in the same
-- place), as last given, with how often.
CREATE TABLE answers (
	id           text PRIMARY KEY,
	platform     text NOT NULL,
	conversation text NOT NULL DEFAULT '', -- empty for one-shot requests
	command      text NOT NULL DEFAULT '',
	question     text NOT NULL,
	found        boolean NOT NULL,
	fact_ids     text[] NOT NULL DEFAULT '{}', -- in the order shown
	first_at     timestamptz NOT NULL,
	last_at      timestamptz NOT NULL,
	count        integer NOT NULL CHECK (count > 0)
);
CREATE INDEX answers_last_at ON answers (last_at);

-- One vote per user per answer. No foreign key: a vote may arrive before the
-- batch that records its answer.
CREATE TABLE votes (
	answer_id text NOT NULL,
	platform  text NOT NULL,
	user_id   text NOT NULL,
	up        boolean NOT NULL,
	at        timestamptz NOT NULL,
	PRIMARY KEY (answer_id, platform, user_id)
);
CREATE INDEX votes_at ON votes (at);
