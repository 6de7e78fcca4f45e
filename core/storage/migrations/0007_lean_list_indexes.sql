-- Rapport schema 7: fewer index entries for the customer list to build and keep.
-- A bulk load of a million customers spends most of its last minute building indexes; these
-- orders do without some (see core/storage/customerlistsegments.cpp):
-- * kind and stage (two and five values) read the name index once per value;
-- * organisation sorts by id within an organisation, and the three quarters of customers with
--   none (organisations, people working nowhere) come from the table in id order: its index
--   holds the people with an organisation only;
-- * revenue reads the customers without any (some half of them) from the table in id order;
-- * customers_sort has had no reader since the list reads its read model (schema 5).

DROP INDEX customer_list_by_kind;
DROP INDEX customer_list_by_stage;
DROP INDEX customers_sort;

DROP INDEX customer_list_by_organisation;
CREATE INDEX customer_list_by_organisation ON customer_list(org_key, id, stage, kind, owner_id,
                                                            tag_bits, live)
    WHERE live = 1 AND org_key <> '';

DROP INDEX customer_list_by_revenue;
CREATE INDEX customer_list_by_revenue ON customer_list(revenue_minor, id, stage, kind, owner_id,
                                                       tag_bits, live)
    WHERE live = 1 AND revenue_minor <> 0;
