# Resurrection: a __del__ that stores self somewhere reachable brings
# the object back. CPython runs __del__ only once per object (PEP 442).
import gc

saved = []

class Phoenix:
    def __del__(self):
        print("__del__ runs: saving self")
        saved.append(self)

p = Phoenix()
p.me = p               # a cycle: only the collector can free it
del p
gc.collect()
print("resurrected:", len(saved))
saved.clear()
gc.collect()           # freed now, and __del__ does not run again
print("done")
