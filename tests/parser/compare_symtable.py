#!/usr/bin/env python3
"""Compares parse_tool's symbol tables with python3's.

Usage: compare_symtable.py [--tool PATH] [--jobs N] [--quiet] PATH...
For every valid .py file (see compare_ast.py for how paths are walked),
each scope is compared with the `symtable` module (type, name, line,
children in order, every symbol with its flags and resolved scope) and with
the code object python3 compiles for it (co_varnames, co_cellvars,
co_freevars, argument counts, co_flags). Exit status 1 on any difference.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402
from compare_ast import refscope_limitation, run_checks  # noqa: E402


CODE_FIELDS = ("varnames", "cellvars", "freevars", "argcount",
               "posonlyargcount", "kwonlyargcount", "flags")


def first_difference(want, got, where="top"):
    if want is None and where.rsplit(".", 1)[-1] in CODE_FIELDS:
        return None  # python3 compiled no code object (unreachable code)
    if type(want) != type(got):
        return "%s: %r != %r" % (where, want, got)
    if isinstance(want, dict):
        for k in want:
            d = first_difference(want[k], got.get(k), "%s.%s" % (where, k))
            if d:
                return d
        return None
    if isinstance(want, list):
        if len(want) != len(got) and not (want and isinstance(want[0], dict)):
            return "%s: %r != %r" % (where, want, got)
        for i, (a, b) in enumerate(zip(want, got)):
            d = first_difference(a, b, "%s[%d]" % (where, i))
            if d:
                return d
        if len(want) != len(got):
            return "%s: %d != %d items" % (where, len(want), len(got))
        return None
    return None if want == got else "%s: %r != %r" % (where, want, got)


def check(tool, path):
    try:
        want = oracle.symtable_dump(path)
    except (SyntaxError, ValueError) as e:
        return "skip", "python3 rejects it: %s" % e
    if oracle.has_match_statement(path):
        return "skip", "has a match statement"
    out = subprocess.run([tool, "symtable", path], capture_output=True,
                         timeout=60).stdout.decode("utf-8", "replace")
    if refscope_limitation(out):
        return "skip", "Refscope limitation: " + refscope_limitation(out)
    try:
        got = json.loads(out)
    except ValueError:
        return "fail", "no JSON: %s" % out[:300]
    diff = first_difference(want, got)
    return ("fail", diff) if diff else ("pass", "")


def main():
    return run_checks(check, "symtable")


if __name__ == "__main__":
    sys.exit(main())
