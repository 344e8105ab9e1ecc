import sys
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)
p = Phoenix("p1")
del p
print("saved:", [s.name for s in saved])
p = saved.pop()
print(sys.getrefcount(p))
del p
print("second death: no __del__ call")
