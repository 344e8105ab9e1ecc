#!/usr/bin/env python3
"""Runs every parser comparison against python3, with both builds.

Usage: run_tests.py [--quick] [--stdlib]
  (default)  valid/, scopes/, warnings/, invalid/, generated deep nesting,
             the shared corpora, CPython's test_syntax doctests; each with
             build/parse_tool and build/parse_tool_asan; then the speed
             benchmark (optimized build only).
  --quick    the optimized build only, no benchmark
  --stdlib   also every .py file of python3's standard library (slow)
Build first: make -C tests/parser. Exit status 1 if anything differs.
"""
import argparse
import os
import subprocess
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = ["/work/shared/conformance", "/work/shared/cpython-experiments"]


def run(args):
    print("$ " + " ".join(os.path.relpath(a, HERE) if a.startswith(HERE)
                           else a for a in args), flush=True)
    return subprocess.run([sys.executable] + args, cwd=HERE).returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--stdlib", action="store_true")
    opts = ap.parse_args()
    tools = ["build/parse_tool"] + ([] if opts.quick
                                    else ["build/parse_tool_asan"])
    shared = [p for p in SHARED if os.path.isdir(p)]
    deep = subprocess.run([sys.executable, "gen_deep.py"], cwd=HERE,
                          capture_output=True, text=True).stdout.strip()
    failures = 0
    for tool in tools:
        t = ["--tool", os.path.join(HERE, tool)]
        failures += run(["compare_ast.py", "--quiet"] + t +
                        ["valid", "scopes"] + shared) != 0
        failures += run(["compare_symtable.py", "--quiet"] + t +
                        ["valid", "scopes"] + shared) != 0
        failures += run(["compare_errors.py"] + t +
                        ["invalid", "warnings", deep]) != 0
        failures += run(["compare_cpython_tests.py"] + t) != 0
        if opts.stdlib:
            lib = sysconfig.get_paths()["stdlib"]
            failures += run(["compare_ast.py", "--quiet"] + t + [lib]) != 0
            failures += run(["compare_symtable.py", "--quiet"] + t + [lib]) != 0
    if not opts.quick:
        failures += run(["bench.py"]) != 0
    print("FAILED: %d suites" % failures if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
