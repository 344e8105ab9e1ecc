for value in [5, None, 3.5]:
    try:
        iter(value)
    except TypeError as e:
        print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
