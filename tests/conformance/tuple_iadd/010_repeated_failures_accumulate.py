t = ([],)
errors = 0
for word in ["a", "b", "c"]:
    try:
        t[0] += [word]
    except TypeError:
        errors += 1
print(t, errors)
try:
    t[0].extend(["d"])
    print("extend works:", t)
except TypeError:
    print("not reached")
