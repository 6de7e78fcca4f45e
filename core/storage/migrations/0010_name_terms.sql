-- Rapport schema 10: the vocabulary of customers' names, for search that forgives typos.
-- customer_name_terms holds every distinct word of a live customer's name (persons and
-- organisations), folded the way the search index folds it (lower case, accents dropped), with
-- the number of live customers whose name has it. When a search finds nobody, CustomerSearch
-- looks here for words a typo away ("muler" -> "muller") and asks the search index for those.
-- The words come from an fts3tokenize table with the search index's own tokenizer, so triggers
-- need no function of Rapport's and the file stays writable from the sqlite3 shell. The triggers
-- keep the counts for everyday writes; the bulk loader adds the words of the customers it loaded
-- in one statement at the end (BulkLoader::finish).
-- customer_name_terms_shape serves "words starting with this letter, of about this length"
-- without reading the table.

CREATE VIRTUAL TABLE customer_name_tokenizer USING fts3tokenize('unicode61', 'remove_diacritics=2');

CREATE TABLE customer_name_terms (
    term      TEXT PRIMARY KEY,
    customers INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX customer_name_terms_shape
    ON customer_name_terms(substr(term, 1, 1), length(term), term, customers);

INSERT INTO customer_name_terms (term, customers)
SELECT t.token, count(DISTINCT c.id)
FROM customers c, customer_name_tokenizer t
WHERE t.input = c.name AND c.deleted_at IS NULL
GROUP BY t.token;

CREATE TRIGGER customers_name_terms_insert AFTER INSERT ON customers
WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO customer_name_terms (term, customers)
    SELECT DISTINCT token, 1 FROM customer_name_tokenizer WHERE input = new.name AND true
    ON CONFLICT (term) DO UPDATE SET customers = customers + 1;
END;

-- A rename, a move to the trash and a restore from it: the old name's words lose the customer,
-- the new one's gain it.
CREATE TRIGGER customers_name_terms_update AFTER UPDATE OF name, deleted_at ON customers
WHEN old.name IS NOT new.name OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
    UPDATE customer_name_terms SET customers = customers - 1
    WHERE old.deleted_at IS NULL
      AND term IN (SELECT token FROM customer_name_tokenizer WHERE input = old.name);
    DELETE FROM customer_name_terms
    WHERE customers <= 0
      AND term IN (SELECT token FROM customer_name_tokenizer WHERE input = old.name);
    INSERT INTO customer_name_terms (term, customers)
    SELECT DISTINCT token, 1 FROM customer_name_tokenizer
    WHERE input = new.name AND new.deleted_at IS NULL
    ON CONFLICT (term) DO UPDATE SET customers = customers + 1;
END;

CREATE TRIGGER customers_name_terms_delete AFTER DELETE ON customers
WHEN old.deleted_at IS NULL BEGIN
    UPDATE customer_name_terms SET customers = customers - 1
    WHERE term IN (SELECT token FROM customer_name_tokenizer WHERE input = old.name);
    DELETE FROM customer_name_terms
    WHERE customers <= 0
      AND term IN (SELECT token FROM customer_name_tokenizer WHERE input = old.name);
END;
