import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(1, 100):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(i, size)
        last = size
s = {}
last = sys.getsizeof(s)
for i in range(1, 50):
    s["k%d" % i] = i
    size = sys.getsizeof(s)
    if size != last:
        print("str", i, size)
        last = size
for k in list(d)[:90]:
    del d[k]
print(len(d), sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d), {}.__sizeof__(), {1: 1}.__sizeof__(), {"a": 1}.__sizeof__())
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({"a": 1}.copy()), sys.getsizeof(dict({1: 2})))
