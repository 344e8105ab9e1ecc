import weakref
class Target:
    def __del__(self):
        print("in __del__: weakref alive", registry["t"]() is self)
registry = {}
t = Target()
registry["t"] = weakref.ref(t, lambda r: print("callback: dead", r() is None))
del t
print("after del")
class Saver:
    def __del__(self):
        print("resurrecting")
        keep.append(self)
keep = []
s = Saver()
w = weakref.ref(s, lambda r: print("never called"))
del s
print("resurrected:", w() is keep[0])
keep.clear()
print("end")
