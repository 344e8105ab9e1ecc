words = ["apple", "kiwi", None, "fig"]
print(len(words), "words")
print([w for w in words if w])
print([len(w) for w in words if w is not None])
lengths = [len(w) for w in words]
print(lengths)
