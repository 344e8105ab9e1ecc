#!/bin/sh
# run.sh — times Refscope against python3 on the CPU-bound teaching-style
# programs in this folder (see README.md for the method and the figures).
# Usage: bench/speed/run.sh [-n RUNS] [-t SECONDS] [-r 'REFSCOPE CMD'] [NAME...]
#   -n RUNS  runs per program and interpreter, best kept (default 3)
#   -t SECS  wall-clock limit per run (default 300); a row then shows >SECS
#   -r CMD   the Refscope command (default: build/refscope run, built as
#            Release first if missing)
#   NAME     program names without .py (default: every *.py here)
# Each run's CPU time is measured (perf's task-clock if perf works, else
# user+sys from /usr/bin/time): CPU time, not wall time, because the
# machine is shared. The table shows the best of RUNS for each side (start-up
# included) and the ratio refscope/python3. Outputs must match python3's,
# or the row says so.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=3
limit=300
refscope=""
while getopts n:r:t: opt; do
  case $opt in
    n) runs=$OPTARG ;;
    t) limit=$OPTARG ;;
    r) refscope=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ -z "$refscope" ]; then
  if [ ! -x "$root/build/refscope" ]; then
    cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$root/build" -j2 >/dev/null
  fi
  refscope="$root/build/refscope run"
fi
names="$*"
[ -n "$names" ] || names=$(cd "$here" && ls *.py | sed 's/\.py$//')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# cpu_time CMD... : runs CMD once (stdout to $tmp/out), prints its CPU time
# in seconds, or "timeout": perf's task-clock when perf works here, else
# user+sys from /usr/bin/time (coarser: the kernel's tick accounting).
cpu_time() {
  status=0
  if [ "$use_perf" = 1 ]; then
    perf stat -x, -e task-clock -o "$tmp/time" timeout "$limit" "$@" \
      >"$tmp/out" 2>"$tmp/err" || status=$?
  else
    /usr/bin/time -f '%U %S' -o "$tmp/time" timeout "$limit" "$@" \
      >"$tmp/out" 2>"$tmp/err" || status=$?
  fi
  if [ "$status" = 124 ]; then
    echo timeout
  elif [ "$use_perf" = 1 ]; then
    awk -F, '/task-clock/ {printf "%.3f", $1 / 1000}' "$tmp/time"
  else
    tail -n 1 "$tmp/time" | awk '{printf "%.3f", $1 + $2}'
  fi
}

# best_time CMD... : the smallest of $runs cpu_time measures (">LIMIT" after
# a run that timed out).
best_time() {
  best=none
  i=0
  while [ $i -lt "$runs" ]; do
    t=$(cpu_time "$@")
    if [ "$t" = timeout ]; then
      echo ">$limit"
      return
    fi
    best=$(echo "$best $t" |
      awk '{print ($1 == "none" || $2 + 0 < $1 + 0) ? $2 : $1}')
    i=$((i + 1))
  done
  echo "$best"
}

use_perf=0
if perf stat -x, -e task-clock -o /dev/null true 2>/dev/null; then
  use_perf=1
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %10s %10s %7s\n' program python3_s refscope_s ratio
ratios=""
for name in $names; do
  prog="$here/$name.py"
  py=$(best_time python3 "$prog")
  cp "$tmp/out" "$tmp/want"
  # shellcheck disable=SC2086 # $refscope is a command with arguments
  rs=$(best_time $refscope "$prog")
  note=""
  case $rs in
    ">"*) ;;
    *) cmp -s "$tmp/want" "$tmp/out" || note="  OUTPUT DIFFERS" ;;
  esac
  ratio=$(echo "$rs $py" | awk '{r = $1; sub(/^>/, "", r)
    printf "%s%.2f", ($1 ~ /^>/) ? ">" : "", ($2 > 0) ? r / $2 : 0}')
  printf '%-14s %10s %10s %7s%s\n' "$name" "$py" "$rs" "$ratio" "$note"
  ratios="$ratios $ratio"
done
echo "$ratios" | awk '{m = 0; p = 1
  for (i = 1; i <= NF; i++) { r = $i; sub(/^>/, "", r); if (r + 0 > m) m = r
    p *= r }
  if (NF) printf "max ratio %.2f, geometric mean %.2f\n", m, p ^ (1 / NF)}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
clock="user+sys from /usr/bin/time"
[ "$use_perf" = 1 ] && clock="perf stat task-clock"
echo "method: best of $runs runs per side, CPU time of the process ($clock);" \
  "python3 $(python3 -c 'import sys; print(sys.version.split()[0])')," \
  "refscope: $refscope"
