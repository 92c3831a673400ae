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
