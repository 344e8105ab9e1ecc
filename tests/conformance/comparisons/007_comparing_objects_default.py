class Box:
    def __init__(self, v):
        self.v = v
a = Box(1)
b = Box(1)
print(a == b, a != b, a == a)
try:
    print(a < b)
except TypeError as e:
    print("TypeError:", e)
print(a in [b], a in [a])
print((a == 1), (a != 1))
