one = 1
zero = 0
print(True == one, True is one)
print(isinstance(True, int), True + True)
print(bool(one) is True, bool(zero) is False)
print((one > zero) is True)
flags = [True, 1, 1.0]
print(flags.count(True), flags.index(1.0))
