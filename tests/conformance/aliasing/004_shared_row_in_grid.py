row = [0, 0]
grid = [row, row, [0, 0]]
grid[0][1] = 5
print(grid)
print(grid[0] is grid[1], grid[1] is grid[2])
row.append(9)
print(grid)
grid[1] = [7, 7]
print(grid, row)
row[0] = -1
print(grid)
