class Calc:
    op = lambda self, x: x + 1
    def make(self):
        return lambda y: y * 2
c = Calc()
print(c.op(1), c.make()(4))
print(Calc.op.__name__, Calc.op.__qualname__)
print(c.make().__qualname__)
f = lambda: None
print(f.__qualname__, f() is None)
