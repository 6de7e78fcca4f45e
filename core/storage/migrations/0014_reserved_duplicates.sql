-- Schema 14 is the duplicates' (issue 12). This placeholder only keeps the numbering without a
-- gap on the privacy branch; it is dropped when the duplicates' 0014 is merged.
SELECT 1;
