class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
d = {"a": Noisy("a"), "b": Noisy("b"), "c": Noisy("c")}
print("overwrite a")
d["a"] = Noisy("a2")
print("del b")
del d["b"]
print("pop c")
d.pop("c")
print("popitem")
d.popitem()
print("len", len(d))
