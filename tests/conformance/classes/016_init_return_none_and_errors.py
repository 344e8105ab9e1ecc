class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
try:
    Pair(1)
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
print(vars(Pair(1, 2)))
