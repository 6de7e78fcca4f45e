-- Schema 13: pairs of customers a user said are not duplicates.
--
-- The duplicate scan (core/services/duplicatefinder.h) offers pairs of customers that look like
-- the same person or organisation; "Not a duplicate" remembers the pair here so that it is not
-- offered again. A pair is stored once, the lower id first. A decision about the customers, not
-- a change to them: the history does not record it, and it goes with either customer.
CREATE TABLE duplicate_dismissals (
    low_id       INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    high_id      INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    dismissed_at INTEGER NOT NULL,
    user_id      INTEGER, -- who said so (users.id; no foreign key, like the history)
    PRIMARY KEY (low_id, high_id),
    CHECK (low_id < high_id)
) WITHOUT ROWID;
CREATE INDEX duplicate_dismissals_high ON duplicate_dismissals(high_id);
