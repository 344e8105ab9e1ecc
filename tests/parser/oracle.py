#!/usr/bin/env python3
"""What python3 (CPython 3.11) says about a source file: the oracle.

  oracle.py ast FILE      ast.dump(ast.parse(source), include_attributes=True)
  oracle.py error FILE    the SyntaxError fields when FILE is run as a script,
                          as JSON [kind, msg, lineno, offset, end_lineno,
                          end_offset, text], or OK
  oracle.py report FILE   the stderr of `python3 FILE` (for files that fail
                          to compile; FILE is not run otherwise)
Library use: ast_dump(path), error_fields(path), report(path).
The error fields come from running `python3 FILE` with a sys.excepthook
installed by a sitecustomize module, because a file run as a script is
tokenized differently from compile() on a string (offsets stay in bytes,
lines are re-read from the file).
"""
import ast
import json
import os
import subprocess
import sys
import tempfile
import warnings

HOOK = '''
import json, sys
def _hook(t, v, tb):
    if isinstance(v, SyntaxError):
        out = [t.__name__, v.msg, v.lineno, v.offset, v.end_lineno,
               v.end_offset, v.text]
        with open(%r, "w", encoding="utf-8") as f:
            json.dump(out, f)
    sys.__excepthook__(t, v, tb)
sys.excepthook = _hook
'''


def ast_dump(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
    except SyntaxError as e:
        return None, e
    return ast.dump(tree, include_attributes=True), None


def has_match_statement(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return False
    return any(isinstance(n, ast.Match) for n in ast.walk(tree))


def run_file(path):
    """Runs python3 PATH with the hook; returns (fields or None, stderr)."""
    with tempfile.TemporaryDirectory() as tmp:
        result = os.path.join(tmp, "error.json")
        with open(os.path.join(tmp, "sitecustomize.py"), "w") as f:
            f.write(HOOK % result)
        env = dict(os.environ, PYTHONPATH=tmp, PYTHONIOENCODING="utf-8")
        env.pop("PYTHONSTARTUP", None)
        proc = subprocess.run([sys.executable, path], capture_output=True,
                              env=env, stdin=subprocess.DEVNULL, timeout=60)
        fields = None
        if os.path.exists(result):
            with open(result, encoding="utf-8") as f:
                fields = json.load(f)
        return fields, proc.stderr.decode("utf-8", "replace")


def error_fields(path):
    return run_file(path)[0]


def report(path):
    return run_file(path)[1]


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "ast":
        dump, err = ast_dump(path)
        print(dump if dump is not None else "SyntaxError: %s" % err)
    elif mode == "error":
        fields = error_fields(path)
        print(json.dumps(fields, ensure_ascii=False) if fields else "OK")
    elif mode == "report":
        sys.stdout.write(report(path))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
