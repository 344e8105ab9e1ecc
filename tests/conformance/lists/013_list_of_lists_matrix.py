matrix = [[1, 2, 3], [4, 5, 6]]
print(len(matrix), len(matrix[0]))
print(matrix[1][2], matrix[-1][-1])
for row in matrix:
    print(" ".join(str(v) for v in row))
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
print(sum(sum(row) for row in matrix))
