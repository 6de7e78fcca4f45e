-- Rapport schema 4: notes on a customer. A note is a dated remark a user writes on the customer
-- ("prefers calls after 4 pm", "decision moved to Q3"); the 360° view shows notes in the customer's
-- timeline beside calls, orders, cases and tasks. customers.notes stays the one standing remark
-- of the customer record itself.

CREATE TABLE customer_notes (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    body        TEXT NOT NULL CHECK (length(body) > 0),
    author_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customer_notes_customer ON customer_notes(customer_id, created_at);
