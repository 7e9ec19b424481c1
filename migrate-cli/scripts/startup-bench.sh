#!/usr/bin/env bash
# Start-up cost of the CLI: `current` on an up-to-date H2 file database with N revisions, whole
# process, against a yardstick (`java -version`) run alternately, because this machine's speed
# swings within minutes. Prints median and minimum wall and CPU time of each.
#
#   mvn -B -q -o -pl migrate-cli -am package -DskipTests
#   migrate-cli/scripts/startup-bench.sh [REVISIONS=100] [RUNS=15] [extra JVM options...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar=$(ls "$here"/target/migrate-cli-*.jar | grep -v original | head -1)
revisions=${1:-100}
runs=${2:-15}
shift $(( $# > 2 ? 2 : $# )) || true
jvm_opts=("$@")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/db/migrations"
previous=""
for i in $(seq 1 "$revisions"); do
  id=$(printf 'c1%010x' "$i")
  {
    echo "-- revision: $id"
    echo "-- down_revision: $previous"
    echo "-- message: create table t$i"
    echo
    echo "-- migrate:upgrade"
    echo "CREATE TABLE t$i (id INT PRIMARY KEY);"
    echo "INSERT INTO t$i VALUES (1);"
    echo
    echo "-- migrate:downgrade"
    echo "DROP TABLE t$i;"
  } > "$work/db/migrations/$(printf '%04d' "$i")-${id}_t$i.sql"
  previous=$id
done
url="jdbc:h2:file:$work/bench"
cd "$work"
java -jar "$jar" --url "$url" upgrade > /dev/null
expected=$(printf 'c1%010x' "$revisions")
java -jar "$jar" --url "$url" current | grep -q "^$expected" || { echo "current is not $expected"; exit 1; }

# Wall time is what users see; CPU time (user+sys of the whole process) is what survives a loaded
# machine, so both are reported.
timed() { /usr/bin/time -f '%e %U %S' "$@" 2>&1 >/dev/null | tail -1; }
cli=(); cli_cpu=(); floor=(); floor_cpu=()
for _ in $(seq 1 "$runs"); do
  read -r w u s < <(timed java -version)
  floor+=("$w"); floor_cpu+=("$(echo "$u + $s" | bc)")
  read -r w u s < <(timed java "${jvm_opts[@]}" -jar "$jar" --url "$url" current)
  cli+=("$w"); cli_cpu+=("$(echo "$u + $s" | bc)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
minimum() { printf '%s\n' "$@" | sort -n | head -1; }
printf 'revisions=%s runs=%s jvm_opts=%s\n' "$revisions" "$runs" "${jvm_opts[*]:-}"
printf 'current (whole process)  wall median %.3f s  min %.3f s | cpu median %.3f s  min %.3f s\n' \
  "$(median "${cli[@]}")" "$(minimum "${cli[@]}")" "$(median "${cli_cpu[@]}")" "$(minimum "${cli_cpu[@]}")"
printf 'java -version (floor)    wall median %.3f s  min %.3f s | cpu median %.3f s\n' \
  "$(median "${floor[@]}")" "$(minimum "${floor[@]}")" "$(median "${floor_cpu[@]}")"
printf 'load average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
