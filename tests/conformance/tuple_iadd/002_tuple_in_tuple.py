nested = ((1,), 2)
inner = nested[0]
try:
    nested[0] += (9,)
except TypeError as e:
    print(type(e).__name__, e)
print(nested, inner)
print(nested[0] is inner)
s = ("ab", 1)
try:
    s[0] += "c"
except TypeError as e:
    print(type(e).__name__, e)
print(s)
