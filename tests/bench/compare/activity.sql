-- Team activity over [:from, :end): interactions per agent, channel and week; cases opened and
-- resolved per week; the median hours to resolve.
WITH a AS (SELECT coalesce(i.agent_id, 0) AS agent, i.channel, (i.occurred_at / 86400 + 3) / 7 AS week,
                  count(*) AS n FROM interactions i JOIN customers c ON c.id = i.customer_id
           WHERE i.occurred_at >= :from AND i.occurred_at < :end AND c.deleted_at IS NULL
           GROUP BY 1, 2, 3),
k AS MATERIALIZED (SELECT k.opened_at, k.resolved_at FROM cases k JOIN customers c ON c.id = k.customer_id
           WHERE c.deleted_at IS NULL AND ((k.opened_at >= :from AND k.opened_at < :end)
              OR (k.resolved_at >= :from AND k.resolved_at < :end))),
h AS MATERIALIZED (SELECT (resolved_at - opened_at) / 3600.0 AS hours FROM k
           WHERE resolved_at >= :from AND resolved_at < :end ORDER BY 1)
SELECT (SELECT count(*) || ' rows, ' || sum(n) || ' interactions' FROM a),
       (SELECT sum(opened_at >= :from AND opened_at < :end) || ' opened, '
               || sum(resolved_at >= :from AND resolved_at < :end) || ' resolved' FROM k),
       (SELECT avg(hours) FROM (SELECT hours FROM h LIMIT 2 - (SELECT count(*) FROM h) % 2
                                OFFSET ((SELECT count(*) FROM h) - 1) / 2)) AS median_hours;
