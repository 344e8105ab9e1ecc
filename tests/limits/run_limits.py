#!/usr/bin/env python3
"""Hostile programs and limits: each must end, in bounded time and memory,
with what python3 prints or with Refscope's one-line limit message.

Usage: tests/limits/run_limits.py [--runner 'build/refscope run'] [--only NAME]
                                  [--time-factor F] [--rss-factor F] [--table]
Run by ctest (tests/limits/limits.cmake); build-asan/refscope under
--time-factor 4 checks the same cases for memory errors. Every case is a
program made here and one expectation:
  oracle   stdout, stderr and exit status equal python3's (run now, with the
           same source); python3 must itself finish within its timeout.
  scaled   the source has {n}: Refscope runs it with n = big, python3 with
           n = small, and the outputs must be equal (python3 overflows its C
           stack, or runs for minutes, at the big size).
  stopped  a limit ended it: exit status 1 and the last stderr line is
           "refscope: stopped: <message>" (message matched by a regex);
           optional checks on stdout.
  ends     exit status and last stderr line given here, for programs python3
           cannot run to the end (it would exhaust the machine's memory or
           overflow its C stack) — the line is CPython's exception line.
  trace    `refscope trace`: the partial trace of a stopped program ends
           with a LIMIT event carrying the message, then END "limit" (or is
           empty when the program never started).
Each case must finish within its time budget (seconds, times --time-factor)
and its peak RSS must stay under its bound (times --rss-factor; 0: not
checked). --table prints a Markdown table of times and peak RSS.
"""
import argparse
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))
from gen_expected import normalise_stderr  # noqa: E402

MB = 1 << 20
CASES = []


DEFAULT_RSS = 320 * MB  # the CLI's default 256 MiB memory limit + the rest


def case(name, source, kind, args=(), budget=20, rss=None, **expect):
    if rss is None:
        rss = DEFAULT_RSS
        if "--max-memory" in args:
            rss = int(args[list(args).index("--max-memory") + 1]) + 48 * MB
    CASES.append(dict(name=name, source=source, kind=kind, args=list(args),
                      budget=budget, rss=rss, expect=expect))


def nested(opening, closing, depth, inner="1"):
    return opening * depth + inner + closing * depth


# ---- Endless loops and long C work: the step limit --------------------------------

STEPS = ["--max-steps", "2000000"]
STOP_STEPS = r"the program ran 2000000 steps \(the limit\); it may loop forever"
case("while_true_pass", "while True:\n    pass\n", "stopped", STEPS,
     message=STOP_STEPS, stdout="")
case("loop_after_output", "print('start')\ni = 0\nwhile True:\n    i += 1\n",
     "stopped", STEPS, message=STOP_STEPS, stdout="start\n")
case("finally_does_not_run_after_stop",
     "try:\n    while True:\n        pass\nfinally:\n    print('cleanup')\n",
     "stopped", STEPS, message=STOP_STEPS, stdout="")
case("handler_cannot_catch_stop",
     "def spin():\n    while True:\n        pass\ntry:\n    spin()\n"
     "except BaseException:\n    print('caught')\n",
     "stopped", STEPS, message=STOP_STEPS, stdout="")
case("del_does_not_run_after_stop",
     "class D:\n    def __del__(self):\n        print('del ran')\nd = D()\n"
     "while True:\n    pass\n", "stopped", STEPS, message=STOP_STEPS, stdout="")
case("sum_of_huge_range", "print(sum(range(10**12)))\n", "stopped", STEPS,
     message=STOP_STEPS)
HUGE_INT = (r"arithmetic on an integer of about 100000000 digits would take "
            r"longer than the step limit \(%s steps\) allows")
case("huge_power", "x = 10**10**8\nprint('done')\n", "stopped", STEPS,
     message=HUGE_INT % 2000000, stdout="")
case("squaring_loop", "x = 3\nwhile True:\n    x = x * x\n", "stopped", STEPS,
     message=HUGE_INT.replace("100000000", r"\d+") % 2000000)
case("generator_forever",
     "def count():\n    n = 0\n    while True:\n        yield n\n        n += 1\n"
     "for x in count():\n    pass\n", "stopped", STEPS, message=STOP_STEPS)
case("max_of_endless_map", "import sys\nprint(max(map(abs, range(10**15))))\n",
     "stopped", STEPS, message=STOP_STEPS)

# `a = [a] * 10` thirty times is small in memory (30 lists) but 10**30 items
# deep: C work inside one instruction (repr, ==, hash) is charged too.
EXP_LIST = "def make():\n    a = [0]\n    for i in range(30):\n" \
           "        a = [a] * 10\n    return a\na = make()\n"
case("repr_of_exponential_list", EXP_LIST + "print(a)\n", "stopped", STEPS,
     message=STOP_STEPS, stdout="")
case("eq_of_exponential_lists", EXP_LIST + "print(a == make())\n", "stopped",
     STEPS, message=STOP_STEPS, stdout="")
case("hash_of_exponential_tuple", "t = (0,)\nfor i in range(30):\n"
     "    t = (t,) * 10\nprint(hash(t))\n", "stopped", STEPS,
     message=STOP_STEPS, stdout="")
case("deepcopy_of_exponential_list", EXP_LIST + "import copy\n"
     "b = copy.deepcopy(a)\nprint(len(b), b[0] is b[1], a == a)\n", "oracle")

# ---- Output ------------------------------------------------------------------------

case("huge_output", "while True:\n    print('x' * 1000)\n", "stopped",
     ["--max-output", "100000"],
     message=r"the program wrote more than 100000 bytes", stdout_len=100000)
case("huge_single_print", "print('y' * 10**7)\n", "stopped",
     ["--max-output", str(MB)],
     message=r"the program wrote more than 1048576 bytes", stdout_len=MB)

# ---- Memory: MemoryError inside the program ------------------------------------------

MEM = ["--max-memory", str(16 * MB)]
case("list_doubling", "a = [1]\nwhile True:\n    a = a + a\n", "ends", MEM,
     exit=1, last="MemoryError", first="Traceback (most recent call last):")
case("nested_list_growth", "a = [0]\nwhile True:\n    a = [a] * 10\n", "ends",
     MEM, exit=1, last="MemoryError")
case("dict_growth", "d = {}\ni = 0\nwhile True:\n    d[i] = str(i)\n    i += 1\n",
     "ends", MEM, exit=1, last="MemoryError")
case("huge_power_memory", "x = 10**10**8\n", "ends", MEM, exit=1,
     last="MemoryError")
case("memory_error_is_catchable", """\
big = []
try:
    while True:
        big.append('x' * 10000)
except MemoryError as e:
    n = len(big)
    big = None
    print('recovered', n > 100, repr(e))
print([i * i for i in range(5)])
table = {}
try:
    for i in range(10**8):
        table[i] = [i]
except MemoryError:
    size = len(table)
    table = None
    print('dict recovered', size > 1000)
def grow(acc):
    acc.append([0] * 1000)
    return grow(acc)
import sys
sys.setrecursionlimit(10**6)
for attempt in range(3):
    try:
        grow([])
    except MemoryError as e:
        print('deep growth stopped', attempt, type(e).__name__)
print('still fine', sum(range(100)))
""", "ends", MEM, exit=0, last=None,
     stdout="recovered True MemoryError()\n[0, 1, 4, 9, 16]\n"
            "dict recovered True\ndeep growth stopped 0 MemoryError\n"
            "deep growth stopped 1 MemoryError\n"
            "deep growth stopped 2 MemoryError\nstill fine 4950\n")
case("memory_error_in_handler_chain", """\
def fill():
    keep = []
    while True:
        keep.append(bytearray(1000) if False else 'z' * 1000)
try:
    fill()
except MemoryError:
    try:
        fill()
    except MemoryError as e:
        print('second MemoryError, context:', type(e.__context__).__name__)
print('after')
""", "ends", MEM, exit=0, last=None,
     stdout="second MemoryError, context: MemoryError\nafter\n")
case("repr_larger_than_memory", "a = ['x' * 10**6] * 100\ns = repr(a)\n",
     "ends", MEM, exit=1, last="MemoryError")
case("dict_repr_larger_than_memory",
     "d = {i: 'y' * 10**6 for i in range(4)}\nd = {i: d for i in range(10)}\n"
     "s = repr(d)\n", "ends", MEM, exit=1, last="MemoryError")
# Allocations too large for any machine fail at once in CPython too.
case("huge_string_repeat", "try:\n    s = 'a' * 10**15\nexcept MemoryError:\n"
     "    print('refused')\n", "oracle")
case("huge_list_repeat", "[0] * 10**15\n", "oracle")

# ---- Recursion: Python frames, C recursion, compilation ---------------------------------

case("infinite_recursion", "def f(n):\n    return f(n + 1)\nf(0)\n", "oracle")
case("infinite_mutual_recursion",
     "def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(0)\n", "oracle")
case("recursion_in_init",
     "class Node:\n    def __init__(self):\n        self.child = Node()\nNode()\n",
     "oracle")
case("recursion_in_repr",
     "class R:\n    def __repr__(self):\n        return repr(self)\nprint(R())\n",
     "oracle")
case("deep_python_recursion_with_high_limit", """\
import sys
sys.setrecursionlimit(60000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
""", "oracle")
DEEP_DATA = """\
import copy
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
"""
case("recursion_limit_100k", "import sys\nsys.setrecursionlimit(100000)\n"
     "def f(n):\n    return f(n + 1)\nf(0)\n", "oracle")
# python3 grows to tens of GB on this one (its frames are heap memory too).
case("recursion_limit_1e8", "import sys\nsys.setrecursionlimit(10**8)\n"
     "def f(n):\n    return f(n + 1)\nf(0)\n", "ends", exit=1,
     last="MemoryError", budget=60)
case("recursion_limit_1e8_caught", """\
import sys
sys.setrecursionlimit(10**8)
def f(n):
    return f(n + 1)
try:
    f(0)
except MemoryError:
    print('caught')
big = [0] * 1000000
print('a big list after it', len(big))
""", "ends", MEM, exit=0, last=None,
     stdout="caught\na big list after it 1000000\n")
case("deep_data_repr", DEEP_DATA + """\
try:
    repr(a)
except RecursionError as e:
    print(type(e).__name__, e)
print('after')
""", "oracle")
case("deep_data_eq", DEEP_DATA + """\
try:
    a == b
except RecursionError as e:
    print(type(e).__name__, e)
print('after')
""", "oracle")
case("deep_data_str_of_dict", DEEP_DATA + """\
try:
    str({'k': a})
except RecursionError as e:
    print(type(e).__name__, e)
print('after')
""", "oracle")
case("deep_data_deepcopy", DEEP_DATA + """\
try:
    copy.deepcopy(a)
except RecursionError as e:
    print(type(e).__name__, e)
print('after')
""", "oracle")
case("deep_data_deepcopy_dict", DEEP_DATA + """\
try:
    copy.deepcopy({'k': a})
except RecursionError as e:
    print(type(e).__name__, e)
print('after')
""", "oracle")
case("deep_generator_chain", """\
g = iter([1])
for i in range({n}):
    g = (x for x in g)
try:
    print(list(g))
except RecursionError as e:
    print('RecursionError:', e)
g = None
print('freed')
""", "scaled", big=100000, small=1500)
# CPython overflows its C stack on these; Refscope stops at MAX_C_DEPTH.
case("deep_tuple_hash", """\
t = ()
for i in range(100000):
    t = (t,)
hash(t)
""", "ends", exit=1, last="RecursionError: maximum recursion depth exceeded")
case("deep_iterator_chain", """\
it = iter([1, 2])
for i in range(100000):
    it = map(abs, it)
print(list(it))
""", "ends", exit=1, last="RecursionError: maximum recursion depth exceeded")
case("init_recursion_with_huge_limit", """\
import sys
sys.setrecursionlimit(10**6)
class Node:
    def __init__(self):
        self.child = Node()
Node()
""", "ends", exit=1, last=re.compile(
     r"RecursionError: maximum recursion depth exceeded.*"))
case("repr_recursion_with_huge_limit", """\
import sys
sys.setrecursionlimit(10**6)
class R:
    def __repr__(self):
        return repr([self])
print(R())
""", "ends", exit=1, last=re.compile(
     r"RecursionError: maximum recursion depth exceeded.*"))

# ---- Hostile sources ------------------------------------------------------------------

case("nested_parens_100k", "x = " + nested("(", ")", 100000) + "\nprint(x)\n",
     "oracle")
case("nested_lists_100k", "x = " + nested("[", "]", 100000, "") + "\n", "oracle")
case("nested_parens_199", "x = " + nested("(", ")", 199) + "\nprint(x)\n",
     "oracle")
case("unary_minus_100k", "x = " + "-" * 100000 + "1\nprint(x)\n", "oracle")
case("not_chain_100k", "x = " + "not " * 100000 + "True\n", "oracle")
case("binop_chain_100k", "x = 1" + "+1" * 100000 + "\nprint(x)\n", "oracle")
case("binop_chain_2998", "x = 1" + "+1" * 2998 + "\nprint(x)\n", "oracle")
case("binop_chain_2999", "x = 1" + "+1" * 2999 + "\nprint(x)\n", "oracle")
case("attribute_chain_100k", "x = 1\ny = x" + ".real" * 100000 + "\n", "oracle")
case("call_chain_2990",
     "def f():\n    return f\ny = f" + "()" * 2990 + "\nprint(y.__name__)\n",
     "oracle")
case("nested_lambdas_1000", "f = " + "lambda: " * 1000 + "1\nprint(callable(f))\n",
     "oracle")
case("nested_ifexp_1400", "x = " + "1 if False else " * 1400 + "2\nprint(x)\n",
     "oracle")
# The page's parser nesting (core/LIMITS.md, "Nesting in the page"): past
# 2000 levels the page stops the source as its "nesting" limit; below it,
# python3's own errors and results as without the limit.
PAGE_NESTING = ["--max-nesting", "2000"]
NESTING_STOP = (r"the source nests deeper than 2000 parser levels, this "
                r"page's limit \(CPython 3\.11's is 6000\)")
case("page_nesting_parens_300", "x = " + nested("(", ")", 300) + "\n",
     "stopped", PAGE_NESTING, message=NESTING_STOP, stdout="")
case("page_nesting_unary_minus_100k", "x = " + "-" * 100000 + "1\n",
     "stopped", PAGE_NESTING, message=NESTING_STOP, stdout="")
case("page_nesting_ifexp_3000", "x = " + "1 if 1 else " * 3000 + "1\n",
     "stopped", PAGE_NESTING, message=NESTING_STOP, stdout="")
case("page_nesting_parens_60", "x = " + nested("(", ")", 60) + "\nprint(x)\n",
     "oracle", PAGE_NESTING)
case("page_nesting_binop_chain_2999", "x = 1" + "+1" * 2999 + "\nprint(x)\n",
     "oracle", PAGE_NESTING)
case("page_nesting_lambdas_500",
     "f = " + "lambda: " * 500 + "1\nprint(callable(f))\n", "oracle",
     PAGE_NESTING)
case("indentation_101_levels",
     "".join(" " * i + "if True:\n" for i in range(101)) + " " * 101 + "pass\n",
     "oracle")
case("long_string_line", "x = '" + "a" * 1000000 + "'\nprint(len(x))\n", "oracle")
# python3 itself peaks at 354 MiB on this one (the parser's memory).
case("long_list_line", "x = [" + "1," * 500000 + "]\nprint(len(x))\n", "oracle",
     rss=400 * MB)
case("source_too_long", "x = '" + "a" * 5000000 + "'\nprint(len(x))\n",
     "stopped", message=r"the program is 5000021 bytes; the limit is 1048576",
     stdout="")
case("source_limit_lifted", "x = '" + "a" * 5000000 + "'\nprint(len(x))\n",
     "oracle", ["--max-source", "0"])
# Nothing ran, so nothing is recorded (as for a syntax error).
case("trace_source_too_long", "#" * (2 * MB), "trace", empty=True,
     message=r"the program is 2097152 bytes; the limit is 1048576")
case("long_identifier", "x" * 100000 + " = 1\nprint('ok')\n", "oracle")
case("many_lines", "x = 0\n" + "x += 1\n" * 140000 + "print(x)\n", "oracle",
     budget=40)
case("int_literal_5000_digits", "x = " + "7" * 5000 + "\n", "oracle")
case("str_of_huge_int", "print(len(str(10**5000)))\n", "oracle")


# ---- The CLI's defaults (no options): 2^30 steps, 256 MiB, 8 MiB of output ----------

CLI_STEPS = 1 << 30
case("default_while_true", "while True:\n    pass\n", "stopped", budget=90,
     message=r"the program ran %d steps \(the limit\); it may loop forever"
     % CLI_STEPS, stdout="")
case("default_huge_power", "x = 10**10**8\nprint('done')\n", "stopped",
     message=HUGE_INT % CLI_STEPS, stdout="")
case("default_repr_of_exponential_list", EXP_LIST + "print(a)\n", "stopped",
     budget=90, message=r"the program ran %d steps \(the limit\); it may loop "
     r"forever" % CLI_STEPS, stdout="")
case("default_huge_output", "while True:\n    print('x' * 1000)\n", "stopped",
     message=r"the program wrote more than %d bytes" % (8 * MB),
     stdout_len=8 * MB)
case("default_list_doubling", "a = [1]\nwhile True:\n    a = a + a\n", "ends",
     exit=1, last="MemoryError", budget=60)
case("default_nested_list_growth", "a = [0]\nwhile True:\n    a = [a] * 10\n",
     "ends", exit=1, last="MemoryError", budget=60)
case("default_string_doubling", "s = 'ab'\nwhile True:\n    s += s\n", "ends",
     exit=1, last="MemoryError", budget=60)

# ---- The partial trace of a stopped program --------------------------------------------

case("trace_endless_loop", "i = 0\nwhile True:\n    i += 1\n", "trace",
     ["--max-steps", "100000"],
     message=r"the program ran 100000 steps \(the limit\); it may loop forever")
case("trace_huge_power", "x = 10**10**8\n", "trace", message=HUGE_INT % CLI_STEPS)
case("trace_events_limit", "i = 0\nwhile True:\n    i += 1\n", "trace",
     message=r"the trace reached 2000000 events; the rest of the run is not "
             r"recorded", budget=60)


# ---- Running ----------------------------------------------------------------------------

class Result:
    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


# The peak RSS of the program alone: a child forked from this Python process
# would report Python's RSS as its own, so GNU time (a small process) runs
# it when installed; otherwise /proc/PID/status's VmHWM is read while it
# runs (it may miss growth in the last few milliseconds).
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def peak_from_proc(pid, peak):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return max(peak, int(line.split()[1]) * 1024)
    except OSError:
        pass
    return peak


def run(cmd, path, budget):
    """Runs cmd + [path]: (Result or None on timeout, seconds, peak RSS in
    bytes). Output goes to files so a flood cannot block the child."""
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = os.path.join(tmp, "rss")
        argv = cmd + [path]
        if GNU_TIME:
            argv = [GNU_TIME, "-f", "%M", "-o", rss_file] + argv
        res, took, peak = spawn(argv, budget)
        if res and GNU_TIME:
            with open(rss_file) as f:
                lines = f.read().split()
            peak = int(lines[-1]) * 1024
            if res.returncode > 128 and "signal" in lines:
                res.returncode = 128 - res.returncode  # killed by a signal
    return res, took, peak


def spawn(argv, budget):
    start = time.monotonic()
    peak = 0
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=ROOT,
                                stdin=subprocess.DEVNULL,
                                start_new_session=True)
        while proc.poll() is None:
            if time.monotonic() - start > budget:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                return None, budget, peak
            peak = peak_from_proc(proc.pid, peak)
            time.sleep(0.005)
        took = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return Result(proc.returncode, out.read(), err.read()), took, peak


def python3(path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    p = subprocess.run(["python3", path], capture_output=True, timeout=120,
                       cwd=ROOT, stdin=subprocess.DEVNULL, env=env)
    return p.stdout, normalise_stderr(p.stderr.decode("utf-8", "replace"), path), \
        p.returncode


def last_line(text):
    lines = text.rstrip("\n").split("\n")
    return lines[-1] if lines and lines[-1] else None


def matches(want, got):
    if isinstance(want, re.Pattern):
        return got is not None and want.fullmatch(got) is not None
    return want == got


def check(c, p, path):
    out = p.stdout
    err = normalise_stderr(p.stderr.decode("utf-8", "replace"), path)
    e = c["expect"]
    if c["kind"] == "oracle":
        want_out, want_err, want_code = python3(path)
        if out != want_out:
            return "stdout differs from python3's"
        if p.returncode != want_code:
            return f"exit status {p.returncode}, python3 gave {want_code}"
        if err != want_err:
            return f"stderr differs: want {last_line(want_err)!r}, got {last_line(err)!r}"
        return None
    if c["kind"] == "scaled":
        want_out, want_err, want_code = python3(path.replace(".py", "_small.py"))
        if out != want_out:
            return f"stdout {out[:200]!r}, python3 (small) gave {want_out[:200]!r}"
        if p.returncode != want_code or err != want_err:
            return f"exit/stderr differ from python3's (small): {last_line(err)!r}"
        return None
    if c["kind"] == "trace":
        return check_trace(c, p, err)
    if c["kind"] == "stopped":
        if p.returncode != 1:
            return f"exit status {p.returncode}, expected 1"
        line = last_line(err) or ""
        if not re.fullmatch("refscope: stopped: " + e["message"], line):
            return f"last stderr line {line!r}"
    else:
        if p.returncode != e["exit"]:
            return f"exit status {p.returncode}, expected {e['exit']} ({last_line(err)!r})"
        if not matches(e["last"], last_line(err)):
            return f"last stderr line {last_line(err)!r}, expected {e['last']!r}"
        if "first" in e and not err.startswith(e["first"]):
            return f"stderr starts {err[:60]!r}"
    if "stdout" in e and out.decode("utf-8", "replace") != e["stdout"]:
        return f"stdout {out[:200]!r}"
    if "stdout_len" in e and len(out) != e["stdout_len"]:
        return f"stdout has {len(out)} bytes, expected {e['stdout_len']}"
    return None


def check_trace(c, p, err):
    if p.returncode != 1:
        return f"exit status {p.returncode}, expected 1"
    message = c["expect"]["message"]
    if not re.fullmatch("refscope: stopped: " + message, last_line(err) or ""):
        return f"last stderr line {last_line(err)!r}"
    lines = p.stdout.decode("utf-8").rstrip("\n").split("\n")
    events = [json.loads(line) for line in lines]
    if c["expect"].get("empty"):
        # The program never started: the GC header, LIMIT and END only.
        kinds = {e["ev"] for e in events}
        if not kinds <= {"GC_CONFIG", "GC_COUNTS", "LIMIT", "END"}:
            return f"program events in the trace: {sorted(kinds)!r}"
    limits = [e for e in events if e["ev"] == "LIMIT"]
    if len(limits) != 1 or not re.fullmatch(message, limits[0]["message"]):
        return f"LIMIT events: {limits[:2]!r}"
    end = events[-1]
    if end["ev"] != "END" or end["status"] != "limit" or end["exit_code"] != 1:
        return f"last event {end!r}"
    return None


def write_sources(c, tmp):
    path = os.path.join(tmp, c["name"] + ".py")
    src = c["source"]
    if c["kind"] == "scaled":
        with open(path.replace(".py", "_small.py"), "w") as f:
            f.write(src.replace("{n}", str(c["expect"]["small"])))
        src = src.replace("{n}", str(c["expect"]["big"]))
    with open(path, "w") as f:
        f.write(src)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runner", default="build/refscope run")
    ap.add_argument("--only")
    ap.add_argument("--time-factor", type=float, default=1.0)
    ap.add_argument("--rss-factor", type=float, default=1.0)
    ap.add_argument("--table", action="store_true")
    args = ap.parse_args()
    cmd = shlex.split(args.runner)
    if not os.path.isabs(cmd[0]) and os.path.exists(os.path.join(ROOT, cmd[0])):
        cmd[0] = os.path.join(ROOT, cmd[0])
    trace_cmd = [a if a != "run" else "trace" for a in cmd]
    failed, ran, rows = 0, 0, []
    with tempfile.TemporaryDirectory() as tmp:
        for c in CASES:
            if args.only and args.only not in c["name"]:
                continue
            ran += 1
            path = write_sources(c, tmp)
            budget = c["budget"] * args.time_factor
            exe = trace_cmd if c["kind"] == "trace" else cmd
            p, took, rss = run(exe + c["args"], path, budget)
            why = "no result within %.0f s" % budget if p is None else check(c, p, path)
            bound = c["rss"] * args.rss_factor
            if not why and bound and rss > bound:
                why = f"peak RSS {rss / MB:.0f} MiB, bound {bound / MB:.0f} MiB"
            rows.append((c, took, rss, why))
            if why:
                failed += 1
                print(f"FAIL {c['name']}: {why}")
            else:
                print(f"ok   {c['name']} ({took:.2f} s, {rss / MB:.0f} MiB)")
    print(f"{ran - failed} passed, {failed} failed")
    if args.table:
        print_table(rows)
    return 1 if failed else 0


def print_table(rows):
    print("| case | kind | options | time (s) | peak RSS (MiB) | result |")
    print("|---|---|---|---|---|---|")
    for c, took, rss, why in rows:
        print(f"| {c['name']} | {c['kind']} | {' '.join(c['args'])} | "
              f"{took:.2f} | {rss / MB:.0f} | {why or 'ok'} |")

if __name__ == "__main__":
    sys.exit(main())
