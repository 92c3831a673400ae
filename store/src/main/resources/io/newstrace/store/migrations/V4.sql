-- Version 4: an entity's page (its articles in publication order, per month, the latest ones' co-mentions) is read
-- from indexes alone, without visiting the large article rows: a mention carries its article's publication day, as
-- a quote does. The new indexes start with the columns of the ones they replace.
ALTER TABLE mentions ADD COLUMN published TEXT;
UPDATE mentions SET published = (SELECT a.published FROM articles a WHERE a.id = mentions.article);
CREATE INDEX mentions_entity_published ON mentions(entity, published, article);
CREATE INDEX mentions_article_entity ON mentions(article, entity);
DROP INDEX mentions_entity;
DROP INDEX mentions_article;
