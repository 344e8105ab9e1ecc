cases = [(1, "1"), ([1], (1,)), (None, 0), ({}, {})]
for a, b in cases:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
print(1 < 2.5, True < 2)
