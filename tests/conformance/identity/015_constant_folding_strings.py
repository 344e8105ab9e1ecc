a = "hello_world"
b = "hello_" + "world"
print(a is b)
c = "hello world!"
d = "hello " + "world!"
print(c == d)
x = "ab" * 3
y = "ababab"
print(x is y)
n = 3
z = "ab" * n
print(z == y, z is y)
