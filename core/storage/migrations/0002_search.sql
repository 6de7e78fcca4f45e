-- Rapport schema 2: customer search.
-- customer_search is an FTS5 index with one row per live customer (rowid = customers.id) over the
-- person's name, the organisation's name, the e-mail addresses, the phone digits and the cities.
-- Triggers keep it in step with customers and contact_points for everyday writes; the bulk loader
-- drops them while it loads and fills the index from its own batches instead (see BulkLoader).
-- contact_points.phone_key holds a phone number's digits reversed, so that "the last digits a
-- caller reads out" is an index range scan rather than a full scan.

ALTER TABLE contact_points ADD COLUMN phone_key TEXT;
UPDATE contact_points SET phone_key = rapport_reverse_digits(value) WHERE kind = 0;
CREATE INDEX contact_points_phone_key ON contact_points(phone_key) WHERE phone_key IS NOT NULL;

CREATE VIRTUAL TABLE customer_search USING fts5(
    name, organisation, email, phone, city,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- What the search index holds for each live customer.
CREATE VIEW customer_search_source AS
SELECT c.id AS id,
       CASE c.kind WHEN 0 THEN c.name ELSE '' END AS name,
       CASE c.kind WHEN 1 THEN c.name ELSE '' END AS organisation,
       coalesce((SELECT group_concat(value, ' ') FROM contact_points
                 WHERE customer_id = c.id AND kind = 1), '') AS email,
       coalesce((SELECT group_concat(substr(value, 2), ' ') FROM contact_points
                 WHERE customer_id = c.id AND kind = 0), '') AS phone,
       coalesce((SELECT group_concat(city, ' ') FROM contact_points
                 WHERE customer_id = c.id AND kind = 2 AND city IS NOT NULL), '') AS city
FROM customers c
WHERE c.deleted_at IS NULL;

INSERT INTO customer_search(rowid, name, organisation, email, phone, city)
SELECT id, name, organisation, email, phone, city FROM customer_search_source;

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search(rowid, name, organisation, email, phone, city)
    SELECT id, name, organisation, email, phone, city FROM customer_search_source WHERE id = new.id;
END;

CREATE TRIGGER customers_search_update AFTER UPDATE OF kind, name, deleted_at ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = old.id;
    INSERT INTO customer_search(rowid, name, organisation, email, phone, city)
    SELECT id, name, organisation, email, phone, city FROM customer_search_source WHERE id = new.id;
END;

CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = old.id;
END;

CREATE TRIGGER contact_points_search_insert AFTER INSERT ON contact_points BEGIN
    DELETE FROM customer_search WHERE rowid = new.customer_id;
    INSERT INTO customer_search(rowid, name, organisation, email, phone, city)
    SELECT id, name, organisation, email, phone, city FROM customer_search_source
    WHERE id = new.customer_id;
END;

CREATE TRIGGER contact_points_search_update AFTER UPDATE ON contact_points BEGIN
    DELETE FROM customer_search WHERE rowid IN (old.customer_id, new.customer_id);
    INSERT INTO customer_search(rowid, name, organisation, email, phone, city)
    SELECT id, name, organisation, email, phone, city FROM customer_search_source
    WHERE id IN (old.customer_id, new.customer_id);
END;

CREATE TRIGGER contact_points_search_delete AFTER DELETE ON contact_points BEGIN
    DELETE FROM customer_search WHERE rowid = old.customer_id;
    INSERT INTO customer_search(rowid, name, organisation, email, phone, city)
    SELECT id, name, organisation, email, phone, city FROM customer_search_source
    WHERE id = old.customer_id;
END;
