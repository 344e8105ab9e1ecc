readings = ["12", "7", "3.5"]
total = 0
for raw in readings:
    print("parsing", raw)
    total += int(raw)
print(total)
