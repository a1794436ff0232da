-- moderato serve: where training labels come from.

-- Decisions made while no credential was configured are 'unauthenticated' and
-- never exported; earlier decisions count as the moderators' ('moderator').
ALTER TABLE decisions ADD COLUMN origin TEXT NOT NULL DEFAULT 'moderator';

-- The credential name of the client that sent the feedback. Feedback stored
-- before this migration has none: anyone could send it, so it is never exported.
ALTER TABLE feedback ADD COLUMN client TEXT;

-- The model's rejections a moderator has not looked at, newest first.
CREATE INDEX comments_auto_rejected ON comments (status, decided, ingested_at);
