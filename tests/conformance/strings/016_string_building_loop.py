words = ["red", "green", "blue"]
out = ""
for i, w in enumerate(words):
    if i:
        out += ", "
    out += w.upper()
print(out)
acrostic = "".join(w[0] for w in words)
print(acrostic)
lengths = {w: len(w) for w in words}
print(lengths)
print(max(words, key=len), min(words, key=len))
