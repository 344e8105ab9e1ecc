text = """It was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
counts = {}
for word in text.lower().split():
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:5]:
    print(f"{word:<8}{'#' * n} {n}")
print(len(counts), sum(counts.values()))
