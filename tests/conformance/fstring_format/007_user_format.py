class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.celsius * 9 / 5 + 32, spec[:-1] or "") + "°F"
        return format(self.celsius, spec) + "°C"
    def __repr__(self):
        return "Temperature(" + repr(self.celsius) + ")"

t = Temperature(21.5)
print(f"{t}")
print(f"{t:.0f}")
print(f"{t:.1F}")
print(f"{t!r}")
print(f"{t!r:>25}")
print("{:.2f} / {:F}".format(t, t))
print(format(t, ".3"))
