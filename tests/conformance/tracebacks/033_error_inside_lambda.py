scale = lambda x: 100 / x
values = [5, 2, 0]
print("values:", values)
for v in values:
    print(scale(v))
