#!/usr/bin/env python3
"""Run the conformance snippets against Refscope's native runner.

Usage: tests/run_conformance.py [--jobs N] [--quiet] [--stdout-only]
                                [--runner 'CMD ARGS'] [--no-known]
                                [PATH_SUBSTRING...]
The runner command (default: build/refscope run) gets the snippet's absolute
path as its last argument; its stdout, normalised stderr and exit status must
equal what tests/gen_expected.py recorded from python3. Exit status 0 only if
every selected snippet passes.

tests/conformance/known_failures.txt lists snippets that are known to fail
today (one path per line, # comments): their failures are reported as XFAIL
and do not fail the run; one that passes is reported as XPASS so the line can
be removed. --no-known ignores the list.
"""
import argparse
import concurrent.futures
import os
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_expected import ROOT, normalise_stderr, snippets  # noqa: E402


def read(path, default=b""):
    return open(path, "rb").read() if os.path.exists(path) else default


def check(cmd, path, stdout_only, timeout):
    base = path[:-3]
    want_out = read(base + ".out")
    want_err = read(base + ".stderr").decode("utf-8")
    want_code = int(read(base + ".exit", b"0"))
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=timeout,
                           cwd=ROOT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "timeout"
    got_err = normalise_stderr(p.stderr.decode("utf-8", "replace"), path)
    if p.stdout != want_out:
        return "stdout differs" + first_diff(want_out.decode("utf-8", "replace"),
                                             p.stdout.decode("utf-8", "replace"))
    if stdout_only:
        return None
    if p.returncode != want_code:
        return f"exit status {p.returncode}, expected {want_code}" + tail(got_err)
    if got_err != want_err:
        return "stderr differs" + first_diff(want_err, got_err)
    return None


def tail(text):
    lines = text.strip().splitlines()
    return ("\n    got stderr: " + lines[-1]) if lines else ""


def first_diff(want, got):
    w, g = want.splitlines(), got.splitlines()
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<missing>"
        b = g[i] if i < len(g) else "<missing>"
        if a != b:
            return f" at line {i + 1}:\n    want: {a[:120]!r}\n    got:  {b[:120]!r}"
    return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--runner", default="build/refscope run")
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--stdout-only", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--no-known", action="store_true")
    ap.add_argument("--prune-known", action="store_true",
                    help="remove the snippets that pass from the known list")
    ap.add_argument("filters", nargs="*")
    args = ap.parse_args()
    cmd = shlex.split(args.runner)
    if not os.path.isabs(cmd[0]) and os.path.exists(os.path.join(ROOT, cmd[0])):
        cmd[0] = os.path.join(ROOT, cmd[0])
    paths = list(snippets(args.filters))
    known = set() if args.no_known else known_failures()
    failed = xfailed = 0
    xpassed = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = pool.map(lambda p: (p, check(cmd, p, args.stdout_only, args.timeout)), paths)
        for path, why in results:
            rel = os.path.relpath(path, ROOT)
            if why and rel in known:
                xfailed += 1
                if not args.quiet:
                    print(f"XFAIL {rel}: {why}")
            elif why:
                failed += 1
                print(f"FAIL {rel}: {why}")
            elif rel in known:
                xpassed.append(rel)
                print(f"XPASS {rel}: passes now; remove it from {KNOWN}")
    if args.prune_known:
        prune_known(xpassed)
    passed = len(paths) - failed - xfailed
    print(f"{passed} passed, {failed} failed, {xfailed} known failures "
          f"({' '.join(cmd)})")
    return 1 if failed else 0


KNOWN = "tests/conformance/known_failures.txt"


def prune_known(passing):
    path = os.path.join(ROOT, KNOWN)
    lines = open(path).read().splitlines(keepends=True)
    keep = [line for line in lines if line.split("#")[0].strip() not in passing]
    open(path, "w").writelines(keep)


def known_failures():
    path = os.path.join(ROOT, KNOWN)
    if not os.path.exists(path):
        return set()
    lines = (line.split("#")[0].strip() for line in open(path))
    return {line for line in lines if line}


if __name__ == "__main__":
    sys.exit(main())
