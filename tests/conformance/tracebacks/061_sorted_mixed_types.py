scores = [90, 85, "absent", 70]
print(len(scores))
numeric = [s for s in scores if isinstance(s, int)]
print(sorted(numeric))
ranked = sorted(scores)
print(ranked)
