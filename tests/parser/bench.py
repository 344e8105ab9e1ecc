#!/usr/bin/env python3
"""Parse speed: generates large source files and times parse_tool on them.

  bench.py [--tool PATH] [--mb N]
Files (written to build/): a program made of many ordinary functions and
classes; one 10 MB line holding a list literal; one 10 MB string literal.
Each is also checked against python3's AST (by size of the dump only, to
keep the check cheap) before timing. Prints MB/s for each.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")

CHUNK = '''
def function_{n}(a, b=2, *args, key=None, **kwargs):
    """Docstring number {n}."""
    total = a + b * 3 - (a // 2) ** 2
    items = [x * x for x in range(10) if x % 2 == 0]
    mapping = {{"k{n}": total, "items": items, "nested": {{"a": [1, 2, (3, 4)]}}}}
    if total > 10 and not key:
        for i, item in enumerate(items):
            total += item if i else -item
    elif key is not None:
        while total < 100:
            total <<= 1
    else:
        try:
            total = mapping["k{n}"] / len(items)
        except (KeyError, ZeroDivisionError) as exc:
            raise ValueError(f"bad {{exc!r}} in {n}") from exc
        finally:
            pass
    return lambda y, z=total: (y, z, args, kwargs)


class Class_{n}(Base, metaclass=Meta):
    attr: int = {n}

    @property
    def value(self):
        return self.attr + sum(v for v in range(3))
'''


def write(path, text):
    with open(path, "w") as f:
        f.write(text)
    return len(text.encode())


def make_files(mb):
    size = mb * 1_000_000
    files = []
    parts, total, n = [], 0, 0
    while total < size:
        chunk = CHUNK.format(n=n)
        parts.append(chunk)
        total += len(chunk)
        n += 1
    path = os.path.join(BUILD, "bench_program.py")
    files.append((path, write(path, "".join(parts))))
    items = ", ".join(str(i) for i in range(size // 8))
    path = os.path.join(BUILD, "bench_long_line.py")
    files.append((path, write(path, "x = [" + items + "]\n")))
    path = os.path.join(BUILD, "bench_long_string.py")
    files.append((path, write(path, "s = '" + "abc " * (size // 4) + "'\n")))
    return files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=os.path.join(BUILD, "parse_tool"))
    ap.add_argument("--mb", type=int, default=10)
    args = ap.parse_args()
    os.makedirs(BUILD, exist_ok=True)
    ok = True
    for path, size in make_files(args.mb):
        out = subprocess.run([args.tool, "bench", path, "3"], capture_output=True,
                             text=True)
        print("%-22s %5.1f MB: %s" % (os.path.basename(path), size / 1e6,
                                      (out.stdout or out.stderr).strip()))
        ok = ok and out.returncode == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
