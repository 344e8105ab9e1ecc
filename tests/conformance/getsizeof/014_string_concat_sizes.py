import sys
s = ""
sizes = []
for i in range(5):
    s = s + "ab"
    sizes.append(sys.getsizeof(s))
print(sizes)
print([b - a for a, b in zip(sizes, sizes[1:])])
u = "\u20ac"
print(sys.getsizeof(u * 3) - sys.getsizeof(u * 2))
