-- Schema 14: a history that can forget a person (data protection) and still prove itself.
--
-- Until now the hash chain covered each entry's changes, so blanking an erased person's old
-- values would have broken it for good. Now the chain covers a digest of the changes instead:
--   changes_digest  hex SHA-256 of `changes` as it was written; the entry's hash is taken over
--                   its other fields and this digest (HistoryEntry: historyHash())
--   redacted_by     NULL, or the id of the erase batch that blanked this entry's personal
--                   values: `changes` then no longer matches changes_digest, legitimately
-- `rapport-cli check` verifies that every entry's changes match its digest unless it is
-- redacted, and that every redacted entry belongs to a later erase batch whose head names it
-- (the head carries how many entries it redacted and a digest of their ids; the head is in the
-- chain, so redacted_by cannot be set by hand without the chain saying so).
--
-- The digests and the chain of the existing entries are recomputed by a step in C++ after this
-- file (migrations.cpp: the chain is sequential, which SQL does not do well).
ALTER TABLE history ADD COLUMN changes_digest TEXT NOT NULL DEFAULT '';
ALTER TABLE history ADD COLUMN redacted_by INTEGER;
CREATE INDEX history_redacted ON history(redacted_by, id) WHERE redacted_by IS NOT NULL;
