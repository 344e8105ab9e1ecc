x = {"a": 1}
y = [1, 2]
print(x["a"] + len(y))
print(x["a"], y)
result = x["a"] + y
print(result)
