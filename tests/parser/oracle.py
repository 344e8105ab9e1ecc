#!/usr/bin/env python3
"""What python3 (CPython 3.11) says about a source file: the oracle.

  oracle.py ast FILE      ast.dump(ast.parse(source), include_attributes=True)
  oracle.py error FILE    the SyntaxError fields when FILE is run as a script,
                          as JSON [kind, msg, lineno, offset, end_lineno,
                          end_offset, text], or OK
  oracle.py report FILE   the stderr of `python3 FILE` (for files that fail
                          to compile; FILE is not run otherwise)
  oracle.py symtable FILE the scopes of the `symtable` module with the names
                          of their compiled code objects, as JSON
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
import symtable
import sys
import tempfile
import types
import warnings

HOOK = '''
import json, sys
def _hook(t, v, tb):
    out = None
    if isinstance(v, SyntaxError):
        out = [t.__name__, v.msg, v.lineno, v.offset, v.end_lineno,
               v.end_offset, v.text]
    elif isinstance(v, (MemoryError, RecursionError)) and tb is None:
        out = [t.__name__, str(v), None, None, None, None, None]
    if out is not None:
        with open(%r, "w", encoding="utf-8") as f:
            json.dump(out, f)
    sys.__excepthook__(t, v, tb)
sys.excepthook = _hook
'''


def parse(path):
    """ast.parse of the file's bytes, without printing SyntaxWarnings."""
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(source)


def ast_dump(path):
    try:
        tree = parse(path)
    except SyntaxError as e:
        return None, e
    return ast.dump(tree, include_attributes=True), None


CODE_FLAGS = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200


def code_objects(code):
    """All code objects in compile order (depth first through co_consts)."""
    out = [code]
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            out.extend(code_objects(c))
    return out


COMPREHENSIONS = ("listcomp", "setcomp", "dictcomp", "genexpr")


def qualname(table, parent_qual, parent):
    """compile.c's compiler_set_qualname for the code of a symtable scope."""
    name = table.get_name()
    own = name in COMPREHENSIONS or name == "lambda"
    if own:
        name = "<%s>" % name
    if parent is None or parent.get_type() == "module":
        return name
    if not own:
        mangled = name
        if parent.get_type() == "class" and name.startswith("__") and \
                not name.endswith("__") and parent.get_name().strip("_"):
            mangled = "_" + parent.get_name().lstrip("_") + name
        try:
            if parent.lookup(mangled).is_declared_global():
                return name
        except KeyError:
            pass
    if parent.get_type() == "function" and \
            parent.get_name() not in COMPREHENSIONS:
        return parent_qual + ".<locals>." + name
    return parent_qual + "." + name


def pick_code(table, candidates):
    """The code object compiled for [table] among same-named [candidates]:
    on its line, and with the same local names (two comprehensions on one
    line are told apart by what they bind)."""
    same_line = [c for c in candidates
                 if c.co_firstlineno == table.get_lineno()] or candidates
    local = set()
    for sym in table.get_symbols():
        if sym.is_parameter() or (sym._Symbol__flags >> 11) & 7 == 1:
            local.add(sym.get_name())
    best = [c for c in same_line
            if set(c.co_varnames) <= local | set(c.co_cellvars)]
    # No code object: the scope sits in unreachable code, which 3.11 drops.
    code = (best or [None])[0] if table.get_type() == "function" else \
        (same_line or [None])[0]
    if code is not None:
        candidates.remove(code)
    return code


def scope_json(table, codes, parent=None, parent_qual=""):
    qual = "" if parent is None else qualname(table, parent_qual, parent)
    syms = sorted((s.get_name(), s._Symbol__flags) for s in table.get_symbols())
    out = {"type": table.get_type(), "name": table.get_name(),
           "lineno": table.get_lineno(), "symbols": [list(s) for s in syms]}
    key = "<module>" if parent is None else qual
    code = pick_code(table, codes.get(key, []))
    is_func = table.get_type() == "function"
    out["varnames"] = (list(code.co_varnames) if is_func else []) \
        if code else None
    out["cellvars"] = list(code.co_cellvars) if code else None
    out["freevars"] = list(code.co_freevars) if code else None
    out["argcount"] = code.co_argcount if code else None
    out["posonlyargcount"] = code.co_posonlyargcount if code else None
    out["kwonlyargcount"] = code.co_kwonlyargcount if code else None
    out["flags"] = (code.co_flags & CODE_FLAGS if is_func else 0) if code else None
    out["children"] = [scope_json(c, codes, table, qual)
                       for c in table.get_children()]
    return out


def symtable_dump(path):
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        top = symtable.symtable(source.decode("utf-8-sig"), path, "exec")
        module = compile(source, path, "exec", dont_inherit=True)
    codes = {}
    for code in sorted(code_objects(module), key=lambda c: c.co_firstlineno):
        codes.setdefault(code.co_qualname, []).append(code)
    return scope_json(top, codes)


def has_match_statement(path):
    try:
        tree = parse(path)
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
    elif mode == "symtable":
        print(json.dumps(symtable_dump(path)))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
