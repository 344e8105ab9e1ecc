"""Program fragments for fuzz_programs.py: each template is a small piece of
Python exercising one area of the language (calls and their errors,
closures, generators, classes and special methods, exceptions, context
managers, unpacking, containers' methods), with holes filled by random
expressions from progfuzz_gen.Gen. A template returns one top-level chunk.
"""


def t_call_errors(g):
    params = g.pick(["a, b", "a, b=1", "a, /, b", "*, k", "a, *args, k=0",
                     "a=0, **kw", "a, b, /, c, *, d"])
    args = g.pick(["", "1", "1, 2", "1, 2, 3", "a=1", "b=2", "1, a=1",
                   "k=1", "1, k=2, z=3", "*[1, 2]", "**{'a': 1, 'b': 2}",
                   "1, 2, c=3, d=4", "1, *(), **{}", "*'ab'"])
    return ("def fc(%s):\n    return locals()\nprint(fc(%s))\n"
            % (params, args))


def t_closure(g):
    return ("def make(n):\n    total = %s\n    def add(x=1):\n"
            "        nonlocal total\n        total += x * n\n"
            "        return total\n    return add\n"
            "acc = make(%s)\nprint(acc(), acc(%s), acc.__closure__ is not "
            "None, acc.__code__.co_freevars)\n"
            % (g.expr("int"), g.small_int(), g.expr("int")))


def t_lambda_loop(g):
    return ("fs = [lambda x, i=i: x + i for i in range(%s)]\n"
            "gs = [lambda: i for i in range(3)]\n"
            "print([f(%s) for f in fs], [h() for h in gs])\n"
            % (g.pick(["0", "3"]), g.expr("int")))


def t_generator(g):
    body = g.pick(["x = yield i\n        if x:\n            yield x * 2",
                   "yield i\n        yield from range(i)",
                   "yield i\n        if i == 2:\n            return 'early'"])
    return ("def gen(n):\n    for i in range(n):\n        %s\n"
            "    return 'done'\n"
            "it = gen(%s)\nprint(next(it, None), it.send(%s) if %s else "
            "None)\nprint(list(it))\n"
            "try:\n    next(it)\nexcept StopIteration as e:\n"
            "    print('stop', e.value)\n"
            % (body, g.pick(["3", "1", "0"]), g.expr("int"),
               g.expr("bool")))


def t_yield_from(g):
    return ("def inner():\n    r = yield 1\n    yield r\n    return 'in'\n"
            "def outer():\n    v = yield from inner()\n    yield v\n"
            "o = outer()\nprint(next(o), o.send(%s), next(o))\n"
            "print(next(o, 'end'))\n" % g.expr())


def t_gen_close(g):
    return ("def gc_():\n    try:\n        yield 1\n        yield 2\n"
            "    finally:\n        print('cleanup')\n"
            "c = gc_()\nprint(next(c))\nc.close()\nprint(list(c))\n"
            "c2 = gc_()\nnext(c2)\n"
            "try:\n    c2.throw(%s('x'))\nexcept Exception as e:\n"
            "    print(type(e).__name__, e)\n" % g.pick(["ValueError",
                                                         "KeyError"]))


def t_special_methods(g):
    m = g.pick([
        ("__len__", "return %s" % g.pick(["-1", "'3'", "2**70", "3",
                                            "True"]), "len(o)"),
        ("__bool__", "return %s" % g.pick(["1", "None", "False", "[]"]),
         "bool(o)"),
        ("__iter__", "return %s" % g.pick(["range(3)", "iter([1])", "5",
                                            "self"]), "list(o)"),
        ("__index__", "return %s" % g.pick(["2", "'x'", "2.0"]),
         "[10, 20, 30][o]"),
        ("__int__", "return %s" % g.pick(["7", "7.5", "True"]), "int(o)"),
        ("__float__", "return %s" % g.pick(["1.5", "1", "'x'"]), "float(o)"),
        ("__str__", "return %s" % g.pick(["'s'", "5", "None"]), "str(o)"),
        ("__repr__", "return %s" % g.pick(["'r'", "5"]), "repr(o)"),
        ("__hash__", "return %s" % g.pick(["5", "2**70", "'x'", "-1"]),
         "hash(o)"),
        ("__eq__", "return %s" % g.pick(["NotImplemented", "1", "None"]),
         "(o == 1, o != 1, o == o)"),
        ("__lt__", "return NotImplemented", "o < 1"),
        ("__contains__", "return %s" % g.pick(["0", "[]", "'y'"]),
         "(1 in o, 1 not in o)"),
        ("__getitem__", "return key * 2", "(o[3], o['a'], o[1:2])"),
        ("__call__", "return key", "o(5)"),
        ("__neg__", "return %s" % g.pick(["1", "self"]), "-o"),
        ("__add__", "return NotImplemented", "o + 1"),
        ("__radd__", "return ('radd', key)", "1 + o"),
        ("__getattr__", "return key.upper()", "(o.foo, getattr(o, 'bar'))"),
        ("__setattr__", "print('set', key)", "setattr(o, 'v', 3)"),
        ("__format__", "return 'F' + key", "format(o, 'x')"),
    ])
    params = "self, key" if m[0] in ("__getitem__", "__call__", "__radd__",
                                     "__getattr__", "__format__") else "self"
    if m[0] == "__setattr__":
        params = "self, key, value"
    return ("class S:\n    def %s(%s):\n        %s\no = S()\n"
            "print(%s)\n" % (m[0], params, m[1], m[2]))


def t_compare_mixed(g):
    a, b = g.expr(), g.expr()
    op = g.pick(["<", "<=", ">", ">=", "==", "!="])
    return "print(%s %s %s)\nprint(sorted([%s, %s]))\n" % (a, op, b, a, b)


def t_inheritance(g):
    return ("class Base:\n    tag = 'base'\n"
            "    def __init__(self, v):\n        self.v = v\n"
            "    def describe(self):\n"
            "        return '%%s:%%s' %% (self.tag, self.v)\n"
            "class Kid(Base):\n    tag = %s\n"
            "    def __init__(self, v, w=%s):\n"
            "        super().__init__(v)\n        self.w = w\n"
            "    def describe(self):\n"
            "        return super().describe() + '/' + str(self.w)\n"
            "k = Kid(%s)\nprint(k.describe(), Kid.__mro__[1].__name__, "
            "isinstance(k, Base), issubclass(Kid, (int, Base)))\n"
            "print(vars(k), Kid.tag, Base.tag, k.__class__.__name__)\n"
            % (g.expr("str"), g.expr(), g.expr()))


def t_properties(g):
    return ("class P:\n    def __init__(self):\n        self._x = 0\n"
            "    @property\n    def x(self):\n        return self._x\n"
            "    @x.setter\n    def x(self, v):\n"
            "        if v < 0:\n            raise ValueError('neg')\n"
            "        self._x = v\n"
            "p = P()\np.x = %s\nprint(p.x)\ndel p._x\n"
            "try:\n    print(p.x)\nexcept AttributeError as e:\n"
            "    print(e)\n" % g.expr("int"))


def t_slots(g):
    return ("class Sl:\n    __slots__ = ('a', 'b')\n"
            "s = Sl()\ns.a = %s\nprint(s.a, hasattr(s, 'b'))\n"
            "for name in ('b', 'c'):\n    try:\n"
            "        print(getattr(s, name))\n"
            "    except AttributeError as e:\n        print(e)\n"
            "try:\n    s.c = 1\nexcept AttributeError as e:\n    print(e)\n"
            % g.expr())


def t_exceptions(g):
    exc = g.pick(["ValueError", "KeyError", "TypeError", "OSError",
                  "ZeroDivisionError", "IndexError", "UnicodeError"])
    args = g.pick(["", "'m'", "1, 2", "%s" % g.expr()])
    return ("class MyErr(%s):\n    pass\n"
            "try:\n    try:\n        raise MyErr(%s)\n"
            "    except %s as e:\n        raise RuntimeError('wrap') from e\n"
            "except RuntimeError as e:\n"
            "    print(repr(e), repr(e.__cause__), e.__context__ is "
            "e.__cause__, e.__suppress_context__)\n"
            "    print(str(e.__cause__), e.__cause__.args)\n"
            % (exc, args, exc))


def t_exception_str(g):
    exc = g.pick(["KeyError", "ValueError", "Exception", "StopIteration",
                  "OSError", "SyntaxError", "UnicodeDecodeError",
                  "AttributeError", "NameError", "ImportError",
                  "SystemExit", "BaseException", "AssertionError"])
    args = g.pick(["", "'a'", "'a', 'b'", "1", "None", "''", "('t',)",
                   "2, 'x'"])
    return ("e = %s(%s)\nprint(repr(e), str(e), e.args, "
            "isinstance(e, Exception))\n" % (exc, args))


def t_finally_flow(g):
    return ("def ff(n):\n    for i in range(3):\n        try:\n"
            "            if i == n:\n                %s\n"
            "        finally:\n            print('fin', i)\n"
            "    return 'end'\nprint(ff(%s))\n"
            % (g.pick(["return i", "break", "continue", "raise KeyError(i)"]),
               g.pick(["0", "1", "5"])))


def t_context_manager(g):
    return ("class CM:\n    def __init__(self, name):\n"
            "        self.name = name\n"
            "    def __enter__(self):\n        print('enter', self.name)\n"
            "        return self.name\n"
            "    def __exit__(self, t, v, tb):\n"
            "        print('exit', self.name, t.__name__ if t else None, v)\n"
            "        return %s\n"
            "with CM('a') as x, CM('b') as y:\n    print(x, y)\n"
            "    %s\nprint('after')\n"
            % (g.pick(["True", "False", "None", "1"]),
               g.pick(["pass", "raise ValueError('in')", "1 / 0",
                       "print(x + y)"])))


def t_unpacking(g):
    target = g.pick(["a, b", "a, *b", "*a, b", "a, (b, c)", "[a, b]",
                     "a, b, *c", "(a, b), c"])
    value = g.pick(["[1, 2]", "(1, 2, 3)", "'xy'", "[1]", "range(4)",
                    "{'k': 1, 'j': 2}", "[[1, 2], 3]", "5", "(1, (2, 3))"])
    return ("%s = %s\nprint(%s)\n" % (target, value,
                                      target.replace("*", "")))


def t_star_call(g):
    return ("def sc(*args, **kwargs):\n    return args, kwargs\n"
            "print(sc(*%s, **%s))\nprint(sc(1, *%s, x=2, **{'y': 3}))\n"
            % (g.pick(["[1, 2]", "'ab'", "()", "range(2)", "5"]),
               g.pick(["{}", "{'a': 1}", "{1: 2}", "[]"]),
               g.pick(["[3]", "{}", "{'q': 1}"])))


def t_global_nonlocal(g):
    return ("counter = %s\ndef bump():\n    global counter\n"
            "    counter += 1\n    return counter\n"
            "def outer():\n    v = []\n    def inner():\n"
            "        v.append(len(v))\n        return v\n"
            "    inner()\n    return inner()\n"
            "print(bump(), bump(), outer())\n" % g.expr("int"))


def t_unbound_local(g):
    return ("def ul():\n    print(%s)\n    %s = 1\n"
            "try:\n    ul()\nexcept NameError as e:\n"
            "    print(type(e).__name__, e)\n"
            % (g.pick(["q", "xs"]), g.pick(["q", "xs"])))


def t_list_ops(g):
    op = g.pick(["xs[::2] = [9]", "xs[1:2] = 'ab'", "del xs[::-2]",
                 "xs[5:] = [7, 8]", "xs.sort(key=lambda v: -v)",
                 "xs.insert(-10, 'h')", "xs[:] = range(3)", "xs *= 2",
                 "xs += 'cd'", "xs.remove(99)", "xs.pop(10)",
                 "xs.index(2, 1)", "xs[::-1] = xs", "xs.extend(xs)",
                 "xs.sort(reverse=True)", "xs.clear()",
                 "xs.append(xs)", "xs[1] = xs"])
    return ("xs = %s\n%s\nprint(xs, len(xs))\n"
            % (g.pick(["[1, 2, 3, 4, 5]", "[3, 1, 2]", "[]", "['a', 1]"]),
               op))


def t_dict_ops(g):
    op = g.pick(["d.popitem()", "d.pop('zz')", "d['zz']", "d.keys() & {'a'}",
                 "d.items() | {('q', 1)}", "list(reversed(d))",
                 "sorted(d, key=d.get)", "d.setdefault('n', [])",
                 "d | {'a': 0}", "{**d, 'a': 9}", "d.get('a', 0) + 1",
                 "dict.fromkeys(d)", "list(d.values())",
                 "d.keys() == {'a', 'b'}", "'a' in d.values()",
                 "d.update(x=1) or d", "d.update([('k', 'v')]) or d",
                 "d.update([1]) or d", "dict([(1, 2, 3)])",
                 "d.copy() == d", "{k: v for k, v in d.items() if v}",
                 "list(d.items())[0]", "len(d.keys() - {'a'})"])
    return ("d = %s\nprint(%s)\nprint(d)\n"
            % (g.pick(["{'a': 1, 'b': 2}", "{}", "{'b': 0, 'a': 2}"]), op))


def t_set_ops(g):
    op = g.pick(["s.remove(9)", "s.discard(9)", "s.pop()", "s.add(0) or s",
                 "s <= {1, 2, 3}", "s.isdisjoint([4])", "s ^ {1, 5}",
                 "frozenset(s) == s", "s | frozenset([7])",
                 "frozenset([7]) | s", "s.union([1], (8,))",
                 "s.intersection_update({1}) or s", "sorted(s)",
                 "{frozenset(s): 1}", "set('aab') == {'a', 'b'}",
                 "s - [1]", "s.difference([1])", "{[1]}", "max(s)"])
    return ("s = %s\nprint(%s)\n" % (g.pick(["{1, 2, 3}", "set()", "{5}"]),
                                     op))


def t_str_methods(g):
    s = g.expr("str")
    op = g.pick(["split(%s, 1)" % g.pick(["','", "' '", "None"]),
                 "rsplit(None, 1)", "splitlines(True)", "partition('b')",
                 "rpartition('a')", "expandtabs(4)", "count('a', 1)",
                 "rfind('a')", "rindex('z')", "removeprefix('a')",
                 "removesuffix('c')", "zfill(6)", "center(9, '*')",
                 "ljust(3, 'ab')", "strip('a')", "title()", "isnumeric()",
                 "encode('ascii')", "translate({97: 'A', 98: None})",
                 "format_map({'x': 1})", "index('')", "split('')",
                 "startswith(('a', 'b'))", "endswith('c', 0, 2)",
                 "join([1, 2])", "casefold()", "isdecimal()",
                 "__len__()", "__contains__('a')", "upper().lower()"])
    return "print(repr((%s).%s))\n" % (s, op)


def t_numbers(g):
    e = g.pick([
        "divmod(%s, %s)" % (g.expr("int"), g.pick(["3", "-3", "0"])),
        "divmod(%s, %s)" % (g.expr("float"), g.pick(["2.5", "-1.0",
                                                      "0.0"])),
        "round(%s, %s)" % (g.pick(["2.5", "3.5", "-0.5", "1.25", "2675e-3",
                                   "1e300", "float('inf')"]),
                           g.pick(["", "1", "-1", "None"])),
        "round(%s, %s)" % (g.expr("int"), g.pick(["-1", "-2", "1"])),
        "%s %s %s" % (g.pick(["7", "-7", "7.5", "-7.5", "2**64"]),
                      g.pick(["//", "%"]),
                      g.pick(["2", "-2", "0.5", "-0.0", "float('inf')"])),
        "%s ** %s" % (g.pick(["2", "-2", "0", "0.0", "-8", "1.5"]),
                      g.pick(["-1", "0.5", "1/3", "-2", "100"])),
        "(%s).__round__()" % g.pick(["0.5", "1.5", "-2.5"]),
        "float('%s')" % g.pick(["1e500", "-inf", "nan", "infinity", "1_0.5",
                                " 3 ", "0x10", "1e"]),
        "int(%s)" % g.pick(["1e20", "-0.9", "float('nan')", "'٣'",
                            "'0b11'", "True", "2.5e18"]),
        "%s == %s" % (g.pick(["0.1 + 0.2", "1", "2**53 + 1", "True",
                              "float('nan')"]),
                      g.pick(["0.3", "1.0", "float(2**53 + 1)", "1",
                              "float('nan')"])),
        "hash(%s)" % g.pick(["-1", "-2", "2**61 - 1", "2**61", "1.5",
                             "float('inf')", "-0.0", "10**30"]),
        "complex(%s) * %s" % (g.pick(["1, 2", "'1+2j'", "0", "-1.5"]),
                              g.pick(["1j", "2", "(1-1j)", "0.5"])),
        "abs(%s)" % g.pick(["3+4j", "-2**63", "-0.0", "True"]),
        "(%s).hex()" % g.pick(["1.5", "-0.1", "0.0", "float('inf')"]),
        "float.fromhex(%s)" % g.pick(["'0x1.8p1'", "'-0x1p-1074'", "'x'"]),
        "%s" % g.pick(["1e16", "1e15 + 0.3", "123456789012345678.0",
                       "0.1 * 3", "1/3", "-1e-5", "5e-324", "2**0.5",
                       "1.7976931348623157e308 * 10", "(-1) ** 0.5"]),
        "max(%s, key=%s)" % (g.pick(["[3, -5, 2]", "'abc'", "[]"]),
                             g.pick(["abs", "str", "lambda v: -v"])),
        "min(%s, default=%s)" % (g.pick(["[]", "()", "[2, 1]"]), g.expr()),
        "sum(%s, %s)" % (g.pick(["[0.1] * 10", "[[1], [2]]", "range(5)",
                                 "['a']"]),
                         g.pick(["0", "[]", "0.0", "''"])),
        "pow(%s, %s, %s)" % (g.pick(["3", "-3", "2**70"]),
                             g.pick(["-1", "2", "0"]),
                             g.pick(["7", "1", "-7", "0"])),
        "%s.as_integer_ratio()" % g.pick(["0.75", "(-2.5)", "(1e300)",
                                          "(5)"]),
        "(%s).conjugate()" % g.pick(["3", "1.5", "2+3j"]),
        "int.__add__(%s, %s)" % (g.pick(["1", "True"]),
                                 g.pick(["2", "1.5"])),
    ])
    return "print(%s)\n" % e


def t_comprehension_scope(g):
    return ("x = %s\nres = [x for x in range(3)]\nprint(x, res)\n"
            "print([(y := v) * 2 for v in range(%s)], y if 'y' in dir() else "
            "None)\n"
            "print({v: w for v, w in zip('ab', range(%s))}, "
            "[i * j for i in range(3) if i for j in range(i)])\n"
            % (g.expr(), g.pick(["1", "3"]), g.pick(["1", "5"])))


def t_iter_protocol(g):
    return ("it = iter(%s)\nprint(next(it, 'x'), list(it), next(it, 'e'))\n"
            "print(list(zip(%s, %s)), list(enumerate(%s, %s)))\n"
            "r = reversed(%s)\nprint(list(r))\n"
            % (g.pick(["[1, 2]", "'ab'", "{3: 4}", "range(2, 9, 3)",
                       "b'hi'"]),
               g.expr("list"), g.expr("str"), g.expr("str"),
               g.pick(["1", "-1", "10**20"]),
               g.pick(["[1, 2]", "range(4)", "'abc'", "{'a': 1}",
                       "(1,)", "{1}"])))


def t_range(g):
    r = "range(%s)" % ", ".join(g.pick(["0", "1", "-3", "10", "3", "2**64"])
                                 for _ in range(g.r.randint(1, 3)))
    op = g.pick(["len(%s)", "list(%s)", "%s[1]", "%s[::-1]", "%s[-1]",
                 "3 in %s", "%s.index(3)", "%s.count(0)", "repr(%s)",
                 "%s == range(0)", "%s[1:2]", "bool(%s)", "reversed(%s)",
                 "%s.step", "hash(%s) == hash(%s)"])
    return "print(%s)\n" % op.replace("%s", r)


def t_assert_del(g):
    return ("v = %s\ntry:\n    assert v, %s\n    print('ok')\n"
            "except AssertionError as e:\n    print('assert', e.args)\n"
            "del v\ntry:\n    v\nexcept NameError as e:\n    print(e)\n"
            % (g.expr(), g.expr()))


def t_bool_ops(g):
    return ("print(%s or %s, %s and %s, not %s)\n"
            % (g.expr(), g.expr(), g.expr(), g.expr(), g.expr()))


def t_fstring(g):
    v = g.expr(g.pick(["int", "float", "str"]))
    spec = g.pick(["", "!r", "!a", ":>8", ":<6.2", ":+.3e", ":#x", ":08.3f",
                   ":,d", ":_b", ":%", ":=^9", ":.0f", ":g", ":c", ":s",
                   ":10", "=", "=!r:>10", ":{w}", ":.{p}f"])
    return "w, p = 7, 2\nval = %s\nprint(f'[{val%s}]')\n" % (v, spec)


def t_recursion(g):
    return ("def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\n"
            "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
            "print(fact(%s), fib(%s))\n"
            % (g.pick(["0", "5", "25", "-1"]), g.pick(["0", "10", "15"])))


def t_class_attrs(g):
    return ("class A:\n    n = 0\n    items = []\n"
            "    def __init__(self):\n        A.n += 1\n"
            "        self.items.append(A.n)\n"
            "a1, a2 = A(), A()\nprint(A.n, a1.items is a2.items, a2.items)\n"
            "a1.n = %s\nprint(a1.n, a2.n, A.n, 'n' in vars(a1))\n"
            "print(getattr(A, 'missing', %s), hasattr(a1, 'items'))\n"
            % (g.expr(), g.expr()))


def t_staticmethods(g):
    return ("class M:\n    count = 0\n"
            "    @classmethod\n    def create(cls, *a):\n"
            "        cls.count += 1\n        return cls\n"
            "    @staticmethod\n    def twice(x):\n        return x * 2\n"
            "class N(M):\n    pass\n"
            "print(N.create().__name__, M.count, N.count, M.twice(%s), "
            "N().twice('ab'))\n" % g.expr())


def t_string_multiply(g):
    return ("print(%s * %s, [%s] * %s, (%s,) * %s)\n"
            % (g.expr("str"), g.pick(["-1", "0", "2", "True"]), g.expr(),
               g.pick(["0", "2", "-3"]), g.expr(), g.pick(["3", "0"])))


def t_isinstance(g):
    return ("print(isinstance(%s, %s), issubclass(%s, %s))\n"
            % (g.expr(), g.pick(["int", "(str, bytes)", "object", "bool",
                                 "float", "type", "(list, (tuple, dict))"]),
               g.pick(["bool", "int", "type", "object", "str"]),
               g.pick(["int", "object", "(bool,)", "type", "5"])))


def t_builtins_misc(g):
    e = g.pick([
        "sorted(%s, key=len)" % g.pick(["['bb', 'a', 'ccc']", "[[1], []]"]),
        "list(map(pow, [2, 3], [3, 2]))",
        "list(zip('ab', [1, 2, 3], strict=%s))" % g.pick(["True", "False"]),
        "list(filter(lambda v: v %% 2, range(%s)))" % g.pick(["5", "0"]),
        "any(v > 2 for v in %s)" % g.expr("list"),
        "dict(zip(%s, %s))" % (g.expr("str"), g.expr("list")),
        "getattr(%s, %s, 'dflt')" % (g.expr(), g.pick(["'real'", "'upper'",
                                                       "'nope'", "5"])),
        "repr(%s)" % g.pick(["type", "int", "len", "print", "None",
                             "NotImplemented", "Ellipsis", "object()"
                             ".__class__"]),
        "chr(%s) + ord(%s)" % (g.expr("int"), g.expr("str")),
        "divmod(%s, %s)" % (g.expr(), g.expr()),
        "list(%s)" % g.pick(["'abc'", "{1: 2}", "b'ab'", "range(0)",
                             "reversed('abc')", "iter([1])", "5"]),
        "tuple(x * 2 for x in %s)" % g.expr("list"),
        "sorted(%s, reverse=%s)" % (g.expr("str"), g.pick(["True", "1",
                                                           "None"])),
        "[*range(3), *'ab', *{'k': 1}]",
        "abs(%s)" % g.expr(),
        "len(%s)" % g.expr(),
        "ascii(%s)" % g.pick(["'é'", "'\\x00'", "['ü']", "'\\U0001f600'"]),
        "format(%s, %s)" % (g.expr(), g.pick(["''", "'>5'", "'x'", "'.2f'",
                                              "'s'"])),
        "bin(%s), oct(%s)" % (g.expr("int"), g.expr("int")),
        "vars(%s)" % g.pick(["5", "type('T', (), {'a': 1})()"]),
        "type(%s) is %s" % (g.expr(), g.pick(["int", "bool", "str"])),
        "id(%s) == id(%s)" % (g.pick(["None", "1", "xs"]),
                              g.pick(["None", "1", "xs"])),
        "callable(%s)" % g.pick(["len", "5", "int", "lambda: 0", "'x'"]),
        "hasattr(%s, '__iter__')" % g.expr(),
        "isinstance(True, int), True + True, True * 'ab'",
        "None.__class__.__name__, type(None)()",
        "list.__name__, list.append.__name__, [].append.__qualname__",
    ])
    return "print(%s)\n" % e


TEMPLATES = [v for k, v in sorted(globals().items())
             if k.startswith("t_") and callable(v)]
