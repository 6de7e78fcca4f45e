#!/usr/bin/env bash
# rapport-cli consent, export customer and erase, checked from the outside: consent is shown and
# set per channel, the person export holds every section, and an erase leaves nothing of the
# person in the file while every report gives the same figures and `check` stays sound.
# usage: cli_privacy.sh PATH/TO/rapport-cli CASE
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
export USER=privacy-tester

db=$tmp/demo.db
"$cli" demo --db "$db" --customers 400 --seed 11 --as-of 2025-06-30 --quiet >/dev/null \
    || fail "demo did not load"
# The person: the best buying person of the demo, renamed to someone easy to look for.
id=$(scalar "$db" "SELECT o.customer_id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.kind = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
[[ -n $id ]] || fail "no customer with orders"

case $case_name in
consent)
    expect 0 "$cli" consent "$id" --db "$db"
    grep -q "^email	not asked" "$tmp/out" || fail "consent: $(cat "$tmp/out")"
    expect 0 "$cli" consent "$id" email opt-in --source "web form" --date 2025-03-01 --db "$db"
    grep -q "^email	opted in on 2025-03-01 (web form)" "$tmp/out" || fail "set: $(cat "$tmp/out")"
    expect 0 "$cli" consent "$id" sms opt-out --date 2025-04-02 --db "$db" --json
    python3 - "$tmp/out" "$id" <<'PY' || fail "consent --json: $(cat "$tmp/out")"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["customer"] == int(sys.argv[2]), d
c = d["consents"]
assert c["email"] == {"status": "opt_in", "given_on": "2025-03-01", "source": "web form"}, c
assert c["sms"]["status"] == "opt_out" and c["sms"]["given_on"] == "2025-04-02", c
assert c["phone"] is None and c["post"] is None, c
PY
    expect 0 "$cli" consent "$id" sms clear --db "$db"
    grep -q "^sms	not asked" "$tmp/out" || fail "clear: $(cat "$tmp/out")"
    [[ $(scalar "$db" "SELECT count(*) FROM history WHERE entity = 'consent' AND customer_id = $id") == 3 ]] \
        || fail "consent changes not in the history"
    expect 1 "$cli" consent "$id" fax opt-in --db "$db"
    expect 1 "$cli" consent "$id" email maybe --db "$db"
    expect 1 "$cli" consent "$id" email opt-in --date 2025-13-01 --db "$db"
    expect 2 "$cli" consent 999999 email opt-in --db "$db"
    grep -q "does not exist" "$tmp/err" || fail "no such customer: $(cat "$tmp/err")"
    expect 2 "$cli" consent 999999 email clear --db "$db"
    expect 0 "$cli" check --db "$db"
    ;;
export-customer)
    expect 0 "$cli" consent "$id" post opt-out --date 2025-01-05 --db "$db"
    expect 0 "$cli" export customer "$id" --format json --out "$tmp/person.json" --db "$db"
    [[ ! -s $tmp/out ]] || fail "--out wrote to stdout too"
    python3 - "$tmp/person.json" "$id" "$(scalar "$db" "SELECT count(*) FROM orders WHERE customer_id = $id")" <<'PY' || fail "export customer: wrong content"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format"] == "rapport-person-export" and d["version"] == 2, d.keys()
assert d["person"]["customer_id"] == int(sys.argv[2]), d["person"]
for key in ["contact_points", "tags", "relationships", "interactions", "orders", "cases",
            "tasks", "notes", "surveys", "consents", "history"]:
    assert isinstance(d[key], list), key
assert len(d["orders"]) == int(sys.argv[3]), len(d["orders"])
assert all(len(o["lines"]) > 0 for o in d["orders"]), "an order without lines"
assert d["consents"][0]["channel"] == "post", d["consents"]
assert any(e.get("record") == "consent" for e in d["history"]), d["history"]
PY
    expect 0 "$cli" export customer "$id" --db "$db"
    python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$tmp/out" || fail "stdout is not JSON"
    expect 2 "$cli" export customer 999999 --db "$db"
    expect 1 "$cli" export customer "$id" --format csv --db "$db"
    expect 1 "$cli" export customer --db "$db"
    ;;
erase)
    # Give the person values the history holds: a name, an e-mail and a phone (through the CLI's
    # consent and a sqlite3-free path: the demo's own contact points), then erase.
    name=$(scalar "$db" "SELECT name FROM customers WHERE id = $id")
    email=$(scalar "$db" "SELECT value FROM contact_points WHERE customer_id = $id AND kind = 1 LIMIT 1")
    phone=$(scalar "$db" "SELECT substr(value, 2) FROM contact_points WHERE customer_id = $id AND kind = 0 LIMIT 1")
    last=$(scalar "$db" "SELECT last_name FROM customers WHERE id = $id")
    [[ -n $name && -n $email ]] || fail "the demo person has no name or e-mail"
    expect 0 "$cli" consent "$id" email opt-in --source "newsletter of $name" --db "$db"
    other=$(( id == 1 ? 2 : 1 ))
    expect 0 "$cli" consent "$other" post opt-in --db "$db"
    for kind in pareto rfm cohorts activity clv satisfaction lost; do
        "$cli" report $kind --db "$db" --as-of 2025-06-30 --format json >"$tmp/before-$kind.json" 2>/dev/null \
            || fail "report $kind before"
    done
    expect 1 "$cli" erase "$id" --db "$db" </dev/null
    [[ $(scalar "$db" "SELECT name FROM customers WHERE id = $id") == "$name" ]] || fail "erased without yes"
    expect 0 "$cli" erase "$id" --yes --json --db "$db"
    python3 - "$tmp/out" "$id" <<'PY' || fail "erase --json: $(cat "$tmp/out")"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["customer"] == int(sys.argv[2]) and d["batch"] > 0 and d["redacted"] >= 1, d
assert d["name"] == "Erased customer #" + sys.argv[2], d
PY
    for kind in pareto rfm cohorts activity clv satisfaction lost; do
        "$cli" report $kind --db "$db" --as-of 2025-06-30 --format json >"$tmp/after-$kind.json" 2>/dev/null \
            || fail "report $kind after"
        python3 - "$tmp/before-$kind.json" "$tmp/after-$kind.json" <<'PY' || fail "report $kind changed"
import json, sys
def strip(v):
    if isinstance(v, dict):
        return {k: strip(x) for k, x in v.items() if k not in ("name", "seconds", "elapsed")}
    if isinstance(v, list):
        return [strip(x) for x in v]
    return v
a, b = (strip(json.load(open(p))) for p in sys.argv[1:3])
assert a == b, "figures differ"
PY
    done
    expect 0 "$cli" check --db "$db"
    sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
    for needle in "$name" "$email" "$last" ${phone:+"$phone"}; do
        if grep -a -q -F -- "$needle" "$db"; then
            # Another customer may share the last name; the full name and e-mail must be gone.
            [[ $needle == "$last" ]] && [[ $(scalar "$db" "SELECT count(*) FROM customers WHERE last_name = '$last'") -gt 0 ]] && continue
            fail "'$needle' is still in the file"
        fi
    done
    expect 0 "$cli" search "$email" --db "$db"
    grep -q "No customer matches" "$tmp/out" || fail "search still finds the person: $(cat "$tmp/out")"
    # The erase's head names the customer and none of their values.
    expect 0 "$cli" history --db "$db" --json --limit 1
    python3 - "$tmp/out" "$id" "$name" "$email" <<'PY' || fail "erase head: $(cat "$tmp/out")"
import json, sys
d = json.load(open(sys.argv[1]))
e = d[0]
assert e["operation"] == "batch" and e["entity"] == "erase", e
assert e["changes"]["customer"] == int(sys.argv[2]), e
text = json.dumps(e)
assert sys.argv[3] not in text and sys.argv[4] not in text, text
PY
    # A hand edit of an entry that was not erased is still caught.
    sqlite3 "$db" "UPDATE history SET changes = '{}' WHERE id = (SELECT min(id) FROM history WHERE redacted_by IS NULL AND operation <> 'batch')"
    expect 2 "$cli" check --db "$db"
    grep -q "History entry" "$tmp/err" || fail "check: $(cat "$tmp/err")"
    expect 2 "$cli" erase 999999 --yes --db "$db"
    ;;
*)
    fail "unknown case $case_name"
    ;;
esac
echo "ok: $case_name"
