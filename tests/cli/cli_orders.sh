#!/usr/bin/env bash
# rapport-cli import-orders (and the reports built on imported orders), checked from the outside:
# exit codes (0 ok, 1 usage, 2 data/file), one sentence on stderr naming the bad line, and a bad
# file leaving the database byte for byte as it was.
# usage: cli_orders.sh PATH/TO/rapport-cli CASE
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
untouched() { # untouched FILE cmd...  (exit 2, one line on stderr, FILE unchanged)
    local f=$1; shift
    local before; before=$(sha256sum "$f")
    expect 2 "$@"
    [[ $(sha256sum "$f") == "$before" ]] || fail "$* changed $f"
    [[ $(wc -l <"$tmp/err") -eq 1 ]] || fail "$* said more than one line: $(cat "$tmp/err")"
}
scalar() { sqlite3 "$1" "$2"; }

case $case_name in
import-usage)
    expect 1 "$cli" import-orders --db "$tmp/x.db"
    expect 1 "$cli" import-orders --db "$tmp/x.db" "$tmp/orders.txt"
    expect 1 "$cli" import-orders --db "$tmp/x.db" --format xml "$tmp/orders.txt"
    expect 1 "$cli" import-orders --db "$tmp/x.db" --format csv a.csv b.csv
    expect 0 "$cli" import-orders --help
    [[ ! -e $tmp/x.db ]] || fail "a usage error created the database"
    ;;
import-cdnow)
    db=$tmp/shop.db
    printf ' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  2   24.00\r\n 00001 19970301  1   9.99\r\n' >"$tmp/cdnow.txt"
    expect 0 "$cli" import-orders --db "$db" --format cdnow "$tmp/cdnow.txt"
    grep -q "3 orders" "$tmp/out" || fail "import-orders: $(cat "$tmp/out")"
    [[ $(scalar "$db" "SELECT count(*) FROM customers WHERE external_key IS NOT NULL") == 2 ]] \
        || fail "expected 2 customers"
    [[ $(scalar "$db" "SELECT sum(total_minor) FROM orders") == 4576 ]] || fail "wrong totals"
    expect 0 "$cli" check --db "$db"
    # A bad line: exit 2, one sentence naming the line, nothing written.
    printf ' 00003 19970101  1   11.77\n 00004 19970132  1   5.00\n' >"$tmp/bad.txt"
    untouched "$db" "$cli" import-orders --db "$db" --format cdnow "$tmp/bad.txt"
    grep -q "Line 2" "$tmp/err" || fail "the message does not name line 2: $(cat "$tmp/err")"
    untouched "$db" "$cli" import-orders --db "$db" --format cdnow "$tmp/no-such-file.txt"
    # The wrong format: a CSV read as CDNOW, and CDNOW read as CSV.
    printf 'customer,date,amount\nk1,2024-01-02,3.50\n' >"$tmp/orders.csv"
    untouched "$db" "$cli" import-orders --db "$db" --format cdnow "$tmp/orders.csv"
    grep -q "Line 2" "$tmp/err" || fail "the message does not name line 2: $(cat "$tmp/err")"
    untouched "$db" "$cli" import-orders --db "$db" --format csv "$tmp/cdnow.txt"
    # A bad file never creates the database.
    expect 2 "$cli" import-orders --db "$tmp/new.db" --format cdnow "$tmp/bad.txt"
    [[ ! -e $tmp/new.db ]] || fail "a bad file created the database"
    ;;
import-csv)
    db=$tmp/shop.db
    printf 'customer,date,amount,product,quantity,currency\nacme,2024-01-02,3.50,W-1,1,EUR\n"b, c",2024-01-03,-1.00,,,\n' >"$tmp/orders.csv"
    expect 0 "$cli" import-orders --db "$db" --format csv "$tmp/orders.csv"
    [[ $(scalar "$db" "SELECT group_concat(external_key, ';') FROM (SELECT external_key FROM customers ORDER BY 1)") == "acme;b, c" ]] \
        || fail "wrong customers"
    [[ $(scalar "$db" "SELECT count(*) FROM order_lines") == 1 ]] || fail "expected one line"
    expect 0 "$cli" import-orders --db "$db" --format csv "$tmp/orders.csv"
    [[ $(scalar "$db" "SELECT count(*) FROM customers") == 2 ]] || fail "keys not matched again"
    [[ $(scalar "$db" "SELECT count(*) FROM orders") == 4 ]] || fail "expected 4 orders"
    ;;
report-clv)
    db=$tmp/shop.db
    # 40 customers: customer i buys on day 1 of January and then every (i % 7 + 1) weeks until a
    # week that depends on i (some stop early, some never buy again).
    for i in $(seq 1 40); do
        step=$(( (i % 7 + 1) * 7 )); last=$(( (i * 37) % 250 ))
        for ((d = 0; d <= last; d += step)); do
            printf ' %05d %s 1 %d.%02d\n' "$i" "$(date -u -d "1997-01-01 + $d days" +%Y%m%d)" \
                $(( 5 + i % 11 )) $(( (i * 13 + d) % 100 ))
        done
    done >"$tmp/orders.txt"
    expect 0 "$cli" import-orders --db "$db" --format cdnow "$tmp/orders.txt"
    expect 0 "$cli" report clv --db "$db" --as-of 1997-09-30 --format json --top 5
    python3 - "$tmp/out" <<'PY' || fail "report clv --format json: wrong content"
import json, math, sys
d = json.load(open(sys.argv[1]))
for k in ("r", "alpha", "a", "b", "log_likelihood"):
    assert isinstance(d[k], float) and math.isfinite(d[k]), k
assert d["r"] > 0 and d["alpha"] > 0 and d["a"] > 0 and d["b"] > 0
assert d["log_likelihood"] < 0
assert d["customers"] == 40, d["customers"]
assert d["as_of"] == "1997-09-30" and d["currency"] == "USD"
assert len(d["top"]) == 5
clv = [c["clv_minor"] for c in d["top"]]
assert clv == sorted(clv, reverse=True), clv
assert all(0 <= c["p_alive"] <= 1 for c in d["top"])
assert all(c["name"] == "Customer " + c["external_key"] for c in d["top"]), d["top"]
PY
    expect 0 "$cli" report clv --db "$db" --as-of 1997-09-30 --format csv
    [[ $(head -1 "$tmp/out") == "customer_id,x,t_x,T,p_alive,expected_purchases,expected_spend_minor,clv_minor" ]] \
        || fail "report clv --format csv: header $(head -1 "$tmp/out")"
    [[ $(wc -l <"$tmp/out") -eq 41 ]] || fail "report clv --format csv: $(wc -l <"$tmp/out") lines"
    expect 0 "$cli" report clv --db "$db" --as-of 1997-09-30
    grep -q "BG/NBD" "$tmp/out" || fail "report clv: no BG/NBD line"
    expect 1 "$cli" report clv --db "$db" --margin 2
    expect 1 "$cli" report clv --db "$db" --from 1997-01-01
    # Before anyone bought, or nobody bought twice: exit 2 with one sentence.
    expect 2 "$cli" report clv --db "$db" --as-of 1996-12-31
    [[ $(wc -l <"$tmp/err") -eq 1 ]] || fail "more than one line: $(cat "$tmp/err")"
    expect 2 "$cli" report clv --db "$db" --as-of 1997-01-01
    grep -q "twice" "$tmp/err" || fail "report clv on one day: $(cat "$tmp/err")"
    ;;
*)
    fail "unknown case $case_name"
    ;;
esac
exit 0
