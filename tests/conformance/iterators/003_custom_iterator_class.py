class Evens:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n > self.limit:
            raise StopIteration
        value = self.n
        self.n += 2
        return value
print(list(Evens(10)))
e = Evens(4)
for v in e:
    print(v)
print(list(e))
