class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def gen():
    local = Noisy("gen local")
    yield 1
    yield 2
g = gen()
print("created, not started")
print(next(g))
print("suspended")
print(next(g))
print(next(g, "exhausted"))
print("end")
