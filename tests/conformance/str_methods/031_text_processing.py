text = """The quick brown fox
jumps over the lazy dog.
  The dog sleeps; the fox runs!
"""
words = []
for line in text.splitlines():
    for w in line.strip().split():
        w = w.strip(".,;!").lower()
        if w:
            words.append(w)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print(w.ljust(8), str(counts[w]).rjust(3), "*" * counts[w])
print(" | ".join(w.capitalize() for w in words[:5]))
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
title = "  a tale OF two cities  "
print(repr(title.strip().title()), title.strip().title().istitle())
csv = "id,name,score\n1,Ada,90\n2,Bob,85"
rows = [r.split(",") for r in csv.split("\n")]
header, *data = rows
for r in data:
    print(dict(zip(header, r)))
