# Cells, closures, default values, bound methods and a generator frame.
def make_counter(start=[0]):
    count = start[0]
    def step():
        nonlocal count
        count += 1
        return count
    return step

c = make_counter()
print(c(), c())

class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

m = Box(5).get
print(m())

def gen(n):
    for i in range(n):
        yield i * i

g = gen(3)
print(next(g))
print(list(g))
