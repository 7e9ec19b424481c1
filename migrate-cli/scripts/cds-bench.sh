#!/usr/bin/env bash
# What the distribution's class-data archive buys: `current` and `heads` on an up-to-date
# database of N revisions, whole process, `java -jar` (the JDK's own archive only) against
# `bin/migrate` (plus the archive the launcher made on first use), run alternately, because this
# machine's speed swings within minutes. H2 (a file) and PostgreSQL (127.0.0.1:5432, user
# postgres, trust), each with an installation of its own whose archive the first `upgrade` made.
#
#   mvn -B -q -pl migrate-cli -am package -DskipTests
#   migrate-cli/scripts/cds-bench.sh [REVISIONS=1000] [ROUNDS=11]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dist=$(ls "$here"/target/migrate-*-dist.tar.gz | head -1)
revisions=${1:-1000}
rounds=${2:-11}

work=$(mktemp -d)
pgdb=cds_bench_$$
cleanup() {
  psql -q -h 127.0.0.1 -U postgres -d test -c "DROP DATABASE IF EXISTS $pgdb WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/project/db/migrations" "$work/h2" "$work/pg"
tar xzf "$dist" -C "$work/h2" --strip-components=1
tar xzf "$dist" -C "$work/pg" --strip-components=1
jar=$(ls "$work"/h2/lib/migrate-cli-*.jar)
previous=""
for i in $(seq 1 "$revisions"); do
  id=$(printf 'c1%010x' "$i")
  printf -- '-- revision: %s\n-- down_revision: %s\n-- message: create table t%s\n\n-- migrate:upgrade\nCREATE TABLE t%s (id INT PRIMARY KEY);\n\n-- migrate:downgrade\nDROP TABLE t%s;\n' \
    "$id" "$previous" "$i" "$i" "$i" > "$work/project/db/migrations/$(printf '%04d' "$i")-${id}_t$i.sql"
  previous=$id
done
psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE DATABASE $pgdb"
h2_url="jdbc:h2:file:$work/project/bench"
pg_url="jdbc:postgresql://127.0.0.1:5432/$pgdb?user=postgres"
cd "$work/project"
# First use: upgrade, which also writes each installation's archive.
"$work/h2/bin/migrate" --url "$h2_url" upgrade > /dev/null
"$work/pg/bin/migrate" --url "$pg_url" upgrade > /dev/null
ls "$work"/h2/lib/cds/*.jsa "$work"/pg/lib/cds/*.jsa > /dev/null

# Wall time is what users see; CPU time (user+sys of the whole process) is what survives a loaded
# machine, so both are kept: "wall cpu" per run.
timed() { /usr/bin/time -f '%e %U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%s %.2f\n", $1, $2 + $3}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
range() { printf '%s\n' "$@" | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%.2f-%.2f", lo, hi}'; }

declare -A wall cpu ratio
cases=("h2 current" "h2 heads" "pg current" "pg heads")
for round in $(seq 0 "$rounds"); do
  for c in "${cases[@]}"; do
    read -r db command <<< "$c"
    url_var="${db}_url"
    url=${!url_var}
    if [ $((round % 2)) -eq 0 ]; then # the order alternates from round to round
      read -r pw pc < <(timed java -jar "$jar" --url "$url" "$command")
      read -r aw ac < <(timed "$work/$db/bin/migrate" --url "$url" "$command")
    else
      read -r aw ac < <(timed "$work/$db/bin/migrate" --url "$url" "$command")
      read -r pw pc < <(timed java -jar "$jar" --url "$url" "$command")
    fi
    [ "$round" -eq 0 ] && continue # warm-up
    wall["$c plain"]+="$pw "; cpu["$c plain"]+="$pc "
    wall["$c archive"]+="$aw "; cpu["$c archive"]+="$ac "
    ratio["$c"]+="$(echo "scale=4; $aw / $pw" | bc) "
  done
done

printf 'revisions=%s rounds=%s java=%s\n' "$revisions" "$rounds" "$(java -version 2>&1 | head -1)"
printf '%-11s | %-34s | %-34s | %s\n' case "java -jar: wall s (range), cpu s" "bin/migrate: wall s (range), cpu s" "wall ratio"
for c in "${cases[@]}"; do
  # shellcheck disable=SC2086
  printf '%-11s | %.2f (%s), %.2f          | %.2f (%s), %.2f          | %.2f\n' "$c" \
    "$(median ${wall["$c plain"]})" "$(range ${wall["$c plain"]})" "$(median ${cpu["$c plain"]})" \
    "$(median ${wall["$c archive"]})" "$(range ${wall["$c archive"]})" "$(median ${cpu["$c archive"]})" \
    "$(median ${ratio["$c"]})"
done
printf 'load average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
