#!/usr/bin/env python3
"""Derives core/vm_run.c's STARTUP_REFS_* (the references CPython 3.11's
start-up holds to None, True and False) from python3 itself.

A small probe prints sys.getrefcount of each under python3 and under
Refscope; the constant for each is its current value plus the difference.
The figures move by a few with the script and its path (python3's own
counts do), so they are those of this small script run from /tmp.
Usage: tests/measure_singleton_refcounts.py [build/refscope]
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROBE = ("import sys\nprint(sys.getrefcount(None), sys.getrefcount(True), "
         "sys.getrefcount(False))\n")
NAMES = ("NONE", "TRUE", "FALSE")


def counts(cmd, path):
    out = subprocess.run(cmd + [path], capture_output=True, text=True,
                         check=True, cwd=os.path.dirname(path)).stdout
    return [int(v) for v in out.split()]


def current_constants():
    text = open(os.path.join(ROOT, "core", "vm_run.c")).read()
    return [int(re.search(r"STARTUP_REFS_%s = (\d+)" % n, text).group(1))
            for n in NAMES]


def main(argv):
    refscope = argv[1] if len(argv) > 1 else os.path.join(ROOT, "build", "refscope")
    with tempfile.TemporaryDirectory(dir="/tmp") as d:
        path = os.path.join(d, "probe.py")
        with open(path, "w") as f:
            f.write(PROBE)
        cpython = counts([sys.executable], path)
        ours = counts([refscope, "run"], path)
    for name, k, c, o in zip(NAMES, current_constants(), cpython, ours):
        print("STARTUP_REFS_%s = %d  (python3 %d, refscope %d)" % (name, k + c - o, c, o))


if __name__ == "__main__":
    main(sys.argv)
