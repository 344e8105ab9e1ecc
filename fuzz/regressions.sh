#!/usr/bin/env bash
# fuzz/regressions.sh [REFSCOPE] — runs every input the fuzzers made crash
# (fuzz/regressions/*.py, fuzz/README.md) through a sanitized CLI (default
# build-asan/refscope): `run` with the fuzzers' limits (fuzz/harness.h) and
# the leak, heap and stress checks on, then `trace`. Fails on a sanitizer
# report, a signal, a leak (status 70) or a heap-check failure.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/build-asan/refscope}
[ -x "$BIN" ] || { echo "regressions.sh: no $BIN" >&2; exit 2; }
LIMITS=(--max-steps 100000 --max-memory 32M --max-output 64k)
export ASAN_OPTIONS=detect_leaks=1:exitcode=86
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86
export REFSCOPE_CHECK_LEAKS=1 REFSCOPE_CHECK_HEAP=1 REFSCOPE_STRESS_GC=1
SANITIZER='ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|refscope: stopped: internal error'
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Runs one command; prints why it failed, or nothing.
check() {
  timeout 60 "$@" >/dev/null 2>"$log"
  local status=$?
  if grep -Eq "$SANITIZER" "$log"; then echo "sanitizer report"
  elif [ $status -eq 70 ]; then echo "objects leaked"
  elif [ $status -eq 124 ]; then echo "timeout"
  elif [ $status -ge 128 ] && [ $status -ne 130 ]; then echo "status $status"
  fi
}

failed=0 total=0
for py in "$ROOT"/fuzz/regressions/*.py; do
  [ -e "$py" ] || continue
  total=$((total + 1))
  for mode in run trace; do
    why=$(check "$BIN" "$mode" "${LIMITS[@]}" "$py")
    if [ -n "$why" ]; then
      failed=$((failed + 1))
      echo "FAIL $(basename "$py") ($mode): $why"
      head -40 "$log"
    fi
  done
done
echo "fuzz regressions: $total inputs, $failed failures"
[ $failed -eq 0 ]
