class Fraction:
    def __init__(self, num, den):
        self.num = num
        self.den = den
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return f"{self.num}/{self.den}"
halves = [Fraction(1, 2), Fraction(3, 0)]
for f in halves:
    print(f, float(f))
