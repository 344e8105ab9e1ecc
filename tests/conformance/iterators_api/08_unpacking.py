a, b = [1, 2]
c, d = "xy"
e, f = {3: 0, 4: 0}
g, = (5,)
print(a, b, c, d, e, f, g)
def u1():
    a, b = [1, 2, 3]
def u2():
    a, b, c = [1, 2]
def u3():
    a, b = 1
def u4():
    a, b = None
def u5():
    a, = []
def u6():
    a, b = iter([1])
def u7():
    (a, b), c = [1, 2], 3
    return a, b, c
def u8():
    a, b = {1}
for fn in [u1, u2, u3, u4, u5, u6, u7, u8]:
    try:
        print(fn.__name__, fn())
    except Exception as ex:
        print(fn.__name__, "->", type(ex).__name__, ex)
def gen():
    yield 1
    yield 2
    yield 3
try:
    x, y = gen()
except ValueError as ex:
    print(ex)
