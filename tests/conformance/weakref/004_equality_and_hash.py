import weakref
class Target:
    pass
a = Target()
b = Target()
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == weakref.ref(a, print), ra == rb)
print(hash(ra) == hash(a))
h = hash(ra)
del a
print(hash(ra) == h)
try:
    del b
    hash(rb)
except TypeError as e:
    print(type(e).__name__, e)
print(ra == rb, ra == ra)
