class Counter:
    def __init__(self):
        self.n = 0
    def increment(self, by):
        self.n += by
        return self.n
c = Counter()
print(c.increment(2))
print(Counter.increment(5))
