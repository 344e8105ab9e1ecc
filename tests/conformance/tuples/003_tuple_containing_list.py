t = ([1, 2], "x")
t[0].append(3)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)))
d = {(1, 2): "point"}
print(d[(1, 2)], d[1, 2])
