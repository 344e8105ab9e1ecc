print(bool(), int(), float(), str() == "", list(), tuple(), dict(), set())
print(bool is type(True), type(None)() is None)
print(int(True) + int(False), bool(1) + bool(2))
print(None.__class__.__name__, True.__class__.__name__)
empty_things = [bool(), int(), float(), str(), list(), tuple(), dict(), set()]
print([bool(x) for x in empty_things])
print(any(empty_things), len(empty_things))
