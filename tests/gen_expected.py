#!/usr/bin/env python3
"""Generate expected outputs for the conformance snippets by running CPython.

Every tests/conformance/<topic>/<name>.py is run with `python3 <abs path>` from
the repository root, three times with different PYTHONHASHSEED values; a
snippet whose output differs between runs is rejected (it would not be a fair
test). Outputs written next to the snippet:
  <name>.out     stdout, exactly
  <name>.stderr  stderr (only when non-empty), normalised by normalise_stderr
  <name>.exit    the exit status (only when non-zero)
Usage: tests/gen_expected.py [--check] [PATH_SUBSTRING...]
  --check  do not write; exit 1 if any stored expectation is out of date.
Expected outputs are never written by hand: rerun this after editing a snippet.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "conformance")
SEEDS = ["0", "1", "12345"]


def normalise_stderr(text, path):
    """Make stderr independent of the checkout location and of addresses."""
    text = text.replace(path, "<FILE>")
    return re.sub(r"0x[0-9a-fA-F]+", "0x...", text)


def run(path, seed):
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    p = subprocess.run(["python3", path], capture_output=True, timeout=60,
                       env=env, cwd=ROOT, stdin=subprocess.DEVNULL)
    return p.stdout, normalise_stderr(p.stderr.decode("utf-8", "replace"), path), p.returncode


def snippets(filters):
    for topic in sorted(os.listdir(CORPUS)):
        tdir = os.path.join(CORPUS, topic)
        if not os.path.isdir(tdir):
            continue
        for name in sorted(os.listdir(tdir)):
            if name.endswith(".py"):
                path = os.path.join(tdir, name)
                if not filters or any(f in path for f in filters):
                    yield path


def expected_files(path, result):
    out, err, code = result
    base = path[:-3]
    files = {base + ".out": out}
    files[base + ".stderr"] = err.encode("utf-8") if err else None
    files[base + ".exit"] = (str(code) + "\n").encode() if code else None
    return files


def main(argv):
    check = "--check" in argv
    filters = [a for a in argv if a != "--check"]
    bad = 0
    for path in snippets(filters):
        results = [run(path, s) for s in SEEDS]
        if any(r != results[0] for r in results[1:]):
            print("NONDETERMINISTIC (depends on hash seed):", os.path.relpath(path, ROOT))
            bad += 1
            continue
        for fname, data in expected_files(path, results[0]).items():
            old = open(fname, "rb").read() if os.path.exists(fname) else None
            if old == data:
                continue
            if check:
                print("OUT OF DATE:", os.path.relpath(fname, ROOT))
                bad += 1
            elif data is None:
                os.remove(fname)
            else:
                with open(fname, "wb") as f:
                    f.write(data)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
