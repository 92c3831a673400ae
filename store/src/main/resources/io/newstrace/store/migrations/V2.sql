-- Version 2: the provenance graph summed outlet to outlet (outlet_links.jsonl), for the dashboard's graph.
CREATE TABLE outlet_links (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    weight INTEGER NOT NULL,
    attributed INTEGER NOT NULL,
    unattributed INTEGER NOT NULL,
    bases TEXT NOT NULL
);
CREATE INDEX outlet_links_source ON outlet_links(source);
CREATE INDEX outlet_links_target ON outlet_links(target);
CREATE INDEX provenance_source ON provenance(source);
CREATE INDEX provenance_target ON provenance(target);
-- What the dashboard's pages ask most, answered from indexes rather than by scanning or sorting whole tables:
-- articles per outlet, a story's articles, a speaker's quotes in publication order.
CREATE INDEX articles_outlet_key ON articles(COALESCE('outlet:' || outlet_registry, outlet_name, 'unknown'));
CREATE INDEX story_articles_story ON story_articles(story, position);
ALTER TABLE quotes ADD COLUMN published TEXT;
CREATE INDEX quotes_speaker_published ON quotes(speaker_entity, published, article, start);
CREATE INDEX quotes_published ON quotes(published, article, start);
