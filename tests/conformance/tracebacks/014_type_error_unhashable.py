seen = {}
seen[(1, 2)] = "tuple key works"
print(seen)
key = [1, 2]
print("trying a list key:", key)
seen[key] = "pair"
