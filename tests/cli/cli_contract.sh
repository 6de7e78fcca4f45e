#!/usr/bin/env bash
# The rapport-cli contract, checked from the outside: exit codes (0 ok, 1 usage, 2 data/file),
# one sentence on stderr, JSON keys, and bad files left byte for byte untouched.
# usage: cli_contract.sh PATH/TO/rapport-cli CASE
set -u
cli=$1
case_name=$2
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { # expect CODE cmd...
    local want=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
    [[ $rc -eq $want ]] || fail "$* exited $rc, want $want; stderr: $(cat "$tmp/err")"
}
untouched() { # untouched FILE cmd...
    local f=$1; shift
    local before; before=$(sha256sum "$f")
    expect 2 "$@"
    [[ $(sha256sum "$f") == "$before" ]] || fail "$* changed $f"
    [[ $(wc -l <"$tmp/err") -eq 1 ]] || fail "$* said more than one line: $(cat "$tmp/err")"
    [[ -z $(ls "$f"-* 2>/dev/null) ]] || fail "$* left side files next to $f"
}

case $case_name in
usage)
    expect 1 "$cli"
    expect 1 "$cli" --no-such-flag
    expect 1 "$cli" frobnicate
    expect 1 "$cli" info --no-such-option --db "$tmp/x.db"
    expect 1 "$cli" demo --customers many --db "$tmp/x.db"
    expect 1 "$cli" demo --customers 10 --as-of 2026-13-45 --db "$tmp/x.db"
    expect 1 "$cli" search --db "$tmp/x.db"
    expect 0 "$cli" --help
    grep -q "search" "$tmp/out" || fail "--help does not list the commands"
    expect 0 "$cli" demo --help
    ;;
bad-files)
    head -c 65536 /dev/urandom >"$tmp/garbage.db"
    untouched "$tmp/garbage.db" "$cli" info --db "$tmp/garbage.db"
    untouched "$tmp/garbage.db" "$cli" init --db "$tmp/garbage.db"
    printf 'name,email\nAnn,ann@example.com\n' >"$tmp/text.db"
    untouched "$tmp/text.db" "$cli" search --db "$tmp/text.db" ann
    expect 0 "$cli" init --db "$tmp/new.db"
    sqlite3 "$tmp/new.db" "PRAGMA user_version=9999;"
    untouched "$tmp/new.db" "$cli" info --db "$tmp/new.db"
    untouched "$tmp/new.db" "$cli" demo --db "$tmp/new.db" --customers 5
    sqlite3 "$tmp/other.db" "create table t(x); insert into t values(1);"
    untouched "$tmp/other.db" "$cli" check --db "$tmp/other.db"
    expect 2 "$cli" info --db "$tmp/missing/dir/x.db"
    expect 2 "$cli" init --db "$tmp/missing/dir/x.db"
    [[ ! -e $tmp/missing ]] || fail "init created a missing folder"
    expect 2 "$cli" info --db "$tmp/nothing-here.db"
    [[ ! -e $tmp/nothing-here.db ]] || fail "info created a file"
    ;;
busy)
    # Another program holds the write lock for a while; Anna's import left word of it beside the
    # file. An import waits (saying once for whom), gives up at the limit naming her (exit 2),
    # and goes through once she is done.
    command -v sqlite3 >/dev/null || { echo "SKIP: no sqlite3 shell"; exit 0; }
    expect 0 "$cli" init --db "$tmp/team.db"
    printf ' 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n' >"$tmp/orders.txt"
    (echo "BEGIN IMMEDIATE; CREATE TABLE hold(x);"; sleep 4; echo "ROLLBACK;") \
        | sqlite3 "$tmp/team.db" &
    holder=$!
    printf '{"user":"Anna Weber","machine":"laptop-3","pid":4242,"what":"import","since":"%s"}' \
        "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$tmp/team.db-writer"
    sleep 1
    RAPPORT_BUSY_LIMIT_MS=1500 expect 2 "$cli" import-orders --db "$tmp/team.db" --format cdnow \
        "$tmp/orders.txt"
    grep -q "^Waiting for Anna Weber on laptop-3, who is importing purchases (since " "$tmp/err" \
        || fail "no word of whom the import waits for: $(cat "$tmp/err")"
    grep -q "still busy with Anna Weber on laptop-3, who is importing purchases" "$tmp/err" \
        || fail "the busy error does not name the holder: $(cat "$tmp/err")"
    wait $holder
    rm -f "$tmp/team.db-writer"
    expect 0 "$cli" import-orders --db "$tmp/team.db" --format cdnow "$tmp/orders.txt"
    ;;
round-trip)
    db=$tmp/demo.db
    expect 0 "$cli" demo --db "$db" --customers 300 --seed 3 --as-of 2026-06-30 --quiet
    expect 2 "$cli" demo --db "$db" --customers 300 # refuses a database with customers
    expect 0 "$cli" info --db "$db" --json
    python3 - "$tmp/out" <<'PY' || fail "info --json: wrong content"
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("schema_version", "journal_mode", "customers", "interactions", "orders"):
    assert k in d, k
assert d["customers"] == 300, d["customers"]
assert d["journal_mode"] == "wal", d["journal_mode"]
assert d["interactions"] > 300 and d["orders"] > 50, d
PY
    expect 0 "$cli" info --db "$db"
    grep -q "customers" "$tmp/out" || fail "info: no row counts"
    expect 0 "$cli" check --db "$db"
    phone=$(sqlite3 "$db" "SELECT value FROM contact_points WHERE kind = 0 LIMIT 1")
    name=$(sqlite3 "$db" "SELECT name FROM customers WHERE kind = 0 LIMIT 1")
    expect 0 "$cli" search --db "$db" --json "${phone: -7}"
    python3 -c "import json,sys; d=json.load(open('$tmp/out')); sys.exit(0 if d['results'] else 1)" \
        || fail "search by the last 7 digits of $phone found nothing"
    expect 0 "$cli" search --db "$db" --json "$name"
    python3 -c "import json,sys; d=json.load(open('$tmp/out')); sys.exit(0 if d['results'][0]['name']=='''$name''' else 1)" \
        || fail "search for $name did not put it first"
    expect 0 "$cli" search --db "$db" '"; DROP TABLE customers; --'
    ;;
reports)
    # rapport-cli report KIND: usage errors, bad and empty databases, and the numbers on demo data.
    expect 1 "$cli" report
    expect 1 "$cli" report no-such-report --db "$tmp/x.db"
    expect 1 "$cli" report pareto --format xml --db "$tmp/x.db"
    expect 1 "$cli" report pareto --as-of 2026-02-30 --db "$tmp/x.db"
    expect 1 "$cli" report pareto --by luck --db "$tmp/x.db"
    expect 0 "$cli" report --help
    grep -q "pareto" "$tmp/out" || fail "report --help does not list the kinds"
    expect 0 "$cli" report pareto --help
    grep -q -- "--by" "$tmp/out" || fail "report pareto --help does not show --by"
    expect 2 "$cli" report pareto --db "$tmp/nothing-here.db"
    [[ ! -e $tmp/nothing-here.db ]] || fail "report created a file"
    expect 0 "$cli" init --db "$tmp/empty.db"
    untouched "$tmp/empty.db" "$cli" report pareto --db "$tmp/empty.db" --format json
    grep -q "no revenue" "$tmp/err" || fail "pareto on an empty database: $(cat "$tmp/err")"
    db=$tmp/demo.db
    expect 0 "$cli" demo --db "$db" --customers 400 --seed 5 --as-of 2026-06-30 --quiet
    expect 0 "$cli" report pareto --db "$db" --as-of 2026-06-30 --format json
    python3 - "$tmp/out" <<'PY' || fail "report pareto --format json: wrong content"
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("top20_share", "customers_for_80_share", "gini"):
    assert 0 < d[k] < 1, (k, d[k])
assert d["top20_share"] > 0.2 and d["customers_for_80_share"] < 0.8, d
assert sum(c["customers"] for c in d["classes"].values()) == d["customers"], d
assert sum(c["value"] for c in d["classes"].values()) == d["total"], d
ys = [p[1] for p in d["concentration_curve"]]
assert ys == sorted(ys) and abs(ys[-1] - 1) < 1e-12, ys
PY
    expect 0 "$cli" report pareto --db "$db" --as-of 2026-06-30 --format csv
    python3 - "$tmp/out" "$db" <<'PY' || fail "report pareto --format csv: wrong content"
import csv, sqlite3, sys
rows = list(csv.DictReader(open(sys.argv[1])))
con = sqlite3.connect(sys.argv[2])
# The same numbers by hand: net standing EUR revenue per live customer over the 12 months.
want = dict(con.execute("""
    SELECT o.customer_id, sum(o.total_minor) FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.status IN (0, 1) AND o.currency = 'EUR' AND c.deleted_at IS NULL
      AND o.ordered_at >= strftime('%s', '2025-07-01') AND o.ordered_at < strftime('%s', '2026-07-01')
    GROUP BY o.customer_id""").fetchall())
got = {int(r["customer_id"]): int(r["value_minor"]) for r in rows}
assert got == want, (len(got), len(want))
shares = [float(r["cumulative_share"]) for r in rows]
assert shares == sorted(shares) and shares[-1] == 1.0
PY
    for by in margin service; do
        expect 0 "$cli" report pareto --db "$db" --as-of 2026-06-30 --by $by
    done
    expect 0 "$cli" report pareto --db "$db" --as-of 2026-06-30 --kind organisation --format json
    expect 0 "$cli" report rfm --db "$db" --as-of 2026-06-30 --format json
    python3 - "$tmp/out" "$db" <<'PY' || fail "report rfm --format json: wrong content"
import json, sqlite3, sys
d = json.load(open(sys.argv[1]))
con = sqlite3.connect(sys.argv[2])
buyers = con.execute("""SELECT count(DISTINCT o.customer_id) FROM orders o
    JOIN customers c ON c.id = o.customer_id WHERE c.deleted_at IS NULL AND o.status IN (0, 1)
    AND o.total_minor > 0 AND o.ordered_at < strftime('%s', '2026-07-01')""").fetchone()[0]
assert d["customers"] == buyers, (d["customers"], buyers)
assert len(d["segments"]) == 11
assert sum(s["customers"] for s in d["segments"]) == buyers
assert sum(s["revenue"] for s in d["segments"]) == d["revenue"]
for k in ("customers_per_r", "customers_per_f", "customers_per_m"):
    assert sum(d[k]) == buyers, k
PY
    expect 0 "$cli" report rfm --db "$db" --as-of 2026-06-30 --format csv
    [[ $(($(wc -l <"$tmp/out") - 1)) -eq $(python3 -c "import json;print(json.load(open('/dev/stdin'))['customers'])" < <("$cli" report rfm --db "$db" --as-of 2026-06-30 --format json)) ]] \
        || fail "report rfm --format csv: not one row per customer"
    untouched "$tmp/empty.db" "$cli" report rfm --db "$tmp/empty.db"
    expect 1 "$cli" report cohorts --activity sometimes --db "$db"
    expect 1 "$cli" report cohorts --window-months 0 --db "$db"
    for activity in purchases any; do
        expect 0 "$cli" report cohorts --db "$db" --as-of 2026-06-30 --format json --activity $activity
        python3 - "$tmp/out" <<'PY' || fail "report cohorts --format json: wrong content"
import json, sys
d = json.load(open(sys.argv[1]))
assert sum(c["size"] for c in d["cohorts"]) == d["customers"] > 0, d["customers"]
for c in d["cohorts"]:
    assert len(c["active"]) == len(c["share"])
    if c["size"]:
        assert c["active"][0] == c["size"] and c["share"][0] == 1.0, c
        assert all(s is not None and 0 <= s <= 1 for s in c["share"]), c
    else:
        assert all(s is None for s in c["share"]), c
for m in d["months"]:
    assert m["retained"] + m["churned"] == m["active_at_start"], m
    assert m["retained"] + m["acquired"] + m["reactivated"] == m["active"], m
    assert (m["retention_rate"] is None) == (m["active_at_start"] == 0), m
PY
    done
    expect 0 "$cli" report cohorts --db "$db" --as-of 2026-06-30 --format csv
    expect 0 "$cli" report cohorts --db "$db" --as-of 2026-06-30
    untouched "$tmp/empty.db" "$cli" report cohorts --db "$tmp/empty.db"
    expect 0 "$cli" report activity --db "$db" --as-of 2026-06-30 --format json
    python3 - "$tmp/out" "$db" <<'PY' || fail "report activity --format json: wrong content"
import json, sqlite3, sys
d = json.load(open(sys.argv[1]))
assert len(d["weeks"]) == 13 and d["from"] == "2026-04-06", (len(d["weeks"]), d["from"])
con = sqlite3.connect(sys.argv[2])
n = con.execute("""SELECT count(*) FROM interactions i JOIN customers c ON c.id = i.customer_id
    WHERE c.deleted_at IS NULL AND i.occurred_at >= strftime('%s', '2026-04-06')
    AND i.occurred_at < strftime('%s', '2026-07-01')""").fetchone()[0]
assert sum(w["interactions"] for w in d["weeks"]) == n == sum(a["interactions"] for a in d["agents"]), n
assert all(sum(w["by_channel"].values()) == w["interactions"] for w in d["weeks"])
PY
    expect 0 "$cli" report activity --db "$db" --as-of 2026-06-30 --format csv
    expect 0 "$cli" report activity --db "$db" --as-of 2026-06-30
    expect 0 "$cli" report activity --db "$tmp/empty.db" --format json
    expect 1 "$cli" report lost --days -3 --db "$db"
    # Lost in a period: the last standing EUR purchase with a positive total up to as-of lies
    # 366 days before a day of the period (the 365-day limit passed in it), checked by hand SQL
    # for the default 12 months, 90 days and 30 days.
    for from in "" 2026-04-01 2026-06-01; do
        expect 0 "$cli" report lost --db "$db" --as-of 2026-06-30 --format json ${from:+--from $from}
        python3 - "$tmp/out" "$db" "${from:-2025-07-01}" <<'PY' || fail "report lost --format json ($from): wrong content"
import json, sqlite3, sys
d = json.load(open(sys.argv[1]))
con = sqlite3.connect(sys.argv[2])
start = sys.argv[3]
want = {r[0] for r in con.execute("""
    SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND (SELECT max(date(o.ordered_at, 'unixepoch'))
        FROM orders o WHERE o.customer_id = c.id AND o.status IN (0, 1) AND o.total_minor > 0
        AND o.currency = 'EUR' AND o.ordered_at < strftime('%s', '2026-07-01'))
        BETWEEN date(?, '-366 days') AND date('2026-06-30', '-366 days')""", (start,))}
assert d["from"] == start and d["as_of"] == "2026-06-30" and d["days"] == 365, d
assert d["customers"] == len(d["lost"]) == len(want), (d["customers"], len(want))
assert {c["id"] for c in d["lost"]} == want
assert all(start <= c["lost_on"] <= "2026-06-30" and c["days_since_purchase"] > 365 for c in d["lost"])
assert "365" in d["definition"]
contacts = [c["last_contact"] or "" for c in d["lost"]]
assert contacts == sorted(contacts, reverse=True)
PY
    done
    expect 0 "$cli" report lost --db "$db" --as-of 2026-06-30 --format csv
    head -1 "$tmp/out" | grep -q "^customer_id,name,stage,last_purchase,lost_on" \
        || fail "report lost --format csv: header"
    expect 0 "$cli" report lost --db "$db" --as-of 2026-06-30
    grep -q "^Lost: customers who had bought before" "$tmp/out" || fail "report lost: no definition"
    expect 0 "$cli" report lost --help
    grep -q "lifecycle stage does not count" "$tmp/out" || fail "report lost --help: no definition"
    ;;
report-satisfaction)
    # rapport-cli report satisfaction: the quadrant and the NPS, checked against SQL by hand.
    expect 1 "$cli" report satisfaction --answers sometimes --db "$tmp/x.db"
    expect 1 "$cli" report satisfaction --satisfied-from 11 --db "$tmp/x.db"
    expect 0 "$cli" report satisfaction --help
    grep -q -- "--answers" "$tmp/out" || fail "report satisfaction --help does not show --answers"
    expect 0 "$cli" init --db "$tmp/empty.db"
    untouched "$tmp/empty.db" "$cli" report satisfaction --db "$tmp/empty.db" --format json
    grep -q "survey" "$tmp/err" || fail "satisfaction on an empty database: $(cat "$tmp/err")"
    db=$tmp/demo.db
    expect 0 "$cli" demo --db "$db" --customers 400 --seed 5 --as-of 2026-06-30 --quiet
    expect 0 "$cli" report satisfaction --db "$db" --as-of 2026-06-30 --format json
    python3 - "$tmp/out" "$db" <<'PY' || fail "report satisfaction --format json: wrong content"
import json, sqlite3, sys
d = json.load(open(sys.argv[1]))
con = sqlite3.connect(sys.argv[2])
# Each live customer's latest answer up to as-of (ties: the later row) and the net standing EUR
# revenue from 2025-07-01 to 2026-06-30.
rows = con.execute("""
    WITH latest AS (SELECT s.customer_id, s.score FROM surveys s
        WHERE s.id = (SELECT id FROM surveys t WHERE t.customer_id = s.customer_id
                      AND t.answered_at < strftime('%s', '2026-07-01')
                      ORDER BY t.answered_at DESC, t.id DESC LIMIT 1))
    SELECT l.customer_id, l.score, coalesce((SELECT sum(total_minor) FROM orders o
        WHERE o.customer_id = l.customer_id AND o.status IN (0, 1) AND o.currency = 'EUR'
        AND o.ordered_at >= strftime('%s', '2025-07-01')
        AND o.ordered_at < strftime('%s', '2026-07-01')), 0)
    FROM latest l JOIN customers c ON c.id = l.customer_id WHERE c.deleted_at IS NULL""").fetchall()
n = len(rows)
assert d["customers"] == n > 50, (d["customers"], n)
# High value: at or above the median of the values above 0 (those who bought in the 12 months).
values = sorted(v for _, _, v in rows if v > 0)
m = len(values)
median = values[m // 2] if m % 2 else (values[m // 2 - 1] + values[m // 2]) / 2
assert abs(d["high_value_from"] - median) < 1e-9, (d["high_value_from"], median)
want = {"advocates": [0, 0], "vulnerable": [0, 0], "growth_potential": [0, 0], "saboteurs": [0, 0]}
for _, score, value in rows:
    key = ("advocates" if score >= 7 else "vulnerable") if value >= median and value > 0 else \
          ("growth_potential" if score >= 7 else "saboteurs")
    want[key][0] += 1
    want[key][1] += value
for key, (count, value) in want.items():
    q = d["quadrants"][key]
    assert (q["count"], q["value"]) == (count, value), (key, q, count, value)
    assert (q["mean_score"] is None) == (count == 0), q
promoters = sum(1 for _, s, _ in rows if s >= 9)
detractors = sum(1 for _, s, _ in rows if s <= 6)
assert abs(d["nps"] - 100.0 * (promoters - detractors) / n) < 1e-9, d["nps"]
assert -100 <= d["nps"] <= 100
PY
    expect 0 "$cli" report satisfaction --db "$db" --as-of 2026-06-30 --format csv
    head -1 "$tmp/out" | grep -q "^customer_id,value_minor,score,answered_on,quadrant$" \
        || fail "report satisfaction --format csv: header"
    [[ $(($(wc -l <"$tmp/out") - 1)) -eq $(python3 -c "import json;print(json.load(open('/dev/stdin'))['customers'])" < <("$cli" report satisfaction --db "$db" --as-of 2026-06-30 --format json)) ]] \
        || fail "report satisfaction --format csv: not one row per customer"
    expect 0 "$cli" report satisfaction --db "$db" --as-of 2026-06-30
    grep -q "Advocates" "$tmp/out" && grep -q "NPS" "$tmp/out" || fail "report satisfaction: text"
    expect 0 "$cli" report satisfaction --db "$db" --as-of 2026-06-30 --answers period --kind organisation --format json
    # --from chooses the answers only: the value stays the 12 months' revenue.
    expect 0 "$cli" report satisfaction --db "$db" --as-of 2026-06-30 --from 2026-06-01 --answers period --format json
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['value_from'] == '2025-07-01' and d['answers_from'] == '2026-06-01' and d['high_value_from'] > 0, d" "$tmp/out" \
        || fail "report satisfaction --from: the value's window moved"
    expect 0 "$cli" report satisfaction --db "$db" --as-of 2026-06-30
    grep -q "12 months up to 2026-06-30" "$tmp/out" || fail "report satisfaction: which value is not said"
    ;;
*)
    fail "unknown case $case_name"
    ;;
esac
echo "ok: $case_name"
