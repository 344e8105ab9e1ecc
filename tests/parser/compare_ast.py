#!/usr/bin/env python3
"""Compares parse_tool's AST dump with python3's for valid source files.

Usage: compare_ast.py [--tool PATH] [--jobs N] [--quiet] PATH...
Each PATH is a .py file or a directory searched recursively for .py files.
Files python3 cannot parse, and files holding `match` statements (which
Refscope rejects on purpose), are skipped and counted. Exit status 1 if any
dump differs.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TOOL = os.path.join(HERE, "build", "parse_tool")


def python_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".py"):
                        yield os.path.join(root, name)
        else:
            yield path


def first_difference(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return "at %d:\n  python3: ...%s\n  mine:    ...%s" % (
        i, a[max(0, i - 120):i + 120], b[max(0, i - 120):i + 120])


# Errors Refscope raises on purpose where python3 accepts the file.
LIMITATIONS = ("are not supported by Refscope", '"encoding problem: ')


def refscope_limitation(output):
    """The reason [output] (a parse_tool error) is a known limitation."""
    for marker in LIMITATIONS:
        if output.startswith('["SyntaxError"') and marker in output:
            return output.strip()
    return None


def check(tool, path):
    want, err = oracle.ast_dump(path)
    if want is None:
        return "skip", "python3 rejects it: %s" % err
    if oracle.has_match_statement(path):
        return "skip", "has a match statement"
    try:
        got = subprocess.run([tool, "ast", path], capture_output=True,
                             timeout=60).stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "fail", "timeout"
    got = got.rstrip("\n")
    if got == want:
        return "pass", ""
    if refscope_limitation(got):
        return "skip", "Refscope limitation: " + refscope_limitation(got)
    return "fail", first_difference(want, got)


def run_checks(check, label, argv=None):
    """Runs check(tool, path) -> (status, detail) over the paths on the
    command line, prints failures (and skips unless --quiet) and a summary.
    Returns the exit status."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=DEFAULT_TOOL)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args(argv)
    files = list(python_files(args.paths))
    counts = {"pass": 0, "fail": 0, "skip": 0}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, (status, detail) in zip(
                files, pool.map(lambda f: check(args.tool, f), files)):
            counts[status] += 1
            if status == "fail" or (status == "skip" and not args.quiet):
                print("%s %s %s" % (status.upper(), path, detail))
    print("%s: %d same, %d different, %d skipped"
          % (label, counts["pass"], counts["fail"], counts["skip"]))
    return 1 if counts["fail"] else 0


def main():
    return run_checks(check, "ast")


if __name__ == "__main__":
    sys.exit(main())
