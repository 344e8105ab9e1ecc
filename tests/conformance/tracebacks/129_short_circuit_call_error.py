def check(x):
    return x > 0 and 10 / (x - 1) > 2
print(check(-1))
print(check(3))
print(check(1))
