# Automatic collection: allocations beyond threshold0 trigger a young
# collection; survivors are promoted to the next generation.
import gc

gc.set_threshold(5, 2, 2)
keep = []
for i in range(12):
    keep.append([i])
print(len(keep))
cycle = [[]]
cycle[0].append(cycle)
del cycle
for i in range(6):
    keep.append({})
print(len(keep))
