scale = lambda x: 100 / x
values = [5, 2, 0]
for v in values:
    print(scale(v))
