-- Version 5: the counts an entity's page shows, computed once per import instead of on every first visit: for an
-- entity named in tens of thousands of articles, counting its distinct articles (in all and per month) took
-- 10-60 ms, the slowest part of any dashboard answer. An article has one publication day, so the months' counts
-- add up to the entity's count of articles.
CREATE TABLE entity_months (
    entity TEXT NOT NULL,
    month TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (entity, month)
) WITHOUT ROWID;
CREATE TABLE entity_quotes (
    entity TEXT PRIMARY KEY,
    quotes INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO entity_months(entity, month, articles)
    SELECT entity, COALESCE(SUBSTR(published, 1, 7), 'unknown'), COUNT(DISTINCT article) FROM mentions GROUP BY 1, 2;
INSERT INTO entity_quotes(entity, quotes)
    SELECT speaker_entity, COUNT(*) FROM quotes WHERE speaker_entity IS NOT NULL GROUP BY speaker_entity;
