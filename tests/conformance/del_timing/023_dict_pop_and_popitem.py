class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
d = {"a": D("a"), "b": D("b"), "c": D("c")}
d.pop("b")
print("after pop")
d.popitem()
print("after popitem")
d["a"] = D("a2")
print("after replace")
d.update(a=D("a3"))
print("after update")
d.clear()
print("after clear")
e = {D("k0").name: D("v0"), "x": D("v1")}
del e["x"]
print("end")
