#!/bin/sh
# run.sh — builds the number-library tests twice (-Wall -Wextra -Werror -O2,
# then -fsanitize=address,undefined) and checks both against vectors that
# gen_vectors.py computes with python3. Usage: tests/numbers/run.sh [scale]
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
