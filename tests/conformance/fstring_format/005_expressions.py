class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
print(f"({p.x}, {p.y}) -> {p.norm2()} -> {p.norm2() ** 0.5:.1f}")
print(f"{'yes' if p.x > 2 else 'no'}")
print(f"{[i * i for i in range(4)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda v: v * 2)(21)}")
print(f"{p.x!r:>4}{p.y:<4}|")
words = ["alpha", "beta"]
print(f"{', '.join(words)}")
print(f"{len(words)=}")
print(f"{p.x + p.y = }")
print(f"{value=:.2f}" if False else f"{3.14159=:.2f}")
