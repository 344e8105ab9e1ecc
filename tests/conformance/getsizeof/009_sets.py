import sys
s = set()
sizes = [sys.getsizeof(s)]
for i in range(20):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset([1, 2, 3])))
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set([1, 2, 3])))
