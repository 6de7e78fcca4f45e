#!/usr/bin/env bash
# rapport-cli history and the history's hash chain, checked from the outside: the demo load and
# an import are one batch entry each (with their rows when an import goes in row by row), `history`
# filters and prints JSON, and `check` finds an entry changed, removed or inserted by hand with the
# sqlite3 shell (exit 2, one sentence naming the entry).
# usage: cli_history.sh PATH/TO/rapport-cli CASE
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
scalar() { sqlite3 "$1" "$2"; }
# The login the CLI acts as: the one the test sets.
export USER=history-tester

# A database with a demo load, an import row by row and a setting: 1 + 7 + 1 entries.
make_db() {
    local db=$1
    expect 0 "$cli" demo --db "$db" --customers 200 --seed 5 --as-of 2026-06-30 --quiet
    printf ' 00001 19970101  1   11.77\r\n 00002 19970112  2   24.00\r\n 00001 19970301  1   9.99\r\n' \
        >"$tmp/small.txt"
    expect 0 "$cli" import-orders --db "$db" --format cdnow "$tmp/small.txt"
    expect 0 "$cli" init --db "$db" --region FR
}

case $case_name in
history-demo)
    db=$tmp/demo.db
    expect 0 "$cli" demo --db "$db" --customers 300 --seed 3 --as-of 2026-06-30 --quiet
    expect 0 "$cli" history --db "$db" --json
    python3 - "$tmp/out" "$(hostname)" \
        "$(scalar "$db" "SELECT count(*) FROM customers") $(scalar "$db" "SELECT count(*) FROM interactions") $(scalar "$db" "SELECT count(*) FROM orders") $(scalar "$db" "SELECT max(id) FROM interactions")" <<'PY' || fail "history after demo: wrong content"
import json, sys
d = json.load(open(sys.argv[1]))
customers, interactions, orders, last_interaction = map(int, sys.argv[3].split())
assert len(d) == 1, f"{len(d)} entries, want one batch entry"
e = d[0]
assert e["operation"] == "batch" and e["entity"] == "demo", e
assert e["id"] == e["batch"] == 1, e
assert e["user_id"] is None and e["actor"] == "history-tester on " + sys.argv[2], e["actor"]
c = e["changes"]
assert c["customers"] == customers == 300, c
assert c["interactions"] == interactions and c["orders"] == orders, c
assert c["ids"]["customers"] == [1, 300], c["ids"]
assert c["ids"]["interactions"] == [1, last_interaction], c["ids"]
assert c["seed"] == "3" and c["as_of"] == "2026-06-30", c
PY
    expect 0 "$cli" history --db "$db"
    grep -q "batch demo" "$tmp/out" || fail "history: no demo batch in $(cat "$tmp/out")"
    grep -q "customers: 300" "$tmp/out" || fail "history: no customer count"
    expect 0 "$cli" check --db "$db"
    ;;
history-import)
    # A file large next to the database: the bulk path, one entry without rows.
    db=$tmp/shop.db
    printf 'customer,date,amount,product,quantity\nk1,2024-01-02,3.50,SKU1,1\nk2,2024-01-03,7.00,SKU1,2\nk1,2024-02-03,1.00,,\n' \
        >"$tmp/orders.csv"
    expect 0 "$cli" import-orders --db "$db" --format csv "$tmp/orders.csv"
    expect 0 "$cli" history --db "$db" --json
    python3 - "$tmp/out" <<'PY' || fail "history after a bulk import: wrong content"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d) == 1, f"{len(d)} entries, want one"
e = d[0]
assert e["operation"] == "batch" and e["entity"] == "import-orders", e
c = e["changes"]
assert c["file"] == "orders.csv" and c["rows"] is False, c
assert c["orders"] == 3 and c["order_lines"] == 2 and c["customers_created"] == 2, c
assert c["products_created"] == 1, c
assert c["ids"] == {"customers": [1, 2], "orders": [1, 3], "order_lines": [1, 2],
                    "products": [1, 1]}, c["ids"]
PY
    # A small file into a larger database: row by row, the head and every row in one batch.
    db=$tmp/demo.db
    expect 0 "$cli" demo --db "$db" --customers 200 --seed 5 --as-of 2026-06-30 --quiet
    printf ' 00001 19970101  1   11.77\r\n 00002 19970112  2   24.00\r\n 00001 19970301  1   9.99\r\n' \
        >"$tmp/small.txt"
    expect 0 "$cli" import-orders --db "$db" --format cdnow "$tmp/small.txt"
    expect 0 "$cli" history --db "$db" --json
    python3 - "$tmp/out" <<'PY' || fail "history after a row-by-row import: wrong content"
import json, sys
d = json.load(open(sys.argv[1]))
heads = [e for e in d if e["operation"] == "batch"]
assert [h["entity"] for h in heads] == ["import-orders", "demo"], heads
head = heads[0]
rows = [e for e in d if e["batch"] == head["id"] and e is not head]
assert head["changes"]["rows"] is True and head["changes"]["file"] == "small.txt", head
assert len(rows) == 5, rows
assert sorted(e["entity"] for e in rows) == ["customer"] * 2 + ["order"] * 3, rows
assert all(e["operation"] == "create" for e in rows)
first, last = head["changes"]["ids"]["customers"]
assert last - first == 1 and {e["entity_id"] for e in rows if e["entity"] == "customer"} == {first, last}
assert len(d) == 1 + 1 + 5, len(d)
PY
    expect 0 "$cli" check --db "$db"
    ;;
history-json)
    db=$tmp/h.db
    make_db "$db"
    customer=$(scalar "$db" "SELECT id FROM customers WHERE external_key = '00001'")
    batch=$(scalar "$db" "SELECT id FROM history WHERE entity = 'import-orders'")
    expect 0 "$cli" history --db "$db" --customer "$customer" --json
    python3 - "$tmp/out" "$customer" <<'PY' || fail "history --customer: wrong content"
import json, sys
d = json.load(open(sys.argv[1]))
c = int(sys.argv[2])
assert len(d) == 3, d  # the customer and two orders
assert all(e["customer_id"] == c for e in d), d
assert [e["id"] for e in d] == sorted((e["id"] for e in d), reverse=True), "not newest first"
assert {e["entity"] for e in d} == {"customer", "order"}
cust = [e for e in d if e["entity"] == "customer"][0]
assert cust["changes"]["external_key"] == [None, "00001"], cust["changes"]
PY
    expect 0 "$cli" history --db "$db" --batch "$batch" --json
    python3 - "$tmp/out" "$batch" <<'PY' || fail "history --batch: wrong content"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d) == 6 and all(e["batch"] == int(sys.argv[2]) for e in d), d
assert d[-1]["operation"] == "batch", d[-1]
PY
    expect 0 "$cli" history --db "$db" --json --limit 2
    python3 -c "import json,sys; d=json.load(open('$tmp/out')); sys.exit(0 if len(d)==2 and d[0]['entity']=='setting' else 1)" \
        || fail "history --limit 2: $(cat "$tmp/out")"
    expect 0 "$cli" history --db "$db" --json --since "$(date -d tomorrow +%F)"
    python3 -c "import json,sys; sys.exit(0 if json.load(open('$tmp/out'))==[] else 1)" \
        || fail "history --since tomorrow: $(cat "$tmp/out")"
    expect 0 "$cli" history --db "$db" --json --since "$(date -d yesterday +%F)"
    python3 -c "import json,sys; sys.exit(0 if len(json.load(open('$tmp/out')))==8 else 1)" \
        || fail "history --since yesterday: $(cat "$tmp/out")"
    expect 0 "$cli" history --db "$db" --since "$(date -d tomorrow +%F)"
    grep -q "No history entries" "$tmp/out" || fail "history with nothing to show: $(cat "$tmp/out")"
    expect 0 "$cli" history --db "$db" --customer "$customer"
    grep -q "external_key: (none) → 00001" "$tmp/out" || fail "history text: $(cat "$tmp/out")"
    expect 1 "$cli" history --db "$db" --since 2026-13-01
    expect 1 "$cli" history --db "$db" --customer abc
    expect 1 "$cli" history --db "$db" --limit 0
    expect 2 "$cli" history --db "$db" --user nobody-has-this-login
    ;;
tamper)
    db=$tmp/h.db
    make_db "$db"
    expect 0 "$cli" check --db "$db"
    last=$(scalar "$db" "SELECT max(id) FROM history")
    [[ $last == 8 ]] || fail "expected 8 entries, found $last"
    copy() { rm -f "$tmp/t.db"*; sqlite3 "$db" ".backup '$tmp/t.db'"; }
    tampered() { # tampered ENTRY-ID SQL: the chain must break at ENTRY-ID
        copy
        sqlite3 "$tmp/t.db" "DROP TRIGGER IF EXISTS history_append_only_update;
                             DROP TRIGGER IF EXISTS history_append_only_delete; $2" \
            || fail "sqlite3 could not run: $2"
        expect 2 "$cli" check --db "$tmp/t.db"
        [[ $(wc -l <"$tmp/err") -eq 1 ]] || fail "check said more than one line: $(cat "$tmp/err")"
        grep -q "History entr[a-z]* $1 " "$tmp/err" || fail "check does not name entry $1: $(cat "$tmp/err")"
    }
    # An entry's changes edited: the order's amount.
    tampered 5 "UPDATE history SET changes = replace(changes, '1177', '11') WHERE id = 5;"
    grep -q "History entry 5 does not fit the chain" "$tmp/err" || fail "$(cat "$tmp/err")"
    # Its actor rewritten.
    tampered 3 "UPDATE history SET actor = 'someone else' WHERE id = 3;"
    # A middle entry removed: the next one no longer follows.
    tampered 4 "DELETE FROM history WHERE id = 3;"
    # The newest entry removed.
    tampered "$last" "DELETE FROM history WHERE id = $last;"
    # An entry inserted at the end, with a hash that looks right.
    tampered 9 "INSERT INTO history (batch, at, user_id, actor, operation, entity, entity_id, customer_id, changes, hash)
                SELECT 9, at, NULL, actor, 'update', 'customer', 1, 1, '{\"name\":[\"a\",\"b\"]}', hash FROM history WHERE id = 8;"
    # An entry inserted in a gap: the chain of its followers breaks there.
    tampered 2 "DELETE FROM history WHERE id = 2;
                INSERT INTO history (id, batch, at, user_id, actor, operation, entity, entity_id, customer_id, changes, hash)
                SELECT 2, 2, at, user_id, actor, operation, entity, entity_id, customer_id, '{}', hash FROM history WHERE id = 3;"
    # The demo's batch head edited (what it says it made).
    tampered 1 "UPDATE history SET changes = '{\"customers\":1}' WHERE id = 1;"
    # The untouched copy is still sound.
    copy
    expect 0 "$cli" check --db "$tmp/t.db"
    ;;
*)
    fail "unknown case $case_name"
    ;;
esac
exit 0
