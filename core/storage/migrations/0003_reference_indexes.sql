-- Rapport schema 3: indexes behind the references that ON DELETE actions follow.
-- Without them, deleting a case scans every interaction (10M rows on a large database) to clear
-- its case_id. Partial indexes: most interactions belong to no case, so the index stays small.
-- interactions.agent_id and orders.rep_id stay unindexed on purpose: users are deactivated rather
-- than deleted, and a 10M-row index would cost every bulk load for a rare administrator action.

CREATE INDEX interactions_case ON interactions(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX tasks_case ON tasks(case_id) WHERE case_id IS NOT NULL;
