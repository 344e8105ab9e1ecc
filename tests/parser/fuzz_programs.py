#!/usr/bin/env python3
"""Differential fuzzing of the whole interpreter against python3: random
small programs (progfuzz_gen.py) must print exactly what python3 prints
(stdout, stderr, exit status) under `build/refscope run`.

Usage: fuzz_programs.py [--runner CMD] [--seed N] [--count N] [--jobs N]
                        [--stmts N] [--keep DIR]
python3 runs with PYTHONHASHSEED=0 (Refscope's str hashes are those);
addresses (0x...) are not compared; programs that run out of time (2 s)
or memory under python3 are skipped. A differing program is reduced
(top-level chunks dropped while it still differs) and written to --keep
(default build/fuzz_programs) with python3's and Refscope's outputs. The same
seed makes the same programs, so a run can be replayed.
"""
import argparse
import concurrent.futures
import os
import random
import re
import resource
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import progfuzz_gen  # noqa: E402

LIMIT_BYTES = 1 << 30
ADDRESS = re.compile(r"0x[0-9a-fA-F]+")  # object addresses differ


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def run(cmd, path, seed="0", timeout=2.0):
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    try:
        p = subprocess.run(cmd + [path], capture_output=True, env=env,
                           timeout=timeout, stdin=subprocess.DEVNULL,
                           preexec_fn=limit_memory)
    except subprocess.TimeoutExpired:
        return None
    err = p.stderr.decode("utf-8", "replace").replace(path, "<FILE>")
    out = p.stdout.decode("utf-8", "replace")
    return ADDRESS.sub("0x...", out), ADDRESS.sub("0x...", err), p.returncode


def oracle(path):
    """python3's result, or None when it is not a fair test. Refscope hashes
    str like python3 with PYTHONHASHSEED=0, so sets of str compare too."""
    a = run(["python3"], path, "0")
    if a is None or "MemoryError" in a[0] + a[1] or "Recursion" in a[1]:
        return None
    return a


def differs(runner, src, tmp):
    path = os.path.join(tmp, "prog.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(src)
    want = oracle(path)
    if want is None:
        return None
    got = run(runner, path, timeout=20)
    return (want, got) if got != want else False


def join(chunks):
    return "".join(progfuzz_gen.guard(c) for c in chunks)


def reduce(runner, chunks, tmp):
    i = 0
    while i < len(chunks):
        trial = chunks[:i] + chunks[i + 1:]
        if trial and differs(runner, join(trial), tmp):
            chunks = trial
        else:
            i += 1
    return chunks


def one(args, index):
    rng = random.Random(args.seed * 1_000_003 + index)
    chunks = progfuzz_gen.Gen(rng).program(args.stmts)
    with tempfile.TemporaryDirectory() as tmp:
        d = differs(args.runner, join(chunks), tmp)
        if not d:
            return index, "skip" if d is None else "same", None
        chunks = reduce(args.runner, chunks, tmp)
        src = join(chunks)
        d = differs(args.runner, src, tmp) or d
    return index, "diff", (src, d)


def first_line_diff(want, got):
    if got is None:
        return "timeout"
    for name, w, g in zip(("stdout", "stderr", "exit"), want, got):
        if w != g:
            if name == "exit":
                return "exit %s vs %s" % (w, g)
            wl, gl = w.splitlines(), g.splitlines()
            for k in range(max(len(wl), len(gl))):
                a = wl[k] if k < len(wl) else "<missing>"
                b = gl[k] if k < len(gl) else "<missing>"
                if a != b:
                    return "%s: want %r got %r" % (name, a[:100], b[:100])
    return "?"


def save(keep, index, src, want, got):
    os.makedirs(keep, exist_ok=True)
    base = os.path.join(keep, "prog_%05d" % index)
    with open(base + ".py", "w", encoding="utf-8") as f:
        f.write(src)
    with open(base + ".diff.txt", "w", encoding="utf-8") as f:
        f.write("--- python3 (exit %d)\n%s%s\n" % (want[2], want[0], want[1]))
        if got:
            f.write("--- refscope (exit %d)\n%s%s\n" % (got[2], got[0],
                                                         got[1]))
    return base + ".py"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runner", default=os.path.join(ROOT, "build/refscope")
                    + " run")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--stmts", type=int, default=12)
    ap.add_argument("--keep", default=os.path.join(ROOT, "build",
                                                   "fuzz_programs"))
    args = ap.parse_args()
    args.runner = shlex.split(args.runner)
    counts = {"same": 0, "diff": 0, "skip": 0}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for index, status, detail in pool.map(lambda i: one(args, i),
                                              range(args.count)):
            counts[status] += 1
            if status == "diff":
                src, (want, got) = detail
                path = save(args.keep, index, src, want, got)
                print("DIFF %s: %s" % (path, first_line_diff(want, got)),
                      flush=True)
    print("programs: %(same)d same, %(diff)d different, %(skip)d skipped"
          % counts)
    return 1 if counts["diff"] else 0


if __name__ == "__main__":
    sys.exit(main())
