#!/usr/bin/env bash
# tests/valgrind.sh [--every N] [--jobs J] — the CLI's conformance run under
# valgrind memcheck (issue 7; fuzz/README.md, "Valgrind"). Builds the Release
# CLI with -g in build-valgrind/ and runs a deterministic subset of
# tests/conformance — in each topic, the first snippet and every Nth after
# it (default 3, about a third: ~5 CPU minutes; --every 1 runs them all) —
# through tests/run_conformance.py with
#   valgrind --error-exitcode=99 --leak-check=full
# and REFSCOPE_CHECK_LEAKS=1, so every output must still equal python3's, a
# memcheck error or a C leak fails the snippet (status 99) and so does a
# leaked object (status 70). valgrind's reports go to build-valgrind/logs/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EVERY=3 JOBS=1
while [ $# -gt 0 ]; do
  case $1 in
    --every) EVERY=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    *) echo "usage: tests/valgrind.sh [--every N] [--jobs J]" >&2; exit 2 ;;
  esac
done
command -v valgrind >/dev/null || { echo "valgrind.sh: apt-get install valgrind" >&2; exit 2; }
BUILD=$ROOT/build-valgrind
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS=-g >/dev/null
cmake --build "$BUILD" -j 2 --target refscope >/dev/null
LOGS=$BUILD/logs
rm -rf "$LOGS" && mkdir -p "$LOGS"

mapfile -t SNIPPETS < <(cd "$ROOT" && python3 - "$EVERY" <<'PY'
import os, sys
every = int(sys.argv[1])
corpus = 'tests/conformance'
for topic in sorted(os.listdir(corpus)):
    folder = os.path.join(corpus, topic)
    if os.path.isdir(folder):
        names = sorted(n for n in os.listdir(folder) if n.endswith('.py'))
        for name in names[::every]:
            print(os.path.join(folder, name))
PY
)
echo "valgrind: ${#SNIPPETS[@]} snippets (every $EVERY)"
VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full --log-file=$LOGS/%p.log"
status=0
REFSCOPE_CHECK_LEAKS=1 python3 "$ROOT/tests/run_conformance.py" --jobs "$JOBS" \
  --quiet --timeout 600 --runner "$VALGRIND $BUILD/refscope run" \
  "${SNIPPETS[@]}" || status=$?
# Reports of runs that passed anyway (none expected).
for log in "$LOGS"/*.log; do
  [ -s "$log" ] && { echo "== valgrind report $log"; head -30 "$log"; status=1; }
done
exit $status
