words = ["apple", "kiwi", None, "fig"]
lengths = [len(w) for w in words]
print(lengths)
