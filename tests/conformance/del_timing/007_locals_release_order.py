class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def work(p):
    second = Noisy("b")
    first = Noisy("a")
    third = Noisy("c")
    print("returning")
    return "done"
print(work(Noisy("param")))
def keep_one():
    x = Noisy("x")
    y = Noisy("y")
    return y
r = keep_one()
print("got", r.name)
