grid = [[1, 2], [3, 4]]
print(grid[1][1])
print(grid[1][2] + grid[0][0])
