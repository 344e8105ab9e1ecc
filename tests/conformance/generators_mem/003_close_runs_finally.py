class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def gen():
    res = Noisy("resource")
    try:
        yield 1
        yield 2
    finally:
        print("finally")
g = gen()
print(next(g))
g.close()
print("closed")
print(next(g, "nothing left"))
