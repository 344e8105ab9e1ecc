# t[0] += [3] on a list inside a tuple: the list is extended in place,
# then storing the result back into the tuple raises TypeError.
# Both happen: the error, and the change.
t = ([1, 2], "x")
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
