class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
class Conn:
    def __init__(self, ok):
        self.res = Res("socket")
        if not ok:
            raise ValueError("bad config")
    def __del__(self):
        print("Conn.__del__")
try:
    Conn(False)
except ValueError as e:
    print("handler:", e)
print("after try")
c = Conn(True)
print("made")
del c
print("end")
