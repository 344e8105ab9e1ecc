import sys
d = {}
sizes = [sys.getsizeof(d)]
for i in range(12):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
s = {}
ssizes = [sys.getsizeof(s)]
for name in ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]:
    s[name] = 0
    ssizes.append(sys.getsizeof(s))
print(ssizes)
