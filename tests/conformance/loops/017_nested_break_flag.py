grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value == 99:
            found = (r, c)
            break
    if found:
        break
print("found at", found)
print(r, c)
