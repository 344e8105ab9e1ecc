it = iter(range(6))
pairs = list(zip(it, it))
print(pairs)
it2 = iter("abcdef")
for ch in it2:
    print(ch, next(it2, None))
