point = (3, 4)
x, y = point
print(x, y)
a, b, c = "xyz"
print(a, b, c)
first, second = [10, 20]
print(first + second)
(p, q), r = (1, 2), 3
print(p, q, r)
for name, score in [("ann", 90), ("bob", 85)]:
    print(name, score)
