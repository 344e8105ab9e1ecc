class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.count = 0
a = Counter()
b = Counter()
print(Counter.total, a.total, b.total)
a.total = 99
print(Counter.total, a.total, b.total)
del a.total
print(a.total)
Counter.total = 5
print(a.total, b.total)
