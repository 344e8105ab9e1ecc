print(True + True, True * 10, False - 1)
flags = [True, False, True, True]
print(sum(flags), flags.count(True))
print(True / 2, True // 1, -True)
print(int(True), float(False))
print(True == 1, isinstance(True, int), issubclass(bool, int))
print(max(True, 2), [10, 20][True])
print(bool(0), bool(0.0), bool(-1), bool(""), bool("0"))
