x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
n = 10
result = [n + i for i in range(3)]
print(result)
def f():
    y = 3
    return [y * k for k in range(3)]
print(f())
print([[i, j] for i in range(2) for j in range(i, 2)])
