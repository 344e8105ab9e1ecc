#!/usr/bin/env bash
# fuzz/seeds.sh OUT_DIR — builds the seed corpora (fuzz/README.md), outside
# the repository: OUT_DIR/pipeline and OUT_DIR/parser get every snippet of
# tests/conformance and tests/parser (one file per distinct content, named
# by its hash); OUT_DIR/gc gets a few fixed byte strings for fuzz_gc's
# generator. Safe to re-run: existing files are kept.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: fuzz/seeds.sh OUT_DIR}
mkdir -p "$OUT/pipeline" "$OUT/parser" "$OUT/gc"
dirs=("$ROOT/tests/conformance" "$ROOT/tests/parser")
[ -d "$ROOT/fuzz/regressions" ] && dirs+=("$ROOT/fuzz/regressions")
find "${dirs[@]}" -name '*.py' -size -16k -print0 |
  while IFS= read -r -d '' f; do
    name=$(sha1sum "$f" | cut -c1-16)
    [ -e "$OUT/pipeline/$name" ] || cp "$f" "$OUT/pipeline/$name"
    [ -e "$OUT/parser/$name" ] || cp "$f" "$OUT/parser/$name"
  done
# fuzz_gc: each byte picks a statement template or fills one of its holes.
python3 - "$OUT/gc" <<'PY'
import os, random, sys
rng = random.Random(7)
for i in range(32):
    path = os.path.join(sys.argv[1], 'seed%02d' % i)
    if not os.path.exists(path):
        with open(path, 'wb') as f:
            f.write(bytes(rng.randrange(256) for _ in range(16 + 8 * i)))
PY
echo "seeds: $(ls "$OUT/pipeline" | wc -l) programs, $(ls "$OUT/gc" | wc -l) gc inputs in $OUT"
