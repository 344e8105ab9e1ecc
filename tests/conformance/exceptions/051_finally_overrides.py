def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def loop():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return "unreachable?"
try:
    print(loop())
except KeyError as e:
    print("escaped", repr(e))
def brk():
    while True:
        try:
            1 / 0
        finally:
            break
    return "after break"
print(brk())
def replace():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    replace()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
