#!/usr/bin/env python3
"""Differential check of fuzz_gc's programs against python3 (fuzz/README.md).

Usage: fuzz/gc_diff.py [--refscope BIN] [--gcgen BIN] [--out DIR] [--no-auto]
                       INPUT...
Each INPUT (a file or a directory of fuzz_gc inputs, e.g. a corpus) becomes a
program through gcgen; the program runs under python3 and under Refscope's
CLI (default build/refscope run), and stdout, normalised stderr and exit
status are compared. A program that differs is written to DIR (default
build-fuzz/gc_diff/) with python3's output beside it; one line per difference
is printed, then a count. Exit status 1 if any differ. --no-auto turns the
automatic collections off (gc.disable() after the imports, and every
gc.enable() becomes gc.disable()): when they run depends on every allocation
both interpreters make, prelude included, and hides other differences.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests"))
from gen_expected import normalise_stderr  # noqa: E402


def inputs(paths):
    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                yield os.path.join(p, name)
        else:
            yield p


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=120,
                           stdin=subprocess.DEVNULL,
                           env=dict(os.environ, PYTHONHASHSEED="0"))
    except subprocess.TimeoutExpired:
        return b"", "timeout", -1
    err = normalise_stderr(p.stderr.decode("utf-8", "replace"), path)
    return p.stdout, err, p.returncode


def first_difference(want, got):
    for name, w, g in zip(("stdout", "stderr", "exit"), want, got):
        if w != g:
            if name == "exit":
                return f"exit {g}, python3 {w}"
            if isinstance(w, bytes):
                w, g = w.decode("utf-8", "replace"), g.decode("utf-8", "replace")
            wl, gl = w.splitlines(), g.splitlines()
            for i in range(max(len(wl), len(gl))):
                a = wl[i] if i < len(wl) else "<missing>"
                b = gl[i] if i < len(gl) else "<missing>"
                if a != b:
                    return f"{name} line {i + 1}: python3 {a[:80]!r}, got {b[:80]!r}"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--refscope", default=os.path.join(ROOT, "build/refscope"))
    ap.add_argument("--gcgen", default=os.path.join(ROOT, "build-fuzz/gcgen"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build-fuzz/gc_diff"))
    ap.add_argument("--no-auto", action="store_true")
    ap.add_argument("inputs", nargs="+")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    total = differ = 0
    for inp in inputs(args.inputs):
        total += 1
        name = os.path.basename(inp)
        prog = os.path.join(args.out, name + ".py")
        src = subprocess.run([args.gcgen, inp], capture_output=True,
                             check=True).stdout
        if args.no_auto:
            src = src.replace(b"gc.enable()", b"gc.disable()")
            src = src.replace(b"\n", b"\ngc.disable()\n", 1)
        with open(prog, "wb") as f:
            f.write(src)
        want = run(["python3"], prog)
        got = run([args.refscope, "run"], prog)
        why = first_difference(want, got)
        if why:
            differ += 1
            with open(prog[:-3] + ".python3.out", "wb") as f:
                f.write(want[0])
            print(f"DIFF {prog}: {why}")
        else:
            os.remove(prog)
    print(f"gc_diff: {total} programs, {differ} differ from python3")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
