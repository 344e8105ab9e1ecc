#!/usr/bin/env bash
# fuzz/seeds.sh OUT_DIR — builds the seed corpora (fuzz/README.md), outside
# the repository: OUT_DIR/pipeline and OUT_DIR/parser get every snippet of
# tests/conformance, tests/parser and fuzz/regressions (one file per
# distinct content, named by its hash), and OUT_DIR/pipeline-sample and
# parser-sample one in 10 of them (for short runs: libFuzzer runs every seed
# before it starts mutating); OUT_DIR/gc gets a few fixed byte strings for
# fuzz_gc's generator. Safe to re-run: existing files are kept.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: fuzz/seeds.sh OUT_DIR}
exec python3 - "$ROOT" "$OUT" <<'PY'
import hashlib, os, random, sys
root, out = sys.argv[1], sys.argv[2]
for kind in ('pipeline', 'parser', 'pipeline-sample', 'parser-sample', 'gc'):
    os.makedirs(os.path.join(out, kind), exist_ok=True)
count = 0
for top in ('tests/conformance', 'tests/parser', 'fuzz/regressions'):
    for folder, _, files in os.walk(os.path.join(root, top)):
        for name in sorted(files):
            path = os.path.join(folder, name)
            if not name.endswith('.py') or os.path.getsize(path) > 16384:
                continue
            data = open(path, 'rb').read()
            digest = hashlib.sha1(data).hexdigest()[:16]
            count += 1
            kinds = ['pipeline', 'parser']
            if int(digest, 16) % 10 == 0:
                kinds += ['pipeline-sample', 'parser-sample']
            for kind in kinds:
                seed = os.path.join(out, kind, digest)
                if not os.path.exists(seed):
                    open(seed, 'wb').write(data)
# fuzz_gc: each byte picks a statement template or fills one of its holes.
rng = random.Random(7)
for i in range(32):
    data = bytes(rng.randrange(256) for _ in range(16 + 8 * i))
    seed = os.path.join(out, 'gc', 'seed%02d' % i)
    if not os.path.exists(seed):
        open(seed, 'wb').write(data)
print('seeds: %d programs, 32 gc inputs in %s' % (count, out))
PY
