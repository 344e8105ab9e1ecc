class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def gen():
    res = Noisy("resource")
    yield 1
    yield 2
g = gen()
next(g)
try:
    g.throw(ValueError("stop"))
except ValueError as e:
    print("propagated:", e)
print("generator finished:", g.gi_frame is None)
print("end")
