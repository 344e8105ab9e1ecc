# Generations: every container the program makes starts in generation 0.
# When allocations pass the threshold (700), generation 0 is collected
# automatically; survivors move to generation 1, and so on.
import gc

print(gc.get_threshold())

class Blob:
    pass

keep = []
for i in range(1500):
    b = Blob()
    b.me = b           # a cycle: garbage only the collector frees
    if i % 500 == 0:
        keep.append(b)
del b
print(len(keep), "blobs kept")
