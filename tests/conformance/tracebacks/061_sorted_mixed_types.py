scores = [90, 85, "absent", 70]
print(len(scores))
ranked = sorted(scores)
