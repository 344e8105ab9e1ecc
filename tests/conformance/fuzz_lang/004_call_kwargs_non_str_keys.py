# f(**mapping) with keys that are not str: the call rejects them after the
# positional arguments are checked ("argument after * must be an
# iterable" wins); duplicates name the key with str(); dict(**{1: 2}) too.
def f(*a, **k): return a, k
for call in [lambda: f(**{1: 2}), lambda: dict(**{1: 2}), lambda: f(**{'a': 1}, **{'a': 2}),
             lambda: f(**{1: 1}, **{1: 2}), lambda: print(**{1: 2}), lambda: f(*5, **{1: 2}),
             lambda: f(1, *5, **{1: 2}), lambda: len(**{1: 2}), lambda: type(**{1:2}),
             lambda: int(**{1: 2}), lambda: sorted([], **{1: 2}),
             lambda: f(**{'x': 1}, x=2), lambda: f(x=1, **{'x': 2})]:
    try:
        print(call())
    except TypeError as e:
        print(e)
class C:
    def __init__(self, **k): self.k = k
    def m(self, **k): return k
try: print(C(**{1: 2}).k)
except TypeError as e: print(e)
try: print(C().m(**{1: 2}))
except TypeError as e: print(e)
