#!/usr/bin/env python3
"""Differential fuzzing against python3: mutated snippets must get the same
AST, or the same SyntaxError, from parse_tool as from python3.

Usage: fuzz_compare.py [--tool PATH] [--seed N] [--count N] [--keep DIR]
Each mutant is a snippet of valid/ or invalid/ with a few random edits
(characters deleted, inserted or duplicated; lines swapped or re-indented).
python3 compiles it first: if it compiles, the AST dumps must be equal; if
not, the file is run as a script and the SyntaxError fields and stderr are
compared (compare_errors.check). Errors raised by CPython's compiler rather
than its parser or symbol table are skipped. With the same seed the same
mutants are made, so a failure can be replayed. Failing mutants are copied
to --keep.
"""
import argparse
import os
import random
import shutil
import sys
import tempfile
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare_ast  # noqa: E402
import compare_errors  # noqa: E402
from compare_cpython_tests import COMPILER_ERRORS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
INSERTS = list("()[]{}:,;'\"\n\t #=\\.*@!+-<>%&|^~0123456789abcfjrux") + [
    "if ", "else", " for ", " in ", "lambda", "\n    ", "\n\t", "'''", 'f"{',
    "}", "yield ", "not ", "is ", "**", "//", ":=", "->", "...", "\\\n",
    "é", "\x00", "\xa0", "€", "\r\n", "global x\n", "nonlocal x\n"]


def mutate(rng, src):
    for _ in range(rng.randint(1, 3)):
        kind = rng.randrange(5)
        pos = rng.randrange(len(src) + 1)
        if kind == 0 and src:
            src = src[:pos] + src[pos + 1:]
        elif kind == 1:
            src = src[:pos] + rng.choice(INSERTS) + src[pos:]
        elif kind == 2 and src:
            end = min(len(src), pos + rng.randint(1, 8))
            src = src[:end] + src[pos:end] + src[end:]
        elif kind == 3:
            lines = src.split("\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            src = "\n".join(lines)
        else:
            lines = src.split("\n")
            i = rng.randrange(len(lines))
            lines[i] = rng.choice(["    ", "\t", " ", ""]) + lines[i].lstrip()
            src = "\n".join(lines)
    return src


def compiles(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, path, "exec", dont_inherit=True)
        return True
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return False


def check(tool, path):
    if compiles(path):
        return compare_ast.check(tool, path)
    status, detail = compare_errors.check(tool, path)
    if status == "fail" and any(k in detail for k in COMPILER_ERRORS):
        return "skip", "compiler error"
    return status, detail


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=compare_ast.DEFAULT_TOOL)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--keep", default=None)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = []
    for d in ("valid", "invalid", "scopes"):
        for name in sorted(os.listdir(os.path.join(HERE, d))):
            with open(os.path.join(HERE, d, name), "rb") as f:
                seeds.append(f.read().decode("utf-8", "surrogateescape"))
    counts = {"pass": 0, "fail": 0, "skip": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.count):
            src = mutate(rng, rng.choice(seeds))
            path = os.path.join(tmp, "mutant_%05d.py" % i)
            with open(path, "wb") as f:
                f.write(src.encode("utf-8", "surrogateescape"))
            status, detail = check(args.tool, path)
            counts[status] += 1
            if status == "fail":
                print("FAIL %r\n  %s" % (src[:300], detail[:1500]))
                if args.keep:
                    os.makedirs(args.keep, exist_ok=True)
                    shutil.copy(path, args.keep)
    print("fuzz (seed %d): %d same, %d different, %d skipped"
          % (args.seed, counts["pass"], counts["fail"], counts["skip"]))
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
