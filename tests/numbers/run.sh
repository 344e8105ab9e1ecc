#!/bin/sh
# run.sh — builds the number-library tests twice (-Wall -Wextra -Werror -O2,
# then -fsanitize=address,undefined, and with Emscripten when emcc exists)
# and checks them against vectors that gen_vectors.py computes with python3.
# Usage: tests/numbers/run.sh [scale]
set -eu
cd "$(dirname "$0")"
SCALE=${1:-1}
SRC="numtest.c numtest_big.c numtest_fmt.c ../../core/bigint*.c
  ../../core/numfmt*.c ../../core/buf.c"
FLAGS="-std=c11 -Wall -Wextra -Werror"
mkdir -p build
gcc $FLAGS -O2 -o build/numtest $SRC -lm
gcc $FLAGS -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
  -o build/numtest_san $SRC -lm
gcc $FLAGS -O2 -o build/bench bench.c ../../core/bigint*.c \
  ../../core/numfmt*.c ../../core/buf.c -lm
echo "== optimized build, scale $SCALE"
python3 gen_vectors.py --scale "$SCALE" | build/numtest
echo "== sanitizer build (with allocation-failure injection)"
python3 gen_vectors.py --scale 0.1 | build/numtest_san 17
echo "== speed"
build/bench
if [ -z "${NUMBERS_SKIP_WASM:-}" ] && command -v emcc >/dev/null 2>&1; then
  echo "== WebAssembly build (Emscripten, musl), run under node"
  export NODE_PATH=/usr/share/nodejs EMSDK_PYTHON=/usr/bin/python3
  WASM="-sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 -sEXIT_RUNTIME=1
    -sALLOW_MEMORY_GROWTH=1"
  # CommonJS output: the repository's package.json makes .js files ES modules
  echo '{"type": "commonjs"}' > build/package.json
  emcc $FLAGS -O2 $WASM -o build/numtest.js $SRC
  emcc $FLAGS -O2 $WASM -o build/bench.js bench.c ../../core/bigint*.c \
    ../../core/numfmt*.c ../../core/buf.c
  # node reads a pipe on stdin as empty: go through a file
  python3 gen_vectors.py --scale 0.1 > build/wasm.vec
  node build/numtest.js < build/wasm.vec
  node build/bench.js
fi
