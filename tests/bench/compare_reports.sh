#!/usr/bin/env bash
# Times each analytics report three ways on the same database, side by side: rapport-cli (the
# loader's one query + the pure function + JSON output, process start included), the fastest
# hand-written SQL for the same numbers in the sqlite3 shell (compare/*.sql), and pandas
# (Debian's python3-pandas, compare/reports_pandas.py). Each: one warm-up run, then the median of
# three wall times in ms. Reports as of 2026-06-30 (the demo databases' last day).
#   tests/bench/compare_reports.sh build-release/app/cli/rapport-cli /tmp/big.db [KIND...]
set -euo pipefail
cli=$1
db=$2
shift 2
kinds=("$@")
((${#kinds[@]})) || kinds=(pareto rfm cohorts activity)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=/usr/bin/python3 # Debian's, where python3-pandas lives
"$python" -c 'import pandas' 2>/dev/null || { echo "compare_reports: needs python3-pandas" >&2; exit 2; }

# Placeholders of the SQL files: 2025-07-01, 2026-07-01 (UTC), Monday 2026-04-06, 2026-06-30 as a
# Julian day.
sql() {
    sed -e 's/:asof_jd/2461222/g' -e 's/:end/1782864000/g' \
        "$here/compare/$1.sql" | {
        if [[ $1 == activity ]]; then sed 's/:from/1775433600/g'; else sed 's/:from/1751328000/g'; fi
    }
}

# median_ms CMD...: one warm-up, three timed runs; prints the median in ms. Output to $out.
median_ms() {
    "$@" >"$out" 2>&1
    local times=()
    for _ in 1 2 3; do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >"$out" 2>&1
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

out=$(mktemp)
trap 'rm -f "$out" "$out".sql' EXIT
printf '%-9s %12s %12s %12s   %s\n' report rapport_ms sqlite3_ms pandas_ms "rapport/sqlite3"
for kind in "${kinds[@]}"; do
    r=$(median_ms "$cli" report "$kind" --db "$db" --as-of 2026-06-30 --format json)
    sql "$kind" >"$out.sql"
    s=$(median_ms sqlite3 -readonly "$db" ".read $out.sql")
    sql_result=$(tr '\n' ' ' <"$out" | cut -c1-160)
    p=$(median_ms "$python" "$here/compare/reports_pandas.py" "$db" "$kind")
    pandas_result=$(tr '\n' ' ' <"$out" | tr -s ' ' | cut -c1-160)
    printf '%-9s %12s %12s %12s   %s\n' "$kind" "$r" "$s" "$p" \
        "$(awk -v a="$r" -v b="$s" 'BEGIN { printf "%.2f", a / b }')"
    echo "    sqlite3: $sql_result"
    echo "    pandas:  $pandas_result"
done
