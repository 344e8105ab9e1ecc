def halves(values):
    for v in values:
        print("halving", v)
        yield 10 / v
print(list(halves([1, 2])))
print(list(halves([5, 0, 1])))
