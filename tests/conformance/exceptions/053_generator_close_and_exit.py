def worker():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally in worker")
g = worker()
print(next(g))
g.close()
print("closed")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("generator caught", e)
        yield 99
t = thrower()
next(t)
print(t.throw(ValueError("injected")))
try:
    t.throw(KeyError("again"))
except KeyError as e:
    print("propagated", repr(e))
