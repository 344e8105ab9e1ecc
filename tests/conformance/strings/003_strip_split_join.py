line = "   alpha, beta ,gamma   "
print(repr(line.strip()))
print(repr(line.lstrip()), repr(line.rstrip()))
parts = line.strip().split(",")
print(parts)
clean = [p.strip() for p in parts]
print(clean)
print(" | ".join(clean))
print("a b  c".split(), "a b  c".split(" "))
print("x--y--z".split("--", 1), "x--y--z".rsplit("--", 1))
print("xxhixx".strip("x"))
