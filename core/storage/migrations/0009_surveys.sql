-- Rapport schema 9: customer satisfaction surveys. One row per answer a customer gave to "How
-- likely are you to recommend us to a friend or colleague?" on the usual 0..10 scale (Net
-- Promoter Score: 9-10 promoters, 7-8 passives, 0-6 detractors), with an optional comment.
-- An answer is a recorded fact, not a record users edit, so it carries no version; it goes with
-- its customer. The satisfaction/value quadrant reads each customer's latest answer through
-- surveys_customer (customer_id, answered_at).

CREATE TABLE surveys (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    answered_at INTEGER NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    kind        INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 2), -- relationship (periodic), after a purchase, after a case
    comment     TEXT
);
CREATE INDEX surveys_customer ON surveys(customer_id, answered_at);
