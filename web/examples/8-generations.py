# Generations: every container the program makes starts in generation 0.
# When allocations minus frees pass threshold 0, generation 0 is collected
# automatically; survivors move to generation 1. Every threshold 1
# collections of generation 0, generation 1 is collected too, and so on.
import gc

gc.set_threshold(10, 2, 2)   # CPython's default is (700, 10, 10)
print(gc.get_threshold())

class Blob:
    pass

keep = []
for i in range(40):
    b = Blob()
    b.me = b                 # a cycle: only the collector frees it
    if i % 10 == 0:
        keep.append(b)       # these survive and grow older
del b
print(len(keep), "blobs kept")
