a = [1, 2, 3]
view = a
a[:] = [9, 8]
print(a, view, a is view)
a[1:] = ["x", "y", "z"]
print(view)
a = [0]
print(a, view, a is view)
b = view
b[:0] = ["front"]
print(view)
del b[1:3]
print(view)
