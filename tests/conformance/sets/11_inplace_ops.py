a = {1, 2, 3}
alias = a
a |= {4, 5}
a &= {1, 2, 4, 5, 6}
a -= {1}
a ^= {2, 7}
print(a, a is alias)
a.update([8], (9,), {10: 0})
a.intersection_update(range(6, 11), [7, 8, 9, 10])
print(a)
a.difference_update([7], {8})
a.symmetric_difference_update([9, 11])
print(a)
def ior(x):
    x |= [1]
def iand(x):
    x &= (1,)
def isub(x):
    x -= 'x'
def ixor(x):
    x ^= 5
for fn in [ior, iand, isub, ixor]:
    try:
        fn(a)
    except TypeError as e:
        print(type(e).__name__, e)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)
