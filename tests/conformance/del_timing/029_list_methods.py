class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
l = [D("a"), D("b"), D("c"), D("d"), D("e")]
l.pop(0)
print("popped first")
l.remove(l[1])
print("removed second")
l[0:2] = [D("x")]
print("replaced a slice")
l *= 0
print("multiplied by zero")
m = [D("m0"), D("m1")]
m.reverse()
m.sort(key=lambda d: d.name)
print("sorted")
m = m[:1]
print("sliced")
del m
print("end")
