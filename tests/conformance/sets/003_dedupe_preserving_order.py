items = [3, 1, 3, 2, 1, 5, 2]
print(list(set(items)))
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
print(list(dict.fromkeys(items)))
print(len(set(items)) == len(items))
