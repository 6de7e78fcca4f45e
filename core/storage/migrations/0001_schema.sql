-- Rapport schema 1: the domain tables.
-- Conventions: times are INTEGER Unix seconds in UTC; calendar dates are TEXT 'YYYY-MM-DD';
-- money is INTEGER minor units beside an ISO 4217 currency code; enumerations are small INTEGER
-- codes whose meaning is written next to each column (core/domain holds the matching C++ enums);
-- every table that users edit carries `version`, bumped by each update, for optimistic locking.

PRAGMA application_id = 1380012116; -- 'RAPT': marks the file as a Rapport database

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    email        TEXT,
    role         INTEGER NOT NULL CHECK (role BETWEEN 0 AND 3), -- administrator, manager, sales rep, service agent
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    kind        INTEGER NOT NULL CHECK (kind IN (0, 1)),         -- person, organisation
    first_name  TEXT,                                            -- persons only
    last_name   TEXT,                                            -- persons only
    name        TEXT NOT NULL,                                   -- display name
    sort_name   TEXT NOT NULL,                                   -- folded key the list sorts by
    stage       INTEGER NOT NULL CHECK (stage BETWEEN 0 AND 4),  -- lead, prospect, active, lapsed, lost
    owner_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    source      TEXT,                                            -- acquisition source
    acquired_on TEXT,                                            -- acquisition date
    notes       TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER,                                         -- set when moved to the trash
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_sort ON customers(sort_name, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_owner ON customers(owner_id);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_tag ON customer_tags(tag_id, customer_id);

CREATE TABLE contact_points (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind        INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),  -- phone, email, postal, web
    label       INTEGER NOT NULL DEFAULT 0 CHECK (label BETWEEN 0 AND 3), -- work, home, mobile, other
    value       TEXT NOT NULL,  -- phone in E.164, normalised e-mail, URL, or the address on one line
    street      TEXT,           -- postal addresses only, from here on
    postal_code TEXT,
    city        TEXT,
    region      TEXT,
    country     TEXT,           -- ISO 3166-1 alpha-2
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contact_points_customer ON contact_points(customer_id, kind);

CREATE TABLE relationships (
    id        INTEGER PRIMARY KEY,
    from_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    to_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind      INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 4), -- works at, subsidiary of, referred by, partner, supplier
    role      TEXT,            -- e.g. the job title for "works at"
    since     TEXT,
    note      TEXT,
    version   INTEGER NOT NULL DEFAULT 1,
    CHECK (from_id <> to_id),
    UNIQUE (from_id, kind, to_id)
);
CREATE INDEX relationships_to ON relationships(to_id, kind);

CREATE TABLE products (
    id               INTEGER PRIMARY KEY,
    sku              TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    category         TEXT,
    is_service       INTEGER NOT NULL DEFAULT 0 CHECK (is_service IN (0, 1)),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    unit_cost_minor  INTEGER CHECK (unit_cost_minor >= 0),   -- NULL when the cost is unknown
    currency         TEXT NOT NULL CHECK (length(currency) = 3),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version          INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ordered_at  INTEGER NOT NULL,
    status      INTEGER NOT NULL DEFAULT 1 CHECK (status BETWEEN 0 AND 3), -- open, fulfilled, cancelled, refunded
    currency    TEXT NOT NULL CHECK (length(currency) = 3),
    total_minor INTEGER NOT NULL,          -- sum of the lines, kept by the writer
    rep_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX orders_customer ON orders(customer_id, ordered_at);

CREATE TABLE order_lines (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id       INTEGER NOT NULL REFERENCES products(id),
    quantity         INTEGER NOT NULL CHECK (quantity <> 0), -- negative for returned goods
    unit_price_minor INTEGER NOT NULL
);
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX order_lines_product ON order_lines(product_id);

CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind        INTEGER NOT NULL CHECK (kind IN (0, 1)),          -- complaint, service request
    subject     TEXT NOT NULL,
    description TEXT,
    category    TEXT,
    status      INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4), -- new, open, waiting, resolved, closed
    priority    INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 3), -- low, normal, high, urgent
    owner_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    opened_at   INTEGER NOT NULL,
    resolved_at INTEGER,
    resolution  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_customer ON cases(customer_id, opened_at);
CREATE INDEX cases_owner_status ON cases(owner_id, status);

CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    channel     INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 7), -- phone, email, meeting, letter, web form, chat, sms, visit
    direction   INTEGER NOT NULL CHECK (direction IN (0, 1)),     -- inbound, outbound
    occurred_at INTEGER NOT NULL,
    duration_s  INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0),
    agent_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    subject     TEXT NOT NULL DEFAULT '',
    notes       TEXT,
    outcome     INTEGER NOT NULL DEFAULT 0 CHECK (outcome BETWEEN 0 AND 6), -- completed, no answer, left message, follow-up, sale, complaint, not interested
    case_id     INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX interactions_customer ON interactions(customer_id, occurred_at);

CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    case_id     INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    notes       TEXT,
    due_at      INTEGER,
    done_at     INTEGER,
    assignee_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    priority    INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 3), -- low, normal, high, urgent
    created_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tasks_assignee_due ON tasks(assignee_id, done_at, due_at);
CREATE INDEX tasks_customer ON tasks(customer_id);
