-- Rapport schema 8: the key a customer has in another system (an ERP's customer number, the id in
-- an imported purchase file). Imports find the customer they bring orders for by it, so a second
-- import of the same file's customers adds to them instead of making new ones. NULL for customers
-- entered by hand; unique where set.

ALTER TABLE customers ADD COLUMN external_key TEXT;
CREATE UNIQUE INDEX customers_external_key ON customers(external_key)
    WHERE external_key IS NOT NULL;
