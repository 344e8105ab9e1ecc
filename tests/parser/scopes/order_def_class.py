def f():
    @dec
    def g(a=d1, *, b=d2) -> ann: pass
    class K(base, metaclass=m): pass
    dec = d1 = d2 = ann = base = m = 1
