header = ["name", "score", "grade"]
rows = [["ann", 93, "A"], ["bob", 78, "C"], ["cy", 85, "B"]]
widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(3)]
def fmt_row(row):
    return " | ".join(str(v).ljust(w) for v, w in zip(row, widths))
print(fmt_row(header))
print("-+-".join("-" * w for w in widths))
for r in sorted(rows, key=lambda r: -r[1]):
    print(fmt_row(r))
