class Fragile:
    def __init__(self, ok):
        if not ok:
            raise ValueError("init failed")
        self.handle = "h"
    def __del__(self):
        print("closing", self.handle)
good = Fragile(True)
del good
try:
    Fragile(False)
except ValueError as e:
    print("caught", e)
print("end")
