data = [("ann", (31, "oslo")), ("bob", (25, "rome"))]
for name, (age, city) in data:
    print(f"{name} {age} {city}")
(a, b), (c, d) = [[1, 2], "xy"]
print(a, b, c, d)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
((one,),) = ((1,),)
print(one)
