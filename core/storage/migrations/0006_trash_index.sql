-- Rapport schema 6: the trash. The trash view lists customers by when they were moved there;
-- a partial index holds only the trashed rows, so the list reads a few index entries instead of
-- scanning every customer, and costs nothing for the live ones.

CREATE INDEX customers_trash ON customers(deleted_at) WHERE deleted_at IS NOT NULL;
