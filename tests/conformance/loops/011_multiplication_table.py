size = 5
print("   " + "".join(f"{c:4}" for c in range(1, size + 1)))
for r in range(1, size + 1):
    line = f"{r:2} "
    for c in range(1, size + 1):
        line += f"{r * c:4}"
    print(line)
