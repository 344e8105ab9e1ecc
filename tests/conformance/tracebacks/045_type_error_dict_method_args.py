counts = {"a": 1}
print(counts.get("a"))
counts.update("b", 2)
