d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ["d", 4]])
d.update(e=5, a=0)
d.update(zip("fg", (6, 7)))
d.update(["hi"])
d.update((x, x * x) for x in range(2))
print(d)
class M:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
d2 = {}
d2.update(M())
print(d2)
d3 = dict(M(), extra=1)
print(d3)
d4 = {1: 1}
d4.update()
d4.update({}, z=26)
print(d4)
