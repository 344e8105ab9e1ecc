# t[0] += [1]: the list is extended in place, then storing back fails.
t = ([0],)
try:
    t[0] += [1]
except TypeError as e:
    print("TypeError:", e)
print(t)
