class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def make():
    a = D("cell a")
    b = D("cell b")
    c = D("plain local c")
    def inner():
        return a.name, b.name
    return inner
f = make()
print("made", f())
del f
print("end")
