print(None, True, False)
print(type(None).__name__, type(True).__name__)
print(repr(None), str(True))
print(True == 1, False == 0)
print(None is None, None == False)
print(bool(None), not None)
x = None
if x is None:
    print("x is None")
