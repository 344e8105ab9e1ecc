class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"Num({self.v}).__lt__")
        return self.v < (other.v if isinstance(other, Num) else other)
    def __gt__(self, other):
        print(f"Num({self.v}).__gt__")
        return self.v > (other.v if isinstance(other, Num) else other)
print(Num(1) < Num(2))
print(5 < Num(3))
print(Num(3) > 2)
