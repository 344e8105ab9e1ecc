import sys
t = ()
print(sys.getsizeof(t), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
l = []
sizes = []
for i in range(10):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)
d = {}
dsizes = []
for i in range(12):
    dsizes.append(sys.getsizeof(d))
    d["k%d" % i] = i
print(dsizes)
s = set()
ssizes = set()
for i in range(20):
    ssizes.add(sys.getsizeof(s))
    s.add(i)
print(sorted(ssizes))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(10))))
