a, b = [1, 2]
c, d = "xy"
e, f = {3: 0, 4: 0}
g, = (5,)
print(a, b, c, d, e, f, g)
for src in ["a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, b = 1", "a, b = None", "a, = []",
            "a, b = iter([1])", "(a, b), c = [1, 2], 3", "a, b = {1}"]:
    try:
        exec(src)
        print(src, "ok")
    except Exception as ex:
        print(src, "->", type(ex).__name__, ex)
def gen():
    yield 1
    yield 2
    yield 3
try:
    x, y = gen()
except ValueError as ex:
    print(ex)
