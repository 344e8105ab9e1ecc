def letters():
    yield "x"
    yield "y"
g = letters()
print(list(g))
print(list(g))
print(next(g, "exhausted"))
g2 = letters()
print("x" in g2, next(g2, "?"))
squares = (n * n for n in range(4))
print(sum(squares), sum(squares))
