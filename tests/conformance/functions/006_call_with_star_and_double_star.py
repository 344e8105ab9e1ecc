def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [1, 2]
print(point(*coords))
print(point(*coords, 3))
opts = {"y": 5, "z": 9}
print(point(4, **opts))
print(point(**{"x": 7, "y": 8}))
print(point(*[1], **{"y": 2}))
print(max(*[3, 9, 2]), print(*"abc", sep="-"))
