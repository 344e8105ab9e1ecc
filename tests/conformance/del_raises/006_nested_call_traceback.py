def close(name):
    check(name)
def check(name):
    raise LookupError("lost " + name)
class Handle:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        close(self.name)
h = Handle("h1")
del h
print("end")
