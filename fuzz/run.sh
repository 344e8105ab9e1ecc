#!/usr/bin/env bash
# fuzz/run.sh TARGET SECONDS [libFuzzer options...] — fuzzes one target
# (fuzz_pipeline, fuzz_gc, fuzz_parser) for SECONDS on one core, at low
# priority, from its corpus in build-fuzz/corpus/TARGET (kept between runs,
# started from fuzz/seeds.sh's seeds); for fuzz_gc, then the corpus's
# newest inputs once more with the heap checks. A crash, leak, timeout or
# heap-check failure is written to build-fuzz/artifacts/TARGET/ and the
# script exits non-zero. Build first: fuzz/ci.sh, or cmake as fuzz/README.md says.
# BUILD_DIR=... selects another build of fuzz/ (default build-fuzz);
# FUZZ_SAMPLE=1 starts from one seed program in 10 and an empty corpus
# (short runs: fuzz/ci.sh).
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
[ -n "${FUZZ_SAMPLE:-}" ] && [ "$TARGET" != fuzz_gc ] && seeds=$seeds-sample
corpus=$BUILD/corpus/$TARGET
if [ -n "${FUZZ_SAMPLE:-}" ]; then # a fresh corpus: the run's length stays bounded
  corpus=$BUILD/corpus-sample/$TARGET
  rm -rf "$corpus"
fi
artifacts=$BUILD/artifacts/$TARGET
mkdir -p "$corpus" "$artifacts"

# The program's own limits (harness.h) stop it long before -timeout (60 s
# leaves room for a machine shared with other jobs); the rss limit leaves
# room for ASan's shadow and quarantine.
status=0
nice -n 10 "$BUILD/$TARGET" "$corpus" "$seeds" "${dict[@]}" \
  -max_len=4096 -timeout=60 -rss_limit_mb=1024 -malloc_limit_mb=1024 \
  -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$@" || status=$?

# fuzz_gc's newest inputs again (at most FUZZ_REPLAY_MAX, default 200),
# each once with the heap checker and the stress collection at every
# statement (too slow to have in the loop); FUZZ_HEAP_REPLAY=1 does the same
# for the other targets.
if [ $status -eq 0 ] && { [ "$TARGET" = fuzz_gc ] || [ -n "${FUZZ_HEAP_REPLAY:-}" ]; }; then
  replay=$BUILD/replay/$TARGET
  rm -rf "$replay" && mkdir -p "$replay"
  # (Not `ls | head`: under pipefail, ls dies of SIGPIPE once the corpus
  # has more inputs than head takes, and the script with it.)
  mapfile -t newest < <(ls -t "$corpus")
  for name in "${newest[@]:0:${FUZZ_REPLAY_MAX:-200}}"; do
    cp "$corpus/$name" "$replay/"
  done
  echo "== $TARGET: replaying $(ls "$replay" | wc -l) inputs with the heap checks"
  FUZZ_HEAP_CHECKS=1 nice -n 10 "$BUILD/$TARGET" "$replay" -runs=0 \
    -max_len=4096 -timeout=600 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -artifact_prefix="$artifacts/heap-" || status=$?
fi
exit $status
