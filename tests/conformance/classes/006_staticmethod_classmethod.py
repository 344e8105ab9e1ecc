class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def is_freezing(degrees):
        return degrees <= 0
    def __repr__(self):
        return f"{self.degrees}{self.unit}"
t = Temperature.from_fahrenheit(212)
print(t, Temperature.is_freezing(-3), t.is_freezing(t.degrees))
print(type(t).__name__)
class Kelvin(Temperature):
    unit = "K"
print(Kelvin.from_fahrenheit(32), type(Kelvin.from_fahrenheit(32)).__name__)
