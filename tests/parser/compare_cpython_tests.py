#!/usr/bin/env python3
"""Extra error corpus taken at test time from CPython's own test suite.

The doctests of python3's Lib/test/test_syntax.py hold hundreds of small
programs that must fail with a SyntaxError. Each one whose expected output
names SyntaxError, IndentationError or TabError is written to a temporary
file and compared like compare_errors.py does (fields and stderr of
`python3 FILE`). Programs python3 accepts as a file, and programs whose
error comes from CPython's compiler or symbol table rather than the parser
(see COMPILER_ERRORS), are counted as skipped. Nothing is copied into the
repository.
Usage: compare_cpython_tests.py [--tool PATH] [--show-skips]
"""
import argparse
import concurrent.futures
import doctest
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare_errors  # noqa: E402
import oracle  # noqa: E402
from compare_ast import DEFAULT_TOOL  # noqa: E402

# Messages raised after parsing (compile.c, symtable.c, future.c, ast.c).
COMPILER_ERRORS = (
    "outside function", "outside loop", "not properly in loop",
    "can't use starred expression", "starred assignment target",
    "multiple starred expressions", "too many expressions in star-unpacking",
    "is parameter and global", "is parameter and nonlocal",
    "is assigned to before", "is used prior to", "declaration not allowed",
    "no binding for nonlocal", "duplicate argument", "future feature",
    "from __future__ imports must occur", "not allowed in", "inside list",
    "inside set", "inside dict", "inside generator", "annotated name",
    "asynchronous comprehension", "'await' outside", "cannot be used in",
    "'return' with value in async generator", "nonlocal and global",
    "is nonlocal and global", "assignment expression", "iteration variable",
    "comprehension iterable expression", "cannot be used within",
    "too many statically nested blocks", "'yield' inside",
    "keyword argument repeated", "bytes can only contain",
    "default 'except:' must be last", "cannot delete __debug__",
    "cannot assign to __debug__", "continue' not supported",
    "'break' outside", "'continue' not properly",
)


def doctest_sources():
    import test.test_syntax as module
    parser = doctest.DocTestParser()
    for example in parser.get_examples(module.__doc__ or ""):
        want = example.want
        if any(k in want for k in ("SyntaxError", "IndentationError",
                                   "TabError")):
            yield example.source


def classify(tool, tmpdir, index, source):
    if re.search(r"^\s*match\b", source, re.M):
        return "skip", None, "a match statement (Refscope rejects them)"
    if "type_comments" in source:
        return "skip", None, "needs ast.parse(type_comments=True)"
    path = os.path.join(tmpdir, "case_%04d.py" % index)
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    fields, _ = oracle.run_file(path)
    if fields is None:
        return "skip", path, "python3 accepts it as a file"
    if any(k in (fields[1] or "") for k in COMPILER_ERRORS):
        return "skip", path, "compiler error: " + fields[1]
    status, detail = compare_errors.check(tool, path)
    return status, path, detail


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=DEFAULT_TOOL)
    ap.add_argument("--show-skips", action="store_true")
    args = ap.parse_args()
    sources = list(doctest_sources())
    counts = {"pass": 0, "fail": 0, "skip": 0}
    with tempfile.TemporaryDirectory() as tmp:
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            jobs = [pool.submit(classify, args.tool, tmp, i, s)
                    for i, s in enumerate(sources)]
            for job, source in zip(jobs, sources):
                status, path, detail = job.result()
                counts[status] += 1
                if status == "fail" or (status == "skip" and args.show_skips):
                    print("%s %r: %s" % (status.upper(), source, detail))
    print("test_syntax doctests: %(pass)d same, %(fail)d different, "
          "%(skip)d skipped" % counts)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
