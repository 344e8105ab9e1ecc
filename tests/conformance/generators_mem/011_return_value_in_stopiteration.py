class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def gen():
    yield 1
    return Noisy("returned")
g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("value:", stop.value.name)
print("after except")
print(next(g, "exhausted"))
