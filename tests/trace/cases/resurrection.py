# A finalizer that stores self somewhere reachable resurrects the object.
import gc

saved = []

class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("finalizer runs")
        saved.append(self)

p = Phoenix()
del p
print("collected", gc.collect())
print("saved", len(saved), type(saved[0]).__name__)
saved.clear()
print("collected again", gc.collect())
