-- Schema 15 is the revert's (issue 12). This placeholder only keeps the numbering without a gap
-- on the privacy branch; it is dropped when the revert's 0015 is merged.
SELECT 1;
