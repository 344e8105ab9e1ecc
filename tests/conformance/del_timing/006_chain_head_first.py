class Noisy:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        print("destroy", self.name)
head = Noisy("a", Noisy("b", Noisy("c")))
print("drop head")
head = None
print("--")
mid = Noisy("m2")
top = Noisy("m1", mid)
del top
print("mid still alive:", mid.name)
del mid
print("end")
