scores = {"ann": 91, "bob": 78}
for who in scores:
    print(f"{who:>5}: {scores[who]:3d} {'pass' if scores[who] >= 80 else 'fail'}")
print(f"{[n * n for n in range(5)]}")
print(f"{', '.join(sorted(scores))}")
print(f"{(lambda v: v * 2)(21)}")
print(f"{max(scores, key=scores.get)!r}")
print(f"{3 > 2 and 'yes'}")
