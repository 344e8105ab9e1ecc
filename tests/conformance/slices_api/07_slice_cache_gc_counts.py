import gc
# CPython keeps one freed slice for reuse (one is cached at start-up): taking
# it or giving it back does not move the gc's generation-0 count.
gc.disable()
l = [1, 2, 3, 4]
counts = [gc.get_count()[0]]


def mark():
    counts.append(gc.get_count()[0])


x = l[1:3]
mark()
y = l[::2]
mark()
s = slice(1, 2)
mark()
t = slice(1, 3)
mark()
u = slice(None)
mark()
del s
mark()
del t
mark()
del u
mark()
z = l[s2] if (s2 := slice(0, 1)) else None
mark()
del s2
mark()
for i in range(5):
    l[i:i + 1]
mark()
print([b - a for a, b in zip(counts, counts[1:])])
