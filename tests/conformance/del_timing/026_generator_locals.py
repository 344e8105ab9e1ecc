class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def gen():
    a = D("gen local a")
    yield 1
    b = D("gen local b")
    yield 2
g = gen()
print(next(g))
print(next(g))
print("dropping suspended generator")
del g
def finished():
    x = D("finished local")
    yield x.name
print(list(finished()))
print("end")
