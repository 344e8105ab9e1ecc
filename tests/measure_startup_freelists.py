#!/usr/bin/env python3
"""Measures how many objects CPython's free lists hold when a small script
starts (python3 FILE): tuples of each size 1..20, lists and dicts.

An object taken from a free list does not move gc.get_count()[0]; the first
allocation that does shows the list was empty. Each size is measured in a
fresh process. core/gc.c (gc_settle_startup) starts Refscope's emulated
free lists from these numbers; they depend a little on the script (its
compilation frees tuples too), so these are the figures for a small one.
Usage: tests/measure_startup_freelists.py  (prints the C initializers)
"""
import os
import subprocess
import sys
import tempfile

# Between two gc.get_count() calls the probe makes K objects and keeps
# them: those the free list supplied did not move the count. The
# comprehension's list comes from the list free list and its function is
# freed again, so neither counts; the second get_count() makes a 3-tuple,
# which counts only when the 3-tuple list ran dry.
K = 2100
PROBE = """import gc
gc.disable()
src = list(range({size}))
b = gc.get_count()[0]
keep = [{make} for _ in range({k})]
a = gc.get_count()[0]
print(a - b)
"""
MAKE = {"tuple": "tuple(src)", "list": "[]", "dict": "{{}}"}


def probe(kind, size=0):
    code = PROBE.format(size=size, make=MAKE[kind].format(), k=K)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(code)
    try:
        out = subprocess.run([sys.executable, f.name], capture_output=True,
                             text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    counted = int(out)
    if kind == "tuple" and size == 3:
        counted -= 1
    return K - counted


def main():
    sizes = [probe("tuple", n) for n in range(1, 21)]
    print("tuples:", ", ".join(str(n) for n in sizes))
    print("lists:", probe("list"), "dicts:", probe("dict"))


if __name__ == "__main__":
    main()
