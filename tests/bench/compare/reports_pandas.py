#!/usr/bin/python3
"""The same report numbers as `rapport-cli report KIND`, computed with pandas (Debian's
python3-pandas) from the same SQLite database. Each reads what it needs with one read_sql_query
(letting SQLite do the per-customer GROUP BY, as Rapport's loaders do) and computes in pandas.
usage: reports_pandas.py DB KIND  (pareto | rfm | cohorts | activity); as of 2026-06-30."""
import sqlite3
import sys

import numpy as np
import pandas as pd

FROM_YEAR = 1782864000 - 365 * 86400  # 2025-07-01 00:00 UTC
END = 1782864000                      # 2026-07-01 00:00 UTC
ASOF_JD = 2461222                     # 2026-06-30 as a Julian day number
WEEK_FROM = 1775433600                # Monday 2026-04-06: the 13 weeks up to as-of


def pareto(con):
    v = pd.read_sql_query(
        "SELECT s.customer_id AS id, s.net FROM (SELECT customer_id, sum(total_minor) AS net"
        " FROM orders WHERE status IN (0, 1) AND currency = 'EUR' AND ordered_at >= ?"
        " AND ordered_at < ? GROUP BY customer_id) s JOIN customers c ON c.id = s.customer_id"
        " WHERE c.deleted_at IS NULL", con, params=(FROM_YEAR, END))
    v["val"] = v["net"].clip(lower=0)
    v = v.sort_values(["val", "id"], ascending=[False, True], kind="mergesort")
    val = v["val"].to_numpy(dtype=np.int64)
    n, total = len(val), int(val.sum())
    cum = np.cumsum(val)
    x = 0.2 * n
    i = int(x)
    top20 = ((cum[i - 1] if i > 0 else 0) + (x - i) * (val[i] if i < n else 0)) / total
    k = int(np.argmax(cum * 5 >= total * 4))
    before = cum[k] - val[k]
    for80 = (k + (total * 4 - before * 5) / (val[k] * 5)) / n
    ranks = np.arange(n, 0, -1, dtype=np.float64)  # ascending position of each ranked customer
    gini = 2.0 * float((ranks * val).sum()) / (n * total) - (n + 1.0) / n
    b = cum - val
    abc = (int((b * 5 < total * 4).sum()), int(((b * 5 >= total * 4) & (b * 20 < total * 19)).sum()),
           int((b * 20 >= total * 19).sum()))
    print(f"top20_share={top20:.6f} customers_for_80_share={for80:.6f} gini={gini:.6f} abc={abc}")


def score(s, ascending_is_better):
    r = s.rank(method="average", ascending=ascending_is_better)
    return np.ceil(5 * r / len(s)).astype(int)


def rfm(con):
    b = pd.read_sql_query(
        "SELECT v.customer_id AS id, v.last_at, v.f, v.m FROM (SELECT customer_id,"
        " max(CASE WHEN total_minor > 0 THEN ordered_at END) AS last_at, sum(total_minor > 0) AS f,"
        " sum(total_minor) AS m FROM orders WHERE status IN (0, 1) AND currency = 'EUR'"
        " AND ordered_at < ? GROUP BY customer_id HAVING sum(total_minor > 0) > 0) v"
        " JOIN customers c ON c.id = v.customer_id WHERE c.deleted_at IS NULL", con, params=(END,))
    days = (ASOF_JD - (b["last_at"] // 86400 + 2440588)).clip(lower=0)
    r = score(days, False)
    fm = (score(b["f"], True) + score(b["m"], True) + 1) // 2
    table = np.array([
        ["lost", "hibernating", "at_risk", "cant_lose_them", "cant_lose_them"],
        ["hibernating", "hibernating", "at_risk", "at_risk", "at_risk"],
        ["about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"],
        ["promising", "potential_loyalists", "loyal", "champions", "champions"],
        ["new", "potential_loyalists", "loyal", "champions", "champions"]])
    b["segment"] = table[r.to_numpy() - 1, fm.to_numpy() - 1]
    print(b.groupby("segment")["m"].agg(["count", "sum"]).to_string())


def cohorts(con):
    p = pd.read_sql_query(
        "SELECT o.customer_id AS id, o.ordered_at FROM orders o JOIN customers c"
        " ON c.id = o.customer_id WHERE c.deleted_at IS NULL AND o.status IN (0, 1)"
        " AND o.total_minor > 0 AND o.ordered_at < ?", con, params=(END,))
    t = pd.to_datetime(p["ordered_at"], unit="s")
    p["m"] = t.dt.year * 12 + t.dt.month - 1
    pm = p[["id", "m"]].drop_duplicates()
    first = pm.groupby("id")["m"].transform("min")
    cells = pm.assign(cohort=first, k=pm["m"] - first).groupby(["cohort", "k"]).size()
    print(f"{len(cells)} cells, {int(cells.sum())} active, {int(cells.xs(0, level='k').sum())} customers")


def activity(con):
    a = pd.read_sql_query(
        "SELECT coalesce(i.agent_id, 0) AS agent, i.channel, (i.occurred_at / 86400 + 3) / 7 AS week,"
        " count(*) AS n FROM interactions i JOIN customers c ON c.id = i.customer_id"
        " WHERE i.occurred_at >= ? AND i.occurred_at < ? AND c.deleted_at IS NULL GROUP BY 1, 2, 3",
        con, params=(WEEK_FROM, END))
    pivot = a.pivot_table(index=["agent", "week"], columns="channel", values="n", fill_value=0)
    k = pd.read_sql_query(
        "SELECT k.opened_at, k.resolved_at FROM cases k JOIN customers c ON c.id = k.customer_id"
        " WHERE c.deleted_at IS NULL AND ((k.opened_at >= ? AND k.opened_at < ?)"
        " OR (k.resolved_at >= ? AND k.resolved_at < ?))", con,
        params=(WEEK_FROM, END, WEEK_FROM, END))
    opened = (k["opened_at"] >= WEEK_FROM) & (k["opened_at"] < END)
    done = (k["resolved_at"] >= WEEK_FROM) & (k["resolved_at"] < END)
    hours = ((k["resolved_at"] - k["opened_at"]) / 3600.0)[done]
    print(f"{len(a)} rows, {int(a['n'].sum())} interactions, {pivot.shape} pivot, "
          f"{int(opened.sum())} opened, {int(done.sum())} resolved, median_hours={hours.median():.3f}")


if __name__ == "__main__":
    con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    {"pareto": pareto, "rfm": rfm, "cohorts": cohorts, "activity": activity}[sys.argv[2]](con)
