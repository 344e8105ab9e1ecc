import sys
saved = None
class Phoenix:
    def __del__(self):
        global saved
        print("__del__, refcount", sys.getrefcount(self))
        saved = self
p = Phoenix()
del p
print("saved:", type(saved).__name__, sys.getrefcount(saved))
saved = None
print("gone without a second __del__")
