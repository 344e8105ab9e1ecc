def f():
    class C:
        def m(self):
            return __class__
        def n(self):
            return C
    return C
