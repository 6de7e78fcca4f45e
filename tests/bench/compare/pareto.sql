-- Pareto by revenue over [:from, :end): top20_share, customers_for_80_share, gini, ABC counts.
WITH s AS (SELECT customer_id, sum(total_minor) AS net FROM orders
           WHERE status IN (0, 1) AND currency = 'EUR' AND ordered_at >= :from AND ordered_at < :end
           GROUP BY customer_id),
v AS (SELECT s.customer_id AS id, max(s.net, 0) AS val FROM s
      JOIN customers c ON c.id = s.customer_id WHERE c.deleted_at IS NULL),
t AS (SELECT count(*) AS n, sum(val) AS total, CAST(0.2 * count(*) AS INT) AS i, 0.2 * count(*) AS x
      FROM v),
r AS MATERIALIZED (SELECT val, row_number() OVER w AS k, sum(val) OVER (w ROWS UNBOUNDED PRECEDING) AS cum
      FROM v WINDOW w AS (ORDER BY val DESC, id))
SELECT
  (SELECT (sum(CASE WHEN k <= i THEN val ELSE 0 END) + (x - i) * sum(CASE WHEN k = i + 1 THEN val ELSE 0 END))
          * 1.0 / total FROM r, t) AS top20_share,
  (SELECT (k - 1 + (total * 4 - (cum - val) * 5) * 1.0 / (val * 5)) / n FROM r, t
    WHERE cum * 5 >= total * 4 ORDER BY k LIMIT 1) AS customers_for_80_share,
  (SELECT 2.0 * sum((n - k + 1) * val) / (n * total) - (n + 1.0) / n FROM r, t) AS gini,
  (SELECT sum((cum - val) * 5 < total * 4) || '/' || sum((cum - val) * 5 >= total * 4 AND (cum - val) * 20 < total * 19)
     || '/' || sum((cum - val) * 20 >= total * 19) FROM r, t) AS abc;
