def level(n):
    try:
        print("enter", n)
        if n == 0:
            raise ValueError("bottom")
        level(n - 1)
    except TypeError:
        print("never matches")
    finally:
        print("leave", n)
try:
    level(2)
except ValueError as e:
    print("caught at top:", e)
