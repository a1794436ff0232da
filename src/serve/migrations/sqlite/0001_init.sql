-- moderato serve: initial schema. Applied once at start-up; PRAGMA user_version records it.

-- Every ingested comment, its scores and where it was routed.
CREATE TABLE comments (
    id              TEXT PRIMARY KEY,     -- the client's id (ingest is idempotent by it)
    text            TEXT NOT NULL,
    article_id      TEXT,
    article_text    TEXT,
    parent_id       TEXT,
    author          TEXT,
    created_at      TEXT NOT NULL,        -- RFC 3339, UTC (client's, else ingest time)
    ingested_at     TEXT NOT NULL,
    scores          TEXT NOT NULL,        -- JSON object label -> probability
    max_probability REAL NOT NULL,
    flagged         TEXT NOT NULL,        -- ',toxic,offtopic,': labels at or above their review threshold
    routed          TEXT NOT NULL,        -- the model's decision: approve | review | reject
    status          TEXT NOT NULL,        -- approved | pending | rejected
    spans           TEXT NOT NULL,        -- JSON: per label, the spans that drove the score
    decided         INTEGER NOT NULL DEFAULT 0  -- 1 once a moderator decided
);
CREATE INDEX comments_queue ON comments (status, max_probability DESC, created_at, id);
CREATE INDEX comments_article ON comments (article_id);

-- Moderator decisions: at most one per comment (the UNIQUE constraint makes a second one fail).
CREATE TABLE decisions (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id  TEXT NOT NULL UNIQUE REFERENCES comments (id),
    decision    TEXT NOT NULL,            -- approve | reject
    toxic       INTEGER,                  -- 1, 0 or NULL (unknown)
    offtopic    INTEGER,
    labels      TEXT NOT NULL,            -- comma-separated labels the moderator gave
    moderator   TEXT NOT NULL,
    reason      TEXT,
    decided_at  TEXT NOT NULL
);

-- Perspective comments:suggestscore feedback, kept as labels for retraining.
CREATE TABLE feedback (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    text         TEXT NOT NULL,
    toxic        INTEGER,
    offtopic     INTEGER,
    community_id TEXT,
    client_token TEXT,
    received_at  TEXT NOT NULL
);

-- Audit trail: every ingest, decision, refused decision and model reload.
CREATE TABLE audit (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    comment_id TEXT,
    detail     TEXT NOT NULL
);
