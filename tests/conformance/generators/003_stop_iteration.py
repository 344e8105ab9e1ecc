def two():
    yield "a"
    yield "b"
g = two()
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration raised")
print(next(g, None))
def returns_value():
    yield 1
    return "final"
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
