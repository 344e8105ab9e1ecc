# Names are pointers: assignment binds a name, it never copies.
a = [1, 2]
b = a
b.append(3)
print(a, a is b)
c = a[:]
c.append(4)
print(a, c)
del b
x = 1000
y = x
x = x + 1
print(x, y)
