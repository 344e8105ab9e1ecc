t = ({"a": 1}, "x")
try:
    t[0] |= {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    t[0] = t[0] | {"c": 3}
except TypeError as e:
    print(type(e).__name__, e)
print(t)
