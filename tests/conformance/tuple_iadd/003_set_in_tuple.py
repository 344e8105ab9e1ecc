t = ({1, 2},)
try:
    t[0] |= {3}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(t[0]))
try:
    t[0] -= {1}
except TypeError as e:
    print(type(e).__name__)
print(sorted(t[0]))
