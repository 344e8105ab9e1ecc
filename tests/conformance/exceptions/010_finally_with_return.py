def f():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    try:
        1 / 0
    finally:
        return "swallowed the error"
print(h())
