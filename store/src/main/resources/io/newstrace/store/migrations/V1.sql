-- Version 1: the records of an analysis run, as the exports hold them.
CREATE TABLE imports (
    generation INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    run_dir TEXT NOT NULL,
    articles_added INTEGER NOT NULL,
    articles_skipped INTEGER NOT NULL
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    input TEXT,
    url TEXT,
    title TEXT,
    outlet_name TEXT,
    outlet_registry TEXT,
    state_affiliated INTEGER NOT NULL DEFAULT 0,
    published TEXT,
    language TEXT,
    raw TEXT NOT NULL,
    text TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet_registry);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL
);
CREATE TABLE mentions (
    entity TEXT NOT NULL,
    article TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    role INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX mentions_article ON mentions(article);
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_entity TEXT,
    cue TEXT,
    confidence REAL NOT NULL
);
CREATE INDEX quotes_speaker ON quotes(speaker_entity);
CREATE INDEX quotes_article ON quotes(article);
CREATE TABLE sources (
    article TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    outlet TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    evidence TEXT NOT NULL
);
CREATE INDEX sources_article ON sources(article);
CREATE TABLE reuse (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    kind TEXT NOT NULL,
    a_start INTEGER NOT NULL,
    a_end INTEGER NOT NULL,
    b_start INTEGER NOT NULL,
    b_end INTEGER NOT NULL,
    score REAL NOT NULL,
    method TEXT NOT NULL
);
CREATE INDEX reuse_a ON reuse(a);
CREATE INDEX reuse_b ON reuse(b);
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT
);
CREATE TABLE story_articles (
    story TEXT NOT NULL,
    article TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX story_articles_article ON story_articles(article);
CREATE TABLE provenance (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    basis TEXT NOT NULL,
    attributed INTEGER NOT NULL,
    ordered INTEGER NOT NULL,
    evidence TEXT NOT NULL
);
