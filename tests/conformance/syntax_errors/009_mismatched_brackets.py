scores = {"ann": [90, 85], "bob": [70, 75]}
print(scores)
data = {"a": [1, 2, 3)}
print(data)
print(len(data))
