#!/usr/bin/env bash
# fuzz/ci.sh [SECONDS] — the fuzzing step of the test run (fuzz/README.md):
# builds fuzz/ with clang into build-fuzz/ (ASan + UBSan + libFuzzer), runs
# every committed crash input (fuzz/regressions.sh) through the sanitized
# CLI built there, then each target for SECONDS (default 60), all three at once.
# Exits non-zero on a build failure, a failing regression or a finding; the
# finding is in build-fuzz/artifacts/TARGET/. Needs the Debian packages
# clang and libclang-rt-14-dev (libFuzzer's runtime).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${1:-60}
BUILD=$ROOT/build-fuzz
if ! command -v clang >/dev/null; then
  echo "fuzz/ci.sh: clang is missing (apt-get install clang libclang-rt-14-dev)" >&2
  exit 2
fi
cmake -S "$ROOT/fuzz" -B "$BUILD" -DCMAKE_C_COMPILER=clang >/dev/null
cmake --build "$BUILD" -j "${JOBS:-2}" >/dev/null
"$ROOT/fuzz/regressions.sh" "$BUILD/refscope"
# The three targets run at the same time (each for SECONDS of wall time),
# so the step costs one minute, not three; the seeds are written first so
# that no run reads a half-written one.
"$ROOT/fuzz/seeds.sh" "$BUILD/seeds" >/dev/null
TARGETS=(fuzz_pipeline fuzz_gc fuzz_parser)
pids=()
for target in "${TARGETS[@]}"; do
  echo "== $target: ${SECONDS_EACH}s"
  BUILD_DIR=$BUILD FUZZ_SAMPLE=1 "$ROOT/fuzz/run.sh" "$target" "$SECONDS_EACH" \
    >"$BUILD/$target.log" 2>&1 &
  pids+=($!)
done
failed=0
for i in "${!TARGETS[@]}"; do
  target=${TARGETS[$i]}
  if ! wait "${pids[$i]}"; then
    echo "fuzz/ci.sh: $target found a problem:" >&2
    grep -E "ERROR|==== fuzz|SUMMARY|Test unit written" "$BUILD/$target.log" | head -20 >&2
    failed=1
  fi
  grep -E "^#[0-9]+[[:space:]]+DONE" "$BUILD/$target.log" | tail -1 || true
done
[ $failed -eq 0 ] || exit 1
echo "fuzz: all targets ran ${SECONDS_EACH}s without a finding"
