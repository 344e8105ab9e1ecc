class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("__eq__", self.v, other.v)
        return self.v == other.v
a = P(1)
b = P(1)
c = P(2)
print(a != b)
print(a != c)
print(a is not b)
print(P.__hash__)
