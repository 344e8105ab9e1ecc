def f():
    def g(): pass
    class C: pass
    g = C = 1
