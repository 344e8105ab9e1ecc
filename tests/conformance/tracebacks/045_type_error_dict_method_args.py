counts = {"a": 1}
print(counts.get("a"))
counts.update({"b": 2})
print(counts)
counts.update(c=3)
print(counts)
counts.update("d", 4)
