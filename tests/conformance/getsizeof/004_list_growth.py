import sys
items = []
sizes = [sys.getsizeof(items)]
for i in range(20):
    items.append(i)
    sizes.append(sys.getsizeof(items))
print(sizes)
changes = [i for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]]
print(changes)
