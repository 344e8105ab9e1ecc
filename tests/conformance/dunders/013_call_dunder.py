class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.k
triple = Multiplier(3)
print(triple(4), triple(10), triple.calls)
print(callable(triple), callable(Multiplier), callable(4))
print(list(map(triple, [1, 2, 3])))
