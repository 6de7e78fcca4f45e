-- Schema 13 is the customer import's (issue 12). This placeholder only keeps the numbering
-- without a gap on the duplicates branch; it is dropped when the import's 0013 is merged.
SELECT 1;
