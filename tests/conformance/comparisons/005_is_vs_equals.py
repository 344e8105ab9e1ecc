a = [1, 2, 3]
b = list(a)
print(a == b, a is b)
c = a
c.append(4)
print(a == b, a is c, a)
t1 = (1, 2)
t2 = (1, 2)
print(t1 == t2)
print(None == None, None is None)
x = 256
y = 255 + 1
print(x == y)
