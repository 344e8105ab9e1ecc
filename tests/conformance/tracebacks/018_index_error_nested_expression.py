grid = [[1, 2], [3, 4]]
print(grid[1][1])
print(len(grid), len(grid[0]))
for row in grid:
    print(row)
print(grid[1][2] + grid[0][0])
