"""Random small Python programs for python3-differential fuzzing of the
whole interpreter (fuzz_programs.py runs them). Each program assigns
variables of the common built-in types, computes with them through
operators, built-ins, methods, comprehensions, functions, classes and
generators, and prints what it gets, or the exception it gets. The output
is deterministic under python3 (no addresses, no sets of strings).
Types are tracked loosely, so most operations are well typed and some are
not (for the error messages). progfuzz_templates.py adds fragments for
calls, closures, generators, classes, exceptions and containers;
progfuzz_templates_oop.py for the object model and evaluation order.
"""
import progfuzz_templates
import progfuzz_templates_oop

INT_LITS = ["0", "1", "2", "3", "7", "-1", "-5", "10", "255", "256", "-257",
            "2**31", "2**63 - 1", "-2**64", "10**20", "12345678901234567890",
            "0x1F", "0o17", "0b101", "1_000", "True", "False"]
FLOAT_LITS = ["0.0", "-0.0", "1.5", "0.1", "2.5", "-3.75", "1e16", "1e-7",
              "3.141592653589793", "float('inf')", "float('-inf')",
              "float('nan')", "1e308", "123456.789", "0.5", "7.0"]
STR_LITS = ["''", "'a'", "'abc'", "'Hello World'", "'  pad  '", "'a,b,,c'",
            "'x' * 3", "'12'", "'-7'", "'3.5'", "'\\n\\t'", "'é€'",
            "'MiXeD'", "'a b c'", "\"it's\"", "'\\\\'", "'ß'", "'title case'"]
BYTES_LITS = ["b''", "b'abc'", "b'\\x00\\xff'", "b'A B'", "b'xyz' * 2"]
NAMES = ["a", "b", "c", "d", "n", "m", "s", "t", "u", "xs", "ys", "dd", "pp"]
TYPES = ["int", "int", "int", "float", "bool", "str", "str", "list", "list",
         "tuple", "dict", "none", "bytes", "set"]
EXCS = ["ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError",
        "ZeroDivisionError", "AttributeError", "LookupError", "ArithmeticError",
        "Exception", "StopIteration", "NameError", "AssertionError"]


ALL_TEMPLATES = (progfuzz_templates.TEMPLATES +
                 progfuzz_templates_oop.TEMPLATES)


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.vars = {}  # name -> type (a guess)
        self.funcs = []  # (name, number of required params)
        self.classes = []
        self.depth = 0
        self.counter = 0

    # ---- helpers ---------------------------------------------------------

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def fresh(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def var_of(self, ty):
        names = [n for n, t in self.vars.items() if t == ty]
        return self.pick(names) if names else None

    # ---- expressions -----------------------------------------------------

    def expr(self, ty=None, d=0):
        """An expression that is (most likely) of type [ty]."""
        if ty is None:
            ty = self.pick(TYPES)
        if self.chance(0.08):  # deliberately any type
            ty = self.pick(TYPES)
        if d > 3 or self.chance(0.25):
            return self.atom(ty)
        v = self.var_of(ty)
        if v and self.chance(0.3):
            return v
        return getattr(self, "e_" + ty)(d + 1)

    def atom(self, ty):
        v = self.var_of(ty)
        if v and self.chance(0.5):
            return v
        return {
            "int": lambda: self.pick(INT_LITS),
            "float": lambda: self.pick(FLOAT_LITS),
            "bool": lambda: self.pick(["True", "False"]),
            "str": lambda: self.pick(STR_LITS),
            "bytes": lambda: self.pick(BYTES_LITS),
            "none": lambda: "None",
            "list": lambda: "[%s]" % ", ".join(
                self.pick(INT_LITS[:12]) for _ in range(self.r.randint(0, 4))),
            "tuple": lambda: self.pick(["()", "(1,)", "(1, 2, 3)",
                                        "('a', 2)", "(0.5, -1)"]),
            "dict": lambda: self.pick(["{}", "{'a': 1}", "{1: 'x', 2: 'y'}",
                                       "{'k': [1, 2], 'v': None}"]),
            "set": lambda: self.pick(["set()", "{1, 2, 3}", "{0}",
                                      "{-1, 5, 2**40}"]),
        }[ty]()

    def small_int(self):
        return self.pick(["0", "1", "2", "3", "-1", "-2", "5"])

    def e_int(self, d):
        x = lambda t="int": self.expr(t, d)  # noqa: E731
        ops = [
            lambda: "(%s %s %s)" % (x(), self.pick(["+", "-", "*", "//", "%",
                                                    "&", "|", "^"]), x()),
            lambda: "(%s ** %s)" % (x(), self.pick(["0", "1", "2", "3", "-1"])),
            lambda: "(%s %s %s)" % (x(), self.pick(["<<", ">>"]),
                                    self.pick(["0", "1", "3", "65", "-1"])),
            lambda: "(%s%s)" % (self.pick(["-", "+", "~"]), x()),
            lambda: "len(%s)" % x(self.pick(["str", "list", "tuple", "dict",
                                             "bytes", "set"])),
            lambda: "abs(%s)" % x(),
            lambda: "int(%s)" % x(self.pick(["float", "str", "bool", "int"])),
            lambda: "int(%s, %s)" % (self.pick(["'ff'", "'0x1f'", "'z'",
                                                "'101'", "' 7 '", "'1_0'"]),
                                     self.pick(["16", "0", "2", "36", "37"])),
            lambda: "round(%s)" % x("float"),
            lambda: "%s(%s, %s)" % (self.pick(["min", "max"]), x(), x()),
            lambda: "sum(%s)" % x("list"),
            lambda: "(%s).count(%s)" % (x("list"), x()),
            lambda: "(%s).find(%s)" % (x("str"), x("str")),
            lambda: "(%s).index(%s)" % (x("str"), x("str")),
            lambda: "ord(%s)" % x("str"),
            lambda: "divmod(%s, %s)[%s]" % (x(), x(), self.pick(["0", "1"])),
            lambda: "hash(%s)" % x(self.pick(["int", "float", "bool",
                                              "tuple"])),
            lambda: "(%s)[%s]" % (x("list"), self.small_int()),
            lambda: "(%s).get(%s, %s)" % (x("dict"), x("str"), x()),
            lambda: "(%s if %s else %s)" % (x(), x("bool"), x()),
            lambda: "pow(%s, %s, %s)" % (x(), self.pick(["2", "3", "-1"]),
                                         self.pick(["7", "10", "0", "-3"])),
            lambda: "(%s).bit_length()" % x(),
            lambda: "int.from_bytes(%s, %s)" % (x("bytes"),
                                                self.pick(["'big'",
                                                           "'little'"])),
            lambda: "(%s := %s)" % (self.walrus_target("int"), x()),
            lambda: "sum(i * i for i in range(%s))" % self.pick(["5", "0",
                                                                 "-2"]),
            lambda: "(%s)[%s]" % (x("bytes"), self.small_int()),
        ]
        return self.pick(ops)()

    def walrus_target(self, ty):
        name = self.pick(NAMES)
        self.vars[name] = ty
        return name

    def e_float(self, d):
        x = lambda t="float": self.expr(t, d)  # noqa: E731
        ops = [
            lambda: "(%s %s %s)" % (x(), self.pick(["+", "-", "*", "/", "//",
                                                    "%"]), x()),
            lambda: "(%s / %s)" % (self.expr("int", d), self.expr("int", d)),
            lambda: "(%s ** %s)" % (x(), self.pick(["0.5", "2", "-1", "0"])),
            lambda: "float(%s)" % self.expr(self.pick(["int", "str"]), d),
            lambda: "round(%s, %s)" % (x(), self.pick(["0", "1", "2", "-1"])),
            lambda: "abs(%s)" % x(),
            lambda: "(-%s)" % x(),
            lambda: "%s(%s, %s)" % (self.pick(["min", "max"]), x(),
                                    self.expr("int", d)),
            lambda: "(%s + %s)" % (x(), self.expr("int", d)),
            lambda: "(%s).real" % x(),
            lambda: "(%s if %s else %s)" % (x(), self.expr("bool", d), x()),
        ]
        return self.pick(ops)()

    def e_bool(self, d):
        x = self.expr
        ty = self.pick(["int", "float", "str", "list", "tuple"])
        ops = [
            lambda: "(%s %s %s)" % (x(ty, d), self.pick(["<", "<=", ">", ">=",
                                                         "==", "!="]),
                                    x(ty, d)),
            lambda: "(%s < %s <= %s)" % (x("int", d), x("int", d),
                                         x("int", d)),
            lambda: "(not %s)" % x(None, d),
            lambda: "bool(%s)" % x(None, d),
            lambda: "(%s %s %s)" % (x("bool", d), self.pick(["and", "or"]),
                                    x("bool", d)),
            lambda: "(%s in %s)" % (x("int", d), x(self.pick(["list", "tuple",
                                                              "set", "dict"]),
                                                   d)),
            lambda: "(%s in %s)" % (x("str", d), x("str", d)),
            lambda: "isinstance(%s, %s)" % (x(None, d), self.pick(
                ["int", "str", "(int, float)", "bool", "list", "object"])),
            lambda: "(%s is None)" % x(None, d),
            lambda: "(%s).%s(%s)" % (x("str", d), self.pick(["startswith",
                                                           "endswith"]),
                                   x("str", d)),
            lambda: "(%s).%s()" % (x("str", d), self.pick(
                ["isdigit", "isalpha", "isupper", "islower", "isspace",
                 "isidentifier", "isalnum", "istitle"])),
            lambda: "%s(%s)" % (self.pick(["any", "all"]), x("list", d)),
            lambda: "callable(%s)" % x(None, d),
            lambda: "(%s == %s)" % (x(None, d), x(None, d)),
            lambda: "(%s).is_integer()" % x("float", d),
        ]
        return self.pick(ops)()

    def e_str(self, d):
        x = lambda t="str": self.expr(t, d)  # noqa: E731
        ops = [
            lambda: "(%s + %s)" % (x(), x()),
            lambda: "(%s * %s)" % (x(), self.small_int()),
            lambda: "(%s)[%s]" % (x(), self.slice_or_index()),
            lambda: "str(%s)" % x(self.pick(TYPES)),
            lambda: "repr(%s)" % x(self.pick(TYPES)),
            lambda: "ascii(%s)" % x(),
            lambda: "(%s).%s()" % (x(), self.pick(
                ["upper", "lower", "strip", "lstrip", "rstrip", "title",
                 "capitalize", "swapcase", "casefold"])),
            lambda: "(%s).replace(%s, %s)" % (x(), x(), x()),
            lambda: "(%s).join(%s)" % (x(), self.pick(
                ["['a', 'b']", "('x',)", "[]", "map(str, %s)" % self.expr(
                    "list", d), "(%s).split()" % x()])),
            lambda: "(%s).%s(%s)" % (x(), self.pick(["center", "ljust", "rjust",
                                                   "zfill"]),
                                   self.pick(["0", "5", "9", "-1"])),
            lambda: "chr(%s)" % self.pick(["65", "955", "8364", "0x1F600",
                                           "-1", "0x110000"]),
            lambda: "f'%s'" % self.fstring_body(d),
            lambda: "(%s).format(%s)" % (self.pick(["'{}-{}'", "'{0}{0}'",
                                                  "'{:>4}'", "'{!r}'",
                                                  "'{x}'"]),
                                       ", ".join(x(self.pick(TYPES))
                                                 for _ in range(2))),
            lambda: "(%s %% %s)" % (self.pick(["'%d'", "'%s|%r'", "'%5.2f'",
                                               "'%x'", "'%%'"]),
                                    x(self.pick(["int", "float", "tuple",
                                                 "str"]))),
            lambda: "hex(%s)" % self.expr("int", d),
            lambda: "bin(%s)" % self.expr("int", d),
            lambda: "type(%s).__name__" % x(self.pick(TYPES)),
            lambda: "(%s).decode()" % self.expr("bytes", d),
            lambda: "(%s if %s else %s)" % (x(), self.expr("bool", d), x()),
        ]
        return self.pick(ops)()

    def fstring_body(self, d):
        parts = []
        for _ in range(self.r.randint(1, 3)):
            if self.chance(0.4):
                parts.append(self.pick(["x", "=", " ", "{{", "}}", "ab"]))
            else:
                e = self.expr(self.pick(["int", "float", "str"]), d + 1)
                bad = "\\" in e or "{" in e or '"' in e  # not in 3.11
                e = e.replace("'", '"')
                if bad:
                    e = self.pick(["1", "2.5", '"s"'])
                spec = self.pick(["", "", "!r", ":>5", ":.2f", ":05d", ":x",
                                  ":,", ":^7", "=", "!s:<3"])
                parts.append("{%s%s}" % (e, spec))
        return "".join(parts)

    def slice_or_index(self):
        n = lambda: self.pick(["", "0", "1", "-1", "2", "-3", "10"])  # noqa
        if self.chance(0.4):
            return self.pick(["0", "1", "-1", "3", "-10"])
        if self.chance(0.3):
            return "%s:%s:%s" % (n(), n(), self.pick(["-1", "2", "-2", "3"]))
        return "%s:%s" % (n(), n())

    def e_list(self, d):
        x = lambda t="list": self.expr(t, d)  # noqa: E731
        it = lambda: self.expr(self.pick(["list", "str", "tuple", "dict",  # noqa
                                          "set", "bytes"]), d)
        ops = [
            lambda: "[%s]" % ", ".join(self.expr(None, d)
                                       for _ in range(self.r.randint(0, 3))),
            lambda: "(%s + %s)" % (x(), x()),
            lambda: "(%s * %s)" % (x(), self.small_int()),
            lambda: "(%s)[%s]" % (x(), self.slice_or_index()),
            lambda: "list(%s)" % it(),
            lambda: "sorted(%s)" % self.pick(
                [x(), it(), "%s, reverse=True" % x(),
                 "%s, key=lambda v: -v" % x()]),
            lambda: "list(range(%s))" % ", ".join(
                self.small_int() for _ in range(self.r.randint(1, 3))),
            lambda: "[%s for %s in %s%s]" % self.comp(d),
            lambda: "list(map(lambda v: v * 2, %s))" % it(),
            lambda: "list(filter(None, %s))" % it(),
            lambda: "list(zip(%s, %s))" % (it(), it()),
            lambda: "list(enumerate(%s))" % it(),
            lambda: "list(reversed(%s))" % x(),
            lambda: "(%s).split(%s)" % (self.expr("str", d), self.pick(
                ["", "','", "' '", "'b'", "None, 1", "''"])),
            lambda: "[*%s, *%s]" % (it(), it()),
            lambda: "list(%s.items())" % self.expr("dict", d),
            lambda: "[%s, *%s]" % (self.expr(None, d), it()),
        ]
        return self.pick(ops)()

    def comp(self, d):
        v = self.pick(["i", "j", "k", "ch"])
        src = self.expr(self.pick(["list", "str", "tuple", "set"]), d)
        body = self.pick([v, "%s * 2" % v, "(%s, %s)" % (v, v), "str(%s)" % v,
                          "%s + 1" % v, "[%s]" % v])
        cond = self.pick(["", "", " if %s" % v, " if %s != 2" % v,
                          " for w in range(2)"])
        return body, v, src, cond

    def e_tuple(self, d):
        x = self.expr
        ops = [
            lambda: "(%s,)" % x(None, d),
            lambda: "(%s, %s)" % (x(None, d), x(None, d)),
            lambda: "tuple(%s)" % x(self.pick(["list", "str", "dict"]), d),
            lambda: "divmod(%s, %s)" % (x(self.pick(["int", "float"]), d),
                                        x(self.pick(["int", "float"]), d)),
            lambda: "(%s)[%s]" % (x("tuple", d), self.slice_or_index()),
            lambda: "(%s + %s)" % (x("tuple", d), x("tuple", d)),
            lambda: "(%s).partition(%s)" % (x("str", d), x("str", d)),
            lambda: "tuple(sorted(%s))" % x("set", d),
            lambda: "(%s).as_integer_ratio()" % x(self.pick(["int", "float"]),
                                                d),
        ]
        return self.pick(ops)()

    def e_dict(self, d):
        x = self.expr
        ops = [
            lambda: "{%s: %s}" % (x("str", d), x(None, d)),
            lambda: "{k: v for k, v in zip(%s, %s)}" % (x("str", d),
                                                         x("list", d)),
            lambda: "dict(%s)" % self.pick(["a=1, b=2", "[(1, 2), (3, 4)]",
                                            x("dict", d), "zip('ab', 'cd')"]),
            lambda: "{**%s, **%s}" % (x("dict", d), x("dict", d)),
            lambda: "(%s | %s)" % (x("dict", d), x("dict", d)),
            lambda: "dict.fromkeys(%s, %s)" % (x("str", d), x("int", d)),
            lambda: "{i: i * i for i in range(%s)}" % self.small_int(),
        ]
        return self.pick(ops)()

    def e_set(self, d):
        x = self.expr
        ops = [
            lambda: "set(%s)" % x("list", d),
            lambda: "(%s %s %s)" % (x("set", d), self.pick(["|", "&", "-",
                                                            "^"]),
                                    x("set", d)),
            lambda: "{i %% 4 for i in %s}" % x("list", d),
            lambda: "{%s, %s}" % (x("int", d), x("int", d)),
        ]
        return self.pick(ops)()

    def e_bytes(self, d):
        x = self.expr
        ops = [
            lambda: "(%s + %s)" % (x("bytes", d), x("bytes", d)),
            lambda: "(%s)[%s]" % (x("bytes", d), self.slice_or_index()),
            lambda: "(%s).encode(%s)" % (x("str", d), self.pick(
                ["", "'utf-8'", "'ascii'", "'latin-1'"])),
            lambda: "bytes(%s)" % self.pick(["3", "[65, 66]", "[256]", "-1",
                                             x("list", d)]),
            lambda: "(%s).%s()" % (x("bytes", d), self.pick(["upper", "strip",
                                                           "lower"])),
        ]
        return self.pick(ops)()

    def e_none(self, d):
        return self.pick(["None", "print(%s)" % self.expr(None, d),
                          "(%s).sort()" % self.expr("list", d)])

    # ---- statements --------------------------------------------------------

    def show(self, e, ind):
        return "%sprint(%s)\n" % (ind, e)

    def stmt(self, ind):
        self.depth += 1
        kinds = [(self.s_assign, 6), (self.s_print, 8), (self.s_aug, 3),
                 (self.s_mutate, 3), (self.s_unpack, 1), (self.s_del, 1)]
        if self.depth < 3:
            kinds += [(self.s_if, 2), (self.s_for, 2), (self.s_while, 1),
                      (self.s_try, 2), (self.s_raise, 1)]
        f = self.r.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
        out = f(ind)
        self.depth -= 1
        return out

    def block(self, ind, n=None):
        n = n or self.r.randint(1, 3)
        return "".join(self.stmt(ind) for _ in range(n))

    def s_assign(self, ind):
        ty = self.pick(TYPES)
        e = self.expr(ty)
        name = self.pick(NAMES)
        self.vars[name] = ty
        return "%s%s = %s\n" % (ind, name, e)

    def s_print(self, ind):
        e = self.expr()
        if self.chance(0.2):
            return "%sprint(%s, %s, sep=%s)\n" % (ind, e, self.expr(),
                                                   self.pick(["''", "', '"]))
        return self.show(e, ind)

    def s_aug(self, ind):
        ty = self.pick(["int", "str", "list", "float"])
        name = self.var_of(ty) or self.pick(NAMES)
        op = self.pick(["+=", "-=", "*=", "//=", "%=", "|=", "&=", "<<=",
                        "**="])
        if op == "**=":
            rhs = self.pick(["2", "0", "-1"])
        elif op == "<<=":
            rhs = self.pick(["1", "2", "70"])
        else:
            rhs = self.expr(ty)
        return "%s%s %s %s\n" % (ind, name, op, rhs)

    def s_mutate(self, ind):
        lst = self.var_of("list") or "xs"
        dct = self.var_of("dict") or "dd"
        ops = [
            "(%s).append(%s)" % (lst, self.expr()),
            "(%s).extend(%s)" % (lst, self.expr("list")),
            "(%s).insert(%s, %s)" % (lst, self.small_int(), self.expr()),
            "print(%s.pop())" % lst,
            "(%s).remove(%s)" % (lst, self.expr("int")),
            "(%s).reverse()" % lst,
            "(%s).sort()" % lst,
            "(%s)[%s] = %s" % (lst, self.slice_or_index(), self.expr("list")),
            "(%s)[%s] = %s" % (lst, self.small_int(), self.expr()),
            "del %s[%s]" % (lst, self.slice_or_index()),
            "(%s)[%s] = %s" % (dct, self.expr("str"), self.expr()),
            "print(%s.pop(%s, None))" % (dct, self.expr("str")),
            "print(%s.setdefault(%s, %s))" % (dct, self.expr("str"),
                                             self.expr()),
            "(%s).update(%s)" % (dct, self.expr("dict")),
            "del %s[%s]" % (dct, self.expr("str")),
            "print(%s.index(%s))" % (lst, self.expr()),
        ]
        return "%s%s\n" % (ind, self.pick(ops))

    def s_unpack(self, ind):
        a, b = self.pick(NAMES), self.pick(NAMES)
        self.vars[a] = "int"
        self.vars[b] = "list"
        form = self.pick(["%s, *%s = %s", "*%s, %s = %s", "%s, %s = %s"])
        return "%s%s\n%sprint(%s, %s)\n" % (
            ind, form % (a, b, self.expr("list")), ind, a, b)

    def s_del(self, ind):
        name = self.pick(NAMES)
        self.vars.pop(name, None)
        return "%sdel %s\n" % (ind, name)

    def s_if(self, ind):
        out = "%sif %s:\n%s" % (ind, self.expr("bool"), self.block(ind + "    "))
        if self.chance(0.4):
            out += "%selif %s:\n%s" % (ind, self.expr(), self.block(ind + "    "))
        if self.chance(0.5):
            out += "%selse:\n%s" % (ind, self.block(ind + "    "))
        return out

    def s_for(self, ind):
        v = self.pick(["i", "ch", "item"])
        self.vars[v] = "int"
        src = self.expr(self.pick(["list", "str", "tuple", "dict", "set"]))
        body = self.block(ind + "    ")
        if self.chance(0.3):
            body += "%s    if %s:\n%s        %s\n" % (
                ind, self.expr("bool"), ind, self.pick(["break", "continue"]))
        out = "%sfor %s in %s:\n%s" % (ind, v, src, body)
        if self.chance(0.3):
            out += "%selse:\n%s    print('no break')\n" % (ind, ind)
        return out

    def s_while(self, ind):
        c = self.fresh("w")
        return ("%s%s = 0\n%swhile %s < %s:\n%s    %s += 1\n%s" % (
            ind, c, ind, c, self.pick(["3", "5", "0"]), ind, c,
            self.block(ind + "    ")))

    def s_try(self, ind):
        out = "%stry:\n%s" % (ind, self.block(ind + "    "))
        exc = self.pick(EXCS)
        out += "%sexcept %s as e:\n%s    print('caught', type(e).__name__, " \
               "e.args)\n" % (ind, exc, ind)
        if self.chance(0.3):
            out += "%selse:\n%s" % (ind, self.block(ind + "    "))
        if self.chance(0.3):
            out += "%sfinally:\n%s    print('finally')\n" % (ind, ind)
        return out

    def s_raise(self, ind):
        return "%sraise %s(%s)\n" % (ind, self.pick(EXCS), self.pick(
            ["", "'msg'", self.expr("int"), "1, 2"]))

    # ---- definitions ---------------------------------------------------------

    def d_function(self):
        name = self.fresh("f")
        params = self.pick(["x", "x, y=2", "*args", "x, *rest, k=None",
                            "x, /, y=0", "**kw", "x, y"])
        nreq = {"x": 1, "x, y=2": 1, "*args": 0, "x, *rest, k=None": 1,
                "x, /, y=0": 1, "**kw": 0, "x, y": 2}[params]
        saved = dict(self.vars)
        for p in ("x", "y"):
            if p in params:
                self.vars[p] = "int"
        body = self.block("    ", self.r.randint(1, 3))
        ret = self.pick(["x", "args", "rest", "kw", "y"])
        ret = ret if ret in params else self.expr()
        self.vars = saved
        self.funcs.append((name, nreq))
        return "def %s(%s):\n%s    return %s\n" % (name, params, body, ret)

    def d_generator(self):
        name = self.fresh("g")
        self.funcs.append((name, 1))
        return ("def %s(n):\n    for i in range(n):\n        yield %s\n"
                "    return 'end'\n" % (name, self.pick(
                    ["i", "i * i", "str(i)", "(i, n)", "n - i"])))

    def d_class(self):
        name = self.fresh("C")
        base = self.pick(["", "(object)", "(Exception)"] +
                         ["(%s)" % c for c in self.classes])
        self.classes.append(name)
        methods = [
            "    def __init__(self, v=0):\n        self.v = v\n",
            "    def __repr__(self):\n        return '%s(%%r)' %% (self.v,)\n"
            % name,
        ]
        extra = [
            "    def __eq__(self, o):\n        return isinstance(o, %s) and "
            "self.v == o.v\n" % name,
            "    def __lt__(self, o):\n        return self.v < o.v\n",
            "    def __add__(self, o):\n        return %s(self.v + o)\n" % name,
            "    def __len__(self):\n        return abs(self.v)\n",
            "    def __bool__(self):\n        return self.v > 0\n",
            "    def __iter__(self):\n        return iter(range(self.v))\n",
            "    def __getitem__(self, i):\n        return self.v * i\n",
            "    def __contains__(self, x):\n        return x == self.v\n",
            "    @property\n    def double(self):\n        return self.v * 2\n",
            "    def get(self):\n        return super().__repr__() if False "
            "else self.v\n",
            "    @staticmethod\n    def st(x):\n        return x + 1\n",
            "    @classmethod\n    def make(cls, v):\n        return cls(v)\n",
            "    __hash__ = None\n",
            "    def __call__(self, *a):\n        return (self.v, a)\n",
        ]
        methods += self.r.sample(extra, self.r.randint(1, 5))
        return "class %s%s:\n%s" % (name, base, "".join(methods))

    def use_definitions(self):
        out = []
        for name, nreq in self.funcs:
            if name.startswith("g"):
                out.append("print(list(%s(%s)))" % (name, self.pick(
                    ["0", "3", "-1"])))
                out.append("it = %s(2)\nprint(next(it), next(it), next(it, "
                           "'stop'))" % name)
                continue
            args = [self.expr("int") for _ in range(nreq)]
            if self.chance(0.2):
                args.append(self.expr())
            if self.chance(0.2):
                args.append("%s=%s" % (self.pick(["k", "y", "z"]),
                                       self.expr()))
            out.append("print(%s(%s))" % (name, ", ".join(args)))
        for c in self.classes:
            v = self.expr("int")
            out.append("o = %s(%s)" % (c, v))
            out.append(self.pick([
                "print(o, repr(o), str(o))", "print(o == %s(%s))" % (c, v),
                "print(o < %s(1))" % c, "print(o + 1)", "print(len(o))",
                "print(bool(o), list(o))", "print(o[3], 2 in o)",
                "print(o.double)", "print(o.get())", "print(o.st(4))",
                "print(%s.make(3))" % c, "print(hash(o) == hash(o))",
                "print(o(1, 2))", "print(sorted([%s(2), o]))" % c,
                "print(type(o).__name__, %s.__mro__[1].__name__)" % c]))
        return [s + "\n" for s in out]

    # ---- programs ----------------------------------------------------------

    def program(self, nstmts=12):
        chunks = ["xs = [3, 1, 2]\n", "dd = {'a': 1, 'b': 2}\n"]
        self.vars.update({"xs": "list", "dd": "dict"})
        for _ in range(self.r.randint(0, 2)):
            chunks.append(self.r.choice([self.d_function, self.d_function,
                                         self.d_generator, self.d_class])())
        for _ in range(nstmts):
            self.depth = 0
            if self.chance(0.35):
                chunks.append(self.pick(ALL_TEMPLATES)(self))
            else:
                chunks.append(self.stmt(""))
        chunks += self.use_definitions()
        return chunks


def guard(chunk):
    """Wraps a top-level chunk so an exception is printed, not fatal."""
    top = [ln for ln in chunk.split("\n") if ln and not ln[0].isspace()]
    if all(ln.startswith(("def ", "class ", "@")) for ln in top):
        return chunk  # definitions only: keep them at module level
    body = "".join("    " + line + "\n" for line in chunk.rstrip("\n")
                   .split("\n"))
    return ("try:\n%sexcept Exception as e:\n"
            "    print('!', type(e).__name__, e)\n" % body)
