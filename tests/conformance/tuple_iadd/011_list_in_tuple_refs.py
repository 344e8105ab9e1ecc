import sys
inner = [1]
t = (inner, "x")
print(sys.getrefcount(inner))
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t, inner is t[0], sys.getrefcount(inner))
try:
    t[0] *= 2
except TypeError as e:
    print(e)
print(t)
x = t
x += ("y",)
print(x is t, t, x)
