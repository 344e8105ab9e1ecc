t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
try:
    t[1] += 1
except TypeError as e:
    print("TypeError:", e)
print(t)
