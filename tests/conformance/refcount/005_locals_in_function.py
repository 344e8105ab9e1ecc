import sys
class Thing:
    pass
def work():
    x = Thing()
    counts = [sys.getrefcount(x)]
    y = x
    counts.append(sys.getrefcount(x))
    z = [x, y]
    counts.append(sys.getrefcount(x))
    del y
    counts.append(sys.getrefcount(x))
    z.clear()
    counts.append(sys.getrefcount(x))
    return counts
print(work())
