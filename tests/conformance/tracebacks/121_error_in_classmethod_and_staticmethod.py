class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
    @classmethod
    def from_celsius(cls, c):
        return cls(cls.offset(c))
    @staticmethod
    def offset(c):
        return c + 273.15
print(Temperature.from_celsius(20).kelvin)
print(Temperature.from_celsius("20").kelvin)
