import sys
for n in [0, 1, 4, 5, 8, 18, 19, 20, 50, 76, 77, 100, 300, 1000]:
    print(n, sys.getsizeof(set(range(n))), sys.getsizeof(frozenset(range(n))), sys.getsizeof(set(list(range(n)))))
s = set(range(100))
for i in range(95):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s), s)
print(set().__sizeof__(), set(range(10)).__sizeof__())
