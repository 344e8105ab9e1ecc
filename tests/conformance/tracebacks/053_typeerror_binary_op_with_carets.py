x = {"a": 1}
y = [1, 2]
result = x["a"] + y
