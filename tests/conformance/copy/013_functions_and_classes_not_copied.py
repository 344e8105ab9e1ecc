import copy
def f():
    return 1
class K:
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(copy.copy(K) is K, copy.deepcopy(K) is K)
holder = {"fn": f, "cls": K, "list": [K]}
h = copy.deepcopy(holder)
print(h["fn"] is f, h["cls"] is K, h["list"] is holder["list"], h["list"][0] is K)
print(copy.deepcopy(range(3)) == range(3))
