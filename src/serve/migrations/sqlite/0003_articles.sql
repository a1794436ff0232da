-- Migration 3 (after 0002_label_origin.sql).
-- Off-topic in context: each article's text is stored once, keyed by article_id,
-- instead of with every comment. Comments without an article_id keep theirs.
CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    text       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT OR IGNORE INTO articles (article_id, text, updated_at)
    SELECT article_id, article_text, ingested_at FROM comments
    WHERE article_id IS NOT NULL AND article_text IS NOT NULL
    ORDER BY ingested_at DESC;
UPDATE comments SET article_text = NULL
    WHERE article_id IS NOT NULL AND article_id IN (SELECT article_id FROM articles);
