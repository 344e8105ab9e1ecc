import sys
for n in [0, 1, 3, 5, 6, 11, 21, 22, 43]:
    src = dict.fromkeys(range(n))
    print(n, sys.getsizeof(dict.fromkeys(src)), sys.getsizeof(dict.fromkeys(set(range(n)))),
          sys.getsizeof(dict(src)), sys.getsizeof(src.copy()))
a = dict.fromkeys(range(3))
a.update(dict.fromkeys(range(3, 30)))
print(sys.getsizeof(a))
