data = [5, 12, 7, 20, 3]
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
running = 0
totals = [running := running + x for x in data]
print(totals, running)
