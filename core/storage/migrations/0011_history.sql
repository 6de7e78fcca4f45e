-- Schema 11: the history of every change.
--
-- One append-only table written in the same transaction as the change it records. It serves the
-- audit trail (who changed what, when), live updates (other clients read the entries after the
-- last one they saw), reverting a batch (replaying its entries backwards) and, later, replicas
-- (shipping entries). Rapport fills it through the write door (core/services/door.h); nothing
-- else writes to it.
--
-- One entry is one row created, updated or deleted, or the head of a batch:
--   batch        the id of the first entry of the user action the entry belongs to (a call with
--                its follow-up task, an import, a merge); equal to id for the first entry
--   at           Unix seconds, UTC
--   user_id      who acted (users.id; no foreign key: the history outlives users), NULL when
--                nobody was signed in
--   actor        the acting user's name and machine as they were ("Anna Weber on laptop-3")
--   operation    create, update, trash (moved to the trash), restore, delete, or batch (the head
--                of a batch: entity is its kind, changes its description)
--   entity       'customer', 'contact_point', 'relationship', 'customer_tag', 'tag', 'user',
--                'setting', 'product', 'order', 'order_line', 'case', 'interaction', 'task',
--                'note', 'survey'
--   entity_id    the row's id (the tag's id for customer_tag; NULL for a setting and a batch)
--   customer_id  the customer the change belongs to, when there is one
--   changes      JSON object: each changed column with [old, new] (a created row: [null, value]
--                for each value set; a deleted row: [value, null]); a batch: its description
--   hash         hex SHA-256 over this entry's content and the previous entry's hash: a chain
--                that `rapport-cli check` verifies (an entry changed, removed or inserted by
--                hand breaks it from that entry on)
CREATE TABLE history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    batch       INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    user_id     INTEGER,
    actor       TEXT NOT NULL,
    operation   TEXT NOT NULL
        CHECK (operation IN ('create', 'update', 'trash', 'restore', 'delete', 'batch')),
    entity      TEXT NOT NULL,
    entity_id   INTEGER,
    customer_id INTEGER,
    changes     TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX history_customer ON history(customer_id, id) WHERE customer_id IS NOT NULL;
CREATE INDEX history_batch ON history(batch, id);
CREATE INDEX history_user ON history(user_id, id);
CREATE INDEX history_at ON history(at, id);

-- No triggers guard the table: an entry changed, removed or inserted by hand (the sqlite3 shell)
-- breaks the hash chain from that entry on, and `rapport-cli check` names it.
