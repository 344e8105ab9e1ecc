# str.join, str.format, f-strings, % formatting and str methods.
parts = [str(i) for i in range(250_000)]
joined = ",".join(parts)
lines = []
for i in range(120_000):
    lines.append(f"{i:5d}|{i * 1.5:.2f}|{'x' * (i % 4)}")
    lines.append("item %d of %s" % (i, "total"))
    lines.append("{}-{}".format(i, i + 1))
text = "\n".join(lines)
upper = text.upper()
print(len(joined), len(text), upper.count("ITEM"), lines[5], joined.split(",")[-1])
