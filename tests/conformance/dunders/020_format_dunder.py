class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:{spec}}C"
t = Temp(21.5)
print(f"{t}", f"{t:F}", f"{t:>8}")
print(format(t, ".0f"), "{:F}".format(t))
