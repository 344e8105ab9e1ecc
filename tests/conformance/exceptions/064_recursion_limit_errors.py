import sys
def show(f):
    try:
        f()
    except (ValueError, TypeError, RecursionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
show(lambda: sys.setrecursionlimit(0))
show(lambda: sys.setrecursionlimit(-5))
show(lambda: sys.setrecursionlimit("100"))
show(lambda: sys.setrecursionlimit(2 ** 40))
def deep(n):
    if n == 0:
        sys.setrecursionlimit(10)
        return "set"
    return deep(n - 1)
show(lambda: deep(20))
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
