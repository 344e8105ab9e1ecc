#!/usr/bin/env python3
"""Check that conformance snippets do not depend on incidental interpreter state.

A snippet's stdout (and exit status) must not change when CPython starts in a
different configuration or when the generation-0 count is close to the
automatic-collection threshold (see /work/shared/cpython-semantics.md, §7).
Every selected tests/conformance/<topic>/<name>.py is run
  * with `python3 -X dev`, `-S`, `-E` and `-I`;
  * after first allocating N extra live lists, by executing the snippet's
    source in __main__ from a small `-c` prelude; N runs over 300..699 in
    steps of 10 by default, or every value with --full (slow: about 400 runs
    per snippet; an automatic collection can hide in a window of a few
    allocations, which the coarse sweep may miss).
  * for snippets that never mention `gc`: after `gc.set_threshold(1)`, so that
    an automatic collection happens at almost every allocation (a snippet that
    does not control the collector must not depend on when it runs);
and each run's stdout and exit status are compared with the stored <name>.out
and <name>.exit written by tests/gen_expected.py (run that first).
Usage: tests/conformance/check_robust.py [--jobs N] [--full] [PATH_SUBSTRING...]
Prints one line per unstable snippet and exits 1 if there is any.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gen_expected import ROOT, snippets  # noqa: E402

FLAGS = [["-X", "dev"], ["-S"], ["-E"], ["-I"]]
PADS = list(range(300, 700, 10)) + [699]
FULL_PADS = list(range(300, 700))
STRESS = (
    "import gc as _gc\n"
    "_gc.set_threshold(1)\n"
    "_src = open({path!r}, encoding='utf-8').read()\n"
    "exec(compile(_src, {path!r}, 'exec'))\n"
)
PRELUDE = (
    "_pad = [[] for _ in range({n})]\n"
    "_src = open({path!r}, encoding='utf-8').read()\n"
    "exec(compile(_src, {path!r}, 'exec'))\n"
)


def run(args):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    p = subprocess.run(["python3"] + args, capture_output=True, timeout=60,
                       env=env, cwd=ROOT, stdin=subprocess.DEVNULL)
    return p.stdout, p.returncode


def variants(path, pads):
    for flags in FLAGS:
        yield " ".join(flags), flags + [path]
    for n in pads:
        yield f"pad {n}", ["-c", PRELUDE.format(n=n, path=path)]
    if "gc" not in open(path, encoding="utf-8").read().split():
        yield "threshold 1", ["-c", STRESS.format(path=path)]


def check(path, pads):
    base = path[:-3]
    if not os.path.exists(base + ".out"):
        return ["no .out file (run tests/gen_expected.py)"]
    want_out = open(base + ".out", "rb").read()
    want_code = 0
    if os.path.exists(base + ".exit"):
        want_code = int(open(base + ".exit").read())
    problems = []
    for label, args in variants(path, pads):
        out, code = run(args)
        if out != want_out or code != want_code:
            problems.append(label)
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("filters", nargs="*")
    args = ap.parse_args()
    paths = list(snippets(args.filters))
    pads = FULL_PADS if args.full else PADS
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, problems in zip(paths, pool.map(lambda p: check(p, pads), paths)):
            if problems:
                bad += 1
                print("UNSTABLE", os.path.relpath(path, ROOT), ":",
                      ", ".join(problems), flush=True)
    print(f"{len(paths) - bad} robust, {bad} unstable")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
