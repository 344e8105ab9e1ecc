#!/usr/bin/env python3
"""Run every conformance snippet twice, normally and with REFSCOPE_STRESS_GC=1.

With the variable set, the CLI turns on VmConfig.stress_gc: the analysis of a
full collection at every statement of the main program (core/GC.md,
"Checking the heap"). That must change nothing a program can see, so stdout,
stderr (addresses masked) and the exit status of both runs must be identical, and no run may stop
with the "heap" internal error.
Usage: tests/gc_stress.py [--refscope PATH] [--jobs N] [PATH_SUBSTRING...]
Exit status 0 only if every selected snippet behaves the same.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_expected import ROOT, normalise_stderr, snippets  # noqa: E402


def run(refscope, path, stress):
    env = dict(os.environ)
    env.pop("REFSCOPE_STRESS_GC", None)
    if stress:
        env["REFSCOPE_STRESS_GC"] = "1"
    try:
        p = subprocess.run([refscope, "run", path], capture_output=True,
                           timeout=300, env=env, cwd=ROOT,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None
    err = normalise_stderr(p.stderr.decode("utf-8", "replace"), path)
    return p.stdout, err, p.returncode


def compare(refscope, path):
    plain, stressed = run(refscope, path, False), run(refscope, path, True)
    if plain is None or stressed is None:
        return "timeout"
    if "internal error" in stressed[1]:
        return "heap check: " + stressed[1].strip()
    if plain != stressed:
        return "output differs with REFSCOPE_STRESS_GC=1"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--refscope", default=os.path.join(ROOT, "build", "refscope"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("filters", nargs="*")
    args = ap.parse_args()
    paths = list(snippets(args.filters))
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, why in pool.map(lambda p: (p, compare(args.refscope, p)), paths):
            if why:
                bad += 1
                print("FAIL", os.path.relpath(path, ROOT) + ":", why)
    print(f"gc_stress: {len(paths) - bad} unchanged, {bad} changed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
