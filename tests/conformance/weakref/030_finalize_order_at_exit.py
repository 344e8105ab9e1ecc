import weakref
class Res:
    def __init__(self, name):
        self.name = name
def close(name):
    print("close", name)
r1 = Res("r1")
r2 = Res("r2")
r3 = Res("r3")
weakref.finalize(r1, close, "r1")
weakref.finalize(r2, close, "r2")
f3 = weakref.finalize(r3, close, "r3")
f3.atexit = False
print("end of program")
