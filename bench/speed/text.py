# Text processing: split, strip, lower, replace, startswith, in, count.
line = "  The Quick brown fox, jumps over the lazy dog; THE end.  "
words_seen = {}
total = 0
for i in range(80_000):
    clean = line.strip().lower().replace(",", "").replace(";", "")
    for w in clean.split():
        if w.startswith("t") or "o" in w:
            words_seen[w] = words_seen.get(w, 0) + 1
    total += clean.count("e") + len(clean.title()) + clean.find("lazy")
print(sorted(words_seen.items()), total)
