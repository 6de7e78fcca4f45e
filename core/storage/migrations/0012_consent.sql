-- Schema 12: consent per channel (data protection).
--
-- One row per customer and channel: whether the customer agreed to be contacted that way (opt_in)
-- or refused (opt_out), on which day and where that was said (a web form, a call, an import...).
-- No row means nobody asked. Exports honour it: a customer who opted out of a channel leaves
-- that channel's contact details out of a list made for it.
CREATE TABLE consents (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'phone', 'sms', 'post')),
    status      TEXT NOT NULL CHECK (status IN ('opt_in', 'opt_out')),
    given_on    TEXT NOT NULL, -- 'YYYY-MM-DD'
    source      TEXT,
    UNIQUE (customer_id, channel)
);
