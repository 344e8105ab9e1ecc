import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(1, 70):
    s.add(i * 7)
    size = sys.getsizeof(s)
    if size != last:
        print(i, size, list(s)[:6])
        last = size
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(4))), sys.getsizeof(frozenset(range(5))))
