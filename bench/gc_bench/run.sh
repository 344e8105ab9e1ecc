#!/bin/sh
# run.sh — builds the driver (driver.c) as build/gc_bench_driver against a
# Release build of the core (build/librefscope_core.a, made first if
# missing) and runs gc_bench.py with it.
# Usage: bench/gc_bench/run.sh [gc_bench.py options]
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build"
if [ ! -f "$build/librefscope_core.a" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j2 --target refscope_core >/dev/null
fi
gcc -std=c11 -O2 -Wall -Wextra -Werror -I"$root/core" "$here/driver.c" \
    "$build/librefscope_core.a" -lm -o "$build/gc_bench_driver"
exec python3 "$here/gc_bench.py" --driver "$build/gc_bench_driver" "$@"
