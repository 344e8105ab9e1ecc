matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [x for row in matrix for x in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
pairs = [(a, b) for a in range(3) for b in range(3) if a < b]
print(pairs)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
