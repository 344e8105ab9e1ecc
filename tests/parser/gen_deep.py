#!/usr/bin/env python3
"""Writes hostile deeply nested programs to build/deep/ for compare_errors.py.

Each must end in exactly python3's error: "too many nested parentheses"
(SyntaxError), MemoryError (the parser's nesting limit) or RecursionError
(the symbol table's), and never crash the C stack (run them with the
sanitizer build too). Usage: gen_deep.py [DIR]
"""
import os
import sys

N = 100_000
CASES = {
    "unary_minus": "x = " + "-" * N + "1\n",
    "unary_minus_parser_ok": "x = " + "-" * 4000 + "1\n",
    "not": "x = " + "not " * N + "1\n",
    "lambda": "x = " + "lambda: " * N + "1\n",
    "parens": "x = " + "(" * N + "1" + ")" * N + "\n",
    "brackets": "x = " + "[" * N + "]" * N + "\n",
    "braces": "x = " + "{" * N + "}" * N + "\n",
    "lists_200": "x = " + "[" * 200 + "]" * 200 + "\n",
    "lists_201": "x = " + "[" * 201 + "]" * 201 + "\n",
    "power": "x = " + "**".join(["2"] * N) + "\n",
    "ifexp": "x = " + "a if b else " * N + "1\n",
    "attributes": "x = a" + ".b" * N + "\n",
    "calls": "x = a" + "()" * N + "\n",
    "subscripts": "x = a" + "[0]" * N + "\n",
    "sum": "x = " + "+".join(["1"] * N) + "\n",
    "sum_names": "x = " + "+".join(["a"] * 3000) + "\n",
    "await": "x = " + "await " * N + "1\n",
    "star": "x = " + "*" * N + "a\n",
    "fstring_nested_parens": "x = f'{" + "(" * 300 + "1" + ")" * 300 + "}'\n",
    "indent_100": "".join(" " * i + "if x:\n" for i in range(100)) + " " * 100 + "pass\n",
    "dict_values": "x = " + "{1: " * 150 + "1" + "}" * 150 + "\n",
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "build", "deep")
    os.makedirs(out, exist_ok=True)
    for name, src in CASES.items():
        with open(os.path.join(out, name + ".py"), "w") as f:
            f.write(src)
    print(out)


if __name__ == "__main__":
    main()
