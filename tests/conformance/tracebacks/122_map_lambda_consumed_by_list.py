words = ["one", "two", None]
print(list(map(lambda w: w.upper(), words[:2])))
print(list(map(lambda w: w.upper(), words)))
