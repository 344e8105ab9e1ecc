# Counting with a dict: get(), in, item assignment, items().
words = ["apple", "banana", "cherry", "date", "elder", "fig", "grape"]
counts = {}
for i in range(800_000):
    w = words[i % 7] + str(i % 13)
    counts[w] = counts.get(w, 0) + 1
seen = {}
for i in range(400_000):
    key = i % 1000
    if key in seen:
        seen[key] += 1
    else:
        seen[key] = 1
best = max(counts.items(), key=lambda kv: kv[1])
print(len(counts), best, len(seen), seen[7])
