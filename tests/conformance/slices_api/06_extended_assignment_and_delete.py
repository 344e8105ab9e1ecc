l = list(range(10))
l[::2] = "abcde"
print(l)
del l[1::3]
print(l)
l[::-1] = range(len(l))
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
l[2:5] = []
print(l)
del l[::-1]
print(l)
