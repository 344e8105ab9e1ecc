class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
keep = D("global")
def inner():
    i = D("inner local")
    raise RuntimeError("boom")
def outer():
    o = D("outer local")
    inner()
print("start")
outer()
