d = {1: "int", 1.0: "float", True: "bool"}
print(d)
print(len(d), type(list(d)[0]).__name__)
print(hash(1) == hash(1.0) == hash(True))
print(hash(-1), hash(-2))
s = {0, 0.0, False}
print(s)
print(1 == 1.0, True == 1)
