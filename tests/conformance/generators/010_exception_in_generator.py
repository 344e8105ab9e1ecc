def risky(items):
    for item in items:
        yield 10 // item
g = risky([5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "generator is finished"))
