# CPython keeps freed tuples (sizes 1 to 20) for reuse, and gc.collect()
# empties those lists: the first tuple of a size made afterwards counts in
# generation 0, one made from a tuple freed meanwhile does not, and freeing
# one into the list does not lower the count.
import gc
counts = []
mark = counts.append
get = gc.get_count
gc.collect()
mark(get()[0])
x = (1, [])
mark(get()[0])
del x
mark(get()[0])
y = (2, [])
mark(get()[0])
pairs = [(i, []) for i in range(3)]
mark(get()[0])
del pairs
mark(get()[0])
again = [(i, []) for i in range(3)]
mark(get()[0])
print([b - a for a, b in zip(counts, counts[1:])])
