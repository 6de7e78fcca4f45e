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
*)
    fail "unknown case $case_name"
    ;;
esac
echo "ok: $case_name"
