readings = ["3", "4", "n/a", "5"]
print("summing", len(readings), "readings")
valid = [r for r in readings if r.isdigit()]
print("valid:", sum(int(r) for r in valid))
total = sum(int(r) for r in readings)
print(total)
