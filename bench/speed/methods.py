# Method calls and attribute reads/writes on instances.
class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n
        return self


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


c = Counter()
total = 0
for i in range(600_000):
    c.add(i % 5)
    p = Point(i, -i)
    total += p.norm1()
print(c.count, total)
