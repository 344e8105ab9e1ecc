class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
data = [(D("t0a"), D("t0b")), [D("l1a"), D("l1b")], {"k": D("d2")}]
print("drop outer list")
del data
pair = (D("x"), (D("y"), D("z")))
print("drop nested tuple")
pair = None
print("end")
