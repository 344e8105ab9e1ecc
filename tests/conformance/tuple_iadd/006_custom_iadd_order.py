class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, n):
        print("__iadd__", n)
        self.total += n
        return self
t = (Acc(),)
try:
    t[0] += 5
except TypeError as e:
    print("TypeError after __iadd__:", e)
print(t[0].total)
a = t[0]
a += 1
print(a is t[0], t[0].total)
