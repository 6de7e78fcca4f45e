-- The customer list's read model rebuilt from the tables it draws from, set-based: one pass over
-- each of them into temporary tables keyed by customer, then one insert in customer order.
-- CustomerListRepository::rebuild() runs it after setting customer_list_state to the day the
-- revenue window ends. It must give what the customer_list_source view gives for every customer
-- (tests/core/test_customerlistschema.cpp holds it to that). Migration 5 carries the copy it ran.

DROP TABLE IF EXISTS temp.list_last;
DROP TABLE IF EXISTS temp.list_revenue;
DROP TABLE IF EXISTS temp.list_contacts;
DROP TABLE IF EXISTS temp.list_tags;
DROP TABLE IF EXISTS temp.list_employers;
DROP TABLE IF EXISTS temp.list_cities;
DROP TABLE IF EXISTS temp.list_owners;
DELETE FROM customer_list;
DELETE FROM customer_list_counts;

CREATE TEMP TABLE list_last (customer_id INTEGER PRIMARY KEY, at INTEGER NOT NULL);
INSERT INTO list_last (customer_id, at)
SELECT customer_id, max(occurred_at) FROM interactions GROUP BY customer_id;

CREATE TEMP TABLE list_revenue (customer_id INTEGER PRIMARY KEY, minor INTEGER NOT NULL,
                                currency TEXT, oldest INTEGER);
INSERT INTO list_revenue (customer_id, minor, currency, oldest)
SELECT o.customer_id, sum(o.total_minor),
       CASE WHEN min(o.currency) = max(o.currency) THEN min(o.currency) ELSE 'XXX' END,
       min(o.ordered_at)
FROM orders o, customer_list_state s
WHERE o.status = 1 AND o.ordered_at >= s.window_start
GROUP BY o.customer_id;

-- The chosen contact point per kind: the primary one, else the lowest id (ids stay below 2^40).
CREATE TEMP TABLE list_contacts (customer_id INTEGER PRIMARY KEY, phone INTEGER, email INTEGER,
                                 postal INTEGER);
INSERT INTO list_contacts (customer_id, phone, email, postal)
SELECT customer_id,
       min(CASE kind WHEN 0 THEN ((1 - is_primary) << 40) + id END) & 1099511627775,
       min(CASE kind WHEN 1 THEN ((1 - is_primary) << 40) + id END) & 1099511627775,
       min(CASE kind WHEN 2 THEN ((1 - is_primary) << 40) + id END) & 1099511627775
FROM contact_points WHERE kind <= 2
GROUP BY customer_id;

CREATE TEMP TABLE list_tags (customer_id INTEGER PRIMARY KEY, bits INTEGER NOT NULL);
INSERT INTO list_tags (customer_id, bits)
SELECT customer_id, sum(1 << (tag_id - 1)) FROM customer_tags WHERE tag_id BETWEEN 1 AND 62
GROUP BY customer_id;

CREATE TEMP TABLE list_employers (person_id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL);
INSERT INTO list_employers (person_id, org_id)
SELECT r.from_id, r.to_id FROM relationships r
WHERE r.id IN (SELECT max(w.id) FROM relationships w
               JOIN customers p ON p.id = w.from_id AND p.kind = 0
               JOIN customers o ON o.id = w.to_id AND o.deleted_at IS NULL
               WHERE w.kind = 0 GROUP BY w.from_id);

CREATE TEMP TABLE list_cities (city TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO list_cities (city, key) SELECT city, key FROM customer_list_city_keys;

CREATE TEMP TABLE list_owners (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL);
INSERT INTO list_owners (id, name, key) SELECT id, name, key FROM customer_list_owner;

INSERT INTO customer_list (id, live, kind, stage, owner_id, tag_bits, name, name_key, org_id,
                           org_name, org_key, owner_name, owner_key, phone, email, city, city_key,
                           last_contact_at, revenue_minor, revenue_currency, revenue_oldest_at)
SELECT c.id, c.deleted_at IS NULL, c.kind, c.stage, c.owner_id, coalesce(t.bits, 0), c.name,
       c.sort_name, o.id, coalesce(o.name, ''), coalesce(o.sort_name, ''), coalesce(u.name, ''),
       coalesce(u.key, ''), coalesce(ph.value, ''), coalesce(em.value, ''),
       coalesce(pa.city, ''), coalesce(ck.key, ''), coalesce(l.at, 0), coalesce(r.minor, 0),
       r.currency, r.oldest
FROM customers c
LEFT JOIN temp.list_tags t ON t.customer_id = c.id
LEFT JOIN temp.list_employers e ON e.person_id = c.id
LEFT JOIN customers o ON o.id = e.org_id
LEFT JOIN temp.list_owners u ON u.id = c.owner_id
LEFT JOIN temp.list_contacts x ON x.customer_id = c.id
LEFT JOIN contact_points ph ON ph.id = x.phone
LEFT JOIN contact_points em ON em.id = x.email
LEFT JOIN contact_points pa ON pa.id = x.postal
LEFT JOIN temp.list_cities ck ON ck.city = pa.city
LEFT JOIN temp.list_last l ON l.customer_id = c.id
LEFT JOIN temp.list_revenue r ON r.customer_id = c.id;

DROP TABLE temp.list_last;
DROP TABLE temp.list_revenue;
DROP TABLE temp.list_contacts;
DROP TABLE temp.list_tags;
DROP TABLE temp.list_employers;
DROP TABLE temp.list_cities;
DROP TABLE temp.list_owners;

-- Where the table's count triggers are in place (a rebuild outside a bulk load) they counted
-- already; the set-based figures are the same.
INSERT INTO customer_list_counts (stage, kind, owner_id, tag_bits, n)
SELECT stage, kind, coalesce(owner_id, 0), tag_bits, count(*) FROM customer_list WHERE live = 1
GROUP BY stage, kind, coalesce(owner_id, 0), tag_bits
ON CONFLICT (stage, kind, owner_id, tag_bits) DO UPDATE SET n = excluded.n;
