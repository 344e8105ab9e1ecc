readings = ["3", "4", "n/a", "5"]
print("summing", len(readings), "readings")
total = sum(int(r) for r in readings)
