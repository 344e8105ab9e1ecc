def gen():
    yield 1
    raise StopIteration("inside")
try:
    for x in gen():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
def gen2():
    yield 1
    next(iter([]))
try:
    print(list(gen2()))
except RuntimeError as e:
    print("RuntimeError:", e)
def gen3():
    return "value"
    yield
g = gen3()
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
