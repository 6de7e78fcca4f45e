#!/usr/bin/env bash
# rapport-cli backup, backups, restore and salvage, from the outside: the path printed, the
# listing, a checked restore, and exit 2 with one sentence for every refusal, the files untouched.
# usage: cli_backup.sh PATH/TO/rapport-cli CASE
set -u
cli=$1
case_name=$2
tmp=$(mktemp -d)
holder=
trap '[[ -n $holder ]] && kill "$holder" 2>/dev/null; chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
# The automatic backups go to the data folder: one of this test's own.
export XDG_DATA_HOME=$tmp/data

fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { # expect CODE cmd...
    local want=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
    [[ $rc -eq $want ]] || fail "$* exited $rc, want $want; stderr: $(cat "$tmp/err")"
}
refused() { # refused FILE cmd...: exit 2, one line on stderr, FILE byte for byte as it was
    local f=$1; shift
    local before; before=$(sha256sum "$f")
    expect 2 "$@"
    [[ $(sha256sum "$f") == "$before" ]] || fail "$* changed $f"
    [[ $(wc -l <"$tmp/err") -eq 1 ]] || fail "$* said more than one line: $(cat "$tmp/err")"
}
customers() { sqlite3 "$1" "select count(*) from customers"; }

db=$tmp/team.db
expect 0 "$cli" demo --db "$db" --customers 200 --seed 3 --as-of 2026-06-30 --quiet

case $case_name in
backup-restore)
    expect 0 "$cli" backup --db "$db"
    auto=$(cat "$tmp/out")
    [[ -f $auto ]] || fail "backup printed '$auto', which is no file"
    [[ $auto == "$tmp/data/"*"/backups/team-"*/team-*.db ]] || fail "automatic backup at $auto"
    [[ -z $(ls "$db"-* 2>/dev/null) ]] || fail "backup left side files next to the database"
    expect 0 "$cli" backup --db "$db" --to "$tmp/copy.db"
    [[ $(cat "$tmp/out") == "$tmp/copy.db" ]] || fail "backup --to printed $(cat "$tmp/out")"
    mkdir "$tmp/folder"
    expect 0 "$cli" backup --db "$db" --to "$tmp/folder"
    [[ $(ls "$tmp/folder") == team-*.db ]] || fail "backup into a folder wrote $(ls "$tmp/folder")"
    expect 0 "$cli" check --db "$tmp/copy.db"
    [[ $(customers "$tmp/copy.db") -eq 200 ]] || fail "the copy has $(customers "$tmp/copy.db") customers"

    expect 0 "$cli" backups --db "$db" --json
    grep -q '"count": 1' "$tmp/out" || fail "backups --json: $(cat "$tmp/out")"
    grep -q '"customers": 200' "$tmp/out" || fail "backups --json has no customer count"
    expect 0 "$cli" backups --db "$db"
    grep -q "$auto" "$tmp/out" || fail "backups does not list $auto"

    sqlite3 "$db" "delete from customers where id > 150"
    [[ $(customers "$db") -eq 150 ]] || fail "setup"
    expect 0 "$cli" restore "$tmp/copy.db" --db "$db"
    [[ $(customers "$db") -eq 200 ]] || fail "restore left $(customers "$db") customers"
    expect 0 "$cli" check --db "$db"
    expect 0 "$cli" backups --db "$db" --json
    grep -q '"before_restore": true' "$tmp/out" || fail "no before-restore backup was kept"
    grep -q '"customers": 150' "$tmp/out" || fail "the before-restore backup lacks the 150 customers"

    expect 0 "$cli" backups --db "$db" --keep-daily 3 --keep-weekly 2
    [[ $(sqlite3 "$db" "select value from settings where key='backup_keep_daily'") == 3 ]] \
        || fail "--keep-daily was not saved"
    expect 1 "$cli" backups --db "$db" --keep-daily 0
    expect 1 "$cli" backups --db "$db" --automatic maybe
    ;;
backup-refusals)
    expect 1 "$cli" restore --db "$db"
    expect 1 "$cli" restore "$tmp/x.db"
    expect 1 "$cli" salvage --db "$db"
    expect 1 "$cli" backup --db "$db" extra
    expect 0 "$cli" backup --db "$db" --to "$tmp/good.db"

    head -c 65536 /dev/urandom >"$tmp/garbage.db"
    refused "$db" "$cli" restore "$tmp/garbage.db" --db "$db"
    grep -q "is not a Rapport backup" "$tmp/err" || fail "garbage: $(cat "$tmp/err")"
    printf 'name,email\nAnn,ann@example.com\n' >"$tmp/text.csv"
    refused "$db" "$cli" restore "$tmp/text.csv" --db "$db"
    sqlite3 "$tmp/other.db" "create table t(x); insert into t values(1);"
    refused "$db" "$cli" restore "$tmp/other.db" --db "$db"
    refused "$db" "$cli" restore "$tmp/nothing.db" --db "$db"
    # A database another program has open is not replaced under it.
    # (the sqlite3 shell reads its statements from a pipe it keeps open until fd 3 is closed).
    mkfifo "$tmp/statements"
    sqlite3 "$db" <"$tmp/statements" >/dev/null 2>&1 &
    holder=$!
    exec 3>"$tmp/statements"
    echo "select count(*) from customers;" >&3
    sleep 0.5
    refused "$db" "$cli" restore "$tmp/good.db" --db "$db"
    grep -q "open in another window or program" "$tmp/err" || fail "open: $(cat "$tmp/err")"
    exec 3>&-
    wait "$holder"; holder=
    # Nor is a file of another program replaced by a backup.
    refused "$tmp/other.db" "$cli" restore "$tmp/good.db" --db "$tmp/other.db"
    # A backup into a folder that does not exist.
    expect 2 "$cli" backup --db "$db" --to "$tmp/missing/b.db"
    [[ $(wc -l <"$tmp/err") -eq 1 ]] || fail "backup to a missing folder: $(cat "$tmp/err")"
    [[ ! -e $tmp/missing ]] || fail "backup made a missing folder"
    refused "$db" "$cli" backup --db "$db" --to "$db"
    ;;
salvage)
    page=$(sqlite3 "$db" "select page_size from pragma_page_size")
    leaves=($(sqlite3 "$db" "select pageno from dbstat where name='customers' and pagetype='leaf' order by pageno"))
    [[ ${#leaves[@]} -gt 4 ]] || fail "too few customer pages: ${#leaves[@]}"
    victim=${leaves[2]}
    head -c "$page" /dev/urandom | dd of="$db" bs="$page" seek=$((victim - 1)) conv=notrunc status=none
    expect 0 "$cli" salvage --db "$db" --to "$tmp/saved.db"
    [[ -n ${VERBOSE:-} ]] && cat "$tmp/out"
    grep -q "customers" "$tmp/out" || fail "salvage names no tables: $(cat "$tmp/out")"
    grep -q "some rows could not be read" "$tmp/out" || fail "salvage: $(cat "$tmp/out")"
    expect 0 "$cli" check --db "$tmp/saved.db"
    n=$(customers "$tmp/saved.db")
    [[ $n -gt 150 && $n -lt 200 ]] || fail "salvage saved $n of 200 customers"
    expect 2 "$cli" salvage --db "$db" --to "$tmp/saved.db"
    [[ $(wc -l <"$tmp/err") -eq 1 ]] || fail "salvage over a file: $(cat "$tmp/err")"
    ;;
*)
    fail "unknown case $case_name"
    ;;
esac
echo "ok: $case_name"
