class Noisy:
    def __init__(self, name, *kids):
        self.name = name
        self.kids = list(kids)
    def __del__(self):
        print("finalize", self.name)
root = Noisy("root", Noisy("k1", Noisy("k1.a")), Noisy("k2"))
print("drop root")
root = None
print("--")
holder = {"first": Noisy("first"), "second": Noisy("second", Noisy("second.kid"))}
del holder
print("end")
