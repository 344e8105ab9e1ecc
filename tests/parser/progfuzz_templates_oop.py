"""More fragments for fuzz_programs.py (see progfuzz_templates.py): the
object model (descriptors, __set_name__, __init_subclass__, multiple
inheritance, reflected and in-place operators, __getattr__, iterators
written as classes) and evaluation order made visible by side effects.
"""


def t_eval_order(g):
    return ("def w(tag, v):\n    print('eval', tag)\n    return v\n"
            "d = {w('k1', 1): w('v1', 'a'), w('k2', 2): w('v2', 'b')}\n"
            "r = w('f', lambda *a, **k: (a, k))(w('a1', 1), *w('s', [2]), "
            "k=w('kw', 3))\n"
            "x = w('l', [0, 0])\nx[w('i', 0)] = w('rhs', %s)\n"
            "print(d, r, x, w('c1', 1) < w('c2', %s) < w('c3', 3))\n"
            % (g.expr(), g.pick(["0", "2", "5"])))


def t_aug_subscript(g):
    return ("class Box:\n    def __init__(self):\n        self.d = {'k': %s}\n"
            "    def __getitem__(self, k):\n        print('get', k)\n"
            "        return self.d[k]\n"
            "    def __setitem__(self, k, v):\n        print('set', k, v)\n"
            "        self.d[k] = v\n"
            "b = Box()\nb['k'] += %s\nb['k'] *= 2\nprint(b.d)\n"
            % (g.expr(g.pick(["int", "str", "list"])), g.expr()))


def t_inplace_ops(g):
    ret = g.pick(["NotImplemented", "self", "'iadd'", "None"])
    return ("class I:\n    def __init__(self, v):\n        self.v = v\n"
            "    def __iadd__(self, o):\n        print('iadd', o)\n"
            "        return %s\n"
            "    def __add__(self, o):\n        print('add', o)\n"
            "        return I(self.v + 1)\n"
            "    def __radd__(self, o):\n        print('radd', o)\n"
            "        return 'r'\n"
            "    def __repr__(self):\n        return 'I(%%r)' %% self.v\n"
            "i = I(0)\ni += %s\nprint(i)\nprint(%s + I(5))\n"
            % (ret, g.expr("int"), g.expr()))


def t_reflected(g):
    return ("class A:\n    def __eq__(self, o):\n        print('A.eq')\n"
            "        return NotImplemented\n"
            "    def __lt__(self, o):\n        print('A.lt')\n"
            "        return NotImplemented\n"
            "class B(A):\n    def __eq__(self, o):\n        print('B.eq')\n"
            "        return %s\n"
            "    def __gt__(self, o):\n        print('B.gt')\n"
            "        return %s\n"
            "print(A() == B(), B() == A(), A() != A(), A() < B())\n"
            "try:\n    print(A() < A())\nexcept TypeError as e:\n"
            "    print(e)\n" % (g.pick(["True", "NotImplemented", "0"]),
                                g.pick(["True", "NotImplemented", "'yes'"])))


def t_descriptor(g):
    return ("class Desc:\n    def __set_name__(self, owner, name):\n"
            "        print('set_name', owner.__name__, name)\n"
            "        self.name = '_' + name\n"
            "    def __get__(self, obj, objtype=None):\n"
            "        if obj is None:\n            return self\n"
            "        return getattr(obj, self.name, %s)\n"
            "    def __set__(self, obj, value):\n"
            "        setattr(obj, self.name, value * 2)\n"
            "class H:\n    a = Desc()\n    b = Desc()\n"
            "h = H()\nh.a = %s\nprint(h.a, h.b, type(H.a).__name__, "
            "sorted(vars(h)))\n" % (g.expr(), g.expr("int")))


def t_init_subclass(g):
    return ("class Plugin:\n    registry = []\n"
            "    def __init_subclass__(cls, tag=%s, **kw):\n"
            "        super().__init_subclass__(**kw)\n"
            "        cls.tag = tag\n        Plugin.registry.append(cls.__name__)\n"
            "class P1(Plugin):\n    pass\nclass P2(Plugin, tag='two'):\n    pass\n"
            "print(Plugin.registry, P1.tag, P2.tag)\n"
            "try:\n    class P3(Plugin, bogus=1):\n        pass\n"
            "except TypeError as e:\n    print(e)\n" % g.expr())


def t_diamond(g):
    return ("class A:\n    def who(self):\n        return ['A']\n"
            "class B(A):\n    def who(self):\n        return ['B'] + super().who()\n"
            "class C(A):\n    def who(self):\n        return ['C'] + super().who()\n"
            "class D(%s):\n    def who(self):\n        return ['D'] + super().who()\n"
            "print(D().who(), [k.__name__ for k in D.__mro__])\n"
            "try:\n    class E(A, B):\n        pass\nexcept TypeError as e:\n"
            "    print(e)\n" % g.pick(["B, C", "C, B", "B", "C, A"]))


def t_getattr(g):
    return ("class G:\n    x = 1\n    def __getattr__(self, name):\n"
            "        if name.startswith('_'):\n"
            "            raise AttributeError(name)\n"
            "        return name * 2\n"
            "    def __getattribute__(self, name):\n"
            "        if name == 'secret':\n"
            "            raise AttributeError('no')\n"
            "        return object.__getattribute__(self, name)\n"
            "o = G()\nprint(o.x, o.abc, o.secret, hasattr(o, '_p'), "
            "getattr(o, %s, 'd'))\n" % g.pick(["'_q'", "'y'", "'x'"]))


def t_iterator_class(g):
    return ("class Count:\n    def __init__(self, n):\n        self.i, self.n = 0, n\n"
            "    def __iter__(self):\n        return self\n"
            "    def __next__(self):\n        if self.i >= self.n:\n"
            "            raise StopIteration\n        self.i += 1\n"
            "        return self.i\n"
            "c = Count(%s)\nprint(list(c), list(c), sum(Count(4)), "
            "max(Count(3), default=-1))\n"
            "for a, b in zip(Count(3), 'xyz'):\n    print(a, b, end=' ')\nprint()\n"
            "print(3 in Count(5), 9 in Count(2), sorted(Count(3), reverse=True))\n"
            % g.pick(["0", "3", "-1"]))


def t_finally_override(g):
    return ("def fo():\n    try:\n        %s\n    finally:\n        %s\n"
            "try:\n    print(fo())\nexcept Exception as e:\n"
            "    print('exc', type(e).__name__, e)\n"
            % (g.pick(["return 1", "raise KeyError('k')", "1 / 0",
                       "pass"]),
               g.pick(["return 2", "print('fin')", "pass",
                       "raise ValueError('f')"])))


def t_exception_context(g):
    return ("try:\n    try:\n        raise KeyError('inner')\n"
            "    except KeyError:\n        raise ValueError('outer')%s\n"
            "except ValueError as e:\n"
            "    print(repr(e.__context__), repr(e.__cause__), "
            "e.__suppress_context__)\n"
            % g.pick(["", " from None", " from TypeError('t')"]))


def t_bool_len(g):
    return ("class BL:\n    def __init__(self, n):\n        self.n = n\n"
            "    def __len__(self):\n        return self.n\n"
            "for n in (0, 2):\n    o = BL(n)\n"
            "    print(bool(o), 'yes' if o else 'no', not o, o and 1, o or 2)\n"
            "print([x for x in [BL(0), BL(1), %s] if x])\n"
            % g.pick(["0", "''", "BL(3)"]))


def t_class_decorator(g):
    return ("def register(cls):\n    cls.registered = True\n    return cls\n"
            "def deco(f):\n    def wrapper(*a, **k):\n"
            "        print('call', f.__name__, a)\n        return f(*a, **k)\n"
            "    wrapper.__name__ = f.__name__\n    return wrapper\n"
            "@register\nclass R:\n    @deco\n    def m(self, x):\n"
            "        return x + %s\n"
            "    @staticmethod\n    @deco\n    def s(y):\n        return y\n"
            "print(R.registered, R().m(1), R.s(%s), R.m.__name__)\n"
            % (g.pick(["1", "'a'", "[]"]), g.expr()))


def t_hash_eq(g):
    return ("class HE:\n    def __init__(self, k):\n        self.k = k\n"
            "    def __eq__(self, o):\n        return isinstance(o, HE) and "
            "self.k == o.k\n"
            "    def __hash__(self):\n        return %s\n"
            "s = {HE(1), HE(1), HE(2)}\nd = {HE(1): 'a'}\nd[HE(1)] = 'b'\n"
            "print(len(s), len(d), HE(2) in s, d.get(HE(1)))\n"
            % g.pick(["hash(self.k)", "0", "self.k % 2", "-1"]))


def t_generator_expr_scope(g):
    return ("n = %s\ngen = (i * n for i in range(3))\nn = 10\n"
            "print(list(gen), list(gen))\n"
            "def outer():\n    v = 1\n    g2 = (v + j for j in range(2))\n"
            "    v = 5\n    return list(g2)\nprint(outer())\n"
            % g.expr("int"))


def t_while_else(g):
    return ("n = %s\nwhile n > 0:\n    n -= 1\n    if n == %s:\n"
            "        print('break at', n)\n        break\nelse:\n"
            "    print('no break', n)\n"
            % (g.pick(["0", "3", "5"]), g.pick(["1", "7", "0"])))


def t_mutable_default(g):
    return ("def acc(x, into=[]):\n    into.append(x)\n    return into\n"
            "print(acc(1), acc(2), acc(3, []), acc(%s))\n"
            "print(acc.__defaults__)\n" % g.expr())


TEMPLATES = [v for k, v in sorted(globals().items())
             if k.startswith("t_") and callable(v)]
