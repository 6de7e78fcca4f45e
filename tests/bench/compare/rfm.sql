-- RFM as of :asof_jd (Julian day) over the purchases before :end: customers and revenue per
-- segment. Scores: ceil(5 * average rank / n), ranks from the worst.
WITH v AS (SELECT customer_id, max(CASE WHEN total_minor > 0 THEN ordered_at END) AS last_at,
                  sum(total_minor > 0) AS f, sum(total_minor) AS m FROM orders
           WHERE status IN (0, 1) AND currency = 'EUR' AND ordered_at < :end
           GROUP BY customer_id HAVING sum(total_minor > 0) > 0),
b AS (SELECT v.customer_id AS id, max(0, :asof_jd - (v.last_at / 86400 + 2440588)) AS days, v.f, v.m
      FROM v JOIN customers c ON c.id = v.customer_id WHERE c.deleted_at IS NULL),
n AS (SELECT count(*) AS n FROM b),
s AS (SELECT id, m,
        (5 * (2 * rank() OVER (ORDER BY days DESC) + count(*) OVER (PARTITION BY days) - 1) + 2 * n - 1) / (2 * n) AS r,
        (5 * (2 * rank() OVER (ORDER BY f) + count(*) OVER (PARTITION BY f) - 1) + 2 * n - 1) / (2 * n) AS fs,
        (5 * (2 * rank() OVER (ORDER BY m) + count(*) OVER (PARTITION BY m) - 1) + 2 * n - 1) / (2 * n) AS ms
      FROM b, n),
g AS (SELECT m, r, (fs + ms + 1) / 2 AS fm FROM s)
SELECT CASE
    WHEN r >= 4 AND fm >= 4 THEN 'champions'
    WHEN (r >= 4 AND fm = 3) OR (r = 3 AND fm >= 4) THEN 'loyal'
    WHEN r >= 4 AND fm = 2 THEN 'potential_loyalists'
    WHEN r = 5 AND fm = 1 THEN 'new'
    WHEN r = 4 AND fm = 1 THEN 'promising'
    WHEN r = 3 AND fm = 3 THEN 'need_attention'
    WHEN r = 3 THEN 'about_to_sleep'
    WHEN r = 2 AND fm >= 3 THEN 'at_risk'
    WHEN r = 2 THEN 'hibernating'
    WHEN fm >= 4 THEN 'cant_lose_them'
    WHEN fm = 3 THEN 'at_risk'
    WHEN fm = 2 THEN 'hibernating'
    ELSE 'lost' END AS segment, count(*), sum(m)
FROM g GROUP BY 1 ORDER BY 1;
