#!/usr/bin/env bash
# fuzz/run.sh TARGET SECONDS [libFuzzer options...] — fuzzes one target
# (fuzz_pipeline, fuzz_gc, fuzz_parser) for SECONDS on one core, at low
# priority, from its corpus in build-fuzz/corpus/TARGET (kept between runs,
# started from fuzz/seeds.sh's seeds). A crash, leak, timeout or heap-check
# failure is written to build-fuzz/artifacts/TARGET/ and the script exits
# non-zero. Build first: fuzz/ci.sh, or cmake as fuzz/README.md says.
# BUILD_DIR=... selects another build of fuzz/ (default build-fuzz).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${1:?usage: fuzz/run.sh TARGET SECONDS [options]}
SECONDS_TO_RUN=${2:?usage: fuzz/run.sh TARGET SECONDS [options]}
shift 2
BUILD=${BUILD_DIR:-$ROOT/build-fuzz}
[ -x "$BUILD/$TARGET" ] || { echo "run.sh: no $BUILD/$TARGET (build it first)" >&2; exit 2; }

"$ROOT/fuzz/seeds.sh" "$BUILD/seeds" >/dev/null
case $TARGET in
  fuzz_gc) seeds=$BUILD/seeds/gc; dict=() ;;
  fuzz_parser) seeds=$BUILD/seeds/parser; dict=(-dict="$ROOT/fuzz/python.dict") ;;
  *) seeds=$BUILD/seeds/pipeline; dict=(-dict="$ROOT/fuzz/python.dict") ;;
esac
corpus=$BUILD/corpus/$TARGET
artifacts=$BUILD/artifacts/$TARGET
mkdir -p "$corpus" "$artifacts"

# The program's own limits (harness.h) stop it long before -timeout (25 s
# leaves room for a machine shared with other jobs and for the runs with
# heap checks); the rss limit leaves room for ASan's shadow and quarantine.
exec nice -n 10 "$BUILD/$TARGET" "$corpus" "$seeds" "${dict[@]}" \
  -max_len=4096 -timeout=25 -rss_limit_mb=1024 -malloc_limit_mb=1024 \
  -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$@"
