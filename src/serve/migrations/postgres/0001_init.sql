-- moderato serve on PostgreSQL: the schema SQLite reached with its migrations
-- 0001 to 0003, in one step. Applied at start-up under an advisory lock (two
-- instances starting together migrate once); moderato_schema records it.
-- Ids and times are COLLATE "C": the queue's order and its cursors compare
-- them byte by byte, as SQLite does, whatever the database's locale.

-- Every ingested comment, its scores and where it was routed.
CREATE TABLE comments (
    id              TEXT COLLATE "C" PRIMARY KEY,   -- the client's id (ingest is idempotent by it)
    text            TEXT NOT NULL,
    article_id      TEXT,
    article_text    TEXT,                           -- only for comments without an article_id
    parent_id       TEXT,
    author          TEXT,
    created_at      TEXT COLLATE "C" NOT NULL,      -- RFC 3339, UTC (client's, else ingest time)
    ingested_at     TEXT COLLATE "C" NOT NULL,
    scores          TEXT NOT NULL,                  -- JSON object label -> probability
    max_probability DOUBLE PRECISION NOT NULL,
    flagged         TEXT NOT NULL,                  -- ',toxic,offtopic,'
    routed          TEXT NOT NULL,                  -- approve | review | reject
    status          TEXT NOT NULL,                  -- approved | pending | rejected
    spans           TEXT NOT NULL,                  -- JSON: per label, the spans that drove the score
    decided         INTEGER NOT NULL DEFAULT 0      -- 1 once a moderator decided
);
CREATE INDEX comments_queue ON comments (status, max_probability DESC, created_at, id);
CREATE INDEX comments_article ON comments (article_id, created_at);
CREATE INDEX comments_parent ON comments (parent_id);
CREATE INDEX comments_auto_rejected ON comments (status, decided, ingested_at);

-- Moderator decisions: at most one per comment (the UNIQUE constraint makes a
-- second one fail, whichever instance sends it).
CREATE TABLE decisions (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id  TEXT COLLATE "C" NOT NULL UNIQUE REFERENCES comments (id),
    decision    TEXT NOT NULL,            -- approve | reject
    toxic       BIGINT,                   -- 1, 0 or NULL (unknown)
    offtopic    BIGINT,
    labels      TEXT NOT NULL,            -- comma-separated labels the moderator gave
    moderator   TEXT NOT NULL,
    reason      TEXT,
    decided_at  TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT 'moderator'  -- moderator | unauthenticated (never exported)
);

-- Perspective comments:suggestscore feedback, kept as labels for retraining.
CREATE TABLE feedback (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text         TEXT NOT NULL,
    toxic        BIGINT,
    offtopic     BIGINT,
    community_id TEXT,
    client_token TEXT,
    received_at  TEXT NOT NULL,
    client       TEXT                     -- the credential name of the client
);

-- Audit trail: every ingest, decision, refused decision and model reload.
CREATE TABLE audit (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    comment_id TEXT,
    detail     TEXT NOT NULL
);
CREATE INDEX audit_comment ON audit (comment_id);

-- Each article's text, stored once.
CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    text       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
