class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        print("iadd", k)
        self.n += k
        return self
    def __repr__(self):
        return f"Counter({self.n})"
c = Counter()
alias = c
c += 5
c += 2
print(c, alias, c is alias)
class NoInplace:
    def __init__(self, n):
        self.n = n
    def __add__(self, k):
        print("add", k)
        return NoInplace(self.n + k)
x = NoInplace(1)
y = x
x += 1
print(x.n, y.n, x is y)
