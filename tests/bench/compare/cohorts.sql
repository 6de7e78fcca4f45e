-- Monthly cohorts by first purchase up to :end: customers active in month k of each cohort.
WITH pm AS (SELECT DISTINCT o.customer_id,
                   CAST(strftime('%Y', o.ordered_at, 'unixepoch') AS INT) * 12
                   + CAST(strftime('%m', o.ordered_at, 'unixepoch') AS INT) - 1 AS m
            FROM orders o JOIN customers c ON c.id = o.customer_id
            WHERE c.deleted_at IS NULL AND o.status IN (0, 1) AND o.total_minor > 0
              AND o.ordered_at < :end),
f AS (SELECT customer_id, min(m) AS first FROM pm GROUP BY customer_id)
SELECT count(*), sum(active), sum(CASE WHEN k = 0 THEN active END) FROM (
  SELECT f.first AS cohort, pm.m - f.first AS k, count(*) AS active
  FROM pm JOIN f USING (customer_id) GROUP BY 1, 2);
