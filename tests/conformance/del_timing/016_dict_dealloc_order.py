class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
d = {}
d["z"] = Noisy("z")
d["a"] = Noisy("a")
d["m"] = Noisy("m")
del d["a"]
d["a"] = Noisy("a again")
print("drop dict")
d = None
print("--")
k = {Noisy("key1"): Noisy("val1"), Noisy("key2"): Noisy("val2")}
print("drop dict with object keys")
del k
print("end")
