def lengths(words):
    return {len(w) for w in words}
print(sorted(lengths(["a", "bb", "cc"])))
print(lengths(["a", None]))
