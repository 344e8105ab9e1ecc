#!/usr/bin/env python3
"""Compares parse_tool's syntax errors with python3's for invalid files.

Usage: compare_errors.py [--tool PATH] [--jobs N] PATH...
Each PATH is a file or a directory (its .py files). For every file, python3
runs it and, when it fails to compile, two things are compared:
  - the SyntaxError fields [kind, msg, lineno, offset, end_lineno,
    end_offset, text] (oracle.py error),
  - the whole stderr python3 prints (warnings and the error block), with
    parse_tool's `report`.
A file python3 compiles (and runs without other output) is compared on
its SyntaxWarnings alone. Files named *_refscope.py hold source that CPython accepts but Refscope
rejects on purpose; their first line is "# expect: MESSAGE" and only the
message is checked. Exit status 1 on any difference.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402
from compare_ast import DEFAULT_TOOL, python_files  # noqa: E402


def run_tool(tool, mode, path):
    out = subprocess.run([tool, mode, path], capture_output=True, timeout=60)
    return out.stdout.decode("utf-8", "replace"), out.returncode


def check_refscope(tool, path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    want = first.split("# expect:", 1)[1].strip()
    got, _ = run_tool(tool, "error", path)
    if got.strip() == "OK":
        return "fail", "accepted"
    msg = json.loads(got)[1]
    return ("pass", "") if msg == want else ("fail", "got %r" % msg)


def check_warnings(tool, path, want_report):
    """A file python3 compiles: its stderr must be the SyntaxWarnings."""
    got, _ = run_tool(tool, "error", path)
    if got.strip() != "OK":
        return "fail", "rejected: %s" % got
    got_report, _ = run_tool(tool, "report", path)
    if got_report != want_report:
        return "fail", "warnings\n--- python3\n%s--- mine\n%s" % (
            want_report, got_report)
    return "pass", ""


def check(tool, path):
    if path.endswith("_refscope.py"):
        return check_refscope(tool, path)
    want_fields, want_report = oracle.run_file(path)
    if want_fields is None:
        return check_warnings(tool, path, want_report)
    got, rc = run_tool(tool, "error", path)
    if rc != 0:
        return "fail", "parse_tool exited with %d" % rc
    if got.strip() == "OK":
        return "fail", "accepted; python3: %s" % json.dumps(want_fields)
    got_fields = json.loads(got)
    if got_fields != want_fields:
        return "fail", "fields\n  python3: %s\n  mine:    %s" % (
            json.dumps(want_fields, ensure_ascii=False),
            json.dumps(got_fields, ensure_ascii=False))
    got_report, _ = run_tool(tool, "report", path)
    if got_report != want_report:
        return "fail", "report\n--- python3\n%s--- mine\n%s" % (want_report,
                                                              got_report)
    return "pass", ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=DEFAULT_TOOL)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    files = [os.path.abspath(f) for f in python_files(args.paths)]
    counts = {"pass": 0, "fail": 0}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, (status, detail) in zip(
                files, pool.map(lambda f: check(args.tool, f), files)):
            counts[status] += 1
            if status == "fail":
                print("FAIL %s: %s" % (path, detail))
    print("errors: %(pass)d same, %(fail)d different" % counts)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
