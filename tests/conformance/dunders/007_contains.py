class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print("checking", x)
        return self.lo <= x < self.hi
r = Range(1, 10)
print(5 in r)
print(10 in r)
print(0 not in r)
