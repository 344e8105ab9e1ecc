def f(a, b):
    return {(i, j) for i in a for j in b if i != j}
