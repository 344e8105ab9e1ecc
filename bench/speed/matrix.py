# Nested lists as matrices: indexing, float arithmetic, nested loops.
n = 120
a = [[(i * j) % 7 + 0.5 for j in range(n)] for i in range(n)]
b = [[(i + j) % 5 - 1.5 for j in range(n)] for i in range(n)]
c = [[0.0] * n for _ in range(n)]
for i in range(n):
    row = a[i]
    ci = c[i]
    for j in range(n):
        s = 0.0
        for k in range(n):
            s += row[k] * b[k][j]
        ci[j] = s
trace = sum(c[i][i] for i in range(n))
print(round(trace, 3), round(c[3][7], 3))
