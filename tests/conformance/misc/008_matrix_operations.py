def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
a = [[1, 2], [3, 4]]
print(mat_mul(a, identity(2)) == a)
print(mat_mul(a, a))
power = identity(2)
for _ in range(5):
    power = mat_mul(power, [[1, 1], [1, 0]])
print(power)
