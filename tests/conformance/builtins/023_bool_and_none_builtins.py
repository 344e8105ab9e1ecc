print(bool(), int(), float(), str() == "", list(), tuple(), dict(), set())
print(bool is type(True), type(None)() is None)
print(int(True) + int(False), bool(1) + bool(2))
print(None.__class__.__name__, True.__class__.__name__)
