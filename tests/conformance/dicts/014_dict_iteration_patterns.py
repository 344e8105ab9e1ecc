scores = {"ann": 88, "bob": 95, "cy": 72}
for name in scores:
    print(name, end=" ")
print()
for name, score in sorted(scores.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{name}: {score}")
passed = {n: s for n, s in scores.items() if s >= 80}
print(passed, len(passed))
print(any(s > 90 for s in scores.values()), all(s > 70 for s in scores.values()))
