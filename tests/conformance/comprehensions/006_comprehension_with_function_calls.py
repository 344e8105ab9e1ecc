def cube(x):
    return x ** 3
print([cube(x) for x in range(5)])
text = "the quick brown fox jumps over the lazy dog"
print([w.capitalize() for w in text.split() if len(w) > 3])
print(sorted({w for w in text.split()}, key=lambda w: (len(w), w)))
print(sum(len(w) for w in text.split()))
print([(i, w) for i, w in enumerate(text.split()) if w == "the"])
