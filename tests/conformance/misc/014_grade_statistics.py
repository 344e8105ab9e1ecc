grades = {"ann": [90, 85, 77], "bob": [60, 75, 70], "cy": [88, 92, 95]}
for name, gs in grades.items():
    avg = sum(gs) / len(gs)
    print(f"{name}: avg={avg:.1f} best={max(gs)} worst={min(gs)}")
all_scores = [g for gs in grades.values() for g in gs]
print(len(all_scores), sum(all_scores) / len(all_scores))
best = max(grades, key=lambda n: sum(grades[n]))
print("top student:", best)
