import gc
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def gen():
    d = D("in generator")
    try:
        yield 1
        yield 2
    finally:
        print("finally")
g = gen()
next(g)
g.close()
print("closed", g.gi_frame)
def cyc():
    holder = []
    d = D("cycle local")
    try:
        holder.append((yield holder))
    finally:
        print("cyc finally")
c = cyc()
lst = next(c)
lst.append(c)
del c, lst
print("collected", gc.collect())
print("end")
