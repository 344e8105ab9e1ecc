#!/usr/bin/env python3
"""gc_bench: how long a full gc.collect() takes per object, Refscope vs python3.

For each shape and each N, one program builds N objects arranged in cycles
with automatic collection disabled, drops every reference to them, prints
"@start", calls gc.collect(), prints "@stop" and then the number collected.
Only the time between the two marker writes is measured:
  * Refscope: the driver run.sh builds from driver.c (the public C API;
    its write callback stamps CLOCK_MONOTONIC when a marker is written);
  * python3: the same program text run under a prelude that replaces
    sys.stdout with an object whose write() stamps time.perf_counter().
Each measurement is the best of --repeat runs (separate processes). A full
collection also scans everything the interpreter made at start-up (python3's
site imports: tens of thousands of objects; Refscope: a few thousand), so
each shape is first measured with N = 0, and the table gives, for both, the
total time and the cost per collected object beyond that baseline:
(t(N) - t(0)) / N, and the ratio of those costs (only where both runs took
more than twice their baseline: below that it is noise).
Usage: bench/gc_bench/gc_bench.py [--driver PATH] [--repeat K]
                                  [--sizes 1000,10000,...] [--shapes ...]
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

COMMON = """import gc
gc.disable()
class Node:
    pass
"""

SHAPES = {
    # rings of 10 instances: a.next -> b -> ... -> a
    "ring10": """def build(n):
    for _ in range(n // 10):
        first = prev = Node()
        for _ in range(9):
            node = Node()
            prev.next = node
            prev = node
        prev.next = first
""",
    # pairs of lists that contain each other
    "listpair": """def build(n):
    for _ in range(n // 2):
        a = []
        b = [a]
        a.append(b)
""",
    # one ring through all n instances (a long chain for move_unreachable)
    "bigring": """def build(n):
    first = prev = Node()
    for _ in range(n - 1):
        node = Node()
        prev.next = node
        prev = node
    prev.next = first
""",
}

TAIL = """build({n})
print("@start")
found = gc.collect()
print("@stop")
print(found)
"""

PRELUDE = """import sys, time
class _Stamps:
    def __init__(self):
        self.t = {{}}
        self.text = []
    def write(self, s):
        if s.startswith("@start"):
            self.t["start"] = time.perf_counter()
        elif s.startswith("@stop"):
            self.t["stop"] = time.perf_counter()
        self.text.append(s)
        return len(s)
    def flush(self):
        pass
_stamps = _Stamps()
sys.stdout = _stamps
exec(compile(open({path!r}).read(), {path!r}, "exec"))
sys.stdout = sys.__stdout__
print("seconds=%.9f out=%s" % (_stamps.t["stop"] - _stamps.t["start"],
                               "".join(_stamps.text).replace("\\n", " ")))
"""


def parse(stdout):
    line = stdout.strip().splitlines()[-1]
    seconds, out = line.split(" out=")
    found = int(out.split()[-1])
    return float(seconds.split("=")[1]), found


def measure(cmd, repeat):
    best = None
    for _ in range(repeat):
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
        if p.returncode != 0:
            raise SystemExit(f"{cmd[0]} failed: {p.stderr.strip()[-300:]}")
        t, found = parse(p.stdout)
        best = t if best is None else min(best, t)
    return best, found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", default=os.path.join(HERE, "..", "..", "build",
                                                     "gc_bench_driver"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print("gc_bench: one full gc.collect() of N unreachable objects in cycles")
    print("best of %d runs; ms = whole collection; ns/obj = (t(N) - t(0)) / N;"
          " ratio = refscope / python3 ns/obj" % args.repeat)
    print("%-9s %8s %10s %10s %10s %10s %7s" % (
        "shape", "N", "rs ms", "py ms", "rs ns/obj", "py ns/obj", "ratio"))
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        def run_both(shape, n):
            path = os.path.join(tmp, f"{shape}_{n}.py")
            with open(path, "w") as f:
                f.write(COMMON + SHAPES[shape] + TAIL.format(n=n))
            rs = measure([args.driver, path], args.repeat)
            py = measure([sys.executable, "-c", PRELUDE.format(path=path)],
                         args.repeat)
            if rs[1] != py[1]:
                print(f"  (collected: refscope {rs[1]}, python3 {py[1]})")
            return rs[0], py[0]
        for shape in args.shapes.split(","):
            rs0, py0 = run_both(shape, 0)
            print("%-9s %8d %10.3f %10.3f" % (shape, 0, rs0 * 1e3, py0 * 1e3))
            for n in sizes:
                rs, py = run_both(shape, n)
                rs_obj = (rs - rs0) / n * 1e9
                py_obj = (py - py0) / n * 1e9
                # Below twice the baseline the difference is mostly noise
                # (python3's baseline alone is a few milliseconds).
                solid = rs > 2 * rs0 and py > 2 * py0
                ratio = "%7.2f" % (rs_obj / py_obj) if solid else "      -"
                if solid:
                    worst = max(worst, rs_obj / py_obj)
                print("%-9s %8d %10.3f %10.3f %10.1f %10.1f %s" % (
                    shape, n, rs * 1e3, py * 1e3, rs_obj, py_obj, ratio))
    print("worst ratio (where measured): %.2f" % worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
