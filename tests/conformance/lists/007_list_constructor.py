print(list(), list("abc"), list(range(3)))
print(list((1, 2)), list({"a": 1, "b": 2}))
print(list({3, 1, 2}))
print(list(x * 2 for x in range(3)))
a = [1, 2]
b = list(a)
print(a == b, a is b)
