class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def gen():
    local = D("generator local")
    try:
        yield 1
        yield 2
    finally:
        print("generator finally at exit")
g = gen()
next(g)
other = D("global after generator")
print("end")
