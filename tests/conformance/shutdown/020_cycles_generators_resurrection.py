# Finalizers at exit still see the globals; a cycle left while the
# collector is off, a suspended generator and a resurrecting object.
import gc
gc.disable()
class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n, "sees global x:", globals().get("x") is not None)
x = D("x")
class Node:
    def __init__(self, n): self.n = n; self.other = None
    def __del__(self): print("node del", self.n)
n1 = Node(1); n2 = Node(2); n1.other = n2; n2.other = n1
del n1, n2
def gen():
    try:
        yield D("gen value")
    finally:
        print("gen finally")
g = gen(); v = next(g)
class Res:
    def __del__(self):
        global keep
        keep = self
        print("resurrect at exit")
r = Res()
c = D("collected late")
c.me = c
del c
print("end")
